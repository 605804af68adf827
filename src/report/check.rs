//! The report of `wirediff check`: per suspect, its reuse share, sources,
//! reuses with their word changes, and the verdict against the limits; the
//! outlet of every source that is credited.

use rayon::prelude::*;

use super::round;
use crate::check::{check, CheckOptions, SuspectCheck};
use crate::model::Document;
use crate::provenance::cues::document_cues;
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
    /// rounded to three decimals, like the limits.
    pub fn over(&self, check: &SuspectCheck) -> bool {
        let reuse = round(check.reuse);
        let source = check.sources.first().map_or(0.0, |s| round(s.reuse));
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
        let suspects: Vec<SuspectReport> = check(&docs, &roles.suspect, &roles.source, opts)
            .into_iter()
            .map(|check| SuspectReport {
                over: limits.over(&check),
                check,
            })
            .collect();
        let source_outlets = source_outlets(&docs, &suspects, registry);
        CheckReport {
            docs,
            limits,
            suspects,
            source_outlets,
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
    docs.par_iter()
        .zip(credited)
        .map(|(doc, credited)| {
            if !credited {
                return None;
            }
            document_outlet(doc, &document_cues(doc, registry), registry)
                .map(|(o, _)| registry.outlets[o].id.clone())
        })
        .collect()
}
