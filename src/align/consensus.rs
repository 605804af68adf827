//! The words of a passage's witnesses against the passage's *consensus*:
//! which words most witnesses share, which only some have, which are one
//! witness's own, and which shared words a witness lacks.
//!
//! Words are compared by their comparison keys ([`crate::tokenize`]: case,
//! quotes, number formats and light stemming folded), so `deported` and
//! `Deport` are the same word. Function words are never marked.

use std::collections::{HashMap, HashSet};

use super::multi::Passage;
use crate::model::{Document, Span};
use crate::tokenize;

/// How a witness's word stands in its passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// Most witnesses have it (or it is a function word).
    Shared,
    /// Some other witnesses have it, but not most.
    Some,
    /// No other witness has it.
    Own,
}

/// One document's witness of a passage, word by word.
#[derive(Debug, Clone, PartialEq)]
pub struct WitnessWords {
    /// The document.
    pub doc: usize,
    /// Its sentences in the passage.
    pub sentences: Vec<usize>,
    /// Each word's span in the document's text and its class.
    pub words: Vec<(Span, WordClass)>,
    /// Words most witnesses have and this one lacks: a document and the span
    /// of the word there, first occurrence in passage order.
    pub missing: Vec<(usize, Span)>,
}

/// The witnesses of `passage` (one per document, in document order), word by word.
pub fn consensus(docs: &[Document], passage: &Passage) -> Vec<WitnessWords> {
    let witnesses: Vec<(usize, Vec<usize>)> = passage
        .documents()
        .into_iter()
        .map(|d| (d, passage.witness(d)))
        .collect();
    let tokens: Vec<Vec<tokenize::Token>> = witnesses
        .iter()
        .map(|(d, sentences)| {
            sentences
                .iter()
                .flat_map(|&s| {
                    let span = docs[*d].sentences[s].span;
                    tokenize::tokens(docs[*d].slice(span), span.start, &docs[*d].lexicon)
                })
                .collect()
        })
        .collect();
    // For each content key: how many witnesses have it, and its first sighting.
    let mut counts: HashMap<&str, (usize, usize, Span)> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    let mut keys_of: Vec<HashSet<&str>> = Vec::with_capacity(tokens.len());
    for (w, toks) in tokens.iter().enumerate() {
        let mut seen: HashSet<&str> = HashSet::new();
        for t in toks.iter().filter(|t| !t.stop) {
            if !seen.insert(&t.key) {
                continue;
            }
            let entry = counts.entry(&t.key).or_insert_with(|| {
                order.push(&t.key);
                (0, witnesses[w].0, t.span)
            });
            entry.0 += 1;
        }
        keys_of.push(seen);
    }
    let n = witnesses.len();
    let is_shared = |count: usize| count * 2 > n || count == n;
    witnesses
        .iter()
        .zip(&tokens)
        .zip(&keys_of)
        .map(|(((doc, sentences), toks), keys)| {
            let words = toks
                .iter()
                .map(|t| {
                    let count = counts.get(t.key.as_str()).map_or(n, |c| c.0);
                    let class = if t.stop || is_shared(count) {
                        WordClass::Shared
                    } else if count == 1 {
                        WordClass::Own
                    } else {
                        WordClass::Some
                    };
                    (t.span, class)
                })
                .collect();
            let missing = order
                .iter()
                .filter(|k| is_shared(counts[**k].0))
                .filter(|k| !keys.contains(**k))
                .map(|k| (counts[*k].1, counts[*k].2))
                .collect();
            WitnessWords {
                doc: *doc,
                sentences: sentences.clone(),
                words,
                missing,
            }
        })
        .collect()
}

#[cfg(test)]
mod example {
    #[test]
    fn consensus_marks_own_and_missing_words() {
        use crate::align::{align, consensus, AlignOptions, WordClass};
        use crate::Document;
        let docs = [
            Document::from_text("a", "Iran said 120 nationals would fly home on Tuesday."),
            Document::from_text("b", "Iran said 120 nationals would fly home this week."),
            Document::from_text("c", "Iran said 120 nationals would fly home on Tuesday."),
        ];
        let a = align(&docs, &AlignOptions::default());
        let w = consensus(&docs, &a.passages[0]);
        let own: Vec<&str> = w[1]
            .words
            .iter()
            .filter(|(_, c)| *c == WordClass::Own)
            .map(|(s, _)| docs[1].slice(*s))
            .collect();
        assert_eq!(own, ["week"]);
        let (doc, span) = w[1].missing[0];
        assert_eq!(docs[doc].slice(span), "Tuesday");
    }
}
