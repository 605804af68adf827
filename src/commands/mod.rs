//! The commands. Each is *resolve settings → load → run the library →
//! render → exit status*; the steps they share (loading documents with the
//! count a command needs, writing a report to stdout and flushing it) are
//! written here once.

mod align;
mod check;
mod diff;
mod lineage;
pub(crate) mod pager;
mod progress;
mod sources;
mod trace;

use std::io;

use wirediff::input::Skipped;
use wirediff::{Document, Error};

use crate::cli::{Cli, Command};
use crate::settings::{Env, Settings};

/// What went wrong while running a command.
pub(crate) enum Failure {
    /// Bad input or arguments: the library's error, with its exit status.
    Input(Error),
    /// Writing the output failed (a closed pipe is not reported).
    Output(io::Error),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Input(e)
    }
}

/// Run the command `cli` names; the exit status on success.
pub(crate) fn run(cli: &Cli, env: &Env) -> Result<i32, Failure> {
    match &cli.command {
        Command::Diff(args) => diff::run(cli, args, env),
        Command::Align(args) => align::run(cli, args, env),
        Command::Trace(args) => trace::run(cli, args, env),
        Command::Outlets(args) => trace::run_outlets(cli, args, env),
        Command::Check(args) => check::run(cli, args, env),
        Command::Lineage(args) => lineage::run(cli, args, env),
        Command::Completions(args) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            emit(None, |out| {
                clap_complete::generate(args.shell, &mut cmd, "wirediff", out);
                Ok(())
            })?;
            Ok(wirediff::error::EXIT_SAME)
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            emit(None, |out| clap_mangen::Man::new(cmd).render(out))?;
            Ok(wirediff::error::EXIT_SAME)
        }
    }
}

/// Read the documents `paths` name (directories give their `*.txt`), with
/// the files of directories skipped (each said on stderr) unless
/// `--strict`; fewer than `needed` is an error naming the paths.
fn load_documents(
    paths: &[String],
    settings: &Settings,
    needed: usize,
) -> Result<(Vec<Document>, Vec<Skipped>), Failure> {
    let (docs, skipped) = wirediff::input::load_lenient(paths, &settings.load_options())?;
    refuse_or_warn(&skipped, settings)?;
    if docs.len() < needed {
        return Err(Failure::Input(Error::TooFewDocuments {
            paths: paths.join(" "),
            found: docs.len(),
            needed,
        }));
    }
    Ok((docs, skipped))
}

/// Under `--strict`, the first skipped file is an error; otherwise each is
/// said on stderr.
fn refuse_or_warn(skipped: &[Skipped], settings: &Settings) -> Result<(), Failure> {
    if let Some(first) = skipped.first().filter(|_| settings.strict) {
        return Err(Failure::Input(Error::NotText {
            path: first.path.clone(),
            reason: first.reason.clone(),
        }));
    }
    for s in skipped {
        eprintln!(
            "wirediff: skipped {}: {}",
            wirediff::render::wrap::display(&s.path),
            s.reason
        );
    }
    Ok(())
}

/// Write with `render` to stdout, or through `pager` when long, then
/// flush.
fn emit(
    pager: Option<&pager::Pager>,
    render: impl FnOnce(&mut pager::Out) -> io::Result<()>,
) -> Result<(), Failure> {
    let mut out = pager::Out::new(pager.cloned());
    render(&mut out)
        .and_then(|()| out.finish())
        .map_err(Failure::Output)
}

/// The exit status of a report: 0 when it has nothing to report, 1 when it has.
/// Whether a command fails (exit 1): with `--fail-on` kinds, when some of
/// `flags` is of those kinds; without, when the inputs `differ`.
fn fails<'f>(
    fail_on: &[crate::cli::FlagKinds],
    mut flags: impl Iterator<Item = &'f wirediff::Flag>,
    differ: bool,
) -> bool {
    if fail_on.is_empty() {
        return differ;
    }
    flags.any(|f| fail_on.iter().any(|k| k.0.contains(&f.kind)))
}

fn status(differs: bool) -> i32 {
    if differs {
        wirediff::error::EXIT_DIFFERENT
    } else {
        wirediff::error::EXIT_SAME
    }
}
