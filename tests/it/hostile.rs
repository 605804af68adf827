//! Hostile and pathological input, at sizes small enough for CI (the full
//! sizes are in `benches/hostile.rs`): every command finishes, exits 0, 1
//! or 2 as documented, and writes well-formed output. Output is the same
//! from run to run and with one thread or many. A closed output pipe ends
//! the program quietly with status 0.

use std::io::Read;
use std::process::{Command, Stdio};

use crate::util::{temp_file, wirediff};

/// Words from a small deterministic generator (no punctuation).
fn words(seed: u64, count: usize) -> Vec<String> {
    let mut rng = wirediff_synth::Rng::new(seed);
    (0..count)
        .map(|_| {
            let len = rng.between(3, 9);
            (0..len)
                .map(|_| (b'a' + rng.below(26) as u8) as char)
                .collect()
        })
        .collect()
}

/// Run every command on two files; each exits 0 or 1 with output.
fn every_command_copes(a: &str, b: &str) {
    for args in [
        vec!["diff", a, b],
        vec!["diff", "--format", "json", a, b],
        vec!["align", a, b],
        vec!["align", "--format", "json", a, b],
        vec!["trace", a, b],
        vec!["check", a, "--against", b],
    ] {
        let out = wirediff().args(&args).output().expect("runs");
        let code = out.status.code();
        assert!(
            matches!(code, Some(0 | 1)),
            "{args:?}: {code:?} {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty(), "{args:?}");
        if args.contains(&"json") {
            let _: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
        }
    }
}

#[test]
fn text_without_sentence_punctuation() {
    let a = temp_file("hostile", "nopunct-a.txt", words(1, 150_000).join(" "));
    let b = temp_file("hostile", "nopunct-b.txt", words(2, 150_000).join(" "));
    every_command_copes(&a, &b);
}

#[test]
fn one_word_lines() {
    let a = temp_file("hostile", "lines-a.txt", words(3, 20_000).join("\n"));
    let b = temp_file("hostile", "lines-b.txt", words(4, 20_000).join("\n"));
    every_command_copes(&a, &b);
}

#[test]
fn a_thousand_identical_sentences_in_each() {
    let text = "The minister said the talks would resume on Tuesday. ".repeat(1000);
    let a = temp_file("hostile", "same-a.txt", &text);
    let b = temp_file("hostile", "same-b.txt", &text);
    every_command_copes(&a, &b);
    let out = wirediff()
        .args(["diff", "--format", "json", &a, &b])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let d: wirediff::render::diff_json::DiffJson =
        serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(d.summary.equal, 1000);
}

#[test]
fn two_unrelated_long_articles() {
    let a = wirediff_synth::article(&mut wirediff_synth::Rng::new(1), 300_000);
    let b = wirediff_synth::article(&mut wirediff_synth::Rng::new(2), 300_000);
    every_command_copes(
        &temp_file("hostile", "long-a.txt", &a),
        &temp_file("hostile", "long-b.txt", &b),
    );
}

#[test]
fn output_is_the_same_every_run_and_with_any_number_of_threads() {
    for args in [
        &["align", "--format", "json", "fixtures/iran-deportations/"][..],
        &["trace", "--format", "json", "fixtures/iran-deportations/"],
        &[
            "check",
            "--format",
            "json",
            "--all",
            "fixtures/iran-deportations/",
        ],
    ] {
        let run = |threads: &str| {
            wirediff()
                .env("RAYON_NUM_THREADS", threads)
                .args(args)
                .output()
                .expect("runs")
                .stdout
        };
        let one = run("1");
        assert!(!one.is_empty());
        assert_eq!(one, run("1"), "{args:?} differs between runs");
        assert_eq!(one, run("4"), "{args:?} differs with more threads");
    }
}

#[test]
fn closed_output_pipe_ends_quietly_with_status_zero() {
    let a = wirediff_synth::article(&mut wirediff_synth::Rng::new(5), 400_000);
    let b = wirediff_synth::rewrite(&mut wirediff_synth::Rng::new(6), &a, 0.3).text;
    let (a, b) = (
        temp_file("hostile", "pipe-a.txt", &a),
        temp_file("hostile", "pipe-b.txt", &b),
    );
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("wirediff"))
        .args(["diff", "--color", "never", &a, &b])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut first = [0u8; 100];
    child
        .stdout
        .take()
        .expect("piped")
        .read_exact(&mut first)
        .expect("some output");
    // The read end is dropped here: the rest of the output meets a closed pipe.
    let out = child.wait_with_output().expect("ends");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn closed_standard_input_is_an_empty_document() {
    let f = crate::util::story("nbc-news.txt");
    let out = Command::new(assert_cmd::cargo::cargo_bin("wirediff"))
        .args(["diff", "-", &f])
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stderr.is_empty());
}

#[test]
fn unreadable_path_exits_two_naming_it() {
    // A path through a regular file cannot be read (ENOTDIR), even as root.
    let file = temp_file("hostile", "plain.txt", "Just text.");
    let below = format!("{file}/child.txt");
    wirediff()
        .args(["diff", &below, &file])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains(below.as_str()));
}
