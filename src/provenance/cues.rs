//! Attribution cues: the places where a sentence credits a source, and in
//! what role.
//!
//! Each mention of a registry outlet ([`super::outlets`]) is classed by the
//! words around it:
//!
//! * **reported**: `X reported`, `X first reported`, `X said` (a news
//!   outlet), `according to X`, `citing X`, `cited by X`, `reported by X`,
//!   a dateline `(AP) —`; and `the newspaper said` / `the report` for the
//!   outlet last credited in the document;
//! * **source**: an institution's own statement: `the White House said`,
//!   `White House spokesperson Abigail Jackson said`, `UN experts warned`;
//! * **interviewer**: the outlet a speaker talked to: `told the Tasnim news
//!   agency`, `in an interview with X`; it is the origin unless the
//!   sentence also has a source (but `speaking to state TV in footage aired
//!   Tuesday` names the venue of a broadcast the reporter watched: a mention);
//! * **inquiry**: an outlet that asked for comment: `did not respond to a
//!   Reuters request for comment`, `offered no statement to AFP`; it credits
//!   nothing (but tells which outlet the document is);
//! * **mention**: any other mention; it credits nothing.

use super::outlets::Registry;
use crate::model::{Document, Span};

/// The role of an outlet named in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// The outlet reported what the sentence says.
    Reported,
    /// An institution made the statement.
    Source,
    /// A speaker talked to this outlet.
    Interviewer,
    /// The outlet asked for comment (credits nothing).
    Inquiry,
    /// Named, in no attribution role.
    Mention,
}

impl Role {
    /// The name used in output.
    pub fn name(self) -> &'static str {
        match self {
            Role::Reported => "reported",
            Role::Source => "source",
            Role::Interviewer => "interviewer",
            Role::Inquiry => "inquiry",
            Role::Mention => "mention",
        }
    }

    /// Does this role credit the outlet with the sentence's content?
    pub fn credits(self) -> bool {
        matches!(self, Role::Reported | Role::Source | Role::Interviewer)
    }
}

/// One attribution cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The cue phrase: the outlet's name with the words that give its role.
    pub span: Span,
    /// Index of the outlet in the registry.
    pub outlet: usize,
    /// What the outlet did.
    pub role: Role,
}

/// Words after an outlet's name in which a document speaks as itself
/// (`NBC News is tracking…`): the outlet reported it.
pub const SELF_VOICE: &[&str] = &[
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
/// Words right before an outlet that make it the reporter.
const REPORTED_BEFORE: &[&str] = &[
    "according to",
    "citing",
    "cited by",
    "reported by",
    "quoted by",
    "published by",
    "aired by",
    "broadcast by",
    "obtained by",
    "report by",
    "reporting by",
];
/// Words right after an outlet that make it the reporter (or, for an
/// institution, the source).
const SAID_AFTER: &[&str] = &[
    "reported",
    "first reported",
    "has reported",
    "had reported",
    "reports",
    "said",
    "says",
    "quoted",
    "cited",
    "broadcast",
    "aired",
    "wrote",
    "published",
    "revealed",
    "announced",
    "confirmed",
    "—",
    "-",
];
/// Verbs that, a few words after an institution, make it the source.
const STATEMENT_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "stated",
    "announced",
    "warned",
    "raised",
    "insisted",
    "added",
    "confirmed",
    "denied",
    "urged",
];
/// Words right before an outlet a speaker talked to.
const INTERVIEWER_BEFORE: &[&str] = &[
    "told",
    "told the",
    "speaking to",
    "spoke to",
    "speaking with",
    "spoke with",
    "interview with",
    "said to",
    "who spoke to",
    "who spoke to the",
    "speaking to the",
    "spoke to the",
];
/// Words right before an outlet that asked for comment.
const INQUIRY_BEFORE: &[&str] = &[
    "comment from",
    "comment to",
    "statement to",
    "questions from",
    "inquiry from",
    "contacted by",
    "asked by",
    "respond to",
];
/// Words right after an outlet that asked for comment.
const INQUIRY_AFTER: &[&str] = &["request", "inquiry", "query", "questions"];
/// Words that make a broadcaster a speaker talked to the *venue* of a
/// statement a reporter watched (`speaking to state TV in footage aired
/// Tuesday`): it is a mention, and the statement the document's reporting.
const VENUE: &[&str] = &["footage", "aired", "televised", "broadcast"];
/// Phrases that refer back to the outlet last credited in the document.
const ANAPHORA: &[&str] = &[
    "The newspaper",
    "the newspaper",
    "The paper",
    "the paper",
    "The report",
    "the report",
    "The agency",
    "the agency",
];

