//! `wirediff diff OLD NEW`.

use wirediff::render::{diff_json, diff_text, Style};
use wirediff::{DiffOptions, DiffReport, Error, MAX_DIFF_ITEMS};

use super::progress::spin;
use super::{emit, fails, status, Failure};
use crate::cli::{Cli, DiffArgs, Format};
use crate::settings::{Env, Settings};

/// Bytes of the two inputs from which `diff` shows a spinner (about a
/// second of work).
const LARGE_DIFF: usize = 4_000_000;

/// Compare two documents; exit 1 when they differ.
pub(super) fn run(cli: &Cli, args: &DiffArgs, env: &Env) -> Result<i32, Failure> {
    let settings = Settings::resolve(&cli.global, env, args.format)?;
    if args.old == "-" && args.new == "-" {
        return Err(Failure::Input(Error::StdinTwice));
    }
    let load = settings.load_options();
    let old = wirediff::load_one(&args.old, &load)?;
    let new = wirediff::load_one(&args.new, &load)?;
    let opts = DiffOptions {
        min_similarity: args.min_similarity,
    };
    // Two large files take seconds: say so on a terminal.
    let bytes = old.text.len() + new.text.len();
    let spinner = spin(
        bytes >= LARGE_DIFF,
        format!("comparing {} MB", bytes / 1_000_000),
    );
    let report = DiffReport::new(old, new, &opts);
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    note_coarse(report.diff.summary.coarse);
    let style = Style {
        side_by_side: args.side_by_side,
        ..settings.style()
    };
    emit(settings.pager.as_ref(), |out| match args.format {
        Format::Json => diff_json::write(out, &report, &style),
        Format::Text => diff_text::write(out, &report, &style),
    })?;
    let flagged = report.diff.ops.iter().flat_map(|op| &op.flags);
    Ok(status(fails(&args.fail_on, flagged, !report.is_same())))
}

/// Say on stderr when some matched groups were too long to compare word by word.
fn note_coarse(n: usize) {
    if n == 0 {
        return;
    }
    let (groups, were) = if n == 1 {
        ("group", "was")
    } else {
        ("groups", "were")
    };
    eprintln!(
        "wirediff: note: {n} matched sentence {groups} {were} too long to compare word by \
         word (more than {MAX_DIFF_ITEMS} changed words and spaces); the changes are shown \
         as whole runs"
    );
}
