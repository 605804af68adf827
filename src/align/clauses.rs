//! Partial links from clauses: a long sentence that merges two facts
//! ("…will leave at the end of 2024, while Chairman Larry Kellner will not
//! stand for re-election") is a partial witness of each fact that another
//! document tells in a sentence of its own, even when the whole merged
//! sentence scores too low against either.
//!
//! For two documents, each clause ([`crate::clause`]) of a sentence is
//! scored against the other document's sentences that share content with
//! that sentence. A clause links its sentence to a sentence of the other
//! document as a *partial* witness when it matches it from
//! [`CLAUSE_FACTOR`] times the similarity threshold (a clause is short, and
//! short texts share words by chance), better than the whole sentence does,
//! with at least
//! [`MIN_PASSAGE_TERMS`] shared terms, and each is the other's best such
//! match (one clause, one partner).

use super::cluster::{Link, Node};
use super::matcher::SharedPair;
use super::multi::MIN_PASSAGE_TERMS;
use crate::similarity::Profiles;

/// A clause matches a sentence from this many times the similarity threshold.
pub const CLAUSE_FACTOR: f32 = 1.7;

/// One clause match: the clause's score, the two sentences' own score, the
/// whole sentence (document, sentence), the clause's index and the partner.
#[derive(Debug, Clone, Copy)]
struct ClauseMatch {
    score: f32,
    sentences: f32,
    whole: (usize, usize),
    clause: usize,
    part: (usize, usize),
}

/// The partial links between documents `a` and `b` of `p` that clauses
/// make; `pairs` are their sentence pairs that share content, `usable(d, s)`
/// says whether sentence `s` of document `d` may be linked, `node` numbers
/// a sentence, `min` is the similarity threshold.
pub(super) fn clause_links(
    p: &Profiles,
    pairs: &[SharedPair],
    usable: impl Fn(usize, usize) -> bool,
    node: impl Fn(usize, usize) -> Node,
    [a, b]: [usize; 2],
    min: f32,
) -> Vec<Link> {
    let mut found: Vec<ClauseMatch> = Vec::new();
    for pair in pairs {
        for ((dw, w), (dp, s)) in [((a, pair.a), (b, pair.b)), ((b, pair.b), (a, pair.a))] {
            if !usable(dw, w) || !usable(dp, s) {
                continue;
            }
            let part = &p.docs[dp][s].terms;
            for (k, (_, terms)) in p.docs[dw][w].clauses.iter().enumerate() {
                let sim = p.similarity(terms, part);
                let close = sim.score >= CLAUSE_FACTOR * min && sim.score > pair.raw;
                if close && sim.shared >= MIN_PASSAGE_TERMS {
                    found.push(ClauseMatch {
                        score: sim.score,
                        sentences: pair.raw,
                        whole: (dw, w),
                        clause: k,
                        part: (dp, s),
                    });
                }
            }
        }
    }
    found.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(x.whole.cmp(&y.whole))
            .then(x.clause.cmp(&y.clause))
            .then(x.part.cmp(&y.part))
    });
    let mut clause_taken = std::collections::HashSet::new();
    let mut part_taken = std::collections::HashSet::new();
    let mut out = Vec::new();
    for m in found {
        if clause_taken.insert((m.whole, m.clause)) && part_taken.insert(m.part) {
            out.push(Link::Partial {
                whole: node(m.whole.0, m.whole.1),
                part: node(m.part.0, m.part.1),
                // Ranked by the sentences' own score: sentence links, which
                // join groups, come first.
                score: m.sentences,
            });
        }
    }
    out
}