/// The cues of the sentence at `span` of `text`. `previous` is the outlet
/// last credited earlier in the document, for `the newspaper said`.
pub fn cues(text: &str, span: Span, registry: &Registry, previous: Option<usize>) -> Vec<Cue> {
    let mut out: Vec<Cue> = registry
        .mentions(text, span)
        .into_iter()
        .map(|m| {
            let before = text[span.start..m.span.start].trim_end();
            let after = text[m.span.end..span.end].trim_start();
            let outlet = &registry.outlets[m.outlet];
            let (mut role, cue) = if outlet.is_data() {
                (Role::Mention, (0, 0))
            } else {
                classify(before, after, outlet.is_institution())
            };
            if role == Role::Interviewer && VENUE.iter().any(|v| after.contains(v)) {
                role = Role::Mention;
            }
            // cue.0: where the cue phrase starts in `before`; cue.1: how
            // far it runs into `after`.
            let start = if cue.0 >= before.len() {
                m.span.start
            } else {
                span.start + cue.0
            };
            let after_start = m.span.end + (text[m.span.end..span.end].len() - after.len());
            let end = if cue.1 == 0 {
                m.span.end
            } else {
                (after_start + cue.1).min(span.end)
            };
            Cue {
                span: Span::new(start, end),
                outlet: m.outlet,
                role,
            }
        })
        .collect();
    if let Some(outlet) = previous {
        for phrase in ANAPHORA {
            let hay = &text[span.range()];
            for (at, _) in hay.match_indices(phrase) {
                let after = hay[at + phrase.len()..].trim_start();
                if let Some(verb) = SAID_AFTER
                    .iter()
                    .chain(&["indicated", "characterized", "described", "noted", "added"])
                    .find(|v| starts_with_word(after, v))
                {
                    let start = span.start + at;
                    let verb_end = start + (hay[at..].find(verb).unwrap_or(0) + verb.len());
                    out.push(Cue {
                        span: Span::new(start, verb_end.min(span.end)),
                        outlet,
                        role: Role::Reported,
                    });
                }
            }
        }
        out.sort_by_key(|c| c.span.start);
    }
    out
}

/// The cues of each sentence of `doc`; `the newspaper` refers to the
/// outlet last credited as reporter.
pub fn document_cues(doc: &Document, registry: &Registry) -> Vec<Vec<Cue>> {
    let mut previous = None;
    doc.sentences
        .iter()
        .map(|s| {
            let found = cues(&doc.text, s.span, registry, previous);
            if let Some(c) = found
                .iter()
                .rev()
                .find(|c| c.role == Role::Reported && !registry.outlets[c.outlet].is_institution())
            {
                previous = Some(c.outlet);
            }
            found
        })
        .collect()
}

/// The role of an outlet from the text `before` and `after` it in its
/// sentence, with where the cue phrase starts in `before` and how many bytes
/// of `after` it takes.
fn classify(before: &str, after: &str, institution: bool) -> (Role, (usize, usize)) {
    let lower_before = before.to_lowercase();
    let none = before.len();
    if let Some(p) = ends_with_any(&lower_before, INQUIRY_BEFORE) {
        return (Role::Inquiry, (p, 0));
    }
    if let Some(p) = INQUIRY_AFTER.iter().find(|w| starts_with_word(after, w)) {
        return (Role::Inquiry, (none, p.len()));
    }
    if let Some(p) = ends_with_any(&lower_before, REPORTED_BEFORE) {
        return (Role::Reported, (p, 0));
    }
    if let Some(p) = ends_with_any(&lower_before, INTERVIEWER_BEFORE) {
        return (Role::Interviewer, (p, 0));
    }
    let first_words: Vec<&str> = after
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    if institution {
        if let Some(k) = first_words
            .iter()
            .position(|w| STATEMENT_VERBS.contains(&w.to_lowercase().as_str()))
        {
            let verb = first_words[k];
            let len = after.find(verb).map_or(0, |at| at + verb.len());
            return (Role::Source, (none, len));
        }
        return (Role::Mention, (none, 0));
    }
    if let Some(v) = SAID_AFTER
        .iter()
        .chain(SELF_VOICE)
        .find(|v| starts_with_word(after, v))
    {
        return (Role::Reported, (none, v.len()));
    }
    (Role::Mention, (none, 0))
}

