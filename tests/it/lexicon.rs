//! Language as data: `--lang` picks a shipped lexicon and changes how text
//! is segmented and how attribution is read; `--lexicon FILE` extends it;
//! bad choices are clear errors.

use predicates::prelude::*;
use serde_json::Value;

use crate::util::{temp_file, wirediff};

/// A German report crediting Reuters, with German abbreviations inside.
const GERMAN: &str =
    "Laut Reuters wurden 300 Menschen getötet.\nBetroffen sind z.B. Marrakesch und Agadir.\n";
/// A second document, so trace has a corpus.
const OTHER: &str = "Die Straße bleibt gesperrt.\n";

fn trace_json(args: &[&str]) -> Value {
    let a = temp_file("lexicon", "de-a.txt", GERMAN);
    let b = temp_file("lexicon", "de-b.txt", OTHER);
    let mut all: Vec<&str> = args.to_vec();
    all.extend([a.as_str(), b.as_str()]);
    crate::util::trace_json(&all)
}

fn first_document_sentences(json: &Value) -> Vec<String> {
    json["documents"][0]["sentences"]
        .as_array()
        .expect("sentences")
        .iter()
        .map(|s| s["text"].as_str().expect("text").to_string())
        .collect()
}

/// The first sentence's origin, or its basis when it has no origin (the
/// writer's own reporting in a document of unknown outlet).
fn origin_of_first_sentence(json: &Value) -> String {
    let s = &json["sentences"][0];
    s["origin"]
        .as_str()
        .or(s["basis"].as_str())
        .expect("origin or basis")
        .to_string()
}

#[test]
fn lang_changes_abbreviations_in_segmentation() {
    let en = first_document_sentences(&trace_json(&[]));
    let de = first_document_sentences(&trace_json(&["--lang", "de"]));
    assert_eq!(
        en.len(),
        3,
        "English breaks after the German `z.B.`: {en:?}"
    );
    assert_eq!(
        de,
        [
            "Laut Reuters wurden 300 Menschen getötet.",
            "Betroffen sind z.B. Marrakesch und Agadir."
        ]
    );
}

#[test]
fn lang_changes_cue_detection_in_trace() {
    assert_eq!(origin_of_first_sentence(&trace_json(&[])), "own-reporting");
    assert_eq!(
        origin_of_first_sentence(&trace_json(&["--lang", "de"])),
        "reuters"
    );
}

#[test]
fn a_lexicon_file_extends_the_language() {
    let story = "As mentioned by CNN, the bridge will close on Monday.\n";
    let a = temp_file("lexicon", "en-a.txt", story);
    let b = temp_file("lexicon", "en-b.txt", OTHER);
    let extra = temp_file(
        "lexicon",
        "own.json",
        r#"{"cues": {"reported_before": ["as mentioned by"]}}"#,
    );
    let run = |extra_args: &[&str]| -> Value {
        let out = wirediff()
            .arg("trace")
            .args(extra_args)
            .args(["--format", "json", &a, &b])
            .output()
            .expect("runs");
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let basis = |json: &Value| json["sentences"][0]["basis"].as_str().map(str::to_string);
    // Without the phrase the sentence credits nobody (the document may
    // still be taken for CNN's from its lede); with it, CNN is credited.
    assert_eq!(basis(&run(&[])).as_deref(), Some("own-reporting"));
    let extended = run(&["--lexicon", &extra]);
    assert_eq!(basis(&extended).as_deref(), Some("credited"));
    assert_eq!(origin_of_first_sentence(&extended), "cnn");
}

#[test]
fn unknown_language_and_bad_lexicon_exit_two() {
    let a = temp_file("lexicon", "x-a.txt", OTHER);
    let b = temp_file("lexicon", "x-b.txt", GERMAN);
    wirediff()
        .args(["trace", "--lang", "xx", &a, &b])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "xx: unknown language; known: en, de",
        ));
    let bad = temp_file("lexicon", "bad.json", r#"{"segment": {"titels": []}}"#);
    wirediff()
        .args(["trace", "--lexicon", &bad, &a, &b])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("bad.json: not a valid lexicon file")
                .and(predicate::str::contains("titels")),
        );
    wirediff()
        .args(["trace", "--lexicon", "no/such/file.json", &a, &b])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/file.json: no such file"));
}
