//! JSON output of `wirediff diff`: versioned wire structs, kept apart from
//! the core types.
//!
//! Schema `wirediff.diff/1`:
//!
//! ```text
//! {"schema": "wirediff.diff/1",
//!  "documents": [{"index": 0, "path": "<as given>",
//!                 "sentences": [{"index": 0, "start": <byte>, "end": <byte, exclusive>, "text": "..."}]}, ...],
//!  "ops": [{"op": "equal|reworded|moved|added|dropped|split|merged",
//!           "old": [<sentence indexes in doc 0>], "new": [<sentence indexes in doc 1>],
//!           "similarity": 0.0-1.0, "moved": bool,
//!           "words": [{"op": "equal|insert|delete", "text": "..."}],
//!           "flags": [{"kind": "negation|number|quote|hedge|date|speaker",
//!                      "old": {"doc": 0, "start": <byte>, "end": <byte>, "text": "..."},
//!                      "new": {"doc": 1, ...}, "detail": "..."}]}],
//!  "summary": {"equal": n, "reworded": n, "moved": n, "split": n, "merged": n,
//!              "added": n, "dropped": n, "derived_share": 0.0-1.0, "verbatim_share": 0.0-1.0,
//!              "coarse": n}}
//! ```
//!
//! Byte offsets are into each file exactly as read: a UTF-8 BOM is counted, so
//! the first sentence of a file with a BOM starts at byte 3 or later. `text` is
//! always the exact bytes `start..end`. `words` is empty when the two sides
//! are byte-identical and for added and dropped sentences; otherwise the
//! `equal` and `insert` runs, in order, spell NEW's side (from the first
//! sentence's start to the last one's end) and the `equal` and `delete` runs
//! spell OLD's side up to quote and whitespace folding. `moved` (added within
//! version 1) marks an op out of order, a split or merge that also moved
//! among them. `flags` (added within
//! version 1; empty when nothing changed meaning) lists the changes of
//! meaning of a matched op: the word or phrase on each side, or the whole
//! side when one side lacks it.

use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use super::json::{round, DocumentJson, FlagJson};
use super::Style;
use crate::align::{Diff, Op};
use crate::model::Document;
use crate::report::DiffReport;

/// The schema name and version of `wirediff diff --format json`.
pub const DIFF_SCHEMA: &str = "wirediff.diff/1";

/// `wirediff.diff/1`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiffJson {
    /// Always [`DIFF_SCHEMA`].
    pub schema: String,
    /// OLD (index 0) and NEW (index 1).
    pub documents: Vec<DocumentJson>,
    /// The steps from OLD to NEW.
    pub ops: Vec<OpJson>,
    /// Counts and shares.
    pub summary: SummaryJson,
}

/// One op of a diff.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpJson {
    /// `equal`, `reworded`, `moved`, `added`, `dropped`, `split` or `merged`.
    pub op: String,
    /// Sentence indexes in OLD.
    pub old: Vec<usize>,
    /// Sentence indexes in NEW.
    pub new: Vec<usize>,
    /// Similarity of the two sides, 0 to 1.
    pub similarity: f64,
    /// Out of order relative to OLD: always for `moved`, and for a `split`
    /// or `merged` that also moved (added within version 1).
    #[serde(default)]
    pub moved: bool,
    /// Word-level changes.
    pub words: Vec<WordJson>,
    /// Changes of meaning between the two sides.
    #[serde(default)]
    pub flags: Vec<FlagJson>,
}

/// A run of words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WordJson {
    /// `equal`, `insert` or `delete`.
    pub op: String,
    /// The words, from NEW (equal, insert) or OLD (delete).
    pub text: String,
}

/// Summary of a diff.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryJson {
    /// Equal ops.
    pub equal: usize,
    /// Reworded ops.
    pub reworded: usize,
    /// Moved ops.
    pub moved: usize,
    /// Split ops.
    pub split: usize,
    /// Merged ops.
    pub merged: usize,
    /// Added sentences.
    pub added: usize,
    /// Dropped sentences.
    pub dropped: usize,
    /// Share of NEW's words in sentences matched to OLD.
    pub derived_share: f64,
    /// Share of NEW's words kept word for word.
    pub verbatim_share: f64,
    /// Matched groups too long to compare word by word in time (their
    /// `words` are coarse runs).
    #[serde(default)]
    pub coarse: usize,
}

impl DiffJson {
    /// The wire form of a diff of `old` and `new`.
    pub fn new(old: &Document, new: &Document, diff: &Diff) -> Self {
        let s = &diff.summary;
        DiffJson {
            schema: DIFF_SCHEMA.into(),
            documents: vec![DocumentJson::new(0, old), DocumentJson::new(1, new)],
            ops: diff.ops.iter().map(|op| op_json(op, old, new)).collect(),
            summary: SummaryJson {
                equal: s.equal,
                reworded: s.reworded,
                moved: s.moved,
                split: s.split,
                merged: s.merged,
                added: s.added,
                dropped: s.dropped,
                derived_share: round(s.derived_share),
                verbatim_share: round(s.verbatim_share),
                coarse: s.coarse,
            },
        }
    }
}

fn op_json(op: &Op, old: &Document, new: &Document) -> OpJson {
    OpJson {
        op: op.kind.name().into(),
        old: op.old.clone(),
        new: op.new.clone(),
        similarity: round(op.similarity),
        moved: op.moved,
        words: op
            .words
            .iter()
            .map(|w| WordJson {
                op: w.op.name().into(),
                text: w.text(&old.text, &new.text).to_string(),
            })
            .collect(),
        flags: op
            .flags
            .iter()
            .map(|f| FlagJson::new(f, (0, old), (1, new)))
            .collect(),
    }
}

/// Write a diff as pretty-printed JSON, followed by a newline.
pub fn write(out: &mut impl Write, report: &DiffReport, _style: &Style) -> io::Result<()> {
    let json = DiffJson::new(&report.old, &report.new, &report.diff);
    serde_json::to_writer_pretty(&mut *out, &json)?;
    writeln!(out)
}
