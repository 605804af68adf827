//! The report of `wirediff check`: per suspect, its reuse, licensed reuse
//! and shared-fact shares, sources, reuses with their word changes, and the
//! verdict against the limits (which licensed reuse does not count
//! towards); the outlet of every source that is credited.

use rayon::prelude::*;

use super::round;
use crate::attribution::cues::document_cues;
use crate::check::{check_licensed, CheckOptions, SuspectCheck};
use crate::input::Skipped;
use crate::model::Document;
use crate::provenance::document::document_outlet;
use crate::provenance::Registry;

/// Which documents are checked and which they are checked against; a
/// document may be both (`check --all`).
#[derive(Debug, Clone, Default)]
pub struct Roles {
    /// `suspect[d]`: document `d` is checked.
    pub suspect: Vec<bool>,
    /// `source[d]`: document `d` may be credited.
    pub source: Vec<bool>,
}

/// The limits a check is held to.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Limits {
    /// Largest share of reused words allowed (three decimals).
    pub max_reuse: Option<f64>,
    /// Largest share allowed from any one source (three decimals).
    pub max_source: Option<f64>,
    /// Shortest reuse, in words, that counts.
    pub min_passage: usize,
}

impl Limits {
    /// Is a suspect over either limit? Shares are compared as shown:
    /// rounded to three decimals, like the limits. Reuse from licensed
    /// sources counts towards neither.
    pub fn over(&self, check: &SuspectCheck) -> bool {
        let reuse = round(check.reuse);
        let source = check
            .sources
            .iter()
            .filter(|s| !s.licensed)
            .map(|s| round(s.reuse))
            .fold(0.0, f64::max);
        self.max_reuse.is_some_and(|m| reuse > m) || self.max_source.is_some_and(|m| source > m)
    }
}

/// One suspect's check and its verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct SuspectReport {
    /// Shares, sources and reuses.
    pub check: SuspectCheck,
    /// Over a limit.
    pub over: bool,
}

/// Suspects checked against sources.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// Every document read, suspects and sources.
    pub docs: Vec<Document>,
    /// The limits held to.
    pub limits: Limits,
    /// One entry per suspect, in document order.
    pub suspects: Vec<SuspectReport>,
    /// `source_outlets[d]`: the outlet id of credited source `d`, when its
    /// text tells (datelines, self-references; see `wirediff trace`).
    pub source_outlets: Vec<Option<String>>,
    /// The outlet ids whose reuse is licensed, as given.
    pub licensed: Vec<String>,
    /// Files of the directories given that were not read (not text,
    /// too large, unreadable), for the output to list; set by the caller.
    pub skipped: Vec<Skipped>,
}

impl CheckReport {
    /// Check the suspects of `docs` against their sources and hold them to
    /// `limits`; source outlets come from `registry`.
    ///
    /// ```
    /// use wirediff::{CheckOptions, CheckReport, Document, Limits, Roles};
    /// use wirediff::Registry;
    /// let docs = vec![
    ///     Document::from_text("suspect", "Iran said 120 nationals would be flown home from Louisiana this week. Our reporter visited the airport."),
    ///     Document::from_text("source", "Iran said 120 of its nationals would be flown home from Louisiana this week. Qatar will host a stopover."),
    /// ];
    /// let roles = Roles { suspect: vec![true, false], source: vec![false, true] };
    /// let limits = Limits { max_reuse: Some(0.5), ..Limits::default() };
    /// let report = CheckReport::new(docs, &roles, &CheckOptions::default(), limits, &Registry::builtin());
    /// assert_eq!(report.suspects[0].check.sources[0].source, 1);
    /// assert!(report.is_over());
    /// ```
    pub fn new(
        docs: Vec<Document>,
        roles: &Roles,
        opts: &CheckOptions,
        limits: Limits,
        registry: &Registry,
    ) -> Self {
        Self::with_licensed(docs, roles, opts, limits, registry, &[])
    }

    /// [`CheckReport::new`], with reuse from sources whose outlet (as their
    /// text tells, like `source_outlets`) is one of `licensed` reported as
    /// licensed reuse and kept out of the limits.
    ///
    /// ```
    /// use wirediff::{CheckOptions, CheckReport, Document, Limits, Roles};
    /// use wirediff::Registry;
    /// let wire = "WASHINGTON (AP) — Iran said 120 of its nationals would be flown home from Louisiana this week, officials said.";
    /// let docs = vec![
    ///     Document::from_text("draft", wire),
    ///     Document::from_text("ap", wire),
    /// ];
    /// let roles = Roles { suspect: vec![true, false], source: vec![false, true] };
    /// let limits = Limits { max_reuse: Some(0.1), ..Limits::default() };
    /// let report = CheckReport::with_licensed(docs, &roles, &CheckOptions::default(), limits, &Registry::builtin(), &["ap".to_string()]);
    /// assert_eq!(report.suspects[0].check.reuse, 0.0);
    /// assert!(report.suspects[0].check.licensed_reuse > 0.9);
    /// assert!(!report.is_over());
    /// ```
    pub fn with_licensed(
        docs: Vec<Document>,
        roles: &Roles,
        opts: &CheckOptions,
        limits: Limits,
        registry: &Registry,
        licensed: &[String],
    ) -> Self {
        let outlets = if licensed.is_empty() {
            Vec::new()
        } else {
            outlets_of(&docs, &roles.source, registry)
        };
        let is_licensed: Vec<bool> = outlets
            .iter()
            .map(|o| o.as_ref().is_some_and(|o| licensed.contains(o)))
            .collect();
        let checks = check_licensed(&docs, &roles.suspect, &roles.source, &is_licensed, opts);
        let suspects: Vec<SuspectReport> = checks
            .into_iter()
            .map(|check| SuspectReport {
                over: limits.over(&check),
                check,
            })
            .collect();
        let source_outlets = if licensed.is_empty() {
            source_outlets(&docs, &suspects, registry)
        } else {
            outlets
        };
        CheckReport {
            docs,
            limits,
            suspects,
            source_outlets,
            licensed: licensed.to_vec(),
            skipped: Vec::new(),
        }
    }

    /// True when some suspect is over a limit (exit status 1).
    pub fn is_over(&self) -> bool {
        self.suspects.iter().any(|s| s.over)
    }
}

/// The outlet of each document credited as a source, when its text tells.
fn source_outlets(
    docs: &[Document],
    suspects: &[SuspectReport],
    registry: &Registry,
) -> Vec<Option<String>> {
    let mut credited = vec![false; docs.len()];
    for s in suspects.iter().flat_map(|r| &r.check.sources) {
        credited[s.source] = true;
    }
    outlets_of(docs, &credited, registry)
}

/// The outlet of each document `d` with `which[d]`, when its text tells.
fn outlets_of(docs: &[Document], which: &[bool], registry: &Registry) -> Vec<Option<String>> {
    docs.par_iter()
        .zip(which)
        .map(|(doc, &wanted)| {
            if !wanted {
                return None;
            }
            document_outlet(doc, &document_cues(doc, registry), registry)
                .map(|(o, _)| registry.outlets[o].id.clone())
        })
        .collect()
}
