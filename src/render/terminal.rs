//! Painting text for people: the only place that knows about colour.
//!
//! Renderers build [`Piece`]s with semantic [`Paint`]s; this file maps each
//! paint to a terminal style and writes rows: plain wrapped lines and rows
//! with a hanging indent under a painted prefix.

use std::io::{self, Write};

use owo_colors::{OwoColorize, Style};

use super::wrap::{width, wrap};
use super::{Paint, Piece};

fn style(paint: Paint) -> Style {
    let s = Style::new();
    match paint {
        Paint::Plain => s,
        Paint::Dim => s.dimmed(),
        Paint::Bold => s.bold(),
        Paint::Added => s.green(),
        Paint::Dropped => s.red(),
        Paint::Reworded => s.yellow(),
        Paint::Moved | Paint::Partial => s.cyan(),
        Paint::Inserted => s.yellow().bold().underline(),
        Paint::Deleted => s.red().strikethrough(),
        Paint::Own => s.yellow().bold(),
        Paint::Minority => s.cyan(),
        Paint::Origin(k) => match k % Paint::PALETTE {
            0 => s.blue(),
            1 => s.magenta(),
            2 => s.cyan(),
            3 => s.green(),
            4 => s.yellow(),
            _ => s.red(),
        },
    }
}

/// Write `pieces` with their styles (or plainly when `color` is off).
pub(crate) fn paint_line(out: &mut impl Write, pieces: &[Piece], color: bool) -> io::Result<()> {
    for p in pieces {
        if color && p.paint != Paint::Plain {
            write!(out, "{}", p.text.style(style(p.paint)))?;
        } else {
            out.write_all(p.text.as_bytes())?;
        }
    }
    Ok(())
}

/// 1-based sentence numbers of a group: `7`, `7-8`.
pub(crate) fn numbers(indexes: &[usize]) -> String {
    match indexes {
        [] => String::new(),
        [one] => (one + 1).to_string(),
        [first, .., last] => format!("{}-{}", first + 1, last + 1),
    }
}

/// A row of at most `width` columns: `prefix` (painted), then `text`
/// wrapped with a hanging indent under it.
pub(crate) fn write_hanging(
    out: &mut impl Write,
    prefix: &str,
    paint: Paint,
    text: &[Piece],
    color: bool,
    width: usize,
) -> io::Result<()> {
    let indent = self::width(prefix);
    let text_width = width.saturating_sub(indent).max(20);
    for (n, line) in wrap(text, text_width).iter().enumerate() {
        if n == 0 {
            paint_line(out, &[Piece::raw(prefix, paint)], color)?;
        } else {
            write!(out, "{:indent$}", "")?;
        }
        paint_line(out, line, color)?;
        writeln!(out)?;
    }
    Ok(())
}

/// `pieces` wrapped to `width` columns, each line painted.
pub(crate) fn write_wrapped(
    out: &mut impl Write,
    pieces: &[Piece],
    color: bool,
    width: usize,
) -> io::Result<()> {
    for line in wrap(pieces, width) {
        paint_line(out, &line, color)?;
        writeln!(out)?;
    }
    Ok(())
}
