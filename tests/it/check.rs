//! `wirediff check`: exit statuses, the JSON and CSV contracts, reuse on an
//! unrelated story and on a verbatim copy, `--min-passage`, and the library
//! call behind it; reuse as wording (independent reports of one event,
//! a light rewrite, formulaic sentences) and `--licensed`.
//!
//! Suspects and sources are named by the same relative paths
//! (`fixtures/iran-deportations/…`): the command tells a suspect among its
//! sources by the path as given.

use std::collections::BTreeSet;
use std::fs;

use predicates::prelude::*;
use wirediff::render::check_json::{CheckJson, CHECK_SCHEMA};
use wirediff::Document;
use wirediff::{check, CheckOptions, DEFAULT_MIN_PASSAGE};

use crate::util::{fixture, fresh_dir, path_string, story, wirediff, STORIES};

/// The story directory, relative to the crate root (the cwd of `wirediff()`).
const DIR: &str = "fixtures/iran-deportations/";

const CSV_HEADER: &str = "suspect,source,origin,licensed,source_reuse,source_shared_facts,suspect_reuse,suspect_licensed_reuse,suspect_shared_facts,over,flags";

/// Relative path of a story fixture, as `DIR` expands to.
fn rel(name: &str) -> String {
    format!("{DIR}{name}")
}

