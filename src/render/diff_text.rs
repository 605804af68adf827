//! Text output of `wirediff diff`, for people.
//!
//! A diff is shown one row per op: a marker (`=` equal, `~` reworded, split or
//! merged, `>` moved, a split or merge that moved too, `+` added, `-`
//! dropped), the OLD and NEW sentence
//! numbers (1-based), and the text wrapped to the width. Inside matched
//! sentences, changed words are highlighted; without colour they are marked
//! the `wdiff` way, `[-deleted-]` and `{+inserted+}`. A change of meaning
//! gets a `!` line under its row (`! negation added: “not”`), and the
//! footer counts them by kind.

use std::io::{self, Write};

use super::flag_text::{self, write_flags};
use super::terminal::{numbers, paint_line, write_hanging};
use super::wrap::{line_width, wrap};
use super::{plural, Colors, Paint, Piece, Style};
use crate::align::{Diff, Op, OpKind, WordOp};
use crate::model::Document;
use crate::report::DiffReport;

/// The mark of an op: a split or merge that also moved shows as moved.
fn marker(op: &Op) -> (&'static str, Paint) {
    if op.moved {
        return (">", Paint::Moved);
    }
    match op.kind {
        OpKind::Equal => ("=", Paint::Dim),
        OpKind::Reworded | OpKind::Split | OpKind::Merged => ("~", Paint::Reworded),
        OpKind::Moved => (">", Paint::Moved),
        OpKind::Added => ("+", Paint::Added),
        OpKind::Dropped => ("-", Paint::Dropped),
    }
}

/// Which side of a diff a row's text shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    /// OLD's text, with its deleted words.
    Old,
    /// NEW's text, with its inserted words.
    New,
    /// NEW's text with OLD's deleted words shown inline.
    Both,
}

/// The text of one side of an op, as styled pieces.
fn side_pieces(op: &Op, side: Side, old: &Document, new: &Document, colors: Colors) -> Vec<Piece> {
    let (doc, indexes) = match side {
        Side::Old => (old, &op.old),
        Side::New | Side::Both => (new, &op.new),
    };
    let whole = match op.kind {
        OpKind::Added => Paint::Added,
        OpKind::Dropped => Paint::Dropped,
        _ => Paint::Plain,
    };
    if op.words.is_empty() {
        let (Some(first), Some(last)) = (indexes.first(), indexes.last()) else {
            return Vec::new();
        };
        let span = doc.sentences[*first].span.cover(doc.sentences[*last].span);
        return vec![Piece::new(doc.slice(span), whole)];
    }
    let mut pieces = Vec::new();
    for w in &op.words {
        let text = w.text(&old.text, &new.text);
        let blank = text.trim().is_empty();
        let (paint, open, close) = match w.op {
            WordOp::Equal => (Paint::Plain, "", ""),
            // A change of spacing alone is not worth marking.
            WordOp::Delete if blank => continue,
            WordOp::Insert if blank => (Paint::Plain, "", ""),
            WordOp::Insert if side == Side::Old => continue,
            WordOp::Delete if side == Side::New => continue,
            WordOp::Insert => (Paint::Inserted, "{+", "+}"),
            WordOp::Delete => (Paint::Deleted, "[-", "-]"),
        };
        if colors.on() {
            pieces.push(Piece::new(text, paint));
        } else {
            pieces.push(Piece::new(&format!("{open}{}{close}", text.trim()), paint));
            pad_around(&mut pieces, text);
        }
    }
    pieces
}

/// `[-a-]` markers go inside the run's surrounding spaces, which stay plain.
fn pad_around(pieces: &mut [Piece], raw: &str) {
    let Some(last) = pieces.last_mut() else {
        return;
    };
    if raw.starts_with(char::is_whitespace) {
        last.text.insert(0, ' ');
    }
    if raw.ends_with(char::is_whitespace) {
        last.text.push(' ');
    }
}

/// Write a two-document diff as text.
pub fn write(out: &mut impl Write, report: &DiffReport, opts: &Style) -> io::Result<()> {
    let (old, new, diff) = (&report.old, &report.new, &report.diff);
    write_header(out, old, new, opts)?;
    let old_w = numbers_width(diff, Side::Old);
    let new_w = numbers_width(diff, Side::New);
    // Side by side only when each column gets room; never wider than asked.
    let column = side_column(opts.width, old_w, new_w);
    for op in &diff.ops {
        if opts.side_by_side && column >= MIN_COLUMN {
            write_two_columns(out, op, old, new, opts, (old_w, new_w))?;
            write_flags(out, &op.flags, 2, opts)?;
        } else {
            write_row(out, op, old, new, opts, (old_w, new_w))?;
            write_flags(out, &op.flags, old_w + new_w + 5, opts)?;
        }
    }
    write_footer(out, diff, opts)
}

/// Least width of a side-by-side column; narrower, the diff is shown in one.
const MIN_COLUMN: usize = 12;

