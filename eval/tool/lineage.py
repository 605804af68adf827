#!/usr/bin/env python3
"""Score `wirediff lineage` against eval/stories/<story>/lineage.json (python3, stdlib only).

  lineage.py [STORY...] [--bin PATH] [--articles DIR] [--misses]

lineage.json lists the edges between a story's documents that readers judged by reading,
before wirediff lineage ran: `from` (source) → `to` (derived), `directed` false when the
direction cannot be told, and families of documents carrying essentially the same text
(format in eval/README.md). Runs `wirediff lineage --format json` on the story's articles
and prints, per story and overall:

- edge precision and recall over unordered pairs of documents. A predicted edge between two
  documents the truth joins only through a third (two copies of one source, a copy of a
  copy) is *related*: counted neither right nor wrong, since the truth lists direct edges;
- direction accuracy over the edges both wirediff and the truth direct;
- undirected: the share of true directed edges found that wirediff leaves undirected;
- family purity: each predicted family's members, by the true family (or lone document)
  that holds most of them.
Reads only the CLI's JSON, never the library.
"""
import json
import os
import subprocess
import sys
from collections import Counter

import options

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(argv):
    o = options.parse(argv, "lineage.json")
    if o is None:
        print(__doc__)
        return 0
    stories, misses, binary, articles = o.stories, o.misses, o.binary, o.articles
    base = os.path.join(ROOT, "eval", "stories")
    total = Counter()
    rows = []
    print(f"{'story':40} {'edges':>5} {'pred':>5} {'rel':>4} {'P':>5} {'R':>5} {'dir acc':>9} {'undirected':>10} {'purity':>7}")
    for story in stories:
        truth = json.load(open(os.path.join(base, story, "lineage.json"), encoding="utf-8"))
        recipe = json.load(open(os.path.join(base, story, "recipe.json"), encoding="utf-8"))
        files = [d["file"] for d in recipe["documents"]]
        paths = [os.path.join(articles, story, f) for f in files]
        missing = [p for p in paths if not os.path.exists(p)]
        if missing:
            print(f"{story}: {len(missing)} articles missing (rebuild with eval/tool/rebuild.py)", file=sys.stderr)
            return 2
        out = subprocess.run([binary, "lineage", "--format", "json", *paths], capture_output=True, text=True)
        if out.returncode != 0:
            print(out.stderr, file=sys.stderr)
            return 2
        report = json.loads(out.stdout)
        name = {d["index"]: os.path.basename(d["path"]) for d in report["documents"]}
        pred = {}
        for e in report["edges"]:
            if e["direction"] == "source":
                continue
            a, b = name[int(e["from"][4:])], name[int(e["to"][4:])]
            pred[frozenset((a, b))] = (a, b, e["direction"] == "directed")
        true = {frozenset((e["from"], e["to"])): (e["from"], e["to"], e["directed"]) for e in truth["edges"]}
        neighbours = {f: set() for f in files}
        for pair in true:
            a, b = tuple(pair)
            neighbours[a].add(b)
            neighbours[b].add(a)
        related = lambda pair: (lambda a, b: bool(neighbours[a] & neighbours[b]))(*tuple(pair))
        c = Counter()
        for pair, (a, b, directed) in pred.items():
            if pair in true:
                c["tp"] += 1
                ta, tb, tdir = true[pair]
                if tdir and directed:
                    c["dir_n"] += 1
                    c["dir_ok"] += (a, b) == (ta, tb)
                    if (a, b) != (ta, tb) and misses:
                        rows.append(f"{story}: direction {a} → {b}, truth {ta} → {tb}")
                if tdir:
                    c["true_dir_found"] += 1
                    c["left_undirected"] += not directed
            elif related(pair):
                c["related"] += 1
            else:
                c["fp"] += 1
                if misses:
                    rows.append(f"{story}: false edge {a} {'→' if directed else '—'} {b}")
        for pair, (a, b, _) in true.items():
            if pair not in pred:
                c["fn"] += 1
                if misses:
                    rows.append(f"{story}: missed edge {a} → {b}")
        # Family purity.
        true_family = {}
        for k, fam in enumerate(truth.get("families", [])):
            for f in fam:
                true_family[f] = k
        for fam in report["families"]:
            members = [name[m] for m in fam["members"]]
            groups = Counter(true_family.get(m, ("alone", m)) for m in members)
            c["fam_members"] += len(members)
            c["fam_pure"] += groups.most_common(1)[0][1]
            if misses and len(groups) > 1:
                rows.append(f"{story}: family {members} mixes {dict(groups)}")
        c["edges"] += len(true)
        c["pred"] += len(pred)
        total += c
        print(line(story, c))
    print(line("overall", total))
    for r in rows:
        print(r)
    return 0


def line(label, c):
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    d = f"{c['dir_ok'] / c['dir_n']:.2f} {c['dir_ok']}/{c['dir_n']}" if c["dir_n"] else "–"
    u = f"{c['left_undirected'] / c['true_dir_found']:.2f}" if c["true_dir_found"] else "–"
    f = f"{c['fam_pure'] / c['fam_members']:.2f}" if c["fam_members"] else "–"
    return f"{label[:40]:40} {c['edges']:5} {c['pred']:5} {c['related']:4} {p:5.2f} {r:5.2f} {d:>9} {u:>10} {f:>7}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
