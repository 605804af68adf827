//! Output through a pager, as git, bat and delta do: when standard output is
//! a terminal and the output is taller than the screen, it goes to
//! `$WIREDIFF_PAGER`, else `$PAGER`, else `less -R` (colour kept; the width
//! was already the terminal's). The output is held back only until it fills
//! a screen: a short output is written straight to the terminal, a long one
//! streams into the pager. A pager the reader quits early is a quiet
//! success; a pager that cannot be started leaves the output on the
//! terminal.

use std::io::{self, BufWriter, StdoutLock, Write};
use std::process::{Child, ChildStdin, Command, Stdio};

use crate::cli::Paging;

/// How output is paged, once decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pager {
    /// The command line (split on whitespace).
    pub command: String,
    /// Lines that fit on the screen; more go to the pager (0: always).
    pub height: usize,
}

impl Pager {
    /// The pager for `paging` given the pager the environment names
    /// (`$WIREDIFF_PAGER`, else `$PAGER`) and the terminal's height:
    /// `None` when stdout is not a terminal, paging is off, or the pager is
    /// empty (`PAGER=`) or `cat`.
    pub fn resolve(
        paging: Paging,
        stdout_is_terminal: bool,
        pager: Option<&str>,
        terminal_height: Option<usize>,
    ) -> Option<Pager> {
        if paging == Paging::Never || !stdout_is_terminal {
            return None;
        }
        let command = pager.unwrap_or("less -R").trim();
        if command.is_empty() || command == "cat" {
            return None;
        }
        let height = match paging {
            Paging::Always => 0,
            _ => terminal_height?.saturating_sub(1),
        };
        Some(Pager {
            command: command.to_string(),
            height,
        })
    }
}

/// Standard output, or a pager once the output outgrows the screen.
pub enum Out<'a> {
    /// Straight to standard output.
    Direct(BufWriter<StdoutLock<'a>>),
    /// Held back while it fits on the screen.
    Holding {
        pager: Pager,
        held: Vec<u8>,
        lines: usize,
    },
    /// Streaming into the pager.
    Paging { child: Child, stdin: ChildStdin },
}

impl Out<'_> {
    /// Output for `pager` (none: straight to stdout).
    pub fn new(pager: Option<Pager>) -> Self {
        match pager {
            Some(pager) => Out::Holding {
                pager,
                held: Vec::new(),
                lines: 0,
            },
            None => Out::Direct(BufWriter::new(io::stdout().lock())),
        }
    }

    /// Start the pager and hand it what was held back; when it cannot
    /// start, write to stdout instead.
    fn start(&mut self) -> io::Result<()> {
        let Out::Holding { pager, held, .. } = self else {
            return Ok(());
        };
        let mut words = pager.command.split_whitespace();
        let program = words.next().unwrap_or("less");
        let mut command = Command::new(program);
        command.args(words).stdin(Stdio::piped());
        if program.ends_with("less") && std::env::var_os("LESS").is_none() {
            // Colour, and quit at once on a screen's worth (git's default).
            command.env("LESS", "FRX");
        }
        let held = std::mem::take(held);
        *self = match command.spawn() {
            Ok(mut child) => match child.stdin.take() {
                Some(stdin) => Out::Paging { child, stdin },
                None => Out::Direct(BufWriter::new(io::stdout().lock())),
            },
            Err(_) => Out::Direct(BufWriter::new(io::stdout().lock())),
        };
        self.write_all(&held)
    }

    /// Write what is held back and wait for the pager, if any. A pager
    /// quit early is not an error.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Out::Holding { held, .. } => {
                let mut out = BufWriter::new(io::stdout().lock());
                out.write_all(&held)?;
                out.flush()
            }
            Out::Direct(mut out) => out.flush(),
            Out::Paging { mut child, stdin } => {
                drop(stdin);
                child.wait().map(|_| ())
            }
        }
    }
}

impl Write for Out<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let over = match self {
            Out::Direct(out) => return out.write(buf),
            Out::Paging { stdin, .. } => {
                return match stdin.write(buf) {
                    // The reader quit the pager: the rest is not wanted.
                    Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(buf.len()),
                    other => other,
                };
            }
            Out::Holding { pager, held, lines } => {
                held.extend_from_slice(buf);
                *lines += buf.iter().filter(|&&b| b == b'\n').count();
                *lines > pager.height
            }
        };
        if over {
            self.start()?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Out::Direct(out) => out.flush(),
            Out::Paging { stdin, .. } => match stdin.flush() {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
                other => other,
            },
            Out::Holding { .. } => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_is_decided_by_terminal_setting_and_pager() {
        let some = |p: Option<Pager>| p.map(|p| (p.command, p.height));
        assert_eq!(Pager::resolve(Paging::Auto, false, None, Some(40)), None);
        assert_eq!(Pager::resolve(Paging::Never, true, None, Some(40)), None);
        assert_eq!(
            some(Pager::resolve(Paging::Auto, true, None, Some(40))),
            Some(("less -R".into(), 39))
        );
        assert_eq!(
            some(Pager::resolve(Paging::Always, true, Some("most"), None)),
            Some(("most".into(), 0))
        );
        assert_eq!(Pager::resolve(Paging::Auto, true, Some(""), Some(40)), None);
        assert_eq!(
            Pager::resolve(Paging::Auto, true, Some("cat"), Some(40)),
            None
        );
        // No known height: nothing to compare with, no pager.
        assert_eq!(Pager::resolve(Paging::Auto, true, None, None), None);
    }

    #[test]
    fn output_goes_to_the_pager_only_past_a_screen() {
        let dir = std::env::temp_dir().join(format!("wirediff-pager-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let file = dir.join("paged.txt");
        let pager = |file: &std::path::Path| Pager {
            command: format!("tee {}", file.display()),
            height: 3,
        };
        let mut out = Out::new(Some(pager(&file)));
        out.write_all(b"one\ntwo\n").expect("write");
        out.finish().expect("finish");
        assert!(!file.exists(), "two lines fit: no pager");
        let mut out = Out::new(Some(pager(&file)));
        for n in 0..5 {
            writeln!(out, "line {n}").expect("write");
        }
        out.finish().expect("finish");
        let paged = std::fs::read_to_string(&file).expect("the pager ran");
        assert_eq!(paged.lines().count(), 5);
        std::fs::remove_dir_all(&dir).ok();
    }
}
