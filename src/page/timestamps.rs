//! When a page says it was published: a timestamp printed with the story
//! (`Posted Mar 25, 2024 7:58 AM CDT`, `March 25, 2024 06:19 pm | Updated
//! 06:48 pm IST`, `Monday 25 March 2024 12:23`, `Published 21 Mar, 2024
//! 05:22am`).
//!
//! A timestamp is a full date (month name, day and year, either order, or
//! `2024-03-25`), then perhaps a clock time, a meridiem and a time zone
//! from the lexicon. It counts after a cue word (`posted`, `published`,
//! `updated`) anywhere in the text, or, in the first units of the page,
//! when no lower-case word stands before it in its unit (`on March 25,
//! 2024` and a photo caption's `walks past … Friday, March 15, 2024` are
//! dates the story tells, not the page's). The page's timestamp is the
//! earliest it prints (published before updated). A time without a zone,
//! or a date alone, is a window, as in [`crate::meta::Published`].

use crate::lexicon::TimestampWords;
use crate::meta::{midnight, Published};
use crate::model::{Document, Span};
use crate::page::credits::{core, words};

/// Units from the top of a page where a date with no cue can be its
/// timestamp.
const HEAD_UNITS: usize = 6;

/// A page's own timestamp: when, and where the text says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// The instant or window.
    pub published: Published,
    /// The date and time as printed, a span of the document.
    pub span: Span,
    /// The unit it is printed in.
    pub sentence: usize,
}

/// The earliest timestamp `doc` prints, if any.
pub fn timestamp(doc: &Document) -> Option<Stamp> {
    let lex = &doc.lexicon.timestamps;
    let mut found: Vec<Stamp> = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let base = sentence.span.start;
        // Every date has digits: a unit without any holds none.
        if !doc.sentence_text(s).bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let ws = words(doc.sentence_text(s));
        let lower: Vec<String> = ws.iter().map(|(_, w)| core(w).to_lowercase()).collect();
        for i in 0..ws.len() {
            let Some((date, end)) = date_at(&lower, i, lex) else {
                continue;
            };
            let cued = (i.saturating_sub(2)..i).any(|k| lex.cues.contains(&lower[k]))
                || (i >= 2
                    && lex
                        .cues
                        .contains(&format!("{} {}", lower[i - 2], lower[i - 1])));
            let head = s < HEAD_UNITS
                && !ws[..i]
                    .iter()
                    .any(|(_, w)| w.starts_with(|c: char| c.is_lowercase()));
            if !cued && !head {
                continue;
            }
            let (published, last) = with_time(date, &lower, &ws, end, lex);
            let (first, _) = ws[i];
            let (at, w) = ws[last - 1];
            let trimmed = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            found.push(Stamp {
                published: Published {
                    text: doc.text[base + first..base + at + trimmed.len()].to_string(),
                    ..published
                },
                span: Span::new(base + first, base + at + trimmed.len()),
                sentence: s,
            });
        }
    }
    found.into_iter().min_by_key(|s| s.published.earliest)
}

/// A full date starting at word `i`: its midnight (UTC) and the index
/// after its last word.
fn date_at(lower: &[String], i: usize, lex: &TimestampWords) -> Option<(i64, usize)> {
    let number = |k: usize| -> Option<i64> {
        let w = lower.get(k)?;
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 4 {
            return None;
        }
        digits.parse().ok()
    };
    let month = |k: usize| lower.get(k).and_then(|w| lex.months.get(w)).copied();
    let year = |k: usize| number(k).filter(|y| (1900..=2100).contains(y));
    let day = |k: usize| number(k).filter(|d| (1..=31).contains(d));
    if let (Some(m), Some(d), Some(y)) = (month(i), day(i + 1), year(i + 2)) {
        return Some((midnight(y as i16, m as i8, d as i8)?, i + 3));
    }
    if let (Some(d), Some(m), Some(y)) = (day(i), month(i + 1), year(i + 2)) {
        return Some((midnight(y as i16, m as i8, d as i8)?, i + 3));
    }
    let iso = lower[i].get(..10)?;
    let date: jiff::civil::Date = iso.parse().ok()?;
    Some((midnight(date.year(), date.month(), date.day())?, i + 1))
}