/// `wirediff check ARGS…`: exit status, stdout, stderr.
fn run(args: &[&str]) -> (i32, String, String) {
    let out = wirediff().arg("check").args(args).output().expect("runs");
    (
        out.status.code().expect("exit status"),
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

/// `wirediff check --format json ARGS…`, deserialised; the exit status must
/// be `code`.
fn check_json(args: &[&str], code: i32) -> CheckJson {
    let (got, out, err) = run(&[&["--format", "json"][..], args].concat());
    assert_eq!(got, code, "check {args:?}: stderr {err}");
    assert_eq!(err, "", "check {args:?}");
    serde_json::from_str(&out).expect("valid wirediff.check/2 JSON")
}

/// `wirediff check --format csv ARGS…` as rows of fields, header first.
fn check_csv(args: &[&str]) -> Vec<Vec<String>> {
    let (code, out, err) = run(&[&["--format", "csv"][..], args].concat());
    assert_eq!(code, 0, "check {args:?}: stderr {err}");
    assert_eq!(err, "");
    out.lines()
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

/// `text[start..end]` is a non-empty slice of `text` on char boundaries.
fn assert_span(text: &str, start: usize, end: usize, what: &str) {
    assert!(start < end, "{what}: empty span {start}..{end}");
    assert!(
        end <= text.len(),
        "{what}: {end} past the end ({})",
        text.len()
    );
    assert!(
        text.is_char_boundary(start),
        "{what}: {start} not a char boundary"
    );
    assert!(
        text.is_char_boundary(end),
        "{what}: {end} not a char boundary"
    );
}

/// The invariants every suspect of a `wirediff.check/2` answer holds,
/// whatever it was checked against.
fn assert_suspect_contract(c: &CheckJson) {
    for s in &c.suspects {
        let name = &s.path;
        assert!((0.0..=1.0).contains(&s.reuse), "{name}: reuse {}", s.reuse);
        assert!(s.words > 0, "{name}: no words");
        for pair in s.sources.windows(2) {
            assert!(
                pair[0].reuse >= pair[1].reuse,
                "{name}: sources out of order: {:?}",
                s.sources
            );
        }
        let credited: f64 = s
            .sources
            .iter()
            .filter(|x| !x.licensed)
            .map(|x| x.reuse)
            .sum();
        assert!(
            (credited - s.reuse).abs() <= 0.005,
            "{name}: sources add up to {credited}, reuse is {}",
            s.reuse
        );
        let licensed: f64 = s
            .sources
            .iter()
            .filter(|x| x.licensed)
            .map(|x| x.reuse)
            .sum();
        assert!(
            (licensed - s.licensed_reuse).abs() <= 0.005,
            "{name}: {s:?}"
        );
        let facts: f64 = s.sources.iter().map(|x| x.shared_facts).sum();
        assert!((facts - s.shared_facts).abs() <= 0.005, "{name}: {s:?}");
        assert!(
            s.reuse + s.licensed_reuse + s.shared_facts <= 1.005,
            "{name}: shares overlap: {s:?}"
        );
        for x in &s.sources {
            assert_ne!(&x.path, name, "{name} is its own source");
            assert!((0.0..=1.0).contains(&x.reuse), "{name}: {x:?}");
            assert!(x.reuse > 0.0 || x.shared_facts > 0.0, "{name}: {x:?}");
        }
        let sources: BTreeSet<&str> = s.sources.iter().map(|x| x.path.as_str()).collect();
        let suspect_text = fs::read_to_string(name).expect("suspect file");
        for (k, p) in s.passages.iter().enumerate() {
            let what = format!("{name} passage {k}");
            assert!(
                ["verbatim", "reworded"].contains(&p.kind.as_str()),
                "{what}: {}",
                p.kind
            );
            assert!(
                (0.0..=1.0).contains(&p.similarity),
                "{what}: {}",
                p.similarity
            );
            assert_ne!(&p.source, name, "{what}: from the suspect itself");
            assert!(
                sources.contains(p.source.as_str()),
                "{what}: {} not a source",
                p.source
            );
            assert!(
                !p.also_in.contains(&p.source),
                "{what}: its source in also_in"
            );
            assert!(!p.also_in.contains(name), "{what}: the suspect in also_in");
            assert_span(&suspect_text, p.suspect_start, p.suspect_end, &what);
            let source_text = fs::read_to_string(&p.source).expect("source file");
            assert_span(&source_text, p.source_start, p.source_end, &what);
        }
        for pair in s.passages.windows(2) {
            assert!(
                pair[0].suspect_end <= pair[1].suspect_start,
                "{name}: passages out of order or overlapping"
            );
        }
    }
}

#[test]
fn check_exit_status_follows_the_limits() {
    let nyt = rel("nyt-rewrite.txt");
    let base = [nyt.as_str(), "--against", DIR];
    for (extra, code) in [
        (&[][..], 0),
        (&["--max-reuse", "0.05"][..], 1),
        (&["--max-reuse", "0.95"][..], 0),
        (&["--max-source", "0.01"][..], 1),
        (&["--max-source", "0.95"][..], 0),
    ] {
        let args = [&base[..], extra].concat();
        let (got, out, err) = run(&args);
        assert_eq!(got, code, "check {args:?}: stderr {err}");
        assert_eq!(err, "", "check {args:?}");
        assert!(out.contains(&nyt), "check {args:?}: {out}");
        // -q: the same status, nothing printed.
        wirediff()
            .arg("check")
            .arg("-q")
            .args(&args)
            .assert()
            .code(code)
            .stdout("")
            .stderr("");
    }
}

#[test]
fn check_json_over_agrees_with_the_exit_status() {
    let nyt = rel("nyt-rewrite.txt");
    let c = check_json(&[&nyt, "--against", DIR, "--max-reuse", "0.05"], 1);
    assert_eq!(c.limits.max_reuse, Some(0.05));
    assert_eq!(c.limits.max_source, None);
    assert!(c.suspects[0].over);
    let c = check_json(&[&nyt, "--against", DIR, "--max-reuse", "0.95"], 0);
    assert_eq!(c.limits.max_reuse, Some(0.95));
    assert!(!c.suspects[0].over);
    let c = check_json(&[&nyt, "--against", DIR, "--max-source", "0.01"], 1);
    assert_eq!(c.limits.max_source, Some(0.01));
    assert!(c.suspects[0].over);
}

#[test]
fn check_missing_suspect_exits_two_naming_it() {
    wirediff()
        .args(["check", "no/such/suspect.txt", "--against", DIR])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no/such/suspect.txt"));
    wirediff()
        .args([
            "check",
            &rel("nyt-rewrite.txt"),
            "--against",
            "no/such/source.txt",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no/such/source.txt"));
}

#[test]
fn check_against_directory_without_text_files_exits_two() {
    let dir = fresh_dir("check", "no-txt");
    fs::write(dir.join("notes.md"), "# Not a story\n").expect("temp file");
    let dir = path_string(dir);
    wirediff()
        .args(["check", &rel("nyt-rewrite.txt"), "--against", &dir])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(dir.as_str()));
}

#[test]
fn check_usage_errors_exit_two() {
    let nyt = rel("nyt-rewrite.txt");
    // Neither --against nor --all.
    wirediff()
        .args(["check", &nyt])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--against").and(predicate::str::contains("Usage")));
    // Both.
    wirediff()
        .args(["check", &nyt, "--all", "--against", DIR])
        .assert()
        .code(2)
        .stdout("");
    // Shares outside 0..=1 (as `--flag=VALUE`, so that clap takes a
    // negative number as the value).
    for (flag, value) in [
        ("--max-reuse", "1.5"),
        ("--max-source", "-0.1"),
        ("--max-reuse", "lots"),
        ("--min-similarity", "2"),
    ] {
        wirediff()
            .args(["check", &nyt, "--against", DIR, &format!("{flag}={value}")])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(flag).and(predicate::str::contains("0 to 1")));
    }
    // The suspect is no source of its own, however its path is written.
    wirediff()
        .args(["check", &nyt, "--against", &format!("./{nyt}")])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "no source besides the suspect itself",
        ));
    // --all needs two documents.
    wirediff()
        .args(["check", "--all", &nyt])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(nyt.as_str()));
}

