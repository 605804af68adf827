//! `wirediff trace`: accuracy against a hand-checked list of origins
//! (`truth/iran-origins.txt`, written by reading the articles), the CLI and
//! the JSON contract.
//!
//! `cargo test --test it trace -- --nocapture` prints the per-origin table
//! and every sentence traced differently from the list.

use std::collections::BTreeMap;

use wirediff::render::trace_json::{TraceJson, TRACE_SCHEMA};
use wirediff::Document;
use wirediff::{Registry, TraceOptions, TraceReport};

use predicates::prelude::*;

use crate::util::{load, story, wirediff, STORIES};

/// Floor on the share of sentences whose origin matches the list.
const MIN_ACCURACY: f64 = 0.8;

struct Truth {
    outlets: Vec<Option<String>>,
    origins: Vec<Vec<Option<String>>>,
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn truth(docs: &[Document]) -> Truth {
    let text = include_str!("truth/iran-origins.txt");
    let mut t = Truth {
        outlets: vec![None; docs.len()],
        origins: docs.iter().map(|d| vec![None; d.sentences.len()]).collect(),
    };
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("@ ") {
            let (file, outlet) = rest.split_once(" = ").expect("@ file = outlet");
            let d = STORIES.iter().position(|f| *f == file).expect("known file");
            t.outlets[d] = (outlet != "null").then(|| outlet.to_string());
        } else if line.starts_with('#') || line.trim().is_empty() {
            continue;
        } else {
            let (file, rest) = line.split_once(": ").expect("file: snippet => origin");
            let (snippet, origin) = rest.rsplit_once(" => ").expect("=> origin");
            let d = STORIES.iter().position(|f| *f == file).expect("known file");
            let snippet = squash(snippet);
            let hits: Vec<usize> = (0..docs[d].sentences.len())
                .filter(|&s| squash(docs[d].sentence_text(s)).contains(&snippet))
                .collect();
            assert_eq!(
                hits.len(),
                1,
                "{file}: {snippet:?} must lie in one sentence"
            );
            t.origins[d][hits[0]] = Some(origin.to_string());
        }
    }
    t
}

#[test]
fn trace_agrees_with_the_hand_checked_origins() {
    let docs: Vec<Document> = STORIES.iter().map(|f| load(&story(f))).collect();
    let t = truth(&docs);
    let registry = Registry::builtin();
    let report = TraceReport::new(docs.clone(), registry, &TraceOptions::default());
    let (traced, registry) = (report.trace, report.registry);
    for (d, expected) in t.outlets.iter().enumerate() {
        let got = traced.outlets[d]
            .outlet
            .map(|o| registry.outlets[o].id.clone());
        println!("outlet of {}: {got:?} (list: {expected:?})", STORIES[d]);
    }
    // origin → (in the list, traced, both)
    let mut table: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let (mut right, mut total) = (0, 0);
    for (d, doc) in docs.iter().enumerate() {
        for s in 0..doc.sentences.len() {
            let expected = t.origins[d][s].clone().expect("every sentence is listed");
            let got = traced.sentences[d][s].origin.id(&registry).to_string();
            total += 1;
            table.entry(expected.clone()).or_default().0 += 1;
            table.entry(got.clone()).or_default().1 += 1;
            if got == expected {
                right += 1;
                table.entry(got).or_default().2 += 1;
            } else {
                let text: String = squash(doc.sentence_text(s)).chars().take(80).collect();
                println!("{} #{s}: traced {got}, list {expected}: {text}", STORIES[d]);
            }
        }
    }
    let accuracy = right as f64 / total as f64;
    println!("| origin | in the list | traced | precision | recall |");
    println!("|---|---:|---:|---:|---:|");
    for (origin, (listed, traced, both)) in &table {
        let p = if *traced > 0 {
            *both as f64 / *traced as f64
        } else {
            0.0
        };
        let r = if *listed > 0 {
            *both as f64 / *listed as f64
        } else {
            0.0
        };
        println!("| {origin} | {listed} | {traced} | {p:.2} | {r:.2} |");
    }
    println!("sentences: {total}, right: {right}, accuracy {accuracy:.3}");
    assert!(
        accuracy >= MIN_ACCURACY,
        "accuracy {accuracy:.3} < {MIN_ACCURACY}"
    );
}

fn traced_origins(paths: &[&str]) -> (Vec<Document>, Vec<Vec<String>>, Vec<Option<String>>) {
    let docs: Vec<Document> = paths.iter().map(|p| load(p)).collect();
    let registry = Registry::builtin();
    let report = TraceReport::new(docs.clone(), registry, &TraceOptions::default());
    let (t, registry) = (report.trace, report.registry);
    let origins = t
        .sentences
        .iter()
        .map(|d| {
            d.iter()
                .map(|s| s.origin.id(&registry).to_string())
                .collect()
        })
        .collect();
    let outlets = t
        .outlets
        .iter()
        .map(|o| o.outlet.map(|o| registry.outlets[o].id.clone()))
        .collect();
    (docs, origins, outlets)
}

