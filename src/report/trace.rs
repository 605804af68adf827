//! The report of `wirediff trace`: every sentence's origin with its
//! evidence, each document's outlet, and each document's breakdown of words
//! by origin.

use crate::align::{align_profiled, AlignOptions, Alignment};
use crate::input::Skipped;
use crate::meta::DocMeta;
use crate::model::Document;
use crate::provenance::{statements, trace, Origin, Registry, Trace};
use crate::similarity::{Profiles, DEFAULT_MIN_SIMILARITY};

/// How documents are traced.
#[derive(Debug, Clone)]
pub struct TraceOptions {
    /// Similarity score from which two sentences count as the same content.
    pub min_similarity: f32,
    /// `labels[d]`, when given, is document `d`'s outlet (an index into the
    /// registry), overriding what its text says.
    pub labels: Vec<Option<usize>>,
    /// `meta[d]`, when given, is what document `d`'s metadata says
    /// (`--meta`): its outlet when the text names none, its published time.
    pub meta: Vec<DocMeta>,
    /// Show only this document (the others are still traced: their
    /// evidence counts).
    pub focus: Option<usize>,
}

impl Default for TraceOptions {
    fn default() -> Self {
        TraceOptions {
            min_similarity: DEFAULT_MIN_SIMILARITY,
            labels: Vec::new(),
            meta: Vec::new(),
            focus: None,
        }
    }
}

/// What tracing documents leaves behind for the reports built on it
/// (`trace`, `lineage`): the registry with the speakers found in them, their
/// alignment and sentence profiles, and the trace.
pub(crate) struct Traced {
    pub registry: Registry,
    pub alignment: Alignment,
    pub profiles: Profiles,
    pub trace: Trace,
}

impl Traced {
    /// Discover the speakers of `docs`, align them (sentences the same
    /// content from `min_similarity`) and trace every sentence; `labels[d]`,
    /// when given, is document `d`'s outlet; `meta[d]` what its metadata
    /// says.
    pub(crate) fn new(
        docs: &[Document],
        registry: Registry,
        min_similarity: f32,
        labels: &[Option<usize>],
        meta: &[DocMeta],
    ) -> Self {
        let speakers = statements::discover(docs, &registry);
        let registry = registry.with(speakers);
        let (alignment, profiles) = align_profiled(
            docs,
            &AlignOptions {
                min_similarity,
                ..AlignOptions::default()
            },
        );
        let meta_outlets: Vec<Option<usize>> = meta.iter().map(|m| m.outlet).collect();
        let trace = trace(
            docs,
            &alignment,
            &profiles,
            &registry,
            labels,
            &meta_outlets,
        );
        Traced {
            registry,
            alignment,
            profiles,
            trace,
        }
    }
}

/// Documents traced sentence by sentence to the outlets that first
/// reported them.
#[derive(Debug, Clone)]
pub struct TraceReport {
    /// The documents, in the order given.
    pub docs: Vec<Document>,
    /// The outlets origins refer to.
    pub registry: Registry,
    /// Origins, evidence and document outlets.
    pub trace: Trace,
    /// Word count of each sentence of each document.
    pub words: Vec<Vec<usize>>,
    /// For each document, the share of its words by origin, largest first.
    pub breakdown: Vec<Vec<(Origin, f32)>>,
    /// The document to show alone, if one was asked for.
    pub focus: Option<usize>,
    /// What metadata says of each document (empty when none was given).
    pub meta: Vec<DocMeta>,
    /// Files of the directories given that were not read (not text,
    /// too large, unreadable), for the output to list; set by the caller.
    pub skipped: Vec<Skipped>,
}

impl TraceReport {
    /// Align and trace `docs` against the outlets of `registry`.
    ///
    /// ```
    /// use wirediff::{Document, TraceOptions, TraceReport};
    /// use wirediff::{Origin, Registry};
    /// let docs = vec![
    ///     Document::from_text("a", "The minister told Reuters the plant would close in May."),
    ///     Document::from_text("b", "The plant will close in May, the minister said."),
    /// ];
    /// let report = TraceReport::new(docs, Registry::builtin(), &TraceOptions::default());
    /// let reuters = report.registry.find("reuters").unwrap();
    /// assert_eq!(report.trace.sentences[0][0].origin, Origin::Outlet(reuters));
    /// ```
    pub fn new(docs: Vec<Document>, registry: Registry, opts: &TraceOptions) -> Self {
        let Traced {
            registry,
            alignment,
            trace,
            ..
        } = Traced::new(
            &docs,
            registry,
            opts.min_similarity,
            &opts.labels,
            &opts.meta,
        );
        let breakdown = trace.breakdown(&alignment.words);
        TraceReport {
            docs,
            registry,
            trace,
            words: alignment.words,
            breakdown,
            focus: opts.focus,
            meta: opts.meta.clone(),
            skipped: Vec::new(),
        }
    }

    /// The documents to show: the focus, or all.
    pub fn shown(&self) -> Vec<usize> {
        match self.focus {
            Some(d) => vec![d],
            None => (0..self.docs.len()).collect(),
        }
    }
}
