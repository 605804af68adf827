//! Text output of `wirediff trace` and `wirediff outlets`, for people.
//!
//! Per document: a header with its outlet, then each sentence with its
//! origin tag in a fixed column (`[NYT]`, `[Tasnim]`, `[own]`,
//! `[boilerplate]`), coloured per outlet from one stable palette; with
//! `verbose`, the evidence under each sentence (`cue: "told the Tasnim news
//! agency"`, `via: nbc-news #5 …`). Then the document's breakdown (share of
//! words by origin, with a bar in colour) and, at the end, the corpus
//! summary.

use std::io::{self, Write};

use super::align_text::short_names;
use super::terminal::{write_hanging, write_wrapped};
use super::wrap::width;
use super::{plural, Paint, Piece, Style};
use crate::model::Document;
use crate::provenance::{DocumentOutlet, Evidence, EvidenceKind, Origin, Registry, Trace};
use crate::report::TraceReport;

/// Width of the breakdown bar.
const BAR: usize = 40;

/// Write the trace of the documents the report shows.
pub fn write(out: &mut impl Write, report: &TraceReport, opts: &Style) -> io::Result<()> {
    let (docs, trace, registry) = (&report.docs, &report.trace, &report.registry);
    let names = short_names(docs);
    let tag_width = trace
        .sentences
        .iter()
        .flatten()
        .map(|t| width(&tag(&t.origin, registry)))
        .max()
        .unwrap_or(5);
    for d in report.shown() {
        write_header(out, report, &names, d, opts)?;
        for (s, t) in trace.sentences[d].iter().enumerate() {
            let label = tag(&t.origin, registry);
            let prefix = format!("  {label:<tag_width$} {:>3}  ", format!("#{}", s + 1));
            let text = [Piece::new(docs[d].sentence_text(s), text_paint(&t.origin))];
            write_hanging(
                out,
                &prefix,
                paint(&t.origin),
                &text,
                opts.colors,
                opts.width,
            )?;
            if opts.verbose {
                let indent = width(&prefix);
                for line in evidence_lines(docs, registry, &names, &t.evidence, &t.alternatives) {
                    let pieces = [Piece::new(&line, Paint::Dim)];
                    write_hanging(
                        out,
                        &" ".repeat(indent),
                        Paint::Dim,
                        &pieces,
                        opts.colors,
                        opts.width,
                    )?;
                }
            }
        }
        write_shares(out, registry, &report.breakdown[d], opts)?;
        writeln!(out)?;
    }
    write_summary(out, docs, trace, registry, opts)
}

fn write_header(
    out: &mut impl Write,
    report: &TraceReport,
    names: &[String],
    d: usize,
    opts: &Style,
) -> io::Result<()> {
    let (docs, trace, registry) = (&report.docs, &report.trace, &report.registry);
    let meta = report.meta.get(d);
    let known = &trace.outlets[d];
    let outlet = match (known.outlet, known.labelled) {
        (Some(o), true) => format!("outlet: {} (labelled)", registry.outlets[o].name),
        (Some(o), false) if known.from_meta() => {
            format!("outlet: {} (metadata)", registry.outlets[o].name)
        }
        (Some(o), false) => {
            let cues = &known.cues;
            let why: Vec<String> = cues
                .iter()
                .take(2)
                .map(|(cd, c)| {
                    let quote = format!("“{}”", docs[*cd].slice(c.span));
                    if *cd == d {
                        quote
                    } else {
                        format!("{quote} in {}", names[*cd])
                    }
                })
                .collect();
            let how = if cues.iter().any(|(cd, _)| *cd != d) {
                "others credit its content to it: "
            } else {
                ""
            };
            format!(
                "outlet: {} (from {how}{})",
                registry.outlets[o].name,
                why.join(", ")
            )
        }
        (None, _) => "outlet: unknown".to_string(),
    };
    let published = meta
        .and_then(|m| m.published.as_ref())
        .map(|p| format!(" · published {}", p.text))
        .unwrap_or_default();
    let mut line = vec![
        Piece::raw(names[d].clone(), Paint::Bold),
        Piece::new(
            &format!(
                " · {outlet}{published} · {}",
                plural(docs[d].sentences.len(), "sentence", "sentences")
            ),
            Paint::Dim,
        ),
    ];
    if let Some(why) = outlet_conflict(known, registry) {
        line.push(Piece::new(&format!(" · ! {why}"), Paint::Alert));
    }
    write_wrapped(out, &line, opts.colors, opts.width)
}

/// `metadata says Reuters`, when the metadata's outlet is not the one the
/// document is taken to be.
pub(super) fn outlet_conflict(known: &DocumentOutlet, registry: &Registry) -> Option<String> {
    if !known.conflict() {
        return None;
    }
    let name = |o: Option<usize>| o.map_or("", |o| registry.outlets[o].name.as_str());
    Some(format!(
        "metadata says {}, the {} {}",
        name(known.meta),
        if known.labelled { "label" } else { "text" },
        name(known.outlet)
    ))
}

/// `[NYT]`, `[Tasnim]`, `[own]`, `[boilerplate]`.
fn tag(origin: &Origin, registry: &Registry) -> String {
    match origin {
        Origin::Outlet(o) => format!("[{}]", registry.outlets[*o].label()),
        Origin::Own => "[own]".into(),
        Origin::Boilerplate => "[boilerplate]".into(),
    }
}

