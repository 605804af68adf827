//! Changes of meaning between two versions of a sentence, which an editor
//! must not miss however alike the two read: a negation added or dropped, a
//! number changed, the words of a quotation altered, a hedge added or
//! dropped, a date or weekday changed, the statement credited to another
//! source.
//!
//! [`flags`] compares two spans of two documents (a matched group of
//! sentences); each [`Flag`] carries the span on both sides and a short
//! detail for people. The words come from the documents' lexicon (section
//! `meaning`): negations and opposite verbs, hedges, approximate amounts
//! (`hundreds` is 200–999), multipliers, units of time (`48 hours` is two
//! days), bounds (`at least`), weekdays and months. A number is a range,
//! and two numbers differ only when their ranges do not overlap.

mod gate;
mod markers;
mod numbers;
mod quotes;
mod speakers;

pub(crate) use gate::{worth_checking, worth_checking_texts, Kinds, TextWords};
use gate::{DATE, HEDGE, NEGATION, NUMBER, QUOTE, SPEAKER};
pub(crate) use quotes::{quote_left_open, starts_inside};

use std::cell::OnceCell;

use crate::lexicon::Lexicon;
use crate::model::Document;
use crate::span::Span;

/// What kind of change of meaning a flag reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FlagKind {
    /// A negation added or dropped (`not`, `never`, `n't`), or a verb turned
    /// into its opposite (`confirmed` → `denied`).
    Negation,
    /// A number whose value differs (ranges that do not overlap).
    Number,
    /// The words of one quotation differ between the versions.
    Quote,
    /// A hedge added or dropped (`reportedly`, `allegedly`).
    Hedge,
    /// A weekday or a date differs.
    Date,
    /// The statement is credited to another outlet or institution
    /// (`told the Tasnim news agency` → `state television said`).
    Speaker,
}

impl FlagKind {
    /// Every kind, in the order reports list them.
    pub const ALL: [FlagKind; 6] = [
        FlagKind::Negation,
        FlagKind::Number,
        FlagKind::Quote,
        FlagKind::Hedge,
        FlagKind::Date,
        FlagKind::Speaker,
    ];

    /// The name used in JSON, in `--fail-on` and in the text output.
    pub fn name(self) -> &'static str {
        match self {
            FlagKind::Negation => "negation",
            FlagKind::Number => "number",
            FlagKind::Quote => "quote",
            FlagKind::Hedge => "hedge",
            FlagKind::Date => "date",
            FlagKind::Speaker => "speaker",
        }
    }

    /// The kind named `name` (as [`FlagKind::name`] gives it).
    pub fn from_name(name: &str) -> Option<FlagKind> {
        FlagKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// One change of meaning between an OLD and a NEW span.
#[derive(Debug, Clone, PartialEq)]
pub struct Flag {
    /// What changed.
    pub kind: FlagKind,
    /// Where in OLD (the word or phrase, or the whole span when OLD lacks it).
    pub old: Span,
    /// Where in NEW (the same).
    pub new: Span,
    /// A short reason for people (`added “not”`, `120 → 100`).
    pub detail: String,
}

/// One word of a span: its place and its lower-case form.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub span: Span,
    pub lower: String,
}

/// The words of `text` (whose first byte is at `offset`), lower case: runs
/// of letters and digits, with an apostrophe inside a word (`didn't`) and a
/// comma or point between digits (`1,710`, `4.9`) kept in it.
pub(crate) fn words(text: &str, offset: usize) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let inner = match c {
            '\'' | '’' => {
                prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)
            }
            ',' | '.' => {
                prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit())
            }
            _ => false,
        };
        if c.is_alphanumeric() || (inner && start.is_some()) {
            start.get_or_insert(at);
        } else if let Some(from) = start.take() {
            out.push(word(text, from, at, offset));
        }
        prev = Some(c);
    }
    if let Some(from) = start {
        out.push(word(text, from, text.len(), offset));
    }
    out
}

fn word(text: &str, from: usize, to: usize, offset: usize) -> Word {
    Word {
        span: Span::new(offset + from, offset + to),
        lower: lower(&text[from..to]),
    }
}

/// A word in lower case, with one apostrophe (`’` as `'`); ASCII words
/// take the quick way.
pub(crate) fn lower(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let lower = word.to_lowercase();
    if lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower
    }
}

/// Does the phrase `phrase` (words separated by spaces, lower case) start
/// at word `i` of `ws`? Returns the number of words it takes.
pub(crate) fn phrase_at(ws: &[Word], i: usize, phrase: &str) -> Option<usize> {
    let mut n = 0;
    for p in phrase.split_whitespace() {
        if ws.get(i + n)?.lower != p {
            return None;
        }
        n += 1;
    }
    (n > 0).then_some(n)
}

