//! Reuse checks: how much of a suspect text is reused from a set of sources,
//! from which, and where.
//!
//! All documents are profiled together (term rarity over the whole set);
//! candidate (suspect, source) pairs come from the inverted index of rare
//! keys (the shared sentence matcher), so a suspect meets only the sources that
//! share its rare names, numbers and phrases; each candidate pair is aligned
//! sentence by sentence as `diff` aligns two documents, in parallel.
//!
//! Only matches scoring at least `min_similarity` count (not the weaker
//! in-context pairs `diff` shows). Each matched sentence of the suspect is credited to the source it
//! matches best (the others are listed as `also_in`), so sources that
//! overlap are not counted twice. Adjacent sentences matched in order to
//! adjacent sentences of one source form one [`Reuse`]; reuses shorter
//! than `min_passage` words (a stock phrase, a one-line credit) are ignored.
//! The suspect's *reuse share* is the share of its words in reuses; each
//! source's share is the part credited to it, and the shares add up to the
//! reuse share. Each reuse carries its word-level changes (bounded by work,
//! so the same input always gives the same changes).

use rayon::prelude::*;

use crate::align::inline::word_changes;
use crate::align::matcher::{candidate_sources, matches, VERBATIM_DICE};
use crate::align::WordChange;
use crate::model::{Document, Span};
use crate::similarity::{Profiles, DEFAULT_MIN_SIMILARITY};

/// Default shortest reuse, in words, that counts.
pub const DEFAULT_MIN_PASSAGE: usize = 8;

/// How suspects are checked.
#[derive(Debug, Clone, Copy)]
pub struct CheckOptions {
    /// Similarity score from which two sentences count as the same content.
    pub min_similarity: f32,
    /// Shortest passage (in the suspect's words) that counts as reuse.
    pub min_passage: usize,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            min_similarity: DEFAULT_MIN_SIMILARITY,
            min_passage: DEFAULT_MIN_PASSAGE,
        }
    }
}

/// A reuse: adjacent sentences of the suspect matched, in order, to
/// adjacent sentences of one source (listed as `passages` in
/// `wirediff.check/1`).
#[derive(Debug, Clone, PartialEq)]
pub struct Reuse {
    /// The source it is credited to (document index).
    pub source: usize,
    /// The suspect's sentences.
    pub suspect_sentences: Vec<usize>,
    /// The source's sentences.
    pub source_sentences: Vec<usize>,
    /// Byte span in the suspect.
    pub suspect_span: Span,
    /// Byte span in the source.
    pub source_span: Span,
    /// Nearly the same words (weighted Dice ≥ 0.9), or reworded.
    pub verbatim: bool,
    /// Similarity of the two sides, 0–1.
    pub similarity: f32,
    /// Other sources that carry these sentences too (document indexes).
    pub also_in: Vec<usize>,
    /// The suspect's words in the reuse.
    pub words: usize,
    /// Word-level changes from the source's side to the suspect's.
    pub changes: Vec<WordChange>,
}

/// How much of a suspect one source explains.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SourceShare {
    /// The source (document index).
    pub source: usize,
    /// Share of the suspect's words credited to this source.
    pub reuse: f32,
}

/// The result of checking one suspect.
#[derive(Debug, Clone, PartialEq)]
pub struct SuspectCheck {
    /// The suspect (document index).
    pub suspect: usize,
    /// The suspect's words.
    pub words: usize,
    /// Share of the suspect's words in reuses.
    pub reuse: f32,
    /// Sources by how much of the suspect they explain, most first.
    pub sources: Vec<SourceShare>,
    /// The reuses, in the suspect's order.
    pub reuses: Vec<Reuse>,
}

/// One matched sentence of a suspect: its source, the source's sentences,
/// and the similarity.
#[derive(Debug, Clone)]
struct Hit {
    source: usize,
    source_sentences: Vec<usize>,
    suspect_sentences: Vec<usize>,
    similarity: f32,
    dice: f32,
}