/// Does `text` start with the word or phrase `word` (then a non-letter)?
fn starts_with_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word)
        .is_some_and(|rest| !rest.chars().next().is_some_and(char::is_alphanumeric))
}

/// If `text` ends with one of `phrases` as whole words (then perhaps an
/// article or a comma), where the longest such phrase starts.
fn ends_with_any(text: &str, phrases: &[&str]) -> Option<usize> {
    let trimmed = text.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    let trimmed = trimmed
        .strip_suffix(" the")
        .or_else(|| trimmed.strip_suffix(" a"))
        .or_else(|| trimmed.strip_suffix(" an"))
        .unwrap_or(trimmed);
    phrases
        .iter()
        .filter_map(|p| {
            let rest = trimmed.strip_suffix(*p)?;
            (!rest.chars().next_back().is_some_and(char::is_alphanumeric)).then_some(rest.len())
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<String> {
        let r = Registry::builtin();
        cues(text, Span::new(0, text.len()), &r, r.find("nyt"))
            .into_iter()
            .map(|c| text[c.span.range()].to_string())
            .collect()
    }

    #[test]
    fn cue_phrases_are_the_words_that_make_them() {
        assert_eq!(
            phrases("The ministry did not respond to a Reuters request for comment."),
            ["respond to a Reuters"]
        );
        assert_eq!(
            phrases("Officials told the Tasnim news agency that 120 would fly."),
            ["told the Tasnim news agency"]
        );
        assert_eq!(
            phrases("The New York Times first reported the news."),
            ["The New York Times first reported"]
        );
        assert_eq!(
            phrases("White House spokesperson Abigail Jackson said that it was lawful."),
            ["White House spokesperson Abigail Jackson said"]
        );
        assert_eq!(
            phrases("The newspaper characterized the deal as a success."),
            ["The newspaper characterized"]
        );
    }

    fn roles(text: &str) -> Vec<(String, Role)> {
        let r = Registry::builtin();
        cues(text, Span::new(0, text.len()), &r, r.find("nyt"))
            .into_iter()
            .map(|c| (r.outlets[c.outlet].id.clone(), c.role))
            .collect()
    }

    #[test]
    fn reporters() {
        assert_eq!(
            roles("The New York Times first reported the news."),
            [("nyt".into(), Role::Reported)]
        );
        assert_eq!(
            roles("400 will return, Iranian state television said, citing an official."),
            [("state-tv".into(), Role::Reported)]
        );
        assert_eq!(
            roles("According to officials cited by The New York Times, it began."),
            [("nyt".into(), Role::Reported)]
        );
        assert_eq!(
            roles("TEHRAN, Iran (AP) — The United States will deport hundreds."),
            [("ap".into(), Role::Reported)]
        );
        assert_eq!(
            roles("The newspaper characterized the deal as a success."),
            [("nyt".into(), Role::Reported)]
        );
    }

    #[test]
    fn institutions_and_interviewers() {
        assert_eq!(
            roles("A White House spokesperson, Abigail Jackson, told the BBC that it was lawful."),
            [
                ("white-house".into(), Role::Source),
                ("bbc".into(), Role::Interviewer)
            ]
        );
        assert_eq!(
            roles("Hossein Noushabadi told the Tasnim news agency that 120 would fly."),
            [("tasnim".into(), Role::Interviewer)]
        );
        assert_eq!(
            roles("Just this week, UN experts raised alarms over executions."),
            [("un".into(), Role::Source)]
        );
    }

    #[test]
    fn inquiries_credit_nothing() {
        assert_eq!(
            roles("The department did not respond to a Reuters request for comment."),
            [("reuters".into(), Role::Inquiry)]
        );
        assert_eq!(
            roles("The State Department offered no immediate statement to AFP."),
            [
                ("state-department".into(), Role::Mention),
                ("afp".into(), Role::Inquiry)
            ]
        );
        assert!(!Role::Inquiry.credits());
    }
}
