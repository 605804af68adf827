//! Regression tests for cases found by fuzzing (`fuzz/`), each named for
//! the case and carrying the input that found it.

use wirediff::segment::is_blank;
use wirediff::Document;

/// Every byte outside the sentences is blank, and sentences are in order.
fn assert_lossless(text: &str) {
    let doc = Document::from_text("case", text);
    let mut at = 0;
    for s in &doc.sentences {
        assert!(at <= s.span.start && s.span.start < s.span.end);
        assert!(
            text[at..s.span.start].chars().all(is_blank),
            "{:?}",
            &text[at..s.span.start]
        );
        at = s.span.end;
    }
    assert!(text[at..].chars().all(is_blank));
}

/// fuzz/segment, crash-9592551331ebbd4ef79f82d93fb6b501066b6cdc: a
/// paragraph separator then a zero-width space between two units. The
/// segmenter trims invisible format characters like whitespace (by design);
/// the fuzz target's check was too strict and now uses `is_blank`.
#[test]
fn fuzz_segment_paragraph_separator_and_zero_width_space() {
    let bytes: &[u8] = &[
        0xb2, 0x7a, 0x19, 0x87, 0x19, 0x86, 0x0d, 0xae, 0xae, 0xae, 0x4c, 0xae, 0xe2, 0x80, 0xa9,
        0xe2, 0x80, 0x8b, 0x00, 0x00, 0x00, 0xa9,
    ];
    let text = String::from_utf8_lossy(bytes);
    assert_lossless(&text);
    let doc = Document::from_text("case", text.as_ref());
    assert!(!doc.sentences.is_empty());
}

/// A split that also moved is a `split` marked moved, not a `moved` that
/// forgets the split (issue 14).
#[test]
fn a_split_that_moved_stays_a_split() {
    use wirediff::{diff, DiffOptions, OpKind};
    let old = Document::from_text(
        "old",
        "The council voted on Tuesday to close the old Elm Street bridge to all traffic, and a ferry will run every twenty minutes across the river while the repair work lasts.\n\
         Shopkeepers on the east bank fear the closure will drive customers away.\n\
         The opposition called the vote rushed and demanded an independent survey.\n\
         Engineers found deep cracks in the deck during an inspection last winter.\n",
    );
    let new = Document::from_text(
        "new",
        "Shopkeepers on the east bank fear the closure will drive customers away.\n\
         The opposition called the vote rushed and demanded an independent survey.\n\
         Engineers found deep cracks in the deck during an inspection last winter.\n\
         The council voted on Tuesday to close the old Elm Street bridge to all traffic.\n\
         A ferry will run every twenty minutes across the river while the repair work lasts.\n",
    );
    let d = diff(&old, &new, &DiffOptions::default());
    let split = d
        .ops
        .iter()
        .find(|op| op.old == [0])
        .expect("an op for the first sentence");
    assert_eq!(split.kind, OpKind::Split);
    assert_eq!(split.new, [3, 4]);
    assert!(split.moved);
    assert_eq!(d.summary.split, 1);
    assert!(d.ops.iter().filter(|op| op.old != [0]).all(|op| !op.moved));
}
