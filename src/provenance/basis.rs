//! Why a sentence has its origin, and who spoke: each decided origin is
//! read back from its strongest evidence into a [`Basis`], the speaker (a
//! person or institution, also when the origin is the outlet they talked
//! to) and, for a copy, the sentence it was copied from.
//!
//! | basis | when |
//! |---|---|
//! | `credited` | a cue in the sentence credits a news outlet (`X reported`) |
//! | `speaker` | the sentence reports a statement: made in public (the origin is the speaker) or to an outlet (the origin is the outlet, the speaker beside it) |
//! | `copied` | another document's version of the passage carries the credit (`via` names it) |
//! | `own-reporting` | the writer's own: no credit, or the document outlet's own checking |
//! | `boilerplate` | page furniture |
//!
//! A sentence that continues the previous one (`He added…`) has that
//! sentence's basis and speaker.

use super::origin::{EvidenceKind, Origin, SentenceTrace};
use super::wording::continues_statement;
use crate::attribution::cues::{Cue, Role};
use crate::attribution::outlets::Registry;
use crate::model::Document;

/// Why a sentence has its origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Basis {
    /// A cue in the sentence credits a news outlet.
    Credited,
    /// A statement: by the origin, or (an interview) to the origin.
    Speaker,
    /// Another document's version carries the credit.
    Copied,
    /// The writer's own reporting.
    #[default]
    OwnReporting,
    /// Page furniture.
    Boilerplate,
}

impl Basis {
    /// The name used in output.
    pub fn name(self) -> &'static str {
        match self {
            Basis::Credited => "credited",
            Basis::Speaker => "speaker",
            Basis::Copied => "copied",
            Basis::OwnReporting => "own-reporting",
            Basis::Boilerplate => "boilerplate",
        }
    }
}

/// The cues of every sentence of every document, and the registry they index.
pub(super) struct Cues<'a> {
    pub(super) docs: &'a [Document],
    pub(super) cues: &'a [Vec<Vec<Cue>>],
    pub(super) registry: &'a Registry,
}

impl Cues<'_> {
    /// Fill in the basis, speaker and copy of `t`, sentence `s` of document
    /// `d`, given the previous sentence's trace.
    pub(super) fn resolve(
        &self,
        d: usize,
        s: usize,
        t: &mut SentenceTrace,
        previous: Option<&SentenceTrace>,
    ) {
        let o = match t.origin {
            Origin::Boilerplate => {
                t.basis = Basis::Boilerplate;
                return;
            }
            Origin::Own => {
                t.basis = Basis::OwnReporting;
                // `“The earth shook,” he said` after a resident's statement
                // to the writer: the same speaker.
                let doc = &self.docs[d];
                let continued = previous
                    .filter(|p| p.origin == Origin::Own)
                    .filter(|_| s > 0 && continues_statement(doc, s))
                    .and_then(|p| p.speaker);
                t.speaker = self.speaker_in(d, s, None).or(continued);
                return;
            }
            Origin::Outlet(o) => o,
        };
        let Some(e) = t.evidence.iter().find(|e| e.outlet == o).copied() else {
            return;
        };
        let speaks = self.registry.outlets[o].is_speaker();
        match e.kind {
            EvidenceKind::Cue => {
                let role = self.cues[d][s]
                    .iter()
                    .find(|c| c.span == e.span && c.outlet == o)
                    .map(|c| c.role);
                t.basis = match role {
                    Some(Role::Reported) if !speaks => Basis::Credited,
                    _ => Basis::Speaker,
                };
                t.speaker = if speaks {
                    Some(o)
                } else {
                    self.speaker_in(d, s, Some(o))
                };
            }
            EvidenceKind::Quote => {
                t.basis = Basis::Speaker;
                t.speaker = self.speaker_named(self.docs[e.doc].slice(e.span));
            }
            EvidenceKind::Context => {
                if let Some(p) = previous {
                    t.basis = p.basis;
                    t.speaker = p.speaker;
                    t.via = p.via;
                }
            }
            EvidenceKind::Passage => {
                t.basis = Basis::Copied;
                t.via = Some((e.doc, e.sentence));
                t.speaker = if speaks {
                    Some(o)
                } else {
                    self.speaker_in(e.doc, e.sentence, Some(o))
                };
            }
            EvidenceKind::Document => t.basis = Basis::OwnReporting,
            EvidenceKind::Restated => {
                t.basis = Basis::Copied;
                t.via = Some((e.doc, e.sentence));
            }
        }
    }

    /// The first speaker (institution or person) making a statement in
    /// sentence `s` of document `d`, other than `except`.
    fn speaker_in(&self, d: usize, s: usize, except: Option<usize>) -> Option<usize> {
        self.cues[d][s]
            .iter()
            .filter(|c| Some(c.outlet) != except)
            .find(|c| c.role == Role::Source && self.registry.outlets[c.outlet].is_speaker())
            .map(|c| c.outlet)
    }

    /// The discovered speaker known by `name` (a surname), if any.
    fn speaker_named(&self, name: &str) -> Option<usize> {
        self.registry
            .outlets
            .iter()
            .position(|o| o.is_discovered() && o.aliases.iter().any(|a| a == name))
    }
}
