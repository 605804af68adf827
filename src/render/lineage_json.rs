//! JSON output of `wirediff lineage`: schema `wirediff.lineage/1`.
//!
//! ```text
//! {"schema": "wirediff.lineage/1",
//!  "documents": [ same objects as wirediff.diff/1, plus "outlet": "<id or null>",
//!                  and, with --meta, "meta": {"outlet": "<id>" or null, "published": "<as given>" or null,
//!                                             "url": "..." or null, "conflict": bool} ],
//!  "nodes": [{"id": "doc:0", "kind": "document", "doc": 0, "label": "ap-copy"},
//!            {"id": "nyt", "kind": "newspaper", "label": "The New York Times"}],
//!  "edges": [{"from": "doc:0" or "<source id>", "to": "doc:1",
//!             "share": 0.0-1.0, "back_share": 0.0-1.0 or null, "verbatim": 0.0-1.0 or null,
//!             "direction": "directed|undirected|source", "confidence": 0.0-1.0, "conflict": bool,
//!             "evidence": [{"kind": "credit|wire|named|combines|trimmed|published|dated", "source": d, "derived": d,
//!                           "weight": 0.0-1.0, "outlet": "<id>" or null,
//!                           "at": {"doc": d, "start": byte, "end": byte, "text": "..."} or null,
//!                           "other": d or null}]}],
//!  "families": [{"members": [d, ...], "head": d}]}
//! ```
//!
//! A `directed` edge goes from the document that came first to the one that
//! derives from it; an `undirected` one joins two documents that share
//! derived text when no evidence tells which came first (`from` is then the
//! lower index); a `source` edge goes from an outlet, institution or speaker
//! to a document whose sentences trace to it (`share` of the document's
//! words). `share` is always the share of `to`'s words. An edge's
//! `conflict` says the metadata's published times order the two documents
//! otherwise than the edge does; a document's `meta.conflict`, that the
//! metadata gives another outlet than the text. `meta` and `conflict` were
//! added within version 1 (additive).

use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use super::align_text::short_names;
use super::json::{round, skipped_json, OutletDocumentJson, SkippedJson, SpanJson};
use super::Style;
use crate::lineage::{Node, Parent};
use crate::report::LineageReport;

/// The schema name and version of `wirediff lineage --format json`.
pub const LINEAGE_SCHEMA: &str = "wirediff.lineage/1";

/// The whole output of `wirediff lineage --format json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineageJson {
    /// Always [`LINEAGE_SCHEMA`].
    pub schema: String,
    /// The documents, each with its outlet.
    pub documents: Vec<OutletDocumentJson>,
    /// Documents, and the outlets and speakers that are parents.
    pub nodes: Vec<NodeJson>,
    /// Document-to-document and source-to-document edges.
    pub edges: Vec<EdgeJson>,
    /// Families of near-identical documents.
    pub families: Vec<FamilyJson>,
    /// Files of the directories given that were not read, and why
    /// (added within this version).
    #[serde(default)]
    pub skipped: Vec<SkippedJson>,
}

/// A node of the graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodeJson {
    /// `doc:N` for a document, the registry id for a source.
    pub id: String,
    /// `document`, or the source's kind (`wire`, `newspaper`, `person`…).
    pub kind: String,
    /// The document index, for a document.
    pub doc: Option<usize>,
    /// A short name for people.
    pub label: String,
}

/// An edge of the graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EdgeJson {
    /// Node id of the source (or of the lower document when undirected).
    pub from: String,
    /// Node id of the derived document.
    pub to: String,
    /// Share of `to`'s words that derive from `from`.
    pub share: f64,
    /// Share of `from`'s words that `to` carries (documents only).
    pub back_share: Option<f64>,
    /// Share of `to`'s words in verbatim reuse of `from` (documents only).
    pub verbatim: Option<f64>,
    /// `directed`, `undirected` or `source`.
    pub direction: String,
    /// How sure the direction is, 0–1.
    pub confidence: f64,
    /// The metadata's published times disagree with the direction (or
    /// order an edge the text leaves undecided).
    #[serde(default)]
    pub conflict: bool,
    /// Evidence of the direction, strongest first.
    pub evidence: Vec<DirectionEvidenceJson>,
}

