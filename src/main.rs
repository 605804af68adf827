//! The `wirediff` binary: parse arguments, run the command, map the outcome
//! to an exit status (0 same, 1 different, 2 trouble). A closed output pipe
//! (`wirediff … | head`) ends the program quietly with status 0.

mod check_command;
mod cli;
mod settings;
mod trace_command;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;

use cli::{AlignArgs, Cli, Command, DiffArgs, Format};
use settings::{Env, Settings};
use wirediff::align::{AlignOptions, DiffOptions};
use wirediff::error::{EXIT_DIFFERENT, EXIT_SAME, EXIT_TROUBLE};
use wirediff::render::{align_json, align_text, json, terminal};
use wirediff::LoadOptions;

/// What went wrong while running a command.
pub(crate) enum Failure {
    Input(wirediff::Error),
    Output(io::Error),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let env = Env::read();
    let code = match run(&cli, &env) {
        Ok(code) => code,
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => EXIT_SAME,
        Err(Failure::Output(e)) => {
            eprintln!("wirediff: cannot write output: {e}");
            EXIT_TROUBLE
        }
        Err(Failure::Input(e)) => {
            eprintln!(
                "wirediff: {}",
                wirediff::render::wrap::display(&e.to_string())
            );
            e.exit_code()
        }
    };
    ExitCode::from(code as u8)
}

fn run(cli: &Cli, env: &Env) -> Result<i32, Failure> {
    match &cli.command {
        Command::Diff(args) => run_diff(cli, args, env),
        Command::Align(args) => run_align(cli, args, env),
        Command::Trace(args) => trace_command::run_trace(cli, args, env),
        Command::Outlets(args) => trace_command::run_outlets(cli, args, env),
        Command::Check(args) => check_command::run_check(cli, args, env),
    }
}

fn run_align(cli: &Cli, args: &AlignArgs, env: &Env) -> Result<i32, Failure> {
    let settings = Settings::resolve(&cli.global, env, args.format);
    let load = LoadOptions {
        max_size: settings.max_size,
    };
    let docs = wirediff::load_all(&args.paths, &load).map_err(Failure::Input)?;
    if docs.len() < 2 {
        return Err(Failure::Input(wirediff::Error::TooFewDocuments {
            paths: args.paths.join(" "),
            found: docs.len(),
            needed: 2,
        }));
    }
    let opts = AlignOptions {
        min_similarity: args.min_similarity,
    };
    let alignment = wirediff::align(&docs, &opts);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let text = align_text::AlignTextOptions {
        color: settings.color,
        width: settings.width,
    };
    match (args.format, args.matrix) {
        (Format::Json, _) => align_json::write_align(&mut out, &docs, &alignment),
        (Format::Text, true) => align_text::write_matrix(&mut out, &docs, &alignment, &text),
        (Format::Text, false) => align_text::write_align(&mut out, &docs, &alignment, &text),
    }
    .and_then(|()| out.flush())
    .map_err(Failure::Output)?;
    Ok(if alignment.is_same() {
        EXIT_SAME
    } else {
        EXIT_DIFFERENT
    })
}

fn run_diff(cli: &Cli, args: &DiffArgs, env: &Env) -> Result<i32, Failure> {
    let settings = Settings::resolve(&cli.global, env, args.format);
    let load = LoadOptions {
        max_size: settings.max_size,
    };
    if args.old == "-" && args.new == "-" {
        return Err(Failure::Input(wirediff::Error::StdinTwice));
    }
    let old = wirediff::load_one(&args.old, &load).map_err(Failure::Input)?;
    let new = wirediff::load_one(&args.new, &load).map_err(Failure::Input)?;
    let opts = DiffOptions {
        min_similarity: args.min_similarity,
        ..DiffOptions::default()
    };
    let diff = wirediff::diff(&old, &new, &opts);
    if diff.summary.coarse > 0 {
        let n = diff.summary.coarse;
        let (groups, were) = if n == 1 {
            ("group", "was")
        } else {
            ("groups", "were")
        };
        eprintln!(
            "wirediff: note: {n} matched sentence {groups} {were} too long to compare word by \
             word within {} ms; the changes are shown as whole runs",
            opts.word_deadline.as_millis()
        );
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        Format::Json => json::write_diff(&mut out, &old, &new, &diff),
        Format::Text => {
            let text = terminal::TextOptions {
                color: settings.color,
                width: settings.width,
                side_by_side: args.side_by_side,
            };
            terminal::write_diff(&mut out, &old, &new, &diff, &text)
        }
    }
    .and_then(|()| out.flush())
    .map_err(Failure::Output)?;
    Ok(if diff.is_same() {
        EXIT_SAME
    } else {
        EXIT_DIFFERENT
    })
}
