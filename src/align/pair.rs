//! Two-document alignment: which sentences of NEW carry which sentences of OLD.
//!
//! The steps, each on what the previous left unmatched:
//!
//! 1. **Exact**: sentences with the same words in the same order (after
//!    normalisation), first in order (a Patience diff over sentence hashes),
//!    then out of order.
//! 2. **Similar**: candidate pairs come from an inverted index of content
//!    terms (terms in too many sentences are not used to find candidates, so
//!    the work stays near-linear); candidates are scored with
//!    [`Profiles::similarity`] and taken greedily, best first, one to one,
//!    from `min_similarity` up.
//! 3. **Context**: a weaker pair (from half the threshold) is taken when both
//!    sentences sit in the same gap between two aligned neighbours, as in a
//!    paraphrased quote between two kept sentences.
//! 4. **Split and merged**: an unmatched sentence next to a matched one joins
//!    its group when most of its content comes from the other side and the
//!    group as a whole matches better with it.
//! 5. **Order**: the heaviest set of groups in the same order on both sides
//!    (a weighted longest increasing subsequence) stays in place; the other
//!    groups are *moved*.

use std::collections::{HashMap, VecDeque};

use similar::DiffOp;

use super::bounded::bounded_diff;
use super::inline::{changed_runs, compare_words};
use super::{Diff, DiffOptions, Op, OpKind, Summary, WordChange, WordOp};
use crate::meaning::flags_for_changes;
use crate::model::Document;
use crate::similarity::{union, Profiles, TermId};

/// A weaker pair is considered in context from this share of the threshold.
const CONTEXT_FACTOR: f32 = 0.5;
/// A heading paired with a body sentence scores this share of its similarity:
/// a subhead sums up a paragraph, it does not carry the same content.
pub(crate) const HEADING_MISMATCH: f32 = 0.5;
/// Most sentences one group may gather on its split or merged side.
const MAX_GROUP: usize = 3;
/// Share of a sentence's content weight that must come from the other side
/// for it to join a split or merged group.
const MIN_JOIN_COVERAGE: f32 = 0.5;

/// Compare two documents sentence by sentence.
///
/// ```
/// use wirediff::{diff, DiffOptions, Document, OpKind};
/// let old = Document::from_text("old", "Iran said 120 people would fly home. It was Tuesday.");
/// let new = Document::from_text("new", "It was Tuesday. Iran said 120 of its people would be flown home.");
/// let d = diff(&old, &new, &DiffOptions::default());
/// let kinds: Vec<OpKind> = d.ops.iter().map(|op| op.kind).collect();
/// assert!(kinds.contains(&OpKind::Moved));
/// assert!(!kinds.contains(&OpKind::Added));
/// ```
pub fn diff(old: &Document, new: &Document, opts: &DiffOptions) -> Diff {
    let profiles = Profiles::build(&[old, new]);
    let groups = match_documents(&profiles, 0, 1, opts.min_similarity);
    build(old, new, &profiles, groups)
}

/// The matched groups of documents `old` and `new` of `p` (indexes into
/// `p.docs`), sorted by their first NEW sentence.
pub(crate) fn match_documents(
    p: &Profiles,
    old: usize,
    new: usize,
    min_similarity: f32,
) -> Vec<Group> {
    let mut m = Matcher::new(p, old, new);
    m.match_exact();
    let low = min_similarity * CONTEXT_FACTOR;
    let candidates = m.candidates(low);
    m.assign(&candidates, min_similarity);
    m.assign_in_context(&candidates, low);
    m.attach_neighbours();
    m.into_groups()
}

/// One matched group: adjacent sentences of OLD and of NEW carrying the same content.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    /// Sentence indexes in OLD, ascending and adjacent.
    pub old: Vec<usize>,
    /// Sentence indexes in NEW, ascending and adjacent.
    pub new: Vec<usize>,
    /// In the same relative order on both sides (not moved).
    pub in_order: bool,
}

