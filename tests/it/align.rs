//! `wirediff align`: exit statuses, colour, the matrix, the JSON contract,
//! and the library call behind it.

use std::collections::{BTreeSet, HashSet};
use std::fs;

use predicates::prelude::*;
use wirediff::render::align_json::{AlignJson, ALIGN_SCHEMA};
use wirediff::WitnessKind;
use wirediff::{AlignOptions, Document};

use crate::util::{fixture, fresh_dir, path_string, story, wirediff, STORIES};

const ESC: &str = "\u{1b}[";

/// Standard output of `wirediff align`, with its exit status.
fn align_output(extra_env: &[(&str, &str)], args: &[&str]) -> (i32, String) {
    let mut cmd = wirediff();
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    let out = cmd.arg("align").args(args).output().expect("runs");
    let code = out.status.code().expect("exit status");
    (code, String::from_utf8(out.stdout).expect("UTF-8 output"))
}

/// `wirediff align --format json PATHS…`, deserialised.
fn align_json<S: AsRef<std::ffi::OsStr>>(paths: &[S]) -> AlignJson {
    let out = wirediff()
        .args(["align", "--format", "json"])
        .args(paths)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid wirediff.align/1 JSON")
}

/// Each passage as the set of its sentences, named by file path and
/// sentence index, so alignments of the same files given in different
/// orders can be compared.
fn passage_sets(a: &AlignJson) -> BTreeSet<BTreeSet<(String, usize)>> {
    a.passages
        .iter()
        .map(|p| {
            p.members
                .iter()
                .map(|m| (a.documents[m.doc].path.clone(), m.sentence))
                .collect()
        })
        .collect()
}

#[test]
fn directory_of_rewrites_exits_one_with_passages() {
    wirediff()
        .args(["align", "--width", "200", "fixtures/iran-deportations/"])
        .assert()
        .code(1)
        .stderr("")
        .stdout(
            predicate::str::contains("passage 1 ·")
                .and(predicate::str::contains("5 documents"))
                .and(predicate::function(|out: &str| {
                    out.lines().any(|l| l.starts_with("5 documents · "))
                })),
        );
}

#[test]
fn align_colour_follows_color_and_no_color() {
    let dir = ["fixtures/iran-deportations/"];
    let (code, never) = align_output(&[], &[&["--color", "never"][..], &dir].concat());
    assert_eq!(code, 1);
    assert!(!never.is_empty());
    assert!(!never.contains('\u{1b}'));
    let (code, always) = align_output(&[], &[&["--color", "always"][..], &dir].concat());
    assert_eq!(code, 1);
    assert!(always.contains(ESC));
    let (code, auto) = align_output(
        &[("NO_COLOR", "1")],
        &[&["--color", "auto"][..], &dir].concat(),
    );
    assert_eq!(code, 1);
    assert!(!auto.is_empty());
    assert!(!auto.contains('\u{1b}'));
}

#[test]
fn same_file_twice_exits_zero() {
    let f = story("nbc-news.txt");
    wirediff()
        .args(["align", "--width", "200", &f, &f])
        .assert()
        .code(0)
        .stderr("")
        .stdout(predicate::str::contains(
            "2 documents · 16 passages (16 in every document, 16 verbatim) · 0 sentences in one document only",
        ));
}

#[test]
fn one_document_is_too_few() {
    let f = story("nbc-news.txt");
    wirediff()
        .args(["align", &f])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(f.as_str()).and(predicate::str::contains("at least 2")));
}

#[test]
fn missing_path_exits_two_naming_it() {
    wirediff()
        .args(["align", "no/such/story.txt", &story("nbc-news.txt")])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no/such/story.txt"));
}

#[test]
fn directory_without_text_files_exits_two() {
    let dir = fresh_dir("align", "no-txt");
    fs::write(dir.join("notes.md"), "# Not a story\n").expect("temp file");
    let dir = path_string(dir);
    wirediff()
        .args(["align", &dir, &story("nbc-news.txt")])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(dir.as_str()));
    wirediff().args(["align", &dir]).assert().code(2).stdout("");
}

