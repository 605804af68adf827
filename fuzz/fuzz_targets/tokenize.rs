//! Tokenisation of arbitrary text: token spans are in order, inside the
//! text and on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut at = 0;
    for t in wirediff::tokenize::tokens(&text, 0, &wirediff::Lexicon::english()) {
        assert!(at <= t.span.start && t.span.start < t.span.end && t.span.end <= text.len());
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        at = t.span.end;
    }
});
