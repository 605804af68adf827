//! Machine output of `wirediff check`: JSON (schema `wirediff.check/2`) and
//! CSV (one row per suspect and source).
//!
//! ```text
//! {"schema": "wirediff.check/2",
//!  "limits": {"max_reuse": 0.3, "max_source": null, "min_passage": 8, "licensed": ["afp"]},
//!  "suspects": [{"path": "...", "words": n, "reuse": 0.0-1.0, "licensed_reuse": 0.0-1.0,
//!    "shared_facts": 0.0-1.0, "over": true|false,
//!    "sources": [{"path": "...", "reuse": 0.0-1.0, "shared_facts": 0.0-1.0,
//!                 "licensed": true|false, "origin": "<outlet id or null>"}],
//!    "passages": [{"source": "<path>", "suspect_start": b, "suspect_end": b,
//!                  "source_start": b, "source_end": b, "kind": "verbatim|reworded",
//!                  "similarity": 0.0-1.0, "wording": 0.0-1.0, "licensed": true|false,
//!                  "also_in": ["<path>"],
//!                  "flags": [{"kind": "negation|number|quote|hedge|date|speaker",
//!                             "source": {"start": b, "end": b, "text": "…"},
//!                             "suspect": {"start": b, "end": b, "text": "…"},
//!                             "detail": "…"}]}]}]}
//! ```
//!
//! `reuse` is the share of the suspect's words whose *wording* derives from
//! a source that is not licensed (in `wirediff.check/1` it was every
//! sentence matching a source in content); `licensed_reuse` the same from
//! licensed sources (kept out of the limits); `shared_facts` the share in
//! sentences that tell a source's facts in other words. The three never
//! overlap. Byte offsets are into each file as read. Sources come most
//! explaining first; the `reuse` of the sources not licensed adds up to the
//! suspect's `reuse`, of the licensed ones to `licensed_reuse`, and their
//! `shared_facts` to the suspect's (each sentence is credited to one
//! source; the others carrying a passage are in `also_in`).
//!
//! A passage's `flags` (added within `wirediff.check/2`; empty when none)
//! are the changes of meaning from the source's words to the suspect's: a
//! rewrite that altered a quote it took, changed a number, dropped a
//! negation or a hedge, or moved a date.
//!
//! CSV columns: `suspect,source,origin,licensed,source_reuse,source_shared_facts,
//! suspect_reuse,suspect_licensed_reuse,suspect_shared_facts,over,flags`, with a
//! header row; a suspect with no source has one row with an empty source.
//! `flags` counts the changes of meaning in the passages from that source
//! by kind (`number:2;quote:1`), empty when none.

use std::io::{self, Write};

use serde::{Deserialize, Serialize};

use super::json::{round, skipped_json, SkippedJson};
use super::Style;
use crate::report::{CheckReport, Limits};

/// The schema name and version of `wirediff check --format json`.
pub const CHECK_SCHEMA: &str = "wirediff.check/2";

/// The limits a check was run with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LimitsJson {
    /// Largest share of reused words allowed.
    pub max_reuse: Option<f64>,
    /// Largest share allowed from any one source.
    pub max_source: Option<f64>,
    /// Shortest passage, in words, that counts.
    pub min_passage: usize,
    /// Outlet ids whose reuse is licensed.
    pub licensed: Vec<String>,
}

/// The whole output of `wirediff check --format json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckJson {
    /// Always [`CHECK_SCHEMA`].
    pub schema: String,
    /// The limits.
    pub limits: LimitsJson,
    /// One entry per suspect.
    pub suspects: Vec<SuspectJson>,
    /// Files of the directories given that were not read, and why
    /// (added within this version).
    #[serde(default)]
    pub skipped: Vec<SkippedJson>,
}

/// One suspect's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SuspectJson {
    /// As given.
    pub path: String,
    /// Its words.
    pub words: usize,
    /// Share of its words whose wording derives from sources not licensed.
    pub reuse: f64,
    /// Share of its words whose wording derives from licensed sources.
    pub licensed_reuse: f64,
    /// Share of its words that tell a source's facts in other words.
    pub shared_facts: f64,
    /// Over a limit.
    pub over: bool,
    /// Sources, most explaining first.
    pub sources: Vec<SourceJson>,
    /// Reused passages, in the suspect's order.
    pub passages: Vec<ReuseJson>,
}

