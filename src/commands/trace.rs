//! `wirediff trace PATHS...` and `wirediff outlets`.

use std::path::Path;

use wirediff::render::{trace_json, trace_text, Style};
use wirediff::Registry;
use wirediff::{Document, Error, LoadOptions, TraceOptions, TraceReport};

use super::{emit, load_documents, Failure};
use crate::cli::{Cli, Format, OutletsArgs, TraceArgs};
use crate::settings::{Env, Settings};

/// Trace every sentence to the outlet that first reported it; exit 0.
pub(super) fn run(cli: &Cli, args: &TraceArgs, env: &Env) -> Result<i32, Failure> {
    let settings = Settings::resolve(&cli.global, env, args.format)?;
    let registry = registry(args.sources.outlets.as_deref(), &settings.load_options())?;
    let docs = load_documents(&args.paths, &settings, 2)?;
    let opts = TraceOptions {
        min_similarity: args.sources.min_similarity,
        labels: labels(&args.sources.label, &docs, &registry)?,
        focus: args
            .doc
            .as_deref()
            .map(|p| document_index(p, &docs))
            .transpose()?,
    };
    let report = TraceReport::new(docs, registry, &opts);
    let style = Style {
        verbose: args.verbose,
        ..settings.style()
    };
    emit(|out| match args.format {
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
    emit(|out| match args.format {
        Format::Json => trace_json::write_outlets(out, &registry, &style),
        Format::Text => trace_text::write_outlets(out, &registry, &style),
    })?;
    Ok(wirediff::error::EXIT_SAME)
}

/// The built-in registry, extended with `file` when given.
pub(super) fn registry(file: Option<&str>, load: &LoadOptions) -> Result<Registry, Failure> {
    let mut registry = Registry::builtin();
    if let Some(path) = file {
        let json = wirediff::input::read_text(path, load)?;
        registry
            .extend_from_json(&json)
            .map_err(|message| Error::BadOutlets {
                path: path.to_string(),
                message,
            })?;
    }
    Ok(registry)
}

/// `--label PATH=OUTLET` values as each document's outlet.
pub(super) fn labels(
    values: &[String],
    docs: &[Document],
    registry: &Registry,
) -> Result<Vec<Option<usize>>, Failure> {
    let mut out = vec![None; docs.len()];
    for value in values {
        let bad = |message: &str| Error::BadArgument {
            value: value.clone(),
            message: message.to_string(),
        };
        let (path, id) = value
            .rsplit_once('=')
            .ok_or_else(|| bad("a label is PATH=OUTLET"))?;
        let outlet = registry
            .find(id)
            .ok_or_else(|| bad("unknown outlet id (see `wirediff outlets`)"))?;
        out[document_index(path, docs)?] = Some(outlet);
    }
    Ok(out)
}

/// The index of the document read from `path`.
fn document_index(path: &str, docs: &[Document]) -> Result<usize, Failure> {
    docs.iter()
        .position(|d| d.path == path || Path::new(&d.path) == Path::new(path))
        .ok_or_else(|| {
            Failure::Input(Error::BadArgument {
                value: path.to_string(),
                message: "not one of the documents given".into(),
            })
        })
}
