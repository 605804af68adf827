//! wirediff: compare rewrites of the same news story sentence by sentence.
//!
//! The library does the work with no terminal code in it; the data flows one
//! way:
//!
//! [`input`] (files → [`Document`]) → [`segment`] (sentences as byte spans) →
//! [`tokenize`] (comparison keys) → [`similarity`] (how alike two sentences
//! are) → [`align`] (which sentences match, and how) → [`render`] (text and
//! JSON).
//!
//! ```
//! use wirediff::{align::{DiffOptions, OpKind}, Document};
//! let old = Document::from_text("old.txt", "Iran confirmed the flight. It landed in Tehran.");
//! let new = Document::from_text("new.txt", "Iran confirmed the flight. A second flight is planned.");
//! let d = wirediff::diff(&old, &new, &DiffOptions::default());
//! assert_eq!(d.ops[0].kind, OpKind::Equal);
//! assert_eq!(d.summary.added, 1);
//! assert_eq!(d.summary.dropped, 1);
//! ```

pub mod align;
pub mod check;
pub mod error;
pub mod input;
pub mod lexicon;
pub mod model;
pub mod provenance;
pub mod render;
pub mod report;
pub mod segment;
pub mod similarity;
pub mod span;
pub mod synth;
pub mod tokenize;

pub use align::bounded::MAX_DIFF_ITEMS;
pub use align::{align, diff, AlignOptions, Alignment, Diff, DiffOptions};
pub use check::CheckOptions;
pub use error::{Error, Result};
pub use input::{load_all, load_one, LoadOptions};
pub use lexicon::Lexicon;
pub use model::{Document, Sentence, Span};
pub use report::{
    AlignReport, CheckReport, DiffReport, Limits, Roles, SuspectReport, TraceOptions, TraceReport,
};
