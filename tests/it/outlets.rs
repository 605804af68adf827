//! Document outlets and page furniture through `wirediff trace`, on small
//! hand-written pages (one invented story, no outlet or phrase of the
//! evaluation set): each form a text uses to name its author or carrier
//! (datelines, bylines, credit, copyright and source lines, syndication
//! tags, the writer's own checks, a lede's credit), the forms that name
//! none (photo credits, background citations), and the furniture around
//! them, which is `boilerplate`.

use serde_json::Value;

use crate::util::{fresh_dir, path_string};

const LEDE: &str = "Flood water swept through the river town of Kessel on Sunday, forcing 2,000 residents from their homes.";
const BODY: &str = "The regional council said three bridges had been closed.\n\nVolunteers filled sandbags through the night.\n\nForecasters expect more rain on Wednesday.";

/// (file name, text, outlet the text names).
fn pages() -> Vec<(&'static str, String, Option<&'static str>)> {
    vec![
        (
            "dateline-after-caption.txt",
            format!("Floods Force Thousands From Homes\n\nA man wades through a street in Kessel. (Jane Roe/Kessel Courier via AP)\n\n(AP) — {LEDE}\n\n{BODY}\n"),
            Some("ap"),
        ),
        (
            "dateline-no-space.txt",
            format!("KESSEL, Netherlands (Reuters) -{LEDE}\n\n{BODY}\n"),
            Some("reuters"),
        ),
        (
            "dateline-en-dash.txt",
            format!("KESSEL (AFP) – {LEDE}\n\n{BODY}\n"),
            Some("afp"),
        ),
        (
            "byline-outlet.txt",
            format!("Floods in Kessel\n\nBy AFP\n\n{LEDE}\n\n{BODY}\n"),
            Some("afp"),
        ),
        (
            "byline-name-outlet.txt",
            format!("By Jane Doe, Associated Press\n\n{LEDE}\n\n{BODY}\n"),
            Some("ap"),
        ),
        (
            "lone-credit.txt",
            format!("{LEDE}\n\n{BODY}\n\nReuters\n"),
            Some("reuters"),
        ),
        (
            "copyright.txt",
            format!("{LEDE}\n\n{BODY}\n\n© 2024 Reuters\n"),
            Some("reuters"),
        ),
        (
            "via-wire.txt",
            format!("Floods in Kessel\nVia AP news wire\nMonday 25 March 2024 12:23\n{LEDE}\n"),
            Some("ap"),
        ),
        (
            "source-line.txt",
            format!("Floods in Kessel\n\nSource: Qatar News Agency\n\n{LEDE}\n\n{BODY}\n"),
            Some("qna"),
        ),
        (
            "syndication-tag.txt",
            format!("(MENAFN- Kuwait News Agency (KUNA)) KESSEL, March 3 (KUNA) -- {LEDE}\n\n{BODY} (end)\n"),
            Some("kuna"),
        ),
        (
            "own-check.txt",
            format!("{LEDE}\n\nResidents said a dam had failed upstream. Reuters could not immediately verify the report.\n\n{BODY}\n"),
            Some("reuters"),
        ),
        (
            "lede-credit.txt",
            format!("Flood water swept through Kessel on Sunday. About 2,000 residents fled their homes, the BBC reported.\n\n{BODY}\n"),
            Some("bbc"),
        ),
        (
            "photo-credit-only.txt",
            format!("{LEDE}\n\nA man wades through a street, left, in Kessel. Credit: AP\n\n{BODY}\n\nA flooded square in this screen grab taken from a video. Kessel TV/Handout via REUTERS\n"),
            None,
        ),
        (
            "background-citation.txt",
            format!("{LEDE}\n\n{BODY}\n\nIn 1953, a storm flood killed 1,800 people in the region, Agence France-Presse reported at the time.\n"),
            None,
        ),
    ]
}

fn trace(dir: &std::path::Path) -> Value {
    crate::util::trace_json(&[&path_string(dir.to_path_buf())])
}

/// An origin's id, whether the schema gives it as a string or an object.
/// A sentence's origin id; for one without an origin (trace/2), its basis
/// (`boilerplate` for furniture).
fn origin_id(sentence: &Value) -> &str {
    let v = &sentence["origin"];
    v.as_str()
        .or_else(|| v.get("id").and_then(Value::as_str))
        .or_else(|| sentence["basis"].as_str())
        .unwrap_or("")
}

#[test]
fn each_form_of_credit_names_the_document_outlet() {
    let dir = fresh_dir("outlets", "forms");
    let pages = pages();
    for (name, text, _) in &pages {
        std::fs::write(dir.join(name), text).expect("written");
    }
    let t = trace(&dir);
    let docs = t["documents"].as_array().expect("documents");
    for doc in docs {
        let path = doc["path"].as_str().unwrap_or("");
        let (name, _, expected) = pages
            .iter()
            .find(|(n, _, _)| path.ends_with(n))
            .expect("a page of ours");
        assert_eq!(doc["outlet"].as_str(), *expected, "{name}");
    }
}

#[test]
fn furniture_is_boilerplate_and_story_text_is_not() {
    let dir = fresh_dir("outlets", "furniture");
    let page = format!(
        "Nation & World News\n\nFloods Force Thousands From Homes\n\nA man wades through a street in Kessel, left. He lost his car. (AP Photo/Jane Roe)\n\nBy Jane Doe and John Roe\n\nPosted Mar 25, 2024 7:58 AM CDT\n\n(AP) — {LEDE}\n\n{BODY}\n\nALSO READ: Dams under strain across the region\n\nGet breaking news in your inbox.\n\n(More flood stories.)\n\nrm/wmr (AP, Reuters)\n"
    );
    std::fs::write(dir.join("page.txt"), &page).expect("written");
    std::fs::write(dir.join("other.txt"), format!("{LEDE}\n\n{BODY}\n")).expect("written");
    let t = trace(&dir);
    let docs = t["documents"].as_array().expect("documents");
    let d = docs
        .iter()
        .position(|d| d["path"].as_str().is_some_and(|p| p.ends_with("page.txt")))
        .expect("page traced");
    let sentences = docs[d]["sentences"].as_array().expect("sentences");
    let origin_of = |needle: &str| -> String {
        let s = sentences
            .iter()
            .position(|s| s["text"].as_str().is_some_and(|t| t.contains(needle)))
            .unwrap_or_else(|| panic!("{needle:?} is a sentence"));
        let o = t["sentences"]
            .as_array()
            .expect("origins")
            .iter()
            .find(|o| o["doc"] == d && o["sentence"] == s)
            .expect("every sentence traced");
        origin_id(o).to_string()
    };
    for furniture in [
        "Nation & World News",
        "A man wades",
        "He lost his car.",
        "(AP Photo/Jane Roe)",
        "By Jane Doe and John Roe",
        "Posted Mar 25",
        "ALSO READ",
        "in your inbox",
        "(More flood stories.)",
        "rm/wmr",
    ] {
        assert_eq!(origin_of(furniture), "boilerplate", "{furniture}");
    }
    for story in [
        "Flood water swept",
        "three bridges",
        "Volunteers filled",
        "more rain",
    ] {
        assert_ne!(origin_of(story), "boilerplate", "{story}");
    }
    assert_eq!(docs[d]["outlet"].as_str(), Some("ap"));
}
