//! Reuse checks: how much of a suspect text is reused from a set of sources,
//! from which, and where; and how much of it only tells the same facts.
//!
//! All documents are profiled together (term rarity over the whole set);
//! candidate (suspect, source) pairs come from the inverted index of rare
//! keys (the shared sentence matcher), so a suspect meets only the sources that
//! share its rare names, numbers and phrases. Each candidate pair is aligned
//! sentence by sentence as `diff` aligns two documents, in parallel; a
//! matched sentence (scoring at least `min_similarity`) carries the same
//! content as its source sentences.
//!
//! *Reuse* is wording, not content (the distinction the METER corpus draws
//! between derived and non-derived news stories): a suspect sentence is
//! derived from a source when its own words (outside quotation marks) lie
//! largely in word trigrams the source has too (see [`wording`]), and a
//! matched sentence sharing some runs of words with its source, or a
//! neutral one (a quote, a headline, a short or formulaic line), is derived
//! when it stands in one stretch with such a sentence. Everything else the
//! matcher pairs is a *shared fact*: the same content in the writer's own
//! words, reported apart from reuse. Formulaic sentences ("did not
//! immediately respond to a request for comment") are never facts and
//! never start a reuse.
//!
//! Each derived sentence is credited to one source (a licensed one first,
//! then the one whose words it shares most; the others are `also_in`), so
//! overlapping sources are not counted twice. Adjacent derived sentences
//! credited to one source, in order on its side, form one [`Reuse`]; reuses
//! shorter than `min_passage` words are ignored. The suspect's *reuse share*
//! is the share of its words in reuses from sources that are not licensed,
//! its *licensed reuse* the share from licensed sources, its *shared facts*
//! the share in sentences that match a source without deriving from one.
//! Each reuse carries its word-level changes (bounded by work, so the same
//! input always gives the same changes).

mod wording;

use rayon::prelude::*;

use crate::align::inline::changed_runs;
use crate::align::inline::word_changes;
use crate::align::matcher::{candidate_sources, matches, VERBATIM_DICE};
use crate::align::WordChange;
use crate::meaning::flags_for_changes;
use crate::model::{Document, Span};
use crate::similarity::{Profiles, DEFAULT_MIN_SIMILARITY};
use wording::{runs_share, Wording, MIN_OWN_WORDS};

/// Default shortest reuse, in words, that counts.
pub const DEFAULT_MIN_PASSAGE: usize = 8;

/// Share of a sentence's own words in trigrams of the source from which
/// the sentence is derived.
const SEED_WORDING: f32 = 0.3;
/// The same for a heading, which is short and often generic.
const HEADING_WORDING: f32 = 0.6;
/// Share of a matched sentence's words in runs shared with its source from
/// which it joins a derived stretch.
const WEAK_RUNS: f32 = 0.2;
/// Share of a neutral sentence's words in the source's trigrams from which
/// it joins a derived stretch without a match.
const NEUTRAL_WORDING: f32 = 0.5;
/// Words from which a stretch of verbatim sentences, each too short or
/// neutral to count alone, derives.
const VERBATIM_RUN_WORDS: usize = 8;
/// Share of a sentence's words in the source's trigrams from which it is
/// verbatim without a match.
const VERBATIM_WORDING: f32 = 0.95;

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

/// A reuse: adjacent sentences of the suspect whose wording derives, in
/// order, from sentences of one source (listed as `passages` in
/// `wirediff.check/2`).
#[derive(Debug, Clone, PartialEq)]
pub struct Reuse {
    /// The source it is credited to (document index).
    pub source: usize,
    /// The source is licensed: its reuse is kept out of the limits.
    pub licensed: bool,
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
    /// Content similarity of the two sides, 0–1 (the mean over the matched
    /// sentences; the wording share for sentences without a match).
    pub similarity: f32,
    /// Mean share of the suspect's words in word trigrams of the source.
    pub wording: f32,
    /// Other sources its sentences derive from too (document indexes).
    pub also_in: Vec<usize>,
    /// The suspect's words in the reuse.
    pub words: usize,
    /// Word-level changes from the source's side to the suspect's.
    pub changes: Vec<WordChange>,
    /// Changes of meaning from the source's side to the suspect's (a quote
    /// altered, a number changed…).
    pub flags: Vec<crate::meaning::Flag>,
}

/// How much of a suspect one source explains.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SourceShare {
    /// The source (document index).
    pub source: usize,
    /// The source is licensed: its reuse is kept out of the limits.
    pub licensed: bool,
    /// Share of the suspect's words in reuses credited to this source.
    pub reuse: f32,
    /// Share of the suspect's words in sentences that tell this source's
    /// facts in other words.
    pub shared_facts: f32,
}

