//! wirediff: compare rewrites of the same news story sentence by sentence.
//!
//! The library does the work with no terminal code in it. Every command is
//! *load → run → report → render*: [`load_all`] reads files into
//! [`Document`]s (segmented into sentences by the document's [`Lexicon`]),
//! each command's report type runs the whole pipeline and holds everything
//! there is to show ([`DiffReport`], [`AlignReport`], [`TraceReport`],
//! [`CheckReport`], [`LineageReport`]), and a renderer of [`render`] formats a report as text,
//! JSON or CSV without computing anything. Everything a report points at is
//! a byte [`Span`] of a document's text.
//!
//! Compare two versions (`wirediff diff`):
//!
//! ```
//! use wirediff::{DiffOptions, DiffReport, Document, OpKind};
//! let old = Document::from_text("old.txt", "Iran confirmed the flight. It landed in Tehran.");
//! let new = Document::from_text("new.txt", "Iran confirmed the flight. A second flight is planned.");
//! let report = DiffReport::new(old, new, &DiffOptions::default());
//! assert_eq!(report.diff.ops[0].kind, OpKind::Equal);
//! assert_eq!(report.diff.summary.added, 1);
//! assert_eq!(report.diff.summary.dropped, 1);
//! ```
//!
//! Line up many versions (`wirediff align`):
//!
//! ```
//! use wirediff::{AlignOptions, AlignReport, Document};
//! let docs = vec![
//!     Document::from_text("a", "Iran said 120 nationals would fly home on Tuesday."),
//!     Document::from_text("b", "Rain fell. Iran said 120 of its nationals would be flown home on Tuesday."),
//! ];
//! let report = AlignReport::new(docs, &AlignOptions::default());
//! assert_eq!(report.alignment.passages.len(), 1);
//! assert!(!report.is_same());
//! ```
//!
//! Trace each sentence to the outlet that reported it (`wirediff trace`):
//!
//! ```
//! use wirediff::{Document, Origin, Registry, TraceOptions, TraceReport};
//! let docs = vec![
//!     Document::from_text("a", "The minister told Reuters the plant would close in May."),
//!     Document::from_text("b", "The plant will close in May, the minister said."),
//! ];
//! let registry = Registry::builtin();
//! let report = TraceReport::new(docs, registry.clone(), &TraceOptions::default());
//! let reuters = registry.find("reuters").unwrap();
//! assert_eq!(report.trace.sentences[0][0].origin, Origin::Outlet(reuters));
//! ```
//!
//! Check how much of a text is reused, and from where (`wirediff check`):
//!
//! ```
//! use wirediff::{CheckOptions, CheckReport, Document, Limits, Registry, Roles};
//! let docs = vec![
//!     Document::from_text("suspect", "Iran said 120 nationals would be flown home from Louisiana this week."),
//!     Document::from_text("source", "Iran said 120 of its nationals would be flown home from Louisiana this week."),
//! ];
//! let roles = Roles { suspect: vec![true, false], source: vec![false, true] };
//! let report = CheckReport::new(docs, &roles, &CheckOptions::default(), Limits::default(), &Registry::builtin());
//! assert!(report.suspects[0].check.reuse > 0.9);
//! ```
//!
//! Documents in another language carry its lexicon:
//! `Document::with_lexicon(path, text, Lexicon::load("de", None)?)`.

pub(crate) mod align;
pub(crate) mod attribution;
pub(crate) mod check;
pub(crate) mod clause;
pub mod error;
pub mod input;
pub mod lexicon;
pub mod lineage;
pub mod meaning;
pub mod meta;
pub mod model;
pub(crate) mod page;
pub(crate) mod provenance;
pub mod render;
pub mod report;
pub mod segment;
pub(crate) mod similarity;
pub mod span;
pub mod tokenize;

pub use error::{Error, Result, EXIT_DIFFERENT, EXIT_SAME, EXIT_TROUBLE};
pub use input::{load_all, load_one, LoadOptions};
pub use lexicon::Lexicon;
pub use model::{Document, Sentence};
pub use report::{
    AlignReport, CheckReport, DiffReport, Limits, LineageOptions, LineageReport, Roles,
    SuspectReport, TraceOptions, TraceReport,
};
pub use similarity::DEFAULT_MIN_SIMILARITY;
pub use span::Span;

// Changes of meaning, on every matched pair.
pub use meaning::{Flag, FlagKind};

// What `diff` reports.
pub use align::bounded::MAX_DIFF_ITEMS;
pub use align::{diff, Diff, DiffOptions, Op, OpKind, Summary, WordChange, WordOp};

// What `align` reports.
pub use align::{
    align, AlignOptions, Alignment, Member, Passage, SentenceRef, WitnessKind, WitnessWords,
    WordClass,
};

// What `trace` reports.
pub use attribution::cues::{Cue, Role};
pub use attribution::outlets::Mention;
pub use provenance::{
    Basis, DocumentOutlet, Evidence, EvidenceKind, Origin, Outlet, Registry, SentenceTrace, Trace,
};

// What `check` reports.
pub use check::{check, CheckOptions, Reuse, SourceShare, SuspectCheck, DEFAULT_MIN_PASSAGE};
