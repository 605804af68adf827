//! The command line: exit statuses, bad input, colour, formats.

use std::fs;

use predicates::prelude::*;

use crate::util::{fixture, story, temp_file, wirediff};

const ESC: &str = "\u{1b}[";

#[test]
fn same_file_exits_zero() {
    let f = story("nbc-news.txt");
    wirediff()
        .args(["diff", &f, &f])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("16 equal"));
}

#[test]
fn different_files_exit_one() {
    wirediff()
        .args([
            "diff",
            &story("nbc-news.txt"),
            &story("ap-via-newspaper.txt"),
        ])
        .assert()
        .code(1)
        .stderr("");
}

#[test]
fn missing_file_exits_two_naming_the_path() {
    wirediff()
        .args(["diff", "no/such/file.txt", &story("nbc-news.txt")])
        .assert()
        .code(2)
        .stdout("")
        .stderr("wirediff: no/such/file.txt: no such file or directory\n");
}

#[test]
fn directory_is_refused_for_diff() {
    wirediff()
        .args(["diff", "fixtures/iran-deportations", &story("nbc-news.txt")])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "fixtures/iran-deportations: is a directory",
        ));
}

#[test]
fn binary_file_is_refused() {
    let bin = temp_file("cli", "binary.txt", b"GIF89a\0\0\x01\x02");
    wirediff()
        .args(["diff", &bin, &story("nbc-news.txt")])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("binary data (NUL byte at byte 6)"));
}

#[test]
fn invalid_utf8_gives_the_offset() {
    let bad = temp_file("cli", "latin1.txt", b"Caf\xe9 au lait.\n");
    wirediff()
        .args(["diff", &bad, &story("nbc-news.txt")])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "invalid UTF-8 at byte 3 (line 1, column 4)",
        ));
}

#[test]
fn file_over_the_size_limit_is_refused() {
    wirediff()
        .args([
            "diff",
            "--max-size",
            "1K",
            &story("nbc-news.txt"),
            &story("afp-rewrite.txt"),
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "too large (2736 bytes; the limit is 1024 bytes",
        ));
}

#[test]
fn empty_files_are_valid_and_equal() {
    let empty = temp_file("cli", "empty.txt", b"");
    wirediff().args(["diff", &empty, &empty]).assert().code(0);
    wirediff()
        .args(["diff", &empty, &story("nbc-news.txt")])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("16 added"));
}

#[test]
fn standard_input_is_read_for_dash() {
    let text = fs::read(story("afp-rewrite.txt")).expect("fixture");
    wirediff()
        .args(["diff", &story("afp-rewrite.txt"), "-"])
        .write_stdin(text)
        .assert()
        .code(0);
    wirediff()
        .args(["diff", "-", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "standard input can be read only once",
        ));
}

#[test]
fn unknown_option_exits_two() {
    wirediff()
        .args(["diff", "--frobnicate", "a", "b"])
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn help_teaches_with_examples() {
    wirediff()
        .args(["diff", "--help"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Examples:").and(predicate::str::contains("Exit status")));
}

fn diff_output(extra_env: &[(&str, &str)], extra_args: &[&str]) -> String {
    let mut cmd = wirediff();
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    let out = cmd
        .args([
            "diff",
            &story("nbc-news.txt"),
            &story("ap-via-newspaper.txt"),
        ])
        .args(extra_args)
        .output()
        .expect("runs");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn piped_output_has_no_colour_by_default() {
    assert!(!diff_output(&[], &[]).contains(ESC));
}

#[test]
fn color_always_colours_a_pipe() {
    assert!(diff_output(&[], &["--color", "always"]).contains(ESC));
}

#[test]
fn clicolor_force_colours_a_pipe_unless_no_color() {
    assert!(diff_output(&[("CLICOLOR_FORCE", "1")], &[]).contains(ESC));
    assert!(!diff_output(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], &[]).contains(ESC));
}

#[test]
fn no_color_turns_auto_off_but_not_always() {
    assert!(!diff_output(&[("NO_COLOR", "1")], &["--color", "auto"]).contains(ESC));
    assert!(diff_output(&[("NO_COLOR", "1")], &["--color", "always"]).contains(ESC));
}

#[test]
fn json_never_has_colour() {
    let out = diff_output(&[], &["--color", "always", "--format", "json"]);
    assert!(!out.contains(ESC));
    assert!(out.starts_with('{'));
}

#[test]
fn width_is_honoured() {
    let out = diff_output(&[], &["--width", "60"]);
    let widest = out.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest <= 60, "a line is {widest} columns wide");
    let out = diff_output(&[("COLUMNS", "50")], &[]);
    assert!(out.lines().all(|l| l.chars().count() <= 50));
}

#[test]
fn side_by_side_shows_both_texts() {
    let out = diff_output(&[], &["--side-by-side", "--width", "120"]);
    assert!(out.contains(" │ "));
    assert!(out
        .lines()
        .any(|l| l.contains("White House spokesperson") && l.contains("Asked to confirm")));
}

#[test]
fn control_characters_in_input_are_escaped() {
    let evil = temp_file(
        "cli",
        "evil.txt",
        "Alarm\u{7} here \u{1b}[2J cleared.\n".as_bytes(),
    );
    let out = wirediff()
        .args(["diff", &fixture("tricky/quotes.txt"), &evil])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'));
    assert!(text.contains("\\x1b[2J"));
}

/// A closed standard output is trouble said on stderr, not a silent run;
/// `> /dev/null` is a fine place for output.
#[cfg(target_os = "linux")]
#[test]
fn closed_stdout_is_trouble() {
    let bin = assert_cmd::cargo::cargo_bin("wirediff");
    let (a, b) = (story("nbc-news.txt"), story("ap-via-newspaper.txt"));
    let run = |redirect: &str| {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("'{}' diff '{a}' '{b}' {redirect}", bin.display()))
            .output()
            .expect("sh runs")
    };
    let closed = run(">&-");
    assert_eq!(closed.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&closed.stderr).contains("standard output is closed"));
    let null = run(">/dev/null");
    assert_eq!(null.status.code(), Some(1), "the versions differ");
    assert!(null.stderr.is_empty());
    // Started as a daemon is: all of its standard streams on /dev/null.
    let daemon = run("<>/dev/null >&0 2>&0");
    assert_eq!(daemon.status.code(), Some(1));
}

