//! Benchmarks of pathological input at full size (divan; the tests run the
//! same cases smaller): a 10 MB text with no sentence punctuation, 100,000
//! one-word lines, 1,000 identical sentences in each of two documents, and
//! two unrelated 5 MB articles; each through `diff` and `align` (two
//! documents). Inputs are generated and segmented outside the timing.
//!
//! ```text
//! cargo bench --bench hostile
//! ```

use divan::Bencher;
use wirediff::{align, diff, AlignOptions, DiffOptions, Document};
use wirediff_synth::{article, Rng};

fn main() {
    divan::main();
}

fn words(seed: u64, count: usize, separator: &str) -> String {
    let mut rng = Rng::new(seed);
    let words: Vec<String> = (0..count)
        .map(|_| {
            let len = rng.between(3, 9);
            (0..len)
                .map(|_| (b'a' + rng.below(26) as u8) as char)
                .collect()
        })
        .collect();
    words.join(separator)
}

fn pair(case: &str) -> [Document; 2] {
    let (a, b) = match case {
        "no-punctuation-10MB" => (words(1, 1_500_000, " "), words(2, 1_500_000, " ")),
        "one-word-lines-100k" => (words(3, 100_000, "\n"), words(4, 100_000, "\n")),
        "identical-sentences-1000" => {
            let t = "The minister said the talks would resume on Tuesday. ".repeat(1000);
            (t.clone(), t)
        }
        _ => (
            article(&mut Rng::new(1), 5_000_000),
            article(&mut Rng::new(2), 5_000_000),
        ),
    };
    [Document::from_text("a", a), Document::from_text("b", b)]
}

const CASES: [&str; 4] = [
    "no-punctuation-10MB",
    "one-word-lines-100k",
    "identical-sentences-1000",
    "unrelated-5MB",
];

#[divan::bench(args = CASES, sample_count = 1, sample_size = 1)]
fn diff_pair(bencher: Bencher, case: &str) {
    let [a, b] = pair(case);
    let opts = DiffOptions::default();
    bencher.bench(|| diff(&a, &b, &opts));
}

#[divan::bench(args = CASES, sample_count = 1, sample_size = 1)]
fn align_pair(bencher: Bencher, case: &str) {
    let docs = pair(case);
    let opts = AlignOptions::default();
    bencher.bench(|| align(&docs, &opts));
}