#[test]
fn matrix_diagonal_dominates_its_row() {
    let (code, out) = align_output(&[], &["--matrix", "fixtures/iran-deportations/"]);
    assert_eq!(code, 1);
    let header = out
        .lines()
        .find(|l| l.contains("[1]"))
        .expect("a header row");
    let labels: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(labels, ["[1]", "[2]", "[3]", "[4]", "[5]"]);
    let rows: Vec<Vec<u32>> = out
        .lines()
        .filter(|l| l.starts_with('['))
        .map(|l| {
            l.split_whitespace()
                .filter_map(|t| t.strip_suffix('%'))
                .map(|t| t.parse().expect("a percentage"))
                .collect()
        })
        .collect();
    assert_eq!(rows.len(), 5, "{out}");
    for (r, row) in rows.iter().enumerate() {
        assert!(out.lines().any(|l| l.starts_with(&format!("[{}] ", r + 1))));
        assert_eq!(row.len(), 5, "row {}: {row:?}", r + 1);
        assert!(row.iter().all(|&p| p <= 100));
        for (c, &p) in row.iter().enumerate() {
            assert!(
                row[r] >= p,
                "row {}: diagonal {}% < column {} {}%",
                r + 1,
                row[r],
                c + 1,
                p
            );
        }
    }
}

#[test]
fn json_contract_holds_on_the_fixtures() {
    let a = align_json(&[fixture("iran-deportations")]);
    assert_eq!(a.schema, ALIGN_SCHEMA);
    assert_eq!(a.schema, "wirediff.align/1");

    // Documents: the five files, in name order, with spans into their bytes.
    assert_eq!(a.documents.len(), 5);
    for (i, (d, name)) in a.documents.iter().zip(STORIES).enumerate() {
        assert_eq!(d.index, i);
        assert!(d.path.ends_with(name), "{} is not {name}", d.path);
        let bytes = fs::read(&d.path).expect("fixture");
        assert!(!d.sentences.is_empty());
        for (k, s) in d.sentences.iter().enumerate() {
            assert_eq!(s.index, k);
            assert_eq!(&bytes[s.start..s.end], s.text.as_bytes(), "{name} #{k}");
        }
    }

    let kinds = ["verbatim", "reworded", "partial"];
    let mut covered = HashSet::new();
    assert!(!a.passages.is_empty());
    for (k, p) in a.passages.iter().enumerate() {
        assert_eq!(p.index, k);
        assert!(["verbatim", "reworded"].contains(&p.kind.as_str()));
        let docs: BTreeSet<usize> = p.members.iter().map(|m| m.doc).collect();
        assert!(docs.len() >= 2, "passage {k} has one document");
        let order: Vec<(usize, usize)> = p.members.iter().map(|m| (m.doc, m.sentence)).collect();
        let mut sorted = order.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(order, sorted, "passage {k}: members out of order");
        for m in &p.members {
            assert!(m.doc < 5);
            assert!(m.sentence < a.documents[m.doc].sentences.len());
            assert!(kinds.contains(&m.kind.as_str()), "kind {}", m.kind);
            assert!((0.0..=1.0).contains(&m.similarity));
            covered.insert((m.doc, m.sentence));
        }
        for pair in p.members.windows(2) {
            let (x, y) = (&pair[0], &pair[1]);
            if x.doc == y.doc && x.kind != "partial" && y.kind != "partial" {
                assert_eq!(
                    y.sentence,
                    x.sentence + 1,
                    "passage {k}: doc {} has sentences {} and {}, not a split",
                    x.doc,
                    x.sentence,
                    y.sentence
                );
            }
        }
        if p.kind == "verbatim" {
            assert!(p.members.iter().all(|m| m.kind == "verbatim"));
        }
    }

    // Every sentence is in a passage or unique, never both.
    let unique: HashSet<(usize, usize)> = a.unique.iter().map(|u| (u.doc, u.sentence)).collect();
    assert_eq!(unique.len(), a.unique.len(), "a sentence twice in unique");
    assert!(!unique.is_empty());
    for (d, doc) in a.documents.iter().enumerate() {
        for s in 0..doc.sentences.len() {
            let (in_passage, alone) = (covered.contains(&(d, s)), unique.contains(&(d, s)));
            assert!(
                in_passage != alone,
                "doc {d} sentence {s}: in a passage {in_passage}, unique {alone}"
            );
        }
    }

    let matrix = a.matrix.as_ref().expect("a matrix for five documents");
    assert_eq!(matrix.len(), 5);
    for row in matrix {
        assert_eq!(row.len(), 5);
        assert!(row.iter().all(|x| (0.0..=1.0).contains(x)), "{row:?}");
    }
}

