//! Sentence segmentation for news copy.
//!
//! Built on Unicode's sentence boundaries (UAX #29, via `unicode-segmentation`),
//! then repaired where UAX #29 goes wrong on journalism:
//!
//! * no break after abbreviations and initials (`U.S.`, `U.N.`, `L.G.B.T.Q.`,
//!   `Gen.`, `Mr.`, `Jan. 5`, `No. 2`, `J. K. Rowling`, `5 p.m. Monday`), even
//!   before a capitalised name (`U.S. Immigration and Customs Enforcement`), but a
//!   break where the abbreviation really ends the sentence (`…from the U.S. The
//!   group…`);
//! * no break between `?”`/`!”` and a lower-case continuation (`“Done?” she asked`);
//! * every line break ends a unit, so headlines, subheads, datelines, bylines and
//!   furniture such as `Featured` stand alone; a paragraph break (blank line)
//!   always ends a sentence. Exceptions: a line that lacks final punctuation and
//!   whose next line starts in lower case continues on it, and in hard-wrapped
//!   text (most line breaks fall mid-sentence) single line breaks are joined;
//! * units a flattened page glued together are split apart (`glued.rs`): a
//!   wire end mark, a date after a headline, a syndication tag before a
//!   dateline.
//!
//! Each sentence is a byte [`Span`] that neither starts nor ends with
//! whitespace; the spans, in order, plus the whitespace between them, cover the
//! input exactly.

mod glued;

use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon::{Lexicon, SegmentWords};
use crate::span::Span;

/// Split `text` into sentences (see the module documentation for the rules),
/// with the abbreviations of `lexicon`.
///
/// ```
/// let text = "Officials at U.S. Immigration and Customs Enforcement said so.\nA Headline\nIt came from the U.S. The group left.";
/// let spans: Vec<&str> = wirediff::segment::sentences(text, &wirediff::Lexicon::english())
///     .iter()
///     .map(|s| &text[s.range()])
///     .collect();
/// assert_eq!(spans, [
///     "Officials at U.S. Immigration and Customs Enforcement said so.",
///     "A Headline",
///     "It came from the U.S.",
///     "The group left.",
/// ]);
/// ```
pub fn sentences(text: &str, lexicon: &Lexicon) -> Vec<Span> {
    let words = &lexicon.segment;
    let wrapped = is_hard_wrapped(text);
    let mut out: Vec<Span> = Vec::new();
    for (start, piece) in text.split_sentence_bound_indices() {
        let Some(span) = trimmed(start, piece) else {
            continue;
        };
        if let Some(last) = out.last_mut() {
            let gap = &text[last.end..span.start];
            if should_join(
                &text[last.range()],
                gap,
                &text[span.range()],
                wrapped,
                words,
            ) {
                *last = last.cover(span);
                continue;
            }
        }
        out.push(span);
    }
    glued::unglue(text, out, words)
}

/// Characters trimmed from the ends of a sentence: whitespace and invisible
/// format characters (BOM, zero-width space, word joiner).
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')
}

fn trimmed(start: usize, piece: &str) -> Option<Span> {
    let lead = piece.len() - piece.trim_start_matches(is_blank).len();
    let body = piece.trim_matches(is_blank);
    (!body.is_empty()).then(|| Span::new(start + lead, start + lead + body.len()))
}

/// Should the unit `next`, separated from `prev` by whitespace `gap`, continue
/// `prev` rather than start a new sentence?
fn should_join(prev: &str, gap: &str, next: &str, wrapped: bool, words: &SegmentWords) -> bool {
    let newlines =
        gap.matches('\n').count() + gap.matches('\r').count() - gap.matches("\r\n").count();
    if newlines >= 2 {
        return false;
    }
    if newlines == 1 && !ends_sentence(prev) {
        return wrapped || starts_lower(next);
    }
    if newlines == 1 && !wrapped {
        return false;
    }
    continues_after_abbreviation(prev, next, words) || continues_after_question(prev, next)
}

/// Does `prev` end in sentence-final punctuation (`.`, `?`, `!`, `…`, `:`,
/// `;`), possibly followed by closing quotes or brackets? Units that do not
/// are heading-like: headlines, subheads, bylines, page furniture.
pub fn ends_sentence(prev: &str) -> bool {
    let core = prev.trim_end_matches(is_closing);
    core.ends_with(['.', '?', '!', '…', ':', ';'])
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』'
    )
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{')
}

