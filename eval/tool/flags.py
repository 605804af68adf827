#!/usr/bin/env python3
"""Score wirediff's meaning-change flags against eval/stories/<story>/flags.json.

  flags.py [STORY...] [--bin PATH] [--articles DIR] [--misses]

flags.json lists every verbatim or reworded truth link of a story with the kinds of
change of meaning from its `a` unit (old) to its `b` unit (new), judged by reading
(format in eval/README.md). For each link the two units' texts are written to two
files, each preceded by the text of its paragraph before it (as wirediff reads it in
its document: a sentence may continue a quotation an earlier sentence opened), and
compared with `wirediff diff --format json --min-similarity 0` (so the sentences are
always matched); the kinds wirediff flags on the ops that hold the two units, on spans
that touch a unit, are compared with the truth's (the five kinds the truth judges; `speaker` flags are not scored). Prints precision and recall per kind and overall (micro-averaged over
(link, kind) pairs). Reads only the CLI's JSON, never the library.
"""
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

import options

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KINDS = ["negation", "number", "quote", "hedge", "date"]


def main(argv):
    o = options.parse(argv, "flags.json")
    if o is None:
        print(__doc__)
        return 0
    stories, misses, binary, articles = o.stories, o.misses, o.binary, o.articles
    base = os.path.join(ROOT, "eval", "stories")
    total = Counter()
    per_kind = {k: Counter() for k in KINDS}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for story in stories:
            truth = json.load(open(os.path.join(base, story, "truth.json"), encoding="utf-8"))
            flags = json.load(open(os.path.join(base, story, "flags.json"), encoding="utf-8"))
            units = {d["file"]: d["sentences"] for d in truth["documents"]}
            texts = {}
            story_count = Counter()
            for link in flags["links"]:
                sides, prefixes = [], []
                for f, u in (link["a"], link["b"]):
                    if f not in texts:
                        path = os.path.join(articles, story, f)
                        if not os.path.exists(path):
                            print(f"{story}: {f} missing (rebuild with eval/tool/rebuild.py)", file=sys.stderr)
                            return 2
                        texts[f] = open(path, "rb").read()
                    s = units[f][u]
                    sides.append(texts[f][s["start"]:s["end"]].decode("utf-8"))
                    paragraph = texts[f].rfind(b"\n", 0, s["start"]) + 1
                    prefixes.append(texts[f][paragraph:s["start"]].decode("utf-8"))
                pa, pb = os.path.join(tmp, "a.txt"), os.path.join(tmp, "b.txt")
                for p, t, pre in ((pa, sides[0], prefixes[0]), (pb, sides[1], prefixes[1])):
                    with open(p, "w", encoding="utf-8") as fh:
                        fh.write(pre + t + "\n")
                out = subprocess.run([binary, "diff", "--format", "json", "--min-similarity", "0", pa, pb],
                                     capture_output=True, text=True)
                if out.returncode not in (0, 1):
                    print(out.stderr, file=sys.stderr)
                    return 2
                # The truth judges these five kinds; `speaker` is not scored here.
                report = json.loads(out.stdout)
                starts = [len(pre.encode("utf-8")) for pre in prefixes]
                # The sentences of each file that lie in the unit (not in its paragraph's prefix).
                unit = [{x["index"] for x in d["sentences"] if x["end"] > starts[k]}
                        for k, d in enumerate(report["documents"])]
                touches = lambda f: ((f["old"] or {}).get("end", 0) > starts[0]
                                     or (f["new"] or {}).get("end", 0) > starts[1])
                got = {f["kind"] for op in report["ops"]
                       if unit[0] & set(op["old"]) and unit[1] & set(op["new"])
                       for f in op.get("flags", []) if f["kind"] in KINDS and touches(f)}
                want = set(link["flags"])
                for k in KINDS:
                    c = per_kind[k]
                    c["tp"] += k in got and k in want
                    c["fp"] += k in got and k not in want
                    c["fn"] += k not in got and k in want
                story_count["links"] += 1
                story_count["tp"] += len(got & want)
                story_count["fp"] += len(got - want)
                story_count["fn"] += len(want - got)
                if got != want and misses:
                    rows.append(f"{story}: {link['a']} → {link['b']}: truth {sorted(want)}, wirediff {sorted(got)}"
                                f"{' (' + link['note'] + ')' if link.get('note') else ''}\n    a: {sides[0][:150]}\n    b: {sides[1][:150]}")
            total += story_count
            p = story_count["tp"] / max(1, story_count["tp"] + story_count["fp"])
            r = story_count["tp"] / max(1, story_count["tp"] + story_count["fn"])
            print(f"{story:40} links {story_count['links']:4}  truth flags {story_count['tp'] + story_count['fn']:3}  "
                  f"flagged {story_count['tp'] + story_count['fp']:3}  precision {p:.2f}  recall {r:.2f}")
    p = total["tp"] / max(1, total["tp"] + total["fp"])
    r = total["tp"] / max(1, total["tp"] + total["fn"])
    print(f"{'overall':40} links {total['links']:4}  truth flags {total['tp'] + total['fn']:3}  "
          f"flagged {total['tp'] + total['fp']:3}  precision {p:.2f}  recall {r:.2f}")
    for k in KINDS:
        c = per_kind[k]
        print(f"  {k:9} truth {c['tp'] + c['fn']:3}  flagged {c['tp'] + c['fp']:3}  right {c['tp']:3}")
    for row in rows:
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
