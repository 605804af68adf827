//! JSON output of `wirediff align`: schema `wirediff.align/1`.
//!
//! ```text
//! {"schema": "wirediff.align/1",
//!  "documents": [ same objects as wirediff.diff/1 ],
//!  "passages": [{"index": 0, "kind": "verbatim|reworded",
//!                "members": [{"doc": <document index>, "sentence": <sentence index>,
//!                             "kind": "verbatim|reworded|partial", "similarity": 0.0-1.0,
//!                             "clause": {"start": byte, "end": byte, "text": "…"}}],
//!                "flags": [{"kind": "negation|number|quote|hedge|date|speaker",
//!                           "old": {"doc": d, "start": byte, "end": byte, "text": "…"},
//!                           "new": {"doc": d, …}, "detail": "…"}]}],
//!  "unique": [{"doc": d, "sentence": s}],
//!  "matrix": [[share, ...], ...]}
//! ```
//!
//! Passages come in the reading order of the first document that has them.
//! A passage has members from at least two documents; two or three adjacent
//! members from one document are a split witness; a `partial` member carries
//! this passage's content and more, and may be a member of other passages
//! too; when one clause of it carries the passage, `clause` gives that
//! clause (an optional field, added within `wirediff.align/1`). `flags`
//! (added within `wirediff.align/1`; empty when none) gives the changes of
//! meaning from the first document's witness (`old`) to each other
//! document's (`new`); a passage with a flag is never `verbatim`. Every
//! sentence is in at least one passage or in `unique`.
//! `matrix[r][c]` is the share of document `r`'s words in passages it shares
//! with document `c`; `matrix[r][r]`, the share in any passage; `matrix` is
//! `null` past 500 documents.

use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use super::json::{round, skipped_json, DocumentJson, FlagJson, SkippedJson};
use super::Style;
use crate::align::{Alignment, Passage};
use crate::model::Document;
use crate::report::AlignReport;

/// The schema name and version of `wirediff align --format json`.
pub const ALIGN_SCHEMA: &str = "wirediff.align/1";

/// The whole output of `wirediff align --format json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignJson {
    /// Always [`ALIGN_SCHEMA`].
    pub schema: String,
    /// The documents, in the order given.
    pub documents: Vec<DocumentJson>,
    /// The passages.
    pub passages: Vec<PassageJson>,
    /// Sentences no other document carries.
    pub unique: Vec<SentenceRefJson>,
    /// Shares of each document's words shared with each other document;
    /// `null` past 500 documents.
    pub matrix: Option<Vec<Vec<f64>>>,
    /// Files of the directories given that were not read, and why
    /// (added within this version).
    #[serde(default)]
    pub skipped: Vec<SkippedJson>,
}

/// One passage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PassageJson {
    /// Position in the output, from 0.
    pub index: usize,
    /// `verbatim` when every witness is, else `reworded`.
    pub kind: String,
    /// Its sentences, by document then sentence.
    pub members: Vec<MemberJson>,
    /// Changes of meaning from the first document's witness to the others'.
    #[serde(default)]
    pub flags: Vec<FlagJson>,
}

/// One sentence of a passage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberJson {
    /// Document index.
    pub doc: usize,
    /// Sentence index in that document.
    pub sentence: usize,
    /// `verbatim`, `reworded` or `partial`.
    pub kind: String,
    /// Best similarity of this document's witness to another document's.
    pub similarity: f64,
    /// For a partial witness, the clause of the sentence that carries the
    /// passage, as byte offsets into the document (absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<ClauseJson>,
}

/// A clause of a sentence: byte offsets into its document and its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClauseJson {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The clause's text, exactly the bytes `start..end`.
    pub text: String,
}

/// A sentence by document and index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRefJson {
    /// Document index.
    pub doc: usize,
    /// Sentence index in that document.
    pub sentence: usize,
}

impl AlignJson {
    /// The wire form of an alignment of `docs`.
    pub fn new(docs: &[Document], alignment: &Alignment) -> Self {
        AlignJson {
            schema: ALIGN_SCHEMA.into(),
            documents: docs
                .iter()
                .enumerate()
                .map(|(i, d)| DocumentJson::new(i, d))
                .collect(),
            passages: alignment
                .passages
                .iter()
                .enumerate()
                .map(|(i, p)| passage_json(i, p, docs))
                .collect(),
            unique: alignment
                .unique
                .iter()
                .map(|u| SentenceRefJson {
                    doc: u.doc,
                    sentence: u.sentence,
                })
                .collect(),
            matrix: alignment.matrix().map(|m| {
                m.into_iter()
                    .map(|row| row.into_iter().map(round).collect())
                    .collect()
            }),
            skipped: Vec::new(),
        }
    }
}

fn passage_json(index: usize, p: &Passage, docs: &[Document]) -> PassageJson {
    let doc_text = |d: usize| docs[d].text.as_str();
    PassageJson {
        index,
        kind: p.kind.name().into(),
        members: p
            .members
            .iter()
            .map(|m| MemberJson {
                doc: m.doc,
                sentence: m.sentence,
                kind: m.kind.name().into(),
                similarity: round(m.similarity),
                clause: m.clause.map(|c| ClauseJson {
                    start: c.start,
                    end: c.end,
                    text: doc_text(m.doc)[c.range()].to_string(),
                }),
            })
            .collect(),
        flags: p
            .flags
            .iter()
            .map(|(d, f)| {
                let first = p.members[0].doc;
                FlagJson::new(f, (first, &docs[first]), (*d, &docs[*d]))
            })
            .collect(),
    }
}

/// Write an alignment as pretty-printed JSON, followed by a newline.
pub fn write(out: &mut impl Write, report: &AlignReport, _style: &Style) -> io::Result<()> {
    let json = AlignJson {
        skipped: skipped_json(&report.skipped),
        ..AlignJson::new(&report.docs, &report.alignment)
    };
    serde_json::to_writer_pretty(&mut *out, &json)?;
    writeln!(out)
}
