//! Accuracy of `wirediff::align` against the generator's truth, at several
//! edit strengths: precision and recall of sentence pairs (see
//! [`wirediff_synth::score`]). Not a timing benchmark: it prints a table.
//!
//! ```text
//! cargo bench --bench align_accuracy
//! ```

use wirediff::{align, AlignOptions};
use wirediff_synth::{corpus, pair_accuracy};

/// Stories per corpus, versions per story, body sentences per source.
const STORIES: usize = 40;
const VERSIONS: usize = 5;
const SENTENCES: usize = 40;

fn main() {
    println!("generated corpus: {STORIES} stories x {VERSIONS} versions, sources of {SENTENCES} sentences");
    println!("| edit strength | true pairs | found pairs | precision | recall |");
    println!("|---:|---:|---:|---:|---:|");
    for strength in [0.1, 0.2, 0.3, 0.5, 0.7] {
        let c = corpus(11, STORIES, VERSIONS, SENTENCES, strength);
        let a = align(&c.documents(), &AlignOptions::default());
        let acc = pair_accuracy(&c, &a);
        println!(
            "| {strength:.1} | {} | {} | {:.3} | {:.3} |",
            acc.true_pairs,
            acc.found_pairs,
            acc.precision(),
            acc.recall()
        );
    }
}
