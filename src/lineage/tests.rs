use super::*;
use crate::report::{LineageOptions, LineageReport};

fn report(texts: &[(&str, &str)]) -> LineageReport {
    let docs = texts
        .iter()
        .map(|&(p, t)| Document::from_text(p, t))
        .collect();
    LineageReport::new(docs, Registry::builtin(), &LineageOptions::default())
}

const WIRE: &str = "TEHRAN (AP) — Iran said on Tuesday that 120 of its nationals would be flown home from Louisiana this week on a charter flight. The deportees had been held in detention centres across the United States for months. Officials in Tehran said the flight would stop in Qatar before landing in the capital. The foreign ministry said consular staff would meet the returnees at the airport. Human rights groups have criticised the deportations, saying some of those deported face persecution at home.";

#[test]
fn a_rewrite_that_credits_the_wire_derives_from_it() {
    let rewrite = "Iran said on Tuesday that 120 of its nationals would be flown home from Louisiana this week on a charter flight, the AP reports. The deportees had been held in detention centres across the United States for months. Officials in Tehran said the flight would stop in Qatar before landing in the capital. Our correspondent spoke to relatives waiting in Tehran, who said they had not been told when their sons would arrive.";
    let r = report(&[("wire.txt", WIRE), ("rewrite.txt", rewrite)]);
    let l = &r.lineage;
    assert_eq!(l.edges.len(), 1, "{:?}", l.edges);
    let e = &l.edges[0];
    assert!(e.directed());
    assert_eq!((e.from, e.to), (0, 1));
    assert!(e.share > 0.5 && e.share < 1.0, "{}", e.share);
    assert!(e.evidence.iter().any(|x| x.kind == DirectionKind::Credit));
    assert!(l.parents[1].iter().any(|p| p.node == Node::Document(0)));
}

#[test]
fn independent_reports_have_no_edge_and_copies_without_evidence_stay_undirected() {
    let other = "Washington confirmed a deportation flight to Iran, the first in years. A State Department spokesman declined to say how many people were on board. The flight left from an airfield in Louisiana, according to flight-tracking data.";
    let copy = WIRE.replace("TEHRAN (AP) — ", "");
    let copy2 = copy.clone();
    let r = report(&[("a.txt", &copy), ("b.txt", &copy2), ("c.txt", other)]);
    let l = &r.lineage;
    // The two copies: one edge, no direction (neither names its author).
    assert_eq!(l.edges.len(), 1, "{:?}", l.edges);
    assert!(!l.edges[0].directed());
    assert_eq!(l.families.len(), 1);
    assert_eq!(l.families[0].members, [0, 1]);
    assert!(l.parents[2]
        .iter()
        .all(|p| !matches!(p.node, Node::Document(_))));
}
