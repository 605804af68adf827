//! JSON pieces every command's wire format shares: documents with their
//! sentences as byte spans. Each command's schema lives in its own file
//! (`diff_json`, `align_json`, `trace_json`, `check_json`); wire structs are
//! kept apart from the core types and deserialise, so tests and users can
//! read them back.

use serde::{Deserialize, Serialize};

use crate::meaning::Flag;
use crate::model::Document;
pub use crate::report::round;

/// A change of meaning between two spans (`flags` on diff ops and align
/// witnesses).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagJson {
    /// `negation`, `number`, `quote`, `hedge`, `date` or `speaker`.
    pub kind: String,
    /// Where in the older (or first) text.
    pub old: SpanJson,
    /// Where in the newer (or second) text.
    pub new: SpanJson,
    /// A short reason (`added: “not”`, `120 → 100`).
    pub detail: String,
}

/// A byte span of one document, with its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpanJson {
    /// Index of the document.
    pub doc: usize,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The bytes `start..end`.
    pub text: String,
}

impl FlagJson {
    /// The wire form of `flag`, from document `a` (index `ia`) to `b` (`ib`).
    pub fn new(flag: &Flag, (ia, a): (usize, &Document), (ib, b): (usize, &Document)) -> Self {
        let side = |doc: usize, d: &Document, span: crate::span::Span| SpanJson {
            doc,
            start: span.start,
            end: span.end,
            text: d.slice(span).to_string(),
        };
        FlagJson {
            kind: flag.kind.name().into(),
            old: side(ia, a, flag.old),
            new: side(ib, b, flag.new),
            detail: flag.detail.clone(),
        }
    }
}

/// A document and its sentences, shared by every command's JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentJson {
    /// Position of the document in the input.
    pub index: usize,
    /// The path as given.
    pub path: String,
    /// Its sentences.
    pub sentences: Vec<SentenceJson>,
}

/// One sentence, as a byte span and its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceJson {
    /// Position of the sentence in its document.
    pub index: usize,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The bytes `start..end`.
    pub text: String,
}

impl DocumentJson {
    /// The wire form of document number `index`.
    pub fn new(index: usize, doc: &Document) -> Self {
        DocumentJson {
            index,
            path: doc.path.clone(),
            sentences: doc
                .sentences
                .iter()
                .enumerate()
                .map(|(i, s)| SentenceJson {
                    index: i,
                    start: s.span.start,
                    end: s.span.end,
                    text: doc.slice(s.span).to_string(),
                })
                .collect(),
        }
    }
}
