//! Text output of `wirediff align`, for people.
//!
//! Each passage is a block: a header (`passage 7 · 4/5 documents ·
//! reworded`), one row per witness (a marker, `=` verbatim, `~` reworded,
//! `%` partial; the document's short name and 1-based sentence numbers; the
//! text wrapped to the width, with the words only this witness has
//! highlighted, and the words only some witnesses have in a softer colour;
//! under a witness, a `!` line for each change of meaning against the first
//! witness), then the documents that lack it, dimmed. Without colour, a witness's own
//! words are marked `{like this}`. After the passages, each document's
//! sentences that no other document has, then a summary line (and the
//! changes of meaning counted by kind).
//!
//! `--matrix` prints instead a table: the share of each row document's words
//! that lie in passages it shares with each column document.

use std::io::{self, Write};
use std::path::Path;

use super::flag_text::{self, write_flags};
use super::terminal::{paint_line, write_hanging, write_wrapped};
use super::wrap::width;
use super::{plural, sentence_numbers, Colors, Paint, Piece, Style};
use crate::align::{Alignment, Passage, WitnessKind, WitnessWords, WordClass};
use crate::meaning::Flag;
use crate::model::{Document, Span};
use crate::report::AlignReport;

/// Short names of documents, safe to print: file names without directory
/// and `.txt`, or the whole path when two would be the same.
pub fn short_names(docs: &[Document]) -> Vec<String> {
    let stem = |d: &Document| {
        let p = Path::new(&d.path);
        p.file_stem()
            .map_or_else(|| d.path.clone(), |s| s.to_string_lossy().into_owned())
    };
    let stems: Vec<String> = docs.iter().map(stem).collect();
    stems
        .iter()
        .zip(docs)
        .map(|(s, d)| {
            let name = if stems.iter().filter(|o| *o == s).count() > 1 {
                &d.path
            } else {
                s
            };
            super::wrap::display(name)
        })
        .collect()
}

/// Write the passages, then each document's own sentences, then a summary.
pub fn write(out: &mut impl Write, report: &AlignReport, opts: &Style) -> io::Result<()> {
    let (docs, alignment) = (&report.docs, &report.alignment);
    let names = short_names(docs);
    let label_width = label_width(docs, &names);
    let compact = docs.len() > COMPACT_FROM && !opts.all;
    for (k, (passage, witnesses)) in alignment.passages.iter().zip(&report.witnesses).enumerate() {
        let shown = Shown {
            docs,
            names: &names,
            label_width,
            compact,
        };
        write_passage(out, &shown, k, passage, witnesses, opts)?;
    }
    write_unique(out, docs, &names, alignment, compact, opts)?;
    write_summary(out, docs, alignment, opts)?;
    if compact {
        let note = format!(
            "{} documents: each passage shows the first line of its first witness and names the others, each document counts its own sentences; --all shows everything",
            docs.len()
        );
        write_wrapped(
            out,
            &[Piece::raw(note, Paint::Dim)],
            opts.colors,
            opts.width,
        )?;
    }
    Ok(())
}

fn label_width(docs: &[Document], names: &[String]) -> usize {
    docs.iter()
        .zip(names)
        .map(|(d, n)| width(n) + 2 + d.sentences.len().to_string().len() * 2 + 1)
        .max()
        .unwrap_or(8)
        .min(32)
}

/// The documents and how their labels are shown.
struct Shown<'a> {
    docs: &'a [Document],
    names: &'a [String],
    label_width: usize,
    /// Past [`COMPACT_FROM`] documents (without `--all`): each passage's
    /// first witness on one line, the others named, those without it only
    /// counted; each document's own sentences counted, not shown.
    compact: bool,
}

/// Documents from which `align` shows passages compactly (`--all` shows
/// them in full).
pub const COMPACT_FROM: usize = 50;
/// Names listed in a passage's "not in" line before a count.
const NOT_IN_NAMES: usize = 6;

