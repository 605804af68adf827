//! `wirediff lineage`: the fixtures read as a careful editor reads them, and
//! the CLI's JSON and DOT contracts.

use wirediff::lineage::Node;
use wirediff::render::lineage_json::{LineageJson, LINEAGE_SCHEMA};
use wirediff::{LineageOptions, LineageReport, Registry};

use crate::util::{load, story, temp_file, wirediff, STORIES};

fn report() -> LineageReport {
    let docs = STORIES.iter().map(|f| load(&story(f))).collect();
    LineageReport::new(docs, Registry::builtin(), &LineageOptions::default())
}

/// The ids of the outlets and speakers document `file` derives from.
fn sources(r: &LineageReport, file: &str) -> Vec<String> {
    let d = STORIES.iter().position(|f| *f == file).expect("a fixture");
    r.lineage.parents[d]
        .iter()
        .filter_map(|p| match p.node {
            Node::Source(o) => Some(r.registry.outlets[o].id.clone()),
            Node::Document(_) => None,
        })
        .collect()
}

/// The reading the issue gives: the AFP rewrite derives from the Times'
/// report and the Tasnim interview; the NYT rewrite is the Times' report;
/// the AP story from the state-TV/Tasnim interview and the Times; the BBC
/// rewrite from the Tasnim interview, the White House statement and the
/// Times; NBC from the Tasnim interview and the Times.
#[test]
fn the_fixtures_as_an_editor_reads_them() {
    let r = report();
    let has = |file: &str, want: &[&str]| {
        let got = sources(&r, file);
        for w in want {
            assert!(got.iter().any(|g| g == w), "{file}: {w} not among {got:?}");
        }
    };
    has("afp-rewrite.txt", &["nyt", "tasnim"]);
    has("ap-via-newspaper.txt", &["state-tv", "nyt"]);
    has("bbc-rewrite.txt", &["tasnim", "white-house", "nyt"]);
    has("nbc-news.txt", &["tasnim", "nyt"]);
    let nyt = r.registry.find("nyt").expect("nyt");
    let d = STORIES
        .iter()
        .position(|f| *f == "nyt-rewrite.txt")
        .unwrap();
    assert_eq!(
        r.trace.outlets[d].outlet,
        Some(nyt),
        "the NYT rewrite is the Times' report"
    );
    // The AFP rewrite credits the Times: the NYT version came first.
    let afp = STORIES
        .iter()
        .position(|f| *f == "afp-rewrite.txt")
        .unwrap();
    let e = r
        .lineage
        .edges
        .iter()
        .find(|e| [e.from, e.to].contains(&afp) && [e.from, e.to].contains(&d))
        .expect("an edge between the AFP and NYT rewrites");
    assert!(e.directed());
    assert_eq!((e.from, e.to), (d, afp));
}

