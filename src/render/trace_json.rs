//! JSON output of `wirediff trace`: schema `wirediff.trace/2`, and of
//! `wirediff outlets`.
//!
//! ```text
//! {"schema": "wirediff.trace/2",
//!  "documents": [ same objects as wirediff.diff/1, plus "outlet": "<id or null>",
//!                  and, with --meta, "meta": {"outlet": "<id>" or null, "published": "<as given>" or null,
//!                                             "url": "..." or null, "conflict": bool} ],
//!  "outlets": [{"id": "nyt", "name": "The New York Times", "kind": "newspaper"}],
//!  "sentences": [{"doc": d, "sentence": s,
//!                 "origin": "<outlet or speaker id>" or null,
//!                 "basis": "credited|speaker|copied|own-reporting|boilerplate",
//!                 "speaker": "<id>" or null, "via": {"doc": d, "sentence": s} or null,
//!                 "confidence": 0.0-1.0,
//!                 "evidence": [{"kind": "cue|context|passage|document|quote", "doc": d, "sentence": s,
//!                               "start": byte, "end": byte, "text": "...", "outlet": "<id>", "weight": 0.0-1.0}],
//!                 "alternatives": [{"origin": "<id>", "confidence": 0.0-1.0}]}],
//!  "breakdown": [{"doc": d, "shares": {"<origin>": 0.0-1.0}}]}
//! ```
//!
//! Every sentence of every document appears exactly once in `sentences`,
//! in document then sentence order. `origin` is resolved: the writer's own
//! reporting is the document's outlet (null when the document's outlet is
//! unknown), page furniture has none. `outlets` lists every outlet,
//! institution and speaker (`kind` `person`, `private` or `organization`, found in the
//! documents) that appears as an origin, a speaker, a document's outlet or
//! in evidence. Version 1 had `origin` `own` and `boilerplate` instead of a
//! resolved origin and a basis, and no `speaker`, `via` or `kind`. A
//! document's `meta` (what `--meta` says of it; `conflict` when it gives
//! another outlet than the text) was added within version 2 (additive).

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use super::json::{round, skipped_json, OutletDocumentJson, SkippedJson};
use super::Style;
use crate::provenance::{Origin, Registry, SentenceTrace};
use crate::report::TraceReport;

/// The schema name and version of `wirediff trace --format json`.
pub const TRACE_SCHEMA: &str = "wirediff.trace/2";

/// The whole output of `wirediff trace --format json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TraceJson {
    /// Always [`TRACE_SCHEMA`].
    pub schema: String,
    /// The documents, each with its outlet.
    pub documents: Vec<OutletDocumentJson>,
    /// The outlets referred to.
    pub outlets: Vec<OutletJson>,
    /// Every sentence's origin.
    pub sentences: Vec<SentenceOriginJson>,
    /// Share of each document's words by origin.
    pub breakdown: Vec<BreakdownJson>,
    /// Files of the directories given that were not read, and why
    /// (added within this version).
    #[serde(default)]
    pub skipped: Vec<SkippedJson>,
}

/// An outlet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutletJson {
    /// Its id.
    pub id: String,
    /// Its display name.
    pub name: String,
    /// `wire`, `newspaper`, `broadcaster`, `institution`, `data`, or a
    /// speaker found in the documents: `person`, `private` (a person the text
    /// describes by a private role, who spoke to the writer), `organization`.
    pub kind: String,
}

/// A sentence of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRefJson {
    /// Document index.
    pub doc: usize,
    /// Sentence index.
    pub sentence: usize,
}

/// The origin of one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceOriginJson {
    /// Document index.
    pub doc: usize,
    /// Sentence index.
    pub sentence: usize,
    /// Outlet or speaker id; null for page furniture, and for the writer's
    /// own reporting when the document's outlet is unknown.
    pub origin: Option<String>,
    /// `credited`, `speaker`, `copied`, `own-reporting` or `boilerplate`.
    pub basis: String,
    /// Who spoke, for a statement (an id of `outlets`).
    pub speaker: Option<String>,
    /// The sentence a copy takes its credit from.
    pub via: Option<SentenceRefJson>,
    /// How sure, 0–1.
    pub confidence: f64,
    /// Why, strongest first.
    pub evidence: Vec<EvidenceJson>,
    /// Other candidates.
    pub alternatives: Vec<AlternativeJson>,
}

/// One piece of evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceJson {
    /// `cue`, `context`, `passage`, `document` or `quote`.
    pub kind: String,
    /// Where it was found: document index.
    pub doc: usize,
    /// Where it was found: sentence index.
    pub sentence: usize,
    /// Byte offset of its words in that document.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// Its words.
    pub text: String,
    /// The outlet it points to.
    pub outlet: String,
    /// How much it counts.
    pub weight: f64,
}

