//! Changes of meaning between the witnesses of each passage: every other
//! document's witness is compared with the passage's first witness (see
//! [`crate::meaning`]). A witness with a flag is never verbatim, nor is the
//! first witness it differs from, so a negated version is never one
//! verbatim passage.

use rayon::prelude::*;

use super::{Passage, WitnessKind};
use crate::meaning::{flags_between, worth_checking_texts, Side, TextWords};
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
    // The first witness is compared with every other: read it once.
    let ref_side = Side::new(ref_doc, ref_span);
    let ref_words = TextWords::new(ref_side.text, ref_side.inside);
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
        if ref_side.text == d.slice(span) {
            continue;
        }
        let side = Side::new(d, span);
        let Some(kinds) = worth_checking_texts(
            &ref_words,
            &TextWords::new(side.text, side.inside),
            &d.lexicon,
        ) else {
            continue;
        };
        let found = flags_between(&ref_side, &side, kinds, &d.lexicon);
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
