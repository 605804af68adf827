//! Snapshots (insta) of the text output, with and without colour, and of the
//! JSON, for fixture pairs. Review changes with `cargo insta review`.

use crate::util::wirediff;

fn run(args: &[&str]) -> String {
    let out = wirediff().args(args).output().expect("runs");
    String::from_utf8(out.stdout).expect("UTF-8")
}

const NBC: &str = "fixtures/iran-deportations/nbc-news.txt";
const AP: &str = "fixtures/iran-deportations/ap-via-newspaper.txt";
const AFP: &str = "fixtures/iran-deportations/afp-rewrite.txt";
const NYT: &str = "fixtures/iran-deportations/nyt-rewrite.txt";
const BBC: &str = "fixtures/iran-deportations/bbc-rewrite.txt";

#[test]
fn text_nbc_to_ap() {
    insta::assert_snapshot!(run(&["diff", "--width", "100", NBC, AP]));
}

#[test]
fn text_afp_to_nyt_coloured() {
    insta::assert_snapshot!(run(&[
        "diff", "--width", "100", "--color", "always", AFP, NYT
    ]));
}

#[test]
fn text_bbc_to_nbc_side_by_side() {
    insta::assert_snapshot!(run(&["diff", "--width", "140", "-y", BBC, NBC]));
}

#[test]
fn json_bbc_to_ap() {
    insta::assert_snapshot!(run(&["diff", "--format", "json", BBC, AP]));
}

#[test]
fn align_text_all_five() {
    insta::assert_snapshot!(run(&[
        "align",
        "--width",
        "100",
        "fixtures/iran-deportations/"
    ]));
}

#[test]
fn align_matrix() {
    insta::assert_snapshot!(run(&["align", "--matrix", "fixtures/iran-deportations/"]));
}

#[test]
fn trace_text_all_five() {
    insta::assert_snapshot!(run(&[
        "trace",
        "--width",
        "100",
        "fixtures/iran-deportations/"
    ]));
}

#[test]
fn trace_verbose_one_document() {
    insta::assert_snapshot!(run(&[
        "trace",
        "-v",
        "--width",
        "100",
        "--doc",
        AFP,
        "fixtures/iran-deportations/"
    ]));
}
