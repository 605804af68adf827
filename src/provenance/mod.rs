//! Provenance: whose reporting each sentence is.
//!
//! * [`outlets`]: the registry of outlets and institutions (embedded JSON,
//!   extended with `--outlets FILE`) and their mentions in text;
//! * [`cues`]: attribution cues and their roles (reported, source,
//!   interviewer, inquiry);
//! * [`speakers`]: people linked to the outlet they talked to;
//! * [`credits`]: datelines, bylines, credit and copyright lines, syndication
//!   tags and mastheads: how a text names its own author or carrier;
//! * [`furniture`]: page furniture (teasers, credits) that is not story text;
//! * [`document`]: which outlet a document itself is;
//! * [`origin`]: every sentence's origin with its evidence.

pub mod credits;
pub mod cues;
pub mod document;
pub mod furniture;
pub mod origin;
pub mod outlets;
pub mod speakers;

pub use origin::{trace, DocumentOutlet, Evidence, EvidenceKind, Origin, SentenceTrace, Trace};
pub use outlets::{Outlet, Registry};
