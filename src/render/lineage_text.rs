//! Text output of `wirediff lineage`, for people: a forest with the
//! documents that came first at the roots and each derived document under
//! its strongest parent (its share of words, and the strongest evidence of
//! the direction; `-v` shows all of it), then the pairs whose direction no
//! evidence decides, the families of near-identical documents, and each
//! document's outlets and speakers. Each outlet keeps its colour.

use std::io::{self, Write};

use super::align_text::short_names;
use super::terminal::write_hanging;
use super::trace_text::outlet_conflict;
use super::{plural, Paint, Piece, Style};
use crate::lineage::{DirectionEvidence, DirectionKind, Edge, Node};
use crate::report::LineageReport;

fn percent(x: f32) -> String {
    format!("{:.0}%", x * 100.0)
}

/// Write the lineage of `report`.
pub fn write(out: &mut impl Write, report: &LineageReport, style: &Style) -> io::Result<()> {
    let l = &report.lineage;
    let n = report.docs.len();
    let names = short_names(&report.docs);
    let directed: Vec<&Edge> = l.edges.iter().filter(|e| e.directed()).collect();
    let undirected: Vec<&Edge> = l.edges.iter().filter(|e| !e.directed()).collect();
    let summary = format!(
        "{} · {}: {} directed, {} undirected · {}",
        plural(n, "document", "documents"),
        plural(l.edges.len(), "edge", "edges"),
        directed.len(),
        undirected.len(),
        plural(l.families.len(), "family", "families"),
    );
    line(out, style, "", &[Piece::raw(summary, Paint::Bold)])?;
    writeln!(out)?;

    // Each document's strongest directed parent.
    let parent: Vec<Option<&Edge>> = (0..n)
        .map(|d| {
            directed
                .iter()
                .copied()
                .filter(|e| e.to == d)
                .max_by(|x, y| x.share.total_cmp(&y.share).then(y.from.cmp(&x.from)))
        })
        .collect();
    let doc_pieces = |d: usize| -> Vec<Piece> {
        let mut p = vec![Piece::new(&names[d], Paint::Bold)];
        if let Some(o) = report.trace.outlets[d].outlet {
            p.push(Piece::raw(
                format!(" [{}]", report.registry.outlets[o].label()),
                Paint::Swatch(o),
            ));
        }
        p
    };
    let mut shown = vec![false; n];
    let mut stack: Vec<(usize, String, String)> = Vec::new();
    // The roots first; then any document still unshown (on a cycle of
    // strongest parents) as a root too.
    let (roots, rest): (Vec<usize>, Vec<usize>) = (0..n).partition(|&d| parent[d].is_none());
    for root in roots.into_iter().chain(rest) {
        if shown[root] {
            continue;
        }
        stack.push((root, String::new(), String::new()));
        while let Some((d, head, rest)) = stack.pop() {
            if shown[d] {
                continue;
            }
            shown[d] = true;
            let mut pieces = doc_pieces(d);
            if let Some(e) = parent[d].filter(|_| !head.is_empty()) {
                pieces.push(Piece::raw(
                    format!("  {} of its words", percent(e.share)),
                    Paint::Plain,
                ));
                if let Some(x) = e.evidence.iter().find(|x| x.source == e.from) {
                    pieces.push(Piece::new(
                        &format!("  ← {}", evidence_text(report, &names, x)),
                        Paint::Dim,
                    ));
                }
            }
            line(out, style, &head, &pieces)?;
            if let Some(e) = parent[d].filter(|_| !head.is_empty()) {
                for other in directed.iter().filter(|x| x.to == d && x.from != e.from) {
                    line(
                        out,
                        style,
                        &format!("{rest}   "),
                        &[Piece::new(
                            &format!("also from {} ({})", names[other.from], percent(other.share)),
                            Paint::Dim,
                        )],
                    )?;
                }
                if style.verbose {
                    for x in &e.evidence {
                        line(
                            out,
                            style,
                            &format!("{rest}   "),
                            &[Piece::new(&evidence_line(report, &names, x), Paint::Dim)],
                        )?;
                    }
                }
            }
            let children: Vec<usize> = (0..n)
                .filter(|&c| !shown[c] && parent[c].is_some_and(|e| e.from == d))
                .collect();
            for (k, &c) in children.iter().enumerate().rev() {
                let last = k + 1 == children.len();
                let (branch, cont) = if last {
                    ("└─ ", "   ")
                } else {
                    ("├─ ", "│  ")
                };
                stack.push((c, format!("{rest}{branch}"), format!("{rest}{cont}")));
            }
        }
    }

    if !undirected.is_empty() {
        section(
            out,
            style,
            "Undirected: shared text, no evidence of which came first",
        )?;
        for e in &undirected {
            let text = format!(
                "{} — {}  {} / {} of their words",
                names[e.from],
                names[e.to],
                percent(e.back_share),
                percent(e.share)
            );
            line(out, style, "  ", &[Piece::new(&text, Paint::Plain)])?;
            if style.verbose {
                for x in &e.evidence {
                    line(
                        out,
                        style,
                        "    ",
                        &[Piece::new(&evidence_line(report, &names, x), Paint::Dim)],
                    )?;
                }
            }
        }
    }

    if !l.families.is_empty() {
        section(
            out,
            style,
            "Families: documents that carry essentially the same text",
        )?;
        for f in &l.families {
            let mut members = vec![f.head];
            members.extend(f.members.iter().copied().filter(|&m| m != f.head));
            let list: Vec<&str> = members.iter().map(|&m| names[m].as_str()).collect();
            line(
                out,
                style,
                "  ",
                &[Piece::new(&list.join(" = "), Paint::Plain)],
            )?;
        }
    }

    let with_sources: Vec<usize> = (0..n)
        .filter(|&d| {
            l.parents[d]
                .iter()
                .any(|p| matches!(p.node, Node::Source(_)))
        })
        .collect();
    if !with_sources.is_empty() {
        section(
            out,
            style,
            "Sources: outlets and speakers each document's sentences trace to",
        )?;
        for d in with_sources {
            let mut pieces = vec![
                Piece::new(&names[d], Paint::Plain),
                Piece::raw(":", Paint::Plain),
            ];
            for p in &l.parents[d] {
                if let Node::Source(o) = p.node {
                    pieces.push(Piece::raw(" ", Paint::Plain));
                    pieces.push(Piece::new(&report.registry.outlets[o].id, Paint::Swatch(o)));
                    pieces.push(Piece::raw(format!(" {}", percent(p.share)), Paint::Dim));
                }
            }
            line(out, style, "  ", &pieces)?;
        }
    }

    let outlet_conflicts: Vec<String> = (0..n)
        .filter_map(|d| {
            let why = outlet_conflict(&report.trace.outlets[d], &report.registry)?;
            Some(format!("{}: {why}", names[d]))
        })
        .collect();
    let time_conflicts: Vec<String> = l
        .edges
        .iter()
        .filter(|e| e.conflict())
        .flat_map(|e| {
            e.evidence
                .iter()
                .filter(|x| x.kind == DirectionKind::Published)
                .map(move |x| (e, x))
        })
        .map(|(e, x)| {
            let text = if e.directed() {
                format!("the text says {} came first", names[e.from])
            } else {
                "the text's evidence points the other way".to_string()
            };
            format!("{}; {text}", evidence_text(report, &names, x))
        })
        .collect();
    if !outlet_conflicts.is_empty() || !time_conflicts.is_empty() {
        section(
            out,
            style,
            "Conflicts: the metadata says otherwise than the text",
        )?;
        for c in outlet_conflicts.iter().chain(&time_conflicts) {
            line(out, style, "  ! ", &[Piece::new(c, Paint::Alert)])?;
        }
    }
    Ok(())
}