#[test]
fn check_json_contract_holds_on_the_nyt_rewrite() {
    let nyt = rel("nyt-rewrite.txt");
    let c = check_json(&[&nyt, "--against", DIR], 0);
    assert_eq!(c.schema, CHECK_SCHEMA);
    assert_eq!(c.schema, "wirediff.check/2");
    assert!(c.limits.licensed.is_empty());
    assert_eq!(c.limits.min_passage, DEFAULT_MIN_PASSAGE);
    assert_eq!(c.limits.min_passage, 8);
    assert_eq!(c.limits.max_reuse, None);
    assert_eq!(c.limits.max_source, None);
    assert_eq!(c.suspects.len(), 1);
    let s = &c.suspects[0];
    assert_eq!(s.path, nyt);
    assert!(!s.over, "no limit given");
    // The other rewrites carry some of it, not all of it.
    assert!(s.reuse > 0.0 && s.reuse < 1.0, "reuse {}", s.reuse);
    assert!(!s.sources.is_empty());
    assert!(!s.passages.is_empty());
    let others: BTreeSet<String> = STORIES
        .iter()
        .filter(|n| **n != "nyt-rewrite.txt")
        .map(|n| rel(n))
        .collect();
    for x in &s.sources {
        assert!(
            others.contains(&x.path),
            "source {} is not another rewrite",
            x.path
        );
    }
    for p in &s.passages {
        for o in &p.also_in {
            assert!(others.contains(o), "also_in {o} is not another rewrite");
        }
    }
    assert_suspect_contract(&c);

    // --min-passage is echoed.
    let c = check_json(&[&nyt, "--against", DIR, "--min-passage", "12"], 0);
    assert_eq!(c.limits.min_passage, 12);
    assert_suspect_contract(&c);
}

#[test]
fn check_all_checks_each_rewrite_against_the_other_four() {
    let c = check_json(&["--all", DIR], 0);
    assert_eq!(c.schema, CHECK_SCHEMA);
    assert_eq!(c.suspects.len(), 5);
    for (s, name) in c.suspects.iter().zip(STORIES) {
        assert_eq!(s.path, rel(name));
        let others: BTreeSet<String> = STORIES
            .iter()
            .filter(|n| **n != name)
            .map(|n| rel(n))
            .collect();
        for x in &s.sources {
            assert!(others.contains(&x.path), "{name}: source {}", x.path);
        }
        for p in &s.passages {
            assert!(
                others.contains(&p.source),
                "{name}: passage from {}",
                p.source
            );
            for o in &p.also_in {
                assert!(others.contains(o), "{name}: also_in {o}");
            }
        }
        // Every rewrite shares something with the others.
        assert!(s.reuse > 0.0 && s.reuse < 1.0, "{name}: reuse {}", s.reuse);
    }
    assert_suspect_contract(&c);
}