fn write_passage(
    out: &mut impl Write,
    shown: &Shown,
    k: usize,
    passage: &Passage,
    witnesses: &[WitnessWords],
    opts: &Style,
) -> io::Result<()> {
    let (docs, names, label_width) = (shown.docs, shown.names, shown.label_width);
    let present = passage.documents();
    let partial = passage.partial_count();
    let mut header = vec![
        Piece::raw(format!("passage {}", k + 1), Paint::Bold),
        Piece::raw(
            format!(
                " · {}/{} documents · {}",
                present.len(),
                docs.len(),
                passage.kind.name()
            ),
            Paint::Dim,
        ),
    ];
    if partial > 0 {
        header.push(Piece::raw(format!(", {partial} partial"), Paint::Dim));
    }
    write_wrapped(out, &header, opts.colors, opts.width)?;
    let compact = shown.compact;
    for (i, w) in witnesses.iter().enumerate() {
        let kind = passage
            .members
            .iter()
            .filter(|m| m.doc == w.doc)
            .map(|m| m.kind)
            .max()
            .unwrap_or(WitnessKind::Reworded);
        let (mark, paint) = match kind {
            WitnessKind::Verbatim => ("=", Paint::Dim),
            WitnessKind::Reworded => ("~", Paint::Reworded),
            WitnessKind::Partial => ("%", Paint::Partial),
        };
        let label = format!("{} {}", names[w.doc], sentence_numbers(&w.sentences));
        let prefix = format!("  {mark} {label:<label_width$}  ");
        if compact && i > 0 && passage.flags.iter().all(|(d, _)| *d != w.doc) {
            // Past a screenful of documents, the other witnesses without a
            // change of meaning are named, not shown.
            continue;
        }
        let text = witness_pieces(&docs[w.doc], &w.sentences, &w.words, opts.colors);
        if compact {
            // One line of it, the rest cut with an ellipsis.
            let lines = super::wrap::wrap(&text, opts.width.saturating_sub(width(&prefix) + 2));
            let mut line = vec![Piece::raw(prefix.clone(), paint)];
            line.extend(lines.first().cloned().unwrap_or_default());
            if lines.len() > 1 {
                line.push(Piece::raw(" …", Paint::Dim));
            }
            paint_line(out, &line, opts.colors)?;
            writeln!(out)?;
        } else {
            write_hanging(out, &prefix, paint, &text, opts.colors, opts.width)?;
        }
        // Changes of meaning against the passage's first witness.
        let flags: Vec<Flag> = passage
            .flags
            .iter()
            .filter(|(d, _)| *d == w.doc)
            .map(|(_, f)| f.clone())
            .collect();
        write_flags(out, &flags, width(&prefix), opts)?;
    }
    if compact && witnesses.len() > 1 {
        let others: Vec<String> = witnesses[1..]
            .iter()
            .filter(|w| passage.flags.iter().all(|(d, _)| *d != w.doc))
            .map(|w| format!("{} {}", names[w.doc], sentence_numbers(&w.sentences)))
            .collect();
        if !others.is_empty() {
            let line = [Piece::raw(others.join(", "), Paint::Dim)];
            write_hanging(
                out,
                "    also: ",
                Paint::Dim,
                &line,
                opts.colors,
                opts.width,
            )?;
        }
    }
    let missing: Vec<&str> = (0..docs.len())
        .filter(|d| !present.contains(d))
        .map(|d| names[d].as_str())
        .collect();
    // Compact, the header's count says it (5/600 documents).
    if !missing.is_empty() && !compact {
        // A few names and a count: on a corpus, every passage is missing
        // from most documents.
        let listed = if missing.len() <= NOT_IN_NAMES {
            missing.join(", ")
        } else {
            format!(
                "{} documents: {}, … and {} more",
                missing.len(),
                missing[..NOT_IN_NAMES - 1].join(", "),
                missing.len() - (NOT_IN_NAMES - 1)
            )
        };
        let line = [Piece::raw(listed, Paint::Dim)];
        write_hanging(
            out,
            "    not in: ",
            Paint::Dim,
            &line,
            opts.colors,
            opts.width,
        )?;
    }
    writeln!(out)
}

/// The text of a witness, its words painted by class.
fn witness_pieces(
    doc: &Document,
    sentences: &[usize],
    words: &[(Span, WordClass)],
    colors: Colors,
) -> Vec<Piece> {
    let first = doc.sentences[sentences[0]].span;
    let last = doc.sentences[sentences[sentences.len() - 1]].span;
    let span = first.cover(last);
    let mut pieces = Vec::new();
    let mut at = span.start;
    for &(w, class) in words {
        if w.start < at {
            continue;
        }
        pieces.push(Piece::new(&doc.text[at..w.start], Paint::Plain));
        let word = &doc.text[w.range()];
        match (class, colors.on()) {
            (WordClass::Shared, _) => pieces.push(Piece::new(word, Paint::Plain)),
            (WordClass::Some, true) => pieces.push(Piece::new(word, Paint::Minority)),
            (WordClass::Some, false) => pieces.push(Piece::new(word, Paint::Plain)),
            (WordClass::Own, true) => pieces.push(Piece::new(word, Paint::Own)),
            (WordClass::Own, false) => pieces.push(Piece::new(&format!("{{{word}}}"), Paint::Own)),
        }
        at = w.end;
    }
    pieces.push(Piece::new(&doc.text[at..span.end], Paint::Plain));
    pieces
}

