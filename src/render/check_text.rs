//! Text output of `wirediff check`, for people.
//!
//! Per suspect: a verdict line (`OVER` or `ok` against the limits, the
//! reuse share, licensed reuse and shared facts when there are any, the
//! words), a bar of reuse by source (in colour), the sources with their
//! shares (reuse, then shared facts) and outlets, then the reused passages: the
//! suspect's sentence numbers, the source's, the kind and similarity, and
//! the suspect's text with the words it shares with the source in that
//! source's colour.

use std::io::{self, Write};

use super::align_text::short_names;
use super::flag_text::write_flags;
use super::terminal::{paint_line, write_hanging, write_wrapped};
use super::wrap::width;
use super::{sentence_numbers, Paint, Piece, Style};
use crate::align::WordOp;
use crate::check::{Reuse, SuspectCheck as Report};
use crate::model::Document;
use crate::report::{CheckReport, Limits};

/// Width of the reuse bar.
const BAR: usize = 40;

/// Write every report.
pub fn write(out: &mut impl Write, report: &CheckReport, opts: &Style) -> io::Result<()> {
    let docs = &report.docs;
    let names = short_names(docs);
    for (k, suspect) in report.suspects.iter().enumerate() {
        let r = &suspect.check;
        if k > 0 {
            writeln!(out)?;
        }
        write_verdict(out, docs, r, suspect.over, &report.limits, opts)?;
        write_sources(out, &names, r, &report.source_outlets, opts)?;
        for p in &r.reuses {
            write_passage(out, docs, &names, r, p, opts)?;
        }
    }
    Ok(())
}

/// The colour of a source, by its rank among the suspect's sources.
fn paint(r: &Report, source: usize) -> Paint {
    let rank = r
        .sources
        .iter()
        .position(|s| s.source == source)
        .unwrap_or(0);
    Paint::Swatch(rank)
}

fn write_verdict(
    out: &mut impl Write,
    docs: &[Document],
    r: &Report,
    over: bool,
    limits: &Limits,
    opts: &Style,
) -> io::Result<()> {
    let mut line = vec![Piece::new(&docs[r.suspect].path, Paint::Bold)];
    let has_limits = limits.max_reuse.is_some() || limits.max_source.is_some();
    if has_limits {
        let (word, paint) = if over {
            ("  OVER", Paint::Dropped)
        } else {
            ("  ok", Paint::Added)
        };
        line.push(Piece::raw(word, paint));
    }
    let mut detail = format!("  reuse {:.0}%", r.reuse * 100.0);
    if let Some(m) = limits.max_reuse {
        detail.push_str(&format!(" (limit {:.0}%)", m * 100.0));
    }
    let top = r.sources.iter().filter(|s| !s.licensed).map(|s| s.reuse);
    if let (Some(m), Some(top)) = (limits.max_source, top.reduce(f32::max)) {
        detail.push_str(&format!(
            " · top source {:.0}% (limit {:.0}%)",
            top * 100.0,
            m * 100.0
        ));
    }
    if r.licensed_reuse > 0.0 {
        detail.push_str(&format!(" · licensed {:.0}%", r.licensed_reuse * 100.0));
    }
    if r.shared_facts > 0.0 {
        detail.push_str(&format!(" · shared facts {:.0}%", r.shared_facts * 100.0));
    }
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    detail.push_str(&format!(
        " · {} · {} from {}",
        plural(r.words, "word", "words"),
        plural(r.reuses.len(), "passage", "passages"),
        plural(r.sources.len(), "source", "sources")
    ));
    line.push(Piece::raw(detail, Paint::Dim));
    write_wrapped(out, &line, opts.colors, opts.width)
}

fn write_sources(
    out: &mut impl Write,
    names: &[String],
    r: &Report,
    outlets: &[Option<String>],
    opts: &Style,
) -> io::Result<()> {
    if opts.colors.on() && !r.sources.is_empty() {
        let mut bar = vec![Piece::raw("  ", Paint::Plain)];
        let mut used = 0;
        for s in &r.sources {
            let n = (s.reuse * BAR as f32).round() as usize;
            used += n;
            bar.push(Piece::raw("█".repeat(n), paint(r, s.source)));
        }
        bar.push(Piece::raw("░".repeat(BAR.saturating_sub(used)), Paint::Dim));
        write_wrapped(out, &bar, opts.colors, opts.width)?;
    }
    let name_width = r
        .sources
        .iter()
        .map(|s| width(&names[s.source]))
        .max()
        .unwrap_or(0);
    for s in &r.sources {
        let mut outlet = outlets
            .get(s.source)
            .cloned()
            .flatten()
            .map(|o| format!("  ({o})"))
            .unwrap_or_default();
        if s.licensed {
            outlet.push_str("  licensed");
        }
        if s.shared_facts > 0.0 {
            outlet.push_str(&format!("  · facts {:.0}%", s.shared_facts * 100.0));
        }
        let line = [
            Piece::raw(format!("  {:>4.0}%  ", s.reuse * 100.0), Paint::Bold),
            Piece::raw(
                format!("{:<name_width$}", names[s.source]),
                paint(r, s.source),
            ),
            Piece::raw(outlet, Paint::Dim),
        ];
        paint_line(out, &line, opts.colors)?;
        writeln!(out)?;
    }
    Ok(())
}

fn write_passage(
    out: &mut impl Write,
    docs: &[Document],
    names: &[String],
    r: &Report,
    p: &Reuse,
    opts: &Style,
) -> io::Result<()> {
    let also = if p.also_in.is_empty() {
        String::new()
    } else {
        let others: Vec<&str> = p.also_in.iter().map(|&o| names[o].as_str()).collect();
        format!(" · also in {}", others.join(", "))
    };
    let header = [
        Piece::raw(
            format!("  {} ← ", sentence_numbers(&p.suspect_sentences)),
            Paint::Bold,
        ),
        Piece::raw(
            format!(
                "{} {}",
                names[p.source],
                sentence_numbers(&p.source_sentences)
            ),
            paint(r, p.source),
        ),
        Piece::raw(
            format!(
                " · {} {:.2}{also}",
                if p.verbatim { "verbatim" } else { "reworded" },
                p.similarity
            ),
            Paint::Dim,
        ),
    ];
    paint_line(out, &header, opts.colors)?;
    writeln!(out)?;
    let suspect = &docs[r.suspect];
    let changes = &p.changes;
    let mut pieces = Vec::new();
    if changes.is_empty() {
        pieces.push(Piece::new(
            suspect.slice(p.suspect_span),
            paint(r, p.source),
        ));
    }
    for c in changes.iter().filter(|c| c.op != WordOp::Delete) {
        if let Some(span) = c.new {
            let reused = c.op == WordOp::Equal && opts.colors.on();
            let paint = if reused {
                paint(r, p.source)
            } else {
                Paint::Plain
            };
            pieces.push(Piece::new(suspect.slice(span), paint));
        }
    }
    write_hanging(
        out,
        "      ",
        Paint::Plain,
        &pieces,
        opts.colors,
        opts.width,
    )?;
    write_flags(out, &p.flags, 6, opts)
}
