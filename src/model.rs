//! Shared types: documents and their sentences (and, from [`crate::span`],
//! byte spans).
//!
//! Everything downstream of [`crate::input`] refers to text by [`Span`]
//! (a byte range into a [`Document`]'s original text) rather than by copied
//! strings, so machine output can always point back at the exact bytes read.

use std::sync::Arc;

use crate::lexicon::Lexicon;
pub use crate::span::Span;

/// One sentence (or sentence-like unit: headline, subhead, byline) of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Where the sentence lies in the document's text. Never starts or ends
    /// with whitespace.
    pub span: Span,
    /// A heading-like unit (headline, subhead, byline, furniture): it does
    /// not end in sentence-final punctuation.
    pub heading: bool,
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
    /// The language the document was segmented in, and that its words are
    /// compared and its attribution read in.
    pub lexicon: Arc<Lexicon>,
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
        Document::with_lexicon(path, text, Lexicon::english())
    }

    /// Build a document from text in the language of `lexicon`.
    ///
    /// ```
    /// use wirediff::{Document, Lexicon};
    /// let text = "Es kamen ca. 300 Menschen. Die Polizei sprach von Nr. 5.";
    /// let de = Document::with_lexicon("a.txt", text, Lexicon::load("de", None).unwrap());
    /// assert_eq!(de.sentences.len(), 2);
    /// ```
    pub fn with_lexicon(
        path: impl Into<String>,
        text: impl Into<String>,
        lexicon: Arc<Lexicon>,
    ) -> Self {
        let text = text.into();
        let sentences = crate::segment::sentences(&text, &lexicon)
            .into_iter()
            .map(|span| Sentence {
                span,
                heading: !crate::segment::ends_sentence(&text[span.range()]),
            })
            .collect();
        Document {
            path: path.into(),
            text,
            sentences,
            lexicon,
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
