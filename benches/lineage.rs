//! Benchmarks of `wirediff lineage`'s report (divan): alignment, trace,
//! each pair's reuse and the graph, everything but rendering.
//!
//! * `fixtures`: the five versions of the Iran deportations story;
//! * `generated`: generated corpora of unrelated stories, five versions
//!   each, sources of 40 sentences, a fifth of sentences edited per rewrite
//!   (see [`wirediff_synth::corpus`]), at 100 and 1,000 documents (the
//!   issue's target: 1,000 documents in at most 5 s on 2 cores).
//!
//! Inputs are generated once, outside the timed closures.
//!
//! ```text
//! cargo bench --bench lineage
//! ```

use divan::Bencher;
use wirediff::{LineageOptions, LineageReport, Registry};
use wirediff_synth::corpus;

mod common;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 20)]
fn fixtures(bencher: Bencher) {
    let docs = common::fixtures();
    let opts = LineageOptions::default();
    bencher.bench(|| LineageReport::new(docs.clone(), Registry::builtin(), &opts));
}

#[divan::bench(args = [100, 1_000], sample_count = 3, sample_size = 1)]
fn generated(bencher: Bencher, count: usize) {
    let docs = corpus(7, count / 5, 5, 40, 0.2).documents();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let opts = LineageOptions::default();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| LineageReport::new(docs.clone(), Registry::builtin(), &opts));
}
