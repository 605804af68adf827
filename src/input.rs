//! Reading input: files, directories (their `*.txt` files) and standard input,
//! checked and decoded into [`Document`]s.
//!
//! Text must be UTF-8 (a BOM is allowed and kept; LF and CRLF line ends are
//! both fine). Binary data, invalid UTF-8 and oversized files are refused with
//! an [`Error`] that names the path and, where it helps, the byte offset.

use std::fs;
use std::io::{self, Read};
use std::path::Path;

use std::sync::Arc;

use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use crate::model::Document;

/// Default limit on the size of one input: 64 MiB.
pub const DEFAULT_MAX_SIZE: u64 = 64 * 1024 * 1024;

/// How input is read.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Largest accepted input, in bytes.
    pub max_size: u64,
    /// The language documents are read in.
    pub lexicon: Arc<Lexicon>,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_size: DEFAULT_MAX_SIZE,
            lexicon: Lexicon::english(),
        }
    }
}

/// Load every document named by `paths`, in order: a file is one document, a
/// directory is its `*.txt` files sorted by name, `-` is standard input (at
/// most once).
pub fn load_all<S: AsRef<str>>(paths: &[S], opts: &LoadOptions) -> Result<Vec<Document>> {
    expand_paths(paths)?
        .iter()
        .map(|file| load_one(file, opts))
        .collect()
}

/// The files `paths` name, in order: files and `-` as they are, each
/// directory as its `*.txt` files (sorted); `-` may appear once.
pub fn expand_paths<S: AsRef<str>>(paths: &[S]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut stdin_used = false;
    for path in paths {
        let path = path.as_ref();
        if path == "-" {
            if stdin_used {
                return Err(Error::StdinTwice);
            }
            stdin_used = true;
        }
        if path != "-" && Path::new(path).is_dir() {
            out.extend(text_files_in(path)?);
        } else {
            out.push(path.to_string());
        }
    }
    Ok(out)
}

/// Load exactly one document: a file or `-`; a directory is an error.
pub fn load_one(path: &str, opts: &LoadOptions) -> Result<Document> {
    if path != "-" && Path::new(path).is_dir() {
        return Err(Error::IsDirectory { path: path.into() });
    }
    let text = read_text(path, opts)?;
    Ok(Document::with_lexicon(path, text, opts.lexicon.clone()))
}

/// The `*.txt` files directly inside directory `dir`, sorted by name, as
/// paths that start with `dir`. Hidden files are skipped.
fn text_files_in(dir: &str) -> Result<Vec<String>> {
    let unreadable = |source| Error::Unreadable {
        path: dir.into(),
        source,
    };
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).map_err(unreadable)? {
        let entry = entry.map_err(unreadable)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_txt = Path::new(&name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        if is_txt && !name.starts_with('.') && entry.path().is_file() {
            names.push(name);
        }
    }
    if names.is_empty() {
        return Err(Error::EmptyDirectory { path: dir.into() });
    }
    names.sort();
    let sep = if dir.ends_with('/') { "" } else { "/" };
    Ok(names
        .into_iter()
        .map(|n| format!("{dir}{sep}{n}"))
        .collect())
}

/// Read the text of a file (or stdin for `-`), enforcing the size limit and
/// checking it is UTF-8 text.
pub fn read_text(path: &str, opts: &LoadOptions) -> Result<String> {
    let bytes = read_bytes(path, opts)?;
    decode(path, bytes)
}

fn read_bytes(path: &str, opts: &LoadOptions) -> Result<Vec<u8>> {
    let io_error = |source: io::Error| match source.kind() {
        io::ErrorKind::NotFound => Error::NotFound { path: path.into() },
        _ => Error::Unreadable {
            path: path.into(),
            source,
        },
    };
    let limit = opts.max_size;
    let too_large = |size| Error::TooLarge {
        path: path.into(),
        size,
        limit,
    };
    let mut bytes = Vec::new();
    if path == "-" {
        io::stdin()
            .lock()
            .take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(io_error)?;
    } else {
        let file = fs::File::open(path).map_err(io_error)?;
        let meta = file.metadata().map_err(io_error)?;
        if meta.is_file() && meta.len() > limit {
            return Err(too_large(meta.len()));
        }
        file.take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(io_error)?;
    }
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Check `bytes` are text and turn them into a `String`.
pub fn decode(path: &str, bytes: Vec<u8>) -> Result<String> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            path: path.into(),
            offset,
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        Error::InvalidUtf8 {
            path: path.into(),
            offset,
            line,
            column: offset - line_start + 1,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_reports_offset_line_and_column() {
        let err = decode("x.txt", b"ok\nab\xffcd".to_vec()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.txt: invalid UTF-8 at byte 5 (line 2, column 3)"
        );
    }

    #[test]
    fn nul_byte_is_binary() {
        let err = decode("x.bin", b"abc\0def".to_vec()).unwrap_err();
        assert!(matches!(err, Error::Binary { offset: 3, .. }));
    }

    #[test]
    fn bom_and_crlf_are_kept() {
        let text = decode("x", "\u{feff}Hi.\r\nThere.\r\n".as_bytes().to_vec()).unwrap();
        assert!(text.starts_with('\u{feff}'));
        assert!(text.contains("\r\n"));
    }
}
