//! Properties over arbitrary input: segmentation is lossless and ordered;
//! a document diffed with itself is all equal; the diff JSON spells both
//! inputs; align's passages do not depend on the order of the documents;
//! results do not depend on the run.

use proptest::prelude::*;
use wirediff::{diff, DiffOptions, Document};

/// What segmentation trims from sentence ends: whitespace and invisible
/// format characters (BOM, zero-width space, word joiner).
fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')
}

/// Text that exercises the segmenter: abbreviations, quotes, line ends, BOMs,
/// wide and combining characters.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("U.S. ".to_string()),
        Just("Mr. ".to_string()),
        Just("“Done?” ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\r\n\r\n".to_string()),
        Just("\u{feff}".to_string()),
        Just("e\u{301} ".to_string()),
        Just("伊朗 ".to_string()),
        "[A-Za-z]{1,8} ",
        "[0-9,.%]{1,5} ",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn check_lossless(text: &str) -> Result<(), TestCaseError> {
    let doc = Document::from_text("p", text);
    let mut pos = 0;
    for s in &doc.sentences {
        let span = s.span;
        prop_assert!(
            span.start >= pos && span.start < span.end,
            "ordered, non-empty, non-overlapping"
        );
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        prop_assert!(
            text[pos..span.start].chars().all(is_blank),
            "only blanks between sentences"
        );
        let body = &text[span.range()];
        prop_assert!(!body.starts_with(is_blank) && !body.ends_with(is_blank));
        pos = span.end;
    }
    prop_assert!(text[pos..].chars().all(is_blank));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn segmentation_is_lossless_on_newsy_text(text in newsy()) {
        check_lossless(&text)?;
    }

    #[test]
    fn segmentation_is_lossless_on_any_text(text in any::<String>()) {
        check_lossless(&text)?;
    }

    #[test]
    fn diff_with_itself_is_all_equal(text in newsy()) {
        let a = Document::from_text("a", text.clone());
        let b = Document::from_text("b", text);
        let d = diff(&a, &b, &DiffOptions::default());
        prop_assert!(d.is_same());
        prop_assert_eq!(d.ops.len(), a.sentences.len());
    }

    #[test]
    fn every_sentence_is_accounted_for(a in newsy(), b in newsy()) {
        let (a, b) = (Document::from_text("a", a), Document::from_text("b", b));
        let d = diff(&a, &b, &DiffOptions::default());
        let old: usize = d.ops.iter().map(|op| op.old.len()).sum();
        let new: usize = d.ops.iter().map(|op| op.new.len()).sum();
        prop_assert_eq!(old, a.sentences.len());
        prop_assert_eq!(new, b.sentences.len());
    }

    #[test]
    fn diff_json_spells_both_inputs(a in newsy(), b in newsy()) {
        let (a, b) = (Document::from_text("a", a), Document::from_text("b", b));
        let d = diff(&a, &b, &DiffOptions::default());
        let json = wirediff::render::diff_json::DiffJson::new(&a, &b, &d);
        // Every sentence's text is exactly its bytes.
        for (doc, wire) in [(&a, &json.documents[0]), (&b, &json.documents[1])] {
            for s in &wire.sentences {
                prop_assert_eq!(&doc.text[s.start..s.end], s.text.as_str());
            }
        }
        // In each matched op, the equal and insert runs spell NEW's side.
        for op in json.ops.iter().filter(|op| !op.words.is_empty()) {
            let first = &json.documents[1].sentences[op.new[0]];
            let last = &json.documents[1].sentences[op.new[op.new.len() - 1]];
            let spelled: String = op
                .words
                .iter()
                .filter(|w| w.op != "delete")
                .map(|w| w.text.as_str())
                .collect();
            prop_assert_eq!(spelled.as_str(), &b.text[first.start..last.end]);
        }
    }

    #[test]
    fn align_passages_do_not_depend_on_document_order(a in newsy(), b in newsy(), c in newsy()) {
        let docs = [("a", a), ("b", b), ("c", c)];
        let passages = |order: &[usize]| {
            let ds: Vec<Document> = order
                .iter()
                .map(|&i| Document::from_text(docs[i].0, docs[i].1.clone()))
                .collect();
            let al = wirediff::align(&ds, &wirediff::AlignOptions::default());
            let mut out: Vec<Vec<(String, usize)>> = al
                .passages
                .iter()
                .map(|p| p.members.iter().map(|m| (ds[m.doc].path.clone(), m.sentence)).collect::<Vec<_>>())
                .map(|mut v: Vec<(String, usize)>| { v.sort(); v })
                .collect();
            out.sort();
            out
        };
        prop_assert_eq!(passages(&[0, 1, 2]), passages(&[2, 0, 1]));
    }
}
