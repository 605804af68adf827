//! Alignment of 1 to 5 arbitrary documents, rendered as text, matrix and
//! JSON: no panic, every sentence in a passage or unique.
#![no_main]

mod docs;

use libfuzzer_sys::fuzz_target;
use wirediff::render::{align_json, align_text, Colors, Style};
use wirediff::{AlignOptions, AlignReport};

fuzz_target!(|data: &[u8]| {
    let docs = docs::documents(data, 1);
    let opts = AlignOptions {
        matrix: true,
        ..AlignOptions::default()
    };
    let report = AlignReport::new(docs, &opts);
    let a = &report.alignment;
    let mut covered: Vec<Vec<bool>> = report
        .docs
        .iter()
        .map(|d| vec![false; d.sentences.len()])
        .collect();
    for m in a.passages.iter().flat_map(|p| &p.members) {
        covered[m.doc][m.sentence] = true;
    }
    for u in &a.unique {
        covered[u.doc][u.sentence] = true;
    }
    assert!(covered.iter().flatten().all(|&c| c));
    let style = Style {
        colors: Colors::Extended,
        width: 50,
        ..Style::default()
    };
    let mut out = Vec::new();
    align_text::write(&mut out, &report, &style).expect("writes to memory");
    align_text::write_matrix(&mut out, &report, &style).expect("writes to memory");
    let mut out = Vec::new();
    align_json::write(&mut out, &report, &style).expect("writes to memory");
});
