//! Graphviz output of `wirediff lineage --format dot`: documents as boxes
//! (families in one cluster), outlets and speakers as ellipses; a directed
//! edge as an arrow labelled with its share and strongest evidence, an
//! undirected one dashed without arrowhead, a source edge dotted.
//!
//! ```text
//! wirediff lineage --format dot DIR | dot -Tsvg > lineage.svg
//! ```

use std::io::{self, Write};

use super::align_text::short_names;
use super::Style;
use crate::lineage::Node;
use crate::report::LineageReport;

/// A string as a DOT quoted identifier.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn percent(x: f32) -> String {
    format!("{:.0}%", x * 100.0)
}

/// Write `report` as one Graphviz `digraph`.
pub fn write(out: &mut impl Write, report: &LineageReport, _style: &Style) -> io::Result<()> {
    let reg = &report.registry;
    let names = short_names(&report.docs);
    let lineage = &report.lineage;
    writeln!(out, "digraph lineage {{")?;
    writeln!(out, "  rankdir=LR;")?;
    writeln!(out, "  node [shape=box, fontname=\"Helvetica\"];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=10];")?;
    for (k, family) in lineage.families.iter().enumerate() {
        writeln!(out, "  subgraph cluster_family{k} {{")?;
        writeln!(out, "    label=\"family\"; style=rounded;")?;
        for &d in &family.members {
            writeln!(out, "    doc{d};")?;
        }
        writeln!(out, "  }}")?;
    }
    for (d, name) in names.iter().enumerate() {
        let outlet = report.trace.outlets[d]
            .outlet
            .map(|o| format!("\n{}", reg.outlets[o].name))
            .unwrap_or_default();
        writeln!(
            out,
            "  doc{d} [label={}];",
            quoted(&format!("{name}{outlet}"))
        )?;
    }
    let mut sources: Vec<usize> = Vec::new();
    for parents in &lineage.parents {
        for p in parents {
            if let Node::Source(o) = p.node {
                if !sources.contains(&o) {
                    sources.push(o);
                }
            }
        }
    }
    for &o in &sources {
        writeln!(
            out,
            "  src{o} [shape=ellipse, label={}];",
            quoted(&reg.outlets[o].name)
        )?;
    }
    for e in &lineage.edges {
        let strongest = e
            .evidence
            .iter()
            .find(|x| x.source == e.from && e.directed())
            .map(|x| format!(" {}", x.kind.name()))
            .unwrap_or_default();
        if e.directed() {
            writeln!(
                out,
                "  doc{} -> doc{} [label={}];",
                e.from,
                e.to,
                quoted(&format!("{}{strongest}", percent(e.share)))
            )?;
        } else {
            writeln!(
                out,
                "  doc{} -> doc{} [dir=none, style=dashed, label={}];",
                e.from,
                e.to,
                quoted(&format!("{} / {}", percent(e.share), percent(e.back_share)))
            )?;
        }
    }
    for (d, parents) in lineage.parents.iter().enumerate() {
        for p in parents {
            if let Node::Source(o) = p.node {
                writeln!(
                    out,
                    "  src{o} -> doc{d} [style=dotted, label={}];",
                    quoted(&percent(p.share))
                )?;
            }
        }
    }
    writeln!(out, "}}")
}
