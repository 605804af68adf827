//! Painting text for people: the only place that knows about colour.
//!
//! Renderers build [`Piece`]s with semantic [`Paint`]s; this file maps each
//! paint to a terminal style and writes rows: plain wrapped lines and rows
//! with a hanging indent under a painted prefix.

use std::io::{self, Write};

use owo_colors::{AnsiColors, OwoColorize, Style as Ansi, XtermColors};

use super::wrap::{width, wrap};
use super::{Colors, Paint, Piece};

/// Swatches in the 256-colour palette: oranges, browns, blues, purples,
/// magentas and pinks far from the added (green), dropped (red), reworded
/// (yellow) and moved (cyan) colours, readable on dark and light
/// backgrounds, the first 48 each as far as can be from the ones before
/// it, the rest (for a grown registry) nearer their neighbours.
const EXTENDED: [u8; 96] = [
    201, 214, 110, 197, 27, 137, 212, 202, 61, 199, 130, 134, 132, 183, 33, 215, 129, 218, 32, 207,
    62, 198, 133, 135, 213, 208, 111, 216, 211, 128, 200, 172, 205, 179, 161, 166, 141, 162, 206,
    163, 104, 67, 180, 176, 173, 164, 153, 175, 69, 75, 63, 68, 99, 98, 105, 103, 140, 139, 138,
    136, 131, 127, 126, 125, 171, 170, 169, 168, 167, 177, 178, 181, 182, 174, 203, 204, 209, 210,
    217, 219, 93, 92, 91, 90, 97, 96, 95, 94, 57, 56, 55, 54, 26, 25, 21, 20,
];
/// Swatches with the 16 basic colours: few are left once the change
/// colours are taken, so outlets share them.
const BASIC: [AnsiColors; 4] = [
    AnsiColors::Blue,
    AnsiColors::Magenta,
    AnsiColors::BrightBlue,
    AnsiColors::BrightMagenta,
];

fn style(paint: Paint, colors: Colors) -> Ansi {
    let s = Ansi::new();
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
        Paint::Alert => s.bold().reversed(),
        Paint::Swatch(n) if colors == Colors::Extended => {
            s.color(XtermColors::from(EXTENDED[n % EXTENDED.len()]))
        }
        Paint::Swatch(n) => s.color(BASIC[n % BASIC.len()]),
    }
}

/// Write `pieces` with their styles (or plainly when `colors` is off).
pub(crate) fn paint_line(out: &mut impl Write, pieces: &[Piece], colors: Colors) -> io::Result<()> {
    for p in pieces {
        if colors.on() && p.paint != Paint::Plain {
            write!(out, "{}", p.text.style(style(p.paint, colors)))?;
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
    colors: Colors,
    width: usize,
) -> io::Result<()> {
    let indent = self::width(prefix);
    let text_width = width.saturating_sub(indent).max(20);
    for (n, line) in wrap(text, text_width).iter().enumerate() {
        if n == 0 {
            paint_line(out, &[Piece::raw(prefix, paint)], colors)?;
        } else {
            write!(out, "{:indent$}", "")?;
        }
        paint_line(out, line, colors)?;
        writeln!(out)?;
    }
    Ok(())
}

/// `pieces` wrapped to `width` columns, each line painted.
pub(crate) fn write_wrapped(
    out: &mut impl Write,
    pieces: &[Piece],
    colors: Colors,
    width: usize,
) -> io::Result<()> {
    for line in wrap(pieces, width) {
        paint_line(out, &line, colors)?;
        writeln!(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_outlet_has_its_own_extended_colour() {
        let mut seen = std::collections::HashSet::new();
        assert!(EXTENDED.iter().all(|c| seen.insert(c)));
        let outlets = crate::provenance::Registry::builtin().outlets.len();
        assert!(outlets <= EXTENDED.len(), "{outlets} outlets");
    }

    #[test]
    fn swatches_never_take_a_change_colour() {
        let changes = [
            Paint::Added,
            Paint::Dropped,
            Paint::Reworded,
            Paint::Moved,
            Paint::Minority,
        ];
        for colors in [Colors::Basic, Colors::Extended] {
            for n in 0..EXTENDED.len() {
                for c in changes {
                    assert_ne!(style(Paint::Swatch(n), colors), style(c, colors));
                }
            }
        }
    }
}
