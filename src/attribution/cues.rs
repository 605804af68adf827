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
//!
//! The phrases are the lexicon's ([`CueWords`]), in the document's language.

use super::outlets::Registry;
use crate::lexicon::CueWords;
use crate::model::{Document, Span};

/// Most words of a clause between commas after a speaker's name
/// (`Sunak, who has pledged to stop the boats, said`).
const APPOSITIVE_WORDS: usize = 15;

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

/// The cues of the sentence at `span` of `text`, by the phrases of `words`.
/// `previous` is the outlet last credited earlier in the document, for `the
/// newspaper said`.
pub fn cues(
    text: &str,
    span: Span,
    registry: &Registry,
    words: &CueWords,
    previous: Option<usize>,
) -> Vec<Cue> {
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
                classify(before, after, outlet.is_speaker(), words)
            };
            if role == Role::Interviewer && words.venue.iter().any(|v| after.contains(v.as_str())) {
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
        for phrase in &words.anaphora {
            let hay = &text[span.range()];
            for (at, _) in hay.match_indices(phrase.as_str()) {
                let after = hay[at + phrase.len()..].trim_start();
                if let Some(verb) = words
                    .reported_after
                    .iter()
                    .chain(&words.anaphora_verbs)
                    .find(|v| starts_with_word(after, v))
                {
                    let start = span.start + at;
                    let verb_end =
                        start + (hay[at..].find(verb.as_str()).unwrap_or(0) + verb.len());
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
            let found = cues(&doc.text, s.span, registry, &doc.lexicon.cues, previous);
            if let Some(c) = found
                .iter()
                .rev()
                .find(|c| c.role == Role::Reported && !registry.outlets[c.outlet].is_speaker())
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
fn classify(
    before: &str,
    after: &str,
    institution: bool,
    words: &CueWords,
) -> (Role, (usize, usize)) {
    // Only the end of the text before the outlet can hold its cue: lower
    // that much, not the whole sentence for every outlet in it.
    let tail = before
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| before.len() - i <= words.reach_back())
        .unwrap_or(before.len());
    let lower_before = before[tail..].to_lowercase();
    let none = before.len();
    let articles = &words.articles;
    if let Some(p) = ends_with_any(&lower_before, &words.inquiry_before, articles) {
        return (Role::Inquiry, (tail + p, 0));
    }
    if let Some(p) = words
        .inquiry_after
        .iter()
        .find(|w| starts_with_word(after, w))
    {
        return (Role::Inquiry, (none, p.len()));
    }
    if let Some(p) = ends_with_any(&lower_before, &words.reported_before, articles) {
        return (Role::Reported, (tail + p, 0));
    }
    if let Some(p) = ends_with_any(&lower_before, &words.interviewer_before, articles) {
        return (Role::Interviewer, (tail + p, 0));
    }
    // Inverted: `…,” said the ministry`, `…, said Hamid Afkar`; an
    // outlet's `…, reported Agence France-Presse`, `…, said Reuters`.
    let trimmed = lower_before.trim_end();
    let unarticled = articles
        .iter()
        .find_map(|a| trimmed.strip_suffix(a.as_str())?.strip_suffix(' '))
        .unwrap_or(trimmed)
        .trim_end();
    let last = unarticled.rsplit(|c: char| !c.is_alphanumeric()).next();
    let inverted = |w: &&str| {
        words.statement_verbs.contains(w)
            || !institution && words.reported_after.iter().any(|v| v == w)
    };
    if let Some(verb) = last.filter(inverted) {
        let body = unarticled.strip_suffix(verb).unwrap_or(unarticled);
        if body.trim_end().ends_with([',', '”', '"', '’']) {
            let role = if institution {
                Role::Source
            } else {
                Role::Reported
            };
            return (role, (tail + unarticled.len() - verb.len(), 0));
        }
    }
    // Words without the punctuation around them: `…, the commission said.`
    // ends in `said`.
    let first_words: Vec<&str> = after
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '.' | '!' | '?'))
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    if institution {
        // `Subianto has been announced the winner`: a passive verb states
        // something of the subject, who said nothing.
        // `Subianto confirmed as president`: a participle before `as` too.
        let passive = |k: usize| {
            let participle = first_words[k].ends_with("ed")
                && first_words
                    .get(k + 1)
                    .is_some_and(|w| words.passive_after.contains(&w.to_lowercase()));
            participle
                || k > 0
                    && words
                        .passive_auxiliaries
                        .contains(&first_words[k - 1].to_lowercase())
        };
        if let Some(k) = first_words
            .iter()
            .position(|w| words.statement_verbs.contains(&w.to_lowercase()))
            .filter(|&k| !passive(k))
        {
            let verb = first_words[k];
            let len = after.find(verb).map_or(0, |at| at + verb.len());
            return (Role::Source, (none, len));
        }
        // `Sunak, who has pledged to stop the boats, said`: a clause between
        // commas, then the statement verb.
        if let Some(rest) = after.strip_prefix(',') {
            if let Some(close) = rest
                .find(',')
                .filter(|&c| rest[..c].split_whitespace().count() <= APPOSITIVE_WORDS)
            {
                let next = rest[close + 1..].trim_start();
                let verb = next
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                if words.statement_verbs.contains(&verb.to_lowercase()) {
                    let len = after.len() - next.len() + verb.len();
                    return (Role::Source, (none, len));
                }
            }
        }
        return (Role::Mention, (none, 0));
    }
    // `al-Arabiya news channel reported`: over the outlet's description.
    let described = words
        .descriptors
        .iter()
        .find_map(|d| {
            let head = after.get(..d.len())?;
            let tail = &after[d.len()..];
            let whole = !tail.chars().next().is_some_and(char::is_alphanumeric);
            (whole && head.to_lowercase() == *d)
                .then(|| d.len() + (tail.len() - tail.trim_start().len()))
        })
        .unwrap_or(0);
    let rest = &after[described..];
    if let Some(v) = words
        .reported_after
        .iter()
        .chain(&words.self_voice)
        .find(|v| starts_with_word(rest, v))
    {
        return (Role::Reported, (none, described + v.len()));
    }
    (Role::Mention, (none, 0))
}

/// Does `text` start with the word or phrase `word` (then a non-letter)?
fn starts_with_word(text: &str, word: &str) -> bool {
    text.strip_prefix(word)
        .is_some_and(|rest| !rest.chars().next().is_some_and(char::is_alphanumeric))
}

/// If `text` ends with one of `phrases` as whole words (then perhaps one of
/// `articles` or a comma), where the longest such phrase starts.
fn ends_with_any(text: &str, phrases: &[String], articles: &[String]) -> Option<usize> {
    let trimmed = text.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    let trimmed = articles
        .iter()
        .find_map(|a| {
            trimmed
                .strip_suffix(a.as_str())
                .and_then(|t| t.strip_suffix(' '))
        })
        .unwrap_or(trimmed);
    phrases
        .iter()
        .filter_map(|p| {
            let rest = trimmed.strip_suffix(p.as_str())?;
            (!rest.chars().next_back().is_some_and(char::is_alphanumeric)).then_some(rest.len())
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<String> {
        let r = Registry::builtin();
        let en = crate::Lexicon::english();
        cues(text, Span::new(0, text.len()), &r, &en.cues, r.find("nyt"))
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
        let en = crate::Lexicon::english();
        cues(text, Span::new(0, text.len()), &r, &en.cues, r.find("nyt"))
            .into_iter()
            .map(|c| (r.outlets[c.outlet].id.clone(), c.role))
            .collect()
    }

    #[test]
    fn reporters() {
        assert_eq!(
            roles("Qatar's Al Jazeera news channel reported that the ferry sank."),
            [("aljazeera".into(), Role::Reported)]
        );
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
        // An aggregator's inverted credits.
        assert_eq!(
            roles("The mayor will step down at the end of the year, reports the AP."),
            [("ap".into(), Role::Reported)]
        );
        assert_eq!(
            roles("“We will rebuild,” the mayor wrote in a memo, per the Wall Street Journal."),
            [("wsj".into(), Role::Reported)]
        );
        // A verb before the outlet, after a comma: an inverted credit.
        assert_eq!(
            roles("In 2004, a quake killed 628 people, reported Agence France-Presse."),
            [("afp".into(), Role::Reported)]
        );
        // Without the comma the outlet is what was reported on.
        assert_eq!(
            roles("The mayor said Reuters had the story first."),
            [("reuters".into(), Role::Mention)]
        );
    }

    #[test]
    fn a_statement_after_a_clause_between_commas_and_not_a_passive() {
        assert_eq!(
            roles(
                "The White House, which has defended the tariffs for weeks, said they would stay."
            ),
            [("white-house".into(), Role::Source)]
        );
        assert_eq!(
            roles("The White House was confirmed as the venue."),
            [("white-house".into(), Role::Mention)]
        );
        // A statement verb that ends the sentence.
        assert_eq!(
            roles("Turnout was 80 percent, the White House said."),
            [("white-house".into(), Role::Source)]
        );
        // A headline's participle before `as` is passive too.
        assert_eq!(
            roles("White House confirmed as venue for the summit"),
            [("white-house".into(), Role::Mention)]
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