struct Matcher<'p> {
    p: &'p Profiles,
    /// Index of OLD and NEW in `p.docs`.
    docs: [usize; 2],
    old_group: Vec<Option<usize>>,
    new_group: Vec<Option<usize>>,
    groups: Vec<Group>,
}

impl<'p> Matcher<'p> {
    fn new(p: &'p Profiles, old: usize, new: usize) -> Self {
        Matcher {
            p,
            docs: [old, new],
            old_group: vec![None; p.docs[old].len()],
            new_group: vec![None; p.docs[new].len()],
            groups: Vec::new(),
        }
    }

    /// Profiles of OLD (`side` 0) or NEW (`side` 1).
    fn side(&self, side: usize) -> &'p [crate::similarity::Profile] {
        &self.p.docs[self.docs[side]]
    }

    fn pair(&mut self, i: usize, j: usize) {
        let g = self.groups.len();
        self.groups.push(Group {
            old: vec![i],
            new: vec![j],
            in_order: true,
        });
        self.old_group[i] = Some(g);
        self.new_group[j] = Some(g);
    }

    fn match_exact(&mut self) {
        let old: Vec<u64> = self.side(0).iter().map(|s| s.exact).collect();
        let new: Vec<u64> = self.side(1).iter().map(|s| s.exact).collect();
        for op in bounded_diff(&old, &new).0 {
            if let DiffOp::Equal {
                old_index,
                new_index,
                len,
            } = op
            {
                for k in 0..len {
                    self.pair(old_index + k, new_index + k);
                }
            }
        }
        let mut unmatched: HashMap<u64, VecDeque<usize>> = HashMap::new();
        for (i, h) in old.iter().enumerate() {
            if self.old_group[i].is_none() {
                unmatched.entry(*h).or_default().push_back(i);
            }
        }
        for (j, h) in new.iter().enumerate() {
            if self.new_group[j].is_none() {
                if let Some(i) = unmatched.get_mut(h).and_then(VecDeque::pop_front) {
                    self.pair(i, j);
                }
            }
        }
    }

    /// Scored candidate pairs of unmatched sentences, best first, from `min` up.
    fn candidates(&self, min: f32) -> Vec<(f32, usize, usize)> {
        let (old, new) = (&self.old_group, &self.new_group);
        scored_pairs(
            self.p,
            self.docs,
            min,
            HEADING_MISMATCH,
            |i| old[i].is_none(),
            |j| new[j].is_none(),
        )
    }

    fn assign(&mut self, candidates: &[(f32, usize, usize)], min: f32) {
        for &(score, i, j) in candidates {
            if score >= min && self.old_group[i].is_none() && self.new_group[j].is_none() {
                self.pair(i, j);
            }
        }
    }

    /// Take weaker pairs whose two sentences lie in the same gap between
    /// aligned neighbours.
    fn assign_in_context(&mut self, candidates: &[(f32, usize, usize)], min: f32) {
        let (old_before, old_after) = nearest_groups(&self.old_group);
        let (new_before, new_after) = nearest_groups(&self.new_group);
        for &(score, i, j) in candidates {
            if score < min || self.old_group[i].is_some() || self.new_group[j].is_some() {
                continue;
            }
            // The gap must be bounded by at least one aligned pair: two
            // unrelated texts have no gaps, only one whole-document void.
            let anchored = old_before[i].is_some() || old_after[i].is_some();
            if anchored && old_before[i] == new_before[j] && old_after[i] == new_after[j] {
                self.pair(i, j);
            }
        }
    }

    /// Grow one-to-one groups into splits and merges with unmatched neighbours.
    fn attach_neighbours(&mut self) {
        for g in 0..self.groups.len() {
            loop {
                let grown = self.try_grow(g, Side::New) || self.try_grow(g, Side::Old);
                if !grown {
                    break;
                }
            }
        }
    }

    fn try_grow(&mut self, g: usize, side: Side) -> bool {
        let group = &self.groups[g];
        let (grow, fixed, doc, slots) = match side {
            Side::New => (&group.new, &group.old, 1, &self.new_group),
            Side::Old => (&group.old, &group.new, 0, &self.old_group),
        };
        if fixed.len() != 1 || grow.len() >= MAX_GROUP {
            return false;
        }
        let grow_side = self.side(doc);
        let fixed_profile = &self.side(1 - doc)[fixed[0]];
        let fixed_terms = &fixed_profile.terms;
        let grow_terms = union_all(self.p, self.docs[doc], grow);
        let current = self.p.similarity(fixed_terms, &grow_terms).score;
        let first = grow[0];
        let last = grow[grow.len() - 1];
        let neighbours = [first.checked_sub(1), Some(last + 1)];
        for k in neighbours.into_iter().flatten() {
            if k >= slots.len() || slots[k].is_some() {
                continue;
            }
            if grow_side[k].heading != fixed_profile.heading {
                continue;
            }
            let cand = &grow_side[k].terms;
            let cand_weight = self.p.weight(cand);
            if cand_weight <= 0.0 {
                continue;
            }
            let coverage = self.p.weight(&intersect(cand, fixed_terms)) / cand_weight;
            let joined = self
                .p
                .similarity(fixed_terms, &union(&grow_terms, cand))
                .score;
            if coverage >= MIN_JOIN_COVERAGE && joined > current {
                let group = &mut self.groups[g];
                let (list, slots) = match side {
                    Side::New => (&mut group.new, &mut self.new_group),
                    Side::Old => (&mut group.old, &mut self.old_group),
                };
                list.push(k);
                list.sort_unstable();
                slots[k] = Some(g);
                return true;
            }
        }
        false
    }

    /// The groups, sorted by NEW position, with `in_order` set by a weighted
    /// longest increasing subsequence over OLD positions.
    fn into_groups(self) -> Vec<Group> {
        let new = self.side(1);
        let mut groups = self.groups;
        groups.sort_by_key(|g| g.new[0]);
        let weights: Vec<usize> = groups
            .iter()
            .map(|g| 1 + g.new.iter().map(|&j| new[j].words).sum::<usize>())
            .collect();
        let keys: Vec<usize> = groups.iter().map(|g| g.old[0]).collect();
        let keep = heaviest_increasing(&keys, &weights, self.old_group.len());
        for (g, keep) in groups.iter_mut().zip(keep) {
            g.in_order = keep;
        }
        groups
    }
}

