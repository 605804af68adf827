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
    /// Directories are walked into their subdirectories (`-r`).
    pub recursive: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_size: DEFAULT_MAX_SIZE,
            lexicon: Lexicon::english(),
            recursive: false,
        }
    }
}

/// A file found in a directory that was not read: it is not text (binary,
/// invalid UTF-8, a name that is not UTF-8), too large or unreadable. A file
/// named on its own is never skipped: its trouble is an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The path (lossy when its name is not UTF-8).
    pub path: String,
    /// Why, as the error would say it.
    pub reason: String,
}

/// The files `paths` name, each with whether a directory listed it, and
/// the directory entries that could not even be named.
#[derive(Debug, Clone, Default)]
pub struct Expanded {
    /// The files, in order.
    pub files: Vec<String>,
    /// `listed[i]`: file `i` was found in a directory, not named.
    pub listed: Vec<bool>,
    /// Entries of the directories skipped already (names not UTF-8).
    pub skipped: Vec<Skipped>,
}

/// Errors that skip a file found in a directory rather than stop the run.
fn skippable(e: &Error) -> bool {
    matches!(
        e,
        Error::Binary { .. }
            | Error::InvalidUtf8 { .. }
            | Error::TooLarge { .. }
            | Error::Unreadable { .. }
    )
}

/// Load every document `paths` name, like [`load_all`], but skip the files
/// of a directory that cannot be read as text: the documents, and what was
/// skipped and why.
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("wirediff-doc-lenient-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// std::fs::write(dir.join("a.txt"), "Iran said so.").unwrap();
/// std::fs::write(dir.join("b.txt"), b"\x00\x01binary").unwrap();
/// let (docs, skipped) = wirediff::input::load_lenient(&[dir.to_str().unwrap()], &Default::default()).unwrap();
/// assert_eq!(docs.len(), 1);
/// assert!(skipped[0].path.ends_with("b.txt") && skipped[0].reason.contains("binary"));
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn load_lenient<S: AsRef<str>>(
    paths: &[S],
    opts: &LoadOptions,
) -> Result<(Vec<Document>, Vec<Skipped>)> {
    let expanded = expand_in(paths, opts.recursive)?;
    let mut skipped = expanded.skipped;
    let mut docs = Vec::new();
    for (file, &listed) in expanded.files.iter().zip(&expanded.listed) {
        match load_one(file, opts) {
            Ok(doc) => docs.push(doc),
            Err(e) if is_skipped(listed, &e) => skipped.push(skip(file, &e)),
            Err(e) => return Err(e),
        }
    }
    Ok((docs, skipped))
}

/// `file` skipped for `e`: the reason without the path the error repeats.
pub fn skip(file: &str, e: &Error) -> Skipped {
    let message = e.to_string();
    let reason = message
        .strip_prefix(&format!("{file}: "))
        .unwrap_or(&message)
        .to_string();
    Skipped {
        path: file.to_string(),
        reason,
    }
}

/// Whether a file found in a directory that failed with `e` is skipped
/// (see [`Skipped`]); `listed` says it was found in a directory.
pub fn is_skipped(listed: bool, e: &Error) -> bool {
    listed && skippable(e)
}

/// Load every document named by `paths`, in order: a file is one document, a
/// directory is its `*.txt` files sorted by name (its subdirectories' too
/// with [`LoadOptions::recursive`]), `-` is standard input (at most once).
pub fn load_all<S: AsRef<str>>(paths: &[S], opts: &LoadOptions) -> Result<Vec<Document>> {
    expand_in(paths, opts.recursive)?
        .files
        .iter()
        .map(|file| load_one(file, opts))
        .collect()
}

/// The files `paths` name, in order: files and `-` as they are, each
/// directory as its `*.txt` files (sorted); `-` may appear once.
pub fn expand_paths<S: AsRef<str>>(paths: &[S]) -> Result<Vec<String>> {
    Ok(expand_in(paths, false)?.files)
}

/// [`expand_paths`], walking into subdirectories when `recursive`, and
/// saying which files a directory listed and which of its entries have
/// names that are not UTF-8 (skipped).
pub fn expand_in<S: AsRef<str>>(paths: &[S], recursive: bool) -> Result<Expanded> {
    let mut out = Expanded::default();
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
            let (files, skipped) = text_files_in(path, recursive)?;
            out.listed.extend(files.iter().map(|_| true));
            out.files.extend(files);
            out.skipped.extend(skipped);
        } else {
            out.files.push(path.to_string());
            out.listed.push(false);
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

/// The `*.txt` files inside directory `dir` (and its subdirectories when
/// `recursive`), in name order, as paths that start with `dir`, with the
/// ones whose names are not UTF-8 set apart. Hidden files and directories
/// are skipped.
fn text_files_in(dir: &str, recursive: bool) -> Result<(Vec<String>, Vec<Skipped>)> {
    let unreadable = |source: io::Error| Error::Unreadable {
        path: dir.into(),
        source,
    };
    let hidden =
        |e: &walkdir::DirEntry| e.depth() > 0 && e.file_name().as_encoded_bytes().starts_with(b".");
    let walk = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .max_depth(if recursive { usize::MAX } else { 1 })
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !hidden(e));
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for entry in walk {
        let entry = entry.map_err(|e| unreadable(e.into()))?;
        let is_txt = entry
            .path()
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        if !is_txt || !entry.path().is_file() {
            continue;
        }
        match entry.path().to_str() {
            Some(path) => files.push(path.to_string()),
            None => skipped.push(Skipped {
                path: entry.path().to_string_lossy().into_owned(),
                reason: "file name is not UTF-8".into(),
            }),
        }
    }
    if files.is_empty() && skipped.is_empty() {
        return Err(Error::EmptyDirectory { path: dir.into() });
    }
    Ok((files, skipped))
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
