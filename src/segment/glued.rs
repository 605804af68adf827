//! Units glued to their neighbours when a page was flattened to text, which
//! Unicode's rules cannot see apart:
//!
//! * a wire **end mark** after the last sentence (`…were affected. (end)`;
//!   the lexicon's `end_marks`);
//! * a **date glued to a headline** (`…to step down by end of 2024March 25,
//!   2024`): a heading that ends in `Month day, year` right after a letter
//!   or digit;
//! * a **syndication tag before a dateline** (`(MENAFN- Kuwait News Agency
//!   (KUNA)) RABAT, Sept 9 (KUNA) -- …`): a unit that opens with a group in
//!   parentheses followed by a place in capitals and a comma;
//! * a **photo credit before the story** (`(AP Photo/Jane Doe, File) A
//!   string of controversies…`): a unit that opens with a group in
//!   parentheses holding a slash, followed by a capitalised word;
//! * a **byline inside a line** (`…at end of the year By John Johnson,
//!   Newser Staff`): `By` and two capitalised words and a comma after a
//!   lower-case word (the lexicon's `byline_starts` are in `credits`; here
//!   only the capitalised `By` that no sentence has mid-way).
//!
//! * a **full stop with no space after it** (`…declared on
//!   Wednesday.Subianto, who…`): a period between two lower-case letters
//!   and a capitalised word, outside a web address.
//!
//! Each repair only splits a span at a boundary inside it; the pieces stay
//! trimmed byte spans of the text.

use super::{ends_sentence, is_blank};
use crate::lexicon::SegmentWords;
use crate::span::Span;

/// Split the glued units of `spans` (sentences of `text`).
pub(super) fn unglue(text: &str, spans: Vec<Span>, words: &SegmentWords) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        let mut pieces = vec![span];
        for cut in [
            leading_tag,
            leading_photo_credit,
            inner_byline,
            glued_date,
            end_mark,
            glued_stop,
        ] {
            let mut done = Vec::with_capacity(pieces.len());
            // A piece cut in two goes back for the same repair: a line may
            // hold the same glue more than once.
            let mut todo: Vec<Span> = pieces.into_iter().rev().collect();
            while let Some(p) = todo.pop() {
                match cut(&text[p.range()], words).map(|at| split(text, p, p.start + at)) {
                    Some(two) if two.len() == 2 => {
                        done.push(two[0]);
                        todo.push(two[1]);
                    }
                    Some(one) => done.extend(one),
                    None => done.push(p),
                }
            }
            pieces = done;
        }
        out.extend(pieces);
    }
    out
}

/// `span` cut at byte `at`, each side trimmed; a side left empty is dropped.
fn split(text: &str, span: Span, at: usize) -> Vec<Span> {
    [Span::new(span.start, at), Span::new(at, span.end)]
        .into_iter()
        .filter_map(|s| {
            let piece = &text[s.range()];
            let lead = piece.len() - piece.trim_start_matches(is_blank).len();
            let body = piece.trim_matches(is_blank);
            (!body.is_empty()).then(|| Span::new(s.start + lead, s.start + lead + body.len()))
        })
        .collect()
}

/// Where an end mark starts, when `unit` is a sentence followed by one.
fn end_mark(unit: &str, words: &SegmentWords) -> Option<usize> {
    words.end_marks.iter().find_map(|mark| {
        let at = unit.len().checked_sub(mark.len())?;
        let tail = unit.get(at..)?;
        let before = &unit[..at];
        let head = before.trim_end_matches(is_blank);
        let marked = tail.to_lowercase() == mark;
        (marked && head.len() < before.len() && ends_sentence(head)).then_some(at)
    })
}

/// Where a date glued to a heading starts (`…2024March 25, 2024`).
fn glued_date(unit: &str, words: &SegmentWords) -> Option<usize> {
    if ends_sentence(unit) {
        return None;
    }
    let (rest, year) = unit.rsplit_once(", ")?;
    let (month_day, day) = rest.rsplit_once(' ')?;
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    if !digits(year, 4..=4) || !digits(day, 1..=2) {
        return None;
    }
    // The month is the capitalised run of letters that ends `month_day`.
    let start = month_day
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    let month = &month_day[start..];
    let glued = month_day[..start]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let capital = month.chars().next().is_some_and(char::is_uppercase);
    (glued && capital && words.days_and_months.contains(&month.to_lowercase())).then_some(start)
}

/// Where the story after a leading photo credit in parentheses starts.
fn leading_photo_credit(unit: &str, _: &SegmentWords) -> Option<usize> {
    let close = unit.strip_prefix('(')?.find(')')? + 1;
    let group = &unit[1..close];
    let rest = &unit[close + 1..];
    let credit = group.contains('/') && !group.contains('(') && group.len() < 80;
    let next_capital = rest
        .trim_start_matches(is_blank)
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    (credit && rest.starts_with(is_blank) && next_capital).then_some(close + 1)
}