#[test]
fn json_and_dot() {
    let out = wirediff()
        .args(["lineage", "--format", "json", "fixtures/iran-deportations/"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let j: LineageJson = serde_json::from_slice(&out.stdout).expect("wirediff.lineage/1");
    assert_eq!(j.schema, LINEAGE_SCHEMA);
    assert_eq!(j.documents.len(), 5);
    // Every edge joins known nodes; a document edge's share is the derived
    // document's.
    for e in &j.edges {
        assert!(j.nodes.iter().any(|n| n.id == e.from), "{}", e.from);
        assert!(
            j.nodes.iter().any(|n| n.id == e.to && n.doc.is_some()),
            "{}",
            e.to
        );
        assert!((0.0..=1.0).contains(&e.share));
    }
    let dot = wirediff()
        .args(["lineage", "--format", "dot", "fixtures/iran-deportations/"])
        .output()
        .expect("runs");
    let text = String::from_utf8(dot.stdout).expect("utf-8");
    assert!(text.starts_with("digraph lineage {") && text.trim_end().ends_with('}'));
    for d in 0..5 {
        assert!(
            text.contains(&format!("  doc{d} [label=")),
            "doc{d} in {text}"
        );
    }
}

#[test]
fn one_document_is_trouble() {
    wirediff()
        .args(["lineage", "fixtures/iran-deportations/nyt-rewrite.txt"])
        .assert()
        .code(2)
        .stdout("");
}

/// Two versions of one text that say nothing of who wrote them first, in a
/// fresh folder, with a metadata file of `rows` (CSV without the header).
fn with_meta(name: &str, first: &str, rows: &str) -> (String, String, String) {
    let body = "The council voted on Tuesday to close the old bridge to traffic from May. \
                Repairs would cost at least 40 million euros, officials said. \
                Residents have complained for years about cracks in the deck. \
                A ferry will run every twenty minutes while the work lasts.";
    let a = temp_file(
        "lineage",
        &format!("{name}-a.txt"),
        format!("{first}{body}\n"),
    );
    let b = temp_file(
        "lineage",
        &format!("{name}-b.txt"),
        format!("{body} The mayor called the vote historic.\n"),
    );
    let meta = temp_file(
        "lineage",
        &format!("{name}-meta.csv"),
        format!(
            "path,outlet,published,url\n{}",
            rows.replace("A", &a).replace("B", &b)
        ),
    );
    (a, b, meta)
}

fn lineage_json(args: &[&str]) -> LineageJson {
    crate::util::command_json("lineage", args)
}

#[test]
fn published_times_direct_an_edge_the_text_leaves_open() {
    let (a, b, meta) = with_meta(
        "times",
        "",
        "B,,2024-03-25T12:00:00Z,\nA,,2024-03-25T09:30:00-04:00,https://example.org/a\n",
    );
    let open = lineage_json(&[&a, &b]);
    assert_eq!(open.edges[0].direction, "undirected");
    let j = lineage_json(&["--meta", &meta, &a, &b]);
    let e = &j.edges[0];
    assert_eq!(e.direction, "directed");
    // 09:30 in New York is 13:30 UTC: B came first.
    assert_eq!((e.from.as_str(), e.to.as_str()), ("doc:1", "doc:0"));
    assert_eq!(e.evidence[0].kind, "published");
    assert!(!e.conflict);
    let m = j.documents[0].meta.as_ref().expect("A has metadata");
    assert_eq!(m.url.as_deref(), Some("https://example.org/a"));
    // A date alone does not order two versions of one day.
    let (a, b, meta) = with_meta("days", "", "A,,2024-03-25,\nB,,2024-03-25T12:00:00Z,\n");
    assert_eq!(
        lineage_json(&["--meta", &meta, &a, &b]).edges[0].direction,
        "undirected"
    );
}

#[test]
fn metadata_that_contradicts_the_text_is_a_conflict() {
    // A is the Reuters wire copy by its dateline; the metadata dates B
    // first and calls A the AP's.
    let (a, b, meta) = with_meta(
        "conflict",
        "LONDON (Reuters) - ",
        "A,ap,2024-03-25T15:00:00Z,\nB,,2024-03-25T08:00:00Z,\n",
    );
    let j = lineage_json(&["--meta", &meta, &a, &b]);
    assert!(j.edges[0].conflict, "{:?}", j.edges[0]);
    let m = j.documents[0].meta.as_ref().expect("A has metadata");
    assert_eq!(
        (j.documents[0].outlet.as_deref(), m.outlet.as_deref()),
        (Some("reuters"), Some("ap"))
    );
    assert!(m.conflict);
    let text = wirediff()
        .args(["lineage", "--meta", &meta, &a, &b])
        .output()
        .expect("runs");
    let text = String::from_utf8(text.stdout).expect("utf-8");
    assert!(
        text.contains("Conflicts: the metadata says otherwise than the text"),
        "{text}"
    );
    assert!(
        text.contains("metadata says The Associated Press, the text Reuters"),
        "{text}"
    );
}

#[test]
fn a_bad_metadata_file_is_trouble_naming_its_line() {
    let (a, b, _) = with_meta("bad", "", "");
    for (name, rows, says) in [
        (
            "time",
            format!("path,published\n{a},yesterday\n"),
            "line 2: published `yesterday`",
        ),
        (
            "outlet",
            format!("path,outlet\n{a},Daily Planet\n"),
            "line 2: unknown outlet `Daily Planet`",
        ),
        (
            "twice",
            format!("path\n{a}\n{a}\n"),
            "lines 2 and 3 both describe",
        ),
        (
            "none",
            "path\nelsewhere.txt\n".to_string(),
            "no row names one of the documents given",
        ),
        ("nopath", "url\nhttps://x\n".to_string(), "no `path` column"),
    ] {
        let meta = temp_file("lineage", &format!("bad-{name}.csv"), rows);
        let out = wirediff()
            .args(["lineage", "--meta", &meta, &a, &b])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(out.stdout.is_empty(), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&meta) && err.contains(says), "{name}: {err}");
    }
}

#[test]
fn the_pages_own_timestamps_direct_an_edge() {
    let body = "The council voted on Tuesday to close the old bridge to traffic from May. \
                Repairs would cost at least 40 million euros, officials said. \
                Residents have complained for years about cracks in the deck.";
    let a = temp_file(
        "lineage",
        "stamped-a.txt",
        format!("Bridge to close\nUpdated 26 March 2024 08:00 GMT\n{body} A ferry will run.\n"),
    );
    let b = temp_file(
        "lineage",
        "stamped-b.txt",
        format!("Bridge to close\nPosted Mar 25, 2024 7:58 AM CDT\n{body}\n"),
    );
    let j = lineage_json(&[&a, &b]);
    let e = &j.edges[0];
    assert_eq!(e.direction, "directed", "{e:?}");
    assert_eq!((e.from.as_str(), e.to.as_str()), ("doc:1", "doc:0"));
    let dated = e
        .evidence
        .iter()
        .find(|x| x.kind == "dated")
        .expect("dated");
    assert_eq!(
        dated.at.as_ref().map(|at| at.text.as_str()),
        Some("Mar 25, 2024 7:58 AM CDT")
    );
}
