//! Benchmarks of `wirediff::align` (divan).
//!
//! * `fixtures`: the five versions of the Iran deportations story;
//! * `corpus`: generated corpora of unrelated stories, five versions each,
//!   sources of 40 sentences, a fifth of sentences edited per rewrite (see
//!   [`wirediff_synth::corpus`]), at 100, 1,000 and 10,000 documents: time
//!   should grow close to linearly;
//! * `segment_and_align`: the same 1,000-document corpus from text, so the
//!   figure includes segmentation.
//!
//! Inputs are generated once, outside the timed closures.
//!
//! ```text
//! cargo bench --bench align
//! ```

use divan::Bencher;
use wirediff::{align, AlignOptions, Document};
use wirediff_synth::corpus;

mod common;

fn main() {
    divan::main();
}

/// Versions per generated story.
const VERSIONS: usize = 5;
/// Body sentences of each generated source.
const SENTENCES: usize = 40;
/// Share of sentences edited in each rewrite.
const STRENGTH: f64 = 0.2;

fn documents(count: usize) -> Vec<Document> {
    corpus(7, count / VERSIONS, VERSIONS, SENTENCES, STRENGTH).documents()
}

#[divan::bench(sample_count = 50)]
fn fixtures(bencher: Bencher) {
    let docs = common::fixtures();
    let opts = AlignOptions::default();
    bencher.bench(|| align(&docs, &opts));
}

#[divan::bench(args = [100, 1_000, 10_000], sample_count = 3, sample_size = 1)]
fn generated(bencher: Bencher, count: usize) {
    let docs = documents(count);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let opts = AlignOptions::default();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| align(&docs, &opts));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn segment_and_align(bencher: Bencher) {
    let texts: Vec<(String, String)> = documents(1_000)
        .into_iter()
        .map(|d| (d.path, d.text))
        .collect();
    let opts = AlignOptions::default();
    bencher.bench(|| {
        let docs: Vec<Document> = texts
            .iter()
            .map(|(p, t)| Document::from_text(p.as_str(), t.as_str()))
            .collect();
        align(&docs, &opts)
    });
}
