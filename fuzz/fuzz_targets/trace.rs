//! Tracing 1 to 5 arbitrary documents, rendered as text (verbose) and JSON:
//! no panic, one origin per sentence.
#![no_main]

mod docs;

use libfuzzer_sys::fuzz_target;
use wirediff::Registry;
use wirediff::render::{trace_json, trace_text, Colors, Style};
use wirediff::{TraceOptions, TraceReport};

fuzz_target!(|data: &[u8]| {
    let docs = docs::documents(data, 1);
    let report = TraceReport::new(docs, Registry::builtin(), &TraceOptions::default());
    for (d, doc) in report.docs.iter().enumerate() {
        assert_eq!(report.trace.sentences[d].len(), doc.sentences.len());
    }
    let style = Style {
        colors: Colors::Extended,
        width: 50,
        verbose: true,
        ..Style::default()
    };
    let mut out = Vec::new();
    trace_text::write(&mut out, &report, &style).expect("writes to memory");
    let mut out = Vec::new();
    trace_json::write(&mut out, &report, &style).expect("writes to memory");
});