/// A section's title, after a blank line.
fn section(out: &mut impl Write, style: &Style, title: &str) -> io::Result<()> {
    writeln!(out)?;
    line(out, style, "", &[Piece::raw(title, Paint::Bold)])
}

/// One row: `prefix`, then `pieces` wrapped under it.
fn line(out: &mut impl Write, style: &Style, prefix: &str, pieces: &[Piece]) -> io::Result<()> {
    write_hanging(out, prefix, Paint::Dim, pieces, style.colors, style.width)
}

/// The strongest evidence in a few words: `credits “reports the AP”`.
fn evidence_text(report: &LineageReport, names: &[String], x: &DirectionEvidence) -> String {
    let outlet = |o: Option<usize>| {
        o.map(|o| report.registry.outlets[o].label().to_string())
            .unwrap_or_default()
    };
    match x.kind {
        DirectionKind::Credit => match x.at {
            Some((d, _, span)) => format!("credits “{}”", report.docs[d].slice(span)),
            None => format!("credits {}", outlet(x.outlet)),
        },
        DirectionKind::Wire => format!("{} is the {} wire copy", names[x.source], outlet(x.outlet)),
        DirectionKind::Named => format!(
            "{} names its writer ({}), {} none",
            names[x.source],
            outlet(x.outlet),
            names[x.derived]
        ),
        DirectionKind::Trimmed => format!(
            "{} is {} word for word, cut short",
            names[x.derived], names[x.source]
        ),
        DirectionKind::Combines => format!(
            "also carries {}",
            x.other.map(|o| names[o].as_str()).unwrap_or("another text")
        ),
        DirectionKind::Dated => match x.at {
            Some((d, _, span)) => format!(
                "{} printed “{}”, before {}",
                names[d],
                report.docs[d].slice(span),
                names[x.derived]
            ),
            None => format!("{} is dated before {}", names[x.source], names[x.derived]),
        },
        DirectionKind::Published => {
            let when = |d: usize| {
                report
                    .meta
                    .get(d)
                    .and_then(|m| m.published.as_ref())
                    .map_or("?", |p| p.text.as_str())
            };
            format!(
                "{} published {}, {} {}",
                names[x.source],
                when(x.source),
                names[x.derived],
                when(x.derived)
            )
        }
    }
}

/// One evidence line for `-v`: which way it points, why, how much.
fn evidence_line(report: &LineageReport, names: &[String], x: &DirectionEvidence) -> String {
    format!(
        "{}: {} → {} · {} ({:.2})",
        x.kind.name(),
        names[x.source],
        names[x.derived],
        evidence_text(report, names, x),
        x.weight
    )
}
