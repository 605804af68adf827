//! Wording evidence for `check`: whether a suspect sentence's words derive
//! from a source (shared word sequences), as opposed to the same fact told
//! in other words.
//!
//! Each sentence is read once into its comparison keys ([`crate::tokenize`]),
//! which of them lie inside quotation marks (a quoted statement is the
//! speaker's wording, which every outlet may quote), and whether it is
//! *formulaic*: a phrase of the lexicon's `formulaic` section ("did not
//! immediately respond to a request for comment", "contributed to this
//! report") with hardly any other content around it. A source is read into
//! the set of its word trigrams (within sentences), remembering the first
//! sentence carrying each. A suspect sentence's *containment* in a source is
//! the share of its tokens covered by trigrams the source has too;
//! [`runs_share`] measures the share of a sentence's tokens in runs of two or
//! more words in the same order as in its matched source sentences.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use crate::model::Document;
use crate::tokenize::tokens;

/// Words a sentence needs outside quotation marks for its own wording to
/// count: below this, the sentence is neutral (it counts only inside a
/// passage derived from the same source).
pub(crate) const MIN_OWN_WORDS: usize = 6;

/// Largest product of two token counts compared by [`runs_share`]; longer
/// groups count as sharing no runs (bounded work on hostile input).
const MAX_RUN_CELLS: usize = 250_000;

/// One sentence's words, as wording evidence.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceWords {
    /// Comparison keys, hashed, in order.
    pub keys: Vec<u64>,
    /// `quoted[i]`: token `i` lies inside quotation marks.
    pub quoted: Vec<bool>,
    /// Tokens outside quotation marks.
    pub own: usize,
    /// A formulaic sentence (see the module comment).
    pub formulaic: bool,
    /// A heading-like unit (headline, subhead, caption).
    pub heading: bool,
}

/// The words of every sentence of a document, and its trigrams.
#[derive(Debug, Clone, Default)]
pub(crate) struct Wording {
    /// One entry per sentence.
    pub sentences: Vec<SentenceWords>,
    /// Each trigram of the document and the first sentence carrying it.
    grams: HashMap<u64, usize>,
}

/// How much of a sentence a source's trigrams cover.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Containment {
    /// Share of the sentence's tokens outside quotation marks covered.
    pub own: f32,
    /// Share of all its tokens covered.
    pub all: f32,
    /// The source sentence sharing most of its trigrams, if any.
    pub partner: Option<usize>,
}

impl Wording {
    /// Read `doc`.
    pub fn new(doc: &Document) -> Self {
        let phrases: Vec<Vec<u64>> = doc
            .lexicon
            .formulaic
            .phrases
            .iter()
            .map(|p| {
                tokens(p, 0, &doc.lexicon)
                    .iter()
                    .map(|t| hash(&t.key))
                    .collect()
            })
            .filter(|p: &Vec<u64>| !p.is_empty())
            .collect();
        let max_rest = doc.lexicon.formulaic.max_other_words;
        let mut grams = HashMap::new();
        let sentences: Vec<SentenceWords> = doc
            .sentences
            .iter()
            .enumerate()
            .map(|(k, s)| {
                let text = doc.slice(s.span);
                let toks = tokens(text, s.span.start, &doc.lexicon);
                let inside = quoted_ranges(text, s.span.start);
                let quoted: Vec<bool> = toks
                    .iter()
                    .map(|t| {
                        inside
                            .iter()
                            .any(|&(a, b)| t.span.start >= a && t.span.end <= b)
                    })
                    .collect();
                let keys: Vec<u64> = toks.iter().map(|t| hash(&t.key)).collect();
                let stop: Vec<bool> = toks.iter().map(|t| t.stop).collect();
                for g in trigrams(&keys) {
                    grams.entry(g).or_insert(k);
                }
                SentenceWords {
                    own: quoted.iter().filter(|q| !**q).count(),
                    formulaic: formulaic(&keys, &stop, &phrases, max_rest),
                    heading: s.heading,
                    keys,
                    quoted,
                }
            })
            .collect();
        Wording { sentences, grams }
    }

    /// How much of `sentence` this document's trigrams cover.
    pub fn containment(&self, sentence: &SentenceWords) -> Containment {
        let n = sentence.keys.len();
        let mut covered = vec![false; n];
        let mut votes: HashMap<usize, usize> = HashMap::new();
        for (i, g) in trigrams(&sentence.keys).enumerate() {
            if let Some(&s) = self.grams.get(&g) {
                covered[i..i + 3].iter_mut().for_each(|c| *c = true);
                *votes.entry(s).or_default() += 1;
            }
        }
        let all = covered.iter().filter(|c| **c).count();
        let own = covered
            .iter()
            .zip(&sentence.quoted)
            .filter(|(c, q)| **c && !**q)
            .count();
        let partner = votes
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(s, _)| s);
        Containment {
            own: share(own, sentence.own),
            all: share(all, n),
            partner,
        }
    }
}

