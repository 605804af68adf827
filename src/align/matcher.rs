//! Sentence matching, the one entry point `diff`, `align` and `check` share.
//!
//! Given the [`Profiles`] of a set of documents, the matcher says which
//! pairs of documents are worth comparing ([`candidate_pairs`],
//! [`candidate_sources`], from the inverted index of rare keys in
//! [`super::index`]) and which sentences of two documents carry the same
//! content ([`matches`]: the steps of [`super::pair`], each group scored
//! once). Callers never reach into `pair` or `index` themselves.

use super::pair::{match_documents, scored_pairs, union_all};
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

/// Every pair of sentences of documents `a` and `b` of `p` scoring at least
/// `min` (heading pairs discounted), best first, whether or not it ended
/// in a match: `(score, sentence of a, sentence of b)`.
pub(crate) fn scored_sentence_pairs(
    p: &Profiles,
    a: usize,
    b: usize,
    min: f32,
) -> Vec<(f32, usize, usize)> {
    scored_pairs(p, [a, b], min, |_| true, |_| true)
}