#[test]
fn check_csv_has_the_documented_columns() {
    let nyt = rel("nyt-rewrite.txt");
    let rows = check_csv(&[&nyt, "--against", DIR]);
    assert_eq!(rows[0].join(","), CSV_HEADER);
    let json = check_json(&[&nyt, "--against", DIR], 0);
    let s = &json.suspects[0];
    assert_eq!(rows.len(), 1 + s.sources.len());
    for (row, x) in rows[1..].iter().zip(&s.sources) {
        assert_eq!(row.len(), 11, "{row:?}");
        assert_eq!(row[0], nyt);
        assert_eq!(row[1], x.path);
        assert_eq!(row[2], x.outlet.clone().unwrap_or_default());
        assert_eq!(row[3], x.licensed.to_string());
        assert_eq!(row[4].parse::<f64>().expect("source_reuse"), x.reuse);
        assert_eq!(
            row[5].parse::<f64>().expect("source_shared_facts"),
            x.shared_facts
        );
        assert_eq!(row[6].parse::<f64>().expect("suspect_reuse"), s.reuse);
        assert_eq!(
            row[7].parse::<f64>().expect("licensed_reuse"),
            s.licensed_reuse
        );
        assert_eq!(row[8].parse::<f64>().expect("shared_facts"), s.shared_facts);
        assert_eq!(row[9], "false");
        // The flags of the passages from this source, counted by kind.
        let flags: usize = s
            .passages
            .iter()
            .filter(|p| p.source == x.path)
            .map(|p| p.flags.len())
            .sum();
        let listed: usize = row[10]
            .split(';')
            .filter(|c| !c.is_empty())
            .map(|c| {
                c.rsplit(':')
                    .next()
                    .unwrap()
                    .parse::<usize>()
                    .expect("count")
            })
            .sum();
        assert_eq!(listed, flags, "{row:?}");
    }
}

#[test]
fn check_all_csv_pairs_each_rewrite_with_the_others() {
    let rows = check_csv(&["--all", DIR]);
    assert_eq!(rows[0].join(","), CSV_HEADER);
    let files: BTreeSet<String> = STORIES.iter().map(|n| rel(n)).collect();
    assert!(rows.len() > 5, "{} rows", rows.len());
    let mut suspects = BTreeSet::new();
    for row in &rows[1..] {
        assert_eq!(row.len(), 11, "{row:?}");
        assert!(files.contains(&row[0]), "suspect {}", row[0]);
        assert!(
            row[1].is_empty() || files.contains(&row[1]),
            "source {}",
            row[1]
        );
        assert_ne!(row[0], row[1], "a rewrite checked against itself");
        for share in &row[4..9] {
            let x: f64 = share.parse().expect("a share");
            assert!((0.0..=1.0).contains(&x), "{row:?}");
        }
        assert!(["true", "false"].contains(&row[3].as_str()), "{row:?}");
        assert!(["true", "false"].contains(&row[9].as_str()), "{row:?}");
        suspects.insert(row[0].clone());
    }
    assert_eq!(suspects, files, "every rewrite is checked");
}

/// A story that has nothing to do with the deportations.
const FINAL_STORY: &str = "\
Harbourside Rovers won the Northern Cup final 3-1 against Castlemere Athletic on Saturday, ending a 27-year wait for a major trophy.

A crowd of 41,208 filled Kingsgate Stadium for the match, which kicked off in light drizzle.

Castlemere took the lead after 11 minutes when striker Tomasz Wierzbicki headed in a corner from Lucas Ambrose.

Rovers equalised before half-time through midfielder Kofi Mensah-Boateng, whose shot from 25 yards deflected off a defender.

Substitute Callum Dreyer put Rovers ahead in the 68th minute, then set up captain Ruairi Flanagan for the third with six minutes left.

Castlemere goalkeeper Anders Holmqvist was sent off in stoppage time for handling outside his area.

Rovers manager Sinead Okonkwo said her players had \"earned every minute of this\" after a season in which they were bottom of the table in November.

The club will parade the trophy through the town centre on Monday, and the council has closed Quay Street to traffic from noon.

