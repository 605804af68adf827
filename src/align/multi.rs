//! Many-document alignment: the passages that several documents share, each
//! document's witness of them, and what each document has alone.
//!
//! 1. All documents are profiled together, so a term's rarity is measured
//!    over the whole corpus ([`Profiles`]).
//! 2. Candidate pairs of documents come from an inverted index of rare keys
//!    ([`super::index`]); each pair is aligned as `diff` aligns two
//!    documents (exact, similar, in context, split and merged), in parallel.
//! 3. The pairwise matches are joined into passages ([`super::cluster`]),
//!    best first, never putting two sentences of one document in a passage
//!    unless they are a split witness.
//! 4. Each witness gets a kind (verbatim, reworded, partial) and a
//!    similarity: its best score against another document's witness.

use rayon::prelude::*;

use super::clauses::clause_links;
use super::cluster::{Clusters, Link, Node};
use super::matcher::{candidate_pairs, matches, shared_sentence_pairs, terms_of, VERBATIM_DICE};
use crate::attribution;
use crate::meaning::Flag;
use crate::model::Document;
use crate::page::furniture::{kinds as furniture_kinds, Furniture};
use crate::similarity::{Profiles, TermId, DEFAULT_MIN_SIMILARITY};
use crate::span::Span;

/// A one-to-one match is *partial* (the longer sentence carries more
/// content besides) when its Dice overlap is below this…
pub const PARTIAL_MAX_DICE: f32 = 0.5;
/// …and the longer sentence's content weighs at least this many times the shorter's.
pub const PARTIAL_MIN_RATIO: f32 = 1.6;

/// A loose match, for attaching a sentence to a passage, scores from this
/// share of the similarity threshold (as a pair in context does in `diff`).
pub const LOOSE_FACTOR: f32 = 0.5;
/// Two mutual best partners may attach to each other's passages from this
/// share of the similarity threshold: they hold with the passage besides.
pub const ATTACH_FACTOR: f32 = 0.8;
/// Two sentences whose similarity reaches this share of the threshold are
/// compared clause by clause (see [`super::clauses`]).
pub const CLAUSE_FLOOR: f32 = 0.25;
/// A sentence with fewer content terms than this (a one-word kicker such as
/// "UK", a two-word label) joins a passage only word for word: it has too
/// little content to say it carries the passage.
pub const MIN_PASSAGE_TERMS: usize = crate::similarity::MIN_CONTENT_TERMS;

/// Most documents [`Alignment::matrix`] is computed for.
pub const MATRIX_MAX_DOCUMENTS: usize = 500;

/// How documents are aligned.
#[derive(Debug, Clone, Copy)]
pub struct AlignOptions {
    /// Similarity score from which two sentences count as the same content.
    pub min_similarity: f32,
    /// Compute the documents × documents table of shared words
    /// ([`Alignment::matrix`]) into the report.
    pub matrix: bool,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            min_similarity: DEFAULT_MIN_SIMILARITY,
            matrix: false,
        }
    }
}

/// How a witness relates to its passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WitnessKind {
    /// Nearly the same words as another document's witness.
    Verbatim,
    /// The same content in other words.
    Reworded,
    /// This content and other content too (a sentence that merged facts).
    Partial,
}

impl WitnessKind {
    /// The name used in JSON and text output.
    pub fn name(self) -> &'static str {
        match self {
            WitnessKind::Verbatim => "verbatim",
            WitnessKind::Reworded => "reworded",
            WitnessKind::Partial => "partial",
        }
    }
}

/// One sentence of a document, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SentenceRef {
    /// Index of the document in the aligned list.
    pub doc: usize,
    /// Index of the sentence in that document.
    pub sentence: usize,
}

