//! Lineage: which document derives from which, and from which outlets and
//! speakers. The reuse graph of text-reuse research (passim's clusters),
//! the stemma of collation, for a handful of versions on a desk.
//!
//! Built on two finished analyses: `check`'s reuse between every ordered
//! pair of documents (wording, not facts: [`crate::check`]) gives the
//! document-to-document edges and their shares, and `trace`'s origins give
//! each document's outlets and speakers. An edge's direction comes from
//! evidence (`direction.rs`); without any, the edge stays undirected rather
//! than guessed. Documents that carry essentially the same text form a
//! [`Family`] (`families.rs`).

mod direction;
mod families;

use std::collections::HashMap;

use crate::attribution::outlets::Registry;
use crate::check::PairReuse;
use crate::meta::DocMeta;
use crate::model::Document;
use crate::provenance::{Origin, Trace};

pub use direction::{Direction, DirectionEvidence, DirectionKind};

/// Least share of one document's own words derived from another (either
/// way) for the two to be joined by an edge.
pub const EDGE_SHARE: f32 = 0.3;
/// Least share the other way: text one version takes from another shows in
/// both (a document whose few own words all match another's, while none of
/// the other's match it, shares a formula, not a text).
pub const EDGE_BACK_SHARE: f32 = 0.05;

/// A document's parent: another document, or an outlet or speaker of the
/// registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    /// A document (its index).
    Document(usize),
    /// An outlet, institution or speaker (its registry index).
    Source(usize),
}

/// One parent of a document, with the share of the document's words that
/// derive from it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Parent {
    /// The parent.
    pub node: Node,
    /// Share of the child's words, 0–1.
    pub share: f32,
}

/// Two documents whose wording one derives from the other's (or both from
/// one text).
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// The source when directed; otherwise the lower index.
    pub from: usize,
    /// The derived document when directed; otherwise the higher index.
    pub to: usize,
    /// What the evidence says of the direction.
    pub direction: Direction,
    /// Share of `to`'s words whose wording derives from `from`.
    pub share: f32,
    /// Share of `from`'s words whose wording `to` carries.
    pub back_share: f32,
    /// Share of `to`'s words in verbatim reuse of `from`.
    pub verbatim: f32,
    /// How sure the direction is, 0–1 (0 when undecided).
    pub confidence: f32,
    /// The direction's evidence, strongest first (both ways; the losing
    /// side's too).
    pub evidence: Vec<DirectionEvidence>,
}

impl Edge {
    /// A direction was decided.
    pub fn directed(&self) -> bool {
        self.direction != Direction::Undecided
    }

    /// The metadata's published times and the text's evidence disagree: the
    /// times date `to` first while the edge points from `from`, or the
    /// edge is undecided although the times order the two.
    pub fn conflict(&self) -> bool {
        self.evidence.iter().any(|e| {
            e.kind == DirectionKind::Published && (!self.directed() || e.source != self.from)
        })
    }
}

/// Documents that carry essentially the same text (copies of one wire
/// story, say), listed together with their variants.
#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    /// The documents, in input order.
    pub members: Vec<usize>,
    /// The member that carries the most of the others' text (the fullest
    /// copy), shown first.
    pub head: usize,
}

/// Which documents derive from which, and from which sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Lineage {
    /// For each document, its parents, largest share first.
    pub parents: Vec<Vec<Parent>>,
    /// Document-to-document edges, strongest first.
    pub edges: Vec<Edge>,
    /// Families of near-identical documents, largest first.
    pub families: Vec<Family>,
}

/// Share of each document's own words that derive from each other
/// document, each source counted alone, not only where `check` credits it:
/// only the pairs that share rare keys, so memory grows with the pairs, not
/// with the square of the documents.
pub(crate) struct Shares {
    /// (suspect, source) → (share of all reuse, share of verbatim reuse).
    pairs: HashMap<(usize, usize), (f32, f32)>,
    /// For each document, the documents it shares any reuse with, either way.
    pub neighbours: Vec<Vec<usize>>,
}

impl Shares {
    fn new(n: usize, found: &[PairReuse]) -> Self {
        let mut pairs = HashMap::new();
        let mut neighbours = vec![Vec::new(); n];
        for p in found.iter().filter(|p| p.reuse > 0.0) {
            pairs.insert((p.suspect, p.source), (p.reuse, p.verbatim));
            for (x, y) in [(p.suspect, p.source), (p.source, p.suspect)] {
                if !neighbours[x].contains(&y) {
                    neighbours[x].push(y);
                }
            }
        }
        neighbours.iter_mut().for_each(|v| v.sort_unstable());
        Shares { pairs, neighbours }
    }