Castlemere, who also lost the final two years ago, face a league match against Dunmore on Wednesday.

Tickets for the final had been resold online for up to 900 pounds, and police said they made four arrests outside the ground.
";

#[test]
fn check_unrelated_story_scores_near_zero() {
    let dir = fresh_dir("check", "unrelated");
    let path = path_string(dir.join("cup-final.txt"));
    fs::write(&path, FINAL_STORY).expect("temp file");
    let c = check_json(&[&path, "--against", DIR], 0);
    assert_eq!(c.suspects.len(), 1);
    let s = &c.suspects[0];
    assert_eq!(s.path, path);
    assert!(s.words > 150, "{} words", s.words);
    assert!(s.reuse < 0.05, "reuse {} on an unrelated story", s.reuse);
    assert_suspect_contract(&c);
    // With a limit, the exit status says it is under.
    wirediff()
        .args([
            "check",
            "-q",
            &path,
            "--against",
            DIR,
            "--max-reuse",
            "0.05",
        ])
        .assert()
        .code(0);
}

#[test]
fn check_verbatim_copy_scores_near_one() {
    let dir = fresh_dir("check", "copy");
    let copy = path_string(dir.join("copy.txt"));
    let original = rel("bbc-rewrite.txt");
    fs::copy(story("bbc-rewrite.txt"), &copy).expect("copy fixture");
    let c = check_json(&[&copy, "--against", &original], 0);
    assert_eq!(c.suspects.len(), 1);
    let s = &c.suspects[0];
    assert_eq!(s.path, copy);
    assert!(s.reuse > 0.9, "reuse {} of a verbatim copy", s.reuse);
    assert_eq!(s.sources[0].path, original);
    assert!(s.sources[0].reuse > 0.9, "{:?}", s.sources[0]);
    assert!(!s.passages.is_empty());
    let copy_text = fs::read_to_string(&copy).expect("copy");
    let original_text = fs::read_to_string(&original).expect("original");
    for p in &s.passages {
        assert_eq!(p.kind, "verbatim", "{p:?}");
        assert_eq!(p.source, original);
        assert!(p.also_in.is_empty(), "{p:?}");
        // The two sides of a verbatim copy are the same text.
        assert_eq!(
            &copy_text[p.suspect_start..p.suspect_end],
            &original_text[p.source_start..p.source_end]
        );
    }
    assert_suspect_contract(&c);
    wirediff()
        .args([
            "check",
            "-q",
            &copy,
            "--against",
            &original,
            "--max-reuse",
            "0.9",
        ])
        .assert()
        .code(1);
}

#[test]
fn check_offsets_skip_a_byte_order_mark() {
    let dir = fresh_dir("check", "bom");
    let copy = path_string(dir.join("copy.txt"));
    let original = fixture("tricky/bom-crlf.txt");
    fs::copy(&original, &copy).expect("copy fixture");
    let c = check_json(&[&copy, "--against", &original], 0);
    let s = &c.suspects[0];
    assert_eq!(s.reuse, 1.0, "{s:?}");
    assert_eq!(s.passages.len(), 1, "{s:?}");
    let p = &s.passages[0];
    assert_eq!(p.kind, "verbatim");
    // The BOM is 3 bytes, counted in offsets but in no sentence.
    assert_eq!((p.suspect_start, p.source_start), (3, 3), "{p:?}");
    assert_suspect_contract(&c);
}

#[test]
fn check_finds_the_invented_rewrite_of_the_wire_story() {
    let wire = fixture("tricky/strike-wire.txt");
    let rewrite = fixture("tricky/strike-rewrite.txt");
    let c = check_json(&[&rewrite, "--against", &wire], 0);
    let s = &c.suspects[0];
    assert!(s.reuse > 0.3 && s.reuse < 1.0, "reuse {}", s.reuse);
    assert_eq!(s.sources.len(), 1);
    assert_eq!(s.sources[0].path, wire);
    assert_suspect_contract(&c);
}

