//! Which way an edge points: evidence that one document's text came first.
//!
//! * **credit**: the derived document credits the other's outlet (`…,
//!   reports the AP` in a rewrite of an AP copy), or a wire agency the
//!   other, naming no writer, never credits (weaker);
//! * **wire**: the source is a wire agency's copy (its text names the
//!   agency as its author) and the other is not the agency's;
//! * **named**: the source's text names its author and the other's names
//!   none (a copy that dropped the dateline);
//! * **combines**: the derived document also carries another document's
//!   text that the source does not (a rewrite that merges two reports);
//! * **trimmed**: the derived document is the source's text word for word,
//!   cut short (a copy drops);
//! * **published**: the metadata (`--meta`) dates the source surely before
//!   the derived document (their time windows do not overlap). Strong, not
//!   final: a wire story updated after a site copied it carries the later
//!   time, so the text's evidence can outweigh it, and the edge then says
//!   the two disagree;
//! * **dated**: without metadata, the pages' own timestamps
//!   (`page/timestamps.rs`) date the source surely before the derived
//!   document (weaker: a page may print when it was last changed).
//!
//! The weights add up per direction; a direction is decided only when its
//! evidence is strong enough and clearly stronger than the other's.
//! Otherwise the edge is undecided: saying so is a valid answer.

use super::{Shares, EDGE_SHARE};
use crate::attribution::cues::Role;
use crate::attribution::outlets::Registry;
use crate::meta::{DocMeta, Published};
use crate::model::{Document, Span};
use crate::page::timestamps::{timestamp, Stamp};
use crate::provenance::document::names_writer;
use crate::provenance::Trace;

/// Least total weight for a direction.
const DECIDE: f32 = 0.5;
/// How much the winning direction's weight must exceed the other's.
const MARGIN: f32 = 0.3;
/// Weight of the metadata's published times: alone it decides; a credit
/// against it leaves the edge undecided.
const PUBLISHED: f32 = 0.8;
/// Weight of the pages' own timestamps.
const DATED: f32 = 0.6;
/// Least share of a trimmed copy's own words that are verbatim its source.
const TRIMMED_COPY: f32 = 0.8;
/// How much less of the source the copy carries than the copy of the source.
const TRIMMED_GAP: f32 = 0.2;

/// The direction of an edge between its `from` and `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// `from` came first; `to` derives from it.
    Forward,
    /// The other way (only while deciding).
    Backward,
    /// No evidence decides.
    Undecided,
}

/// What kind of evidence points one way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectionKind {
    /// The derived document credits the source's outlet.
    Credit,
    /// The source is a wire agency's copy, the other not.
    Wire,
    /// The source names its author, the other none.
    Named,
    /// The derived document also carries another document's text.
    Combines,
    /// The derived document is a trimmed verbatim copy of the source.
    Trimmed,
    /// The metadata dates the source before the derived document.
    Published,
    /// The pages' own timestamps date the source before the derived one.
    Dated,
}

impl DirectionKind {
    /// The name used in output.
    pub fn name(self) -> &'static str {
        match self {
            DirectionKind::Credit => "credit",
            DirectionKind::Wire => "wire",
            DirectionKind::Named => "named",
            DirectionKind::Combines => "combines",
            DirectionKind::Trimmed => "trimmed",
            DirectionKind::Published => "published",
            DirectionKind::Dated => "dated",
        }
    }
}

/// One piece of evidence that `source` came before `derived`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DirectionEvidence {
    /// What kind.
    pub kind: DirectionKind,
    /// The document it says came first.
    pub source: usize,
    /// The document it says derives.
    pub derived: usize,
    /// How much it counts.
    pub weight: f32,
    /// The outlet it rests on (the credited one, or the source's own).
    pub outlet: Option<usize>,
    /// Where the text says so: (document, sentence, span of the words).
    pub at: Option<(usize, usize, Span)>,
    /// For `combines`: the other document the derived one carries.
    pub other: Option<usize>,
}

