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
use wirediff::Alignment;

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

/// Two sentences, each `(document, sentence)`, the smaller first.
pub type Pair = ((usize, usize), (usize, usize));

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

/// The pairs of `(document, sentence)` members from different documents,
/// each ordered smaller first.
pub fn cross_pairs(members: &[(usize, usize)]) -> Vec<Pair> {
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

/// The true reuse share of document `suspect` of `corpus` against the
/// documents `sources`: the share of its words (word tokens) in sentences
/// that carry a fact some source also carries.
pub fn reuse_truth(corpus: &Corpus, suspect: usize, sources: &[usize]) -> f32 {
    let known: HashSet<u32> = sources
        .iter()
        .filter(|&&s| s != suspect)
        .flat_map(|&s| corpus.docs[s].1.facts.iter().flatten().copied())
        .collect();
    let doc = wirediff::Document::from_text("suspect", corpus.docs[suspect].1.text.as_str());
    let (mut reused, mut total) = (0usize, 0usize);
    for (s, facts) in corpus.docs[suspect].1.facts.iter().enumerate() {
        let Some(sentence) = doc.sentences.get(s) else {
            continue;
        };
        let words = wirediff::tokenize::tokens(doc.slice(sentence.span), 0, &doc.lexicon).len();
        total += words;
        if facts.iter().any(|f| known.contains(f)) {
            reused += words;
        }
    }
    if total == 0 {
        0.0
    } else {
        reused as f32 / total as f32
    }
}

/// A corpus for reuse checks with known shares: `stories` families of five
/// versions, plus one *mixed* suspect per family, appended after them: a
/// rewrite of the family followed by a new, unrelated story of 5 to 60
/// sentences, so the true reuse share ranges from about a third to nearly
/// all. Returns the corpus and, for each mixed suspect, its index and the
/// index of the rewrite it was built from (to leave out of its sources).
pub fn mixed_corpus(seed: u64, stories: usize, strength: f64) -> (Corpus, Vec<(usize, usize)>) {
    let mut c = super::corpus(seed, stories, 5, 40, strength);
    let mut rng = super::Rng::new(seed ^ 0x5eed);
    let mut mixed = Vec::new();
    for k in 0..stories {
        let base = k * 5 + 1 + rng.below(4);
        let Some((name, version)) = c.docs.get(base).cloned() else {
            continue;
        };
        // Story ids from 4,000 keep fact ids clear of the corpus's own.
        let id = 4_000 + k as u32;
        let length = rng.between(5, 60);
        let fresh = super::family(&mut rng, id, length, 1, 0.0);
        let Some(fresh) = fresh.into_iter().next() else {
            continue;
        };
        let mut v = version;
        v.text.push('\n');
        v.text.push_str(&fresh.text);
        v.facts.extend(fresh.facts);
        v.parent = None;
        mixed.push((c.docs.len(), base));
        c.docs.push((format!("{name}-mixed"), v));
    }
    (c, mixed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus;
    use wirediff::{align, AlignOptions};

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
