#!/usr/bin/env python3
"""Score wirediff against the hand-written evaluation set (python3, stdlib only).

  score.py [STORY...] [--bin PATH] [--articles DIR] [--json FILE] [--misses]

STORY    story folder names under eval/stories/ (default: all of them).
--bin    the wirediff binary to run (default: target/release/wirediff under the repo root,
         or $CARGO_TARGET_DIR/release/wirediff when CARGO_TARGET_DIR is set).
--articles DIR  the folder holding <story>/<file> (default $WIREDIFF_EVAL_DIR or eval/articles).
--json FILE     also write every figure (and the per-pair reuse shares) as JSON.
--misses        print, per story, what went wrong: segmentation differences, missed and false
                links, wrong kinds, wrong origins, wrong document outlets.

The scorer reads only the CLI's JSON (`align`, `trace`, `check`, `outlets --format json`), never
the library, so it stays valid while the library changes. Each story's files are passed
explicitly, in recipe order. A story whose articles are missing or differ from the recipe's
sha256 is skipped with a message.

What is measured (see eval/README.md for the truth format):

- segmentation: wirediff's sentence spans (align JSON) against the truth units, exact byte spans;
  `F1~` treats two spans as equal when they differ only by leading/trailing punctuation, quotes
  or white space.
- links: each wirediff sentence is mapped to the truth unit it overlaps most (bytes). Every pair
  of members of one passage in different documents is a predicted link between the two mapped
  units (deduplicated); its kind is partial when either member is partial, verbatim when both
  are verbatim, else reworded. Precision: share of predicted unit pairs the truth links (any
  kind). Recall: of verbatim+reworded truth links, of partial ones, of all. Kind: share of found
  truth links whose predicted kind is the truth's.
- origins: each truth unit takes the origin of the trace sentence overlapping it most. Right
  when the ids are equal; truth `own`, or a truth origin equal to the document's writer, matches
  wirediff `own` or the writer; `boilerplate` matches `boilerplate`; a truth speaker or outlet
  matches a wirediff id whose name or aliases (registry, trace JSON) equal the truth's name, one
  of its people or roles (case-insensitive). `trace/2` tolerance: an origin given as an object
  ({"id", "name", ...}) is read by its id and names, a `speaker` field is used for the
  "right speaker" count, and a `basis` field is scored against the truth basis.
- document outlet: trace's document outlet against the recipe's `outlet`; for documents whose
  recipe outlet is null, how many wirediff nevertheless gave one.
- check: the reuse share of every ordered pair (suspect, source), from
  `wirediff check SUSPECT --against SOURCE` (one source per call: with several sources, a
  sentence is credited to one source only, which is not the pair's reuse). A *copy* pair: one
  derives from the other (transitively), both derive from one document, or both have one
  writer. An *independent* pair: the writers differ and neither derives from a text by the
  other's writer. Other pairs (e.g. a rewrite of one AP text against another AP text) are
  neither.
"""
import argparse, hashlib, json, os, subprocess, sys, unicodedata
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EVAL = os.path.join(ROOT, "eval")
BASES = ["credited", "speaker", "copied", "own-reporting", "boilerplate", "unknown"]
KINDS = ["verbatim", "reworded", "partial"]
KIND_RANK = {"verbatim": 3, "reworded": 2, "partial": 1}


class Skip(Exception):
    pass


# ---------------------------------------------------------------- running wirediff

def run_json(binary, args, ok=(0,)):
    p = subprocess.run([binary] + args, cwd=ROOT, capture_output=True)
    if p.returncode not in ok:
        err = p.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"`wirediff {' '.join(args[:3])} …` exited {p.returncode}: {err}")
    try:
        return json.loads(p.stdout.decode("utf-8"))
    except ValueError as e:
        raise RuntimeError(f"`wirediff {' '.join(args[:3])} …` printed no valid JSON: {e}")


