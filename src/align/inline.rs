//! Word-level changes inside a matched group of sentences, computed with
//! `similar` (Patience) over word-boundary tokens, bounded by work
//! ([`super::bounded`]) so that the same input always gives the same changes.
//!
//! Tokens compare after folding quotes and whitespace, so `“` vs `"` or a
//! re-wrapped line is not a change. Each change is a run of one or more
//! tokens, given as byte spans: equal and inserted runs in NEW, deleted runs
//! in OLD. Within a stretch of changes all deletions come first, then all
//! insertions, so `the old way` → `a new way` reads `[-the old-]{+a new+} way`.

use similar::DiffOp;
use unicode_segmentation::UnicodeSegmentation;

use super::bounded::bounded_diff;
use crate::model::Span;
use crate::tokenize::fold_quotes;

/// What happened to a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordOp {
    /// Present in both.
    Equal,
    /// Only in NEW.
    Insert,
    /// Only in OLD.
    Delete,
}

impl WordOp {
    /// The name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            WordOp::Equal => "equal",
            WordOp::Insert => "insert",
            WordOp::Delete => "delete",
        }
    }
}

/// A run of words with one fate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordChange {
    /// Equal, insert or delete.
    pub op: WordOp,
    /// The run in OLD (`Equal` and `Delete`).
    pub old: Option<Span>,
    /// The run in NEW (`Equal` and `Insert`).
    pub new: Option<Span>,
}

/// The runs of `changes` that are not equal, as their span in OLD or in NEW
/// (what [`crate::meaning`] looks at for changes of meaning).
pub(crate) fn changed_runs(changes: &[WordChange]) -> Vec<(Option<Span>, Option<Span>)> {
    changes
        .iter()
        .filter(|w| w.op != WordOp::Equal)
        .map(|w| (w.old, w.new))
        .collect()
}

impl WordChange {
    /// The run's text: from NEW for `Equal` and `Insert`, from OLD for `Delete`.
    pub fn text<'a>(&self, old_text: &'a str, new_text: &'a str) -> &'a str {
        match (self.new, self.old) {
            (Some(span), _) => &new_text[span.range()],
            (None, Some(span)) => &old_text[span.range()],
            (None, None) => "",
        }
    }
}

/// Word-level changes turning `old_text[old]` into `new_text[new]`.
pub fn word_changes(old_text: &str, old: Span, new_text: &str, new: Span) -> Vec<WordChange> {
    compare_words(old_text, old, new_text, new).0
}

/// [`word_changes`], and whether the changed middle was too long to compare
/// word by word (then it is shown as whole runs deleted and inserted).
pub(crate) fn compare_words(
    old_text: &str,
    old: Span,
    new_text: &str,
    new: Span,
) -> (Vec<WordChange>, bool) {
    let old_toks = pieces(old_text, old);
    let new_toks = pieces(new_text, new);
    let old_keys: Vec<String> = old_toks.iter().map(|s| key(&old_text[s.range()])).collect();
    let new_keys: Vec<String> = new_toks.iter().map(|s| key(&new_text[s.range()])).collect();
    let (diff, coarse) = bounded_diff(&old_keys, &new_keys);
    let mut runs: Vec<WordChange> = Vec::new();
    for op in diff {
        let (_, old_range, new_range) = op.as_tag_tuple();
        match op {
            DiffOp::Equal { .. } => runs.push(WordChange {
                op: WordOp::Equal,
                old: cover(&old_toks[old_range]),
                new: cover(&new_toks[new_range]),
            }),
            _ => {
                if let Some(span) = cover(&old_toks[old_range]) {
                    runs.push(WordChange {
                        op: WordOp::Delete,
                        old: Some(span),
                        new: None,
                    });
                }
                if let Some(span) = cover(&new_toks[new_range]) {
                    runs.push(WordChange {
                        op: WordOp::Insert,
                        old: None,
                        new: Some(span),
                    });
                }
            }
        }
    }
    (group_changes(runs, new_text), coarse)
}

