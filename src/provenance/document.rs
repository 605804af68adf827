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
//! no outlet. `--label PATH=OUTLET` overrides the inference.

use super::cues::{Cue, Role};
use crate::model::Document;

/// Words after an outlet's name in which a document speaks as itself.
const SELF_VOICE: &[&str] = &[
    "is tracking",
    "has learned",
    "has reached out",
    "reached out",
    "has reviewed",
    "reviewed",
    "has obtained",
    "obtained",
    "has confirmed",
    "has contacted",
    "contacted",
    "analyzed",
    "analysed",
    "has asked",
];
/// Sentences from the start in which a dateline counts.
const DATELINE_SENTENCES: usize = 3;

/// The outlet `doc` is, from the `cues` of its sentences (see the module
/// doc), with the cues that decided it.
pub fn document_outlet(doc: &Document, cues: &[Vec<Cue>]) -> Option<(usize, Vec<Cue>)> {
    let mut scores: Vec<(usize, i32, Vec<Cue>)> = Vec::new();
    for (s, sentence_cues) in cues.iter().enumerate() {
        let has_source = sentence_cues.iter().any(|c| c.role == Role::Source);
        for c in sentence_cues {
            let text = doc.slice(c.span);
            let after = doc.text[c.span.end..doc.sentences[s].span.end].trim_start();
            let points = match c.role {
                Role::Reported if s < DATELINE_SENTENCES && text.contains('(') => 3,
                Role::Reported => -1,
                Role::Inquiry => 2,
                Role::Interviewer if has_source => 1,
                Role::Mention if SELF_VOICE.iter().any(|v| after.starts_with(v)) => 2,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provenance::cues::cues;
    use crate::provenance::outlets::Registry;

    fn outlet(text: &str) -> Option<String> {
        let r = Registry::builtin();
        let doc = Document::from_text("x", text);
        let c: Vec<Vec<Cue>> = doc
            .sentences
            .iter()
            .map(|s| cues(&doc.text, s.span, &r, None))
            .collect();
        document_outlet(&doc, &c).map(|(o, _)| r.outlets[o].id.clone())
    }

    #[test]
    fn datelines_self_voice_and_inquiries() {
        assert_eq!(outlet("TEHRAN, Iran (AP) — Iran said 120 would fly home.").as_deref(), Some("ap"));
        assert_eq!(outlet("Arrests rose. NBC News is tracking the data.").as_deref(), Some("nbc"));
        assert_eq!(
            outlet("The ministry offered no immediate statement to AFP. The New York Times reported it.").as_deref(),
            Some("afp")
        );
        assert_eq!(outlet("The New York Times reported that 100 were sent home.").as_deref(), None);
    }
}
