//! `wirediff check SUSPECTS... --against SOURCES...`: read suspects and
//! sources (in parallel, with progress on a terminal), check, render, and
//! exit 1 when a suspect is over a limit.

use std::collections::HashSet;
use std::path::PathBuf;

use rayon::prelude::*;

use wirediff::input::Skipped;
use wirediff::render::{check_csv, check_json, check_text};
use wirediff::report::round;
use wirediff::Registry;
use wirediff::{CheckOptions, CheckReport, Document, Error, Limits, LoadOptions, Roles};

use super::progress::{progress, spinner};
use super::{emit, fails, status, Failure};
use crate::cli::{CheckArgs, CheckFormat, Cli, Format};
use crate::settings::{Env, Settings};

/// Check suspects against sources; exit 1 when one is over a limit.
pub(super) fn run(cli: &Cli, args: &CheckArgs, env: &Env) -> Result<i32, Failure> {
    let format = match args.format {
        CheckFormat::Text => Format::Text,
        CheckFormat::Json | CheckFormat::Csv => Format::Json,
    };
    let settings = Settings::resolve(&cli.global, env, format)?;
    let (paths, listed, roles, mut skipped) = roles(args, settings.recursive)?;
    // Some suspect needs a source that is another file.
    let n = paths.len();
    let pair = (0..n).any(|i| roles.suspect[i] && (0..n).any(|j| j != i && roles.source[j]));
    if !args.all && !pair && roles.source.iter().any(|&s| s) {
        return Err(Failure::Input(Error::BadArgument {
            value: args.against.join(" "),
            message: "no source besides the suspect itself: give other files to check against"
                .into(),
        }));
    }
    let (docs, roles) = read_all(
        &paths,
        &listed,
        roles,
        &settings.load_options(),
        &mut skipped,
    )?;
    super::refuse_or_warn(&skipped, &settings)?;
    let sources = roles.source.iter().filter(|&&s| s).count();
    if sources == 0 || (args.all && docs.len() < 2) {
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
    let limits = Limits {
        max_reuse: args.max_reuse.map(round),
        max_source: args.max_source.map(round),
        min_passage: args.min_passage,
    };
    let opts = CheckOptions {
        min_similarity: args.min_similarity,
        min_passage: args.min_passage,
    };
    let (registry, licensed) = registry(args, &settings.load_options())?;
    let spinner = spinner(docs.len(), "checking");
    let mut report = CheckReport::with_licensed(docs, &roles, &opts, limits, &registry, &licensed);
    report.skipped = skipped;
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    let flagged = report
        .suspects
        .iter()
        .flat_map(|s| &s.check.reuses)
        .flat_map(|r| &r.flags);
    let code = status(report.is_over() || fails(&args.fail_on, flagged, false));
    if args.quiet {
        return Ok(code);
    }
    let style = settings.style();
    emit(settings.pager.as_ref(), |out| match args.format {
        CheckFormat::Json => check_json::write(out, &report, &style),
        CheckFormat::Csv => check_csv::write(out, &report, &style),
        CheckFormat::Text => check_text::write(out, &report, &style),
    })?;
    Ok(code)
}

/// The registry (built in, extended by `--outlets`) and the licensed
/// outlet ids: those of `--licensed` and the outlets file's entries marked
/// `"licensed": true`, each known to the registry.
fn registry(args: &CheckArgs, load: &LoadOptions) -> Result<(Registry, Vec<String>), Failure> {
    let mut registry = Registry::builtin();
    let mut licensed: Vec<String> = args
        .licensed
        .iter()
        .map(|id| id.trim().to_string())
        .filter(|id| !id.is_empty())
        .collect();
    if let Some(path) = args.outlets.as_deref() {
        let json = wirediff::input::read_text(path, load)?;
        let bad = |message: String| Error::BadOutlets {
            path: path.to_string(),
            message,
        };
        registry.extend_from_json(&json).map_err(bad)?;
        let entries: Vec<serde_json::Value> =
            serde_json::from_str(&json).map_err(|e| bad(e.to_string()))?;
        for e in &entries {
            if e.get("licensed").and_then(serde_json::Value::as_bool) == Some(true) {
                if let Some(id) = e.get("id").and_then(serde_json::Value::as_str) {
                    licensed.push(id.to_string());
                }
            }
        }
    }
    for id in &licensed {
        if registry.find(id).is_none() {
            return Err(Failure::Input(Error::BadArgument {
                value: id.clone(),
                message: "--licensed: unknown outlet id (see `wirediff outlets`)".into(),
            }));
        }
    }
    licensed.sort();
    licensed.dedup();
    Ok((registry, licensed))
}

/// The files to read, each once however its path is written (`./a.txt`,
/// `/abs/a.txt`: a suspect among the sources is not its own source), and
/// which of them are suspects and sources.
#[allow(clippy::type_complexity)]
fn roles(
    args: &CheckArgs,
    recursive: bool,
) -> Result<(Vec<String>, Vec<bool>, Roles, Vec<Skipped>), Failure> {
    let suspects = wirediff::input::expand_in(&args.suspects, recursive)?;
    let sources = if args.all {
        suspects.clone()
    } else {
        wirediff::input::expand_in(&args.against, recursive)?
    };
    let mut skipped = suspects.skipped.clone();
    if !args.all {
        skipped.extend(sources.skipped.iter().cloned());
    }
    // A file is skippable only when no path names it on its own.
    let all = || {
        suspects
            .files
            .iter()
            .zip(&suspects.listed)
            .chain(sources.files.iter().zip(&sources.listed))
    };
    let explicit: HashSet<&String> = all().filter(|(_, &l)| !l).map(|(f, _)| f).collect();
    let (suspects, sources) = (&suspects.files, &sources.files);
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
    let suspect_set: HashSet<&PathBuf> = suspect_ids.iter().collect();
    let source_set: HashSet<&PathBuf> = source_ids.iter().collect();
    let roles = Roles {
        suspect: ids.iter().map(|id| suspect_set.contains(id)).collect(),
        source: ids.iter().map(|id| source_set.contains(id)).collect(),
    };
    let listed = paths.iter().map(|p| !explicit.contains(p)).collect();
    Ok((paths, listed, roles, skipped))
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
/// Read every file in parallel; a file a directory listed that is not
/// text is skipped (added to `skipped`) and leaves the roles with it.
fn read_all(
    paths: &[String],
    listed: &[bool],
    roles: Roles,
    load: &LoadOptions,
    skipped: &mut Vec<Skipped>,
) -> Result<(Vec<Document>, Roles), Failure> {
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
    let mut docs = Vec::new();
    let mut kept = Roles {
        suspect: Vec::new(),
        source: Vec::new(),
    };
    for (i, result) in results.into_iter().enumerate() {
        match result {
            Ok(doc) => {
                docs.push(doc);
                kept.suspect.push(roles.suspect[i]);
                kept.source.push(roles.source[i]);
            }
            Err(e) if wirediff::input::is_skipped(listed[i], &e) => {
                skipped.push(wirediff::input::skip(&paths[i], &e));
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok((docs, kept))
}