/// Every command's help teaches with examples, each line within 80
/// columns (so a terminal of 80 shows them unbroken).
#[test]
fn help_examples_fit_80_columns() {
    for command in [
        &[][..],
        &["diff"],
        &["align"],
        &["trace"],
        &["outlets"],
        &["check"],
        &["lineage"],
    ] {
        let out = wirediff()
            .args(command)
            .arg("--help")
            .env("COLUMNS", "200")
            .output()
            .expect("runs");
        let help = String::from_utf8(out.stdout).expect("utf-8");
        let examples = help
            .split_once("Examples:")
            .unwrap_or_else(|| panic!("{command:?} has examples"))
            .1;
        for line in examples.lines() {
            assert!(line.chars().count() <= 80, "{command:?}: {line}");
        }
    }
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = wirediff()
            .args(["completions", shell])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = String::from_utf8(out.stdout).expect("utf-8");
        assert!(
            script.contains("lineage") && script.contains("fail-on"),
            "{shell}"
        );
    }
    wirediff()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stdout("");
    let man = wirediff().arg("man").output().expect("runs");
    assert_eq!(man.status.code(), Some(0));
    let page = String::from_utf8(man.stdout).expect("utf-8");
    assert!(page.contains(".TH wirediff 1"), "{page}");
    assert!(page.contains("check") && page.contains("trace"));
}

/// `diff -y` never writes wider than `--width`; too narrow for two columns,
/// it shows one.
#[test]
fn side_by_side_keeps_to_the_width() {
    let (a, b) = (story("nbc-news.txt"), story("ap-via-newspaper.txt"));
    for width in ["30", "40", "60", "100"] {
        let out = wirediff()
            .args(["--width", width, "diff", "-y", &a, &b])
            .output()
            .expect("runs");
        let text = String::from_utf8(out.stdout).expect("utf-8");
        let w: usize = width.parse().expect("number");
        for line in text.lines() {
            assert!(line.chars().count() <= w, "{width}: {line}");
        }
        assert_eq!(text.contains('│'), w >= 40, "{width}");
    }
}

/// One bad file in a directory does not stop a run: it is skipped with a
/// warning and listed in the JSON; `--strict` makes it trouble before any
/// output; a bad file named on its own is still trouble.
#[test]
fn bad_files_in_a_directory_are_skipped() {
    let dir = crate::util::fresh_dir("cli", "skipped");
    for name in ["nbc-news.txt", "ap-via-newspaper.txt", "nyt-rewrite.txt"] {
        fs::copy(story(name), dir.join(name)).expect("copy");
    }
    fs::write(dir.join("zz-binary.txt"), b"bad\x00bin").expect("write");
    fs::write(dir.join("latin1.txt"), b"caf\xe9\n").expect("write");
    let d = crate::util::path_string(dir.clone());
    for command in [
        &["align", "--format", "json"][..],
        &["trace", "--format", "json"],
        &["lineage", "--format", "json"],
    ] {
        let out = wirediff().args(command).arg(&d).output().expect("runs");
        assert_ne!(out.status.code(), Some(2), "{command:?}");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let skipped = json["skipped"].as_array().expect("skipped");
        assert_eq!(skipped.len(), 2, "{command:?}");
        assert!(skipped[0]["reason"]
            .as_str()
            .unwrap()
            .contains("invalid UTF-8"));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("skipped") && err.contains("zz-binary.txt"),
            "{err}"
        );
    }
    let nyt = crate::util::path_string(dir.join("nyt-rewrite.txt"));
    let out = wirediff()
        .args(["check", "--format", "json", &nyt, "--against", &d])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["skipped"].as_array().map(Vec::len), Some(2));
    wirediff()
        .args(["--strict", "align", &d])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--strict"));
    let bad = crate::util::path_string(dir.join("latin1.txt"));
    wirediff()
        .args(["align", &bad, &nyt])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("invalid UTF-8"));
}

/// `-r` walks into subdirectories (hidden ones left out); without it a
/// directory is its own `*.txt` files.
#[test]
fn recursive_directories() {
    let dir = crate::util::fresh_dir("cli", "recursive");
    fs::create_dir_all(dir.join("sub/.hidden")).expect("dirs");
    fs::copy(story("nbc-news.txt"), dir.join("nbc-news.txt")).expect("copy");
    fs::copy(story("ap-via-newspaper.txt"), dir.join("sub/ap.txt")).expect("copy");
    fs::copy(story("bbc-rewrite.txt"), dir.join("sub/.hidden/bbc.txt")).expect("copy");
    let d = crate::util::path_string(dir);
    wirediff()
        .args(["align", &d])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("1 document(s) found"));
    let out = wirediff()
        .args(["align", "-r", "--format", "json", &d])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let paths: Vec<&str> = json["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|x| x["path"].as_str().expect("path"))
        .collect();
    assert_eq!(paths.len(), 2, "{paths:?}");
    assert!(paths[0].ends_with("nbc-news.txt") && paths[1].ends_with("sub/ap.txt"));
}
