//! The `wirediff` binary: parse arguments, run the command, map the outcome
//! to an exit status (0 same, 1 different, 2 trouble). A closed output pipe
//! (`wirediff … | head`) ends the program quietly with status 0; a closed
//! standard output (`wirediff … >&-`) is trouble, said on stderr.

mod cli;
mod commands;
mod settings;

use std::io;
use std::process::ExitCode;

use clap::Parser;

use cli::Cli;
use commands::Failure;
use settings::Env;
use wirediff::error::{EXIT_SAME, EXIT_TROUBLE};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(why) = stdout_closed() {
        eprintln!("wirediff: cannot write output: standard output is closed ({why})");
        return ExitCode::from(EXIT_TROUBLE as u8);
    }
    let env = Env::read();
    let code = match commands::run(&cli, &env) {
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

/// Why standard output cannot be written, when it was closed. The standard
/// library reopens a closed standard output on `/dev/null` before `main`
/// (read and write), so a command would write nothing and exit as if it
/// had: ask up front. A `> /dev/null` of the user's is write-only, and
/// fine; a process whose standard input is that same read-write
/// `/dev/null` was started so on purpose (a daemon, a job runner), and is
/// left alone.
#[cfg(target_os = "linux")]
fn stdout_closed() -> Option<&'static str> {
    let reopened = |fd: u32| -> Option<bool> {
        let target = std::fs::read_link(format!("/proc/self/fd/{fd}")).ok()?;
        if target != std::path::Path::new("/dev/null") {
            return Some(false);
        }
        let info = std::fs::read_to_string(format!("/proc/self/fdinfo/{fd}")).ok()?;
        let flags = info.lines().find_map(|l| l.strip_prefix("flags:"))?.trim();
        let flags = u32::from_str_radix(flags, 8).ok()?;
        // O_ACCMODE 3, O_RDWR 2.
        Some(flags & 3 == 2)
    };
    (reopened(1)? && !reopened(0).unwrap_or(false)).then_some("it was closed when wirediff started")
}

#[cfg(not(target_os = "linux"))]
fn stdout_closed() -> Option<&'static str> {
    None
}
