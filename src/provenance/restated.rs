//! Headlines and ledes that restate a fact their own document credits
//! further down ("120 Iranians deported", then "…, told the Tasnim news
//! agency" two sentences later) take that credit.
//!
//! A sentence qualifies when it is left the writer's own, is a heading or
//! one of the first [`LEDE`] sentences, and most of its content terms
//! (containment at least [`MIN_CONTAINMENT`]) lie in one later sentence of
//! the same document whose origin is credited or a speaker's statement.

use super::basis::Basis;
use super::origin::{Evidence, EvidenceKind, Origin, SentenceTrace};
use crate::model::Document;
use crate::similarity::Profiles;

/// Sentences from the start of a document that count as its lede.
const LEDE: usize = 3;
/// Least share of a heading's or lede's content that the later sentence carries.
const MIN_CONTAINMENT: f32 = 0.6;
/// Evidence weight of a restatement (× containment).
const RESTATED: f32 = 0.8;

/// Give each headline or lede of `doc` (document `d`, traced as `traces`)
/// that restates a later credited sentence that sentence's origin. A
/// subhead inside the story is not a headline.
pub(super) fn take_later_credit(d: usize, doc: &Document, traces: &mut [SentenceTrace]) {
    let profiles = Profiles::build(&[doc]);
    // Headings before the first sentence of the story are headlines; later
    // ones are subheads, the writer's own labels for what follows.
    let story_starts = doc
        .sentences
        .iter()
        .position(|x| !x.heading)
        .unwrap_or(traces.len());
    for s in 0..traces.len() {
        let lede = s < LEDE.max(story_starts + 1);
        if !lede || traces[s].origin != Origin::Own {
            continue;
        }
        let best = (s + 1..traces.len())
            .filter(|&t| matches!(traces[t].basis, Basis::Credited | Basis::Speaker))
            .map(|t| (t, profiles.sentence_similarity(0, s, 0, t)))
            .filter(|(_, sim)| restates(&profiles, s, sim.containment))
            .max_by(|a, b| a.1.containment.total_cmp(&b.1.containment));
        let Some((t, sim)) = best else { continue };
        let Origin::Outlet(o) = traces[t].origin else {
            continue;
        };
        let weight = RESTATED * sim.containment;
        let speaker = traces[t].speaker;
        let trace = &mut traces[s];
        trace.evidence.insert(
            0,
            Evidence {
                kind: EvidenceKind::Restated,
                doc: d,
                sentence: t,
                span: doc.sentences[t].span,
                outlet: o,
                weight,
            },
        );
        trace.origin = Origin::Outlet(o);
        trace.confidence = weight.min(1.0);
        trace.basis = Basis::Copied;
        trace.speaker = speaker;
        trace.via = Some((d, t));
    }
}

/// Does a containment of `containment` make sentence `s` a restatement?
/// Its content must be more than a word or two.
fn restates(profiles: &Profiles, s: usize, containment: f32) -> bool {
    containment >= MIN_CONTAINMENT && profiles.docs[0][s].terms.len() >= 3
}
