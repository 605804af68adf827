//! Renderers: each formats one finished report (`crate::report`) and
//! computes nothing. One file per command and format, each with one entry
//! point, `write(out, &report, &style)`: `diff_text`, `diff_json`,
//! `align_text` (and its `write_matrix` view), `align_json`, `trace_text`,
//! `trace_json`, `check_text`, `check_json`, `check_csv`,
//! `lineage_text`, `lineage_json`, `lineage_dot`. A new
//! format is one new file per command.
//!
//! The library below this module knows nothing of colour or terminals;
//! [`terminal`] is the only user of `owo-colors`: the text renderers build
//! [`Piece`]s with semantic [`Paint`]s and paint them through it.

pub mod align_json;
pub mod align_text;
pub mod check_csv;
pub mod check_json;
pub mod check_text;
pub mod diff_json;
pub mod diff_text;
pub mod flag_text;
pub mod json;
pub mod lineage_dot;
pub mod lineage_json;
pub mod lineage_text;
pub mod terminal;
pub mod trace_json;
pub mod trace_text;
pub mod wrap;

/// Whether and how output is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Colors {
    /// No colour or style escapes at all.
    Off,
    /// The 16 basic ANSI colours (outlets share four colours).
    Basic,
    /// The 256-colour palette (each of up to 48 outlets its own colour).
    Extended,
}

impl Colors {
    /// Is any colour or style written?
    pub fn on(self) -> bool {
        self != Colors::Off
    }
}

/// How text output looks, decided once from the flags and the
/// environment; JSON and CSV renderers ignore it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Whether and how output is coloured.
    pub colors: Colors,
    /// Width of the output in display columns.
    pub width: usize,
    /// Show evidence under each sentence (`trace -v`).
    pub verbose: bool,
    /// Show OLD and NEW in two columns (`diff -y`).
    pub side_by_side: bool,
    /// Show everything in full however many documents (`align --all`).
    pub all: bool,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            colors: Colors::Off,
            width: 80,
            verbose: false,
            side_by_side: false,
            all: false,
        }
    }
}

/// Semantic styles of text pieces; [`terminal`] maps them to colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Paint {
    /// Ordinary text.
    Plain,
    /// Secondary text (numbers, headers' details).
    Dim,
    /// Headers.
    Bold,
    /// A sentence only NEW has.
    Added,
    /// A sentence only OLD has.
    Dropped,
    /// The marker of a reworded, split or merged sentence.
    Reworded,
    /// The marker of a moved sentence.
    Moved,
    /// The marker of a partial witness (it carries this content and more).
    Partial,
    /// Words only NEW has, inside a matched sentence.
    Inserted,
    /// Words only OLD has, inside a matched sentence.
    Deleted,
    /// Words only one witness of a passage has.
    Own,
    /// Words some witnesses of a passage have, but not most.
    Minority,
    /// A change of meaning (`! negation added`): set apart from every
    /// change colour.
    Alert,
    /// The `n`-th colour of the palette that tells things apart: an
    /// outlet's number in the registry (so each outlet keeps its colour
    /// everywhere), a source's rank. Never the added, dropped, reworded or
    /// moved colours.
    Swatch(usize),
}

/// `1 sentence`, `3 sentences`.
pub(crate) fn plural(k: usize, one: &str, many: &str) -> String {
    format!("{k} {}", if k == 1 { one } else { many })
}

/// `#3` or `#3-4`: 1-based numbers of a witness's or passage's sentences.
pub(crate) fn sentence_numbers(sentences: &[usize]) -> String {
    format!("#{}", terminal::numbers(sentences))
}

/// A run of display text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The text, already made safe for a terminal (see [`wrap::display`]).
    pub text: String,
    /// How it is painted.
    pub paint: Paint,
}

impl Piece {
    /// A piece of wirediff's own text (labels, padding), shown as it is.
    pub fn raw(text: impl Into<String>, paint: Paint) -> Self {
        Piece {
            text: text.into(),
            paint,
        }
    }

    /// A piece of input text, made safe for display.
    pub fn new(text: &str, paint: Paint) -> Self {
        Piece {
            text: wrap::display(text),
            paint,
        }
    }
}
