//! Speakers and the outlets they talked to: "Hossein Noushabadi … told the
//! Tasnim news agency" links Noushabadi to Tasnim, so "Noushabadi said the
//! first planeload would arrive" elsewhere is Tasnim's reporting too.
//!
//! A speaker is a run of two or three capitalised words (a person's name)
//! in a sentence that credits a news outlet (reported or interviewer) and
//! has a statement verb; the speaker is known by the run's last word. Each
//! document's link counts once; a speaker's outlet is the one most
//! documents link them to.

use std::collections::HashMap;

use super::wording::has_speech_verb;
use crate::attribution::cues::{Cue, Role};
use crate::attribution::outlets::Registry;
use crate::lexicon::SpeakerWords;
use crate::model::{Document, Span};

/// Most words between a speaker's name and the speech verb it is the subject of.
const SUBJECT_WINDOW: usize = 6;
/// …when an appositive between commas follows the name.
const APPOSITIVE_WINDOW: usize = 12;

/// Speakers (by surname) and the outlet most documents link them to.
#[derive(Debug, Clone, Default)]
pub struct Speakers {
    outlet_of: HashMap<String, usize>,
}

impl Speakers {
    /// Find speakers in `docs`, whose sentences have the `cues` given.
    pub fn find(docs: &[Document], cues: &[Vec<Vec<Cue>>], registry: &Registry) -> Self {
        let mut votes: HashMap<String, HashMap<usize, usize>> = HashMap::new();
        for (doc, doc_cues) in docs.iter().zip(cues) {
            let mut seen: Vec<(String, usize)> = Vec::new();
            for (s, sentence_cues) in doc_cues.iter().enumerate() {
                let Some(outlet) = sentence_cues.iter().find_map(|c| {
                    let news = !registry.outlets[c.outlet].is_speaker();
                    // A dateline (`JAKARTA (AP) —`) credits the story, not a talk.
                    let dateline = doc.slice(c.span).contains('(');
                    (news && !dateline && matches!(c.role, Role::Reported | Role::Interviewer))
                        .then_some(c.outlet)
                }) else {
                    continue;
                };
                let text = doc.sentence_text(s);
                let words = &doc.lexicon.speakers;
                if !has_speech_verb(text, words) {
                    continue;
                }
                // A discovered speaker's own name is a cue too: it must stay a name.
                let outlet_cues: Vec<Cue> = sentence_cues
                    .iter()
                    .filter(|c| !registry.outlets[c.outlet].is_discovered())
                    .copied()
                    .collect();
                for name in names(text, doc.sentences[s].span.start, &outlet_cues, words) {
                    if !seen.contains(&(name.clone(), outlet)) {
                        seen.push((name.clone(), outlet));
                        *votes.entry(name).or_default().entry(outlet).or_default() += 1;
                    }
                }
            }
        }
        let outlet_of = votes
            .into_iter()
            .filter_map(|(name, v)| {
                let best = v
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?;
                Some((name, best.0))
            })
            .collect();
        Speakers { outlet_of }
    }

    /// The first known speaker named in `text` as saying something (by the
    /// speech verbs of `lexicon`), with the outlet they talked to and where the
    /// name stands (relative to `text`).
    pub fn speaker_in(&self, text: &str, lexicon: &SpeakerWords) -> Option<(Span, usize)> {
        let ws = words(text);
        let is_verb = |w: &str| lexicon.speech_verbs.contains(&w.to_lowercase());
        // The speaker is the subject of a speech verb: within a few words
        // before it (`Noushabadi, an official, said`) or right after it.
        ws.iter().enumerate().find_map(|(k, (span, w))| {
            let &o = self.outlet_of.get(*w)?;
            let before = ws[k + 1..]
                .iter()
                .take(SUBJECT_WINDOW)
                .any(|x| is_verb(x.1));
            let after = k > 0 && is_verb(ws[k - 1].1);
            (before || after).then_some((*span, o))
        })
    }

    /// The outlet the speaker known by `name` (a surname) talked to.
    pub fn outlet_of(&self, name: &str) -> Option<usize> {
        self.outlet_of.get(name).copied()
    }

    /// Number of speakers known.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.outlet_of.len()
    }
}

/// Words of `text` (letters, digits and `-`) with their spans (relative
/// to `text`).
pub(super) fn words(text: &str) -> Vec<(Span, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let part = c.is_alphanumeric() || c == '-';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((Span::new(s, i), &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Surnames of people named in `text` (a sentence starting at byte
/// `offset`) as the subject of one of its speech verbs (within
/// [`SUBJECT_WINDOW`] words before it, or right after it), outside the cues'
/// own spans: in "a blow to Prime Minister Rishi Sunak's policy, Reuters
/// reports" Sunak talked to nobody.
fn names(text: &str, offset: usize, cues: &[Cue], lexicon: &SpeakerWords) -> Vec<String> {
    let in_cue = |span: Span| {
        cues.iter()
            .any(|c| c.span.start <= offset + span.start && offset + span.end <= c.span.end)
    };
    let ws = words(text);
    let is_verb = |k: usize| {
        ws.get(k)
            .is_some_and(|w| lexicon.speech_verbs.contains(&w.1.to_lowercase()))
    };
    // A run of words `first..=last` is a subject when a speech verb follows
    // it closely (not through a possessive `’s`) or stands right before it.
    let subject = |first: usize, last: usize| {
        let possessive = ws.get(last + 1).is_some_and(|w| w.1 == "s");
        // `Noushabadi, a foreign ministry consular affairs official, told`.
        let appositive = ws
            .get(last + 1)
            .is_some_and(|next| text[ws[last].0.end..next.0.start].contains(','));
        let reach = if appositive {
            APPOSITIVE_WINDOW
        } else {
            SUBJECT_WINDOW
        };
        let before_verb = !possessive && (last + 1..=last + reach).any(is_verb);
        before_verb || (first > 0 && is_verb(first - 1))
    };
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, out: &mut Vec<String>| {
        if let (Some(&first), Some(&last)) = (run.first(), run.last()) {
            if (2..=3).contains(&run.len()) && subject(first, last) {
                out.push(ws[last].1.to_string());
            }
        }
        run.clear();
    };
    for (k, (span, w)) in ws.iter().enumerate() {
        let gap_ok = k == 0 || text[ws[k - 1].0.end..span.start].trim().is_empty();
        let capital = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !lexicon.not_names.contains(w)
            && !in_cue(*span);
        if capital && (run.is_empty() || gap_ok) {
            run.push(k);
        } else {
            flush(&mut run, &mut out);
            if capital {
                run.push(k);
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::cues::document_cues;

    #[test]
    fn speakers_link_to_the_outlet_they_talked_to() {
        let r = Registry::builtin();
        let docs = [
            Document::from_text(
                "a",
                "Hossein Noushabadi, an official, told the Tasnim news agency that 120 would fly.",
            ),
            Document::from_text(
                "b",
                "Noushabadi said the first planeload would arrive soon.",
            ),
        ];
        let c: Vec<Vec<Vec<Cue>>> = docs.iter().map(|d| document_cues(d, &r)).collect();
        let sp = Speakers::find(&docs, &c, &r);
        assert_eq!(sp.len(), 1);
        let (span, outlet) = sp
            .speaker_in(docs[1].sentence_text(0), &docs[1].lexicon.speakers)
            .expect("known speaker");
        assert_eq!(&docs[1].sentence_text(0)[span.range()], "Noushabadi");
        assert_eq!(r.outlets[outlet].id, "tasnim");
    }
}