fn pieces(text: &str, span: Span) -> Vec<Span> {
    text[span.range()]
        .split_word_bound_indices()
        .map(|(i, w)| Span::new(span.start + i, span.start + i + w.len()))
        .collect()
}

fn key(piece: &str) -> String {
    if piece.chars().all(char::is_whitespace) {
        " ".into()
    } else {
        fold_quotes(piece).into_owned()
    }
}

fn cover(toks: &[Span]) -> Option<Span> {
    Some(toks.first()?.cover(*toks.last()?))
}

/// Fold whitespace-only equal runs between changes into the changes, and
/// within each stretch of changes put one deletion before one insertion.
fn group_changes(runs: Vec<WordChange>, new_text: &str) -> Vec<WordChange> {
    let is_blank = |r: &WordChange| {
        r.op == WordOp::Equal
            && r.new
                .is_some_and(|s| new_text[s.range()].chars().all(char::is_whitespace))
    };
    let mut out = Vec::new();
    let mut del: Option<Span> = None;
    let mut ins: Option<Span> = None;
    let flush = |out: &mut Vec<WordChange>, del: &mut Option<Span>, ins: &mut Option<Span>| {
        if let Some(span) = del.take() {
            out.push(WordChange {
                op: WordOp::Delete,
                old: Some(span),
                new: None,
            });
        }
        if let Some(span) = ins.take() {
            out.push(WordChange {
                op: WordOp::Insert,
                old: None,
                new: Some(span),
            });
        }
    };
    let widen = |acc: &mut Option<Span>, s: Option<Span>| {
        if let Some(s) = s {
            *acc = Some(acc.map_or(s, |a| a.cover(s)));
        }
    };
    for (i, run) in runs.iter().enumerate() {
        let inside = (del.is_some() || ins.is_some())
            && is_blank(run)
            && runs.get(i + 1).is_some_and(|r| r.op != WordOp::Equal);
        match run.op {
            WordOp::Delete => widen(&mut del, run.old),
            WordOp::Insert => widen(&mut ins, run.new),
            // A blank between changes joins them on both sides.
            WordOp::Equal if inside => {
                widen(&mut del, run.old);
                widen(&mut ins, run.new);
            }
            WordOp::Equal => {
                flush(&mut out, &mut del, &mut ins);
                out.push(*run);
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    merge_adjacent(out)
}

fn merge_adjacent(runs: Vec<WordChange>) -> Vec<WordChange> {
    let touches = |a: Option<Span>, b: Option<Span>| match (a, b) {
        (Some(a), Some(b)) => a.end == b.start,
        (None, None) => true,
        _ => false,
    };
    let mut out: Vec<WordChange> = Vec::with_capacity(runs.len());
    for run in runs {
        match out.last_mut() {
            Some(last)
                if last.op == run.op
                    && touches(last.old, run.old)
                    && touches(last.new, run.new) =>
            {
                last.old = last.old.zip(run.old).map(|(a, b)| a.cover(b));
                last.new = last.new.zip(run.new).map(|(a, b)| a.cover(b));
            }
            _ => out.push(run),
        }
    }
    out
}

#[cfg(test)]
mod example {
    #[test]
    fn word_changes_join_runs() {
        use crate::align::{inline::word_changes, WordOp};
        use crate::span::Span;
        let (a, b) = ("the old way", "a new way");
        let changes = word_changes(a, Span::new(0, a.len()), b, Span::new(0, b.len()));
        let ops: Vec<(WordOp, &str)> = changes.iter().map(|c| (c.op, c.text(a, b))).collect();
        assert_eq!(
            ops,
            [
                (WordOp::Delete, "the old"),
                (WordOp::Insert, "a new"),
                (WordOp::Equal, " way")
            ]
        );
    }
}
