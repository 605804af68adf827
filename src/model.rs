//! Shared types: byte spans, documents and their sentences.
//!
//! Everything downstream of [`crate::input`] refers to text by [`Span`]
//! (a byte range into a [`Document`]'s original text) rather than by copied
//! strings, so machine output can always point back at the exact bytes read.

use std::ops::Range;

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (exclusive).
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range`, for slicing.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The smallest span covering both `self` and `other`.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// One sentence (or sentence-like unit: headline, subhead, byline) of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Where the sentence lies in the document's text. Never starts or ends
    /// with whitespace.
    pub span: Span,
}

/// A text as read, with its sentences.
#[derive(Debug, Clone)]
pub struct Document {
    /// The name the document was given on the command line (`-` for stdin).
    pub path: String,
    /// The text exactly as read (a BOM, if any, is kept and counted).
    pub text: String,
    /// The sentences, in order; see [`crate::segment`].
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// Build a document from text, segmenting it into sentences.
    ///
    /// ```
    /// let doc = wirediff::Document::from_text("a.txt", "Iran said so. The U.S. State Department did not.");
    /// assert_eq!(doc.sentences.len(), 2);
    /// assert_eq!(doc.sentence_text(1), "The U.S. State Department did not.");
    /// ```
    pub fn from_text(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let sentences = crate::segment::sentences(&text);
        Document {
            path: path.into(),
            text,
            sentences,
        }
    }

    /// The text of a span of this document.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// The text of sentence `index`.
    pub fn sentence_text(&self, index: usize) -> &str {
        self.slice(self.sentences[index].span)
    }

    /// The span from the first to the last of `sentences` (ascending
    /// indexes); empty at 0 when there are none.
    pub fn sentences_span(&self, sentences: &[usize]) -> Span {
        match (sentences.first(), sentences.last()) {
            (Some(&a), Some(&b)) => self.sentences[a].span.cover(self.sentences[b].span),
            _ => Span::new(0, 0),
        }
    }
}