/// One sentence of a passage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Member {
    /// Index of the document in the aligned list.
    pub doc: usize,
    /// Index of the sentence in that document.
    pub sentence: usize,
    /// How this document's witness relates to the passage.
    pub kind: WitnessKind,
    /// Best similarity of this document's witness to another document's, 0–1.
    pub similarity: f32,
    /// The clause of the sentence that carries the passage (a byte span of
    /// the document), when one clause matches another witness better than
    /// the whole sentence does; such a witness is partial.
    pub clause: Option<Span>,
}

/// A piece of content several documents carry, with each one's version of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    /// Members ordered by document, then sentence. A document with two or
    /// three adjacent members split the content.
    pub members: Vec<Member>,
    /// Verbatim when every witness is; otherwise reworded.
    pub kind: WitnessKind,
    /// Changes of meaning from the first document's witness to another
    /// document's, with that document's index (see `align/flags.rs`). A
    /// passage with a flag is never verbatim.
    pub flags: Vec<(usize, Flag)>,
}

impl Passage {
    /// The documents that carry this passage, ascending.
    pub fn documents(&self) -> Vec<usize> {
        let mut docs: Vec<usize> = self.members.iter().map(|m| m.doc).collect();
        docs.dedup();
        docs
    }

    /// Sentence indexes of document `doc`'s witness (empty when it lacks the passage).
    pub fn witness(&self, doc: usize) -> Vec<usize> {
        self.members
            .iter()
            .filter(|m| m.doc == doc)
            .map(|m| m.sentence)
            .collect()
    }

    /// Number of partial witnesses.
    pub fn partial_count(&self) -> usize {
        let mut docs: Vec<usize> = self
            .members
            .iter()
            .filter(|m| m.kind == WitnessKind::Partial)
            .map(|m| m.doc)
            .collect();
        docs.dedup();
        docs.len()
    }
}

/// The passages of a set of documents and the sentences no other document has.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// Passages in the reading order of the first document that has them,
    /// then of the next, and so on.
    pub passages: Vec<Passage>,
    /// Sentences in no passage, by document then sentence.
    pub unique: Vec<SentenceRef>,
    /// Word count of each sentence of each document.
    pub words: Vec<Vec<usize>>,
    /// How many pairs of documents were aligned sentence by sentence.
    pub pairs_compared: usize,
}

/// Align `docs` together.
///
/// ```
/// use wirediff::{align, AlignOptions, Document};
/// let docs = [
///     Document::from_text("a", "Iran said 120 nationals would fly home. The sky was blue."),
///     Document::from_text("b", "Rain fell. Iran said 120 of its nationals would be flown home."),
///     Document::from_text("c", "Iran said 120 nationals would fly home."),
/// ];
/// let a = align(&docs, &AlignOptions::default());
/// assert_eq!(a.passages.len(), 1);
/// assert_eq!(a.passages[0].documents(), [0, 1, 2]);
/// assert_eq!(a.unique.len(), 2);
/// ```
pub fn align(docs: &[Document], opts: &AlignOptions) -> Alignment {
    align_profiled(docs, opts).0
}

/// [`align`], with the profiles it compared the sentences by (documents in
/// the order given), for provenance to reuse rather than build again.
pub(crate) fn align_profiled(docs: &[Document], opts: &AlignOptions) -> (Alignment, Profiles) {
    // Work in a canonical order (by text, then path), so the passages found
    // do not depend on the order the documents were given in; then map the
    // indexes back.
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by(|&a, &b| {
        docs[a]
            .text
            .cmp(&docs[b].text)
            .then(docs[a].path.cmp(&docs[b].path))
    });
    let refs: Vec<&Document> = order.iter().map(|&i| &docs[i]).collect();
    let (mut a, mut p) = align_ordered(&refs, opts);
    for m in a.passages.iter_mut().flat_map(|p| p.members.iter_mut()) {
        m.doc = order[m.doc];
    }
    for p in &mut a.passages {
        p.members
            .sort_by_key(|m| (m.doc, m.sentence, m.kind == WitnessKind::Partial));
    }
    a.passages
        .sort_by_key(|p| (p.members[0].doc, p.members[0].sentence, p.members.len()));
    super::flags::flag_passages(docs, &mut a.passages);
    for u in &mut a.unique {
        u.doc = order[u.doc];
    }
    a.unique.sort();
    let mut words = vec![Vec::new(); docs.len()];
    for (k, w) in std::mem::take(&mut a.words).into_iter().enumerate() {
        words[order[k]] = w;
    }
    a.words = words;
    let mut profiles = vec![Vec::new(); docs.len()];
    for (k, d) in std::mem::take(&mut p.docs).into_iter().enumerate() {
        profiles[order[k]] = d;
    }
    p.docs = profiles;
    (a, p)
}

