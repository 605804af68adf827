//! Accuracy of `wirediff::check` against the generator's truth. For each
//! story of a generated corpus (40 stories × 5 versions), a *mixed* suspect
//! is a rewrite followed by a new, unrelated story (see
//! [`wirediff_synth::mixed_corpus`]), so the true reuse share ranges from
//! about a third to nearly all. Each is checked against every document but
//! the rewrite it was built from; the truth is the share of its words in
//! sentences that carry a fact some source carries
//! ([`wirediff_synth::reuse_truth`]). Prints the mean absolute error and
//! the mean signed error (negative: check finds less than the truth) at
//! several edit strengths. Not a timing benchmark.
//!
//! ```text
//! cargo bench --bench check_accuracy
//! ```

use wirediff::{check, CheckOptions};
use wirediff_synth::{mixed_corpus, reuse_truth};

fn main() {
    println!("| edit strength | suspects | mean true reuse | mean measured | mean absolute error | mean signed error | worst error |");
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    for strength in [0.1, 0.2, 0.3, 0.5, 0.7] {
        let (c, mixed) = mixed_corpus(11, 40, strength);
        let docs = c.documents();
        let (mut truth_sum, mut got_sum, mut abs, mut signed, mut worst) =
            (0.0f64, 0.0, 0.0, 0.0, 0.0f64);
        for &(suspect, base) in &mixed {
            let suspects: Vec<bool> = (0..docs.len()).map(|d| d == suspect).collect();
            let sources: Vec<bool> = (0..docs.len()).map(|d| d != base && d != suspect).collect();
            let pool: Vec<usize> = (0..docs.len()).filter(|&d| sources[d]).collect();
            let reports = check(&docs, &suspects, &sources, &CheckOptions::default());
            let got = reports.first().map_or(0.0, |r| f64::from(r.reuse));
            let truth = f64::from(reuse_truth(&c, suspect, &pool));
            truth_sum += truth;
            got_sum += got;
            abs += (got - truth).abs();
            signed += got - truth;
            worst = worst.max((got - truth).abs());
        }
        let n = mixed.len().max(1) as f64;
        println!(
            "| {strength:.1} | {} | {:.3} | {:.3} | {:.3} | {:+.3} | {worst:.3} |",
            mixed.len(),
            truth_sum / n,
            got_sum / n,
            abs / n,
            signed / n
        );
    }
}