/// What each document says of authorship: the outlet it names as its
/// writer (a dateline, byline or credit line: its document outlet, unless
/// its own text credits that outlet as a source), and where each outlet is
/// credited in it as a source (`…, reports the AP`).
pub(super) struct Authors<'m> {
    writer: Vec<Option<usize>>,
    /// When each document was published, when the metadata says.
    published: Vec<Option<&'m Published>>,
    /// Each page's own timestamp, when it prints one.
    stamps: Vec<Option<Stamp>>,
    /// (outlet, sentence, span of the cue, the outlet reported the content
    /// rather than heard it: not `told the AP`).
    credits: Vec<Vec<(usize, usize, Span, bool)>>,
}

impl<'m> Authors<'m> {
    pub(super) fn new(docs: &[Document], trace: &Trace, meta: &'m [DocMeta]) -> Self {
        let credits: Vec<Vec<(usize, usize, Span, bool)>> = docs
            .iter()
            .zip(&trace.cues)
            .map(|(doc, cues)| {
                cues.iter()
                    .enumerate()
                    .flat_map(|(s, cs)| {
                        cs.iter()
                            .filter(move |c| c.role.credits() && !names_writer(doc, s, c))
                            .map(move |c| (c.outlet, s, c.span, c.role == Role::Reported))
                    })
                    .collect()
            })
            .collect();
        let writer = (0..docs.len())
            .map(|d| {
                trace.outlets[d]
                    .outlet
                    .filter(|o| !credits[d].iter().any(|c| c.0 == *o))
            })
            .collect();
        let published = (0..docs.len())
            .map(|d| meta.get(d).and_then(|m| m.published.as_ref()))
            .collect();
        Authors {
            writer,
            published,
            stamps: docs.iter().map(timestamp).collect(),
            credits,
        }
    }
}

/// The direction of the edge between documents `a` and `b` (`Forward`:
/// from `a` to `b`), how sure (the winning side's weight less the other's,
/// at most 1), and all the evidence, strongest first.
pub(super) fn decide(
    authors: &Authors,
    registry: &Registry,
    shares: &Shares,
    a: usize,
    b: usize,
    same_family: bool,
) -> (Direction, f32, Vec<DirectionEvidence>) {
    let mut evidence = Vec::new();
    for (source, derived) in [(a, b), (b, a)] {
        evidence.extend(credit(authors, registry, source, derived));
        evidence.extend(trimmed(shares, source, derived));
        evidence.extend(published(authors, source, derived));
        if !same_family {
            evidence.extend(authorship(authors, registry, source, derived));
            evidence.extend(combines(shares, source, derived));
        }
    }
    evidence.sort_by(|x, y| y.weight.total_cmp(&x.weight));
    let weight = |source: usize| -> f32 {
        evidence
            .iter()
            .filter(|e| e.source == source)
            .map(|e| e.weight)
            .sum()
    };
    let (fa, fb) = (weight(a), weight(b));
    let direction = if fa >= DECIDE && fa >= fb + MARGIN {
        Direction::Forward
    } else if fb >= DECIDE && fb >= fa + MARGIN {
        Direction::Backward
    } else {
        Direction::Undecided
    };
    // How far the winner's evidence outweighs the other side's, 0–1.
    let confidence = match direction {
        Direction::Undecided => 0.0,
        _ => (fa - fb).abs().min(1.0),
    };
    (direction, confidence, evidence)
}

/// `derived` credits, as a source, the outlet `source` names as its writer
/// (weight 1); or `source` names no writer and `derived` credits a wire
/// agency that `source` never credits, whose text `source` may well be
/// (weight 0.5: `…, reports the AP` in a summary of an AP copy that lost
/// its dateline; it misleads when the crediting text is a carrier's copy of
/// the wire text and the other a rewrite of it).
fn credit(
    authors: &Authors,
    registry: &Registry,
    source: usize,
    derived: usize,
) -> Option<DirectionEvidence> {
    let (outlet, weight) = match authors.writer[source] {
        Some(o) => (o, 1.0),
        None => {
            let wire = |o: usize| registry.outlets[o].kind == "wire";
            let o = authors.credits[derived]
                .iter()
                .filter(|c| c.3)
                .map(|c| c.0)
                .find(|&o| wire(o) && !authors.credits[source].iter().any(|c| c.0 == o))?;
            (o, 0.5)
        }
    };
    let &(_, s, span, _) = authors.credits[derived].iter().find(|c| c.0 == outlet)?;
    Some(DirectionEvidence {
        kind: DirectionKind::Credit,
        source,
        derived,
        weight,
        outlet: Some(outlet),
        at: Some((derived, s, span)),
        other: None,
    })
}