/// [`align`] of documents in the order given, with the sentences' profiles.
fn align_ordered(docs: &[&Document], opts: &AlignOptions) -> (Alignment, Profiles) {
    let p = Profiles::build(docs);
    let mut offsets = Vec::with_capacity(docs.len() + 1);
    let mut doc_of = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        offsets.push(doc_of.len());
        doc_of.extend(std::iter::repeat_n(d as u32, doc.sentences.len()));
    }
    offsets.push(doc_of.len());
    let pairs = candidate_pairs(&p);
    // Page furniture (a timestamp, a photo credit) joins passages only word
    // for word: a date it shares with a headline is no shared content.
    let furniture: Vec<Vec<bool>> = docs
        .par_iter()
        .map(|d| {
            furniture_kinds(d, attribution::builtin())
                .into_iter()
                .map(|k| k.is_some_and(|k| k != Furniture::Caption))
                .collect()
        })
        .collect();
    let (links, shared): (Vec<Vec<Link>>, Vec<Vec<Shared>>) = pairs
        .par_iter()
        .map(|&(a, b)| pair_links(&p, &furniture, &offsets, a, b, opts.min_similarity))
        .unzip();
    let locate = |node: Node| {
        let d = doc_of[node as usize] as usize;
        (d, node as usize - offsets[d])
    };
    let similarity = |x: Node, y: Node| {
        let ((dx, sx), (dy, sy)) = (locate(x), locate(y));
        p.sentence_similarity(dx, sx, dy, sy).score
    };
    let mut clusters = Clusters::new(doc_of.clone(), &similarity);
    clusters.apply(links.into_iter().flatten().collect());
    let heading: Vec<bool> = p.docs.iter().flatten().map(|s| s.heading).collect();
    clusters.attach(
        shared.into_iter().flatten().collect(),
        opts.min_similarity * LOOSE_FACTOR,
        &heading,
    );
    let groups = clusters.into_groups();
    let mut passages: Vec<Passage> = groups
        .into_par_iter()
        .map(|group| {
            let members: Vec<(usize, usize, bool)> = group
                .into_iter()
                .map(|(node, partial)| {
                    let d = doc_of[node as usize] as usize;
                    (d, node as usize - offsets[d], partial)
                })
                .collect();
            passage(&p, members, opts.min_similarity)
        })
        .flatten()
        .collect();
    passages.sort_by_key(|p| (p.members[0].doc, p.members[0].sentence));
    let unique = unique(docs, &passages);
    let words = p
        .docs
        .iter()
        .map(|d| d.iter().map(|s| s.words).collect())
        .collect();
    let alignment = Alignment {
        passages,
        unique,
        words,
        pairs_compared: pairs.len(),
    };
    (alignment, p)
}

/// A sentence that shares content with its best partner in another
/// document, with their similarity: `(score, sentence, partner)`.
type Shared = (f32, Node, Node);

