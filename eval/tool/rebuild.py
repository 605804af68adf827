#!/usr/bin/env python3
"""Rebuild a story's article files from saved search answers and check them (python3, stdlib only).

  rebuild.py STORY [--answers DIR]   write eval/articles/STORY/<file> for every document of
                                     eval/stories/STORY/recipe.json, from the search answers
                                     saved as JSON files in DIR (default eval/articles/STORY/answers/),
                                     then check every file's size and sha256
  rebuild.py STORY --check           only check the files already there

The stored-pages search is not reachable from a script: run each document's `query` with the
search tool (corpus `pages`) and save each answer, as it came, to a .json file in the answers
folder. The cleaning rule is the recipe's: the excerpt for the document's address, byte for byte,
minus a leading " date YYYY-MM-DD " marker, plus a final newline when it has none.
"""
import hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARKER = re.compile(r"^ date \d{4}-\d{2}-\d{2} ")


def clean(excerpt):
    """The recipe's cleaning rule; returns (text, whether a date marker was removed)."""
    m = MARKER.match(excerpt)
    text = excerpt[m.end():] if m else excerpt
    if not text.endswith("\n"):
        text += "\n"
    return text, bool(m)


def excerpts(answers_dir):
    """Every (url → excerpt) found in the saved answers."""
    found = {}
    if not os.path.isdir(answers_dir):
        return found
    for fn in sorted(os.listdir(answers_dir)):
        if fn.endswith(".json"):
            data = json.load(open(os.path.join(answers_dir, fn), encoding="utf-8"))
            for r in data.get("results", []):
                found.setdefault(r["url"], r["excerpt"])
    return found


def check_file(path, doc):
    if not os.path.exists(path):
        return f"{doc['file']}: missing"
    raw = open(path, "rb").read()
    if len(raw) != doc["bytes"] or hashlib.sha256(raw).hexdigest() != doc["sha256"]:
        return f"{doc['file']}: {len(raw)} bytes, sha256 differs from the recipe"
    return None


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    story = argv[0]
    recipe = json.load(open(os.path.join(HERE, "stories", story, "recipe.json"), encoding="utf-8"))
    out = os.path.join(HERE, "articles", story)
    answers = os.path.join(out, "answers")
    if "--answers" in argv:
        answers = argv[argv.index("--answers") + 1]
    os.makedirs(out, exist_ok=True)
    found = {} if "--check" in argv else excerpts(answers)
    errs = []
    for doc in recipe["documents"]:
        path = os.path.join(out, doc["file"])
        if doc["url"] in found:
            text, marker = clean(found[doc["url"]])
            if marker != doc.get("date_marker", marker):
                errs.append(f"{doc['file']}: date marker {'found' if marker else 'missing'}")
            with open(path, "wb") as f:
                f.write(text.encode("utf-8"))
        e = check_file(path, doc)
        if e:
            errs.append(e)
    for e in errs:
        print("ERROR", e)
    n = len(recipe["documents"])
    print(f"{story}: {n - len([e for e in errs if 'date marker' not in e])}/{n} files match the recipe")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