/// The result of checking one suspect.
#[derive(Debug, Clone, PartialEq)]
pub struct SuspectCheck {
    /// The suspect (document index).
    pub suspect: usize,
    /// The suspect's words.
    pub words: usize,
    /// Share of the suspect's words in reuses from sources not licensed.
    pub reuse: f32,
    /// Share of the suspect's words in reuses from licensed sources.
    pub licensed_reuse: f32,
    /// Share of the suspect's words in sentences that match a source in
    /// content without deriving from one in wording.
    pub shared_facts: f32,
    /// Sources by how much of the suspect they explain (reuse, then shared
    /// facts), most first.
    pub sources: Vec<SourceShare>,
    /// The reuses, in the suspect's order.
    pub reuses: Vec<Reuse>,
}

/// What one source says about one suspect sentence.
#[derive(Debug, Clone, Copy, Default)]
struct Seen {
    /// Its wording derives from the source.
    derived: bool,
    /// It matches source sentences in content (a shared fact unless derived).
    fact: bool,
    /// Content similarity of the match (0 without one).
    similarity: f32,
    /// Share of its words in the source's trigrams.
    wording: f32,
    /// Nearly the same words.
    verbatim: bool,
    /// The source sentences it corresponds to (first, last).
    partner: Option<(usize, usize)>,
}

/// One source's evidence about every sentence of one suspect.
#[derive(Debug, Clone)]
struct Evidence {
    source: usize,
    sentences: Vec<Seen>,
}

/// Check each document `d` with `suspects[d]` against every other document
/// with `sources[d]`, no source licensed. Reports come in suspect order.
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
    check_licensed(docs, suspects, sources, &[], opts)
}

/// [`check`], with `licensed[d]` saying that source `d` may be reused
/// freely (a wire the newsroom subscribes to): reuse from it is reported as
/// `licensed_reuse`, apart from `reuse`. A missing entry is not licensed.
pub fn check_licensed(
    docs: &[Document],
    suspects: &[bool],
    sources: &[bool],
    licensed: &[bool],
    opts: &CheckOptions,
) -> Vec<SuspectCheck> {
    let refs: Vec<&Document> = docs.iter().collect();
    let p = Profiles::build(&refs);
    let pairs = candidate_sources(&p, suspects, sources);
    let words = wordings(docs, &pairs);
    let mut evidence: Vec<(usize, Evidence)> = pairs
        .par_iter()
        .map(|&(s, b)| (s, evidence(&p, &words, s, b, opts.min_similarity)))
        .collect();
    evidence.sort_by_key(|(s, e)| (*s, e.source));
    let is_licensed = |d: usize| licensed.get(d).copied().unwrap_or(false);
    (0..docs.len())
        .filter(|&d| suspects[d])
        .map(|d| {
            let lo = evidence.partition_point(|(s, _)| *s < d);
            let hi = evidence.partition_point(|(s, _)| *s <= d);
            let evs: Vec<&Evidence> = evidence[lo..hi].iter().map(|(_, e)| e).collect();
            let mut checked = report(docs, &p, d, &evs, &is_licensed, opts);
            for r in &mut checked.reuses {
                changes_of(&docs[r.source], &docs[d], r);
            }
            checked
        })
        .collect()
}

/// The word trigrams of every document some pair of `pairs` needs.
fn wordings(docs: &[Document], pairs: &[(usize, usize)]) -> Vec<Wording> {
    let mut needed = vec![false; docs.len()];
    for &(s, b) in pairs {
        needed[s] = true;
        needed[b] = true;
    }
    docs.par_iter()
        .zip(needed)
        .map(|(doc, n)| {
            if n {
                Wording::new(doc)
            } else {
                Wording::default()
            }
        })
        .collect()
}

/// How much of one document's wording derives from one other document,
/// whatever the other sources: the reuse `check` would find with that
/// document as the only source, counted in the writer's own words (outside
/// quotation marks).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct PairReuse {
    /// The document whose words are counted.
    pub suspect: usize,
    /// The document they derive from.
    pub source: usize,
    /// Share of the suspect's own words in reuses of the source.
    pub reuse: f32,
    /// Share of the suspect's own words in verbatim reuses of the source.
    pub verbatim: f32,
}