/// The share of the tokens of `suspect` that lie in runs of two or more
/// tokens shared, in order, with `source` (a longest common subsequence).
pub(crate) fn runs_share(suspect: &[u64], source: &[u64]) -> f32 {
    let (n, m) = (suspect.len(), source.len());
    if n == 0 || m == 0 || n.saturating_mul(m) > MAX_RUN_CELLS {
        return 0.0;
    }
    // lcs[i][j]: longest common subsequence of suspect[i..] and source[j..].
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if suspect[i] == source[j] {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if suspect[i] == source[j] {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if lcs[at(i + 1, j)] >= lcs[at(i, j + 1)] {
            i += 1;
        } else {
            j += 1;
        }
    }
    let in_run = |k: usize| {
        let (i, j) = pairs[k];
        let before = k > 0 && pairs[k - 1] == (i.wrapping_sub(1), j.wrapping_sub(1));
        let after = pairs.get(k + 1) == Some(&(i + 1, j + 1));
        before || after
    };
    share((0..pairs.len()).filter(|&k| in_run(k)).count(), n)
}

/// `a / b`, 0 when `b` is 0.
fn share(a: usize, b: usize) -> f32 {
    if b == 0 {
        0.0
    } else {
        a as f32 / b as f32
    }
}

fn hash(key: &str) -> u64 {
    let mut h = DefaultHasher::new();
    key.hash(&mut h);
    h.finish()
}

/// The trigrams of `keys`, in order (trigram `i` starts at token `i`).
fn trigrams(keys: &[u64]) -> impl Iterator<Item = u64> + '_ {
    keys.windows(3).map(|w| {
        let mut h = DefaultHasher::new();
        w.hash(&mut h);
        h.finish()
    })
}

/// Byte ranges (in document coordinates) inside quotation marks of
/// `text`, which starts at `offset`: curly quotes open and close, a
/// straight double quote toggles; an unclosed quote runs to the end.
fn quoted_ranges(text: &str, offset: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let at = offset + i;
        match (c, open) {
            ('“' | '„' | '«', None) => open = Some(at),
            ('”' | '»', Some(a)) => {
                out.push((a, at));
                open = None;
            }
            ('"', None) => open = Some(at),
            ('"', Some(a)) => {
                out.push((a, at));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(a) = open {
        out.push((a, offset + text.len()));
    }
    out
}

/// Does a sentence of `keys` (with their stop-word flags) carry one of
/// `phrases` and at most `max_rest` other content words?
fn formulaic(keys: &[u64], stop: &[bool], phrases: &[Vec<u64>], max_rest: usize) -> bool {
    let mut in_phrase = vec![false; keys.len()];
    let mut found = false;
    for p in phrases {
        for start in 0..keys.len().saturating_sub(p.len() - 1) {
            if keys[start..start + p.len()] == p[..] {
                in_phrase[start..start + p.len()]
                    .iter_mut()
                    .for_each(|x| *x = true);
                found = true;
            }
        }
    }
    let rest = (0..keys.len())
        .filter(|&i| !in_phrase[i] && !stop[i])
        .count();
    found && rest <= max_rest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> (Document, Wording) {
        let doc = Document::from_text("t", text);
        let w = Wording::new(&doc);
        (doc, w)
    }

    #[test]
    fn no_comment_sentences_are_formulaic() {
        let (_, w) = words(
            "The State Department did not immediately respond to a request for comment. \
             The ministry said 120 people would be flown home on Tuesday via Qatar.",
        );
        assert!(w.sentences[0].formulaic);
        assert!(!w.sentences[1].formulaic);
    }

    #[test]
    fn quoted_words_are_not_the_writers_own() {
        let (_, w) = words("“We will come through this a better company,” he said.");
        let s = &w.sentences[0];
        assert!(s.own < MIN_OWN_WORDS, "{s:?}");
        assert!(s.quoted.iter().filter(|q| **q).count() >= 8);
    }

    #[test]
    fn containment_counts_shared_trigrams() {
        let (_, source) =
            words("The court unanimously rejected the government's appeal on Wednesday.");
        let (_, copy) =
            words("On Wednesday the court unanimously rejected the government's appeal.");
        let (_, other) =
            words("Judges threw out the appeal the government had lodged, on Wednesday.");
        let c = source.containment(&copy.sentences[0]);
        assert!(c.all > 0.7, "{c:?}");
        assert_eq!(c.partner, Some(0));
        let c = source.containment(&other.sentences[0]);
        assert!(c.all < 0.3, "{c:?}");
    }

    #[test]
    fn runs_need_two_words_in_order() {
        assert_eq!(runs_share(&[1, 2, 3], &[1, 2, 3]), 1.0);
        assert_eq!(runs_share(&[1, 9, 2, 8, 3], &[1, 2, 3]), 0.0);
        assert!((runs_share(&[1, 2, 9, 3], &[1, 2, 3]) - 0.5).abs() < 1e-6);
        assert_eq!(runs_share(&[], &[1]), 0.0);
    }
}
