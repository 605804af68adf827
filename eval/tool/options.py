"""The command line the scorers beside `score.py` share (python3, stdlib only):

  [STORY...] [--bin PATH] [--articles DIR] [--misses]

--bin       the wirediff binary (default target/release/wirediff, under $CARGO_TARGET_DIR if set)
--articles  the folder holding <story>/<file> (default $WIREDIFF_EVAL_DIR or eval/articles)
--misses    list every error after the table
Without STORY, every story that has the scorer's truth file (`truth_file`).
"""
import os
from types import SimpleNamespace

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
STORIES = os.path.join(ROOT, "eval", "stories")


def parse(argv, truth_file):
    """The options of `argv`, or None when help was asked for (the caller prints its doc)."""
    o = SimpleNamespace(
        stories=[],
        misses=False,
        binary=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "wirediff"),
        articles=os.environ.get("WIREDIFF_EVAL_DIR", os.path.join(ROOT, "eval", "articles")),
    )
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--bin":
            o.binary, i = argv[i + 1], i + 2
        elif a == "--articles":
            o.articles, i = argv[i + 1], i + 2
        elif a == "--misses":
            o.misses, i = True, i + 1
        elif a in ("-h", "--help"):
            return None
        else:
            o.stories.append(a)
            i += 1
    if not o.stories:
        o.stories = sorted(s for s in os.listdir(STORIES) if os.path.exists(os.path.join(STORIES, s, truth_file)))
    return o
