#!/usr/bin/env python3
"""Helper for the wirediff evaluation truth (python3, stdlib only).

  offsets.py skeleton STORY_DIR            print a draft skeleton: every file's proposed
                                           sentence units (first words only), to be edited
  offsets.py build DRAFT TRUTH [--dir D]   turn a draft (units located by their first words)
                                           into the final truth with byte offsets and hashes
  offsets.py check TRUTH [--dir D]         validate a truth file against the article files
  offsets.py show TRUTH [--dir D]          print every unit with its index (for review)

D is the folder holding the story's article files; default:
$WIREDIFF_EVAL_DIR (or eval/articles beside this tool) / <story name = folder name of TRUTH>.

Draft format: like truth.json, but each sentence has "q" (the first words of the unit,
searched for from the end of the previous unit) instead of start/end/sha256; optional "end"
(the last words of the unit) when the unit does not run up to the next unit.  Without "end",
a unit ends where the next unit starts (or at the end of the file), minus trailing whitespace.
"""
import hashlib, json, os, re, sys

ORIGIN_BASES = {"credited", "speaker", "copied", "own-reporting", "boilerplate", "unknown"}
LINK_KINDS = {"verbatim", "reworded", "partial"}
ABBREV = {"u.s.", "u.n.", "u.k.", "mr.", "mrs.", "ms.", "dr.", "gen.", "col.", "lt.", "sgt.", "st.",
          "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "a.m.", "p.m.", "no.",
          "inc.", "corp.", "co.", "ltd.", "jr.", "sr.", "vs.", "gov.", "sen.", "rep.", "prof.", "e.g.", "i.e."}


def eval_dir(truth_path, given):
    if given:
        return given
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    base = os.environ.get("WIREDIFF_EVAL_DIR", os.path.join(here, "articles"))
    return os.path.join(base, os.path.basename(os.path.dirname(os.path.abspath(truth_path))))


def h16(b):
    return hashlib.sha256(b).hexdigest()[:16]


def propose(text):
    """Very rough unit proposal: lines, then sentence ends inside lines."""
    units = []
    pos = 0
    for line in text.split("\n"):
        lstart = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        s = lstart + (len(line) - len(line.lstrip()))
        for m in re.finditer(r'[.?!]["”’)]*\s+(?=["“‘(]?[A-Z0-9])', line):
            end_word = line[:m.start() + 1].split()[-1].lower().lstrip('("“')
            if end_word in ABBREV or re.fullmatch(r"[a-z]\.", end_word):
                continue
            e = lstart + m.end()
            units.append((s, lstart + len(line[:m.end()].rstrip())))
            s = e
        e = lstart + len(line.rstrip())
        if e > s:
            units.append((s, e))
    return units


def skeleton(story_dir):
    out = {"speakers": [], "outlets": [], "documents": [], "links": []}
    for fn in sorted(os.listdir(story_dir)):
        if not fn.endswith(".txt"):
            continue
        text = open(os.path.join(story_dir, fn), encoding="utf-8").read()
        sents = []
        for s, e in propose(text):
            words = text[s:e].split()
            sents.append({"q": " ".join(words[:6]), "origin": "?", "basis": "?", "_n": len(sents),
                          "_text": text[s:e]})
        out["documents"].append({"file": fn, "sentences": sents})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()


def expand_passages(passages):
    """Every cross-document pair of a passage's members, with its kind."""
    links = []
    for p in passages:
        verb = [set(g) for g in p.get("verbatim", [])]
        ms = p["members"]
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                (fa, ia, ta), (fb, ib, tb) = ms[i], ms[j]
                if fa == fb:
                    continue
                if "partial" in (ta, tb):
                    kind = "partial"
                elif any(fa in g and fb in g for g in verb):
                    kind = "verbatim"
                else:
                    kind = "reworded"
                links.append({"a": [fa, ia], "b": [fb, ib], "kind": kind})
    return links