/// The window of a date at midnight `date` whose words end at `end`, with
/// a clock time, meridiem and zone when they follow; and the index after
/// the last word read.
fn with_time(
    date: i64,
    lower: &[String],
    ws: &[(usize, &str)],
    end: usize,
    lex: &TimestampWords,
) -> (Published, usize) {
    let day = Published::day(date);
    let Some(w) = lower.get(end) else {
        return (day, end);
    };
    // `7:58`, `05:22am`, `12:23:10`.
    let digits_end = w
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(w.len());
    let (clock, glued) = w.split_at(digits_end);
    let parts: Vec<&str> = clock.split(':').collect();
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty() || p.len() > 2) {
        return (day, end);
    }
    let (Ok(mut hour), Ok(minute)) = (parts[0].parse::<i64>(), parts[1].parse::<i64>()) else {
        return (day, end);
    };
    if hour > 23 || minute > 59 || !ws[end].1.starts_with(|c: char| c.is_ascii_digit()) {
        return (day, end);
    }
    let mut next = end + 1;
    let meridiem = if glued.is_empty() {
        lower
            .get(next)
            .and_then(|m| lex.meridiems.get(m))
            .inspect(|_| next += 1)
    } else {
        lex.meridiems.get(glued)
    };
    if let Some(&add) = meridiem {
        hour = hour % 12 + i64::from(add);
    }
    let at = date + hour * 3600 + minute * 60;
    match lower.get(next).and_then(|z| lex.zones.get(z)) {
        Some(&offset) => (
            Published::exact(at - (f64::from(offset) * 3600.0) as i64),
            next + 1,
        ),
        None => (Published::local(at), next),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(text: &str) -> Option<(String, i64, i64)> {
        let doc = Document::from_text("t", text);
        timestamp(&doc).map(|s| {
            (
                doc.text[s.span.range()].to_string(),
                s.published.earliest,
                s.published.latest,
            )
        })
    }

    #[test]
    fn page_timestamps_are_read() {
        let (text, a, b) =
            stamp("Boeing chief to go\nPublished 21 Mar, 2024 05:22am\nBody.\n").unwrap();
        assert_eq!(text, "21 Mar, 2024 05:22am");
        assert_eq!(b - a, 24 * 3600, "no zone: a window");
        let (text, ..) = stamp("Monday 25 March 2024 12:23\nBoeing's chief will go.\n").unwrap();
        assert_eq!(text, "25 March 2024 12:23");
        let (text, a, _) =
            stamp("March 25, 2024 06:19 pm | Updated 06:48 pm IST - March 25\nText.\n").unwrap();
        assert_eq!(text, "March 25, 2024 06:19 pm");
        let noon = midnight(2024, 3, 25).unwrap() + 18 * 3600 + 19 * 60;
        assert_eq!(a, noon - 12 * 3600);
        let (_, a, b) = stamp("Title\nPosted 2024-03-25\nText.\n").unwrap();
        let day = Published::day(midnight(2024, 3, 25).unwrap());
        assert_eq!((a, b), (day.earliest, day.latest));
    }

    #[test]
    fn dates_the_story_tells_are_not_timestamps() {
        assert!(stamp("Title\nThe ruling came on 25 March 2024 after a long wait.\n").is_none());
        assert!(stamp("Title\nShe joined in March 2020.\n").is_none());
        assert!(
            stamp("A worker walks past a plane Friday, March 15, 2024, in Medford.\n").is_none()
        );
        assert!(stamp("Title\nHe said March 25 was the deadline.\n").is_none());
        let late = "A.\nB.\nC.\nD.\nE.\nF.\nG.\nMarch 25, 2024 was a Monday.\n";
        assert!(stamp(late).is_none(), "not in the page's head");
        assert!(stamp(&format!("{late}Last updated March 26, 2024\n")).is_some());
    }

    #[test]
    fn the_earliest_timestamp_wins() {
        let (text, ..) = stamp(
            "Title\nUpdated March 26, 2024 09:00 GMT\nPublished March 25, 2024 10:00 GMT\nText.\n",
        )
        .unwrap();
        assert_eq!(text, "March 25, 2024 10:00 GMT");
    }
}