/// The rules are general: on a story written for the tests (no outlet or
/// name in common with the real fixtures), each sentence gets the origin a
/// reader would give it.
#[test]
fn invented_story_is_traced_by_the_same_rules() {
    let wire = crate::util::fixture("tricky/strike-wire.txt");
    let rewrite = crate::util::fixture("tricky/strike-rewrite.txt");
    let (docs, origins, outlets) = traced_origins(&[&wire, &rewrite]);
    // The wire is Reuters by its dateline; the rewrite credits Reuters for
    // its lede ("…, Reuters reported"), which makes it Reuters' carrier.
    assert_eq!(
        outlets,
        [Some("reuters".to_string()), Some("reuters".to_string())]
    );
    let by_text = |d: usize, needle: &str| {
        let s = (0..docs[d].sentences.len())
            .find(|&s| docs[d].sentence_text(s).contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} in document {d}"));
        origins[d][s].clone()
    };
    assert_eq!(by_text(0, "walked off the job"), "reuters");
    assert_eq!(by_text(0, "We have waited eleven months"), "reuters");
    assert_eq!(by_text(0, "She added that 3,400"), "reuters");
    // A public statement is its speaker's, found by the shape of the
    // statement (`The port authority said in a statement`).
    assert_eq!(by_text(0, "60 ships"), "port-authority");
    assert_eq!(by_text(0, "request for comment"), "reuters");
    assert_eq!(by_text(0, "Read more"), "boilerplate");
    assert_eq!(by_text(0, "Antwerp"), "boilerplate");
    assert_eq!(by_text(1, "Dock Strike Paralyses"), "own");
    assert_eq!(by_text(1, "Reuters reported"), "reuters");
    assert_eq!(by_text(1, "3,400 members had backed"), "reuters");
    assert_eq!(by_text(1, "fair offer,"), "reuters");
    assert_eq!(by_text(1, "According to CNN"), "cnn");
    assert_eq!(by_text(1, "Analysts say"), "own");
}

fn json_trace(args: &[&str]) -> TraceJson {
    crate::util::trace_json(args)
}

#[test]
fn json_contract_holds_on_the_fixtures() {
    let t = json_trace(&["fixtures/iran-deportations/"]);
    assert_eq!(t.schema, TRACE_SCHEMA);
    assert_eq!(t.documents.len(), 5);
    let total: usize = t.documents.iter().map(|d| d.document.sentences.len()).sum();
    assert_eq!(t.sentences.len(), total, "every sentence exactly once");
    let mut expected = Vec::new();
    for (d, doc) in t.documents.iter().enumerate() {
        for s in 0..doc.document.sentences.len() {
            expected.push((d, s));
        }
    }
    let listed: Vec<(usize, usize)> = t.sentences.iter().map(|s| (s.doc, s.sentence)).collect();
    assert_eq!(listed, expected);
    let ids: Vec<&str> = t.outlets.iter().map(|o| o.id.as_str()).collect();
    let texts: Vec<String> = t
        .documents
        .iter()
        .map(|d| std::fs::read_to_string(&d.document.path).expect("readable"))
        .collect();
    for s in &t.sentences {
        assert!((0.0..=1.0).contains(&s.confidence), "{s:?}");
        if let Some(origin) = &s.origin {
            assert!(ids.contains(&origin.as_str()), "{origin} not in outlets");
        }
        if let Some(speaker) = &s.speaker {
            assert!(ids.contains(&speaker.as_str()), "{speaker} not in outlets");
        }
        let bases = [
            "credited",
            "speaker",
            "copied",
            "own-reporting",
            "boilerplate",
        ];
        assert!(bases.contains(&s.basis.as_str()), "{s:?}");
        // Resolved: furniture has no origin; the writer's own reporting is
        // the document's outlet, when it is known.
        match s.basis.as_str() {
            "boilerplate" => assert_eq!(s.origin, None),
            "own-reporting" if t.documents[s.doc].outlet.is_some() => assert!(s.origin.is_some()),
            "copied" => assert!(s.via.is_some(), "a copy names its source: {s:?}"),
            _ => {}
        }
        for e in &s.evidence {
            assert_eq!(texts[e.doc].get(e.start..e.end), Some(e.text.as_str()));
            assert!(ids.contains(&e.outlet.as_str()));
            assert!(
                ["cue", "context", "passage", "document", "quote", "restated"]
                    .contains(&e.kind.as_str())
            );
        }
    }
    for b in &t.breakdown {
        let sum: f64 = b.shares.values().sum();
        assert!((sum - 1.0).abs() < 0.01, "{b:?}");
    }
    let outlets: Vec<Option<&str>> = t.documents.iter().map(|d| d.outlet.as_deref()).collect();
    assert_eq!(
        &outlets[..4],
        [Some("afp"), Some("ap"), Some("bbc"), Some("nbc")]
    );
}

