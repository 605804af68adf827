//! `wirediff lineage PATHS...`.

use wirediff::render::{lineage_dot, lineage_json, lineage_text, Style};
use wirediff::{LineageOptions, LineageReport};

use super::progress::spinner;
use super::sources::{labels, meta, registry};
use super::{emit, load_documents, Failure};
use crate::cli::{Cli, Format, GraphFormat, LineageArgs};
use crate::settings::{Env, Settings};

/// Build and show which document derives from which; exit 0.
pub(super) fn run(cli: &Cli, args: &LineageArgs, env: &Env) -> Result<i32, Failure> {
    let format = match args.format {
        GraphFormat::Text => Format::Text,
        GraphFormat::Json | GraphFormat::Dot => Format::Json,
    };
    let settings = Settings::resolve(&cli.global, env, format)?;
    let registry = registry(args.sources.outlets.as_deref(), &settings.load_options())?;
    let (docs, skipped) = load_documents(&args.paths, &settings, 2)?;
    let opts = LineageOptions {
        min_similarity: args.sources.min_similarity,
        labels: labels(&args.sources.label, &docs, &registry)?,
        meta: meta(args.sources.meta.as_deref(), &docs, &registry, &settings)?,
    };
    let spinner = spinner(docs.len(), "comparing");
    let mut report = LineageReport::new(docs, registry, &opts);
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    report.skipped = skipped;
    let style = Style {
        verbose: args.verbose,
        ..settings.style()
    };
    emit(settings.pager.as_ref(), |out| match args.format {
        GraphFormat::Text => lineage_text::write(out, &report, &style),
        GraphFormat::Json => lineage_json::write(out, &report, &style),
        GraphFormat::Dot => lineage_dot::write(out, &report, &style),
    })?;
    Ok(wirediff::error::EXIT_SAME)
}
