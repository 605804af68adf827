//! Tracing 1 to 5 arbitrary documents, rendered as text (verbose) and JSON:
//! no panic, one origin per sentence.
#![no_main]

mod docs;

use libfuzzer_sys::fuzz_target;
use wirediff::provenance::{trace, Registry};
use wirediff::render::{trace_json, trace_text};
use wirediff::{align, AlignOptions};

fuzz_target!(|data: &[u8]| {
    let docs = docs::documents(data, 1);
    let a = align(&docs, &AlignOptions::default());
    let registry = Registry::builtin();
    let t = trace(&docs, &a, &registry, &[]);
    for (d, doc) in docs.iter().enumerate() {
        assert_eq!(t.sentences[d].len(), doc.sentences.len());
    }
    let opts = trace_text::TraceTextOptions {
        color: true,
        width: 50,
        verbose: true,
    };
    let mut out = Vec::new();
    trace_text::write_trace(&mut out, &docs, &t, &registry, &a.words, &[], &opts)
        .expect("writes to memory");
    let mut out = Vec::new();
    trace_json::write_trace(&mut out, &docs, &t, &registry, &a.words).expect("writes to memory");
});