/// Check each document `d` with `suspects[d]` against every other document
/// with `sources[d]`. Reports come in suspect order.
///
/// ```
/// use wirediff::{check, CheckOptions, Document};
/// let docs = [
///     Document::from_text("suspect", "Iran said 120 nationals would be flown home from Louisiana this week. Our reporter visited the airport."),
///     Document::from_text("source", "Iran said 120 of its nationals would be flown home from Louisiana this week. Qatar will host a stopover."),
/// ];
/// let reports = check(&docs, &[true, false], &[false, true], &CheckOptions::default());
/// assert_eq!(reports.len(), 1);
/// assert!(reports[0].reuse > 0.5 && reports[0].reuse < 1.0);
/// assert_eq!(reports[0].sources[0].source, 1);
/// ```
pub fn check(
    docs: &[Document],
    suspects: &[bool],
    sources: &[bool],
    opts: &CheckOptions,
) -> Vec<SuspectCheck> {
    let refs: Vec<&Document> = docs.iter().collect();
    let p = Profiles::build(&refs);
    let pairs = candidate_sources(&p, suspects, sources);
    let mut hits: Vec<(usize, Hit)> = pairs
        .par_iter()
        .flat_map_iter(|&(s, b)| pair_hits(&p, s, b, opts.min_similarity).map(move |h| (s, h)))
        .collect();
    hits.sort_by_key(|(s, h)| (*s, h.suspect_sentences[0], h.source));
    (0..docs.len())
        .filter(|&d| suspects[d])
        .map(|d| {
            let lo = hits.partition_point(|(s, _)| *s < d);
            let hi = hits.partition_point(|(s, _)| *s <= d);
            report(docs, &p, d, &hits[lo..hi], opts)
        })
        .collect()
}

/// The matched groups of suspect `s` and source `b` that score at least
/// `min` (the weaker pairs `diff` accepts between aligned neighbours show a
/// rewrite's structure but are not evidence of reuse).
fn pair_hits(p: &Profiles, s: usize, b: usize, min: f32) -> impl Iterator<Item = Hit> {
    matches(p, b, s, min)
        .into_iter()
        .map(move |m| Hit {
            source: b,
            source_sentences: m.old,
            suspect_sentences: m.new,
            similarity: m.similarity.score,
            dice: m.similarity.dice,
        })
        .filter(move |h| h.similarity >= min)
}

/// The report of suspect `d` from its `hits` (sorted by suspect sentence).
fn report(
    docs: &[Document],
    p: &Profiles,
    d: usize,
    hits: &[(usize, Hit)],
    opts: &CheckOptions,
) -> SuspectCheck {
    let words: Vec<usize> = p.docs[d].iter().map(|x| x.words).collect();
    let total: usize = words.iter().sum();
    // Best hit per suspect sentence; the other sources are "also in".
    let mut best: Vec<Option<&Hit>> = vec![None; words.len()];
    let mut also: Vec<Vec<usize>> = vec![Vec::new(); words.len()];
    for (_, h) in hits {
        for &j in &h.suspect_sentences {
            also[j].push(h.source);
            let better = best[j].is_none_or(|b| {
                h.similarity > b.similarity || (h.similarity == b.similarity && h.source < b.source)
            });
            if better {
                best[j] = Some(h);
            }
        }
    }
    let reuses = reuses(docs, d, &best, &also, &words, opts.min_passage);
    let mut shares: Vec<SourceShare> = Vec::new();
    for passage in &reuses {
        let share = passage.words as f32 / total.max(1) as f32;
        match shares.iter_mut().find(|x| x.source == passage.source) {
            Some(x) => x.reuse += share,
            None => shares.push(SourceShare {
                source: passage.source,
                reuse: share,
            }),
        }
    }
    shares.sort_by(|a, b| b.reuse.total_cmp(&a.reuse).then(a.source.cmp(&b.source)));
    let reused: usize = reuses.iter().map(|x| x.words).sum();
    SuspectCheck {
        suspect: d,
        words: total,
        reuse: if total == 0 {
            0.0
        } else {
            reused as f32 / total as f32
        },
        sources: shares,
        reuses,
    }
}

