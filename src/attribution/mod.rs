//! Attribution: who a sentence says reported or told what it says.
//!
//! * [`outlets`]: the registry of outlets and institutions (embedded JSON,
//!   extended with `--outlets FILE`) and their mentions in text;
//! * [`cues`]: attribution cues and their roles (reported, source,
//!   interviewer, inquiry, mention), by the lexicon's phrases.
//!
//! Alignment leaves the credit phrases out of what it compares
//! ([`credit_spans`]): two sentences that share only "The New York Times
//! reported" carry no common content. Provenance reads the same cues as
//! evidence of a sentence's origin.

pub mod cues;
pub mod outlets;

use std::sync::OnceLock;

use crate::model::{Document, Span};
use cues::{document_cues, Role};
use outlets::Registry;

/// The built-in registry, parsed once.
pub(crate) fn builtin() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(Registry::builtin)
}

/// For each sentence of `doc`, the spans of its credit phrases: an outlet
/// with the words that credit it as reporter ("The New York Times first
/// reported", "according to Reuters", "(AP) —"), as interviewer ("told the
/// Tasnim news agency") or as the asker of a comment ("did not respond to a
/// Reuters request for comment"), by the built-in registry. An institution
/// making its own statement ("the White House said") is content, not a
/// credit, and is kept.
pub(crate) fn credit_spans(doc: &Document) -> Vec<Vec<Span>> {
    document_cues(doc, builtin())
        .into_iter()
        .map(|cues| {
            cues.into_iter()
                .filter(|c| matches!(c.role, Role::Reported | Role::Interviewer | Role::Inquiry))
                .map(|c| c.span)
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_are_found_and_statements_kept() {
        let doc = Document::from_text(
            "d",
            "The Guardian first reported the closures. The White House said the mills would reopen.",
        );
        let spans = credit_spans(&doc);
        let first = &doc.text[spans[0][0].range()];
        assert!(
            first.contains("Guardian") && first.contains("reported"),
            "{first}"
        );
        assert!(spans[1].is_empty(), "{:?}", spans[1]);
    }
}