/// The stable colour of an origin.
fn paint(origin: &Origin) -> Paint {
    match origin {
        Origin::Outlet(o) => Paint::Swatch(*o),
        Origin::Own | Origin::Boilerplate => Paint::Dim,
    }
}

fn text_paint(origin: &Origin) -> Paint {
    match origin {
        Origin::Boilerplate => Paint::Dim,
        _ => Paint::Plain,
    }
}

fn evidence_lines(
    docs: &[Document],
    registry: &Registry,
    names: &[String],
    evidence: &[Evidence],
    alternatives: &[(Origin, f32)],
) -> Vec<String> {
    let mut lines: Vec<String> = evidence
        .iter()
        .take(4)
        .map(|e| {
            let outlet = registry.outlets[e.outlet].label();
            let text = short(docs[e.doc].slice(e.span));
            match e.kind {
                EvidenceKind::Cue => format!("cue: “{text}” → {outlet}, {:.2}", e.weight),
                EvidenceKind::Quote => format!("quote: {text} spoke to {outlet}, {:.2}", e.weight),
                EvidenceKind::Context => {
                    format!(
                        "context: #{} “{text}” → {outlet}, {:.2}",
                        e.sentence + 1,
                        e.weight
                    )
                }
                EvidenceKind::Passage => format!(
                    "via: {} #{} “{text}” → {outlet}, {:.2}",
                    names[e.doc],
                    e.sentence + 1,
                    e.weight
                ),
                EvidenceKind::Document => {
                    format!(
                        "document: {outlet}, this document's outlet, {:.2}",
                        e.weight
                    )
                }
                EvidenceKind::Restated => format!(
                    "restates: #{} “{text}” → {outlet}, {:.2}",
                    e.sentence + 1,
                    e.weight
                ),
            }
        })
        .collect();
    if evidence.len() > 4 {
        lines.push(format!("… and {} more", evidence.len() - 4));
    }
    if !alternatives.is_empty() {
        let alt: Vec<String> = alternatives
            .iter()
            .take(3)
            .map(|(o, c)| format!("{} {c:.2}", o.id(registry)))
            .collect();
        lines.push(format!("also: {}", alt.join(", ")));
    }
    lines
}

fn short(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 60 {
        let cut: String = flat.chars().take(57).collect();
        format!("{cut}…")
    } else {
        flat
    }
}

fn write_shares(
    out: &mut impl Write,
    registry: &Registry,
    shares: &[(Origin, f32)],
    opts: &Style,
) -> io::Result<()> {
    let mut line = vec![Piece::raw("  ", Paint::Plain)];
    if opts.colors.on() {
        let mut used = 0;
        for (k, (o, share)) in shares.iter().enumerate() {
            let mut n = (share * BAR as f32).round() as usize;
            if k + 1 == shares.len() {
                n = BAR.saturating_sub(used);
            }
            used += n;
            line.push(Piece::raw("█".repeat(n), paint(o)));
        }
        line.push(Piece::raw("  ", Paint::Plain));
    }
    for (k, (o, share)) in shares.iter().enumerate() {
        if k > 0 {
            line.push(Piece::raw(" · ", Paint::Dim));
        }
        line.push(Piece::raw(
            format!("{} {:.0}%", o.id(registry), share * 100.0),
            paint(o),
        ));
    }
    write_wrapped(out, &line, opts.colors, opts.width)
}

fn write_summary(
    out: &mut impl Write,
    docs: &[Document],
    trace: &Trace,
    registry: &Registry,
    opts: &Style,
) -> io::Result<()> {
    let mut counts: Vec<(Origin, usize)> = Vec::new();
    for t in trace.sentences.iter().flatten() {
        match counts.iter_mut().find(|x| x.0 == t.origin) {
            Some(x) => x.1 += 1,
            None => counts.push((t.origin, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let total: usize = counts.iter().map(|x| x.1).sum();
    let mut line = vec![Piece::raw(
        format!("{} documents · {total} sentences: ", docs.len()),
        Paint::Bold,
    )];
    for (k, (o, n)) in counts.iter().enumerate() {
        if k > 0 {
            line.push(Piece::raw(" · ", Paint::Dim));
        }
        line.push(Piece::raw(format!("{} {n}", o.id(registry)), paint(o)));
    }
    write_wrapped(out, &line, opts.colors, opts.width)
}

/// Write the registry: id, kind, name and aliases, one outlet per row.
pub fn write_outlets(out: &mut impl Write, registry: &Registry, opts: &Style) -> io::Result<()> {
    let id_width = registry
        .outlets
        .iter()
        .map(|o| width(&o.id))
        .max()
        .unwrap_or(4);
    for (k, o) in registry.outlets.iter().enumerate() {
        let prefix = format!("{:<id_width$}  {:<11}  ", o.id, o.kind);
        let text = [
            Piece::new(&o.name, Paint::Bold),
            Piece::new(&format!("  ({})", o.aliases.join(", ")), Paint::Dim),
        ];
        write_hanging(
            out,
            &prefix,
            paint(&Origin::Outlet(k)),
            &text,
            opts.colors,
            opts.width,
        )?;
    }
    Ok(())
}