/// Runs of suspect sentences credited to one source, adjacent and in order
/// on both sides, of at least `min_words` words.
fn reuses(
    docs: &[Document],
    d: usize,
    best: &[Option<&Hit>],
    also: &[Vec<usize>],
    words: &[usize],
    min_words: usize,
) -> Vec<Reuse> {
    let mut out: Vec<Reuse> = Vec::new();
    let mut j = 0;
    while j < best.len() {
        let Some(h) = best[j] else {
            j += 1;
            continue;
        };
        let mut run = Reuse {
            source: h.source,
            suspect_sentences: h.suspect_sentences.clone(),
            source_sentences: h.source_sentences.clone(),
            suspect_span: Span::new(0, 0),
            source_span: Span::new(0, 0),
            verbatim: h.dice >= VERBATIM_DICE,
            similarity: h.similarity,
            also_in: Vec::new(),
            words: 0,
            changes: Vec::new(),
        };
        let mut count = 1.0;
        let mut next = h
            .suspect_sentences
            .iter()
            .max()
            .map_or(j + 1, |m| m + 1)
            .max(j + 1);
        while let Some(Some(n)) = best.get(next) {
            let last_source = run.source_sentences.iter().max().copied().unwrap_or(0);
            let first_next = n.source_sentences.iter().min().copied().unwrap_or(0);
            if n.source != run.source || first_next != last_source + 1 {
                break;
            }
            run.suspect_sentences.extend(&n.suspect_sentences);
            run.source_sentences.extend(&n.source_sentences);
            run.verbatim &= n.dice >= VERBATIM_DICE;
            run.similarity += n.similarity;
            count += 1.0;
            next = n
                .suspect_sentences
                .iter()
                .max()
                .map_or(next + 1, |m| m + 1)
                .max(next + 1);
        }
        run.suspect_sentences.sort_unstable();
        run.suspect_sentences.dedup();
        run.source_sentences.sort_unstable();
        run.source_sentences.dedup();
        run.similarity /= count;
        run.words = run.suspect_sentences.iter().map(|&s| words[s]).sum();
        run.suspect_span = docs[d].sentences_span(&run.suspect_sentences);
        run.source_span = docs[run.source].sentences_span(&run.source_sentences);
        let mut also_in: Vec<usize> = run
            .suspect_sentences
            .iter()
            .flat_map(|&s| also[s].iter().copied())
            .filter(|&o| o != run.source)
            .collect();
        also_in.sort_unstable();
        also_in.dedup();
        run.also_in = also_in;
        j = next;
        if run.words >= min_words {
            let source = &docs[run.source];
            run.changes = word_changes(
                &source.text,
                run.source_span,
                &docs[d].text,
                run.suspect_span,
            );
            out.push(run);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_source_gets_the_credit_and_others_are_listed() {
        let s = "The flight left Louisiana on Monday evening with 120 Iranians aboard. Our reporter watched it land.";
        let docs = [
            Document::from_text("suspect", s),
            Document::from_text(
                "exact",
                "The flight left Louisiana on Monday evening with 120 Iranians aboard.",
            ),
            Document::from_text(
                "loose",
                "A flight left Louisiana on Monday with 120 Iranian deportees aboard.",
            ),
        ];
        let r = &check(
            &docs,
            &[true, false, false],
            &[false, true, true],
            &CheckOptions::default(),
        )[0];
        assert_eq!(r.reuses.len(), 1);
        assert_eq!(r.reuses[0].source, 1);
        assert_eq!(r.reuses[0].also_in, [2]);
        assert!(r.reuses[0].verbatim);
        let credited: f32 = r.sources.iter().map(|x| x.reuse).sum();
        assert!((credited - r.reuse).abs() < 1e-6);
    }

    #[test]
    fn short_passages_do_not_count() {
        let docs = [
            Document::from_text(
                "suspect",
                "The White House said. Rain fell on the city all day long.",
            ),
            Document::from_text(
                "source",
                "The White House said. Markets rose sharply on Tuesday.",
            ),
        ];
        let r = &check(
            &docs,
            &[true, false],
            &[false, true],
            &CheckOptions::default(),
        )[0];
        assert_eq!(r.reuse, 0.0);
        assert!(r.reuses.is_empty());
    }
}
