//! Sequence diffs bounded by work, not by a clock.
//!
//! `similar`'s Patience diff falls back to Myers, whose cost grows with the
//! product of the lengths when the two sides have little in common. Instead
//! of a wall-clock deadline (which makes the answer depend on how loaded the
//! machine is), the common prefix and suffix are taken off first and the
//! middle is diffed only when it is at most [`MAX_DIFF_ITEMS`] items long
//! (both sides together); a longer middle is reported as one replaced run.
//! The same input therefore always gives the same output.

use std::collections::HashMap;
use std::hash::Hash;

use similar::{capture_diff_slices, Algorithm, DiffOp};

/// Most items (words, sentences; both sides together) of the middle of two
/// sequences that are diffed item by item; a longer middle is one coarse run.
pub const MAX_DIFF_ITEMS: usize = 8_000;

/// The diff of `old` and `new`, and whether its middle was too long to
/// compare item by item (then it is one `Replace`, `Delete` or `Insert`).
pub(crate) fn bounded_diff<T: Hash + Eq + Ord>(old: &[T], new: &[T]) -> (Vec<DiffOp>, bool) {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let (old_rest, new_rest) = (&old[prefix..], &new[prefix..]);
    let suffix = old_rest
        .iter()
        .rev()
        .zip(new_rest.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let middle = (old.len() - prefix - suffix) + (new.len() - prefix - suffix);
    if middle <= MAX_DIFF_ITEMS {
        return (capture_diff_slices(Algorithm::Patience, old, new), false);
    }
    let mut ops = Vec::new();
    equal(&mut ops, 0, 0, prefix);
    let (old_end, new_end) = (old.len() - suffix, new.len() - suffix);
    let mut coarse = false;
    let anchors = anchors(&old[prefix..old_end], &new[prefix..new_end]);
    let (mut at_old, mut at_new) = (prefix, prefix);
    for (i, j) in anchors {
        let (i, j) = (prefix + i, prefix + j);
        coarse |= stretch(old, new, (at_old, i), (at_new, j), &mut ops);
        equal(&mut ops, i, j, 1);
        (at_old, at_new) = (i + 1, j + 1);
    }
    coarse |= stretch(old, new, (at_old, old_end), (at_new, new_end), &mut ops);
    equal(&mut ops, old_end, new_end, suffix);
    (ops, coarse)
}

/// Diff `old[o.0..o.1]` with `new[n.0..n.1]` into `ops`, item by item
/// when short enough, else as one replaced run (then true).
fn stretch<T: Hash + Eq + Ord>(
    old: &[T],
    new: &[T],
    o: (usize, usize),
    n: (usize, usize),
    ops: &mut Vec<DiffOp>,
) -> bool {
    if (o.1 - o.0) + (n.1 - n.0) <= MAX_DIFF_ITEMS {
        let part = capture_diff_slices(Algorithm::Patience, &old[o.0..o.1], &new[n.0..n.1]);
        ops.extend(part.into_iter().map(|op| shift(op, o.0, n.0)));
        return false;
    }
    replaced(ops, o, n);
    true
}

/// Positions `(i, j)` of items found exactly once in `old` and once in
/// `new`, the longest run of them in the same order on both sides.
fn anchors<T: Hash + Eq>(old: &[T], new: &[T]) -> Vec<(usize, usize)> {
    let mut seen: HashMap<&T, (usize, usize, usize)> = HashMap::new();
    for (i, x) in old.iter().enumerate() {
        let e = seen.entry(x).or_insert((0, 0, i));
        e.0 += 1;
        e.2 = i;
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut in_new: HashMap<&T, (usize, usize)> = HashMap::new();
    for (j, x) in new.iter().enumerate() {
        if seen.get(x).is_some_and(|e| e.0 == 1) {
            let e = in_new.entry(x).or_insert((0, j));
            e.0 += 1;
        }
    }
    for (x, (count, j)) in in_new {
        if count == 1 {
            pairs.push((seen[x].2, j));
        }
    }
    pairs.sort_unstable();
    longest_increasing(&pairs)
}

/// The longest subsequence of `pairs` (sorted by `i`) increasing in `j`.
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut tails: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, j)) in pairs.iter().enumerate() {
        let at = tails.partition_point(|&t| pairs[t].1 < j);
        before[k] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut k = tails.last().copied();
    while let Some(i) = k {
        out.push(pairs[i]);
        k = before[i];
    }
    out.reverse();
    out
}

fn equal(ops: &mut Vec<DiffOp>, old_index: usize, new_index: usize, len: usize) {
    if len > 0 {
        ops.push(DiffOp::Equal {
            old_index,
            new_index,
            len,
        });
    }
}