/// One source of a suspect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceJson {
    /// As given.
    pub path: String,
    /// Share of the suspect's words reused from it.
    pub reuse: f64,
    /// Share of the suspect's words telling its facts in other words.
    pub shared_facts: f64,
    /// Its outlet is licensed: its reuse is not in the suspect's `reuse`.
    pub licensed: bool,
    /// The outlet the source is, when its text tells (see `wirediff
    /// trace`); `origin` on the wire.
    #[serde(rename = "origin")]
    pub outlet: Option<String>,
}

/// One reuse (a run of the suspect's sentences taken from one source).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReuseJson {
    /// The source it is credited to.
    pub source: String,
    /// Start byte in the suspect.
    pub suspect_start: usize,
    /// End byte in the suspect (exclusive).
    pub suspect_end: usize,
    /// Start byte in the source.
    pub source_start: usize,
    /// End byte in the source (exclusive).
    pub source_end: usize,
    /// `verbatim` or `reworded`.
    pub kind: String,
    /// Content similarity of the two sides.
    pub similarity: f64,
    /// Share of the suspect's words in word sequences the source has too.
    pub wording: f64,
    /// From a licensed source.
    pub licensed: bool,
    /// Other sources that carry it.
    pub also_in: Vec<String>,
    /// Changes of meaning from the source's words to the suspect's.
    #[serde(default)]
    pub flags: Vec<ReuseFlagJson>,
}

/// A change of meaning inside a reused passage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReuseFlagJson {
    /// `negation`, `number`, `quote`, `hedge`, `date` or `speaker`.
    pub kind: String,
    /// Where in the source.
    pub source: SpanTextJson,
    /// Where in the suspect.
    pub suspect: SpanTextJson,
    /// A short reason (`120 → 100`).
    pub detail: String,
}

/// A byte span with its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpanTextJson {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The bytes `start..end`.
    pub text: String,
}

impl CheckJson {
    /// The wire form of a check report.
    pub fn new(report: &CheckReport) -> Self {
        let path = |d: usize| report.docs[d].path.clone();
        let Limits {
            max_reuse,
            max_source,
            min_passage,
        } = report.limits;
        let licensed = report.licensed.clone();
        CheckJson {
            schema: CHECK_SCHEMA.into(),
            limits: LimitsJson {
                max_reuse,
                max_source,
                min_passage,
                licensed,
            },
            suspects: report
                .suspects
                .iter()
                .map(|s| (&s.check, s.over))
                .map(|(r, over)| SuspectJson {
                    path: path(r.suspect),
                    words: r.words,
                    reuse: round(r.reuse),
                    licensed_reuse: round(r.licensed_reuse),
                    shared_facts: round(r.shared_facts),
                    over,
                    sources: r
                        .sources
                        .iter()
                        .map(|s| SourceJson {
                            path: path(s.source),
                            reuse: round(s.reuse),
                            shared_facts: round(s.shared_facts),
                            licensed: s.licensed,
                            outlet: report.source_outlets.get(s.source).cloned().flatten(),
                        })
                        .collect(),
                    passages: r
                        .reuses
                        .iter()
                        .map(|p| ReuseJson {
                            source: path(p.source),
                            suspect_start: p.suspect_span.start,
                            suspect_end: p.suspect_span.end,
                            source_start: p.source_span.start,
                            source_end: p.source_span.end,
                            kind: if p.verbatim { "verbatim" } else { "reworded" }.into(),
                            similarity: round(p.similarity),
                            wording: round(p.wording),
                            licensed: p.licensed,
                            also_in: p.also_in.iter().map(|&o| path(o)).collect(),
                            flags: p
                                .flags
                                .iter()
                                .map(|f| {
                                    let side = |d: usize, span: crate::span::Span| SpanTextJson {
                                        start: span.start,
                                        end: span.end,
                                        text: report.docs[d].slice(span).to_string(),
                                    };
                                    ReuseFlagJson {
                                        kind: f.kind.name().into(),
                                        source: side(p.source, f.old),
                                        suspect: side(r.suspect, f.new),
                                        detail: f.detail.clone(),
                                    }
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            skipped: skipped_json(&report.skipped),
        }
    }
}

/// Write the JSON, pretty-printed, followed by a newline.
pub fn write(out: &mut impl Write, report: &CheckReport, _style: &Style) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &CheckJson::new(report))?;
    writeln!(out)
}