/// [`PairReuse`] of every pair of documents (profiled together as `p`)
/// that share rare keys, both ways.
pub(crate) fn pair_reuse(docs: &[Document], p: &Profiles, opts: &CheckOptions) -> Vec<PairReuse> {
    let all = vec![true; docs.len()];
    let pairs = candidate_sources(p, &all, &all);
    let words = wordings(docs, &pairs);
    pairs
        .par_iter()
        .map(|&(s, b)| {
            let e = evidence(p, &words, s, b, opts.min_similarity);
            let r = report(docs, p, s, &[&e], &|_| false, opts);
            // The writer's own words: a quotation every version carries is
            // the speaker's, not one version's text taken from another.
            let own = |j: &usize| words[s].sentences.get(*j).map_or(0, |w| w.own);
            let total: usize = (0..words[s].sentences.len()).map(|j| own(&j)).sum();
            let share = |verbatim_only: bool| {
                let n: usize = r
                    .reuses
                    .iter()
                    .filter(|x| x.verbatim || !verbatim_only)
                    .flat_map(|x| x.suspect_sentences.iter())
                    .map(own)
                    .sum();
                n as f32 / total.max(1) as f32
            };
            PairReuse {
                suspect: s,
                source: b,
                reuse: share(false),
                verbatim: share(true),
            }
        })
        .collect()
}

/// What source `b` says about each sentence of suspect `s`: content
/// matches (scoring at least `min`), wording, and which sentences derive.
fn evidence(p: &Profiles, words: &[Wording], s: usize, b: usize, min: f32) -> Evidence {
    let (sw, bw) = (&words[s].sentences, &words[b].sentences);
    let mut seen = vec![Seen::default(); sw.len()];
    let mut weak = vec![false; sw.len()];
    for m in matches(p, b, s, min) {
        if m.similarity.score < min {
            continue;
        }
        let keys = |w: &[wording::SentenceWords], ix: &[usize]| -> Vec<u64> {
            ix.iter()
                .filter_map(|&i| w.get(i))
                .flat_map(|x| x.keys.iter().copied())
                .collect()
        };
        let runs = runs_share(&keys(sw, &m.new), &keys(bw, &m.old));
        let partner = m.old.iter().min().zip(m.old.iter().max());
        for &j in &m.new {
            let Some(x) = seen.get_mut(j) else { continue };
            if m.similarity.score > x.similarity {
                x.similarity = m.similarity.score;
                x.verbatim = m.similarity.dice >= VERBATIM_DICE;
                x.partner = partner.map(|(a, z)| (*a, *z));
            }
            x.fact = !sw[j].formulaic;
            weak[j] |= runs >= WEAK_RUNS;
        }
    }
    let mut seed = vec![false; sw.len()];
    let mut joins = vec![false; sw.len()];
    for (j, x) in seen.iter_mut().enumerate() {
        let w = &sw[j];
        let c = words[b].containment(w);
        x.wording = c.all;
        x.verbatim |= c.all >= VERBATIM_WORDING;
        if x.partner.is_none() {
            x.partner = c.partner.map(|k| (k, k));
        }
        let neutral =
            w.formulaic || w.own < MIN_OWN_WORDS || (w.heading && c.own < HEADING_WORDING);
        seed[j] = !neutral && c.own >= SEED_WORDING;
        joins[j] = weak[j] || (neutral && (c.all >= NEUTRAL_WORDING || x.similarity > 0.0));
    }
    // Every stretch of joining sentences that holds a seed, or is copied
    // word for word, derives.
    let mut j = 0;
    while j < seen.len() {
        let start = j;
        while j < seen.len() && (seed[j] || joins[j]) {
            j += 1;
        }
        let stretch = &seen[start..j];
        let copied = stretch.iter().all(|x| x.verbatim)
            && sw[start..j].iter().all(|w| !w.formulaic)
            && sw[start..j].iter().map(|w| w.keys.len()).sum::<usize>() >= VERBATIM_RUN_WORDS;
        if copied || seed[start..j].iter().any(|&x| x) {
            seen[start..j].iter_mut().for_each(|x| x.derived = true);
        }
        j = j.max(start + 1);
    }
    Evidence {
        source: b,
        sentences: seen,
    }
}