/// The links between sentences of documents `a` and `b`, and every pair of
/// their sentences that shares content.
fn pair_links(
    p: &Profiles,
    furniture: &[Vec<bool>],
    offsets: &[usize],
    a: usize,
    b: usize,
    min: f32,
) -> (Vec<Link>, Vec<Shared>) {
    let node = |d: usize, s: usize| (offsets[d] + s) as Node;
    let groups = matches(p, a, b, min);
    let mut taken = std::collections::HashSet::new();
    for g in &groups {
        for &i in &g.old {
            for &j in &g.new {
                taken.insert((i, j));
            }
        }
    }
    let substantial =
        |d: usize, s: usize| p.docs[d][s].terms.len() >= MIN_PASSAGE_TERMS && !furniture[d][s];
    let sharing = shared_sentence_pairs(p, a, b, min * CLAUSE_FLOOR);
    let clause_links = clause_links(p, &sharing, substantial, node, [a, b], min);
    let mut pairs = sharing;
    pairs.retain(|s| s.raw >= min * ATTACH_FACTOR && substantial(a, s.a) && substantial(b, s.b));
    // A sentence may join the groups of its partner when they match from
    // the similarity threshold, or, from [`ATTACH_FACTOR`] of it, when each
    // is the other's best match in the other document (a sentence that
    // shares a name with many is a witness of the one it matches best);
    // they share at least [`MIN_PASSAGE_TERMS`] terms, and neither is a
    // subhead (a heading after the first body sentence labels a section, it
    // does not restate a fact).
    let (mut best_a, mut best_b) = (vec![0f32; p.docs[a].len()], vec![0f32; p.docs[b].len()]);
    for s in &pairs {
        best_a[s.a] = best_a[s.a].max(s.raw);
        best_b[s.b] = best_b[s.b].max(s.raw);
    }
    let subhead = |d: usize| {
        let lead = p.docs[d]
            .iter()
            .position(|s| !s.heading)
            .unwrap_or(usize::MAX);
        move |s: usize| p.docs[d][s].heading && s > lead
    };
    let (sub_a, sub_b) = (subhead(a), subhead(b));
    let mut shared: Vec<Shared> = Vec::new();
    for s in &pairs {
        let mutual = s.raw >= best_a[s.a] && s.raw >= best_b[s.b];
        let matched = s.raw >= min;
        // One shared number or name is a coincidence, not a restatement.
        let several = || p.sentence_similarity(a, s.a, b, s.b).shared >= MIN_PASSAGE_TERMS;
        if (mutual || matched) && !sub_a(s.a) && !sub_b(s.b) && several() {
            shared.push((s.raw, node(a, s.a), node(b, s.b)));
            shared.push((s.raw, node(b, s.b), node(a, s.a)));
        }
    }
    let extras: Vec<Link> = pairs
        .into_iter()
        .filter(|s| s.score >= min && !taken.contains(&(s.a, s.b)))
        .map(|s| {
            let (score, i, j) = (s.score, s.a, s.b);
            let (ni, nj) = (node(a, i), node(b, j));
            let heavier = p.weight(&p.docs[a][i].terms) >= p.weight(&p.docs[b][j].terms);
            let (whole, part) = if heavier { (ni, nj) } else { (nj, ni) };
            Link::Extra { whole, part, score }
        })
        .collect();
    // A kicker or label (`UK`) beside a headline is no part of the content
    // a split witness carries.
    let label = |d: usize, s: usize| {
        let sentence = &p.docs[d][s];
        (sentence.heading || furniture[d][s]) && sentence.terms.len() < MIN_PASSAGE_TERMS
    };
    let groups = groups.into_iter().filter_map(|mut g| {
        if g.old.len() + g.new.len() > 2 {
            if g.old.len() > 1 {
                g.old.retain(|&i| !label(a, i));
            }
            if g.new.len() > 1 {
                g.new.retain(|&j| !label(b, j));
            }
        }
        (!g.old.is_empty() && !g.new.is_empty()).then_some(g)
    });
    let links = groups
        .into_iter()
        .filter(|g| match (g.old.as_slice(), g.new.as_slice()) {
            (&[i], &[j]) => {
                g.similarity.dice >= VERBATIM_DICE || (substantial(a, i) && substantial(b, j))
            }
            _ => true,
        })
        .map(|g| {
            let [ta, tb] = &g.terms;
            let sim = g.similarity;
            match (g.old.as_slice(), g.new.as_slice()) {
                (&[i], &[j]) => {
                    let (wa, wb) = (p.weight(ta), p.weight(tb));
                    let (big, small) = if wa >= wb {
                        (node(a, i), node(b, j))
                    } else {
                        (node(b, j), node(a, i))
                    };
                    if sim.dice < PARTIAL_MAX_DICE && wa.max(wb) >= PARTIAL_MIN_RATIO * wa.min(wb) {
                        Link::Partial {
                            whole: big,
                            part: small,
                            score: sim.score,
                        }
                    } else {
                        Link::Full {
                            a: node(a, i),
                            b: node(b, j),
                            score: sim.score,
                        }
                    }
                }
                (&[i], parts) => Link::Split {
                    whole: node(a, i),
                    parts: parts.iter().map(|&j| node(b, j)).collect(),
                    score: sim.score,
                },
                (parts, whole) => Link::Split {
                    whole: node(b, whole[0]),
                    parts: parts.iter().map(|&i| node(a, i)).collect(),
                    score: sim.score,
                },
            }
        })
        .chain(extras)
        .chain(clause_links)
        .collect();
    (links, shared)
}