fn write_unique(
    out: &mut impl Write,
    docs: &[Document],
    names: &[String],
    alignment: &Alignment,
    compact: bool,
    opts: &Style,
) -> io::Result<()> {
    for (d, doc) in docs.iter().enumerate() {
        let own: Vec<usize> = alignment
            .unique
            .iter()
            .filter(|u| u.doc == d)
            .map(|u| u.sentence)
            .collect();
        if own.is_empty() {
            continue;
        }
        let words: usize = own.iter().map(|&s| alignment.words[d][s]).sum();
        let total: usize = alignment.words[d].iter().sum::<usize>().max(1);
        let header = [
            Piece::raw(format!("only in {}", names[d]), Paint::Bold),
            Piece::raw(
                format!(
                    " · {} · {:.0}% of its words",
                    plural(own.len(), "sentence", "sentences"),
                    words as f32 * 100.0 / total as f32
                ),
                Paint::Dim,
            ),
        ];
        write_wrapped(out, &header, opts.colors, opts.width)?;
        if compact {
            continue;
        }
        for s in own {
            let prefix = format!("  + {:<5} ", sentence_numbers(&[s]));
            let text = [Piece::new(doc.sentence_text(s), Paint::Plain)];
            write_hanging(out, &prefix, Paint::Added, &text, opts.colors, opts.width)?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn write_summary(
    out: &mut impl Write,
    docs: &[Document],
    alignment: &Alignment,
    opts: &Style,
) -> io::Result<()> {
    let everywhere = alignment
        .passages
        .iter()
        .filter(|p| p.documents().len() == docs.len())
        .count();
    let verbatim = alignment
        .passages
        .iter()
        .filter(|p| p.kind == WitnessKind::Verbatim)
        .count();
    let line = [Piece::raw(
        format!(
            "{} · {} ({} in every document, {} verbatim) · {} in one document only",
            plural(docs.len(), "document", "documents"),
            plural(alignment.passages.len(), "passage", "passages"),
            everywhere,
            verbatim,
            plural(alignment.unique.len(), "sentence", "sentences")
        ),
        Paint::Bold,
    )];
    write_wrapped(out, &line, opts.colors, opts.width)?;
    let flags = flag_text::counts(
        alignment
            .passages
            .iter()
            .flat_map(|p| &p.flags)
            .map(|f| &f.1),
    );
    if !flags.is_empty() {
        write_wrapped(out, &flags, opts.colors, opts.width)?;
    }
    Ok(())
}

/// Write the documents × documents table of shared words.
pub fn write_matrix(out: &mut impl Write, report: &AlignReport, opts: &Style) -> io::Result<()> {
    let docs = &report.docs;
    let names = short_names(docs);
    let Some(matrix) = &report.matrix else {
        let line = [Piece::raw(
            format!(
                "{} documents: too many for a table (at most {}); see --format json for passages",
                docs.len(),
                AlignReport::MATRIX_MAX_DOCUMENTS
            ),
            Paint::Dim,
        )];
        return write_wrapped(out, &line, opts.colors, opts.width);
    };
    let name_width = names.iter().map(|n| width(n)).max().unwrap_or(4).min(30);
    let index_width = docs.len().to_string().len() + 2;
    let title = [Piece::raw(
        "share of each row document's words in passages it shares with each column document (diagonal: with any)",
        Paint::Dim,
    )];
    write_wrapped(out, &title, opts.colors, opts.width)?;
    let mut header = vec![Piece::raw(
        format!("{:index_width$} {:name_width$}", "", ""),
        Paint::Plain,
    )];
    for c in 0..docs.len() {
        header.push(Piece::raw(
            format!(" {:>5}", format!("[{}]", c + 1)),
            Paint::Bold,
        ));
    }
    paint_line(out, &header, opts.colors)?;
    writeln!(out)?;
    for (r, row) in matrix.iter().enumerate() {
        let name: String = names[r].chars().take(name_width).collect();
        let mut line = vec![Piece::raw(
            format!(
                "{:>index_width$} {name:<name_width$}",
                format!("[{}]", r + 1)
            ),
            Paint::Bold,
        )];
        for (c, share) in row.iter().enumerate() {
            let paint = if r == c { Paint::Dim } else { Paint::Plain };
            line.push(Piece::raw(format!(" {:>4.0}%", share * 100.0), paint));
        }
        paint_line(out, &line, opts.colors)?;
        writeln!(out)?;
    }
    Ok(())
}
