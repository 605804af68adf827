//! How alike two sentences are, and why.
//!
//! Each sentence becomes a [`Profile`]: the set of its content terms (the keys
//! of [`crate::tokenize`] that are not function words), interned as ids. A
//! term's weight is its inverse document frequency over all sentences being
//! compared, `ln(1 + N / df)`, boosted ×[`NUMBER_BOOST`] for numbers and
//! ×[`NAME_BOOST`] for names, so that `120`, `Noushabadi` or `Louisiana`
//! count for much more than `people` or `officials`.
//!
//! With `S` the weight of the shared terms and `A`, `B` the weights of each
//! side:
//!
//! * `dice = 2S / (A + B)`: overall overlap, 1.0 for the same content words;
//! * `containment = S / min(A, B)`: how much of the shorter sentence lies
//!   inside the longer one (a short sentence inside a long merged one);
//! * `score = max(dice, CONTAINMENT_FACTOR × containment × √(min(A,B) / max(A,B)))`,
//!   so a sentence half the size of its merged partner can still match while
//!   a headline a fifth the size of a body sentence does not; containment
//!   only counts when the two share at least [`MIN_CONTAINED_TERMS`] terms
//!   (a three-word headline or a name like `New York Times` inside a long
//!   sentence is not a match).
//!
//! The words of a sentence's credit phrases ("The New York Times reported",
//! "told the Tasnim news agency": [`crate::attribution::credit_spans`]) are
//! not terms: a shared credit is not shared content; unless the sentence has
//! fewer than [`MIN_CONTENT_TERMS`] terms besides, when the credit is what
//! it says.
//!
//! Pairs scoring at least the threshold (`--min-similarity`, default
//! [`DEFAULT_MIN_SIMILARITY`]) are the same content.

use std::collections::HashMap;

use crate::attribution::credit_spans;
use crate::clause::clauses;
use crate::model::Document;
use crate::span::Span;
use crate::tokenize::{self, TokenKind};

/// Default threshold for two sentences to count as the same content.
pub const DEFAULT_MIN_SIMILARITY: f32 = 0.3;
/// Weight multiplier of number terms.
pub const NUMBER_BOOST: f32 = 2.0;
/// Weight multiplier of name terms (capitalised words, initialisms).
pub const NAME_BOOST: f32 = 1.5;
/// A sentence with fewer distinct content terms than this once its credit
/// phrases are left out is about the credit, and keeps them as terms.
pub const MIN_CONTENT_TERMS: usize = 3;
/// How much containment counts against dice.
pub const CONTAINMENT_FACTOR: f32 = 0.8;
/// The two sentences must share this many content terms for containment to count.
pub const MIN_CONTAINED_TERMS: usize = 5;

/// Number of consecutive content terms in a shingle.
pub const SHINGLE: usize = 3;

/// Interned term ids.
pub type TermId = u32;

/// The comparison view of one sentence.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Content term ids, sorted and unique.
    pub terms: Vec<TermId>,
    /// Hash of every token key in order (function words too): equal hashes
    /// mean the same words in the same order.
    pub exact: u64,
    /// Number of word tokens.
    pub words: usize,
    /// A heading-like unit (headline, subhead, byline): no final punctuation.
    pub heading: bool,
    /// Hashes of each run of [`SHINGLE`] consecutive content terms, sorted
    /// and unique: keys for finding candidate pairs in a large corpus.
    pub shingles: Vec<u32>,
    /// The sentence's clauses ([`crate::clause`]) with their content terms
    /// (sorted, unique); empty for a sentence of one clause.
    pub clauses: Vec<(Span, Vec<TermId>)>,
}

/// Profiles of the sentences of several documents, with term weights computed
/// over all of them.
#[derive(Debug, Clone)]
pub struct Profiles {
    /// `docs[d][s]` is the profile of sentence `s` of document `d`.
    pub docs: Vec<Vec<Profile>>,
    /// Weight of each term id.
    pub weights: Vec<f32>,
}

