//! Provenance: whose reporting each sentence is.
//!
//! The outlets and their cues in the text come from [`crate::attribution`],
//! the credits and the page furniture from [`crate::page`];
//!
//! * [`speakers`]: people linked to the outlet they talked to;
//! * [`statements`]: the people and organisations the documents quote,
//!   found by the shape of a statement;
//! * [`document`]: which outlet a document itself is;
//! * [`copies`]: which documents are copies of one text;
//! * [`origin`]: every sentence's origin with its evidence;
//! * [`basis`]: why (credited, a speaker's statement, copied, own reporting,
//!   boilerplate), who spoke, and what a copy was copied from.

pub mod basis;
mod copies;
pub mod document;
pub mod origin;
mod restated;
pub mod speakers;
pub mod statements;
mod wording;

pub use crate::attribution::outlets::{Outlet, Registry};
pub use basis::Basis;
pub use origin::{trace, DocumentOutlet, Evidence, EvidenceKind, Origin, SentenceTrace, Trace};
