//! Accuracy of `align` on the real fixtures, against a hand-checked list of
//! passages (`truth/iran-deportations.txt`, written by reading the articles,
//! independently of wirediff's output).
//!
//! A *pair* is two sentences of different documents that carry the same
//! content. The truth's pairs are those inside each listed passage; the
//! predicted pairs are those inside each passage `align` finds. Run with
//! `cargo test --test it accuracy -- --nocapture` to see the figures and
//! every miss.

use std::collections::BTreeSet;

use wirediff::Document;
use wirediff::{align, AlignOptions, Alignment};
use wirediff_synth::score::{cross_pairs, Pair};

use crate::util::{load, STORIES};

/// Floors the measured figures must reach.
const MIN_PRECISION: f64 = 0.65;
const MIN_RECALL: f64 = 0.4;

struct TruePassage {
    label: String,
    members: Vec<(usize, usize)>,
}

fn documents() -> Vec<Document> {
    STORIES
        .iter()
        .map(|f| load(&crate::util::story(f)))
        .collect()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sentence of `doc` that contains `snippet` (exactly one must).
fn resolve(doc: &Document, snippet: &str) -> usize {
    let snippet = squash(snippet);
    let hits: Vec<usize> = (0..doc.sentences.len())
        .filter(|&s| squash(doc.sentence_text(s)).contains(&snippet))
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "snippet {snippet:?} must lie in exactly one sentence of {}",
        doc.path
    );
    hits[0]
}

fn truth(docs: &[Document]) -> Vec<TruePassage> {
    let text = include_str!("truth/iran-deportations.txt");
    let mut out: Vec<TruePassage> = Vec::new();
    for line in text.lines() {
        if let Some(label) = line.strip_prefix("## ") {
            out.push(TruePassage {
                label: label.to_string(),
                members: Vec::new(),
            });
        } else if line.starts_with('#') || line.trim().is_empty() {
            continue;
        } else {
            let (file, snippet) = line.split_once(": ").expect("file: snippet");
            let d = STORIES.iter().position(|f| *f == file).expect("known file");
            let passage = out.last_mut().expect("a passage heading first");
            passage.members.push((d, resolve(&docs[d], snippet)));
        }
    }
    out
}

fn predicted(a: &Alignment) -> BTreeSet<Pair> {
    a.passages
        .iter()
        .flat_map(|p| {
            let members: Vec<(usize, usize)> =
                p.members.iter().map(|m| (m.doc, m.sentence)).collect();
            cross_pairs(&members)
        })
        .collect()
}

fn show(docs: &[Document], (d, s): (usize, usize)) -> String {
    let text = squash(docs[d].sentence_text(s));
    let short: String = text.chars().take(90).collect();
    format!("{} #{s}: {short}", STORIES[d])
}

#[test]
fn align_finds_the_hand_checked_pairs() {
    let docs = documents();
    let truth = truth(&docs);
    let expected: BTreeSet<Pair> = truth.iter().flat_map(|p| cross_pairs(&p.members)).collect();
    assert!(
        expected.len() >= 60,
        "the list has {} pairs",
        expected.len()
    );
    let alignment = align(&docs, &AlignOptions::default());
    let found = predicted(&alignment);
    let hits = found.intersection(&expected).count();
    let precision = hits as f64 / found.len().max(1) as f64;
    let recall = hits as f64 / expected.len() as f64;
    println!(
        "pairs: {} expected, {} found, {hits} right: precision {precision:.3}, recall {recall:.3}",
        expected.len(),
        found.len()
    );
    for pair in expected.difference(&found) {
        let label = truth
            .iter()
            .find(|p| cross_pairs(&p.members).contains(pair))
            .map_or("", |p| p.label.as_str());
        println!(
            "MISSED [{label}]\n    {}\n    {}",
            show(&docs, pair.0),
            show(&docs, pair.1)
        );
    }
    for pair in found.difference(&expected) {
        println!(
            "EXTRA\n    {}\n    {}",
            show(&docs, pair.0),
            show(&docs, pair.1)
        );
    }
    assert!(
        precision >= MIN_PRECISION,
        "precision {precision:.3} < {MIN_PRECISION}"
    );
    assert!(recall >= MIN_RECALL, "recall {recall:.3} < {MIN_RECALL}");
}

/// The White House statement and Noushabadi's quotes are aligned across
/// the documents that carry them: each listed witness shares a passage with
/// at least one other. The White House statement must be complete; of
/// Noushabadi's paraphrased quotes, the floor is what is measured now.
#[test]
fn key_statements_are_aligned_in_every_document() {
    let docs = documents();
    let alignment = align(&docs, &AlignOptions::default());
    let found = predicted(&alignment);
    let (mut linked_quotes, mut quotes) = (0, 0);
    for passage in truth(&docs) {
        let white_house = passage.label.contains("White House");
        if !(white_house || passage.label.contains("Noushabadi")) {
            continue;
        }
        for &m in &passage.members {
            let linked = passage
                .members
                .iter()
                .any(|&o| o.0 != m.0 && found.contains(&(m.min(o), m.max(o))));
            assert!(
                linked || !white_house,
                "[{}] {} is aligned with none of the others",
                passage.label,
                show(&docs, m)
            );
            if !white_house {
                quotes += 1;
                linked_quotes += usize::from(linked);
                if !linked {
                    println!("NOT LINKED [{}] {}", passage.label, show(&docs, m));
                }
            }
        }
    }
    println!("Noushabadi witnesses linked: {linked_quotes} of {quotes}");
    assert!(
        quotes >= 15 && linked_quotes * 3 >= quotes * 2,
        "{linked_quotes} of {quotes}"
    );
}

/// On a generated corpus (unrelated stories, five versions each, a fifth of
/// the sentences edited per rewrite), against the generator's truth.
#[test]
fn align_recovers_generated_rewrites() {
    let c = wirediff_synth::corpus(11, 8, 5, 30, 0.2);
    let a = align(&c.documents(), &AlignOptions::default());
    let acc = wirediff_synth::pair_accuracy(&c, &a);
    println!(
        "generated: precision {:.3}, recall {:.3} ({} true pairs)",
        acc.precision(),
        acc.recall(),
        acc.true_pairs
    );
    assert!(acc.precision() >= 0.85, "{acc:?}");
    assert!(acc.recall() >= 0.9, "{acc:?}");
}

/// `check` on generated suspects (a rewrite followed by an unrelated new
/// story) measures the true reuse share closely.
#[test]
fn check_measures_generated_reuse() {
    let (c, mixed) = wirediff_synth::mixed_corpus(5, 6, 0.2);
    let docs = c.documents();
    let mut abs = 0.0f64;
    for &(suspect, base) in &mixed {
        let suspects: Vec<bool> = (0..docs.len()).map(|d| d == suspect).collect();
        let sources: Vec<bool> = (0..docs.len()).map(|d| d != base && d != suspect).collect();
        let pool: Vec<usize> = (0..docs.len()).filter(|&d| sources[d]).collect();
        let reports = wirediff::check(&docs, &suspects, &sources, &Default::default());
        let got = f64::from(reports[0].reuse);
        let truth = f64::from(wirediff_synth::reuse_truth(&c, suspect, &pool));
        assert!(truth > 0.2 && truth < 1.0, "truth {truth}");
        abs += (got - truth).abs();
    }
    let mae = abs / mixed.len() as f64;
    println!(
        "generated reuse: mean absolute error {mae:.3} over {} suspects",
        mixed.len()
    );
    assert!(mae < 0.03, "mean absolute error {mae:.3}");
}
