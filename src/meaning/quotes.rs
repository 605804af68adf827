//! Quotations: the words inside quotation marks are the speaker's, and two
//! versions of the same quotation must carry the same words.

use super::{words, Flag, FlagKind, Side, Word};
use crate::model::Document;
use crate::span::Span;

/// Least share of words two quotations share (Dice) to be versions of one.
const SAME_QUOTE: f32 = 0.5;

/// Does `span` of `doc` begin inside a quotation that an earlier sentence
/// of its paragraph left open (`“The elections are over,” he said. “We
/// call on all Indonesians… | We must come together…`, with no mark)?
pub(crate) fn starts_inside(doc: &Document, span: Span) -> bool {
    let before = &doc.text[..span.start];
    let paragraph = before.rfind('\n').map_or(0, |n| n + 1);
    quote_left_open(&before[paragraph..])
}

/// The spans (document coordinates, marks left out) of `text` at `span`
/// between matching quotation marks (`“…”`, or two straight `"`). A
/// quotation that runs on past the sentence (`“We call on all…` with no
/// closing mark) runs to its end; one that began in an earlier sentence
/// (`…are very big.”`, a closing mark first, or `inside`: see
/// [`starts_inside`]) from its start.
pub(super) fn regions(text: &str, span: Span, inside: bool) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<usize> = inside.then_some(0);
    let mut first_mark = true;
    let at_doc = |from: usize, to: usize| Span::new(span.start + from, span.start + to);
    for (at, c) in text.char_indices() {
        match (c, open) {
            // A quotation reopened after the one the sentence began in.
            ('“', Some(from)) if first_mark && at > from => {
                out.push(at_doc(from, at));
                open = Some(at + c.len_utf8());
            }
            ('“', _) => open = Some(at + c.len_utf8()),
            ('"', None) => open = Some(at + 1),
            ('”' | '"', Some(from)) => {
                out.push(at_doc(from, at));
                open = None;
            }
            ('”', None) if first_mark => out.push(at_doc(0, at)),
            _ => {}
        }
        if matches!(c, '“' | '”' | '"') {
            first_mark = false;
        }
    }
    if let Some(from) = open {
        out.push(at_doc(from, text.len()));
    }
    out
}

/// The quotations of a side with their words (see [`regions`]).
fn quotations(side: &Side) -> Vec<(Span, Vec<Word>)> {
    regions(side.text, side.span, side.inside)
        .into_iter()
        .map(|r| (r, words(side.slice(r), r.start)))
        .filter(|(_, ws)| !ws.is_empty())
        .collect()
}

/// Are two words the same word, up to a spelling variant (`neighbours`,
/// `neighbors`; `organise`, `organize`): equal, or of five letters or more
/// and one edit apart?
fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Byte lengths first: a character is one to four bytes.
    if a.len().abs_diff(b.len()) > 4 || a.len().min(b.len()) < 5 {
        return false;
    }
    let (nx, ny) = (a.chars().count(), b.chars().count());
    if nx.min(ny) < 5 || nx.abs_diff(ny) > 1 {
        return false;
    }
    let head = a.chars().zip(b.chars()).take_while(|(p, q)| p == q).count();
    let tail = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take(nx.min(ny) - head)
        .take_while(|(p, q)| p == q)
        .count();
    // One substitution, insertion or deletion leaves at most one letter
    // of each word outside the common head and tail.
    nx - head - tail <= 1 && ny - head - tail <= 1
}

fn dice(a: &[Word], b: &[Word]) -> f32 {
    let mut rest: Vec<&str> = b.iter().map(|w| w.lower.as_str()).collect();
    let mut shared = 0;
    for w in a {
        if let Some(k) = rest.iter().position(|x| same_word(x, &w.lower)) {
            rest.swap_remove(k);
            shared += 1;
        }
    }
    2.0 * shared as f32 / (a.len() + b.len()).max(1) as f32
}

/// Is `short` a run of consecutive words of `long` (a partial quotation)?
fn contained(short: &[Word], long: &[Word]) -> bool {
    short.is_empty()
        || long.windows(short.len()).any(|win| {
            win.iter()
                .zip(short)
                .all(|(x, y)| same_word(&x.lower, &y.lower))
        })
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
                .filter(|w| !wb.iter().any(|x| same_word(&x.lower, &w.lower)))
                .count()
                + wb.iter()
                    .filter(|w| !wa.iter().any(|x| same_word(&x.lower, &w.lower)))
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

/// Does `text` open a quotation it does not close: is its last quotation
/// mark an opening one (`“`, or a `"` at the start or after a space)?
/// Pages mix the two kinds (`said, “The … disposal."`), so marks are not
/// counted.
pub(crate) fn quote_left_open(text: &str) -> bool {
    let Some((at, mark)) = text
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, '“' | '”' | '"'))
    else {
        return false;
    };
    let before = text[..at].chars().next_back();
    let after = text[at + mark.len_utf8()..].chars().next();
    match mark {
        '“' => true,
        '"' => before.is_none_or(char::is_whitespace) && after.is_some(),
        _ => false,
    }
}