/// One deleted, inserted or replaced run.
fn replaced(ops: &mut Vec<DiffOp>, o: (usize, usize), n: (usize, usize)) {
    let (old_len, new_len) = (o.1 - o.0, n.1 - n.0);
    ops.push(match (old_len, new_len) {
        (0, 0) => return,
        (old_len, 0) => DiffOp::Delete {
            old_index: o.0,
            old_len,
            new_index: n.0,
        },
        (0, new_len) => DiffOp::Insert {
            old_index: o.0,
            new_index: n.0,
            new_len,
        },
        (old_len, new_len) => DiffOp::Replace {
            old_index: o.0,
            old_len,
            new_index: n.0,
            new_len,
        },
    });
}

/// `op` with its indexes moved by `old` and `new`.
fn shift(op: DiffOp, old: usize, new: usize) -> DiffOp {
    match op {
        DiffOp::Equal {
            old_index,
            new_index,
            len,
        } => DiffOp::Equal {
            old_index: old_index + old,
            new_index: new_index + new,
            len,
        },
        DiffOp::Delete {
            old_index,
            old_len,
            new_index,
        } => DiffOp::Delete {
            old_index: old_index + old,
            old_len,
            new_index: new_index + new,
        },
        DiffOp::Insert {
            old_index,
            new_index,
            new_len,
        } => DiffOp::Insert {
            old_index: old_index + old,
            new_index: new_index + new,
            new_len,
        },
        DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } => DiffOp::Replace {
            old_index: old_index + old,
            old_len,
            new_index: new_index + new,
            new_len,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_inputs_diff_item_by_item() {
        let (ops, coarse) = bounded_diff(&[1, 2, 3, 4], &[1, 3, 4, 5]);
        assert!(!coarse);
        assert_eq!(
            ops,
            capture_diff_slices(Algorithm::Patience, &[1, 2, 3, 4], &[1, 3, 4, 5])
        );
    }

    /// Every item of both sides is covered once, in order.
    fn spells_both<T: Hash + Eq + Ord + Clone + std::fmt::Debug>(
        old: &[T],
        new: &[T],
        ops: &[DiffOp],
    ) {
        let (mut i, mut j) = (0, 0);
        for op in ops {
            let (_, o, n) = op.as_tag_tuple();
            assert_eq!((o.start, n.start), (i, j), "{op:?}");
            if let DiffOp::Equal { .. } = op {
                assert_eq!(old[o.clone()], new[n.clone()]);
            }
            (i, j) = (o.end, n.end);
        }
        assert_eq!((i, j), (old.len(), new.len()));
    }

    #[test]
    fn a_long_middle_is_cut_at_unique_anchors() {
        // Two long texts sharing every tenth item, in order, among repeats.
        let old: Vec<u32> = (0..12_000)
            .map(|k| if k % 10 == 0 { k } else { 1 })
            .collect();
        let new: Vec<u32> = (0..12_000)
            .map(|k| if k % 10 == 0 { k } else { 2 })
            .collect();
        let (ops, coarse) = bounded_diff(&old, &new);
        assert!(!coarse);
        spells_both(&old, &new, &ops);
        let equal: usize = ops
            .iter()
            .filter_map(|op| match op {
                DiffOp::Equal { len, .. } => Some(*len),
                _ => None,
            })
            .sum();
        assert_eq!(equal, 1_200);
    }

    #[test]
    fn a_long_unlike_middle_is_one_run_between_the_common_ends() {
        let old: Vec<u32> = (0..10).chain(100..6_100).chain(0..5).collect();
        let new: Vec<u32> = (0..10).chain(10_000..16_000).chain(0..5).collect();
        let (ops, coarse) = bounded_diff(&old, &new);
        assert!(coarse);
        assert_eq!(ops.len(), 3);
        assert!(matches!(
            ops[1],
            DiffOp::Replace {
                old_index: 10,
                old_len: 6_000,
                new_index: 10,
                new_len: 6_000
            }
        ));
        assert!(matches!(
            ops[2],
            DiffOp::Equal {
                old_index: 6_010,
                new_index: 6_010,
                len: 5
            }
        ));
    }

    #[test]
    fn a_long_insertion_keeps_its_ends() {
        let old: Vec<u32> = (0..3).collect();
        let new: Vec<u32> = (0..3).chain(10..9_000).collect();
        let (ops, coarse) = bounded_diff(&old, &new);
        assert!(coarse);
        assert!(matches!(
            ops[1],
            DiffOp::Insert {
                new_index: 3,
                new_len: 8_990,
                ..
            }
        ));
    }
}