#[test]
fn check_min_passage_longer_than_any_passage_counts_nothing() {
    let nyt = rel("nyt-rewrite.txt");
    let args = [&nyt, "--against", DIR, "--min-passage", "1000"];
    let c = check_json(&args, 0);
    assert_eq!(c.limits.min_passage, 1000);
    let s = &c.suspects[0];
    assert_eq!(s.reuse, 0.0);
    // What is left is facts shared in other words, not reuse.
    assert!(s.sources.iter().all(|x| x.reuse == 0.0), "{:?}", s.sources);
    assert!(s.passages.is_empty(), "{:?}", s.passages);
    assert!(!s.over);
    let (code, _, err) =
        run(&[&args[..], &["--max-reuse", "0.01", "--max-source", "0.01"]].concat());
    assert_eq!(code, 0, "stderr: {err}");
}

#[test]
fn check_csv_gives_a_suspect_without_sources_one_row() {
    let dir = fresh_dir("check", "csv-unrelated");
    let path = path_string(dir.join("cup-final.txt"));
    fs::write(&path, FINAL_STORY).expect("temp file");
    let c = check_json(&[&path, "--against", DIR], 0);
    assert!(c.suspects[0].sources.is_empty(), "{:?}", c.suspects[0]);
    let rows = check_csv(&[&path, "--against", DIR]);
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(
        rows[1],
        [
            path.as_str(),
            "",
            "",
            "false",
            "0",
            "0",
            "0",
            "0",
            "0",
            "false",
            ""
        ]
    );
}

#[test]
fn library_check_credits_the_shared_sentence_only() {
    let shared = "Iran said 120 of its nationals would be flown home from Louisiana through Qatar this week.";
    let docs = [
        Document::from_text(
            "suspect",
            format!(
                "{shared} Heavy rain flooded three districts of Lisbon overnight, closing schools."
            ),
        ),
        Document::from_text(
            "source",
            format!("Markets in Tokyo closed 1.4 percent higher on chipmaker shares. {shared}"),
        ),
    ];
    let reports = check(
        &docs,
        &[true, false],
        &[false, true],
        &CheckOptions::default(),
    );
    assert_eq!(reports.len(), 1);
    let r = &reports[0];
    assert_eq!(r.suspect, 0);
    assert!(r.reuse > 0.0 && r.reuse < 1.0, "reuse {}", r.reuse);
    assert_eq!(r.sources.len(), 1);
    assert_eq!(r.sources[0].source, 1);
    assert!((r.sources[0].reuse - r.reuse).abs() < 1e-6);
    assert_eq!(r.reuses.len(), 1, "{:?}", r.reuses);
    let p = &r.reuses[0];
    assert!(p.verbatim);
    assert_eq!(p.suspect_sentences, [0]);
    assert_eq!(p.source_sentences, [1]);
    assert_eq!(docs[0].slice(p.suspect_span), shared);
    assert_eq!(docs[1].slice(p.source_span), shared);
    assert!(p.also_in.is_empty());

    // Only suspects are reported; a document is never its own source.
    let reports = check(
        &docs,
        &[true, true],
        &[true, true],
        &CheckOptions::default(),
    );
    assert_eq!(reports.len(), 2);
    for (d, r) in reports.iter().enumerate() {
        assert_eq!(r.suspect, d);
        assert!(r.sources.iter().all(|x| x.source != d), "{r:?}");
        assert!(r.reuse > 0.0 && r.reuse < 1.0, "{r:?}");
    }
}

/// An agency's report of a fire.
const FIRE_WIRE: &str = "\
A fire swept through a textile warehouse in the port city of Valdora on Tuesday, killing 14 workers and injuring 32 others, the regional governor said.

Firefighters battled the blaze for nine hours before bringing it under control early on Wednesday, according to the city's emergency services.

Governor Elena Marsh said the warehouse had failed two safety inspections last year and that its owner, Corvane Textiles, would face a criminal investigation.

Most of the victims were night-shift workers who were trapped behind a locked emergency exit, survivors told reporters at the scene.
";

/// Another agency's report of the same fire, written apart: the same facts
/// in other words.
const FIRE_OTHER: &str = "\
Fourteen people died and 32 were hurt when flames tore through a Valdora warehouse storing textiles late Tuesday, officials in the region announced.

It took emergency crews nine hours to contain the fire, which was finally put out on Wednesday morning, city rescue officials reported.

