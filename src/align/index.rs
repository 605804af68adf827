//! Which pairs of documents are worth aligning, found without comparing
//! every pair: an inverted index from *keys* (content terms and shingles of
//! three consecutive content terms) to the documents that have them.
//!
//! A key found in more than a tenth of the documents (at most
//! [`MAX_KEY_DOCUMENTS`]) says nothing about which of them are related (a
//! common word, a stock phrase) and is left out. Each remaining key found in `df` of the `N` documents is worth
//! `ln(N / df)`; two documents are a candidate pair when the keys they share
//! are worth at least [`MIN_EVIDENCE`] (a shared sentence brings a dozen rare
//! keys, two stories on the same beat a few common words), or at least
//! [`MIN_SHARED_SHARE`] of what the smaller document's keys are worth (a
//! short version among a few versions of one story). For a corpus of many unrelated
//! stories the work is close to linear in its size: each document meets only
//! the documents that share its rare names, numbers and phrases.

use rayon::prelude::*;

use crate::similarity::Profiles;

/// A key in more documents than this is not used to find candidate pairs.
pub const MAX_KEY_DOCUMENTS: usize = 128;
/// Two documents must share keys worth this much to be aligned (one shared
/// sentence brings a dozen keys worth 2 or more each).
pub const MIN_EVIDENCE: f32 = 20.0;
/// Two documents are also a candidate pair when the keys they share are
/// worth this share of the smaller one's usable keys: a short version of a
/// story shares much of what rare keys it has with the other versions, but
/// too few to reach [`MIN_EVIDENCE`] when the story's own words are in
/// every document and so are not used.
pub const MIN_SHARED_SHARE: f32 = 0.1;
/// Up to this many documents, every pair is aligned.
const ALL_PAIRS_UP_TO: usize = 8;

/// Pairs `(a, b)` with `a < b` of documents of `p` that share enough rare
/// keys to be worth aligning, sorted.
pub(crate) fn candidate_pairs(p: &Profiles) -> Vec<(usize, usize)> {
    let all = vec![true; p.docs.len()];
    pairs_where(p, &all, |a, b| a < b)
}

/// Pairs `(suspect, source)` of documents of `p` worth aligning, for each
/// document with `suspects[d]` against each other document with
/// `sources[d]`, sorted.
pub(crate) fn candidate_sources(
    p: &Profiles,
    suspects: &[bool],
    sources: &[bool],
) -> Vec<(usize, usize)> {
    pairs_where(p, suspects, |a, b| a != b && sources[b])
}

/// Pairs `(a, b)` with `from[a]` and `wanted(a, b)` that share keys worth
/// at least [`MIN_EVIDENCE`] (every such pair up to [`ALL_PAIRS_UP_TO`]
/// documents), sorted.
fn pairs_where(
    p: &Profiles,
    from: &[bool],
    wanted: impl Fn(usize, usize) -> bool + Sync,
) -> Vec<(usize, usize)> {
    let n = p.docs.len();
    if n <= ALL_PAIRS_UP_TO {
        return (0..n)
            .flat_map(|a| (0..n).map(move |b| (a, b)))
            .filter(|&(a, b)| from[a] && wanted(a, b))
            .collect();
    }
    let postings = postings(p, key_cap(n));
    let worth: Vec<f32> = postings
        .iter()
        .map(|docs| (n as f32 / docs.len() as f32).ln())
        .collect();
    let mut keys_of: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut own_worth = vec![0f32; n];
    for (k, docs) in postings.iter().enumerate() {
        for &d in docs {
            own_worth[d as usize] += worth[k];
            if from[d as usize] {
                keys_of[d as usize].push(k as u32);
            }
        }
    }
    (0..n)
        .into_par_iter()
        .filter(|&a| from[a])
        .map_init(
            || vec![0f32; n],
            |evidence, a| {
                let mut touched = Vec::new();
                for &k in &keys_of[a] {
                    for &b in &postings[k as usize] {
                        let b = b as usize;
                        if wanted(a, b) {
                            if evidence[b] == 0.0 {
                                touched.push(b);
                            }
                            evidence[b] += worth[k as usize].max(f32::MIN_POSITIVE);
                        }
                    }
                }
                touched.sort_unstable();
                let mut out = Vec::new();
                for b in touched {
                    let smaller = own_worth[a].min(own_worth[b]);
                    if evidence[b] >= MIN_EVIDENCE || evidence[b] >= MIN_SHARED_SHARE * smaller {
                        out.push((a, b));
                    }
                    evidence[b] = 0.0;
                }
                out
            },
        )
        .flatten()
        .collect()
}

/// Most documents a key may be in to be used, for a corpus of `n`
/// documents: a tenth of them (at least [`ALL_PAIRS_UP_TO`]), at most
/// [`MAX_KEY_DOCUMENTS`]. A word half the documents use links nothing.
fn key_cap(n: usize) -> usize {
    (n / 10).clamp(ALL_PAIRS_UP_TO, MAX_KEY_DOCUMENTS)
}

/// For each usable key, the documents that have it (ascending; keys in
/// fewer than two or more than `cap` documents are dropped).
fn postings(p: &Profiles, cap: usize) -> Vec<Vec<u32>> {
    let mut entries: Vec<(u32, u32)> = p
        .docs
        .par_iter()
        .enumerate()
        .flat_map_iter(|(d, sentences)| {
            let mut keys: Vec<u32> = sentences
                .iter()
                .flat_map(|s| s.terms.iter().chain(&s.shingles).copied())
                .collect();
            keys.sort_unstable();
            keys.dedup();
            keys.into_iter().map(move |k| (k, d as u32))
        })
        .collect();
    entries.par_sort_unstable();
    entries
        .chunk_by(|x, y| x.0 == y.0)
        .filter(|run| (2..=cap).contains(&run.len()))
        .map(|run| run.iter().map(|&(_, d)| d).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    #[test]
    fn documents_sharing_rare_keys_pair_up() {
        let n = ALL_PAIRS_UP_TO + 4;
        let mut docs: Vec<Document> = (0..n)
            .map(|i| {
                Document::from_text(
                    format!("d{i}"),
                    format!(
                        "Official number {i} visited Zorvath{i} and Quellin{i} today. \
                         Minister Brask{i} met envoy Tolm{i} in Vessa{i} after {i}00 talks."
                    ),
                )
            })
            .collect();
        docs.push(Document::from_text(
            "copy",
            "Official number 3 visited Zorvath3 and Quellin3 today. \
             Minister Brask3 met envoy Tolm3 in Vessa3 after 300 talks.",
        ));
        let refs: Vec<&Document> = docs.iter().collect();
        let pairs = candidate_pairs(&Profiles::build(&refs));
        assert!(pairs.contains(&(3, n)), "{pairs:?}");
        assert!(!pairs.contains(&(1, 2)), "{pairs:?}");
    }
}