/// Width of each column side by side: a mark, the two sentence numbers,
/// the bar and the spaces take the rest.
fn side_column(width: usize, old_w: usize, new_w: usize) -> usize {
    width.saturating_sub(7 + old_w + new_w) / 2
}

fn numbers_width(diff: &Diff, side: Side) -> usize {
    diff.ops
        .iter()
        .map(|op| numbers(if side == Side::Old { &op.old } else { &op.new }).len())
        .max()
        .unwrap_or(1)
        .max(1)
}

fn write_header(
    out: &mut impl Write,
    old: &Document,
    new: &Document,
    opts: &Style,
) -> io::Result<()> {
    for (sign, doc) in [("---", old), ("+++", new)] {
        let line = [
            Piece::new(&format!("{sign} {}", doc.path), Paint::Bold),
            Piece::raw(
                format!(
                    "  ({})",
                    plural(doc.sentences.len(), "sentence", "sentences")
                ),
                Paint::Dim,
            ),
        ];
        for l in wrap(&line, opts.width) {
            paint_line(out, &l, opts.colors)?;
            writeln!(out)?;
        }
    }
    writeln!(out)
}

fn write_row(
    out: &mut impl Write,
    op: &Op,
    old: &Document,
    new: &Document,
    opts: &Style,
    (old_w, new_w): (usize, usize),
) -> io::Result<()> {
    let (mark, mark_paint) = marker(op);
    let prefix = format!(
        "{mark} {:>old_w$} {:>new_w$}  ",
        numbers(&op.old),
        numbers(&op.new)
    );
    let side = if op.kind == OpKind::Dropped {
        Side::Old
    } else {
        Side::Both
    };
    let pieces = side_pieces(op, side, old, new, opts.colors);
    write_hanging(out, &prefix, mark_paint, &pieces, opts.colors, opts.width)
}

fn write_two_columns(
    out: &mut impl Write,
    op: &Op,
    old: &Document,
    new: &Document,
    opts: &Style,
    (old_w, new_w): (usize, usize),
) -> io::Result<()> {
    let (mark, mark_paint) = marker(op);
    let column = side_column(opts.width, old_w, new_w);
    let left = wrap(&side_pieces(op, Side::Old, old, new, opts.colors), column);
    let right = wrap(&side_pieces(op, Side::New, old, new, opts.colors), column);
    let (old_n, new_n) = (numbers(&op.old), numbers(&op.new));
    for n in 0..left.len().max(right.len()) {
        let first = n == 0;
        let label = |s: &str, w: usize| {
            if first {
                format!("{s:>w$}")
            } else {
                " ".repeat(w)
            }
        };
        let lead = format!(
            "{} {} ",
            if first { mark } else { " " },
            label(&old_n, old_w)
        );
        paint_line(out, &[Piece::raw(lead, mark_paint)], opts.colors)?;
        let l = left.get(n).map(Vec::as_slice).unwrap_or(&[]);
        paint_line(out, l, opts.colors)?;
        write!(
            out,
            "{:pad$} │ ",
            "",
            pad = column.saturating_sub(line_width(l))
        )?;
        paint_line(
            out,
            &[Piece::raw(label(&new_n, new_w), mark_paint)],
            opts.colors,
        )?;
        let r = right.get(n).map(Vec::as_slice).unwrap_or(&[]);
        if !r.is_empty() {
            write!(out, " ")?;
            paint_line(out, r, opts.colors)?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn write_footer(out: &mut impl Write, diff: &Diff, opts: &Style) -> io::Result<()> {
    let s = &diff.summary;
    let counts = [
        (s.equal, "equal", Paint::Dim),
        (s.reworded, "reworded", Paint::Reworded),
        (s.moved, "moved", Paint::Moved),
        (s.split, "split", Paint::Reworded),
        (s.merged, "merged", Paint::Reworded),
        (s.added, "added", Paint::Added),
        (s.dropped, "dropped", Paint::Dropped),
    ];
    let mut line = Vec::new();
    for (n, name, paint) in counts.into_iter().filter(|c| c.0 > 0 || c.1 == "equal") {
        if !line.is_empty() {
            line.push(Piece::raw(" · ", Paint::Dim));
        }
        line.push(Piece::raw(format!("{n} {name}"), paint));
    }
    line.push(Piece::new(
        &format!(
            "  —  {:.0}% of NEW's words derive from OLD ({:.0}% word for word)",
            s.derived_share * 100.0,
            s.verbatim_share * 100.0
        ),
        Paint::Plain,
    ));
    writeln!(out)?;
    for l in wrap(&line, opts.width) {
        paint_line(out, &l, opts.colors)?;
        writeln!(out)?;
    }
    let flags = flag_text::counts(diff.ops.iter().flat_map(|op| &op.flags));
    for l in wrap(&flags, opts.width) {
        paint_line(out, &l, opts.colors)?;
        writeln!(out)?;
    }
    Ok(())
}
