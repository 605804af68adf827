//! Negations, hedges and dates: words whose presence on one side only
//! changes what a sentence claims.

use super::{phrase_at, Flag, FlagKind, Side, Word};
use crate::lexicon::Lexicon;
use crate::span::Span;
use crate::tokenize::{token_of, tokens};

/// The negating words of `ws`: the lexicon's negations and words in `n't`.
fn negators<'w>(ws: &'w [Word], lex: &Lexicon) -> Vec<&'w Word> {
    ws.iter()
        .filter(|w| lex.meaning.negations.contains(&w.lower) || w.lower.ends_with("n't"))
        .collect()
}

/// The comparison keys of a side's content words.
fn content_keys(side: &Side, lex: &Lexicon) -> Vec<String> {
    tokens(side.text, side.span.start, lex)
        .into_iter()
        .filter(|t| !t.stop)
        .map(|t| t.key)
        .collect()
}

/// What the negator `w` of `side` negates: the first content word within
/// three words after it (`not be refunded`: `refund`).
fn negated(side: &Side, w: &Word, lex: &Lexicon) -> Option<String> {
    let at = side.words().iter().position(|x| x.span == w.span)?;
    side.words()[at + 1..]
        .iter()
        .take(3)
        .map(|x| token_of(side.slice(x.span), x.span, lex))
        .find(|t| !t.stop && !lex.meaning.negations.contains(&t.key))
        .map(|t| t.key)
}

/// A negation added or dropped, or a verb turned into its opposite. Each
/// negator is known by the word it negates; one negates on one side only
/// when the other side has that word without negating it (`will not be
/// refunded` against `will be refunded`). `does not plan to stand` against
/// `is resigning` says the same thing another way, and `offered no
/// immediate statement` against `did not immediately respond` negates on
/// both sides.
pub(super) fn negation(a: &Side, b: &Side, lex: &Lexicon) -> Vec<Flag> {
    let mut out = Vec::new();
    let negations = |side: &Side| -> Vec<(Span, Option<String>)> {
        negators(side.words(), lex)
            .into_iter()
            .map(|w| (w.span, negated(side, w, lex)))
            .collect()
    };
    let na = a.negations.get_or_init(|| negations(a));
    let nb = b.negations.get_or_init(|| negations(b));
    for (side, other, mine, theirs, added) in [(b, a, nb, na, true), (a, b, na, nb, false)] {
        // Negations of words the other side does not negate.
        let lone: Vec<&(Span, Option<String>)> = mine
            .iter()
            .filter(|(_, k)| {
                k.as_ref()
                    .is_some_and(|k| !theirs.iter().any(|(_, t)| t.as_ref() == Some(k)))
            })
            .collect();
        if lone.is_empty() {
            continue;
        }
        let keys = content_keys(other, lex);
        let lone = lone
            .into_iter()
            .find(|(_, k)| k.as_ref().is_some_and(|k| keys.contains(k)));
        if let Some((span, _)) = lone {
            let (old, new) = if added {
                (a.span, *span)
            } else {
                (*span, b.span)
            };
            let verb = if added { "added" } else { "removed" };
            out.push(Flag {
                kind: FlagKind::Negation,
                old,
                new,
                detail: format!("{verb}: “{}”", side.slice(*span)),
            });
        }
    }
    for [x, y] in &lex.meaning.opposites {
        for (from, to) in [(x, y), (y, x)] {
            let wa = a.words().iter().find(|w| &w.lower == from);
            let wb = b.words().iter().find(|w| &w.lower == to);
            let both_a = a.words().iter().any(|w| &w.lower == to);
            let both_b = b.words().iter().any(|w| &w.lower == from);
            if let (Some(wa), Some(wb)) = (wa, wb) {
                if !both_a && !both_b {
                    out.push(Flag {
                        kind: FlagKind::Negation,
                        old: wa.span,
                        new: wb.span,
                        detail: format!("“{}” → “{}”", a.slice(wa.span), b.slice(wb.span)),
                    });
                }
            }
        }
    }
    out
}

/// The hedges of a side: (phrase, span of its first word to its last,
/// attribution hedge or not), by one pass over its words.
fn hedges_of<'l>(side: &Side, lex: &'l Lexicon) -> Vec<(&'l str, Span, bool)> {
    let m = &lex.meaning;
    let phrases = m
        .hedges
        .iter()
        .map(|p| (p, false))
        .chain(m.attribution_hedges.iter().map(|p| (p, true)));
    let firsts: Vec<(&str, &String, bool)> = phrases
        .map(|(p, attribution)| (p.split_whitespace().next().unwrap_or(""), p, attribution))
        .collect();
    let mut out = Vec::new();
    for (i, w) in side.words().iter().enumerate() {
        for (first, p, attribution) in &firsts {
            if *first != w.lower {
                continue;
            }
            if let Some(n) = phrase_at(side.words(), i, p) {
                let span = w.span.cover(side.words()[i + n - 1].span);
                out.push((p.as_str(), span, *attribution));
            }
        }
    }
    out
}