/// `source` names its writer (a wire agency weighs more, unless `derived`
/// names another agency) and `derived` names another or none: a text that
/// carries its author's name is closer to the original than one that lost
/// it.
fn authorship(
    authors: &Authors,
    registry: &Registry,
    source: usize,
    derived: usize,
) -> Option<DirectionEvidence> {
    let outlet = authors.writer[source]?;
    let other = authors.writer[derived];
    if other == Some(outlet) {
        return None;
    }
    let wire = |o: usize| registry.outlets[o].kind == "wire";
    let (kind, weight) = match (wire(outlet), other) {
        // Two agencies' copies of one text: which wire ran it first is not
        // told by both being wires.
        (true, Some(o)) if wire(o) => return None,
        (true, _) => (DirectionKind::Wire, 0.6),
        (false, None) => (DirectionKind::Named, 0.3),
        (false, Some(_)) => return None,
    };
    Some(DirectionEvidence {
        kind,
        source,
        derived,
        weight,
        outlet: Some(outlet),
        at: None,
        other: None,
    })
}

/// The metadata dates `source` surely before `derived`; or, when it dates
/// neither, the pages' own timestamps do.
fn published(authors: &Authors, source: usize, derived: usize) -> Option<DirectionEvidence> {
    let evidence = |kind, weight, at| DirectionEvidence {
        kind,
        source,
        derived,
        weight,
        outlet: None,
        at,
        other: None,
    };
    if let (Some(a), Some(b)) = (authors.published[source], authors.published[derived]) {
        return a
            .before(b)
            .then(|| evidence(DirectionKind::Published, PUBLISHED, None));
    }
    let (a, b) = (
        authors.stamps[source].as_ref()?,
        authors.stamps[derived].as_ref()?,
    );
    a.published.before(&b.published).then(|| {
        evidence(
            DirectionKind::Dated,
            DATED,
            Some((source, a.sentence, a.span)),
        )
    })
}

/// `derived` is a trimmed copy of `source`: nearly all of its own words are
/// verbatim `source`, while `source` has much that `derived` lacks. Sites
/// cut wire copy far more often than they lengthen it word for word.
fn trimmed(shares: &Shares, source: usize, derived: usize) -> Option<DirectionEvidence> {
    let (copy, back) = (
        shares.verbatim(derived, source),
        shares.verbatim(source, derived),
    );
    (copy >= TRIMMED_COPY && back <= copy - TRIMMED_GAP).then_some(DirectionEvidence {
        kind: DirectionKind::Trimmed,
        source,
        derived,
        weight: 0.5,
        outlet: None,
        at: None,
        other: None,
    })
}

/// `derived` also carries the text of a third document that `source` does
/// not carry: it merges `source` with another report.
fn combines(shares: &Shares, source: usize, derived: usize) -> Option<DirectionEvidence> {
    // A text that merges another into itself carries most of it: the
    // source's share in the derived text is at least the other way round.
    if shares.all(source, derived) < shares.all(derived, source) {
        return None;
    }
    let other = shares.neighbours[derived]
        .iter()
        .copied()
        .filter(|&c| c != source)
        .filter(|&c| {
            shares.all(derived, c) >= EDGE_SHARE && shares.all(source, c) < EDGE_SHARE / 2.0
        })
        // The third document is not a copy of the source.
        .filter(|&c| shares.all(c, source) < EDGE_SHARE)
        .max_by(|&x, &y| shares.all(derived, x).total_cmp(&shares.all(derived, y)))?;
    Some(DirectionEvidence {
        kind: DirectionKind::Combines,
        source,
        derived,
        weight: 0.35,
        outlet: None,
        at: None,
        other: Some(other),
    })
}
