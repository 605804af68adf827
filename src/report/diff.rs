//! The report of `wirediff diff`: two documents and the ops between them.

use crate::align::{diff, Diff, DiffOptions};
use crate::model::Document;

/// Two documents compared sentence by sentence, with word-level changes
/// inside every matched group.
#[derive(Debug, Clone)]
pub struct DiffReport {
    /// OLD, as read.
    pub old: Document,
    /// NEW, as read.
    pub new: Document,
    /// The ops, in NEW's reading order, and their summary.
    pub diff: Diff,
}

impl DiffReport {
    /// Compare `old` with `new`.
    ///
    /// ```
    /// use wirediff::{DiffOptions, DiffReport, Document};
    /// let old = Document::from_text("old", "Iran confirmed the flight. It landed in Tehran.");
    /// let new = Document::from_text("new", "Iran confirmed the flight. A second flight is planned.");
    /// let report = DiffReport::new(old, new, &DiffOptions::default());
    /// assert!(!report.is_same());
    /// assert_eq!(report.diff.summary.added, 1);
    /// ```
    pub fn new(old: Document, new: Document, opts: &DiffOptions) -> Self {
        let diff = diff(&old, &new, opts);
        DiffReport { old, new, diff }
    }

    /// True when NEW is OLD with nothing added, dropped, moved or reworded
    /// (exit status 0).
    pub fn is_same(&self) -> bool {
        self.diff.is_same()
    }
}