/// One piece of evidence that one document came before another.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectionEvidenceJson {
    /// `credit`, `wire`, `named`, `combines`, `trimmed`, `published` or
    /// `dated`.
    pub kind: String,
    /// The document it says came first.
    pub source: usize,
    /// The document it says derives.
    pub derived: usize,
    /// How much it counts.
    pub weight: f64,
    /// The outlet it rests on.
    pub outlet: Option<String>,
    /// Where the text says so.
    pub at: Option<SpanJson>,
    /// For `combines`: the other document the derived one carries.
    pub other: Option<usize>,
}

/// A family.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FamilyJson {
    /// Its documents.
    pub members: Vec<usize>,
    /// The fullest copy.
    pub head: usize,
}

impl LineageJson {
    /// The wire form of `report`.
    pub fn new(report: &LineageReport) -> Self {
        let reg = &report.registry;
        let names = short_names(&report.docs);
        let doc_id = |d: usize| format!("doc:{d}");
        let mut nodes: Vec<NodeJson> = names
            .iter()
            .enumerate()
            .map(|(d, name)| NodeJson {
                id: doc_id(d),
                kind: "document".into(),
                doc: Some(d),
                label: name.clone(),
            })
            .collect();
        let mut edges: Vec<EdgeJson> = report
            .lineage
            .edges
            .iter()
            .map(|e| EdgeJson {
                from: doc_id(e.from),
                to: doc_id(e.to),
                share: round(e.share),
                back_share: Some(round(e.back_share)),
                verbatim: Some(round(e.verbatim)),
                direction: if e.directed() {
                    "directed"
                } else {
                    "undirected"
                }
                .into(),
                confidence: round(e.confidence),
                conflict: e.conflict(),
                evidence: e
                    .evidence
                    .iter()
                    .map(|x| DirectionEvidenceJson {
                        kind: x.kind.name().into(),
                        source: x.source,
                        derived: x.derived,
                        weight: round(x.weight),
                        outlet: x.outlet.map(|o| reg.outlets[o].id.clone()),
                        at: x.at.map(|(d, _, span)| SpanJson {
                            doc: d,
                            start: span.start,
                            end: span.end,
                            text: report.docs[d].slice(span).to_string(),
                        }),
                        other: x.other,
                    })
                    .collect(),
            })
            .collect();
        for (d, parents) in report.lineage.parents.iter().enumerate() {
            for &Parent { node, share } in parents {
                let Node::Source(o) = node else { continue };
                let outlet = &reg.outlets[o];
                if !nodes.iter().any(|n| n.id == outlet.id) {
                    nodes.push(NodeJson {
                        id: outlet.id.clone(),
                        kind: outlet.kind.clone(),
                        doc: None,
                        label: outlet.name.clone(),
                    });
                }
                edges.push(EdgeJson {
                    from: outlet.id.clone(),
                    to: doc_id(d),
                    share: round(share),
                    back_share: None,
                    verbatim: None,
                    direction: "source".into(),
                    confidence: 1.0,
                    conflict: false,
                    evidence: Vec::new(),
                });
            }
        }
        LineageJson {
            schema: LINEAGE_SCHEMA.into(),
            documents: report
                .docs
                .iter()
                .enumerate()
                .map(|(d, doc)| {
                    OutletDocumentJson::new(
                        d,
                        doc,
                        &report.trace.outlets[d],
                        report.meta.get(d),
                        reg,
                    )
                })
                .collect(),
            nodes,
            edges,
            families: report
                .lineage
                .families
                .iter()
                .map(|f| FamilyJson {
                    members: f.members.clone(),
                    head: f.head,
                })
                .collect(),
            skipped: skipped_json(&report.skipped),
        }
    }
}

/// Write `report` as one JSON document.
pub fn write(out: &mut impl Write, report: &LineageReport, _style: &Style) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &LineageJson::new(report))?;
    writeln!(out)
}