/// `“Are we done?” she asked`: UAX #29 always breaks after `?` and `!`.
fn continues_after_question(prev: &str, next: &str) -> bool {
    let core = prev.trim_end_matches(is_closing);
    core.len() < prev.len() && core.ends_with(['?', '!']) && starts_lower(next)
}

fn starts_lower(next: &str) -> bool {
    next.trim_start_matches(is_opening)
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// Does `next` continue `prev`, which ends with an abbreviation or initial?
fn continues_after_abbreviation(prev: &str, next: &str, words: &SegmentWords) -> bool {
    let Some(abbr) = trailing_abbreviation(prev) else {
        return false;
    };
    let lower = abbr.to_lowercase();
    let next_words: Vec<&str> = next.split_whitespace().take(3).collect();
    let first = next_words
        .first()
        .map_or("", |w| w.trim_start_matches(is_opening));
    let first_digit = first.starts_with(|c: char| c.is_ascii_digit());
    if words.never_final.contains(&lower) {
        return true;
    }
    if words.titles.contains(&lower) && is_capitalised(abbr) {
        return is_capitalised(first) || first_digit;
    }
    if words.before_number.contains(&lower) && first_digit {
        return true;
    }
    let is_initial = abbr.chars().count() == 1 && is_capitalised(abbr);
    let is_initialism = abbr.contains('.')
        && abbr
            .split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    if !(is_initial || is_initialism) {
        return false;
    }
    let first_lower = first.to_lowercase();
    let first_key = first_lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    if words.days_and_months.contains(first_key) || (abbr.ends_with('m') && first_digit) {
        return abbr.chars().all(char::is_lowercase) || is_initialism;
    }
    if !is_capitalised(first) || words.sentence_starters.contains(first_key) {
        return false;
    }
    if is_initial {
        // `J. K. Rowling`, `Donald J. Trump said`.
        return true;
    }
    // `U.S. State Department`, `U.S. Customs and Border Protection`.
    match (next_words.get(1), next_words.get(2)) {
        (Some(second), _) if is_capitalised(second) => true,
        (Some(second), Some(third)) => {
            words.name_connectors.contains(&second.to_lowercase()) && is_capitalised(third)
        }
        _ => false,
    }
}

/// The abbreviation `prev` ends with, without its final dot: `U.S` for
/// `…the U.S.`, `Gen` for `…said Gen.`; `None` when `prev` does not end with
/// a dotted word.
fn trailing_abbreviation(prev: &str) -> Option<&str> {
    let body = prev.strip_suffix('.')?;
    let start = body
        .rfind(|c: char| c.is_whitespace() || is_opening(c) || c == '-' || c == '/' || c == '—')
        .map_or(0, |i| {
            i + body[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &body[start..];
    (!word.is_empty() && word.chars().all(|c| c.is_alphabetic() || c == '.')).then_some(word)
}

fn is_capitalised(word: &str) -> bool {
    word.trim_start_matches(is_opening)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Shortest line (in characters) counted as a hard-wrapped line.
const MIN_WRAPPED_LINE: usize = 40;

/// Is `text` hard-wrapped, i.e. do most single line breaks inside paragraphs
/// fall in the middle of a sentence?
fn is_hard_wrapped(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(|l| l.trim_matches(is_blank)).collect();
    let mut inner = 0usize;
    let mut mid_sentence = 0usize;
    for pair in lines.windows(2) {
        if pair[0].is_empty() || pair[1].is_empty() {
            continue;
        }
        inner += 1;
        // Wrapped lines run close to the wrap width; headlines are short.
        if !ends_sentence(pair[0]) && pair[0].chars().count() >= MIN_WRAPPED_LINE {
            mid_sentence += 1;
        }
    }
    inner >= 3 && mid_sentence * 2 > inner
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &Lexicon::english())
            .iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn initialism_before_a_name_does_not_break() {
        assert_eq!(
            split("He said the U.S. State Department offered no statement."),
            ["He said the U.S. State Department offered no statement."]
        );
        assert_eq!(
            split("Statistics from U.S. Immigration and Customs Enforcement show it."),
            ["Statistics from U.S. Immigration and Customs Enforcement show it."]
        );
        assert_eq!(
            split("Both attended the U.N. General Assembly in New York."),
            ["Both attended the U.N. General Assembly in New York."]
        );
        assert_eq!(
            split("through Iran’s U.S. Interests Section at the embassy."),
            ["through Iran’s U.S. Interests Section at the embassy."]
        );
    }

    #[test]
    fn initialism_that_ends_a_sentence_breaks() {
        assert_eq!(
            split("Many were released into the U.S. Prior to this, few left."),
            [
                "Many were released into the U.S.",
                "Prior to this, few left."
            ]
        );
        assert_eq!(
            split("They came from the U.S. The group left."),
            ["They came from the U.S.", "The group left."]
        );
        assert_eq!(
            split("They flew to the U.S. The New York Times said so."),
            ["They flew to the U.S.", "The New York Times said so."]
        );
    }

    #[test]
    fn lower_case_after_initialism_continues() {
        assert_eq!(
            split("members of the L.G.B.T.Q. community, among others."),
            ["members of the L.G.B.T.Q. community, among others."]
        );
    }

    #[test]
    fn titles_months_and_numbers() {
        assert_eq!(split("Gen. Smith spoke."), ["Gen. Smith spoke."]);
        assert_eq!(split("Mr. Noushabadi said."), ["Mr. Noushabadi said."]);
        assert_eq!(
            split("It began Jan. 5 in St. Louis."),
            ["It began Jan. 5 in St. Louis."]
        );
        assert_eq!(
            split("It is No. 2 on the list."),
            ["It is No. 2 on the list."]
        );
        assert_eq!(split("By J. K. Rowling."), ["By J. K. Rowling."]);
        assert_eq!(
            split("It starts at 5 p.m. Monday."),
            ["It starts at 5 p.m. Monday."]
        );
        assert_eq!(
            split("Bring fruit, e.g. Apples."),
            ["Bring fruit, e.g. Apples."]
        );
        assert_eq!(
            split("It ended at 5 p.m. The crowd left."),
            ["It ended at 5 p.m.", "The crowd left."]
        );
    }

    #[test]
    fn question_in_quotes_then_lower_case_continues() {
        assert_eq!(
            split("“Are we done?” she asked. Nobody answered."),
            ["“Are we done?” she asked.", "Nobody answered."]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(
            split("He said, “It is over.” Then he left."),
            ["He said, “It is over.”", "Then he left."]
        );
        assert_eq!(
            split("He called it a “dead end.” he said."),
            ["He called it a “dead end.” he said."]
        );
    }

    #[test]
    fn lines_without_final_punctuation_stand_alone() {
        assert_eq!(
            split("A Rare Deal Between Longtime Foes\nThe Times reported it.\nFeatured\n"),
            [
                "A Rare Deal Between Longtime Foes",
                "The Times reported it.",
                "Featured"
            ]
        );
    }

    #[test]
    fn paragraph_break_always_ends_a_sentence() {
        assert_eq!(
            split("a line with no stop\n\nand more"),
            ["a line with no stop", "and more"]
        );
        assert_eq!(
            split("the U.S.\n\nState Department"),
            ["the U.S.", "State Department"]
        );
    }

    #[test]
    fn line_continuing_in_lower_case_joins() {
        assert_eq!(
            split("The deportees, many of whom\nentered illegally, arrived."),
            ["The deportees, many of whom\nentered illegally, arrived."]
        );
    }

    #[test]
    fn hard_wrapped_text_is_joined() {
        let text = "Iran said on Tuesday that 120 of its nationals were\nbeing deported from the United States, the first of\nabout 400. The flight left Louisiana on Monday and\nStopped in Qatar.\n\nA new paragraph.\n";
        assert_eq!(
            split(text),
            [
                "Iran said on Tuesday that 120 of its nationals were\nbeing deported from the United States, the first of\nabout 400.",
                "The flight left Louisiana on Monday and\nStopped in Qatar.",
                "A new paragraph."
            ]
        );
    }

    #[test]
    fn bom_and_crlf_are_outside_sentences() {
        let text = "\u{feff}Title\r\nFirst one. Second one.\r\n";
        assert_eq!(split(text), ["Title", "First one.", "Second one."]);
        assert_eq!(sentences(text, &Lexicon::english())[0].start, 3);
    }

    #[test]
    fn empty_and_blank_input_has_no_sentences() {
        let en = Lexicon::english();
        assert!(sentences("", &en).is_empty());
        assert!(sentences(" \n\r\n\t\u{feff}", &en).is_empty());
    }
}
