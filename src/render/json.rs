//! JSON pieces every command's wire format shares: documents with their
//! sentences as byte spans. Each command's schema lives in its own file
//! (`diff_json`, `align_json`, `trace_json`, `check_json`); wire structs are
//! kept apart from the core types and deserialise, so tests and users can
//! read them back.

use serde::{Deserialize, Serialize};

use crate::meaning::Flag;
use crate::meta::DocMeta;
use crate::model::Document;
use crate::provenance::{DocumentOutlet, Registry};
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

/// A document with the outlet it is taken to be (`trace`, `lineage`), and
/// what its metadata says when `--meta` gave any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutletDocumentJson {
    /// As in `wirediff.diff/1`.
    #[serde(flatten)]
    pub document: DocumentJson,
    /// The document's outlet id, when known.
    pub outlet: Option<String>,
    /// What the metadata says (absent when it says nothing of the document).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<MetaJson>,
}

/// What `--meta` says of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MetaJson {
    /// The outlet id it gives.
    pub outlet: Option<String>,
    /// The published time, as given.
    pub published: Option<String>,
    /// The address.
    pub url: Option<String>,
    /// It gives another outlet than the one the document is taken to be.
    pub conflict: bool,
}

impl OutletDocumentJson {
    /// Document number `index`, known to be `known`, described by `meta`.
    pub fn new(
        index: usize,
        doc: &Document,
        known: &DocumentOutlet,
        meta: Option<&DocMeta>,
        registry: &Registry,
    ) -> Self {
        let id = |o: Option<usize>| o.map(|o| registry.outlets[o].id.clone());
        OutletDocumentJson {
            document: DocumentJson::new(index, doc),
            outlet: id(known.outlet),
            meta: meta
                .filter(|m| **m != DocMeta::default())
                .map(|m| MetaJson {
                    outlet: id(m.outlet),
                    published: m.published.as_ref().map(|p| p.text.clone()),
                    url: m.url.clone(),
                    conflict: known.conflict(),
                }),
        }
    }
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

/// A file of a directory that was not read, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedJson {
    /// Its path.
    pub path: String,
    /// Why it was skipped.
    pub reason: String,
}

/// The wire form of the skipped files.
pub fn skipped_json(skipped: &[crate::input::Skipped]) -> Vec<SkippedJson> {
    skipped
        .iter()
        .map(|s| SkippedJson {
            path: s.path.clone(),
            reason: s.reason.clone(),
        })
        .collect()
}
