//! The `trace` and `outlets` commands: load, align, trace, render.

use std::io::{self, BufWriter, Write};

use wirediff::error::EXIT_SAME;
use wirediff::provenance::{trace, Registry};
use wirediff::render::{trace_json, trace_text};
use wirediff::{AlignOptions, Document, Error, LoadOptions};

use crate::cli::{Cli, Format, OutletsArgs, TraceArgs};
use crate::settings::{Env, Settings};
use crate::Failure;

/// `wirediff trace`.
pub fn run_trace(cli: &Cli, args: &TraceArgs, env: &Env) -> Result<i32, Failure> {
    let settings = Settings::resolve(&cli.global, env, args.format);
    let load = LoadOptions {
        max_size: settings.max_size,
    };
    let registry = registry(args.outlets.as_deref(), &load)?;
    let docs = wirediff::load_all(&args.paths, &load).map_err(Failure::Input)?;
    if docs.len() < 2 {
        return Err(Failure::Input(Error::TooFewDocuments {
            paths: args.paths.join(" "),
            found: docs.len(),
            needed: 2,
        }));
    }
    let labels = labels(&args.label, &docs, &registry)?;
    let only = match &args.doc {
        Some(path) => vec![document_index(path, &docs)?],
        None => Vec::new(),
    };
    let alignment = wirediff::align(
        &docs,
        &AlignOptions {
            min_similarity: args.min_similarity,
        },
    );
    let traced = trace(&docs, &alignment, &registry, &labels);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        Format::Json => {
            trace_json::write_trace(&mut out, &docs, &traced, &registry, &alignment.words)
        }
        Format::Text => {
            let opts = trace_text::TraceTextOptions {
                color: settings.color,
                width: settings.width,
                verbose: args.verbose,
            };
            trace_text::write_trace(
                &mut out,
                &docs,
                &traced,
                &registry,
                &alignment.words,
                &only,
                &opts,
            )
        }
    }
    .and_then(|()| out.flush())
    .map_err(Failure::Output)?;
    Ok(EXIT_SAME)
}

/// `wirediff outlets`.
pub fn run_outlets(cli: &Cli, args: &OutletsArgs, env: &Env) -> Result<i32, Failure> {
    let settings = Settings::resolve(&cli.global, env, args.format);
    let load = LoadOptions {
        max_size: settings.max_size,
    };
    let registry = registry(args.outlets.as_deref(), &load)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        Format::Json => trace_json::write_outlets(&mut out, &registry),
        Format::Text => {
            let opts = trace_text::TraceTextOptions {
                color: settings.color,
                width: settings.width,
                verbose: false,
            };
            trace_text::write_outlets(&mut out, &registry, &opts)
        }
    }
    .and_then(|()| out.flush())
    .map_err(Failure::Output)?;
    Ok(EXIT_SAME)
}

/// The built-in registry, extended with `file` when given.
fn registry(file: Option<&str>, load: &LoadOptions) -> Result<Registry, Failure> {
    let mut registry = Registry::builtin();
    if let Some(path) = file {
        let json = wirediff::input::read_text(path, load).map_err(Failure::Input)?;
        registry.extend_from_json(&json).map_err(|message| {
            Failure::Input(Error::BadOutlets {
                path: path.to_string(),
                message,
            })
        })?;
    }
    Ok(registry)
}

/// `--label PATH=OUTLET` values as each document's outlet.
fn labels(
    values: &[String],
    docs: &[Document],
    registry: &Registry,
) -> Result<Vec<Option<usize>>, Failure> {
    let mut out = vec![None; docs.len()];
    for value in values {
        let bad = |message: &str| {
            Failure::Input(Error::BadArgument {
                value: value.clone(),
                message: message.to_string(),
            })
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
        .position(|d| d.path == path || std::path::Path::new(&d.path) == std::path::Path::new(path))
        .ok_or_else(|| {
            Failure::Input(Error::BadArgument {
                value: path.to_string(),
                message: "not one of the documents given".into(),
            })
        })
}