/// A similarity score with its parts.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Similarity {
    /// The combined score in `[0, 1]`.
    pub score: f32,
    /// Weighted Dice overlap.
    pub dice: f32,
    /// Weighted containment of the shorter side in the longer.
    pub containment: f32,
    /// How many content terms the two share.
    pub shared: usize,
}

impl Profiles {
    /// Profile every sentence of `docs`.
    pub fn build(docs: &[&Document]) -> Self {
        let mut ids: HashMap<String, TermId> = HashMap::new();
        let mut kinds: Vec<TokenKind> = Vec::new();
        let mut df: Vec<u32> = Vec::new();
        let mut total = 0usize;
        let mut out = Vec::with_capacity(docs.len());
        for doc in docs {
            let mut profiles = Vec::with_capacity(doc.sentences.len());
            let credits = credit_spans(doc);
            for (sentence, credits) in doc.sentences.iter().zip(&credits) {
                let toks =
                    tokenize::tokens(doc.slice(sentence.span), sentence.span.start, &doc.lexicon);
                let credited =
                    |t: &tokenize::Token| credits.iter().any(|c| c.contains(t.span.start));
                let content = |t: &&tokenize::Token| !t.stop && !credited(t);
                // A sentence that is little but a credit ("The New York
                // Times first reported the news") is about the credit.
                let about_credit = !credits.is_empty() && {
                    let mut keys: Vec<&str> = toks
                        .iter()
                        .filter(content)
                        .map(|t| t.key.as_str())
                        .collect();
                    keys.sort_unstable();
                    keys.dedup();
                    keys.len() < MIN_CONTENT_TERMS
                };
                let clause_spans = if sentence.heading {
                    Vec::new()
                } else {
                    clauses(&doc.text, sentence.span, &doc.lexicon.segment)
                };
                let mut clause_terms: Vec<Vec<TermId>> = vec![Vec::new(); clause_spans.len()];
                let mut terms = Vec::new();
                for t in toks
                    .iter()
                    .filter(|t| !t.stop && (about_credit || !credited(t)))
                {
                    let next = ids.len() as TermId;
                    let id = *ids.entry(t.key.clone()).or_insert(next);
                    if id == next {
                        kinds.push(t.kind);
                        df.push(0);
                    } else if t.kind != TokenKind::Word {
                        kinds[id as usize] = t.kind;
                    }
                    terms.push(id);
                    if let Some(k) = clause_spans.iter().position(|c| c.contains(t.span.start)) {
                        clause_terms[k].push(id);
                    }
                }
                let clauses = clause_spans
                    .into_iter()
                    .zip(clause_terms)
                    .map(|(span, mut terms)| {
                        terms.sort_unstable();
                        terms.dedup();
                        (span, terms)
                    })
                    .collect();
                let shingles = shingles(&terms);
                terms.sort_unstable();
                terms.dedup();
                for &id in &terms {
                    df[id as usize] += 1;
                }
                total += 1;
                profiles.push(Profile {
                    terms,
                    exact: exact_hash(toks.iter().map(|t| t.key.as_str())),
                    words: toks.len(),
                    heading: sentence.heading,
                    shingles,
                    clauses,
                });
            }
            out.push(profiles);
        }
        let weights = df
            .iter()
            .zip(&kinds)
            .map(|(&df, &kind)| {
                let idf = (1.0 + total as f32 / df.max(1) as f32).ln();
                idf * match kind {
                    TokenKind::Number => NUMBER_BOOST,
                    TokenKind::Name => NAME_BOOST,
                    TokenKind::Word => 1.0,
                }
            })
            .collect();
        Profiles { docs: out, weights }
    }

    /// Total weight of a set of terms.
    pub fn weight(&self, terms: &[TermId]) -> f32 {
        terms.iter().map(|&t| self.weights[t as usize]).sum()
    }

