//! Document metadata given with `--meta FILE`: each document's outlet,
//! published time and address, for when the text does not say them (a
//! crawl's or a CMS's record of where and when a page appeared).
//!
//! The file is CSV with a header row, or JSON Lines (one object per line;
//! the first non-blank character is `{`). Columns or keys: `path`
//! (required; the document's path as given on the command line, or the
//! same file by another path), `outlet` (an outlet id or name of the
//! registry), `published` (RFC 3339 `2024-03-25T14:05:00Z`, a time without
//! offset `2024-03-25 14:05`, or a date `2024-03-25`) and `url`. Other
//! columns are ignored; empty cells count as absent.
//!
//! A time without an offset, or a bare date, is a window (its zone is
//! unknown: up to 12 hours either way), and one time is before another only
//! when their windows do not overlap.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::Offset;
use jiff::Timestamp;
use serde::Deserialize;

/// Seconds a time without an offset may be off UTC (nearly every zone is
/// within twelve hours of it).
const UNKNOWN_ZONE: i64 = 12 * 3600;
/// Seconds in a day.
const DAY: i64 = 24 * 3600;

/// When a document was published: a window of seconds since the Unix
/// epoch (one instant when the time carries its offset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// Earliest instant it may be.
    pub earliest: i64,
    /// Latest instant it may be.
    pub latest: i64,
    /// The time as the metadata gives it.
    pub text: String,
}

impl Published {
    /// Read an RFC 3339 time, a time without offset, or a date; `None` when
    /// `text` is none of these.
    ///
    /// ```
    /// use wirediff::meta::Published;
    /// let a = Published::parse("2024-03-25T10:00:00-04:00").unwrap();
    /// let b = Published::parse("2024-03-25T15:30:00Z").unwrap();
    /// assert!(a.before(&b));
    /// let day = Published::parse("2024-03-25").unwrap();
    /// assert!(!day.before(&b) && !b.before(&day));
    /// assert!(Published::parse("last Monday").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<Published> {
        let t = text.trim();
        let window = if let Ok(ts) = t.parse::<Timestamp>() {
            Published::exact(ts.as_second())
        } else if let Some(dt) = t
            .parse::<DateTime>()
            .ok()
            .filter(|_| t.contains(['T', 't', ' ']))
        {
            Published::local(Offset::UTC.to_timestamp(dt).ok()?.as_second())
        } else {
            let date = t.parse::<Date>().ok()?;
            Published::day(midnight(date.year(), date.month(), date.day())?)
        };
        Some(Published {
            text: t.to_string(),
            ..window
        })
    }

    /// One instant, `seconds` since the epoch.
    pub(crate) fn exact(seconds: i64) -> Published {
        Published {
            earliest: seconds,
            latest: seconds,
            text: String::new(),
        }
    }

    /// A clock time read as UTC whose zone is unknown.
    pub(crate) fn local(seconds: i64) -> Published {
        Published {
            earliest: seconds - UNKNOWN_ZONE,
            latest: seconds + UNKNOWN_ZONE,
            text: String::new(),
        }
    }

    /// The day that starts at `midnight` (UTC), its zone unknown.
    pub(crate) fn day(midnight: i64) -> Published {
        Published {
            earliest: midnight - UNKNOWN_ZONE,
            latest: midnight + DAY - 1 + UNKNOWN_ZONE,
            text: String::new(),
        }
    }

    /// Surely earlier than `other` (the windows do not overlap).
    pub fn before(&self, other: &Published) -> bool {
        self.latest < other.earliest
    }
}

/// Seconds since the epoch of a date's midnight (UTC), for a valid date.
pub(crate) fn midnight(year: i16, month: i8, day: i8) -> Option<i64> {
    let date = Date::new(year, month, day).ok()?;
    Offset::UTC
        .to_timestamp(date.to_datetime(Time::midnight()))
        .ok()
        .map(|t| t.as_second())
}

/// One row of a metadata file, as written.
#[derive(Debug, Clone, PartialEq)]
pub struct MetaRow {
    /// 1-based line of the file it was read from.
    pub line: usize,
    /// The document's path.
    pub path: String,
    /// The outlet id or name given.
    pub outlet: Option<String>,
    /// When the document was published.
    pub published: Option<Published>,
    /// Its address.
    pub url: Option<String>,
}

/// What the metadata says of one document, its outlet resolved in the
/// registry.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocMeta {
    /// The outlet (a registry index).
    pub outlet: Option<usize>,
    /// When it was published.
    pub published: Option<Published>,
    /// Its address.
    pub url: Option<String>,
}

/// A metadata file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct MetaError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong there.
    pub message: String,
}

