//! `wirediff trace PATHS...` and `wirediff outlets`.

use wirediff::render::{trace_json, trace_text, Style};
use wirediff::{TraceOptions, TraceReport};

use super::progress::spinner;
use super::sources::{document_index, labels, meta, registry};
use super::{emit, load_documents, Failure};
use crate::cli::{Cli, Format, OutletsArgs, TraceArgs};
use crate::settings::{Env, Settings};

/// Trace every sentence to the outlet that first reported it; exit 0.
pub(super) fn run(cli: &Cli, args: &TraceArgs, env: &Env) -> Result<i32, Failure> {
    let settings = Settings::resolve(&cli.global, env, args.format)?;
    let registry = registry(args.sources.outlets.as_deref(), &settings.load_options())?;
    let (docs, skipped) = load_documents(&args.paths, &settings, 2)?;
    let opts = TraceOptions {
        min_similarity: args.sources.min_similarity,
        labels: labels(&args.sources.label, &docs, &registry)?,
        meta: meta(args.sources.meta.as_deref(), &docs, &registry, &settings)?,
        focus: args
            .doc
            .as_deref()
            .map(|p| document_index(p, &docs))
            .transpose()?,
    };
    let spinner = spinner(docs.len(), "tracing");
    let mut report = TraceReport::new(docs, registry, &opts);
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    report.skipped = skipped;
    let style = Style {
        verbose: args.verbose,
        ..settings.style()
    };
    emit(settings.pager.as_ref(), |out| match args.format {
        Format::Json => trace_json::write(out, &report, &style),
        Format::Text => trace_text::write(out, &report, &style),
    })?;
    Ok(wirediff::error::EXIT_SAME)
}

/// List the outlets wirediff knows; exit 0.
pub(super) fn run_outlets(cli: &Cli, args: &OutletsArgs, env: &Env) -> Result<i32, Failure> {
    let settings = Settings::resolve(&cli.global, env, args.format)?;
    let registry = registry(args.outlets.as_deref(), &settings.load_options())?;
    let style = settings.style();
    emit(settings.pager.as_ref(), |out| match args.format {
        Format::Json => trace_json::write_outlets(out, &registry, &style),
        Format::Text => trace_text::write_outlets(out, &registry, &style),
    })?;
    Ok(wirediff::error::EXIT_SAME)
}
