//! Changes of meaning between the witnesses of each passage: every other
//! document's witness is compared with the passage's first witness (see
//! [`crate::meaning`]). A witness with a flag is never verbatim, nor is the
//! first witness it differs from, so a negated version is never one
//! verbatim passage.

use rayon::prelude::*;

use super::{Passage, WitnessKind};
use crate::meaning::{flags_of, starts_inside, worth_checking_texts};
use crate::model::Document;
use crate::span::Span;

/// The span a document's witness of `passage` covers: its members'
/// sentences, or the clause that carries the passage.
fn witness_span(docs: &[Document], passage: &Passage, doc: usize) -> Option<Span> {
    let ms: Vec<_> = passage.members.iter().filter(|m| m.doc == doc).collect();
    if ms.len() == 1 {
        if let Some(c) = ms[0].clause {
            return Some(c);
        }
        // A partial witness carries more than the passage: its other
        // content is no change of this content.
        if ms[0].kind == WitnessKind::Partial {
            return None;
        }
    }
    let d = &docs[doc];
    let first = ms.first()?.sentence;
    let last = ms.last()?.sentence;
    Some(d.sentences[first].span.cover(d.sentences[last].span))
}

/// Flag every passage's witnesses against its first witness, and demote
/// the verbatim ones that carry a flag.
pub(super) fn flag_passages(docs: &[Document], passages: &mut [Passage]) {
    passages.par_iter_mut().for_each(|p| flag_passage(docs, p));
}

fn flag_passage(docs: &[Document], passage: &mut Passage) {
    let Some(reference) = passage.members.first().map(|m| m.doc) else {
        return;
    };
    let Some(ref_span) = witness_span(docs, passage, reference) else {
        return;
    };
    let ref_doc = &docs[reference];
    let ref_inside = starts_inside(ref_doc, ref_span);
    let mut any = false;
    let mut k = 0;
    while k < passage.members.len() {
        let doc = passage.members[k].doc;
        let first = k;
        while k < passage.members.len() && passage.members[k].doc == doc {
            k += 1;
        }
        if doc == reference {
            continue;
        }
        let Some(span) = witness_span(docs, passage, doc) else {
            continue;
        };
        let d = &docs[doc];
        if ref_doc.slice(ref_span) == d.slice(span) {
            continue;
        }
        let inside = [ref_inside, starts_inside(d, span)];
        let Some(kinds) =
            worth_checking_texts(ref_doc.slice(ref_span), d.slice(span), inside, &d.lexicon)
        else {
            continue;
        };
        let found = flags_of(ref_doc, ref_span, d, span, kinds);
        if !found.is_empty() {
            any = true;
            for m in &mut passage.members[first..k] {
                if m.kind == WitnessKind::Verbatim {
                    m.kind = WitnessKind::Reworded;
                }
            }
            passage.flags.extend(found.into_iter().map(|f| (doc, f)));
        }
    }
    if any {
        for m in passage.members.iter_mut().filter(|m| m.doc == reference) {
            if m.kind == WitnessKind::Verbatim {
                m.kind = WitnessKind::Reworded;
            }
        }
        passage.kind = WitnessKind::Reworded;
    }
}