#[derive(Clone, Copy)]
enum Side {
    Old,
    New,
}

fn intersect(a: &[TermId], b: &[TermId]) -> Vec<TermId> {
    a.iter()
        .filter(|t| b.binary_search(t).is_ok())
        .copied()
        .collect()
}

/// Scored pairs of sentences of documents `docs[0]` and `docs[1]` of `p`
/// (those `use_old` and `use_new` accept), best first, from `min` up, found
/// through an inverted index of their terms (terms in too many sentences are
/// not used, so the work stays near-linear). A heading paired with a body
/// sentence scores `heading_factor` of its similarity ([`HEADING_MISMATCH`]
/// when matching, 1.0 when any shared content counts).
pub(crate) fn scored_pairs(
    p: &Profiles,
    docs: [usize; 2],
    min: f32,
    heading_factor: f32,
    use_old: impl Fn(usize) -> bool,
    use_new: impl Fn(usize) -> bool,
) -> Vec<(f32, usize, usize)> {
    let old = &p.docs[docs[0]];
    let mut postings: HashMap<TermId, Vec<usize>> = HashMap::new();
    let mut used_old = 0usize;
    for (i, prof) in old.iter().enumerate() {
        if use_old(i) {
            used_old += 1;
            for &t in &prof.terms {
                postings.entry(t).or_default().push(i);
            }
        }
    }
    let cap = 32usize.max(4 * (used_old as f64).sqrt() as usize);
    let mut seen = vec![usize::MAX; old.len()];
    let mut out = Vec::new();
    for (j, prof) in p.docs[docs[1]].iter().enumerate() {
        if !use_new(j) {
            continue;
        }
        for t in &prof.terms {
            let Some(list) = postings.get(t).filter(|l| l.len() <= cap) else {
                continue;
            };
            for &i in list {
                if seen[i] == j {
                    continue;
                }
                seen[i] = j;
                let mut score = p.similarity(&old[i].terms, &prof.terms).score;
                if old[i].heading != prof.heading {
                    score *= heading_factor;
                }
                if score >= min && score > 0.0 {
                    out.push((score, i, j));
                }
            }
        }
    }
    out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    out
}