/// A story that has nothing to do with the deportations.
const COUNCIL_STORY: &str = "\
Brackenford City Council approved a $412.6 million budget for the 2026 fiscal year on Thursday night, after a five-hour meeting that ran past midnight.

The vote was 7 to 2, with councillors Marta Okafor and Dennis Lindqvist opposed.

The budget raises the municipal property levy by 3.8 percent, adding about $96 a year to the bill of a typical homeowner.

Mayor Gwendolyn Ferreira called the plan \"a responsible answer to rising costs\" and said it protected library hours and snow clearing.

Okafor said the increase fell hardest on retirees on fixed incomes and proposed trimming $2.1 million from the parks department instead.

Her amendment failed on a 4 to 5 vote.

The spending plan also sets aside $18 million to replace 40 diesel buses with electric ones by 2029, the largest single item in the capital program.

Finance director Raj Patel told councillors that reserves would fall to 6 percent of operating spending, below the 8 percent target set in 2019.
";

#[test]
fn unrelated_story_is_never_mixed_in() {
    let dir = fresh_dir("align", "mixed");
    for name in STORIES {
        fs::copy(story(name), dir.join(name)).expect("copy fixture");
    }
    fs::write(dir.join("zz-council-budget.txt"), COUNCIL_STORY).expect("temp file");
    let a = align_json(&[path_string(dir)]);
    assert_eq!(a.documents.len(), 6);
    let council = a
        .documents
        .iter()
        .position(|d| d.path.ends_with("zz-council-budget.txt"))
        .expect("the council story is loaded");
    assert_eq!(a.documents[council].sentences.len(), 8);
    for p in &a.passages {
        assert!(
            p.members.iter().all(|m| m.doc != council),
            "passage {} mixes in the council story: {:?}",
            p.index,
            p.members
        );
    }
    let unique = a.unique.iter().filter(|u| u.doc == council).count();
    assert_eq!(unique, 8, "every council sentence is its own");
    // The rewrites still line up with each other.
    assert!(a.passages.len() >= 10, "{} passages", a.passages.len());
    let with_three = a
        .passages
        .iter()
        .filter(|p| {
            let docs: BTreeSet<usize> = p.members.iter().map(|m| m.doc).collect();
            docs.len() >= 3
        })
        .count();
    assert!(with_three >= 3, "{with_three} passages in 3+ documents");
}

#[test]
fn passages_do_not_depend_on_argument_order() {
    let forward: Vec<String> = STORIES.iter().map(|n| story(n)).collect();
    let backward: Vec<String> = forward.iter().rev().cloned().collect();
    let (a, b) = (align_json(&forward), align_json(&backward));
    assert_eq!(b.documents[0].path, forward[4]);
    let (pa, pb) = (passage_sets(&a), passage_sets(&b));
    let same = pa.intersection(&pb).count();
    let total = pa.len().max(pb.len());
    assert!(total > 0);
    assert!(
        pa == pb,
        "{same} of {total} passages agree; only forward: {:?}; only backward: {:?}",
        pa.difference(&pb).collect::<Vec<_>>(),
        pb.difference(&pa).collect::<Vec<_>>()
    );
}

