//! Numbers as ranges: `120`, `1,710`, `1.5 million`, `two`, `hundreds`
//! (200–999), `at least 296` (296 and up), `a day or two` and `48 hours`
//! (one to two days, two days). Two numbers differ only when their ranges
//! do not overlap and they measure the same thing: a duration, a
//! percentage, a year, or a count of the same words (`120 people` against
//! `100 people`; `737 Max` against `16,000 feet` are two facts).
//!
//! A year is the whole year (`2020`: 2020.0–2021.0), or the part a word
//! before it names (`early 2020`: 2020.0–2020.34). A span of time before
//! `ago` is a year when the page prints its date (`page/timestamps.rs`):
//! `three years ago` on a page of March 2024 is 2020.7–2021.7, give or take
//! half a year, and meets `early 2020` as a changed number.

use super::{phrase_at, Flag, FlagKind, Side, Word};
use crate::lexicon::Lexicon;
use crate::page::timestamps::timestamp;
use crate::span::Span;
use crate::tokenize::token_of;

/// What a number measures: only numbers of one measure are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    Count,
    Percent,
    /// In days.
    Duration,
    Year,
}

/// One number of a text, as the range of values it allows.
#[derive(Debug, Clone)]
pub(super) struct Quantity {
    span: Span,
    low: f64,
    high: f64,
    measure: Measure,
    /// Its first and last word (indexes into the side's words), to find
    /// what it counts ([`context`]) when that is asked.
    words: (usize, usize),
}

impl Quantity {
    fn overlaps(&self, other: &Quantity) -> bool {
        // Rounding noise of products (`1.5 million`); years are ranges of
        // their own and compared exactly.
        let slack = if self.measure == Measure::Year {
            0.0
        } else {
            1e-3
        };
        self.measure == other.measure
            && self.low <= other.high * (1.0 + slack)
            && other.low <= self.high * (1.0 + slack)
    }
}

/// Words around a number that say what it counts: the nearest content
/// word on each side within two words (`hundreds of homes`: `homes`), as
/// comparison keys.
fn context(ws: &[Word], start: usize, end: usize, lex: &Lexicon) -> Vec<String> {
    let key = |w: &Word| -> Option<String> {
        let t = token_of(&w.lower, w.span, lex);
        let number = value(w, lex).is_some();
        (!t.stop && !number && !lex.meaning.months.contains(&w.lower)).then_some(t.key)
    };
    let before = ws[..start].iter().rev().take(2).filter_map(key).take(1);
    let after = ws[end + 1..].iter().take(2).filter_map(key).take(1);
    before.chain(after).collect()
}

/// The value of word `w` as a plain number: digits (`1,710`, `4.9`) or a
/// number word of the lexicon (`two`).
fn value(w: &Word, lex: &Lexicon) -> Option<f64> {
    let bytes = w.lower.as_bytes();
    // A word starts with a letter or a digit: only digits can be digits.
    if bytes.first().is_some_and(u8::is_ascii_digit) {
        if !bytes
            .iter()
            .all(|&c| c.is_ascii_digit() || c == b',' || c == b'.')
        {
            return None;
        }
        return if bytes.contains(&b',') {
            w.lower.replace(',', "").parse().ok()
        } else {
            w.lower.parse().ok()
        };
    }
    lex.words.number_words.get(&w.lower).map(|&n| f64::from(n))
}

