//! Which outlet a document itself is, from how it speaks of outlets:
//!
//! * a dateline, `TEHRAN, Iran (AP) —`, in its first sentences: +3;
//! * its own voice, `NBC News is tracking…`, `… has learned`: +2;
//! * an outlet that asked for comment, `offered no statement to AFP`: +2
//!   (outlets name themselves so when they asked);
//! * an outlet an institution's spokesperson talked to, `a White House
//!   spokesperson told the BBC`: +1;
//! * an outlet credited with reporting, `The New York Times reported`: −1
//!   (a document that cites an outlet is not that outlet).
//!
//! The outlet with the highest positive score wins; a tie or nothing gives
//! no outlet. Failing that, a document may be the *carrier* of an outlet's
//! story ([`carrier_outlet`]). `--label PATH=OUTLET` overrides the inference.

use super::cues::{Cue, Role};
use super::outlets::Registry;
use crate::align::Alignment;
use crate::model::Document;

/// Sentences from the start in which a dateline counts.
const DATELINE_SENTENCES: usize = 3;

/// The outlet `doc` is, from the `cues` of its sentences (see the module
/// doc), with the cues that decided it.
pub fn document_outlet(doc: &Document, cues: &[Vec<Cue>]) -> Option<(usize, Vec<Cue>)> {
    let self_voice = &doc.lexicon.cues.self_voice;
    let mut scores: Vec<(usize, i32, Vec<Cue>)> = Vec::new();
    for (s, sentence_cues) in cues.iter().enumerate() {
        let has_source = sentence_cues.iter().any(|c| c.role == Role::Source);
        for c in sentence_cues {
            let text = doc.slice(c.span);
            let points = match c.role {
                Role::Reported if s < DATELINE_SENTENCES && text.contains('(') => 3,
                Role::Reported
                    if self_voice
                        .iter()
                        .any(|v| after_name(text, self_voice).starts_with(v.as_str())) =>
                {
                    2
                }
                Role::Reported => -1,
                Role::Inquiry => 2,
                Role::Interviewer if has_source => 1,
                _ => 0,
            };
            if points == 0 {
                continue;
            }
            match scores.iter_mut().find(|x| x.0 == c.outlet) {
                Some(x) => {
                    x.1 += points;
                    if points > 0 {
                        x.2.push(*c);
                    }
                }
                None => scores.push((c.outlet, points, if points > 0 { vec![*c] } else { vec![] })),
            }
        }
    }
    scores.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    match scores.as_slice() {
        [best, second, ..] if best.1 == second.1 => None,
        [best, ..] if best.1 > 0 => Some((best.0, best.2.clone())),
        _ => None,
    }
}

/// The words of a cue phrase from its own-voice verb on (`is tracking` of
/// `NBC News is tracking`), or nothing when it has none.
fn after_name<'a>(cue: &'a str, self_voice: &[String]) -> &'a str {
    self_voice
        .iter()
        .find_map(|v| cue.find(v.as_str()).map(|at| &cue[at..]))
        .unwrap_or("")
}

/// Cues, each with the document it stands in.
pub type CuesIn = Vec<(usize, Cue)>;

/// Other documents that must credit an outlet with a document's content
/// for [`carrier_outlet`] to name it.
const MIN_CREDITING_DOCUMENTS: usize = 2;

/// The outlet document `d` carries, when its own text does not tell: the
/// outlet that at least [`MIN_CREDITING_DOCUMENTS`] other documents credit
/// (`X reported`, `according to X`) for content `d` shares with them, and
/// that `d` itself never credits. A rewrite of the Times' story that never
/// names the Times is the Times' version.
pub fn carrier_outlet(
    d: usize,
    alignment: &Alignment,
    cues: &[Vec<Vec<Cue>>],
    registry: &Registry,
) -> Option<(usize, CuesIn)> {
    let credited_here: Vec<usize> = cues[d]
        .iter()
        .flatten()
        .filter(|c| c.role.credits())
        .map(|c| c.outlet)
        .collect();
    let mut votes: Vec<(usize, usize, Cue)> = Vec::new(); // (outlet, doc, cue)
    for p in alignment
        .passages
        .iter()
        .filter(|p| p.members.iter().any(|m| m.doc == d))
    {
        for m in p.members.iter().filter(|m| m.doc != d) {
            for c in &cues[m.doc][m.sentence] {
                let news = !registry.outlets[c.outlet].is_speaker();
                if c.role == Role::Reported && news && !credited_here.contains(&c.outlet) {
                    votes.push((c.outlet, m.doc, *c));
                }
            }
        }
    }
    votes.sort_by_key(|v| (v.0, v.1));
    let mut best: Option<(usize, usize, CuesIn)> = None;
    for run in votes.chunk_by(|a, b| a.0 == b.0) {
        let mut docs: Vec<usize> = run.iter().map(|v| v.1).collect();
        docs.dedup();
        if docs.len() >= MIN_CREDITING_DOCUMENTS && best.as_ref().is_none_or(|b| docs.len() > b.1) {
            best = Some((
                run[0].0,
                docs.len(),
                run.iter().map(|v| (v.1, v.2)).collect(),
            ));
        }
    }
    best.map(|(o, _, cues)| (o, cues))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provenance::cues::document_cues;
    use crate::provenance::outlets::Registry;

    fn outlet(text: &str) -> Option<String> {
        let r = Registry::builtin();
        let doc = Document::from_text("x", text);
        document_outlet(&doc, &document_cues(&doc, &r)).map(|(o, _)| r.outlets[o].id.clone())
    }

    #[test]
    fn datelines_self_voice_and_inquiries() {
        assert_eq!(
            outlet("TEHRAN, Iran (AP) — Iran said 120 would fly home.").as_deref(),
            Some("ap")
        );
        assert_eq!(
            outlet("Arrests rose. NBC News is tracking the data.").as_deref(),
            Some("nbc")
        );
        assert_eq!(
            outlet("The ministry offered no immediate statement to AFP. The New York Times reported it.").as_deref(),
            Some("afp")
        );
        assert_eq!(
            outlet("The New York Times reported that 100 were sent home.").as_deref(),
            None
        );
    }
}
