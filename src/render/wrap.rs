//! Display text: terminal-safe escaping and word wrapping by display columns.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use super::{Paint, Piece};

/// Make `text` safe and tidy for a terminal: runs of whitespace (line breaks
/// inside a sentence, tabs) become one space; control characters, escape
/// sequences and bidirectional overrides are shown escaped (`\x1b`, `\u{202e}`)
/// instead of reaching the terminal raw.
///
/// ```
/// assert_eq!(wirediff::render::wrap::display("a\n\tb\x1b[31m"), "a b\\x1b[31m");
/// ```
pub fn display(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{85}' {
            if !blank {
                out.push(' ');
            }
            blank = true;
            continue;
        }
        blank = false;
        if c.is_control() {
            let _ = write!(out, "\\x{:02x}", c as u32);
        } else if is_bidi_control(c) || c == '\u{feff}' {
            let _ = write!(out, "\\u{{{:04x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{61c}')
}

/// Display width of `text` in terminal columns.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Wrap styled pieces into lines of at most `width` columns, breaking at
/// spaces only (a word whose letters come in several pieces stays whole); a
/// word longer than a line is broken between characters.
pub fn wrap(pieces: &[Piece], width: usize) -> Vec<Vec<Piece>> {
    let width = width.max(8);
    let mut lines: Vec<Vec<Piece>> = vec![Vec::new()];
    let mut used = 0usize;
    for token in tokens(pieces) {
        let Token::Word(parts) = token else {
            if let (Token::Space(paint), Some(line)) =
                (token, lines.last_mut().filter(|_| used > 0 && used < width))
            {
                push(line, " ", paint);
                used += 1;
            }
            continue;
        };
        let w: usize = parts.iter().map(|(t, _)| self::width(t)).sum();
        if used > 0 && used + w > width {
            trim_end(lines.last_mut());
            lines.push(Vec::new());
            used = 0;
        }
        for (text, paint) in parts {
            for chunk in chunks(text, width) {
                let cw = self::width(chunk);
                if used > 0 && used + cw > width {
                    lines.push(Vec::new());
                    used = 0;
                }
                if let Some(line) = lines.last_mut() {
                    push(line, chunk, paint);
                }
                used += cw;
            }
        }
    }
    trim_end(lines.last_mut());
    lines
}

/// A space, or a word made of one or more styled parts with no space between.
enum Token<'a> {
    Space(Paint),
    Word(Vec<(&'a str, Paint)>),
}

fn tokens(pieces: &[Piece]) -> Vec<Token<'_>> {
    let mut out: Vec<Token> = Vec::new();
    for piece in pieces {
        for atom in atoms(&piece.text) {
            if atom == " " {
                out.push(Token::Space(piece.paint));
            } else if let Some(Token::Word(parts)) = out.last_mut() {
                parts.push((atom, piece.paint));
            } else {
                out.push(Token::Word(vec![(atom, piece.paint)]));
            }
        }
    }
    out
}

/// Words and single spaces.
fn atoms(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(' ')
        .flat_map(|w| match w.strip_suffix(' ') {
            Some(word) if !word.is_empty() => vec![word, " "],
            Some(_) => vec![" "],
            None => vec![w],
        })
}

/// `word` cut into pieces of at most `width` columns.
fn chunks(word: &str, width: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut used) = (0, 0);
    for (i, c) in word.char_indices() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + cw > width && i > start {
            out.push(&word[start..i]);
            start = i;
            used = 0;
        }
        used += cw;
    }
    out.push(&word[start..]);
    out
}

fn push(line: &mut Vec<Piece>, text: &str, paint: Paint) {
    match line.last_mut() {
        Some(last) if last.paint == paint => last.text.push_str(text),
        _ => line.push(Piece {
            text: text.to_string(),
            paint,
        }),
    }
}

fn trim_end(line: Option<&mut Vec<Piece>>) {
    let Some(line) = line else { return };
    while let Some(last) = line.last_mut() {
        let trimmed = last.text.trim_end_matches(' ').len();
        last.text.truncate(trimmed);
        if !last.text.is_empty() {
            break;
        }
        line.pop();
    }
}

/// Total display width of a line of pieces.
pub fn line_width(line: &[Piece]) -> usize {
    line.iter().map(|p| width(&p.text)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Vec<Piece>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.iter().map(|p| p.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn wraps_at_spaces_within_width() {
        let pieces = [Piece::new("the quick brown fox jumps over", Paint::Plain)];
        assert_eq!(
            plain(&wrap(&pieces, 10)),
            ["the quick", "brown fox", "jumps over"]
        );
    }

    #[test]
    fn words_split_across_pieces_stay_whole() {
        let pieces = [
            Piece::raw("aaaa bbbb", Paint::Plain),
            Piece::raw("word", Paint::Own),
            Piece::raw(",” next", Paint::Plain),
        ];
        assert_eq!(plain(&wrap(&pieces, 12)), ["aaaa", "bbbbword,”", "next"]);
    }

    #[test]
    fn long_words_are_cut() {
        let pieces = [Piece::new("abcdefghijklmnop", Paint::Plain)];
        assert_eq!(plain(&wrap(&pieces, 8)), ["abcdefgh", "ijklmnop"]);
    }

    #[test]
    fn wide_characters_count_double() {
        let pieces = [Piece::new("伊朗 伊朗 伊朗", Paint::Plain)];
        assert_eq!(plain(&wrap(&pieces, 9)), ["伊朗 伊朗", "伊朗"]);
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(display("a\u{7}b\u{202e}c\u{8}"), "a\\x07b\\u{202e}c\\x08");
        assert_eq!(display("  many   spaces\r\n"), " many spaces ");
    }
}