def show_path(p):
    p = os.path.abspath(p)
    return os.path.relpath(p, ROOT) if os.path.commonpath([p, ROOT]) == ROOT else p


def check_schema(data, family):
    schema = str(data.get("schema", ""))
    if not schema.startswith(f"wirediff.{family}/"):
        print(f"warning: expected a wirediff.{family}/N schema, got {schema!r}", file=sys.stderr)
    return schema


# ---------------------------------------------------------------- small helpers

def norm(name):
    return " ".join(str(name).casefold().split())


def words(raw, s, e, n=9):
    w = raw[s:e].decode("utf-8", "replace").split()
    return " ".join(w[:n]) + (" …" if len(w) > n else "")


def ratio(a, b):
    return a / b if b else None


def f1(p, r):
    if p is None or r is None or p + r == 0:
        return None if p is None or r is None else 0.0
    return 2 * p * r / (p + r)


def strip_span(raw, s, e):
    """The span with leading/trailing punctuation, quotes and white space removed (bytes)."""
    text = raw[s:e].decode("utf-8", "replace")
    def junk(c):
        return c.isspace() or unicodedata.category(c)[0] in "P" or c in "`´"
    i, j = 0, len(text)
    while i < j and junk(text[i]):
        i += 1
    while j > i and junk(text[j - 1]):
        j -= 1
    if i == j:
        return None
    return (s + len(text[:i].encode("utf-8")), s + len(text[:j].encode("utf-8")))


def best_overlap(span, spans):
    """Index of the span in `spans` (sorted, disjoint) overlapping `span` most; None if none."""
    s, e = span
    best, best_n = None, 0
    for k, (a, b) in enumerate(spans):
        if b <= s:
            continue
        if a >= e:
            break
        n = min(b, e) - max(a, s)
        if n > best_n:
            best, best_n = k, n
    return best


def sentences_of(doc):
    return [(int(s["start"]), int(s["end"])) for s in doc.get("sentences", [])]


def origin_id(o):
    if isinstance(o, dict):
        return o.get("id") or o.get("name")
    return o


# ---------------------------------------------------------------- names for origin matching

class Names:
    """Names each wirediff id goes by, and each truth id stands for."""

    def __init__(self, registry):
        self.pred = defaultdict(set)
        for o in registry:
            self.add_pred(o)

    def add_pred(self, o):
        if not isinstance(o, dict) or not o.get("id"):
            return
        bag = self.pred[o["id"]]
        for key in ("name",):
            if o.get(key):
                bag.add(norm(o[key]))
        for key in ("aliases", "people", "roles", "names"):
            for v in o.get(key) or []:
                bag.add(norm(v))

    @staticmethod
    def truth_table(truth):
        t = {}
        for sp in truth.get("speakers", []):
            t[sp["id"]] = {norm(x) for x in [sp.get("name", "")] + sp.get("people", []) + sp.get("roles", []) if x}
        for o in truth.get("outlets", []):
            t[o["id"]] = {norm(o["name"])} if o.get("name") else set()
        return t

    def same(self, truth_id, truth_names, pred_id):
        if pred_id is None:
            return False
        if pred_id == truth_id:
            return True
        names = self.pred.get(pred_id, set()) | {norm(pred_id)}
        return any(names_match(a, b) for a in names for b in truth_names.get(truth_id, set()))


ARTICLES = ("the ", "a ", "an ")


def bare(name):
    """A name as compared: case-folded, without a leading article or a possessive."""
    n = norm(name).replace("’", "'")
    for a in ARTICLES:
        if n.startswith(a):
            n = n[len(a):]
    return n.replace("'s ", " ")