Corvane Textiles, which owns the building, is to be investigated by prosecutors after the site failed a pair of inspections in the past year, Marsh told a news conference.

Survivors said many of those killed had been working overnight and could not escape because an emergency door was locked.
";

/// A light rewrite of the first report: a few words changed, one sentence
/// dropped, one added.
const FIRE_REWRITE: &str = "\
A fire swept through a textile warehouse in the port city of Valdora late on Tuesday, killing 14 workers and injuring 32 others, the regional governor said.

Firefighters fought the blaze for nine hours before bringing it under control early on Wednesday, according to the city's emergency services.

Governor Elena Marsh said the warehouse had failed two safety inspections last year and that its owner, Corvane Textiles, would now face a criminal investigation.

Our correspondent saw relatives gathering outside the city morgue on Wednesday afternoon.
";

/// `check --format json SUSPECT --against SOURCE` on two texts written to a
/// fresh directory (`name` tells the directories apart).
fn check_texts(name: &str, suspect: &str, source: &str, extra: &[&str]) -> CheckJson {
    let dir = fresh_dir("check", name);
    let (a, b) = (dir.join("suspect.txt"), dir.join("source.txt"));
    fs::write(&a, suspect).expect("temp file");
    fs::write(&b, source).expect("temp file");
    let (a, b) = (path_string(a), path_string(b));
    let c = check_json(
        &[&[a.as_str(), "--against", b.as_str()][..], extra].concat(),
        0,
    );
    assert_suspect_contract(&c);
    c
}

#[test]
fn check_independent_reports_share_facts_not_wording() {
    let c = check_texts("independent", FIRE_OTHER, FIRE_WIRE, &[]);
    let s = &c.suspects[0];
    assert!(
        s.reuse <= 0.15,
        "reuse {} between independent reports",
        s.reuse
    );
    assert!(
        s.shared_facts >= 0.5,
        "shared facts {}: {s:?}",
        s.shared_facts
    );
    assert!(s.passages.is_empty() || s.reuse > 0.0, "{s:?}");
}

#[test]
fn check_light_rewrite_is_reuse() {
    let c = check_texts("rewrite", FIRE_REWRITE, FIRE_WIRE, &[]);
    let s = &c.suspects[0];
    assert!(
        s.reuse >= 0.6,
        "reuse {} of a light rewrite: {s:?}",
        s.reuse
    );
    assert!(s.shared_facts < 0.1, "{s:?}");
    // The three kept sentences are one passage; the added one is not reuse.
    assert_eq!(s.passages.len(), 1, "{:?}", s.passages);
    assert!(s.passages[0].wording > 0.6, "{:?}", s.passages[0]);
    assert!(
        s.reuse < 0.95,
        "the added sentence is the writer's own: {s:?}"
    );
}

#[test]
fn check_formulaic_sentences_count_for_nothing() {
    let suspect = "\
Police arrested a 34-year-old man after a lorry crashed into a bakery in Hollin Street on Friday morning.

The haulage company that owns the lorry did not immediately respond to a request for comment.
";
    let source = "\
Shares of Brightwater Energy fell 12 percent on Friday after the utility cut its profit forecast for the year.

The haulage company did not immediately respond to a request for comment.
";
    let c = check_texts("formulaic", suspect, source, &[]);
    let s = &c.suspects[0];
    assert_eq!(s.reuse, 0.0, "{s:?}");
    assert_eq!(s.shared_facts, 0.0, "{s:?}");
    assert!(s.sources.is_empty() && s.passages.is_empty(), "{s:?}");
}