/// The report of suspect `d` from the evidence `evs` of its sources,
/// without each reuse's word-level changes and changes of meaning
/// ([`changes_of`] adds them where they are shown).
fn report(
    docs: &[Document],
    p: &Profiles,
    d: usize,
    evs: &[&Evidence],
    licensed: &dyn Fn(usize) -> bool,
    opts: &CheckOptions,
) -> SuspectCheck {
    let words: Vec<usize> = p.docs[d].iter().map(|x| x.words).collect();
    let total: usize = words.iter().sum();
    let seen = |e: &Evidence, j: usize| e.sentences.get(j).copied().unwrap_or_default();
    let n = words.len();
    // `runs[k][j]`: words of the stretch of suspect sentences around `j`
    // that source `k` derives without a break (0 where it does not);
    // `all_words[k]`: words of all it derives.
    let runs: Vec<Vec<usize>> = evs
        .iter()
        .map(|e| {
            let mut out = vec![0; n];
            let mut start = 0;
            while start < n {
                let end = (start..n).find(|&i| !seen(e, i).derived).unwrap_or(n);
                let total: usize = words[start..end].iter().sum();
                out[start..end].iter_mut().for_each(|x| *x = total);
                start = end + 1;
            }
            out
        })
        .collect();
    let all_words: Vec<usize> = (0..evs.len())
        .map(|k| {
            (0..n)
                .filter(|&j| seen(evs[k], j).derived)
                .map(|j| words[j])
                .sum()
        })
        .collect();
    // The source each sentence is credited to: licensed first, then most
    // wording, then the one that explains the longest stretch of the
    // suspect around it, then the most of the suspect. The order of the
    // files breaks only an exact tie, between sources equal on all of
    // these, and those are credited alike (below).
    let key = |k: usize, j: usize| {
        (
            licensed(evs[k].source),
            seen(evs[k], j).wording,
            runs[k][j],
            all_words[k],
        )
    };
    let credited: Vec<Option<usize>> = (0..n)
        .map(|j| {
            (0..evs.len())
                .filter(|&k| seen(evs[k], j).derived)
                .max_by(|&a, &b| {
                    let (ka, kb) = (key(a, j), key(b, j));
                    ka.0.cmp(&kb.0)
                        .then(ka.1.total_cmp(&kb.1))
                        .then(ka.2.cmp(&kb.2))
                        .then(ka.3.cmp(&kb.3))
                        .then(evs[b].source.cmp(&evs[a].source))
                })
        })
        .collect();
    let reuses = reuses(docs, d, evs, &credited, &words, licensed, opts.min_passage);
    let mut in_reuse = vec![false; words.len()];
    for r in &reuses {
        r.suspect_sentences.iter().for_each(|&j| in_reuse[j] = true);
    }
    let share = |n: usize| n as f32 / total.max(1) as f32;
    let mut sources: Vec<SourceShare> = Vec::new();
    let mut add = |source: usize, reuse: f32, facts: f32| {
        let i = match sources.iter().position(|x| x.source == source) {
            Some(i) => i,
            None => {
                sources.push(SourceShare {
                    source,
                    licensed: licensed(source),
                    reuse: 0.0,
                    shared_facts: 0.0,
                });
                sources.len() - 1
            }
        };
        sources[i].reuse += reuse;
        sources[i].shared_facts += facts;
    };
    for r in &reuses {
        add(r.source, share(r.words), 0.0);
        // A source that carries the run exactly as well is credited alike.
        let Some(c) = evs.iter().position(|e| e.source == r.source) else {
            continue;
        };
        for k in (0..evs.len()).filter(|&k| k != c) {
            let equal = r
                .suspect_sentences
                .iter()
                .all(|&j| seen(evs[k], j).derived && key(k, j) == key(c, j));
            if equal {
                add(evs[k].source, share(r.words), 0.0);
            }
        }
    }
    for j in (0..words.len()).filter(|&j| !in_reuse[j]) {
        let best = evs.iter().filter(|e| seen(e, j).fact).max_by(|a, b| {
            let (x, y) = (seen(a, j).similarity, seen(b, j).similarity);
            x.total_cmp(&y).then(b.source.cmp(&a.source))
        });
        if let Some(e) = best {
            add(e.source, 0.0, share(words[j]));
        }
    }
    sources.sort_by(|a, b| {
        b.reuse
            .total_cmp(&a.reuse)
            .then(b.shared_facts.total_cmp(&a.shared_facts))
            .then(a.source.cmp(&b.source))
    });
    // `+ 0.0`: an empty sum is -0.0.
    let sum = |f: &dyn Fn(&SourceShare) -> f32| sources.iter().map(f).sum::<f32>() + 0.0;
    SuspectCheck {
        suspect: d,
        words: total,
        // Over the reuses, not the sources: equal sources share one reuse.
        reuse: reuses
            .iter()
            .filter(|r| !r.licensed)
            .map(|r| share(r.words))
            .sum::<f32>()
            + 0.0,
        licensed_reuse: reuses
            .iter()
            .filter(|r| r.licensed)
            .map(|r| share(r.words))
            .sum::<f32>()
            + 0.0,
        shared_facts: sum(&|s| s.shared_facts),
        sources,
        reuses,
    }
}

