//! Which kinds of change a matched pair can carry, found cheaply before the
//! detectors run: a pair whose changed words hold no word of the lexicon's
//! `meaning` section (with the kinds each can start), no digit, no word of
//! a source's name in the registry and no change inside a quotation is not
//! examined.

use std::collections::{HashMap, HashSet};

use super::lower;
use super::quotes::regions;
use super::speakers::names_a_source;
use crate::lexicon::Lexicon;
use crate::span::Span;

/// Which kinds of change the changed runs `changed` (each its span in OLD
/// or in NEW) between two sides `a` and `b` (texts at their spans; `inside`
/// says which begins inside a quotation) can carry: a negation only with a
/// negator or opposite verb changed, a number with a digit or number word,
/// a hedge with a hedge's word, a date with a weekday, month or digit, a
/// speaker with a word of a source's name, a quote when both sides quote
/// and a change lies inside a quotation. A cheap test that spares
/// [`super::flags`] most reworded sentences; `None` when no kind can occur.
pub(crate) fn worth_checking(
    (a, a_span): (&str, Span),
    (b, b_span): (&str, Span),
    inside: [bool; 2],
    changed: &[(Option<Span>, Option<Span>)],
    lex: &Lexicon,
) -> Option<Kinds> {
    let triggers = triggers(lex);
    // Where each side quotes, to tell a change inside a quotation (only
    // when both can quote).
    let quotes = |t: &str, inside: bool| inside || t.contains(['"', '“', '”', '«', '»', '„']);
    let (qa, qb) = if quotes(a, inside[0]) && quotes(b, inside[1]) {
        (regions(a, a_span, inside[0]), regions(b, b_span, inside[1]))
    } else {
        (Vec::new(), Vec::new())
    };
    let inside = |regions: &[Span], span: Option<Span>| {
        span.is_some_and(|s| regions.iter().any(|r| s.start < r.end && r.start < s.end))
    };
    let mut bits = 0u8;
    for &(old, new) in changed {
        let run = match (new, old) {
            (Some(s), _) => &b[s.start - b_span.start..s.end - b_span.start],
            (None, Some(s)) => &a[s.start - a_span.start..s.end - a_span.start],
            (None, None) => continue,
        };
        if run.contains(|c: char| c.is_ascii_digit() || c == '%') {
            bits |= NUMBER | DATE;
        }
        for w in split_words(run) {
            let w = lower(w);
            if names_a_source(&w, lex) {
                bits |= SPEAKER;
            }
            bits |= word_bits(&w, triggers);
        }
        if !qa.is_empty() && !qb.is_empty() && (inside(&qa, old) || inside(&qb, new)) {
            bits |= QUOTE;
        }
    }
    (bits != 0).then_some(Kinds(bits))
}

/// The words of `text`, split cheaply (letters, digits and apostrophes).
fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

/// The kinds a changed word (lower case) can start.
fn word_bits(word: &str, triggers: &HashMap<String, u8>) -> u8 {
    let negated = if word.ends_with("n't") { NEGATION } else { 0 };
    triggers.get(word).copied().unwrap_or(0) | negated
}

/// The words of the lexicon's `meaning` section that can start a change,
/// each with the kinds it can start.
fn triggers(lex: &Lexicon) -> &HashMap<String, u8> {
    let m = &lex.meaning;
    m.triggers.get_or_init(|| {
        let longest = |p: &String| {
            p.split_whitespace()
                .max_by_key(|w| w.len())
                .unwrap_or("")
                .to_string()
        };
        let mut t: HashMap<String, u8> = HashMap::new();
        let mut add = |words: Vec<String>, bit: u8| {
            for w in words {
                *t.entry(w).or_default() |= bit;
            }
        };
        add(m.negations.iter().map(str::to_string).collect(), NEGATION);
        add(m.opposites.iter().flatten().cloned().collect(), NEGATION);
        add(
            m.hedges
                .iter()
                .chain(&m.attribution_hedges)
                .map(longest)
                .collect(),
            HEDGE,
        );
        add(m.approximations.keys().map(longest).collect(), NUMBER);
        add(m.multipliers.keys().cloned().collect(), NUMBER);
        add(m.durations.keys().cloned().collect(), NUMBER);
        add(m.bounds.keys().map(longest).collect(), NUMBER);
        add(m.percent.iter().map(longest).collect(), NUMBER);
        add(lex.words.number_words.keys().cloned().collect(), NUMBER);
        add(m.weekdays.iter().map(str::to_string).collect(), DATE);
        add(m.months.iter().map(str::to_string).collect(), DATE);
        t
    })
}

/// What [`worth_checking_texts`] reads of one text: its words in lower
/// case and the words inside its quotations. A text compared with several
/// others is read once.
pub(crate) struct TextWords {
    words: HashSet<String>,
    quoted: Vec<String>,
}

impl TextWords {
    /// Read `text`; `inside` says whether it begins inside a quotation.
    pub(crate) fn new(text: &str, inside: bool) -> Self {
        let lower_words = |t: &str| -> Vec<String> { split_words(t).map(lower).collect() };
        TextWords {
            words: split_words(text).map(lower).collect(),
            quoted: regions(text, Span::new(0, text.len()), inside)
                .iter()
                .flat_map(|r| lower_words(&text[r.range()]))
                .collect(),
        }
    }
}

/// [`worth_checking`] for two texts without their word-level changes (the
/// witnesses of an `align` passage): the words one side has and the other
/// lacks stand for the changes.
pub(crate) fn worth_checking_texts(a: &TextWords, b: &TextWords, lex: &Lexicon) -> Option<Kinds> {
    let triggers = triggers(lex);
    let mut bits = 0u8;
    for w in a.words.symmetric_difference(&b.words) {
        if w.contains(|c: char| c.is_ascii_digit()) {
            bits |= NUMBER | DATE;
        }
        // A source's name one side has and the other lacks may be a
        // changed credit.
        if names_a_source(w, lex) {
            bits |= SPEAKER;
        }
        bits |= word_bits(w, triggers);
    }
    if !a.quoted.is_empty() && !b.quoted.is_empty() && a.quoted != b.quoted {
        bits |= QUOTE;
    }
    (bits != 0).then_some(Kinds(bits))
}

pub(super) const NEGATION: u8 = 1;
pub(super) const NUMBER: u8 = 2;
pub(super) const QUOTE: u8 = 4;
pub(super) const HEDGE: u8 = 8;
pub(super) const DATE: u8 = 16;
pub(super) const SPEAKER: u8 = 32;

/// A set of kinds of change to look for (see [`worth_checking`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Kinds(pub(super) u8);

impl Kinds {
    /// Every kind.
    pub const ALL: Kinds = Kinds(NEGATION | NUMBER | QUOTE | HEDGE | DATE | SPEAKER);

    pub(super) fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}
