//! What `trace` and `lineage` read beside the documents: the outlet
//! registry (`--outlets`), outlets given by hand (`--label`) and the
//! documents' metadata (`--meta`).

use std::path::Path;

use wirediff::meta::{parse, DocMeta};
use wirediff::Registry;
use wirediff::{Document, Error, LoadOptions};

use super::Failure;
use crate::settings::Settings;

/// The built-in registry, extended with `file` when given.
pub(super) fn registry(file: Option<&str>, load: &LoadOptions) -> Result<Registry, Failure> {
    let mut registry = Registry::builtin();
    if let Some(path) = file {
        let json = wirediff::input::read_text(path, load)?;
        registry
            .extend_from_json(&json)
            .map_err(|message| Error::BadOutlets {
                path: path.to_string(),
                message,
            })?;
    }
    Ok(registry)
}

/// `--label PATH=OUTLET` values as each document's outlet.
pub(super) fn labels(
    values: &[String],
    docs: &[Document],
    registry: &Registry,
) -> Result<Vec<Option<usize>>, Failure> {
    let mut out = vec![None; docs.len()];
    for value in values {
        let bad = |message: &str| Error::BadArgument {
            value: value.clone(),
            message: message.to_string(),
        };
        let (path, id) = value
            .rsplit_once('=')
            .ok_or_else(|| bad("a label is PATH=OUTLET"))?;
        let outlet = registry
            .find(id)
            .ok_or_else(|| bad("unknown outlet id (see `wirediff outlets`)"))?;
        out[document_index(path, docs)?] = Some(outlet);
    }
    Ok(out)
}

/// The index of the document read from `path`: the same path, or the same
/// file by another path (`./a.txt` for `a.txt`).
pub(super) fn document_index(path: &str, docs: &[Document]) -> Result<usize, Failure> {
    find_document(Path::new(path), docs).ok_or_else(|| {
        Failure::Input(Error::BadArgument {
            value: path.to_string(),
            message: "not one of the documents given".into(),
        })
    })
}

/// The document read from `path` or from the same file by another path.
fn find_document(path: &Path, docs: &[Document]) -> Option<usize> {
    if let Some(d) = docs.iter().position(|d| Path::new(&d.path) == path) {
        return Some(d);
    }
    let real = path.canonicalize().ok()?;
    docs.iter()
        .position(|d| Path::new(&d.path).canonicalize().is_ok_and(|p| p == real))
}

/// What the metadata file `file` says of each document (`--meta`): rows
/// match documents by path, as given or relative to the file's folder;
/// rows of other documents are skipped (a file may cover a whole archive),
/// but a file none of whose rows names a document given is an error, as
/// are two rows of one document and an outlet the registry does not know.
pub(super) fn meta(
    file: Option<&str>,
    docs: &[Document],
    registry: &Registry,
    settings: &Settings,
) -> Result<Vec<DocMeta>, Failure> {
    let Some(file) = file else {
        return Ok(Vec::new());
    };
    let bad = |message: String| {
        Failure::Input(Error::BadMeta {
            path: file.to_string(),
            message,
        })
    };
    let text = wirediff::input::read_text(file, &settings.load_options())?;
    let rows = parse(&text).map_err(|e| bad(e.to_string()))?;
    let folder = Path::new(file).parent().unwrap_or(Path::new(""));
    let mut out = vec![DocMeta::default(); docs.len()];
    let mut line_of = vec![None; docs.len()];
    for row in rows {
        let path = Path::new(&row.path);
        let Some(d) = find_document(path, docs).or_else(|| find_document(&folder.join(path), docs))
        else {
            continue;
        };
        if let Some(first) = line_of[d] {
            return Err(bad(format!(
                "lines {first} and {} both describe {}",
                row.line, docs[d].path
            )));
        }
        line_of[d] = Some(row.line);
        let outlet = match row.outlet.as_deref() {
            None => None,
            Some(name) => Some(registry.lookup(name).ok_or_else(|| {
                bad(format!(
                    "line {}: unknown outlet `{name}` (see `wirediff outlets`; add one with --outlets)",
                    row.line
                ))
            })?),
        };
        out[d] = DocMeta {
            outlet,
            published: row.published,
            url: row.url,
        };
    }
    if line_of.iter().all(Option::is_none) {
        return Err(bad("no row names one of the documents given".into()));
    }
    Ok(out)
}