def build(draft_path, truth_path, d):
    draft = json.load(open(draft_path, encoding="utf-8"))
    d = eval_dir(truth_path, d)
    docs = []
    for doc in draft["documents"]:
        raw = open(os.path.join(d, doc["file"]), "rb").read()
        text = raw.decode("utf-8")
        starts, cur = [], 0
        for i, s in enumerate(doc["sentences"]):
            k = text.find(s["q"], cur)
            if k < 0:
                sys.exit(f"{doc['file']}: unit {i}: not found after char {cur}: {s['q']!r}")
            starts.append(k)
            cur = k + len(s["q"])
        sents = []
        for i, s in enumerate(doc["sentences"]):
            st = starts[i]
            if "end" in s:
                k = text.find(s["end"], st)
                limit = starts[i + 1] if i + 1 < len(starts) else len(text)
                if k < 0 or k + len(s["end"]) > limit:
                    sys.exit(f"{doc['file']}: unit {i}: end {s['end']!r} not found before next unit")
                en = k + len(s["end"])
            else:
                en = starts[i + 1] if i + 1 < len(starts) else len(text)
                while en > st and text[en - 1].isspace():
                    en -= 1
            bs, be = len(text[:st].encode("utf-8")), len(text[:en].encode("utf-8"))
            u = {"start": bs, "end": be, "sha256": h16(raw[bs:be]), "origin": s["origin"], "basis": s["basis"]}
            if s.get("speaker"):
                u["speaker"] = s["speaker"]
            for key in ("via", "note"):
                if s.get(key):
                    u[key] = s[key]
            sents.append(u)
        docs.append({"file": doc["file"], "sentences": sents})
    links = list(draft.get("links", [])) + expand_passages(draft.get("passages", []))
    truth = {"speakers": draft.get("speakers", []), "outlets": draft.get("outlets", []),
             "documents": docs, "links": links}
    with open(truth_path, "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return check(truth_path, d)


def check(truth_path, d):
    d = eval_dir(truth_path, d)
    t = json.load(open(truth_path, encoding="utf-8"))
    errs = []
    ids = {s["id"] for s in t.get("speakers", [])} | {o["id"] for o in t.get("outlets", [])}
    if len(ids) != len(t.get("speakers", [])) + len(t.get("outlets", [])):
        errs.append("speaker/outlet ids are not unique")
    n = {}
    for doc in t["documents"]:
        p = os.path.join(d, doc["file"])
        if not os.path.exists(p):
            errs.append(f"{doc['file']}: missing in {d}")
            continue
        raw = open(p, "rb").read()
        n[doc["file"]] = len(doc["sentences"])
        prev = 0
        for i, s in enumerate(doc["sentences"]):
            where = f"{doc['file']}[{i}]"
            if not (0 <= s["start"] < s["end"] <= len(raw)):
                errs.append(f"{where}: span {s['start']}..{s['end']} outside file ({len(raw)} bytes)")
                continue
            if s["start"] < prev:
                errs.append(f"{where}: overlaps or precedes the previous unit")
            prev = s["end"]
            b = raw[s["start"]:s["end"]]
            if h16(b) != s["sha256"]:
                errs.append(f"{where}: hash differs")
            try:
                txt = b.decode("utf-8")
            except UnicodeDecodeError:
                errs.append(f"{where}: span cuts a UTF-8 character")
                continue
            if txt != txt.strip():
                errs.append(f"{where}: leading/trailing whitespace")
            if s["basis"] not in ORIGIN_BASES:
                errs.append(f"{where}: unknown basis {s['basis']!r}")
            if s["origin"] not in ids | {"own", "boilerplate"}:
                errs.append(f"{where}: unknown origin {s['origin']!r}")
            if s.get("speaker") and s["speaker"] not in ids:
                errs.append(f"{where}: unknown speaker {s['speaker']!r}")
    seen = set()
    for k, l in enumerate(t.get("links", [])):
        a, b = tuple(l["a"]), tuple(l["b"])
        if l["kind"] not in LINK_KINDS:
            errs.append(f"link {k}: unknown kind {l['kind']!r}")
        if a[0] == b[0]:
            errs.append(f"link {k}: both ends in {a[0]}")
        for f, i in (a, b):
            if f not in n or not (0 <= i < n[f]):
                errs.append(f"link {k}: no unit {f}[{i}]")
        key = frozenset([a, b])
        if key in seen:
            errs.append(f"link {k}: duplicate pair {a} {b}")
        seen.add(key)
    for e in errs:
        print("ERROR", e)
    print(f"{truth_path}: {'OK' if not errs else str(len(errs)) + ' errors'} "
          f"({sum(n.values())} units in {len(n)} documents, {len(t.get('links', []))} links)")
    return 1 if errs else 0


def show(truth_path, d):
    d = eval_dir(truth_path, d)
    t = json.load(open(truth_path, encoding="utf-8"))
    for doc in t["documents"]:
        raw = open(os.path.join(d, doc["file"]), "rb").read()
        print(f"== {doc['file']}")
        for i, s in enumerate(doc["sentences"]):
            print(f"{i:3} [{s['origin']}/{s['basis']}] {raw[s['start']:s['end']].decode('utf-8')}")
    return 0


def main(argv):
    d = None
    if "--dir" in argv:
        k = argv.index("--dir")
        d = argv[k + 1]
        argv = argv[:k] + argv[k + 2:]
    if len(argv) >= 2 and argv[0] == "skeleton":
        skeleton(argv[1]); return 0
    if len(argv) == 3 and argv[0] == "build":
        return build(argv[1], argv[2], d)
    if len(argv) == 2 and argv[0] == "check":
        return check(argv[1], d)
    if len(argv) == 2 and argv[0] == "show":
        return show(argv[1], d)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
