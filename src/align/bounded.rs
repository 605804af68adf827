//! Sequence diffs bounded by work, not by a clock.
//!
//! `similar`'s Patience diff falls back to Myers, whose cost grows with the
//! product of the lengths when the two sides have little in common. Instead
//! of a wall-clock deadline (which makes the answer depend on how loaded the
//! machine is), the common prefix and suffix are taken off first and the
//! middle is diffed only when it is at most [`MAX_DIFF_ITEMS`] items long
//! (both sides together); a longer middle is reported as one replaced run.
//! The same input therefore always gives the same output.

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
    (coarse(old.len(), new.len(), prefix, suffix), true)
}

/// Equal prefix, one replaced middle, equal suffix.
fn coarse(old_len: usize, new_len: usize, prefix: usize, suffix: usize) -> Vec<DiffOp> {
    let mut ops = Vec::with_capacity(3);
    if prefix > 0 {
        ops.push(DiffOp::Equal {
            old_index: 0,
            new_index: 0,
            len: prefix,
        });
    }
    let (old_mid, new_mid) = (old_len - prefix - suffix, new_len - prefix - suffix);
    ops.push(match (old_mid, new_mid) {
        (o, 0) => DiffOp::Delete {
            old_index: prefix,
            old_len: o,
            new_index: prefix,
        },
        (0, n) => DiffOp::Insert {
            old_index: prefix,
            new_index: prefix,
            new_len: n,
        },
        (o, n) => DiffOp::Replace {
            old_index: prefix,
            old_len: o,
            new_index: prefix,
            new_len: n,
        },
    });
    if suffix > 0 {
        ops.push(DiffOp::Equal {
            old_index: old_len - suffix,
            new_index: new_len - suffix,
            len: suffix,
        });
    }
    ops
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