/// Another candidate origin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlternativeJson {
    /// Outlet id or `own`.
    pub origin: String,
    /// How sure, 0–1.
    pub confidence: f64,
}

/// One document's shares of words by origin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BreakdownJson {
    /// Document index.
    pub doc: usize,
    /// Origin → share of the document's words.
    pub shares: BTreeMap<String, f64>,
}

impl TraceJson {
    /// The wire form of a trace report.
    pub fn new(report: &TraceReport) -> Self {
        let (docs, trace, registry) = (&report.docs, &report.trace, &report.registry);
        let id = |o: &Origin| o.id(registry).to_string();
        let mut used: Vec<usize> = Vec::new();
        let documents = docs
            .iter()
            .enumerate()
            .map(|(i, d)| {
                used.extend(trace.outlets[i].outlet);
                used.extend(trace.outlets[i].meta);
                OutletDocumentJson::new(i, d, &trace.outlets[i], report.meta.get(i), registry)
            })
            .collect();
        let mut sentences = Vec::new();
        for (d, doc_trace) in trace.sentences.iter().enumerate() {
            for (s, t) in doc_trace.iter().enumerate() {
                sentences.push(sentence_json(report, d, s, t, &mut used));
            }
        }
        used.sort_unstable();
        used.dedup();
        TraceJson {
            schema: TRACE_SCHEMA.into(),
            documents,
            outlets: used.iter().map(|&o| outlet_json(registry, o)).collect(),
            sentences,
            breakdown: report
                .breakdown
                .iter()
                .enumerate()
                .map(|(doc, shares)| BreakdownJson {
                    doc,
                    shares: shares.iter().map(|(o, x)| (id(o), round(*x))).collect(),
                })
                .collect(),
            skipped: skipped_json(&report.skipped),
        }
    }
}

fn outlet_json(registry: &Registry, o: usize) -> OutletJson {
    OutletJson {
        id: registry.outlets[o].id.clone(),
        name: registry.outlets[o].name.clone(),
        kind: registry.outlets[o].kind.clone(),
    }
}

/// The wire form of sentence `s` of document `d`; the outlets it names are
/// added to `used`.
fn sentence_json(
    report: &TraceReport,
    d: usize,
    s: usize,
    t: &SentenceTrace,
    used: &mut Vec<usize>,
) -> SentenceOriginJson {
    let (docs, registry) = (&report.docs, &report.registry);
    let id = |o: &Origin| o.id(registry).to_string();
    let origin = match t.origin {
        Origin::Outlet(o) => Some(o),
        Origin::Own => report.trace.outlets[d].outlet,
        Origin::Boilerplate => None,
    };
    used.extend(origin.iter().chain(&t.speaker));
    used.extend(t.evidence.iter().map(|e| e.outlet));
    SentenceOriginJson {
        doc: d,
        sentence: s,
        origin: origin.map(|o| registry.outlets[o].id.clone()),
        basis: t.basis.name().into(),
        speaker: t.speaker.map(|o| registry.outlets[o].id.clone()),
        via: t
            .via
            .map(|(doc, sentence)| SentenceRefJson { doc, sentence }),
        confidence: round(t.confidence),
        evidence: t
            .evidence
            .iter()
            .map(|e| EvidenceJson {
                kind: e.kind.name().into(),
                doc: e.doc,
                sentence: e.sentence,
                start: e.span.start,
                end: e.span.end,
                text: docs[e.doc].slice(e.span).to_string(),
                outlet: registry.outlets[e.outlet].id.clone(),
                weight: round(e.weight),
            })
            .collect(),
        alternatives: t
            .alternatives
            .iter()
            .map(|(o, c)| AlternativeJson {
                origin: id(o),
                confidence: round(*c),
            })
            .collect(),
    }
}

/// Write a trace as pretty-printed JSON, followed by a newline.
pub fn write(out: &mut impl Write, report: &TraceReport, _style: &Style) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &TraceJson::new(report))?;
    writeln!(out)
}

/// Write the registry as JSON (the form `--outlets FILE` accepts).
pub fn write_outlets(out: &mut impl Write, registry: &Registry, _style: &Style) -> io::Result<()> {
    #[derive(Serialize)]
    struct Listed<'a> {
        schema: &'a str,
        outlets: &'a [crate::provenance::Outlet],
    }
    let json = Listed {
        schema: OUTLETS_SCHEMA,
        outlets: &registry.outlets,
    };
    serde_json::to_writer_pretty(&mut *out, &json)?;
    writeln!(out)
}

/// The schema name and version of `wirediff outlets --format json`: an
/// object `{"schema", "outlets": [...]}`, which `--outlets FILE` accepts as
/// it is (or the list alone).
pub const OUTLETS_SCHEMA: &str = "wirediff.outlets/1";