/// For each position, the group of the nearest matched position before and
/// after it (`None` at the document's ends).
type Nearest = Vec<Option<usize>>;

fn nearest_groups(slots: &[Option<usize>]) -> (Nearest, Nearest) {
    let mut before = vec![None; slots.len()];
    let mut last = None;
    for (k, slot) in slots.iter().enumerate() {
        before[k] = last;
        if slot.is_some() {
            last = *slot;
        }
    }
    let mut after = vec![None; slots.len()];
    last = None;
    for (k, slot) in slots.iter().enumerate().rev() {
        after[k] = last;
        if slot.is_some() {
            last = *slot;
        }
    }
    (before, after)
}

/// Which items belong to the heaviest strictly increasing subsequence of
/// `keys` (each `< bound`), by `weights`. O(n log bound) with a Fenwick tree.
fn heaviest_increasing(keys: &[usize], weights: &[usize], bound: usize) -> Vec<bool> {
    // tree[k] holds (best weight, item index) of a subsequence ending below key k.
    let mut tree: Vec<(usize, usize)> = vec![(0, usize::MAX); bound + 1];
    let mut prev = vec![usize::MAX; keys.len()];
    let mut best_end = (0, usize::MAX);
    for (n, (&key, &w)) in keys.iter().zip(weights).enumerate() {
        let mut k = key;
        let mut best = (0, usize::MAX);
        while k > 0 {
            best = best.max(tree[k]);
            k &= k - 1;
        }
        prev[n] = best.1;
        let here = (best.0 + w, n);
        best_end = best_end.max(here);
        let mut k = key + 1;
        while k <= bound {
            tree[k] = tree[k].max(here);
            k += k & k.wrapping_neg();
        }
    }
    let mut keep = vec![false; keys.len()];
    let mut n = best_end.1;
    while n != usize::MAX {
        keep[n] = true;
        n = prev[n];
    }
    keep
}

fn build(old: &Document, new: &Document, p: &Profiles, groups: Vec<Group>) -> Diff {
    let mut matched_old = vec![false; old.sentences.len()];
    let mut matched_new = vec![false; new.sentences.len()];
    let mut group_at = vec![None; new.sentences.len()];
    for (g, group) in groups.iter().enumerate() {
        group.old.iter().for_each(|&i| matched_old[i] = true);
        group.new.iter().for_each(|&j| matched_new[j] = true);
        group_at[group.new[0]] = Some(g);
    }
    let mut ops = Vec::new();
    let mut next_old = 0;
    let flush = |ops: &mut Vec<Op>, next_old: &mut usize, upto: usize| {
        for (i, &matched) in matched_old.iter().enumerate().take(upto).skip(*next_old) {
            if !matched {
                ops.push(lone(OpKind::Dropped, vec![i], vec![]));
            }
        }
        *next_old = (*next_old).max(upto);
    };
    for j in 0..new.sentences.len() {
        if let Some(g) = group_at[j] {
            let group = &groups[g];
            if group.in_order {
                flush(&mut ops, &mut next_old, group.old[0]);
                next_old = next_old.max(group.old[group.old.len() - 1] + 1);
            }
            ops.push(group_op(old, new, p, group));
        } else if !matched_new[j] {
            ops.push(lone(OpKind::Added, vec![], vec![j]));
        }
    }
    flush(&mut ops, &mut next_old, old.sentences.len());
    let summary = summarize(&ops, new, p);
    Diff { ops, summary }
}

