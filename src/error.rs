//! Typed errors of the library, and the exit status each one maps to.

use std::io;

/// Exit status: nothing to report (the inputs are the same).
pub const EXIT_SAME: i32 = 0;
/// Exit status: differences found (or a check over its threshold).
pub const EXIT_DIFFERENT: i32 = 1;
/// Exit status: trouble (bad input, bad arguments, I/O failure).
pub const EXIT_TROUBLE: i32 = 2;

/// What went wrong reading or interpreting input.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The path does not exist.
    #[error("{path}: no such file or directory")]
    NotFound {
        /// The path as given.
        path: String,
    },
    /// The path exists but could not be read.
    #[error("{path}: cannot read: {source}")]
    Unreadable {
        /// The path as given.
        path: String,
        /// The underlying I/O error.
        source: io::Error,
    },
    /// A directory without any `*.txt` files in it.
    #[error("{path}: directory has no .txt files")]
    EmptyDirectory {
        /// The path as given.
        path: String,
    },
    /// A directory where a single document was required.
    #[error(
        "{path}: is a directory; this command compares two files (use `wirediff align` for many)"
    )]
    IsDirectory {
        /// The path as given.
        path: String,
    },
    /// The file contains a NUL byte, so it is not text.
    #[error("{path}: binary data (NUL byte at byte {offset}), not text")]
    Binary {
        /// The path as given.
        path: String,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// The file is not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte {offset} (line {line}, column {column})")]
    InvalidUtf8 {
        /// The path as given.
        path: String,
        /// Offset of the first invalid byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
        /// 1-based column (in bytes) of that byte.
        column: usize,
    },
    /// The file is larger than the configured limit.
    #[error("{path}: too large ({size} bytes; the limit is {limit} bytes, see --max-size)")]
    TooLarge {
        /// The path as given.
        path: String,
        /// Its size, or the number of bytes read when the limit was hit.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Standard input was named more than once.
    #[error("-: standard input can be read only once")]
    StdinTwice,
    /// An outlets file that is not a valid registry.
    #[error("{path}: not a valid outlets file: {message}")]
    BadOutlets {
        /// The file.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A lexicon file (or a shipped one) that is not a valid lexicon.
    #[error("{path}: not a valid lexicon file: {message}")]
    BadLexicon {
        /// The file, or the language code of a shipped lexicon.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A file of a directory that is not readable text, under `--strict`.
    #[error("{path}: {reason} (--strict)")]
    NotText {
        /// The file.
        path: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A metadata file (`--meta`) that cannot be used.
    #[error("{path}: not a usable metadata file: {message}")]
    BadMeta {
        /// The file.
        path: String,
        /// What is wrong, and where.
        message: String,
    },
    /// A `--label` or `--doc` value that does not fit the inputs.
    #[error("{value}: {message}")]
    BadArgument {
        /// The value as given.
        value: String,
        /// What is wrong.
        message: String,
    },
    /// Fewer documents than the command needs (after expanding directories).
    #[error("{paths}: {found} document(s) found; at least {needed} are needed")]
    TooFewDocuments {
        /// The paths given, joined by spaces.
        paths: String,
        /// How many documents they held.
        found: usize,
        /// How many the command needs.
        needed: usize,
    },
}

impl Error {
    /// The exit status this error should end the program with.
    pub fn exit_code(&self) -> i32 {
        EXIT_TROUBLE
    }
}

/// Result alias for the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
