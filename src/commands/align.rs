//! `wirediff align PATHS...`.

use wirediff::render::{align_json, align_text};
use wirediff::{AlignOptions, AlignReport};

use super::progress::spinner;
use super::{emit, fails, load_documents, status, Failure};
use crate::cli::{AlignArgs, Cli, Format};
use crate::settings::{Env, Settings};

/// Align documents into passages; exit 1 unless they are all the same.
pub(super) fn run(cli: &Cli, args: &AlignArgs, env: &Env) -> Result<i32, Failure> {
    let settings = Settings::resolve(&cli.global, env, args.format)?;
    let (docs, skipped) = load_documents(&args.paths, &settings, 2)?;
    let opts = AlignOptions {
        min_similarity: args.min_similarity,
        matrix: args.matrix && args.format == Format::Text,
    };
    let spinner = spinner(docs.len(), "aligning");
    let mut report = AlignReport::new(docs, &opts);
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    report.skipped = skipped;
    let style = wirediff::render::Style {
        all: args.all,
        ..settings.style()
    };
    emit(settings.pager.as_ref(), |out| {
        match (args.format, args.matrix) {
            (Format::Json, _) => align_json::write(out, &report, &style),
            (Format::Text, true) => align_text::write_matrix(out, &report, &style),
            (Format::Text, false) => align_text::write(out, &report, &style),
        }
    })?;
    let flagged = report
        .alignment
        .passages
        .iter()
        .flat_map(|p| p.flags.iter().map(|f| &f.1));
    Ok(status(fails(&args.fail_on, flagged, !report.is_same())))
}