/// A row as deserialised, before checking.
#[derive(Debug, Deserialize)]
struct RawRow {
    path: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
    url: Option<String>,
}

/// Read the rows of a metadata file's `text` (CSV or JSON Lines: see the
/// module doc).
///
/// ```
/// use wirediff::meta::parse;
/// let rows = parse("path,outlet,published\na.txt,ap,2024-03-25T14:05:00Z\nb.txt,,\n").unwrap();
/// assert_eq!(rows[0].outlet.as_deref(), Some("ap"));
/// assert!(rows[1].published.is_none());
/// assert_eq!(parse("{\"path\": \"a.txt\", \"published\": \"soon\"}").unwrap_err().line, 1);
/// ```
pub fn parse(text: &str) -> Result<Vec<MetaRow>, MetaError> {
    let raw = if text.trim_start().starts_with('{') {
        json_lines(text)?
    } else {
        csv_rows(text)?
    };
    raw.into_iter().map(|(line, r)| checked(line, r)).collect()
}

fn json_lines(text: &str) -> Result<Vec<(usize, RawRow)>, MetaError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str::<RawRow>(l)
                .map(|r| (i + 1, r))
                .map_err(|e| MetaError {
                    line: i + 1,
                    message: format!("not a JSON object of strings: {e}"),
                })
        })
        .collect()
}

fn csv_rows(text: &str) -> Result<Vec<(usize, RawRow)>, MetaError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(&e, 1))?.clone();
    if !headers.iter().any(|h| h == "path") {
        return Err(MetaError {
            line: 1,
            message: "the header row has no `path` column (columns: path, outlet, published, url)"
                .into(),
        });
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&e, 0))?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let row: RawRow = record
            .deserialize(Some(&headers))
            .map_err(|e| csv_error(&e, line))?;
        rows.push((line, row));
    }
    Ok(rows)
}

fn csv_error(e: &csv::Error, line: usize) -> MetaError {
    let line = e.position().map_or(line, |p| p.line() as usize);
    MetaError {
        line,
        message: format!("not valid CSV: {e}"),
    }
}

/// A raw row checked: a path is there, the time is a time; empty cells
/// are absent.
fn checked(line: usize, r: RawRow) -> Result<MetaRow, MetaError> {
    let present = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let path = present(r.path).ok_or_else(|| MetaError {
        line,
        message: "no path".into(),
    })?;
    let published = match present(r.published) {
        None => None,
        Some(t) => Some(Published::parse(&t).ok_or_else(|| MetaError {
            line,
            message: format!(
                "published `{t}` is not a time (give 2024-03-25T14:05:00Z, 2024-03-25 14:05 or 2024-03-25)"
            ),
        })?),
    };
    Ok(MetaRow {
        line,
        path,
        outlet: present(r.outlet),
        published,
        url: present(r.url),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_windows() {
        let exact = Published::parse("2024-03-25T14:05:00+01:00").unwrap();
        assert_eq!(exact.earliest, exact.latest);
        let local = Published::parse("2024-03-25 14:05").unwrap();
        assert_eq!(local.latest - local.earliest, 2 * UNKNOWN_ZONE);
        let day = Published::parse("2024-03-25").unwrap();
        let next = Published::parse("2024-03-27").unwrap();
        assert!(day.before(&next));
        assert!(!Published::parse("2024-03-26").unwrap().before(&day));
    }

    #[test]
    fn csv_and_json_lines_read_alike() {
        let csv = "url,path,outlet,published,extra\nhttps://x/a,a.txt,Reuters,2024-03-25,1\n";
        let json = "{\"path\":\"a.txt\",\"outlet\":\"Reuters\",\"published\":\"2024-03-25\",\"url\":\"https://x/a\",\"extra\":\"1\"}\n";
        let (a, b) = (parse(csv).unwrap(), parse(json).unwrap());
        assert_eq!(a[0].path, b[0].path);
        assert_eq!(a[0].outlet, b[0].outlet);
        assert_eq!(a[0].published, b[0].published);
        assert_eq!(a[0].url, b[0].url);
        assert_eq!((a[0].line, b[0].line), (2, 1));
    }

    #[test]
    fn bad_rows_name_their_line() {
        assert_eq!(parse("outlet\nap\n").unwrap_err().line, 1);
        assert_eq!(parse("path,published\na,2024\nb,x\n").unwrap_err().line, 2);
        let e = parse("path,published\na,2024-01-01\nb,next week\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("next week"));
        assert_eq!(parse("{\"path\":\"a\"}\n{oops\n").unwrap_err().line, 2);
        assert_eq!(parse("path\n\"\"\n").unwrap_err().message, "no path");
    }
}
