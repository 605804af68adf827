//! Arguments plus environment (read once) → resolved settings: colour on or
//! off, output width, thresholds.

use std::io::IsTerminal;
use std::sync::Arc;

use wirediff::render::{Colors, Style};
use wirediff::{Error, Lexicon, LoadOptions};

use crate::cli::{ColorChoice, Format, GlobalArgs};

/// The environment variables wirediff reads, read once at start-up so tests
/// can fake them.
#[derive(Debug, Clone, Default)]
pub struct Env {
    /// `NO_COLOR`: when set and non-empty, no colour in `auto` mode.
    pub no_color: Option<String>,
    /// `CLICOLOR_FORCE`: when set, non-empty and not `0`, colour even when piped.
    pub clicolor_force: Option<String>,
    /// `TERM`: `dumb` means no colour; `…256color` means 256 colours.
    pub term: Option<String>,
    /// `COLORTERM`: `truecolor` or `24bit` means more than 16 colours.
    pub colorterm: Option<String>,
    /// `COLUMNS`: width fallback when stdout is not a terminal.
    pub columns: Option<String>,
    /// Is stdout a terminal?
    pub stdout_is_terminal: bool,
    /// The terminal's width, when stdout is one.
    pub terminal_width: Option<usize>,
    /// The terminal's height, when stdout is one.
    pub terminal_height: Option<usize>,
    /// `WIREDIFF_PAGER`, then `PAGER`: the pager for long output.
    pub pager: Option<String>,
}

impl Env {
    /// Read the real environment.
    pub fn read() -> Self {
        let var = |name| std::env::var(name).ok();
        let stdout_is_terminal = std::io::stdout().is_terminal();
        Env {
            no_color: var("NO_COLOR"),
            clicolor_force: var("CLICOLOR_FORCE"),
            term: var("TERM"),
            colorterm: var("COLORTERM"),
            columns: var("COLUMNS"),
            stdout_is_terminal,
            terminal_width: terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)),
            terminal_height: terminal_size::terminal_size().map(|(_, h)| usize::from(h.0)),
            pager: var("WIREDIFF_PAGER").or_else(|| var("PAGER")),
        }
    }
}

/// Decisions shared by every command.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Whether and how to colour the output.
    pub colors: Colors,
    /// Output width in columns.
    pub width: usize,
    /// Largest input accepted, in bytes.
    pub max_size: u64,
    /// Files of a directory that are not text are errors, not skipped.
    pub strict: bool,
    /// Directories are walked into their subdirectories.
    pub recursive: bool,
    /// The pager long output goes through, when it does.
    pub pager: Option<crate::commands::pager::Pager>,
    /// The language documents are read in.
    pub lexicon: Arc<Lexicon>,
}

/// Fallback width when nothing else says.
pub const DEFAULT_WIDTH: usize = 80;

impl Settings {
    /// Resolve the global arguments against the environment for `format`;
    /// an unknown language or a bad lexicon file is an error.
    pub fn resolve(args: &GlobalArgs, env: &Env, format: Format) -> Result<Self, Error> {
        Ok(Settings {
            colors: if format == Format::Text && use_color(args.color, env) {
                depth(env)
            } else {
                Colors::Off
            },
            width: args
                .width
                .map(usize::from)
                .or(env.terminal_width.filter(|_| env.stdout_is_terminal))
                .or_else(|| env.columns.as_deref().and_then(|c| c.trim().parse().ok()))
                .filter(|&w| w >= 20)
                .unwrap_or(DEFAULT_WIDTH),
            max_size: args.max_size,
            strict: args.strict,
            recursive: args.recursive,
            pager: crate::commands::pager::Pager::resolve(
                args.paging,
                env.stdout_is_terminal,
                env.pager.as_deref(),
                env.terminal_height,
            ),
            lexicon: lexicon(args)?,
        })
    }

    /// How documents are read.
    pub fn load_options(&self) -> LoadOptions {
        LoadOptions {
            max_size: self.max_size,
            lexicon: self.lexicon.clone(),
            recursive: self.recursive,
        }
    }

    /// How text output looks (a command sets its own view flags on it).
    pub fn style(&self) -> Style {
        Style {
            colors: self.colors,
            width: self.width,
            ..Style::default()
        }
    }
}

/// The lexicon `--lang` names, extended by the `--lexicon` file.
fn lexicon(args: &GlobalArgs) -> Result<Arc<Lexicon>, Error> {
    let Some(path) = args.lexicon.as_deref() else {
        return Lexicon::load(&args.lang, None);
    };
    let limits = LoadOptions {
        max_size: args.max_size,
        ..LoadOptions::default()
    };
    let text = wirediff::input::read_text(path, &limits)?;
    Lexicon::load(&args.lang, Some((path, &text)))
}

/// How many colours the terminal shows: 256 when `TERM` or `COLORTERM`
/// says so, else the 16 basic ones.
fn depth(env: &Env) -> Colors {
    let term = env.term.as_deref().unwrap_or("");
    let colorterm = env.colorterm.as_deref().unwrap_or("");
    if term.contains("256color") || matches!(colorterm, "truecolor" | "24bit") {
        Colors::Extended
    } else {
        Colors::Basic
    }
}

fn use_color(choice: ColorChoice, env: &Env) -> bool {
    let set = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.is_empty());
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if set(&env.no_color) => false,
        ColorChoice::Auto
            if set(&env.clicolor_force) && env.clicolor_force.as_deref() != Some("0") =>
        {
            true
        }
        ColorChoice::Auto => env.stdout_is_terminal && env.term.as_deref() != Some("dumb"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tty() -> Env {
        Env {
            stdout_is_terminal: true,
            term: Some("xterm-256color".into()),
            ..Env::default()
        }
    }

    #[test]
    fn auto_colours_only_a_terminal() {
        assert!(use_color(ColorChoice::Auto, &tty()));
        assert!(!use_color(ColorChoice::Auto, &Env::default()));
    }

    #[test]
    fn no_color_wins_over_clicolor_force_in_auto() {
        let mut env = tty();
        env.no_color = Some("1".into());
        env.clicolor_force = Some("1".into());
        assert!(!use_color(ColorChoice::Auto, &env));
        assert!(use_color(ColorChoice::Always, &env));
    }

    #[test]
    fn empty_no_color_is_ignored_and_clicolor_force_colours_a_pipe() {
        let env = Env {
            no_color: Some(String::new()),
            clicolor_force: Some("1".into()),
            ..Env::default()
        };
        assert!(use_color(ColorChoice::Auto, &env));
    }

    #[test]
    fn colour_depth_comes_from_term_or_colorterm() {
        assert_eq!(depth(&tty()), Colors::Extended);
        assert_eq!(depth(&Env::default()), Colors::Basic);
        let env = Env {
            term: Some("xterm".into()),
            colorterm: Some("truecolor".into()),
            ..Env::default()
        };
        assert_eq!(depth(&env), Colors::Extended);
    }

    #[test]
    fn dumb_terminal_has_no_colour() {
        let mut env = tty();
        env.term = Some("dumb".into());
        assert!(!use_color(ColorChoice::Auto, &env));
    }
}
