//! Families: documents that carry essentially the same text. Two documents
//! are of one family when most of the shorter one's words are verbatim
//! reuse of the longer one (a copy, perhaps trimmed) and the longer one
//! carries a good part of the shorter; families are the connected groups
//! of such pairs.

use super::{Family, Shares};
use crate::model::Document;

/// Least share of the shorter document's words in verbatim reuse of the
/// longer for the two to be one family.
pub const FAMILY_SHARE: f32 = 0.8;
/// Least share of the longer document's words in verbatim reuse of the
/// shorter (a copy trimmed to less than this is a variant, not the text).
const FAMILY_BACK_SHARE: f32 = 0.4;

/// The families of `docs`, largest first; documents in no family are left
/// out.
pub(super) fn families(shares: &Shares, docs: &[Document]) -> Vec<Family> {
    let n = docs.len();
    let mut root: Vec<usize> = (0..n).collect();
    fn find(root: &mut [usize], mut x: usize) -> usize {
        while root[x] != x {
            root[x] = root[root[x]];
            x = root[x];
        }
        x
    }
    let v = |a: usize, b: usize| shares.verbatim(a, b);
    for (a, b) in shares.linked() {
        let (short, long) = (v(a, b).max(v(b, a)), v(a, b).min(v(b, a)));
        if short >= FAMILY_SHARE && long >= FAMILY_BACK_SHARE {
            let (ra, rb) = (find(&mut root, a), find(&mut root, b));
            root[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for d in 0..n {
        let r = find(&mut root, d);
        match groups.iter_mut().find(|g| g[0] == r) {
            Some(g) => g.push(d),
            None if r == d => groups.push(vec![d]),
            None => unreachable!("a root comes before its members"),
        }
    }
    let mut out: Vec<Family> = groups
        .into_iter()
        .filter(|g| g.len() > 1)
        .map(|members| {
            // The fullest copy: the one that carries most of the others.
            let carried =
                |h: usize| -> f32 { members.iter().filter(|&&m| m != h).map(|&m| v(m, h)).sum() };
            let head = members
                .iter()
                .copied()
                .max_by(|&x, &y| {
                    carried(x)
                        .total_cmp(&carried(y))
                        .then(docs[x].text.len().cmp(&docs[y].text.len()))
                        .then(y.cmp(&x))
                })
                .unwrap_or(members[0]);
            Family { members, head }
        })
        .collect();
    out.sort_by(|x, y| {
        y.members
            .len()
            .cmp(&x.members.len())
            .then(x.members.cmp(&y.members))
    });
    out
}