/// A passage from its members `(doc, sentence, attached)` (ascending),
/// without the attached partial witnesses that match no other witness from
/// the similarity threshold `min` (a sentence that holds loosely with a
/// passage but matches none of its sentences would link to all of them);
/// `None` when fewer than two documents remain.
fn passage(p: &Profiles, members: Vec<(usize, usize, bool)>, min: f32) -> Option<Passage> {
    let all = scored_passage(p, &members);
    let kept: Vec<(usize, usize, bool)> = members
        .iter()
        .zip(&all.members)
        .filter(|((_, _, attached), m)| !attached || m.similarity >= min)
        .map(|(x, _)| *x)
        .collect();
    let passage = if kept.len() == members.len() {
        all
    } else {
        scored_passage(p, &kept)
    };
    (passage.documents().len() >= 2).then_some(passage)
}

/// A passage from its members `(doc, sentence, attached)` (ascending): each
/// witness's best similarity to another document's witness, and its kind.
fn scored_passage(p: &Profiles, members: &[(usize, usize, bool)]) -> Passage {
    let mut witnesses: Vec<(usize, Vec<usize>)> = Vec::new();
    for &(d, s, _) in members {
        match witnesses.last_mut() {
            Some((last, sentences)) if *last == d => sentences.push(s),
            _ => witnesses.push((d, vec![s])),
        }
    }
    let terms: Vec<_> = witnesses
        .iter()
        .map(|(d, ss)| terms_of(p, *d, ss))
        .collect();
    let weights: Vec<f32> = terms.iter().map(|t| p.weight(t)).collect();
    // For each witness: best score, best Dice, and whether it carries much
    // more than its best partner (a partial witness).
    let best: Vec<(f32, f32, bool)> = (0..witnesses.len())
        .map(|w| {
            let mut out = (0.0f32, 0.0f32, false);
            for o in (0..witnesses.len()).filter(|&o| o != w) {
                let sim = p.similarity(&terms[w], &terms[o]);
                out.1 = out.1.max(sim.dice);
                if sim.score > out.0 {
                    out.0 = sim.score;
                    out.2 =
                        sim.dice < PARTIAL_MAX_DICE && weights[w] >= PARTIAL_MIN_RATIO * weights[o];
                }
            }
            out
        })
        .collect();
    let mut out = Vec::with_capacity(members.len());
    for &(d, s, partial) in members {
        let w = witnesses.iter().position(|(wd, _)| *wd == d).unwrap_or(0);
        let (score, dice, carries_more) = best[w];
        // A witness one clause of which matches better than the whole
        // sentence carries this content and more.
        let clause = carrying_clause(p, (d, s), &terms, w, score);
        let kind = if partial || carries_more || clause.is_some() {
            WitnessKind::Partial
        } else if dice >= VERBATIM_DICE {
            WitnessKind::Verbatim
        } else {
            WitnessKind::Reworded
        };
        out.push(Member {
            doc: d,
            sentence: s,
            kind,
            similarity: score,
            clause,
        });
    }
    let kind = if out.iter().all(|m| m.kind == WitnessKind::Verbatim) {
        WitnessKind::Verbatim
    } else {
        WitnessKind::Reworded
    };
    Passage {
        members: out,
        kind,
        flags: Vec::new(),
    }
}

