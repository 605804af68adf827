//! How well an [`Alignment`] of a generated [`Corpus`] matches the
//! generator's truth.
//!
//! Two sentences of different documents are a *true pair* when they carry a
//! fact in common (see [`super::Version::facts`]); the *found pairs* are the
//! pairs of sentences of different documents in one passage. Precision is
//! the share of found pairs that are true, recall the share of true pairs
//! found.

use std::collections::{HashMap, HashSet};

use super::Corpus;
use crate::align::Alignment;

/// Precision and recall of sentence pairs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PairAccuracy {
    /// Pairs the truth has.
    pub true_pairs: usize,
    /// Pairs the alignment has.
    pub found_pairs: usize,
    /// Pairs both have.
    pub right: usize,
}

impl PairAccuracy {
    /// Share of found pairs that are true (1 when nothing was found).
    pub fn precision(&self) -> f64 {
        if self.found_pairs == 0 {
            1.0
        } else {
            self.right as f64 / self.found_pairs as f64
        }
    }

    /// Share of true pairs found (1 when there are none).
    pub fn recall(&self) -> f64 {
        if self.true_pairs == 0 {
            1.0
        } else {
            self.right as f64 / self.true_pairs as f64
        }
    }
}

type Pair = ((usize, usize), (usize, usize));

/// Score `alignment` (of `corpus.documents()`, in order) against the truth.
pub fn pair_accuracy(corpus: &Corpus, alignment: &Alignment) -> PairAccuracy {
    let mut by_fact: HashMap<u32, Vec<(usize, usize)>> = HashMap::new();
    for (d, (_, version)) in corpus.docs.iter().enumerate() {
        for (s, facts) in version.facts.iter().enumerate() {
            for &f in facts {
                by_fact.entry(f).or_default().push((d, s));
            }
        }
    }
    let truth: HashSet<Pair> = by_fact.values().flat_map(|m| cross_pairs(m)).collect();
    let found: HashSet<Pair> = alignment
        .passages
        .iter()
        .flat_map(|p| {
            let members: Vec<(usize, usize)> =
                p.members.iter().map(|m| (m.doc, m.sentence)).collect();
            cross_pairs(&members)
        })
        .collect();
    PairAccuracy {
        true_pairs: truth.len(),
        found_pairs: found.len(),
        right: found.intersection(&truth).count(),
    }
}

/// Pairs of members from different documents, each ordered.
fn cross_pairs(members: &[(usize, usize)]) -> Vec<Pair> {
    let mut out = Vec::new();
    for (k, &a) in members.iter().enumerate() {
        for &b in &members[k + 1..] {
            if a.0 != b.0 {
                out.push((a.min(b), a.max(b)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{align, AlignOptions};
    use crate::synth::corpus;

    #[test]
    fn unedited_copies_align_perfectly() {
        let c = corpus(3, 2, 3, 12, 0.0);
        let a = align(&c.documents(), &AlignOptions::default());
        let acc = pair_accuracy(&c, &a);
        assert!(acc.true_pairs > 0);
        assert_eq!(acc.right, acc.true_pairs);
        assert_eq!(acc.precision(), 1.0);
    }
}
