//! Segmentation of arbitrary text: sentence spans are in order, inside the
//! text, on character boundaries, never empty, and only blank characters
//! (whitespace and invisible format characters, `segment::is_blank`) lie
//! between them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wirediff::Document;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = Document::from_text("fuzz", text.as_ref());
    let mut at = 0;
    for s in &doc.sentences {
        assert!(at <= s.span.start && s.span.start < s.span.end && s.span.end <= text.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        let gap = &text[at..s.span.start];
        assert!(gap.chars().all(wirediff::segment::is_blank), "{gap:?}");
        at = s.span.end;
    }
});