#[test]
fn labels_override_and_bad_labels_are_trouble() {
    let afp = "fixtures/iran-deportations/afp-rewrite.txt";
    let t = json_trace(&[
        "--label",
        &format!("{afp}=reuters"),
        afp,
        "fixtures/iran-deportations/nbc-news.txt",
    ]);
    assert_eq!(t.documents[0].outlet.as_deref(), Some("reuters"));
    wirediff()
        .args(["trace", "--label", &format!("{afp}=nope"), afp, afp])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("unknown outlet"));
    wirediff()
        .args(["trace", "--doc", "elsewhere.txt", afp, afp])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not one of the documents"));
    // The same file by another path is the same document.
    wirediff()
        .args([
            "trace",
            "--doc",
            "./fixtures/iran-deportations/afp-rewrite.txt",
            afp,
        ])
        .args(["fixtures/iran-deportations/nbc-news.txt"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("afp-rewrite"))
        .stdout(predicates::str::contains("nbc-news").not());
}

/// `--meta` gives a document's outlet when its text names none, and is
/// shown beside the text's own evidence when it does.
#[test]
fn metadata_outlets_fill_in_and_conflicts_show() {
    let nyt = "fixtures/iran-deportations/nyt-rewrite.txt";
    let ap = "fixtures/iran-deportations/ap-via-newspaper.txt";
    let plain = json_trace(&[nyt, ap]);
    assert_eq!(
        plain.documents[0].outlet, None,
        "the NYT rewrite names no writer"
    );
    let meta = crate::util::temp_file(
        "trace",
        "meta.jsonl",
        format!(
            "{{\"path\": \"./{nyt}\", \"outlet\": \"The New York Times\"}}\n\
             {{\"path\": \"{ap}\", \"outlet\": \"reuters\", \"published\": \"2025-10-01\"}}\n"
        ),
    );
    let t = json_trace(&["--meta", &meta, nyt, ap]);
    assert_eq!(t.documents[0].outlet.as_deref(), Some("nyt"));
    assert!(!t.documents[0].meta.as_ref().expect("meta").conflict);
    // The AP copy's dateline wins over the metadata, which is a conflict.
    assert_eq!(t.documents[1].outlet.as_deref(), Some("ap"));
    let m = t.documents[1].meta.as_ref().expect("meta");
    assert_eq!(
        (m.outlet.as_deref(), m.published.as_deref()),
        (Some("reuters"), Some("2025-10-01"))
    );
    assert!(m.conflict);
    assert!(t.outlets.iter().any(|o| o.id == "reuters"));
    wirediff()
        .args(["--width", "200", "trace", "--meta", &meta, nyt, ap])
        .assert()
        .code(0)
        .stdout(predicates::str::contains(
            "outlet: The New York Times (metadata)",
        ))
        .stdout(predicates::str::contains(
            "metadata says Reuters, the text The Associated Press",
        ));
}

#[test]
fn text_output_tags_every_sentence() {
    let out = wirediff()
        .args(["trace", "--width", "100", "fixtures/iran-deportations/"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.contains("[Tasnim]") && text.contains("[NYT]") && text.contains("[boilerplate]"));
    let tagged = text
        .lines()
        .filter(|l| l.trim_start().starts_with('['))
        .count();
    assert_eq!(tagged, 102, "one tagged row per sentence");
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn outlets_lists_the_registry_and_accepts_a_file() {
    wirediff()
        .args(["outlets"])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("tasnim").and(predicates::str::contains("white-house")));
    let dir = crate::util::fresh_dir("trace", "outlets");
    let good = dir.join("good.json");
    std::fs::write(
        &good,
        r#"[{"id": "kurier", "name": "Kurier", "kind": "newspaper", "aliases": ["Kurier"]}]"#,
    )
    .expect("write");
    wirediff()
        .args([
            "outlets",
            "--format",
            "json",
            "--outlets",
            good.to_str().expect("utf-8 path"),
        ])
        .assert()
        .code(0)
        .stdout(predicates::str::contains("\"kurier\""));
    // The JSON carries its schema, and `--outlets` reads it back as it is.
    let out = wirediff()
        .args(["outlets", "--format", "json"])
        .output()
        .expect("runs");
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        listed["schema"],
        wirediff::render::trace_json::OUTLETS_SCHEMA
    );
    let again = dir.join("again.json");
    std::fs::write(&again, &out.stdout).expect("write");
    wirediff()
        .args(["outlets", "--outlets", again.to_str().expect("utf-8 path")])
        .assert()
        .code(0);
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "[{\"id\": 3}]").expect("write");
    wirediff()
        .args(["outlets", "--outlets", bad.to_str().expect("utf-8 path")])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("not a valid outlets file"));
}