/// The numbers of a side, left to right.
fn quantities(side: &Side, lex: &Lexicon) -> Vec<Quantity> {
    let m = &lex.meaning;
    let starts = m.approximation_starts.get_or_init(|| {
        m.approximations
            .keys()
            .filter_map(|p| p.split_whitespace().next())
            .map(str::to_string)
            .collect()
    });
    let percent_chars = m
        .percent
        .iter()
        .map(|p| p.chars().count())
        .max()
        .unwrap_or(0);
    let ws = side.words();
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        // `hundreds of thousands`, longest first.
        let approx = starts
            .contains(&ws[i].lower)
            .then(|| {
                m.approximations
                    .iter()
                    .filter(|(p, _)| p.split_whitespace().next() == Some(ws[i].lower.as_str()))
                    .filter_map(|(p, r)| phrase_at(ws, i, p).map(|n| (n, *r)))
                    .max_by_key(|x| x.0)
            })
            .flatten();
        if let Some((n, [low, high])) = approx {
            out.push(Quantity {
                span: ws[i].span.cover(ws[i + n - 1].span),
                low,
                high,
                measure: Measure::Count,
                words: (i, i + n - 1),
            });
            i += n;
            continue;
        }
        let unit_at = |k: usize| ws.get(k).and_then(|w| m.durations.get(&w.lower)).copied();
        // `a day`: an article before a unit of time is one.
        let article = (ws[i].lower == "a" || ws[i].lower == "an") && unit_at(i + 1).is_some();
        let Some(mut v) = value(&ws[i], lex).or(article.then_some(1.0)) else {
            i += 1;
            continue;
        };
        let start = i;
        let mut end = i;
        if let Some(x) = ws.get(end + 1).and_then(|w| m.multipliers.get(&w.lower)) {
            v *= x;
            end += 1;
        }
        let (mut low, mut high) = (v, v);
        let mut unit = unit_at(end + 1);
        let unit_days = unit;
        if unit.is_some() {
            end += 1;
        }
        // `a day or two`, `two or three days`, `10 to 20`.
        let joined = ws
            .get(end + 1)
            .is_some_and(|w| m.range_joiners.contains(&w.lower));
        if joined {
            if let Some(mut v2) = ws.get(end + 2).and_then(|w| value(w, lex)) {
                end += 2;
                if let Some(x) = ws.get(end + 1).and_then(|w| m.multipliers.get(&w.lower)) {
                    v2 *= x;
                    end += 1;
                }
                if unit.is_none() {
                    unit = unit_at(end + 1);
                    if unit.is_some() {
                        end += 1;
                    }
                }
                low = low.min(v2);
                high = high.max(v2);
            }
        }
        let year = unit.is_none()
            && high == low
            && ws[start].lower.len() == 4
            && (1800.0..=2100.0).contains(&low);
        // `41%`, `41 percent`: the sign or word right after the number.
        let after = side.text[ws[end].span.end - side.span.start..].trim_start();
        // Enough of what follows for the longest percent word and the
        // character after it.
        let cut = after
            .char_indices()
            .nth(percent_chars + 1)
            .map_or(after.len(), |(i, _)| i);
        let after = after[..cut].to_lowercase();
        let percent = unit.is_none()
            && m.percent.iter().any(|p| {
                after.starts_with(p.as_str())
                    && !after[p.len()..].starts_with(char::is_alphanumeric)
            });
        let mut measure = match (unit, year, percent) {
            (Some(_), _, _) => Measure::Duration,
            (None, _, true) => Measure::Percent,
            (None, true, false) => Measure::Year,
            (None, false, false) => Measure::Count,
        };
        if let Some(days) = unit {
            low *= days;
            high *= days;
        }
        if measure == Measure::Year {
            // The whole year, or the part of it a word before it names.
            let part = (start > 0)
                .then(|| m.year_parts.get(&ws[start - 1].lower))
                .flatten()
                .copied()
                .unwrap_or([0.0, 1.0]);
            // Half-open: 2020 ends where 2021 begins.
            (low, high) = (v + part[0], v + part[1] - 1e-3);
        }
        // `three years ago`: a year, counted back from the page's date.
        let ago = measure == Measure::Duration
            && ws.get(end + 1).is_some_and(|w| m.ago.contains(&w.lower));
        if ago {
            if let Some(now) = page_year(side) {
                let half_unit = unit_days.unwrap_or(1.0) / DAYS_A_YEAR / 2.0;
                (low, high) = (
                    now - high / DAYS_A_YEAR - half_unit,
                    now - low / DAYS_A_YEAR + half_unit,
                );
                measure = Measure::Year;
                end += 1;
            }
        }
        // `at least 296`, `nearly 5,000`, `about 400`.
        for (phrase, how) in &m.bounds {
            let n = phrase.split_whitespace().count();
            if start >= n && phrase_at(ws, start - n, phrase).is_some() {
                match how.as_str() {
                    "min" => high = f64::INFINITY,
                    "max" => low = 0.0,
                    _ => {
                        low *= 0.9;
                        high *= 1.1;
                    }
                }
                break;
            }
        }
        // A day of a month (`March 20`) is a date, not a number.
        let date = measure == Measure::Count
            && (start > 0 && m.months.contains(&ws[start - 1].lower)
                || ws.get(end + 1).is_some_and(|w| m.months.contains(&w.lower)));
        if !date {
            out.push(Quantity {
                span: ws[start].span.cover(ws[end].span),
                low,
                high,
                measure,
                words: (start, end),
            });
        }
        i = end + 1;
    }
    out
}

/// Days in a year, on average.
const DAYS_A_YEAR: f64 = 365.2425;

/// The page's date as a year with its fraction (`2024.23`: late March
/// 2024), when the page prints one.
fn page_year(side: &Side) -> Option<f64> {
    let stamp = timestamp(side.doc)?;
    let mid = (stamp.published.earliest + stamp.published.latest) as f64 / 2.0;
    Some(1970.0 + mid / (DAYS_A_YEAR * 86_400.0))
}

/// Numbers that changed: each number of one side that no number of the
/// other side can be, paired in order with such a number of the other side.
pub(super) fn changed(a: &Side, b: &Side, lex: &Lexicon) -> Vec<Flag> {
    let qa = a.quantities.get_or_init(|| quantities(a, lex));
    let qb = b.quantities.get_or_init(|| quantities(b, lex));
    let lone = |xs: &[Quantity], ys: &[Quantity]| -> Vec<Quantity> {
        xs.iter()
            .filter(|x| !ys.iter().any(|y| x.overlaps(y)))
            .cloned()
            .collect()
    };
    let (la, lb) = (lone(qa, qb), lone(qb, qa));
    let mut used = vec![false; lb.len()];
    let mut out = Vec::new();
    // Two lone numbers are one number changed when they measure the same
    // thing: a duration, a percentage or a year, or a count of the same
    // words (`120 people` → `100 people`); otherwise they are two facts.
    let around = |side: &Side, q: &Quantity| context(side.words(), q.words.0, q.words.1, lex);
    let same_thing = |x: &Quantity, y: &Quantity| {
        x.measure == y.measure
            && (x.measure != Measure::Count || {
                let (cx, cy) = (around(a, x), around(b, y));
                cx.iter().any(|c| cy.contains(c))
            })
    };
    for x in &la {
        let Some(k) = (0..lb.len()).find(|&k| !used[k] && same_thing(x, &lb[k])) else {
            continue;
        };
        used[k] = true;
        out.push(Flag {
            kind: FlagKind::Number,
            old: x.span,
            new: lb[k].span,
            detail: format!("{} → {}", a.slice(x.span), b.slice(lb[k].span)),
        });
    }
    out
}
