//! Benchmarks of `wirediff::check` (divan): one suspect against
//! generated corpora of 100, 1,000 and 10,000 source documents (unrelated
//! stories, five versions each, sources of 40 sentences, a fifth of the
//! sentences edited per rewrite; about 6.3 KB per document), and every
//! document of a 1,000-document corpus against all the others (`--all`).
//! Throughput is counted in bytes of sources. Inputs are generated and
//! segmented once, outside the timed closures.
//!
//! ```text
//! cargo bench --bench check
//! ```

use divan::Bencher;
use wirediff::Document;
use wirediff::{check, CheckOptions};
use wirediff_synth::corpus;

fn main() {
    divan::main();
}

/// Versions per generated story.
const VERSIONS: usize = 5;

fn documents(count: usize) -> Vec<Document> {
    corpus(7, count.div_ceil(VERSIONS), VERSIONS, 40, 0.2).documents()
}

#[divan::bench(args = [100, 1_000, 10_000], sample_count = 3, sample_size = 1)]
fn one_suspect(bencher: Bencher, sources: usize) {
    // Document 1 (a rewrite) is the suspect; the others are its sources.
    let docs = documents(sources + 1);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let suspects: Vec<bool> = (0..docs.len()).map(|d| d == 1).collect();
    let pool: Vec<bool> = (0..docs.len()).map(|d| d != 1).collect();
    let opts = CheckOptions::default();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| check(&docs, &suspects, &pool, &opts));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn all_against_all(bencher: Bencher) {
    let docs = documents(1_000);
    let every = vec![true; docs.len()];
    let opts = CheckOptions::default();
    bencher.bench(|| check(&docs, &every, &every, &opts));
}