    /// Share of `a`'s own words whose wording derives from `b`.
    pub fn all(&self, a: usize, b: usize) -> f32 {
        self.pairs.get(&(a, b)).map_or(0.0, |x| x.0)
    }

    /// Share of `a`'s own words in verbatim reuse of `b`.
    pub fn verbatim(&self, a: usize, b: usize) -> f32 {
        self.pairs.get(&(a, b)).map_or(0.0, |x| x.1)
    }

    /// The pairs of documents with any reuse either way, lower index first,
    /// in order.
    pub(super) fn linked(&self) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = self
            .neighbours
            .iter()
            .enumerate()
            .flat_map(|(a, ns)| ns.iter().filter(move |&&b| b > a).map(move |&b| (a, b)))
            .collect();
        out.sort_unstable();
        out
    }
}

/// The lineage of `docs`, from `pairs` (each document's reuse of each
/// other: [`crate::check`]), `trace` (their origins, whose outlets are
/// those of `registry`), `words` (the words of each sentence of each
/// document) and `meta` (what metadata says of each document, when given).
pub(crate) fn lineage(
    docs: &[Document],
    pairs: &[PairReuse],
    trace: &Trace,
    registry: &Registry,
    words: &[Vec<usize>],
    meta: &[DocMeta],
) -> Lineage {
    let n = docs.len();
    let shares = Shares::new(n, pairs);
    let families = families::families(&shares, docs);
    let family_of = |d: usize| families.iter().position(|f| f.members.contains(&d));
    let authors = direction::Authors::new(docs, trace, meta);
    let mut edges = Vec::new();
    for (a, b) in shares.linked() {
        let (ab, ba) = (shares.all(a, b), shares.all(b, a));
        if ab.max(ba) < EDGE_SHARE || ab.min(ba) < EDGE_BACK_SHARE {
            continue;
        }
        let same_family = family_of(a).is_some() && family_of(a) == family_of(b);
        let (direction, confidence, evidence) =
            direction::decide(&authors, registry, &shares, a, b, same_family);
        let (from, to) = match direction {
            Direction::Backward => (b, a),
            Direction::Forward | Direction::Undecided => (a, b),
        };
        let direction = if direction == Direction::Undecided {
            Direction::Undecided
        } else {
            Direction::Forward
        };
        edges.push(Edge {
            from,
            to,
            direction,
            share: shares.all(to, from),
            back_share: shares.all(from, to),
            verbatim: shares.verbatim(to, from),
            confidence,
            evidence,
        });
    }
    edges.sort_by(|x, y| {
        let s = |e: &Edge| e.share.max(e.back_share);
        s(y).total_cmp(&s(x))
            .then((x.from, x.to).cmp(&(y.from, y.to)))
    });
    let parents = (0..n).map(|d| parents(d, &edges, trace, words)).collect();
    Lineage {
        parents,
        edges,
        families,
    }
}

/// Document `d`'s parents: the documents it derives from (directed edges
/// into it, and undirected ones), then the outlets and speakers its
/// sentences trace to (not its own outlet), each with its share of `d`'s
/// words.
fn parents(d: usize, edges: &[Edge], trace: &Trace, words: &[Vec<usize>]) -> Vec<Parent> {
    let mut out: Vec<Parent> = edges
        .iter()
        .filter_map(|e| {
            if e.to == d {
                Some(Parent {
                    node: Node::Document(e.from),
                    share: e.share,
                })
            } else if e.from == d && !e.directed() {
                Some(Parent {
                    node: Node::Document(e.to),
                    share: e.back_share,
                })
            } else {
                None
            }
        })
        .collect();
    let own = trace.outlets[d].outlet;
    let total: usize = words[d].iter().sum();
    let mut by_source: Vec<(usize, usize)> = Vec::new();
    for (s, t) in trace.sentences[d].iter().enumerate() {
        if let Origin::Outlet(o) = t.origin {
            if Some(o) == own {
                continue;
            }
            match by_source.iter_mut().find(|(x, _)| *x == o) {
                Some((_, w)) => *w += words[d][s],
                None => by_source.push((o, words[d][s])),
            }
        }
    }
    out.extend(by_source.into_iter().map(|(o, w)| Parent {
        node: Node::Source(o),
        share: w as f32 / total.max(1) as f32,
    }));
    out.sort_by(|x, y| y.share.total_cmp(&x.share).then(x.node.cmp(&y.node)));
    out
}

#[cfg(test)]
mod tests;