def names_match(a, b):
    """The truth format's speaker rule: two names match when, compared bare, they are equal
    or one ends with the other on a word boundary ("Calhoun" and "Dave Calhoun", "Interior
    Ministry" and "Moroccan Interior Ministry"); a one-word name must have 4 letters or more."""
    a, b = bare(a), bare(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 4 and long_.endswith(" " + short)


def origin_right(unit, writer, pred, names, tnames, strict=False):
    """strict: a truth origin equal to the writer matches `own` only for basis own-reporting
    (otherwise also for a statement made to the writer, "a local official told Reuters")."""
    t = unit["origin"]
    if pred == t:
        return True
    if t == "own" or (t == writer and (not strict or unit["basis"] == "own-reporting")):
        return pred in ("own", writer)
    if t == "boilerplate":
        return pred == "boilerplate"
    if pred in ("own", "boilerplate", None):
        return False
    return names.same(t, tnames, pred)


# ---------------------------------------------------------------- derivation (check pairs)

def ancestors(recipe_docs, f):
    by = {d["file"]: d for d in recipe_docs}
    out, cur, seen = [], by[f].get("derived_from"), {f}
    while cur and cur in by and cur not in seen:
        out.append(cur)
        seen.add(cur)
        cur = by[cur].get("derived_from")
    return out


def pair_class(recipe_docs, a, b):
    by = {d["file"]: d for d in recipe_docs}
    wa, wb = by[a].get("writer"), by[b].get("writer")
    anc_a, anc_b = ancestors(recipe_docs, a), ancestors(recipe_docs, b)
    if b in anc_a or a in anc_b or set(anc_a) & set(anc_b) or (wa and wa == wb):
        return "copy"
    writers_a = {by[x].get("writer") for x in anc_a}
    writers_b = {by[x].get("writer") for x in anc_b}
    if wa != wb and wb not in writers_a and wa not in writers_b:
        return "independent"
    return "related"


# ---------------------------------------------------------------- one story

def load_story(story, articles):
    sdir = os.path.join(EVAL, "stories", story)
    if not os.path.isdir(sdir):
        raise Skip(f"no story folder eval/stories/{story}")
    recipe = json.load(open(os.path.join(sdir, "recipe.json"), encoding="utf-8"))
    truth = json.load(open(os.path.join(sdir, "truth.json"), encoding="utf-8"))
    adir = os.path.join(articles, story)
    raws, problems = {}, []
    for d in recipe["documents"]:
        p = os.path.join(adir, d["file"])
        if not os.path.exists(p):
            problems.append(f"{d['file']} missing")
            continue
        raw = open(p, "rb").read()
        if hashlib.sha256(raw).hexdigest() != d["sha256"]:
            problems.append(f"{d['file']} sha256 differs from the recipe")
            continue
        raws[d["file"]] = raw
    if problems:
        raise Skip(f"articles in {show_path(adir)} do not match the recipe: "
                   + "; ".join(problems[:4]) + (" …" if len(problems) > 4 else "")
                   + f" (rebuild: python3 eval/tool/rebuild.py {story})")
    tfiles = [d["file"] for d in truth["documents"]]
    if sorted(tfiles) != sorted(raws):
        raise Skip("truth.json and recipe.json do not list the same files")
    for doc in truth["documents"]:
        raw = raws[doc["file"]]
        for i, u in enumerate(doc["sentences"]):
            if hashlib.sha256(raw[u["start"]:u["end"]]).hexdigest()[:16] != u["sha256"]:
                raise Skip(f"{doc['file']}[{i}]: truth hash differs (run eval/tool/offsets.py check)")
    return recipe, truth, adir, raws


def score_story(story, binary, articles, registry_names, registry_raw):
    recipe, truth, adir, raws = load_story(story, articles)
    rdocs = recipe["documents"]
    files = [d["file"] for d in rdocs]
    paths = [os.path.relpath(os.path.join(adir, f), ROOT) for f in files]
    writer = {d["file"]: d.get("writer") for d in rdocs}
    tunits = {d["file"]: [(u["start"], u["end"]) for u in d["sentences"]] for d in truth["documents"]}
    tmeta = {d["file"]: d["sentences"] for d in truth["documents"]}
    tnames = Names.truth_table(truth)
    names = Names([])
    names.pred = defaultdict(set, {k: set(v) for k, v in registry_names.pred.items()})
    res = {"story": story, "documents": len(files)}
    misses = []

    # ---- align: segmentation and links
    align = run_json(binary, ["align", "--format", "json"] + paths, ok=(0, 1))
    res["align_schema"] = check_schema(align, "align")
    adocs = align["documents"]
    if len(adocs) != len(files):
        raise RuntimeError(f"align gave {len(adocs)} documents for {len(files)} files")
    aspans = {files[k]: sentences_of(adocs[k]) for k in range(len(files))}

    seg = Counter()
    seg_miss = []
    for f in files:
        P, T = set(aspans[f]), set(tunits[f])
        seg["pred"] += len(P)
        seg["truth"] += len(T)
        seg["exact"] += len(P & T)
        sp = {strip_span(raws[f], *x) for x in P} - {None}
        st = {strip_span(raws[f], *x) for x in T} - {None}
        seg["tol"] += len(sp & st)
        for s, e in sorted(T - P):
            seg_miss.append(f"  unit not a wirediff sentence  {f}[{tunits[f].index((s, e))}] "
                            f"{s}..{e} “{words(raws[f], s, e)}”")
        for s, e in sorted(P - T):
            seg_miss.append(f"  wirediff sentence not a unit  {f} {s}..{e} “{words(raws[f], s, e)}”")
    sp_, sr_ = ratio(seg["exact"], seg["pred"]), ratio(seg["exact"], seg["truth"])
    res["segmentation"] = {"pred": seg["pred"], "truth": seg["truth"], "exact": seg["exact"],
                           "tolerant": seg["tol"], "precision": sp_, "recall": sr_, "f1": f1(sp_, sr_),
                           "f1_tolerant": f1(ratio(seg["tol"], seg["pred"]), ratio(seg["tol"], seg["truth"]))}

    # map each wirediff sentence to the truth unit it overlaps most
    amap = {f: [best_overlap(sp, tunits[f]) for sp in aspans[f]] for f in files}

    pred = {}  # frozenset{(file, unit)} -> (kind, similarity, passage index)
    for p in align.get("passages", []):
        ms = p.get("members", [])
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                a, b = ms[i], ms[j]
                if a["doc"] == b["doc"]:
                    continue
                fa, fb = files[a["doc"]], files[b["doc"]]
                ua, ub = amap[fa][a["sentence"]], amap[fb][b["sentence"]]
                if ua is None or ub is None:
                    continue
                ka, kb = a.get("kind"), b.get("kind")
                kind = ("partial" if "partial" in (ka, kb) else
                        "verbatim" if ka == kb == "verbatim" else "reworded")
                sim = min(float(a.get("similarity", 0)), float(b.get("similarity", 0)))
                key = frozenset([(fa, ua), (fb, ub)])
                old = pred.get(key)
                if old is None or KIND_RANK[kind] > KIND_RANK[old[0]]:
                    pred[key] = (kind, sim, p.get("index"))
    tlinks = {}
    for l in truth.get("links", []):
        tlinks[frozenset([tuple(l["a"]), tuple(l["b"])])] = l["kind"]
    right = [k for k in pred if k in tlinks]
    lk = {"pred": len(pred), "right": len(right), "truth": len(tlinks)}
    for kind in KINDS:
        lk[f"truth_{kind}"] = sum(1 for v in tlinks.values() if v == kind)
        lk[f"found_{kind}"] = sum(1 for k, v in tlinks.items() if v == kind and k in pred)
    conf = Counter((tlinks[k], pred[k][0]) for k in right)
    lk["kind_agree"] = sum(n for (t, p_), n in conf.items() if t == p_)
    lk["kind_confusion"] = {f"{t}->{p_}": n for (t, p_), n in sorted(conf.items())}
    res["links"] = lk

    def unit_txt(fu):
        f, u = fu
        s, e = tunits[f][u]
        return f"{f}[{u}] “{words(raws[f], s, e, 8)}”"

    def pair_txt(key):
        a, b = sorted(key)
        return f"{unit_txt(a)}  ↔  {unit_txt(b)}"

    link_miss = []
    for kind in KINDS:
        ks = sorted((sorted(k) for k, v in tlinks.items() if v == kind and k not in pred))
        if ks:
            link_miss.append(f" missed {kind} links ({len(ks)}):")
            link_miss += [f"  {pair_txt(frozenset(map(tuple, k)))}" for k in ks]
    fls = sorted((sorted(k), v) for k, v in pred.items() if k not in tlinks)
    if fls:
        link_miss.append(f" false links ({len(fls)}):")
        link_miss += [f"  [{v[0]} {v[1]:.2f} p{v[2]}] {pair_txt(frozenset(map(tuple, k)))}" for k, v in fls]
    wk = sorted((sorted(k), tlinks[k], pred[k][0]) for k in right if tlinks[k] != pred[k][0])
    if wk:
        link_miss.append(f" found links of another kind ({len(wk)}):")
        link_miss += [f"  truth {t}, wirediff {p_}: {pair_txt(frozenset(map(tuple, k)))}" for k, t, p_ in wk]

    # ---- trace: origins and document outlets
    trace = run_json(binary, ["trace", "--format", "json"] + paths, ok=(0,))
    res["trace_schema"] = check_schema(trace, "trace")
    for o in trace.get("outlets", []) or []:
        names.add_pred(o)
    for key in ("speakers", "origins", "institutions"):
        for o in trace.get(key, []) or []:
            names.add_pred(o)
    tdocs = trace["documents"]
    tsp = {files[k]: sentences_of(tdocs[k]) for k in range(len(files))}
    sent = defaultdict(dict)
    for s in trace.get("sentences", []):
        sent[s["doc"]][s["sentence"]] = s
        if isinstance(s.get("origin"), dict):
            names.add_pred(s["origin"])
    og = {"units": 0, "right": 0, "by_basis": {b: [0, 0] for b in BASES},
          "statements": 0, "statement_origin_right": 0, "statement_speaker_right": 0,
          "writer_own_units": 0, "basis_given": 0, "basis_right": 0, "right_strict": 0}
    origin_miss = []
    for k, f in enumerate(files):
        for i, u in enumerate(tmeta[f]):
            j = best_overlap((u["start"], u["end"]), tsp[f])
            s = sent[k].get(j) if j is not None else None
            p = origin_id(s.get("origin")) if s else None
            if s and p is None and s.get("basis"):
                # trace/2: no resolved origin means furniture, or the writer's own
                # reporting in a document whose outlet is unknown.
                p = "boilerplate" if s["basis"] == "boilerplate" else "own"
            ok = origin_right(u, writer[f], p, names, tnames)
            og["units"] += 1
            og["right"] += ok
            og["right_strict"] += origin_right(u, writer[f], p, names, tnames, strict=True)
            b = u["basis"]
            og["by_basis"].setdefault(b, [0, 0])
            og["by_basis"][b][0] += 1
            og["by_basis"][b][1] += ok
            if u["origin"] == writer[f] and u["basis"] != "own-reporting":
                og["writer_own_units"] += 1
            if s and s.get("basis") is not None:
                og["basis_given"] += 1
                og["basis_right"] += s["basis"] == b
            if b == "speaker":
                og["statements"] += 1
                og["statement_origin_right"] += ok
                spk = origin_id(s.get("speaker")) if s and s.get("speaker") is not None else p
                if u.get("speaker") and names.same(u["speaker"], tnames, spk):
                    og["statement_speaker_right"] += 1
            if not ok:
                conf_ = s.get("confidence") if s else None
                alts = ", ".join(f"{origin_id(a.get('origin'))} {a.get('confidence', 0):.2f}"
                                 for a in (s.get("alternatives") or [])[:2]) if s else ""
                origin_miss.append(
                    f"  {f}[{i}] {b}: truth {u['origin']}"
                    + (f" (speaker {u['speaker']})" if u.get("speaker") and u["speaker"] != u["origin"] else "")
                    + f", wirediff {p}" + (f" {conf_:.2f}" if isinstance(conf_, (int, float)) else "")
                    + (f" [alt {alts}]" if alts else "")
                    + (f" basis {s['basis']}" if s and s.get("basis") else "")
                    + f"  “{words(raws[f], u['start'], u['end'])}”")
    res["origins"] = og

    do = {"with_outlet": 0, "outlet_right": 0, "without_outlet": 0, "outlet_given_wrongly": 0}
    outlet_miss = []
    for k, d in enumerate(rdocs):
        got = origin_id(tdocs[k].get("outlet"))
        if d.get("outlet"):
            do["with_outlet"] += 1
            do["outlet_right"] += got == d["outlet"]
            if got != d["outlet"]:
                outlet_miss.append(f"  {d['file']}: recipe {d['outlet']}, wirediff {got}")
        else:
            do["without_outlet"] += 1
            if got:
                do["outlet_given_wrongly"] += 1
                outlet_miss.append(f"  {d['file']}: recipe none, wirediff {got}")
    res["document_outlet"] = do

    # ---- check: reuse of every ordered pair
    pairs = []
    for a in range(len(files)):
        for b in range(len(files)):
            if a == b:
                continue
            c = run_json(binary, ["check", "--format", "json", paths[a], "--against", paths[b]], ok=(0, 1))
            sus = c.get("suspects", [])
            reuse = float(sus[0].get("reuse", 0.0)) if sus else 0.0
            pairs.append({"suspect": files[a], "source": files[b], "reuse": reuse,
                          "class": pair_class(rdocs, files[a], files[b])})
    res["check_schema"] = check_schema(c, "check") if files else None
    res["check_pairs"] = pairs
    res["check"] = check_summary(pairs)
    check_miss = []
    for p in sorted(pairs, key=lambda p: -p["reuse"]):
        if p["class"] == "independent" and p["reuse"] >= 0.2:
            check_miss.append(f"  independent pair reused {p['reuse']:.0%}: {p['suspect']} ← {p['source']}")
    for p in sorted(pairs, key=lambda p: p["reuse"]):
        if p["class"] == "copy" and p["reuse"] < 0.2:
            check_miss.append(f"  copy pair reused only {p['reuse']:.0%}: {p['suspect']} ← {p['source']}")

    misses += [f"== {story}: misses"]
    for title, lines in (("segmentation", seg_miss), ("links", link_miss), ("origins", origin_miss),
                         ("document outlets", outlet_miss), ("check", check_miss)):
        misses.append(f"-- {title}" + ("" if title == "links" else f" ({len(lines)})"))
        misses += lines
    return res, misses


def check_summary(pairs):
    out = {}
    for cls in ("independent", "copy", "related"):
        xs = [p["reuse"] for p in pairs if p["class"] == cls]
        out[cls] = {"pairs": len(xs), "mean": sum(xs) / len(xs) if xs else None,
                    "max": max(xs) if xs else None, "min": min(xs) if xs else None}
    return out


# ---------------------------------------------------------------- totals and printing

def total(results):
    t = {"story": "overall", "documents": sum(r["documents"] for r in results)}
    seg = Counter()
    for r in results:
        for k in ("pred", "truth", "exact", "tolerant"):
            seg[k] += r["segmentation"][k]
    p, rc = ratio(seg["exact"], seg["pred"]), ratio(seg["exact"], seg["truth"])
    t["segmentation"] = dict(seg, precision=p, recall=rc, f1=f1(p, rc),
                             f1_tolerant=f1(ratio(seg["tolerant"], seg["pred"]), ratio(seg["tolerant"], seg["truth"])))
    lk = Counter()
    conf = Counter()
    for r in results:
        for k, v in r["links"].items():
            if k == "kind_confusion":
                conf.update(v)
            else:
                lk[k] += v
    t["links"] = dict(lk, kind_confusion=dict(sorted(conf.items())))
    og = {"units": 0, "right": 0, "by_basis": {b: [0, 0] for b in BASES}, "statements": 0,
          "statement_origin_right": 0, "statement_speaker_right": 0, "writer_own_units": 0,
          "basis_given": 0, "basis_right": 0, "right_strict": 0}
    for r in results:
        for k, v in r["origins"].items():
            if k == "by_basis":
                for b, (n, ok) in v.items():
                    og["by_basis"].setdefault(b, [0, 0])
                    og["by_basis"][b][0] += n
                    og["by_basis"][b][1] += ok
            else:
                og[k] += v
    t["origins"] = og
    do = Counter()
    for r in results:
        do.update(r["document_outlet"])
    t["document_outlet"] = dict(do)
    t["check"] = check_summary([p for r in results for p in r["check_pairs"]])
    return t


def pct(x):
    return "  –  " if x is None else f"{x:5.2f}"


def frac(a, b):
    return f"{a}/{b}" if b else "–"


def table(rows, header):
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = lambda r: "  ".join(str(c).ljust(widths[0]) if i == 0 else str(c).rjust(widths[i]) for i, c in enumerate(r))
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for k, r in enumerate(rows):
        if k == len(rows) - 1 and len(rows) > 1:
            print("  ".join("-" * w for w in widths))
        print(line(r))


def short(story):
    return story.rsplit("-", 3)[0] if story.count("-") >= 3 else story


def report(results, overall):
    rows = results + [overall]
    print("\nSegmentation and links (links: right = truth links the pair, any kind)")
    hdr = ["story", "units", "sents", "P", "R", "F1", "F1~", "pred", "truth", "link P", "R v+r", "R part", "R all", "kind"]
    out = []
    for r in rows:
        s, l = r["segmentation"], r["links"]
        vr_t = l["truth_verbatim"] + l["truth_reworded"]
        vr_f = l["found_verbatim"] + l["found_reworded"]
        found = sum(l[f"found_{k}"] for k in KINDS)
        out.append([short(r["story"]), s["truth"], s["pred"], pct(s["precision"]), pct(s["recall"]), pct(s["f1"]),
                    pct(s["f1_tolerant"]), l["pred"], l["truth"], pct(ratio(l["right"], l["pred"])),
                    pct(ratio(vr_f, vr_t)), pct(ratio(l["found_partial"], l["truth_partial"])),
                    pct(ratio(found, l["truth"])), pct(ratio(l["kind_agree"], found))])
    table(out, hdr)

    print("\nOrigins (accuracy per truth basis, right/units) and statements")
    hdr = ["story", "origin acc"] + BASES + ["stmt speaker"]
    out = []
    for r in rows:
        o = r["origins"]
        bb = o["by_basis"]
        out.append([short(r["story"]), f"{pct(ratio(o['right'], o['units']))} {frac(o['right'], o['units'])}"]
                   + [f"{pct(ratio(bb[b][1], bb[b][0]))} {frac(bb[b][1], bb[b][0])}" if bb.get(b, [0])[0] else "–"
                      for b in BASES]
                   + [f"{frac(o['statement_speaker_right'], o['statements'])}"])
    table(out, hdr)
    if any(r["origins"]["right_strict"] != r["origins"]["right"] for r in rows):
        print("origin acc if a statement made to the writer itself must not be `own`: "
              + ", ".join(f"{short(r['story'])} {pct(ratio(r['origins']['right_strict'], r['origins']['units']))}"
                          for r in rows))
    if any(r["origins"]["basis_given"] for r in rows):
        print("basis (trace/2): " + ", ".join(f"{short(r['story'])} {frac(r['origins']['basis_right'], r['origins']['basis_given'])}"
                                            for r in rows))

    print("\nDocument outlet and check (reuse share of suspect from source, ordered pairs)")
    hdr = ["story", "outlet acc", "null→given", "indep n", "indep mean", "indep max", "copy n", "copy mean", "copy min", "related n"]
    out = []
    for r in rows:
        d, c = r["document_outlet"], r["check"]
        out.append([short(r["story"]), f"{pct(ratio(d['outlet_right'], d['with_outlet']))} {frac(d['outlet_right'], d['with_outlet'])}",
                    frac(d["outlet_given_wrongly"], d["without_outlet"]),
                    c["independent"]["pairs"], pct(c["independent"]["mean"]), pct(c["independent"]["max"]),
                    c["copy"]["pairs"], pct(c["copy"]["mean"]), pct(c["copy"]["min"]), c["related"]["pairs"]])
    table(out, hdr)
    print("\nunits: truth units; sents: wirediff sentences; F1~: spans equal up to edge punctuation/quotes; "
          "pred/truth: unit pairs linked; R v+r: recall of verbatim+reworded truth links; "
          "kind: found links whose kind agrees; stmt speaker: basis-speaker units whose wirediff origin "
          "(or speaker) is the truth speaker; null→given: documents without a recipe outlet that wirediff "
          "gave one; overall: micro-averaged")


def main(argv):
    ap = argparse.ArgumentParser(prog="score.py", usage="%(prog)s [STORY...] [--bin PATH] [--articles DIR] "
                                 "[--json FILE] [--misses]", description=__doc__.split("\n\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("stories", nargs="*", metavar="STORY", help="story folder names (default: all)")
    default_bin = os.path.join(os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target"), "release", "wirediff")
    ap.add_argument("--bin", default=default_bin, metavar="PATH", help="wirediff binary (relative: to the repo root)")
    ap.add_argument("--articles", default=os.environ.get("WIREDIFF_EVAL_DIR") or os.path.join(EVAL, "articles"),
                    metavar="DIR", help="folder holding <story>/<file>")
    ap.add_argument("--json", metavar="FILE", help="also write every figure as JSON")
    ap.add_argument("--misses", action="store_true", help="print what went wrong, per story")
    args = ap.parse_args(argv)
    binary = args.bin if os.path.isabs(args.bin) else os.path.join(ROOT, args.bin)
    if not os.access(binary, os.X_OK):
        print(f"score.py: {binary}: no wirediff binary (cargo build --release, or give --bin)", file=sys.stderr)
        return 2
    articles = os.path.abspath(args.articles)
    stories = args.stories or sorted(d for d in os.listdir(os.path.join(EVAL, "stories"))
                                     if os.path.isfile(os.path.join(EVAL, "stories", d, "truth.json")))
    registry = run_json(binary, ["outlets", "--format", "json"])
    if isinstance(registry, dict):
        registry = registry.get("outlets", [])
    reg_names = Names(registry)
    results, skipped, all_misses = [], [], []
    for story in stories:
        try:
            res, misses = score_story(story, binary, articles, reg_names, registry)
        except Skip as e:
            print(f"skipped {story}: {e}", file=sys.stderr)
            skipped.append({"story": story, "reason": str(e)})
            continue
        res["misses"] = misses[1:]
        results.append(res)
        all_misses += misses
    if not results:
        print("score.py: no story scored", file=sys.stderr)
        return 2
    overall = total(results)
    if args.misses:
        print("\n".join(all_misses))
    print(f"wirediff: {show_path(binary)} · "
          f"{len(results)} stor{'y' if len(results) == 1 else 'ies'} · {overall['documents']} documents · {overall['segmentation']['truth']} units · "
          f"{overall['links']['truth']} truth links")
    report(results, overall)
    if skipped:
        print("\nskipped: " + ", ".join(s["story"] for s in skipped))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"stories": results, "overall": overall, "skipped": skipped}, f, ensure_ascii=False, indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except RuntimeError as e:
        print(f"score.py: {e}", file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