fn lone(kind: OpKind, old: Vec<usize>, new: Vec<usize>) -> Op {
    Op {
        kind,
        old,
        new,
        similarity: 0.0,
        coarse: false,
        words: Vec::new(),
        flags: Vec::new(),
        moved: false,
    }
}

fn group_op(old: &Document, new: &Document, p: &Profiles, g: &Group) -> Op {
    let old_span = old.sentences_span(&g.old);
    let new_span = new.sentences_span(&g.new);
    let exact = g.old.len() == 1
        && g.new.len() == 1
        && p.docs[0][g.old[0]].exact == p.docs[1][g.new[0]].exact;
    // A split or merge says more than that it moved: it keeps its kind
    // and is marked moved.
    let kind = if g.old.len() > 1 {
        OpKind::Merged
    } else if g.new.len() > 1 {
        OpKind::Split
    } else if !g.in_order {
        OpKind::Moved
    } else if exact {
        OpKind::Equal
    } else {
        OpKind::Reworded
    };
    let similarity = if exact {
        1.0
    } else {
        let old_terms = union_all(p, 0, &g.old);
        let new_terms = union_all(p, 1, &g.new);
        p.similarity(&old_terms, &new_terms).score
    };
    let same_bytes = old.slice(old_span) == new.slice(new_span);
    let (words, coarse) = if same_bytes {
        (Vec::new(), false)
    } else {
        compare_words(&old.text, old_span, &new.text, new_span)
    };
    let flags = flags_for_changes(old, old_span, new, new_span, &changed_runs(&words));
    Op {
        kind,
        old: g.old.clone(),
        new: g.new.clone(),
        similarity,
        coarse,
        words,
        flags,
        moved: !g.in_order,
    }
}

/// The content terms of several sentences of one document, sorted and unique.
pub(crate) fn union_all(p: &Profiles, doc: usize, sentences: &[usize]) -> Vec<TermId> {
    let mut out: Vec<TermId> = sentences
        .iter()
        .flat_map(|&s| p.docs[doc][s].terms.iter().copied())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn summarize(ops: &[Op], new: &Document, p: &Profiles) -> Summary {
    let mut s = Summary::default();
    let total: usize = p.docs[1].iter().map(|x| x.words).sum();
    let (mut derived, mut verbatim) = (0usize, 0usize);
    for op in ops {
        match op.kind {
            OpKind::Equal => s.equal += 1,
            OpKind::Reworded => s.reworded += 1,
            OpKind::Moved => s.moved += 1,
            OpKind::Split => s.split += 1,
            OpKind::Merged => s.merged += 1,
            OpKind::Added => s.added += 1,
            OpKind::Dropped => s.dropped += 1,
        }
        s.coarse += usize::from(op.coarse);
        if matches!(op.kind, OpKind::Added | OpKind::Dropped) {
            continue;
        }
        let words: usize = op.new.iter().map(|&j| p.docs[1][j].words).sum();
        derived += words;
        verbatim += if op.words.is_empty() {
            words
        } else {
            equal_words(&op.words, new)
        };
    }
    if total > 0 {
        s.derived_share = derived as f32 / total as f32;
        s.verbatim_share = verbatim.min(total) as f32 / total as f32;
    }
    s
}

fn equal_words(words: &[WordChange], new: &Document) -> usize {
    words
        .iter()
        .filter(|w| w.op == WordOp::Equal)
        .filter_map(|w| w.new)
        .map(|span| crate::tokenize::tokens(new.slice(span), 0, &new.lexicon).len())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heaviest_increasing_prefers_weight() {
        // keys 5 (heavy) vs 1,2 (light): 5 wins alone.
        let keep = heaviest_increasing(&[5, 1, 2], &[10, 1, 1], 6);
        assert_eq!(keep, [true, false, false]);
        let keep = heaviest_increasing(&[0, 3, 1, 2], &[1, 1, 1, 1], 4);
        assert_eq!(keep, [true, false, true, true]);
    }
}