/// The changes of meaning from span `old_span` of `old` to span
/// `new_span` of `new`, in the order of [`FlagKind::ALL`].
///
/// ```
/// use wirediff::{meaning::{flags, FlagKind}, Document, Span};
/// let old = Document::from_text("old", "Residents will be refunded by May 3.");
/// let new = Document::from_text("new", "Residents will not be refunded by May 3.");
/// let f = flags(&old, Span::new(0, old.text.len()), &new, Span::new(0, new.text.len()));
/// assert_eq!(f.len(), 1);
/// assert_eq!(f[0].kind, FlagKind::Negation);
/// assert_eq!(&new.text[f[0].new.range()], "not");
/// ```
pub fn flags(old: &Document, old_span: Span, new: &Document, new_span: Span) -> Vec<Flag> {
    flags_of(old, old_span, new, new_span, Kinds::ALL)
}

/// [`flags`] of a matched pair whose word-level changes are `changed`
/// (each run's span in OLD or in NEW, equal runs left out): only the kinds
/// those changes can carry are looked for, and byte-identical sides have
/// none. `diff` and `check` call this with the word changes they show.
pub(crate) fn flags_for_changes(
    old: &Document,
    old_span: Span,
    new: &Document,
    new_span: Span,
    changed: &[(Option<Span>, Option<Span>)],
) -> Vec<Flag> {
    let (a, b) = (old.slice(old_span), new.slice(new_span));
    if a == b {
        return Vec::new();
    }
    let inside = [starts_inside(old, old_span), starts_inside(new, new_span)];
    match worth_checking((a, old_span), (b, new_span), inside, changed, &new.lexicon) {
        Some(kinds) => flags_of(old, old_span, new, new_span, kinds),
        None => Vec::new(),
    }
}

/// [`flags`], looking only for the kinds `kinds`.
pub(crate) fn flags_of(
    old: &Document,
    old_span: Span,
    new: &Document,
    new_span: Span,
    kinds: Kinds,
) -> Vec<Flag> {
    let a = Side::new(old, old_span);
    let b = Side::new(new, new_span);
    flags_between(&a, &b, kinds, &new.lexicon)
}

/// [`flags_of`] between two sides already read: a side compared with
/// several others (the first witness of an `align` passage) is read once.
pub(crate) fn flags_between(a: &Side, b: &Side, kinds: Kinds, lex: &Lexicon) -> Vec<Flag> {
    let mut out = Vec::new();
    if kinds.has(NEGATION) {
        out.extend(markers::negation(a, b, lex));
    }
    if kinds.has(NUMBER) {
        out.extend(numbers::changed(a, b, lex));
    }
    if kinds.has(QUOTE) {
        out.extend(quotes::altered(a, b));
    }
    if kinds.has(HEDGE) {
        out.extend(markers::hedge(a, b, lex));
    }
    if kinds.has(DATE) {
        out.extend(markers::date(a, b, lex));
    }
    if kinds.has(SPEAKER) {
        out.extend(speakers::changed(a, b, lex));
    }
    out
}

/// One side of a comparison: its text and span, whether it begins inside
/// a quotation (see [`starts_inside`]), and what the detectors read of it
/// (its words, numbers, dates, credits, negations), each read once when first asked.
pub(crate) struct Side<'a> {
    /// The document the side is a span of (its page date dates `… ago`).
    pub doc: &'a Document,
    pub text: &'a str,
    pub span: Span,
    pub inside: bool,
    words: OnceCell<Vec<Word>>,
    quantities: OnceCell<Vec<numbers::Quantity>>,
    dates: OnceCell<Vec<markers::Dated>>,
    credits: OnceCell<Vec<(usize, Span)>>,
    /// Each negator's span and the word it negates.
    negations: OnceCell<Vec<(Span, Option<String>)>>,
}

impl<'a> Side<'a> {
    /// Span `span` of `doc`.
    pub(crate) fn new(doc: &'a Document, span: Span) -> Self {
        Side {
            doc,
            text: &doc.text[span.range()],
            span,
            inside: starts_inside(doc, span),
            words: OnceCell::new(),
            quantities: OnceCell::new(),
            dates: OnceCell::new(),
            credits: OnceCell::new(),
            negations: OnceCell::new(),
        }
    }

    /// The words of the side (see [`words`]).
    pub fn words(&self) -> &[Word] {
        self.words.get_or_init(|| words(self.text, self.span.start))
    }

    /// The text at `span` (in document coordinates).
    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.start - self.span.start..span.end - self.span.start]
    }
}

#[cfg(test)]
mod tests;
