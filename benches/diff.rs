//! Benchmarks of `wirediff::diff` and of sentence segmentation (divan).
//!
//! * `fixtures`: the NBC and AP versions of the Iran deportations story;
//! * `rewrite`: a synthetic article against a rewrite of it with a fifth of its
//!   sentences edited (see [`wirediff_synth`]), at 10 KB, 100 KB and 1 MB;
//! * `unrelated`: two unrelated 1 MB synthetic articles (nearly nothing
//!   matches, so every candidate pair is scored and rejected);
//! * `segment`: `Document::from_text` on a 1 MB synthetic article.
//!
//! Inputs are built once, outside the timed closures. Sample counts are low
//! so that `cargo bench --bench diff` stays within a couple of minutes.
//!
//! ```text
//! cargo bench --bench diff
//! ```

use divan::Bencher;
use wirediff::{diff, DiffOptions, Document};
use wirediff_synth::{article, rewrite, Rng};

fn main() {
    divan::main();
}

/// Share of sentences edited in the synthetic rewrites.
const EDIT_SHARE: f64 = 0.2;
/// Size of the large synthetic articles.
const ONE_MB: usize = 1_000_000;

/// A synthetic article of `bytes` bytes and a rewrite of it, as documents.
fn rewrite_pair(bytes: usize) -> (Document, Document) {
    let mut rng = Rng::new(bytes as u64);
    let old = article(&mut rng, bytes);
    let new = rewrite(&mut rng, &old, EDIT_SHARE).text;
    (
        Document::from_text("old", old),
        Document::from_text("new", new),
    )
}

#[divan::bench(sample_count = 50)]
fn fixtures(bencher: Bencher) {
    let old = Document::from_text(
        "nbc-news.txt",
        include_str!("../fixtures/iran-deportations/nbc-news.txt"),
    );
    let new = Document::from_text(
        "ap-via-newspaper.txt",
        include_str!("../fixtures/iran-deportations/ap-via-newspaper.txt"),
    );
    let opts = DiffOptions::default();
    bencher.bench(|| diff(&old, &new, &opts));
}

#[divan::bench(args = [10_000, 100_000, ONE_MB], sample_count = 10)]
fn rewritten(bencher: Bencher, bytes: usize) {
    let (old, new) = rewrite_pair(bytes);
    let opts = DiffOptions::default();
    bencher.bench(|| diff(&old, &new, &opts));
}

#[divan::bench(sample_count = 5)]
fn unrelated(bencher: Bencher) {
    let old = Document::from_text("old", article(&mut Rng::new(1), ONE_MB));
    let new = Document::from_text("new", article(&mut Rng::new(2), ONE_MB));
    let opts = DiffOptions::default();
    bencher.bench(|| diff(&old, &new, &opts));
}

#[divan::bench(sample_count = 10)]
fn segment(bencher: Bencher) {
    let text = article(&mut Rng::new(3), ONE_MB);
    bencher
        .counter(divan::counter::BytesCount::of_str(&text))
        .bench(|| Document::from_text("article", text.as_str()));
}
