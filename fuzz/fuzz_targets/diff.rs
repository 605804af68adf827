//! Pairwise diff of two arbitrary documents, rendered as text (with and
//! without colour, side by side) and JSON: no panic, and the JSON parses.
#![no_main]

mod docs;

use libfuzzer_sys::fuzz_target;
use wirediff::render::{diff_json, diff_text, Colors, Style};
use wirediff::{DiffOptions, DiffReport};

fuzz_target!(|data: &[u8]| {
    let mut docs = docs::documents(data, 2).into_iter();
    let (old, new) = (docs.next().expect("two"), docs.next().expect("two"));
    let report = DiffReport::new(old, new, &DiffOptions::default());
    for (colors, side_by_side) in [(Colors::Off, false), (Colors::Extended, true)] {
        let style = Style {
            colors,
            width: 60,
            side_by_side,
            ..Style::default()
        };
        let mut out = Vec::new();
        diff_text::write(&mut out, &report, &style).expect("writes to memory");
    }
    let mut out = Vec::new();
    diff_json::write(&mut out, &report, &Style::default()).expect("writes to memory");
    let _: diff_json::DiffJson = serde_json::from_slice(&out).expect("valid JSON");
});