#[test]
fn library_finds_a_sentence_verbatim_in_three_documents() {
    let shared = "Iran said 120 of its nationals would be flown home from Qatar on Tuesday.";
    let docs = [
        Document::from_text(
            "a",
            format!("{shared} The sky over Tehran was clear and the airport was quiet."),
        ),
        Document::from_text(
            "b",
            format!("Heavy rain flooded three districts of Lisbon overnight. {shared}"),
        ),
        Document::from_text(
            "c",
            format!("{shared} Markets in Tokyo closed 1.4 percent higher on chipmaker shares."),
        ),
    ];
    let a = wirediff::align(&docs, &AlignOptions::default());
    let p = a
        .passages
        .iter()
        .find(|p| p.documents() == [0, 1, 2])
        .expect("a passage in all three documents");
    assert_eq!(p.kind, WitnessKind::Verbatim);
    assert_eq!(p.witness(0), [0]);
    assert_eq!(p.witness(1), [1]);
    assert_eq!(p.witness(2), [0]);
    assert!(p.members.iter().all(|m| m.kind == WitnessKind::Verbatim));
    assert_eq!(a.passages.len(), 1, "{:?}", a.passages);
    assert_eq!(a.unique.len(), 3);
    assert!(!a.is_same());
}

#[test]
fn a_merged_sentence_is_a_partial_witness_of_each_fact_with_its_clause() {
    let dir = fresh_dir("align", "merged-clauses");
    let merged = "The ferry operator Sulu Star Lines suspended all sailings from Coron on Monday, \
                  while the coast guard opened an inquiry into the captain of the sunken vessel.\n";
    let apart = "Sulu Star Lines suspended all of its sailings from Coron on Monday.\n\n\
                 Rain fell over Manila for a third day.\n\n\
                 The coast guard opened an inquiry into the captain of the sunken vessel.\n";
    fs::write(dir.join("merged.txt"), merged).expect("write");
    fs::write(dir.join("apart.txt"), apart).expect("write");
    let json = align_json(&[dir.join("apart.txt"), dir.join("merged.txt")]);
    let merged_doc = json
        .documents
        .iter()
        .position(|d| d.path.ends_with("merged.txt"))
        .expect("merged document");
    let clauses: BTreeSet<String> = json
        .passages
        .iter()
        .flat_map(|p| &p.members)
        .filter(|m| m.doc == merged_doc)
        .map(|m| {
            assert_eq!(m.kind, "partial", "{m:?}");
            let c = m
                .clause
                .as_ref()
                .expect("the clause that carries the passage");
            assert_eq!(&merged[c.start..c.end], c.text, "the clause is a byte span");
            c.text.clone()
        })
        .collect();
    assert_eq!(
        clauses.into_iter().collect::<Vec<_>>(),
        [
            "The ferry operator Sulu Star Lines suspended all sailings from Coron on Monday,",
            "while the coast guard opened an inquiry into the captain of the sunken vessel."
        ]
    );
}

/// Past 50 documents, text output is compact (one line of each passage's
/// first witness, the others named, no "not in" lists, own sentences
/// counted); `--all` shows everything, with "not in" lists capped.
#[test]
fn a_corpus_is_shown_compactly() {
    let dir = fresh_dir("align", "corpus");
    for (name, v) in wirediff_synth::corpus(3, 12, 5, 12, 0.2).docs {
        fs::write(dir.join(format!("{name}.txt")), &v.text).expect("write");
    }
    let d = path_string(dir);
    let (code, compact) = align_output(&[], &[&d]);
    assert_eq!(code, 1);
    assert!(compact.contains("    also: "), "{compact}");
    assert!(!compact.contains("not in:"));
    assert!(compact.contains("--all shows everything"));
    let (_, all) = align_output(&[], &["--all", &d]);
    assert!(all.len() > 2 * compact.len());
    let capped = all
        .lines()
        .find(|l| l.contains("not in:"))
        .expect("a not-in line");
    assert!(capped.contains("55 documents: "), "{capped}");
    let more = all.lines().any(|l| l.contains("and 50 more"));
    assert!(more, "the rest counted");
}