#[test]
fn check_licensed_reuse_is_kept_out_of_the_limits() {
    let wire = format!("VALDORA (AP) — {FIRE_WIRE}");
    let limits = ["--max-reuse", "0.3", "--max-source", "0.3"];
    let dir = fresh_dir("check", "licensed");
    let (a, b) = (dir.join("draft.txt"), dir.join("wire.txt"));
    fs::write(&a, FIRE_REWRITE).expect("temp file");
    fs::write(&b, &wire).expect("temp file");
    let (a, b) = (path_string(a), path_string(b));
    let base = [a.as_str(), "--against", b.as_str()];
    // Not licensed: over the limits.
    let c = check_json(&[&base[..], &limits[..]].concat(), 1);
    let s = &c.suspects[0];
    assert!(s.over && s.reuse >= 0.6 && s.licensed_reuse == 0.0, "{s:?}");
    assert_eq!(s.sources[0].outlet.as_deref(), Some("ap"));
    // Licensed by --licensed: the same reuse, reported apart, under the limits.
    let c = check_json(
        &[&base[..], &limits[..], &["--licensed", "afp,ap"]].concat(),
        0,
    );
    assert_eq!(c.limits.licensed, ["afp", "ap"]);
    let s = &c.suspects[0];
    assert!(
        !s.over && s.reuse == 0.0 && s.licensed_reuse >= 0.6,
        "{s:?}"
    );
    assert!(
        s.sources[0].licensed && s.passages.iter().all(|p| p.licensed),
        "{s:?}"
    );
    assert_suspect_contract(&c);
    // Licensed by the outlets file.
    let outlets = path_string(dir.join("outlets.json"));
    fs::write(
        &outlets,
        r#"[{"id": "ap", "name": "The Associated Press", "kind": "wire", "aliases": ["Associated Press", "(AP)", "AP"], "licensed": true}]"#,
    )
    .expect("temp file");
    let c = check_json(
        &[&base[..], &limits[..], &["--outlets", &outlets]].concat(),
        0,
    );
    assert_eq!(c.limits.licensed, ["ap"]);
    assert!(c.suspects[0].licensed_reuse >= 0.6, "{:?}", c.suspects[0]);
    // An unknown id is trouble.
    wirediff()
        .args(["check", &a, "--against", &b, "--licensed", "no-such-wire"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no-such-wire"));
}

/// Credit goes to the source that explains the longest stretch of the
/// suspect, whatever the files are called; equal sources share it.
#[test]
fn check_credit_does_not_follow_file_names() {
    let a = "The council voted on Tuesday to close the old bridge to traffic from May. \
             Repairs would cost at least 40 million euros, the mayor's office said in a statement. \
             Residents have complained for years about cracks in the deck and rust on the railings.";
    let b = "A ferry will run every twenty minutes while the work lasts, starting at six in the morning. \
             Shopkeepers on the east bank fear the closure will drive customers away for a whole summer. \
             The opposition called the vote rushed and asked for an independent survey of the structure.";
    let whole = format!("{a} {b}\n");
    for (original, halves) in [
        ("z-original.txt", ["a-part1.txt", "b-part2.txt"]),
        ("a-original.txt", ["y-part1.txt", "z-part2.txt"]),
    ] {
        let dir = fresh_dir("check", original);
        let path = |name: &str| path_string(dir.join(name));
        fs::write(dir.join("suspect.txt"), &whole).expect("write");
        fs::write(dir.join(original), &whole).expect("write");
        fs::write(dir.join(halves[0]), format!("{a}\n")).expect("write");
        fs::write(dir.join(halves[1]), format!("{b}\n")).expect("write");
        let against = [path(halves[0]), path(halves[1]), path(original)];
        let mut args = vec!["--max-source", "0.6"];
        let suspect = path("suspect.txt");
        args.push(&suspect);
        args.push("--against");
        args.extend(against.iter().map(String::as_str));
        let c = check_json(&args, 1);
        let top = &c.suspects[0].sources[0];
        assert!(
            top.path.ends_with(original),
            "{original}: {:?}",
            c.suspects[0].sources
        );
        assert!(top.reuse > 0.99);
        // A second full copy is credited alike.
        fs::write(dir.join("copy.txt"), &whole).expect("write");
        let copy = path("copy.txt");
        args.push(&copy);
        let c = check_json(&args, 1);
        let full: Vec<&str> = c.suspects[0]
            .sources
            .iter()
            .filter(|s| s.reuse > 0.99)
            .map(|s| s.path.as_str())
            .collect();
        assert_eq!(full.len(), 2, "{:?}", c.suspects[0].sources);
        assert!((c.suspects[0].reuse - 1.0).abs() < 1e-3);
    }
}
