//! The `check` command: read suspects and sources (in parallel, with a
//! progress bar on a terminal), check, render, and exit 1 when a suspect is
//! over a limit.

use std::collections::HashSet;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use wirediff::check::{check, CheckOptions, Report};
use wirediff::error::{EXIT_DIFFERENT, EXIT_SAME};
use wirediff::provenance::cues::document_cues;
use wirediff::provenance::document::document_outlet;
use wirediff::provenance::Registry;
use wirediff::render::check_json::{self, CheckJson, Limits};
use wirediff::render::check_text;
use wirediff::{Document, Error, LoadOptions};

use crate::cli::{CheckArgs, CheckFormat, Cli, Format};
use crate::settings::{Env, Settings};
use crate::Failure;

/// From this many files, reading shows a progress bar (on a terminal).
const PROGRESS_FROM: usize = 200;

/// `wirediff check`.
pub fn run_check(cli: &Cli, args: &CheckArgs, env: &Env) -> Result<i32, Failure> {
    let format = match args.format {
        CheckFormat::Text => Format::Text,
        CheckFormat::Json | CheckFormat::Csv => Format::Json,
    };
    let settings = Settings::resolve(&cli.global, env, format);
    let load = LoadOptions {
        max_size: settings.max_size,
    };
    let suspects = wirediff::input::expand_paths(&args.suspects).map_err(Failure::Input)?;
    let sources = if args.all {
        suspects.clone()
    } else {
        wirediff::input::expand_paths(&args.against).map_err(Failure::Input)?
    };
    // One document per file, however its path is written (`./a.txt`,
    // `/abs/a.txt`): a suspect among the sources is not its own source.
    let suspect_ids: Vec<PathBuf> = suspects.par_iter().map(|p| identity(p)).collect();
    let source_ids: Vec<PathBuf> = sources.par_iter().map(|p| identity(p)).collect();
    let mut paths: Vec<String> = Vec::new();
    let mut ids: Vec<&PathBuf> = Vec::new();
    let mut seen: HashSet<&PathBuf> = HashSet::new();
    let named = suspects.iter().zip(&suspect_ids);
    for (p, id) in named.chain(sources.iter().zip(&source_ids)) {
        if seen.insert(id) {
            paths.push(p.clone());
            ids.push(id);
        }
    }
    let docs = read_all(&paths, &load)?;
    let suspect_set: HashSet<&PathBuf> = suspect_ids.iter().collect();
    let source_set: HashSet<&PathBuf> = source_ids.iter().collect();
    let is_suspect: Vec<bool> = ids.iter().map(|id| suspect_set.contains(id)).collect();
    let is_source: Vec<bool> = ids.iter().map(|id| source_set.contains(id)).collect();
    if is_source.iter().filter(|&&s| s).count() == 0 || (args.all && docs.len() < 2) {
        return Err(Failure::Input(Error::TooFewDocuments {
            paths: if args.all {
                &args.suspects
            } else {
                &args.against
            }
            .join(" "),
            found: if args.all { docs.len() } else { 0 },
            needed: if args.all { 2 } else { 1 },
        }));
    }
    let spinner = spinner(docs.len(), "checking");
    let opts = CheckOptions {
        min_similarity: args.min_similarity,
        min_passage: args.min_passage,
    };
    let reports = check(&docs, &is_suspect, &is_source, &opts);
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    let limits = Limits {
        max_reuse: args.max_reuse.map(wirediff::render::json::round),
        max_source: args.max_source.map(wirediff::render::json::round),
        min_passage: args.min_passage,
    };
    let code = if reports.iter().any(|r| limits.over(r)) {
        EXIT_DIFFERENT
    } else {
        EXIT_SAME
    };
    if args.quiet {
        return Ok(code);
    }
    let origins = origins(&docs, &reports);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        CheckFormat::Json => {
            check_json::write_check(&mut out, &CheckJson::new(&docs, &reports, limits, &origins))
        }
        CheckFormat::Csv => {
            check_json::write_csv(&mut out, &CheckJson::new(&docs, &reports, limits, &origins))
        }
        CheckFormat::Text => {
            let opts = check_text::CheckTextOptions {
                color: settings.color,
                width: settings.width,
            };
            check_text::write_check(&mut out, &docs, &reports, &limits, &origins, &opts)
        }
    }
    .and_then(|()| out.flush())
    .map_err(Failure::Output)?;
    Ok(code)
}

/// What identifies the file a path names: its canonical path when it has
/// one (`-` and unreadable paths stay as written; reading reports those).
fn identity(path: &str) -> PathBuf {
    if path == "-" {
        return PathBuf::from(path);
    }
    std::fs::canonicalize(path).unwrap_or_else(|_| PathBuf::from(path))
}

/// Read and segment `paths` in parallel; the first failing path (in order) is the error.
fn read_all(paths: &[String], load: &LoadOptions) -> Result<Vec<Document>, Failure> {
    let bar = progress(paths.len(), "reading");
    let results: Vec<wirediff::Result<Document>> = paths
        .par_iter()
        .map(|p| {
            let doc = wirediff::load_one(p, load);
            if let Some(b) = &bar {
                b.inc(1);
            }
            doc
        })
        .collect();
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    results
        .into_iter()
        .collect::<Result<_, _>>()
        .map_err(Failure::Input)
}

/// A spinner on stderr while `len` documents are checked, when stderr is a
/// terminal and the work is long.
fn spinner(len: usize, what: &str) -> Option<ProgressBar> {
    if len < PROGRESS_FROM || !io::stderr().is_terminal() {
        return None;
    }
    let spinner = ProgressBar::new_spinner();
    spinner.set_message(format!("{what} {len} documents"));
    spinner.enable_steady_tick(Duration::from_millis(120));
    Some(spinner)
}

/// A progress bar on stderr for `len` items, when stderr is a terminal and
/// the work is long.
fn progress(len: usize, what: &str) -> Option<ProgressBar> {
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

/// The outlet of each document that is a source in `reports`, when its
/// text tells (datelines, self-references; see `wirediff trace`).
fn origins(docs: &[Document], reports: &[Report]) -> Vec<Option<String>> {
    let registry = Registry::builtin();
    let mut wanted = vec![false; docs.len()];
    for r in reports {
        for s in &r.sources {
            wanted[s.source] = true;
        }
    }
    docs.par_iter()
        .zip(wanted)
        .map(|(doc, wanted)| {
            if !wanted {
                return None;
            }
            document_outlet(doc, &document_cues(doc, &registry))
                .map(|(o, _)| registry.outlets[o].id.clone())
        })
        .collect()
}
