//! The `wirediff` binary: parse arguments, run the command, map the outcome
//! to an exit status (0 same, 1 different, 2 trouble). A closed output pipe
//! (`wirediff … | head`) ends the program quietly with status 0.

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
