//! The report of `wirediff align`: passages, each witness's words against
//! the passage's consensus, the sentences only one document has, and the
//! table of shared words.

use crate::align::{align, consensus, AlignOptions, Alignment, WitnessWords};
use crate::input::Skipped;
use crate::model::Document;

/// Many documents aligned into passages.
#[derive(Debug, Clone)]
pub struct AlignReport {
    /// The documents, in the order given.
    pub docs: Vec<Document>,
    /// Passages, unique sentences, word counts.
    pub alignment: Alignment,
    /// `witnesses[k]`: the witnesses of passage `k`, one per document in
    /// document order, word by word against the passage's consensus.
    pub witnesses: Vec<Vec<WitnessWords>>,
    /// The documents × documents table of shared words when
    /// [`AlignOptions::matrix`] asked for it and there are at most
    /// [`AlignReport::MATRIX_MAX_DOCUMENTS`] documents.
    pub matrix: Option<Vec<Vec<f32>>>,
    /// Files of the directories given that were not read (not text,
    /// too large, unreadable), for the output to list; set by the caller.
    pub skipped: Vec<Skipped>,
}

impl AlignReport {
    /// Most documents for which the table of shared words is computed.
    pub const MATRIX_MAX_DOCUMENTS: usize = crate::align::multi::MATRIX_MAX_DOCUMENTS;

    /// Align `docs`.
    ///
    /// ```
    /// use wirediff::{AlignOptions, AlignReport, Document};
    /// let docs = vec![
    ///     Document::from_text("a", "Iran said 120 nationals would fly home on Tuesday."),
    ///     Document::from_text("b", "Iran said 120 nationals would fly home this week."),
    /// ];
    /// let report = AlignReport::new(docs, &AlignOptions::default());
    /// assert_eq!(report.alignment.passages.len(), 1);
    /// assert_eq!(report.witnesses[0].len(), 2);
    /// assert!(!report.is_same());
    /// ```
    pub fn new(docs: Vec<Document>, opts: &AlignOptions) -> Self {
        let alignment = align(&docs, opts);
        let witnesses = alignment
            .passages
            .iter()
            .map(|p| consensus(&docs, p))
            .collect();
        let matrix = if opts.matrix {
            alignment.matrix()
        } else {
            None
        };
        AlignReport {
            docs,
            alignment,
            witnesses,
            matrix,
            skipped: Vec::new(),
        }
    }

    /// True when every document has every passage verbatim and nothing of
    /// its own (exit status 0).
    pub fn is_same(&self) -> bool {
        self.alignment.is_same()
    }
}
