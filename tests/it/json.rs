//! The JSON contract: deserialised, checked against the inputs.

use wirediff::render::diff_json::{DiffJson, DIFF_SCHEMA};

use crate::util::{fixture, story, wirediff};

fn json_diff(old: &str, new: &str) -> DiffJson {
    let out = wirediff()
        .args(["diff", "--format", "json", old, new])
        .output()
        .expect("runs");
    serde_json::from_slice(&out.stdout).expect("valid wirediff.diff/1 JSON")
}

#[test]
fn schema_and_documents() {
    let (old, new) = (story("bbc-rewrite.txt"), story("nbc-news.txt"));
    let d = json_diff(&old, &new);
    assert_eq!(d.schema, DIFF_SCHEMA);
    assert_eq!(d.documents.len(), 2);
    assert_eq!(d.documents[0].path, old);
    assert_eq!(d.documents[1].index, 1);
}

#[test]
fn sentence_spans_are_the_bytes_of_the_file() {
    for name in [
        "tricky/bom-crlf.txt",
        "iran-deportations/ap-via-newspaper.txt",
    ] {
        let path = fixture(name);
        let bytes = std::fs::read(&path).expect("fixture");
        let d = json_diff(&path, &path);
        let mut rest = bytes.clone();
        for s in &d.documents[0].sentences {
            assert_eq!(&bytes[s.start..s.end], s.text.as_bytes());
            rest[s.start..s.end].fill(b' ');
        }
        let rest = String::from_utf8(rest).expect("UTF-8");
        assert!(
            rest.chars().all(|c| c.is_whitespace() || c == '\u{feff}'),
            "{name}: text outside sentences"
        );
    }
}

#[test]
fn bom_is_counted_in_offsets() {
    let path = fixture("tricky/bom-crlf.txt");
    let d = json_diff(&path, &path);
    assert_eq!(d.documents[0].sentences[0].start, 3);
}

#[test]
fn word_changes_spell_the_new_side() {
    let (old, new) = (story("nbc-news.txt"), story("ap-via-newspaper.txt"));
    let d = json_diff(&old, &new);
    let new_text = std::fs::read_to_string(&new).expect("fixture");
    let sentences = &d.documents[1].sentences;
    let mut checked = 0;
    for op in d.ops.iter().filter(|op| !op.words.is_empty()) {
        let start = sentences[op.new[0]].start;
        let end = sentences[*op.new.last().expect("new side")].end;
        let spelled: String = op
            .words
            .iter()
            .filter(|w| w.op != "delete")
            .map(|w| w.text.as_str())
            .collect();
        assert_eq!(spelled, new_text[start..end]);
        checked += 1;
    }
    assert!(checked >= 3);
}

#[test]
fn summary_counts_match_ops() {
    let d = json_diff(&story("afp-rewrite.txt"), &story("nyt-rewrite.txt"));
    let count = |name: &str| d.ops.iter().filter(|op| op.op == name).count();
    let s = &d.summary;
    assert_eq!(
        (s.equal, s.reworded, s.moved, s.split, s.merged, s.added, s.dropped),
        (
            count("equal"),
            count("reworded"),
            count("moved"),
            count("split"),
            count("merged"),
            count("added"),
            count("dropped")
        )
    );
    assert!((0.0..=1.0).contains(&s.derived_share) && s.verbatim_share <= s.derived_share);
}