/// A hedge added or dropped. An attribution hedge (`according to`) counts
/// only against a side that names no speaker by a speech or reporting verb.
pub(super) fn hedge(a: &Side, b: &Side, lex: &Lexicon) -> Vec<Flag> {
    // `officials said`, `the newspaper characterized`, `sources indicated`.
    let speaks = |s: &Side| {
        s.words().iter().any(|w| {
            lex.speakers.speech_verbs.contains(&w.lower)
                || lex.cues.statement_verbs.contains(&w.lower)
                || lex.cues.anaphora_verbs.contains(&w.lower)
                || lex.cues.reported_after.contains(&w.lower)
        })
    };
    let (ha, hb) = (hedges_of(a, lex), hedges_of(b, lex));
    if ha.is_empty() && hb.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (from, to, mine, theirs, added) in [(a, b, &ha, &hb, false), (b, a, &hb, &ha, true)] {
        let attributed = speaks(to);
        let lone = mine
            .iter()
            .filter(|h| !h.2 || !attributed)
            .find(|h| !theirs.iter().any(|t| t.0 == h.0));
        if let Some(&(_, span, _)) = lone {
            let (old, new) = if added {
                (to.span, span)
            } else {
                (span, to.span)
            };
            let verb = if added { "added" } else { "removed" };
            out.push(Flag {
                kind: FlagKind::Hedge,
                old,
                new,
                detail: format!("{verb}: “{}”", from.slice(span)),
            });
        }
    }
    out
}

/// A date of a side: its normalised text (`friday`, `mar 20`), its span
/// and the words around it that say what happened then.
pub(super) struct Dated {
    text: String,
    span: Span,
    context: Vec<String>,
}

/// How many words on each side of a date say what happened then.
const DATE_CONTEXT: usize = 3;

/// The content words (comparison keys) within [`DATE_CONTEXT`] words of
/// words `start..=end` of `ws`, other dates and numbers left out: `struck
/// Morocco late on Friday night killed` gives `morocco`, `late`, `night`,
/// `kill`.
fn date_context(ws: &[Word], start: usize, end: usize, lex: &Lexicon) -> Vec<String> {
    let m = &lex.meaning;
    let near = ws[start.saturating_sub(DATE_CONTEXT)..start]
        .iter()
        .chain(ws[end + 1..].iter().take(DATE_CONTEXT));
    near.filter(|w| {
        !m.weekdays.contains(&w.lower)
            && !m.months.contains(&w.lower)
            && !w.lower.starts_with(|c: char| c.is_ascii_digit())
    })
    .map(|w| token_of(&w.lower, w.span, lex))
    .filter(|t| !t.stop)
    .map(|t| t.key)
    .collect()
}

/// The dates of a side: weekdays, and month-day pairs (`March 20`, `20
/// March`).
fn dates_of(side: &Side, lex: &Lexicon) -> Vec<Dated> {
    let ws = side.words();
    let day = |w: &Word| w.lower.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
    let mut out = Vec::new();
    let mut push = |text: String, start: usize, end: usize| {
        out.push(Dated {
            text,
            span: ws[start].span.cover(ws[end].span),
            context: date_context(ws, start, end, lex),
        });
    };
    for (i, w) in ws.iter().enumerate() {
        if lex.meaning.weekdays.contains(&w.lower) {
            push(w.lower.clone(), i, i);
        } else if lex.meaning.months.contains(&w.lower) {
            let month = w.lower.get(..3).unwrap_or(&w.lower).to_string();
            if let Some(d) = ws.get(i + 1).and_then(day) {
                push(format!("{month} {d}"), i, i + 1);
            } else if let Some(d) = i.checked_sub(1).and_then(|k| day(&ws[k])) {
                push(format!("{month} {d}"), i - 1, i);
            }
        }
    }
    out
}

/// A weekday or a date that differs, when both sides give one for the same
/// event: two dates are one date changed when the words around them share
/// a content word (`the ministry said Friday` → `the ministry said
/// Saturday`), or when one of them has none; `struck late on Friday`
/// against `said early Saturday` dates two events.
pub(super) fn date(a: &Side, b: &Side, lex: &Lexicon) -> Vec<Flag> {
    let da = a.dates.get_or_init(|| dates_of(a, lex));
    let db = b.dates.get_or_init(|| dates_of(b, lex));
    let weekday = |d: &Dated| !d.text.contains(' ');
    let same_event = |x: &Dated, y: &Dated| {
        x.context.is_empty()
            || y.context.is_empty()
            || x.context.iter().any(|c| y.context.contains(c))
    };
    let mut out = Vec::new();
    for same_kind in [true, false] {
        let xa: Vec<&Dated> = da.iter().filter(|d| weekday(d) == same_kind).collect();
        let xb: Vec<&Dated> = db.iter().filter(|d| weekday(d) == same_kind).collect();
        let la = xa.iter().filter(|d| !xb.iter().any(|e| e.text == d.text));
        let lb: Vec<&&Dated> = xb
            .iter()
            .filter(|d| !xa.iter().any(|e| e.text == d.text))
            .collect();
        let pair = la
            .into_iter()
            .find_map(|x| lb.iter().find(|y| same_event(x, y)).map(|y| (x, y)));
        if let Some((x, y)) = pair {
            out.push(Flag {
                kind: FlagKind::Date,
                old: x.span,
                new: y.span,
                detail: format!("{} → {}", a.slice(x.span), b.slice(y.span)),
            });
        }
    }
    out
}