/// Runs of suspect sentences credited to one source, adjacent in the
/// suspect and in order in the source, of at least `min_words` words.
fn reuses(
    docs: &[Document],
    d: usize,
    evs: &[&Evidence],
    credited: &[Option<usize>],
    words: &[usize],
    licensed: &dyn Fn(usize) -> bool,
    min_words: usize,
) -> Vec<Reuse> {
    let mut out: Vec<Reuse> = Vec::new();
    let mut j = 0;
    while j < credited.len() {
        let Some(k) = credited[j] else {
            j += 1;
            continue;
        };
        let e = evs[k];
        let start = j;
        let partner = |i: usize| e.sentences.get(i).and_then(|x| x.partner);
        let (first, mut last) = partner(j).unwrap_or((0, 0));
        j += 1;
        while j < credited.len() && credited[j] == Some(k) {
            let (f, l) = partner(j).unwrap_or((last, last));
            if f < first || f > last + 3 {
                break;
            }
            last = last.max(l);
            j += 1;
        }
        let run: Vec<usize> = (start..j).collect();
        let n = run.len().max(1) as f32;
        let seen: Vec<Seen> = run
            .iter()
            .filter_map(|&i| e.sentences.get(i).copied())
            .collect();
        let mut source_sentences: Vec<usize> = seen
            .iter()
            .filter_map(|x| x.partner)
            .flat_map(|(a, z)| a..=z)
            .collect();
        source_sentences.sort_unstable();
        source_sentences.dedup();
        let mut also_in: Vec<usize> = run
            .iter()
            .flat_map(|&i| {
                evs.iter()
                    .filter(move |o| o.sentences.get(i).is_some_and(|x| x.derived))
            })
            .map(|o| o.source)
            .filter(|&o| o != e.source)
            .collect();
        also_in.sort_unstable();
        also_in.dedup();
        let reuse = Reuse {
            source: e.source,
            licensed: licensed(e.source),
            suspect_span: docs[d].sentences_span(&run),
            source_span: docs[e.source].sentences_span(&source_sentences),
            words: run.iter().map(|&i| words[i]).sum(),
            suspect_sentences: run,
            source_sentences,
            verbatim: seen.iter().all(|x| x.verbatim),
            similarity: seen
                .iter()
                .map(|x| {
                    if x.similarity > 0.0 {
                        x.similarity
                    } else {
                        x.wording
                    }
                })
                .sum::<f32>()
                / n,
            wording: seen.iter().map(|x| x.wording).sum::<f32>() / n,
            also_in,
            changes: Vec::new(),
            flags: Vec::new(),
        };
        if reuse.words >= min_words {
            out.push(reuse);
        }
    }
    out
}

/// Fill in `reuse`'s word-level changes from `source`'s side to
/// `suspect`'s, and its changes of meaning.
fn changes_of(source: &Document, suspect: &Document, reuse: &mut Reuse) {
    reuse.changes = word_changes(
        &source.text,
        reuse.source_span,
        &suspect.text,
        reuse.suspect_span,
    );
    reuse.flags = flags_for_changes(
        source,
        reuse.source_span,
        suspect,
        reuse.suspect_span,
        &changed_runs(&reuse.changes),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(docs: &[Document]) -> SuspectCheck {
        let n = docs.len();
        let suspects: Vec<bool> = (0..n).map(|d| d == 0).collect();
        let sources: Vec<bool> = (0..n).map(|d| d != 0).collect();
        check(docs, &suspects, &sources, &CheckOptions::default()).remove(0)
    }

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
        let r = one(&docs);
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
        let r = one(&docs);
        assert_eq!(r.reuse, 0.0);
        assert!(r.reuses.is_empty());
    }

    #[test]
    fn a_licensed_source_is_credited_first_and_counted_apart() {
        let s =
            "The flight left Louisiana on Monday evening with 120 Iranians aboard, officials said.";
        let docs = [
            Document::from_text("suspect", s),
            Document::from_text("wire", s),
            Document::from_text("copier", s),
        ];
        let r = &check_licensed(
            &docs,
            &[true, false, false],
            &[false, true, true],
            &[false, false, true],
            &CheckOptions::default(),
        )[0];
        assert_eq!(r.reuses[0].source, 2);
        assert!(r.reuses[0].licensed);
        assert_eq!(r.reuse, 0.0);
        assert!(r.licensed_reuse > 0.99, "{r:?}");
    }
}