    /// Similarity of two term sets (each sorted and unique).
    pub fn similarity(&self, a: &[TermId], b: &[TermId]) -> Similarity {
        let (shared, count) = self.weight_shared(a, b);
        let (wa, wb) = (self.weight(a), self.weight(b));
        if shared <= 0.0 || wa <= 0.0 || wb <= 0.0 {
            return Similarity::default();
        }
        let dice = 2.0 * shared / (wa + wb);
        let containment = shared / wa.min(wb);
        let contained_counts = count >= MIN_CONTAINED_TERMS;
        let score = if contained_counts {
            let balance = (wa.min(wb) / wa.max(wb)).sqrt();
            dice.max(CONTAINMENT_FACTOR * containment * balance)
        } else {
            dice
        };
        Similarity {
            score: score.min(1.0),
            dice,
            containment,
            shared: count,
        }
    }

    /// Similarity of sentence `a` of document `da` and sentence `b` of `db`.
    pub fn sentence_similarity(&self, da: usize, a: usize, db: usize, b: usize) -> Similarity {
        self.similarity(&self.docs[da][a].terms, &self.docs[db][b].terms)
    }

    /// Weight and number of the terms `a` and `b` share.
    fn weight_shared(&self, a: &[TermId], b: &[TermId]) -> (f32, usize) {
        let (mut i, mut j, mut sum, mut count) = (0, 0, 0.0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.weights[a[i] as usize];
                    count += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        (sum, count)
    }
}

/// Union of sorted unique term lists, sorted and unique.
pub fn union(a: &[TermId], b: &[TermId]) -> Vec<TermId> {
    let mut out: Vec<TermId> = a.iter().chain(b).copied().collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Hashes of the runs of [`SHINGLE`] consecutive terms of `terms` (in text
/// order), sorted and unique; the top bit is set so they never equal a term id.
fn shingles(terms: &[TermId]) -> Vec<u32> {
    let mut out: Vec<u32> = terms
        .windows(SHINGLE)
        .map(|w| {
            let h = w.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &t| {
                (h ^ u64::from(t)).wrapping_mul(0x0100_0000_01b3)
            });
            ((h >> 33) as u32) | 0x8000_0000
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn exact_hash<'a>(keys: impl Iterator<Item = &'a str>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for k in keys {
        k.hash(&mut h);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str, context: &str) -> Similarity {
        let da = Document::from_text("a", format!("{a}\n{context}"));
        let db = Document::from_text("b", b);
        let p = Profiles::build(&[&da, &db]);
        p.sentence_similarity(0, 0, 1, 0)
    }

    #[test]
    fn identical_content_scores_one() {
        let s = sim(
            "Iran deported 120 people.",
            "120 people were deported by Iran.",
            "",
        );
        assert!((s.score - 1.0).abs() < 1e-6, "{s:?}");
    }

    #[test]
    fn unrelated_sentences_score_zero() {
        let s = sim(
            "Iran deported 120 people.",
            "The weather in Paris was mild.",
            "",
        );
        assert_eq!(s.score, 0.0);
    }

    #[test]
    fn rare_anchor_outweighs_common_word() {
        let ctx = "Officials met. Officials spoke. Officials left. Officials came.";
        let anchor = sim(
            "Officials counted 1,710 crossings.",
            "There were 1,710 arrests.",
            ctx,
        );
        let common = sim(
            "Officials counted 1,710 crossings.",
            "Officials went home.",
            ctx,
        );
        assert!(anchor.score > common.score, "{anchor:?} vs {common:?}");
    }

    #[test]
    fn short_sentence_inside_merged_one_is_contained() {
        let s = sim(
            "Noushabadi said the Louisiana flight would stop in Qatar.",
            "Noushabadi said the Louisiana flight would stop in Qatar, and that 400 Iranians would follow within weeks after talks.",
            "",
        );
        assert!(
            s.containment > 0.99 && s.score >= DEFAULT_MIN_SIMILARITY,
            "{s:?}"
        );
    }
}
