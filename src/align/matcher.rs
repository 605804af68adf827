//! Sentence matching, the one entry point `diff`, `align` and `check` share.
//!
//! Given the [`Profiles`] of a set of documents, the matcher says which
//! pairs of documents are worth comparing ([`candidate_pairs`],
//! [`candidate_sources`], from the inverted index of rare keys in
//! [`super::index`]) and which sentences of two documents carry the same
//! content ([`matches`]: the steps of [`super::pair`], each group scored
//! once). Callers never reach into `pair` or `index` themselves.

use super::pair::{match_documents, scored_pairs, union_all, HEADING_MISMATCH};
use crate::similarity::{Profiles, Similarity, TermId};

pub(crate) use super::index::{candidate_pairs, candidate_sources};
/// The content terms of several sentences of one document, sorted and unique.
pub(crate) use super::pair::union_all as terms_of;

/// Weighted Dice from which matched sentences count as verbatim.
pub const VERBATIM_DICE: f32 = 0.9;

/// Sentences of two documents that carry the same content.
#[derive(Debug, Clone)]
pub(crate) struct Match {
    /// Sentence indexes in the first document, ascending and adjacent.
    pub old: Vec<usize>,
    /// Sentence indexes in the second document, ascending and adjacent.
    pub new: Vec<usize>,
    /// The content terms of each side.
    pub terms: [Vec<TermId>; 2],
    /// How alike the two sides are.
    pub similarity: Similarity,
}

/// The matched groups of documents `old` and `new` of `p` (indexes into
/// `p.docs`), sorted by their first NEW sentence, each with its similarity.
pub(crate) fn matches(p: &Profiles, old: usize, new: usize, min: f32) -> Vec<Match> {
    match_documents(p, old, new, min)
        .into_iter()
        .map(|g| {
            let terms = [union_all(p, old, &g.old), union_all(p, new, &g.new)];
            let similarity = p.similarity(&terms[0], &terms[1]);
            Match {
                old: g.old,
                new: g.new,
                terms,
                similarity,
            }
        })
        .collect()
}

/// Two sentences of two documents that share content.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SharedPair {
    /// Their similarity as matching counts it (a heading against a body
    /// sentence discounted).
    pub score: f32,
    /// Their similarity as it is.
    pub raw: f32,
    /// Sentence of the first document.
    pub a: usize,
    /// Sentence of the second document.
    pub b: usize,
}

/// Every pair of sentences of documents `a` and `b` of `p` whose similarity
/// is at least `min` before any heading discount (a headline carries its
/// lede's main fact), best raw score first.
pub(crate) fn shared_sentence_pairs(p: &Profiles, a: usize, b: usize, min: f32) -> Vec<SharedPair> {
    scored_pairs(p, [a, b], min, 1.0, |_| true, |_| true)
        .into_iter()
        .map(|(raw, i, j)| {
            let score = if p.docs[a][i].heading != p.docs[b][j].heading {
                raw * HEADING_MISMATCH
            } else {
                raw
            };
            SharedPair {
                score,
                raw,
                a: i,
                b: j,
            }
        })
        .collect()
}
