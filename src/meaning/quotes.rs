//! Quotations: the words inside quotation marks are the speaker's, and two
//! versions of the same quotation must carry the same words.

use super::{words, Flag, FlagKind, Side, Word};
use crate::span::Span;

/// Least share of words two quotations share (Dice) to be versions of one.
const SAME_QUOTE: f32 = 0.5;

/// The quotations of a side: the spans between matching marks (`“…”`, or
/// two straight `"`), with their words.
fn quotations(side: &Side) -> Vec<(Span, Vec<Word>)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (at, c) in side.text.char_indices() {
        match (c, open) {
            ('“', _) => open = Some(at + c.len_utf8()),
            ('"', None) => open = Some(at + 1),
            ('”' | '"', Some(from)) => {
                let span = Span::new(side.span.start + from, side.span.start + at);
                let ws = words(&side.text[from..at], span.start);
                if !ws.is_empty() {
                    out.push((span, ws));
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

fn dice(a: &[Word], b: &[Word]) -> f32 {
    let mut rest: Vec<&str> = b.iter().map(|w| w.lower.as_str()).collect();
    let mut shared = 0;
    for w in a {
        if let Some(k) = rest.iter().position(|x| *x == w.lower) {
            rest.swap_remove(k);
            shared += 1;
        }
    }
    2.0 * shared as f32 / (a.len() + b.len()).max(1) as f32
}

/// Is `short` a run of consecutive words of `long` (a partial quotation)?
fn contained(short: &[Word], long: &[Word]) -> bool {
    short.is_empty()
        || long
            .windows(short.len())
            .any(|win| win.iter().zip(short).all(|(x, y)| x.lower == y.lower))
}

/// Two versions of one quotation whose words differ (not one quoting part
/// of the other).
pub(super) fn altered(a: &Side, b: &Side) -> Vec<Flag> {
    let (qa, qb) = (quotations(a), quotations(b));
    let mut out = Vec::new();
    for (sa, wa) in &qa {
        let best = qb
            .iter()
            .map(|(sb, wb)| (sb, wb, dice(wa, wb)))
            .max_by(|x, y| x.2.total_cmp(&y.2));
        let Some((sb, wb, d)) = best else { continue };
        let (short, long) = if wa.len() <= wb.len() {
            (wa, wb)
        } else {
            (wb, wa)
        };
        if d >= SAME_QUOTE && !contained(short, long) {
            let changed = wa
                .iter()
                .filter(|w| !wb.iter().any(|x| x.lower == w.lower))
                .count()
                + wb.iter()
                    .filter(|w| !wa.iter().any(|x| x.lower == w.lower))
                    .count();
            out.push(Flag {
                kind: FlagKind::Quote,
                old: *sa,
                new: *sb,
                detail: format!("quote altered ({changed} words differ)"),
            });
        }
    }
    out
}
