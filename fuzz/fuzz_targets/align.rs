//! Alignment of 1 to 5 arbitrary documents, rendered as text, matrix and
//! JSON: no panic, every sentence in a passage or unique.
#![no_main]

mod docs;

use libfuzzer_sys::fuzz_target;
use wirediff::render::{align_json, align_text};
use wirediff::{align, AlignOptions};

fuzz_target!(|data: &[u8]| {
    let docs = docs::documents(data, 1);
    let a = align(&docs, &AlignOptions::default());
    let mut covered: Vec<Vec<bool>> = docs
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
    let opts = align_text::AlignTextOptions {
        color: true,
        width: 50,
    };
    let mut out = Vec::new();
    align_text::write_align(&mut out, &docs, &a, &opts).expect("writes to memory");
    align_text::write_matrix(&mut out, &docs, &a, &opts).expect("writes to memory");
    let mut out = Vec::new();
    align_json::write_align(&mut out, &docs, &a).expect("writes to memory");
});
