//! Changes of meaning (issue 12): flag precision and recall on the
//! hand-written pairs of `fixtures/tricky/meaning.tsv`, and the exit status
//! and output of `diff` and `align` on a negated version.

use std::collections::BTreeSet;

use predicates::prelude::*;
use wirediff::meaning::flags;
use wirediff::{Document, Span};

use crate::util::{fixture, temp_file, wirediff};

/// Least flag precision and recall on the hand-written pairs.
const MIN_SCORE: f64 = 0.95;

#[test]
fn flags_on_the_hand_written_pairs() {
    let text = std::fs::read_to_string(fixture("tricky/meaning.tsv")).expect("pairs");
    let (mut right, mut predicted, mut expected) = (0usize, 0usize, 0usize);
    let mut pairs = 0;
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "{line}");
        let want: BTreeSet<&str> = cols[0].split(',').filter(|k| *k != "-").collect();
        let (old, new) = (
            Document::from_text("old", cols[1]),
            Document::from_text("new", cols[2]),
        );
        let got: BTreeSet<&str> = flags(
            &old,
            Span::new(0, old.text.len()),
            &new,
            Span::new(0, new.text.len()),
        )
        .iter()
        .map(|f| f.kind.name())
        .collect();
        if got != want {
            println!("want {want:?}, got {got:?}: {} | {}", cols[1], cols[2]);
        }
        pairs += 1;
        right += got.intersection(&want).count();
        predicted += got.len();
        expected += want.len();
    }
    let precision = right as f64 / predicted.max(1) as f64;
    let recall = right as f64 / expected.max(1) as f64;
    println!("{pairs} pairs: flag precision {precision:.3}, recall {recall:.3} ({right} right, {predicted} flagged, {expected} expected)");
    assert!(pairs >= 40, "{pairs} pairs");
    assert!(precision >= MIN_SCORE, "precision {precision:.3}");
    assert!(recall >= MIN_SCORE, "recall {recall:.3}");
}

const OLD: &str = "Residents of the valley will be refunded by the council, officials said.\n";
const NEW: &str = "Residents of the valley will not be refunded by the council, officials said.\n";

#[test]
fn a_negated_version_is_flagged_and_never_verbatim() {
    let old = temp_file("meaning", "old.txt", OLD);
    let new = temp_file("meaning", "new.txt", NEW);
    wirediff()
        .args(["diff", &old, &new])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("! negation added: “not”"))
        .stdout(predicate::str::contains("! 1 negation"));
    wirediff()
        .args(["align", &old, &new])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("reworded"))
        .stdout(predicate::str::contains("0 verbatim"))
        .stdout(predicate::str::contains("! negation added"));
    let out = wirediff()
        .args(["align", "--format", "json", &old, &new])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let flag = &json["passages"][0]["flags"][0];
    assert_eq!(flag["kind"], "negation");
    assert_eq!(flag["new"]["text"], "not");
    assert_eq!(flag["new"]["doc"], 1);
}

#[test]
fn fail_on_exits_by_the_kinds_asked_for() {
    let old = temp_file("meaning", "fail-old.txt", OLD);
    let new = temp_file("meaning", "fail-new.txt", NEW);
    let other = temp_file(
        "meaning",
        "fail-other.txt",
        "Residents of the valley will be repaid by the council, officials said.\n",
    );
    for (cmd, kinds, b, code) in [
        ("diff", "negation", &new, 1),
        ("diff", "quote,number", &new, 0),
        ("diff", "all", &other, 0),
        ("align", "all", &new, 1),
        ("align", "date", &new, 0),
    ] {
        wirediff()
            .args([cmd, "--fail-on", kinds, &old, b])
            .assert()
            .code(code);
    }
    wirediff()
        .args(["diff", "--fail-on", "spelling", &old, &new])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no kind of change"));
}

#[test]
fn check_lists_the_changes_in_reused_text() {
    let old = temp_file("meaning", "check-old.txt", OLD);
    let new = temp_file("meaning", "check-new.txt", NEW);
    wirediff()
        .args([
            "check",
            &new,
            "--against",
            &old,
            "--fail-on",
            "negation",
            "-q",
        ])
        .assert()
        .code(1);
    wirediff()
        .args(["check", &new, "--against", &old, "--fail-on", "quote", "-q"])
        .assert()
        .code(0);
    wirediff()
        .args(["check", &new, "--against", &old, "--format", "csv"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(",flags\n"))
        .stdout(predicate::str::contains(",negation:1\n"));
    let out = wirediff()
        .args(["check", &new, "--against", &old, "--format", "json"])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let flag = &json["suspects"][0]["passages"][0]["flags"][0];
    assert_eq!(flag["kind"], "negation");
    assert_eq!(flag["suspect"]["text"], "not");
}
