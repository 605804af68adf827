//! Changes of meaning as text: one `!` line per flag under the sentence it
//! concerns, and a count per kind for the footer, in the alert style.

use std::io::{self, Write};

use super::terminal::write_hanging;
use super::{Paint, Piece, Style};
use crate::meaning::{Flag, FlagKind};

/// The reason line of `flag`, without its marker: `negation added: “not”`,
/// `number: 120 → 100`, `quote altered (2 words differ)`.
pub fn reason(flag: &Flag) -> String {
    let kind = flag.kind.name();
    let d = &flag.detail;
    if d.starts_with("added") || d.starts_with("removed") {
        format!("{kind} {d}")
    } else if flag.kind == FlagKind::Quote {
        d.clone()
    } else {
        format!("{kind}: {d}")
    }
}

/// Write one `! reason` line per flag, indented by `indent` columns.
pub fn write_flags(
    out: &mut impl Write,
    flags: &[Flag],
    indent: usize,
    opts: &Style,
) -> io::Result<()> {
    for f in flags {
        let prefix = format!("{}! ", " ".repeat(indent));
        let text = [Piece::new(&reason(f), Paint::Alert)];
        write_hanging(out, &prefix, Paint::Alert, &text, opts.colors, opts.width)?;
    }
    Ok(())
}

/// `2 negation · 1 number`: the flags counted by kind, for a footer; empty
/// when there are none.
pub fn counts<'f>(flags: impl Iterator<Item = &'f Flag>) -> Vec<Piece> {
    let mut n = [0usize; FlagKind::ALL.len()];
    for f in flags {
        if let Some(k) = FlagKind::ALL.iter().position(|&x| x == f.kind) {
            n[k] += 1;
        }
    }
    let mut line = Vec::new();
    for (k, kind) in FlagKind::ALL.iter().enumerate().filter(|(k, _)| n[*k] > 0) {
        line.push(Piece::raw(
            if line.is_empty() { "! " } else { " · " },
            Paint::Alert,
        ));
        line.push(Piece::raw(
            format!("{} {}", n[k], kind.name()),
            Paint::Alert,
        ));
    }
    line
}
