//! Pairwise diff of two arbitrary documents, rendered as text (with and
//! without colour, side by side) and JSON: no panic, and the JSON parses.
#![no_main]

mod docs;

use libfuzzer_sys::fuzz_target;
use wirediff::render::{json, terminal};
use wirediff::{diff, DiffOptions};

fuzz_target!(|data: &[u8]| {
    let docs = docs::documents(data, 2);
    let d = diff(&docs[0], &docs[1], &DiffOptions::default());
    for (color, side_by_side) in [(false, false), (true, true)] {
        let opts = terminal::TextOptions {
            color,
            width: 60,
            side_by_side,
        };
        let mut out = Vec::new();
        terminal::write_diff(&mut out, &docs[0], &docs[1], &d, &opts).expect("writes to memory");
    }
    let mut out = Vec::new();
    json::write_diff(&mut out, &docs[0], &docs[1], &d).expect("writes to memory");
    let _: json::DiffJson = serde_json::from_slice(&out).expect("valid JSON");
});
