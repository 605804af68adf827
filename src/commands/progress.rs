//! Progress on stderr for long work, only when stderr is a terminal: a
//! bar while files are read, a spinner while documents are compared.

use std::io::{self, IsTerminal};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

/// Documents from which progress is shown.
const PROGRESS_FROM: usize = 200;

/// A spinner on stderr while `len` documents are worked on, when stderr is a
/// terminal and the work is long.
pub(super) fn spinner(len: usize, what: &str) -> Option<ProgressBar> {
    spin(len >= PROGRESS_FROM, format!("{what} {len} documents"))
}

/// A spinner on stderr saying `message`, when the work is `long` and stderr
/// is a terminal.
pub(super) fn spin(long: bool, message: String) -> Option<ProgressBar> {
    if !long || !io::stderr().is_terminal() {
        return None;
    }
    let spinner = ProgressBar::new_spinner();
    spinner.set_message(message);
    spinner.enable_steady_tick(Duration::from_millis(120));
    Some(spinner)
}

/// A progress bar on stderr for `len` items, when stderr is a terminal and
/// the work is long.
pub(super) fn progress(len: usize, what: &str) -> Option<ProgressBar> {
    if len < PROGRESS_FROM || !io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new(len as u64);
    let style = ProgressStyle::with_template("{msg} {bar:40} {pos}/{len} files ({elapsed})")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message(what.to_string());
    bar.enable_steady_tick(Duration::from_millis(200));
    Some(bar)
}