/// The clause of sentence `s` of document `d` (witness `w` of a passage
/// whose witnesses have `terms`) that matches another witness best, when it
/// matches better than the whole witness's `score`.
fn carrying_clause(
    p: &Profiles,
    (d, s): (usize, usize),
    terms: &[Vec<TermId>],
    w: usize,
    score: f32,
) -> Option<Span> {
    p.docs[d][s]
        .clauses
        .iter()
        .map(|(span, clause)| {
            let best = (0..terms.len())
                .filter(|&o| o != w)
                .map(|o| p.similarity(clause, &terms[o]).score)
                .fold(0.0f32, f32::max);
            (best, *span)
        })
        .filter(|&(best, _)| best > score)
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.start.cmp(&a.1.start)))
        .map(|(_, span)| span)
}

/// Sentences of `docs` that are in no passage.
fn unique(docs: &[&Document], passages: &[Passage]) -> Vec<SentenceRef> {
    let mut covered: Vec<Vec<bool>> = docs
        .iter()
        .map(|d| vec![false; d.sentences.len()])
        .collect();
    for m in passages.iter().flat_map(|p| &p.members) {
        covered[m.doc][m.sentence] = true;
    }
    covered
        .iter()
        .enumerate()
        .flat_map(|(doc, c)| {
            c.iter()
                .enumerate()
                .filter(|(_, &is)| !is)
                .map(move |(sentence, _)| SentenceRef { doc, sentence })
        })
        .collect()
}

impl Alignment {
    /// `matrix[r][c]`: the share of document `r`'s words that lie in
    /// passages it shares with document `c`; on the diagonal, the share of
    /// `r`'s words in any passage. Each sentence counts once per cell.
    /// `None` past 500 documents (the table would be
    /// too large to be of use).
    pub fn matrix(&self) -> Option<Vec<Vec<f32>>> {
        let n = self.words.len();
        if n > MATRIX_MAX_DOCUMENTS {
            return None;
        }
        let mut shared: Vec<Vec<Vec<usize>>> = vec![vec![Vec::new(); n]; n];
        for p in &self.passages {
            let docs = p.documents();
            for m in &p.members {
                for &c in &docs {
                    shared[m.doc][c].push(m.sentence);
                }
            }
        }
        let rows = shared
            .into_iter()
            .enumerate()
            .map(|(r, row)| {
                let total: usize = self.words[r].iter().sum();
                row.into_iter()
                    .map(|mut sentences| {
                        sentences.sort_unstable();
                        sentences.dedup();
                        let words: usize = sentences.iter().map(|&s| self.words[r][s]).sum();
                        if total == 0 {
                            0.0
                        } else {
                            words as f32 / total as f32
                        }
                    })
                    .collect()
            })
            .collect();
        Some(rows)
    }

    /// True when every document has every passage verbatim and nothing of its own.
    pub fn is_same(&self) -> bool {
        let n = self.words.len();
        self.unique.is_empty()
            && self.passages.iter().all(|p| {
                p.kind == WitnessKind::Verbatim && p.documents().len() == n && p.flags.is_empty()
            })
    }
}
