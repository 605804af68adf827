//! The report of `wirediff lineage`: which document derives from which,
//! with the share and the evidence of each edge, families of near-identical
//! documents, and each document's outlets and speakers.

use super::trace::Traced;
use crate::check::{pair_reuse, CheckOptions};
use crate::input::Skipped;
use crate::lineage::{lineage, Lineage};
use crate::meta::DocMeta;
use crate::model::Document;
use crate::provenance::{Registry, Trace};
use crate::similarity::DEFAULT_MIN_SIMILARITY;

/// How a lineage is built.
#[derive(Debug, Clone)]
pub struct LineageOptions {
    /// Similarity score from which two sentences count as the same content.
    pub min_similarity: f32,
    /// `labels[d]`, when given, is document `d`'s outlet (an index into the
    /// registry), overriding what its text says.
    pub labels: Vec<Option<usize>>,
    /// `meta[d]`, when given, is what document `d`'s metadata says
    /// (`--meta`): its outlet when the text names none, its published time.
    pub meta: Vec<DocMeta>,
}

impl Default for LineageOptions {
    fn default() -> Self {
        LineageOptions {
            min_similarity: DEFAULT_MIN_SIMILARITY,
            labels: Vec::new(),
            meta: Vec::new(),
        }
    }
}

/// Which versions derive from which, and from which outlets.
#[derive(Debug, Clone)]
pub struct LineageReport {
    /// The documents, in the order given.
    pub docs: Vec<Document>,
    /// The outlets and speakers nodes refer to.
    pub registry: Registry,
    /// The origins the document outlets and source parents come from.
    pub trace: Trace,
    /// Word count of each sentence of each document.
    pub words: Vec<Vec<usize>>,
    /// The edges, families and parents.
    pub lineage: Lineage,
    /// What metadata says of each document (empty when none was given).
    pub meta: Vec<DocMeta>,
    /// Files of the directories given that were not read (not text,
    /// too large, unreadable), for the output to list; set by the caller.
    pub skipped: Vec<Skipped>,
}

impl LineageReport {
    /// Align, trace and check `docs` against each other, and build their
    /// lineage.
    ///
    /// ```
    /// use wirediff::{Document, LineageOptions, LineageReport, Registry};
    /// let wire = "LONDON (Reuters) - The court ruled the plan unlawful on Wednesday. Ministers said they would appeal. The ruling is a blow to the government.";
    /// let copy = "The court ruled the plan unlawful on Wednesday, Reuters reported. Ministers said they would appeal. The ruling is a blow to the government.";
    /// let docs = vec![Document::from_text("wire", wire), Document::from_text("copy", copy)];
    /// let report = LineageReport::new(docs, Registry::builtin(), &LineageOptions::default());
    /// let edge = &report.lineage.edges[0];
    /// assert!(edge.directed());
    /// assert_eq!((edge.from, edge.to), (0, 1));
    /// ```
    pub fn new(docs: Vec<Document>, registry: Registry, opts: &LineageOptions) -> Self {
        let Traced {
            registry,
            alignment,
            profiles,
            trace,
        } = Traced::new(
            &docs,
            registry,
            opts.min_similarity,
            &opts.labels,
            &opts.meta,
        );
        let pairs = pair_reuse(
            &docs,
            &profiles,
            &CheckOptions {
                min_similarity: opts.min_similarity,
                ..CheckOptions::default()
            },
        );
        let lineage = lineage(
            &docs,
            &pairs,
            &trace,
            &registry,
            &alignment.words,
            &opts.meta,
        );
        LineageReport {
            docs,
            registry,
            trace,
            words: alignment.words,
            lineage,
            meta: opts.meta.clone(),
            skipped: Vec::new(),
        }
    }
}
