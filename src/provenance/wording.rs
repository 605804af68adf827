//! What the wording of a sentence says about where it comes from: a
//! reporter's own checking (`did not respond`, `officials said`, a figure),
//! a sentence that continues the previous one's statement (`He added`, an
//! opening quote), a speech verb; all from the document's lexicon.

use super::speakers::words;
use crate::lexicon::{Lexicon, OriginWords, SpeakerWords, WordSet};
use crate::meaning::quote_left_open;
use crate::model::{Document, Span};

/// How many words may stand between a negation or a source and its verb.
const WINDOW: usize = 3;

/// Does `text` have a speech verb of the lexicon?
pub(super) fn has_speech_verb(text: &str, lexicon: &SpeakerWords) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| lexicon.speech_verbs.contains(&w.to_lowercase()))
}

/// Does `text` open a reported statement: a speech verb followed shortly by
/// a complementizer of the lexicon (`He added that…`) or by an opening
/// quote? What follows is that statement's content, so a statement named
/// inside it (`…that the immigration service has decided`) is not the
/// sentence's source. A speech verb used otherwise (`They were confirmed as
/// winners, the chairman said`) opens nothing.
pub(super) fn introduces_statement(text: &str, lexicon: &SpeakerWords) -> bool {
    let words = words(text);
    words.iter().enumerate().any(|(k, &(span, w))| {
        if !lexicon.speech_verbs.contains(&w.to_lowercase()) {
            return false;
        }
        let that = words[k + 1..]
            .iter()
            .take(WINDOW)
            .any(|(_, n)| lexicon.complementizers.contains(&n.to_lowercase()));
        that || text[span.end..].contains(['“', '"'])
    })
}

/// Are sentences `a` and `b` (adjacent) in one paragraph (no line break between)?
pub(super) fn same_paragraph(doc: &Document, a: usize, b: usize) -> bool {
    !doc.text[doc.sentences[a].span.end..doc.sentences[b].span.start].contains('\n')
}

/// Does `text` continue the previous sentence's statement: an opening
/// quote, a lower-case start, or a first word of the lexicon's
/// continuations (`He`, `They`) with a speech verb right after it (`He
/// added that…`, `She also said`)? A pronoun alone (`It is also set to…`,
/// `His popularity soared because of what experts said…`) goes on with the
/// story, not with the statement.
pub(super) fn continues(text: &str, lexicon: &Lexicon) -> bool {
    let ws: Vec<&str> = text.split_whitespace().take(WINDOW + 2).collect();
    let first = ws.first().copied().unwrap_or("");
    let speaks = ws
        .iter()
        .skip(1)
        .any(|w| has_speech_verb(w, &lexicon.speakers));
    (lexicon.origin.continuations.contains(first) && speaks)
        || text.starts_with(['“', '"'])
        || text.chars().next().is_some_and(char::is_lowercase)
}

/// Does sentence `s` of `doc` continue the previous sentence's statement:
/// by its own start ([`continues`]), or because the previous sentence left
/// a quotation open (`“The elections are over,” he said. “We call on all
/// Indonesians… | We must unite…”`)?
pub(super) fn continues_statement(doc: &Document, s: usize) -> bool {
    continues(doc.sentence_text(s), &doc.lexicon)
        || (s > 0 && quote_left_open(doc.sentence_text(s - 1)))
}

/// Does `text` carry a reporter's own checking: a phrase of the lexicon's
/// checks, a negation shortly before a verb a check denies, an unnamed source
/// shortly before a verb of sources, or a figure (not a year)?
pub(super) fn gathered(text: &str, lexicon: &OriginWords) -> bool {
    let lower = text.to_lowercase();
    if lexicon.checks.iter().any(|c| lower.contains(c.as_str())) {
        return true;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let within = |k: usize, openers: &WordSet| {
        words[k.saturating_sub(WINDOW + 1)..k]
            .iter()
            .any(|w| openers.contains(w))
    };
    for (k, w) in words.iter().enumerate() {
        if lexicon.denied.contains(w) && within(k, &lexicon.negations) {
            return true;
        }
        if lexicon.source_verbs.contains(w) && within(k, &lexicon.unnamed_sources) {
            return true;
        }
    }
    text.split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.' || c == '%'))
        .map(|w| w.trim_matches(|c: char| c == ',' || c == '.'))
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
        .any(|w| {
            let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
            !year
        })
}

/// Does the cue at `cue` (relative to `text`, a sentence) stand in a
/// concessive clause that opens the sentence and ends at a comma before the
/// main clause (`While the White House insists it targets criminals, it
/// remains unclear…`)?
pub(super) fn in_concessive_clause(text: &str, cue: Span, lexicon: &Lexicon) -> bool {
    let lower = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let opens = lexicon.origin.concessives.iter().any(|c| {
        lower
            .strip_prefix(c)
            .is_some_and(|rest| rest.starts_with(char::is_whitespace))
    });
    let comma = text[cue.end.min(text.len())..].find(',');
    opens && comma.is_some_and(|k| !text[cue.end + k + 1..].trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    #[test]
    fn a_pronoun_continues_a_statement_only_with_its_speech_verb() {
        let lex = Lexicon::english();
        assert!(continues("He added that the road was closed.", &lex));
        assert!(continues("She also said it would take weeks.", &lex));
        assert!(continues("“We will rebuild,” the mayor said.", &lex));
        assert!(!continues(
            "It is also set to widen rifts in the party.",
            &lex
        ));
        assert!(!continues(
            "His popularity soared because of what experts said was his charm.",
            &lex
        ));
    }

    #[test]
    fn a_statement_is_opened_by_a_verb_with_that_or_a_quote() {
        let lex = Lexicon::english();
        let sp = &lex.speakers;
        assert!(introduces_statement("He added that the ", sp));
        assert!(introduces_statement("She said: “The ", sp));
        assert!(!introduces_statement(
            "The dam was declared safe on Friday after three inspections, chief engineer ",
            sp
        ));
        assert!(!introduces_statement("The flights resumed after ", sp));
    }

    #[test]
    fn a_quotation_left_open_runs_on_into_the_next_sentence() {
        let doc = Document::from_text(
            "d",
            "“It is over,” he said. “We call on all to look ahead. We must unite.”\nThe rain stopped.",
        );
        assert!(continues_statement(&doc, 2));
        assert!(!continues_statement(&doc, 3));
        // Mixed marks close a quotation too.
        let mixed = Document::from_text("d", "He said, “We will go.\" Then rain fell.");
        assert!(!continues_statement(&mixed, 1));
    }

    #[test]
    fn a_statement_in_an_opening_concessive_clause_sources_nothing() {
        let lex = Lexicon::english();
        let text = "While the White House insists it targets criminals, it remains unclear who.";
        let cue = Span::new(10, 33);
        assert!(in_concessive_clause(text, cue, &lex));
        let plain = "The White House insists it targets criminals, and it says more.";
        assert!(!in_concessive_clause(plain, Span::new(0, 23), &lex));
        // A concessive clause that is the whole sentence has no main clause.
        let alone = "While the White House insists it targets criminals.";
        assert!(!in_concessive_clause(alone, cue, &lex));
    }
}