/// Where a byline inside a unit starts: ` By Name Name,` after a lower-case
/// word.
fn inner_byline(unit: &str, _: &SegmentWords) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = unit[from..].find(" By ") {
        let at = from + k + 1;
        let before = unit[..at - 1].split_whitespace().next_back().unwrap_or("");
        let names: Vec<&str> = unit[at + 3..].split_whitespace().take(2).collect();
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let byline = names.len() == 2
            && capital(names[0])
            && capital(names[1])
            && names[1].ends_with(',')
            && before.chars().all(char::is_lowercase)
            && !before.is_empty();
        if byline {
            return Some(at);
        }
        from = at;
    }
    None
}

/// Where the sentence after a full stop glued to it starts
/// (`Wednesday.Subianto`): a period after two lower-case letters, before a
/// capital and a lower-case letter, in a word that is no web address.
fn glued_stop(unit: &str, _: &SegmentWords) -> Option<usize> {
    let b = unit.as_bytes();
    (2..b.len().saturating_sub(2)).find_map(|i| {
        let glued = b[i] == b'.'
            && b[i - 1].is_ascii_lowercase()
            && b[i - 2].is_ascii_lowercase()
            && b[i + 1].is_ascii_uppercase()
            && b[i + 2].is_ascii_lowercase();
        if !glued {
            return None;
        }
        let start = unit[..i].rfind(char::is_whitespace).map_or(0, |k| k + 1);
        let end = unit[i..]
            .find(char::is_whitespace)
            .map_or(unit.len(), |k| i + k);
        let word = &unit[start..end];
        let address = ["/", "@", "www", "http"].iter().any(|m| word.contains(m));
        (!address).then_some(i + 1)
    })
}

/// Where the dateline after a leading tag in parentheses starts.
fn leading_tag(unit: &str, _: &SegmentWords) -> Option<usize> {
    if !unit.starts_with('(') {
        return None;
    }
    let mut depth = 0usize;
    let close = unit.char_indices().find_map(|(i, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        (depth == 0).then_some(i)
    })?;
    let inner = &unit[1..close];
    let after = &unit[close + 1..];
    let rest = after.trim_start();
    let place = rest.split(',').next().unwrap_or("");
    let dateline = rest.len() > place.len()
        && !place.is_empty()
        && place.split_whitespace().count() <= 3
        && place.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !place.chars().any(char::is_lowercase);
    (inner.split_whitespace().count() >= 2 && after.starts_with(is_blank) && dateline)
        .then_some(close + 1)
}

#[cfg(test)]
mod tests {
    use crate::lexicon::Lexicon;

    fn split(text: &str) -> Vec<&str> {
        super::super::sentences(text, &Lexicon::english())
            .iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn an_end_mark_after_the_last_sentence_stands_alone() {
        assert_eq!(
            split("The bridge reopened on Monday. (end)\n"),
            ["The bridge reopened on Monday.", "(end)"]
        );
        // Not after a heading, nor inside a sentence.
        assert_eq!(split("The end\n"), ["The end"]);
        assert_eq!(
            split("They said it was the end of it.\n"),
            ["They said it was the end of it."]
        );
    }

    #[test]
    fn a_date_glued_to_a_headline_stands_alone() {
        assert_eq!(
            split("Port strike to end by 2025June 3, 2024\nThe strike ended."),
            [
                "Port strike to end by 2025",
                "June 3, 2024",
                "The strike ended."
            ]
        );
        // A spaced date in a headline is the headline's.
        assert_eq!(
            split("Strike ends on June 3, 2024\n"),
            ["Strike ends on June 3, 2024"]
        );
    }

    #[test]
    fn a_tag_before_a_dateline_stands_alone() {
        assert_eq!(
            split("(Syndicated- Some News Agency (SNA)) LIMA, May 2 (SNA) -- A bridge fell."),
            [
                "(Syndicated- Some News Agency (SNA))",
                "LIMA, May 2 (SNA) -- A bridge fell."
            ]
        );
        assert_eq!(
            split("A file photo of the chief. (AP Photo/Jane Doe, File) A string of losses ended."),
            [
                "A file photo of the chief.",
                "(AP Photo/Jane Doe, File)",
                "A string of losses ended."
            ]
        );
        assert_eq!(
            split("Chief steps down at end of the year By Jane Roe, Staff Writer\n"),
            [
                "Chief steps down at end of the year",
                "By Jane Roe, Staff Writer"
            ]
        );
        // A sentence that starts with `By` is no byline inside a line.
        assert_eq!(
            split("He left. By Friday, Roe had gone.\n"),
            ["He left.", "By Friday, Roe had gone."]
        );
        // A full stop glued to the next sentence, once or more; not in an address.
        assert_eq!(
            split("He won on Monday.Subianto chose a mate.Both ran.\n"),
            ["He won on Monday.", "Subianto chose a mate.", "Both ran."]
        );
        assert_eq!(
            split("See www.example.Com/news and Ph.D. theses.\n"),
            ["See www.example.Com/news and Ph.D. theses."]
        );
        // `(Reuters) - …` opens a sentence: no place in capitals follows.
        assert_eq!(
            split("(Reuters) - A bridge fell in Lima."),
            ["(Reuters) - A bridge fell in Lima."]
        );
    }
}
