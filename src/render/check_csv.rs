//! CSV output of `wirediff check`: a header, then one row per suspect and
//! source (a suspect with no source has one row with empty source
//! columns), written with the `csv` crate (quoting as RFC 4180).

use std::io::{self, Write};

use super::check_json::{CheckJson, SourceJson};
use super::Style;
use crate::report::CheckReport;

/// The columns, in order.
pub const CSV_HEADER: [&str; 11] = [
    "suspect",
    "source",
    "origin",
    "licensed",
    "source_reuse",
    "source_shared_facts",
    "suspect_reuse",
    "suspect_licensed_reuse",
    "suspect_shared_facts",
    "over",
    "flags",
];

/// Write the CSV: a header, then one row per suspect and source.
pub fn write(out: &mut impl Write, report: &CheckReport, _style: &Style) -> io::Result<()> {
    let json = CheckJson::new(report);
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    w.write_record(CSV_HEADER)?;
    let none = SourceJson {
        path: String::new(),
        reuse: 0.0,
        shared_facts: 0.0,
        licensed: false,
        outlet: None,
    };
    for s in &json.suspects {
        let rows: Vec<&SourceJson> = if s.sources.is_empty() {
            vec![&none]
        } else {
            s.sources.iter().collect()
        };
        for x in rows {
            // The flags of the passages from this source, counted by kind.
            let mut counts: Vec<(String, usize)> = Vec::new();
            for f in s
                .passages
                .iter()
                .filter(|p| p.source == x.path)
                .flat_map(|p| &p.flags)
            {
                match counts.iter_mut().find(|c| c.0 == f.kind) {
                    Some(c) => c.1 += 1,
                    None => counts.push((f.kind.clone(), 1)),
                }
            }
            let flags: Vec<String> = counts.iter().map(|(k, n)| format!("{k}:{n}")).collect();
            w.write_record([
                s.path.clone(),
                x.path.clone(),
                x.outlet.clone().unwrap_or_default(),
                x.licensed.to_string(),
                x.reuse.to_string(),
                x.shared_facts.to_string(),
                s.reuse.to_string(),
                s.licensed_reuse.to_string(),
                s.shared_facts.to_string(),
                s.over.to_string(),
                flags.join(";"),
            ])?;
        }
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    #[test]
    fn fields_are_quoted_when_needed() {
        let mut buf = Vec::new();
        {
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(&mut buf);
            w.write_record(["a.txt", "a,b.txt", "say \"hi\""]).unwrap();
            w.flush().unwrap();
        }
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "a.txt,\"a,b.txt\",\"say \"\"hi\"\"\"\n"
        );
    }
}
