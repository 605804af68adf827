//! Statements: the people and organisations the documents quote or report
//! as saying something, found by the shape of a statement rather than by a
//! list of names.
//!
//! A *statement frame* is a name next to a speech verb of the lexicon:
//!
//! * before it: `Interior Minister Ahmad Vahidi said`, `Boeing said`,
//!   `Hossein Noushabadi, an official, told`, `the US Geological Survey
//!   also said`;
//! * after it, once the verb follows a comma or a closing quote: `…,” said
//!   Hamid Afkar, a teacher`;
//! * after `according to` (the lexicon's reported-before phrases).
//!
//! A name is a run of capitalised words (with the lexicon's name particles
//! inside, `Department of State`), less the titles before a person's name
//! (`Interior Minister`). A run whose last word is an organisation head
//! (`Ministry`, `Commission`, `Court`) is an *organization*; any other is a
//! *person*, known also by their surname. A one-word name must also appear
//! capitalised away from a sentence start somewhere in the corpus, so
//! `Residents said` names nobody. Names the registry already knows are left
//! to it.
//!
//! A person the text describes by a private role of the lexicon near the
//! name (`Ilse Varga, a resident of the valley`, `teacher Hamid Afkar`)
//! is of kind `private`: what they say they told the writer.
//!
//! An organisation with a unique head noun is also known by it (`the
//! court`, `The ministry`). [`discover`] returns registry entries (kinds `person` and
//! `organization`) for every speaker found; once added to the registry, their
//! mentions become cues like any institution's (`Calhoun said` is a statement
//! by Calhoun wherever it stands).

use crate::attribution::outlets::{Outlet, Registry};
use crate::lexicon::Lexicon;
use crate::model::{Document, Span};

/// Most words between a speech verb and the comma that ends an appositive
/// (`Noushabadi, an official in the foreign ministry, told`).
const MAX_APPOSITIVE: usize = 10;

/// A speaker named in a statement frame.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found {
    /// The name as written (titles stripped).
    name: String,
    /// An organisation (head noun last) rather than a person.
    organization: bool,
    /// A one-word name at the start of its sentence (needs support elsewhere).
    at_start: bool,
    /// A person described by a private role near the name (`a resident`).
    private: bool,
}

/// Registry entries for the speakers of `docs` that `registry` does not know,
/// in order of first appearance.
pub fn discover(docs: &[Document], registry: &Registry) -> Vec<Outlet> {
    let mut found: Vec<Found> = Vec::new();
    let mut capitalised_inside: Vec<String> = Vec::new();
    for doc in docs {
        for (s, sentence) in doc.sentences.iter().enumerate() {
            let text = doc.sentence_text(s);
            let words = words(text);
            capitalised_inside.extend(
                words
                    .iter()
                    .skip(1)
                    .filter(|w| is_capitalised(w.1))
                    .map(|w| w.1.to_string()),
            );
            if sentence.heading {
                continue;
            }
            let frames = frames(text, &words, &doc.lexicon);
            if frames.is_empty() {
                continue;
            }
            let mentions = registry.mentions(text, Span::new(0, text.len()));
            for (mut f, span) in frames {
                if !mentions.iter().any(|m| overlaps(m.span, span)) {
                    f.private = !f.organization && private_role_near(&words, span, &doc.lexicon);
                    found.push(f);
                }
            }
        }
    }
    capitalised_inside.sort_unstable();
    capitalised_inside.dedup();
    let supported = |f: &Found| {
        !f.at_start || f.name.contains(' ') || capitalised_inside.binary_search(&f.name).is_ok()
    };
    let mut out = entries(found.into_iter().filter(supported), registry);
    if let Some(doc) = docs.first() {
        add_head_nouns(&mut out, &doc.lexicon);
    }
    out
}

/// `the court` for the one organisation whose name ends in `Court`: an
/// organisation is also known by its head noun, when no other found
/// organisation shares it; and by the lexicon's words for its members
/// (`judges`, `justices` for a court), when it is the first found with
/// that head noun.
fn add_head_nouns(entries: &mut [Outlet], lex: &Lexicon) {
    let heads_of = &lex.speakers.organisation_heads;
    let head = |o: &Outlet| {
        let words: Vec<String> = o.name.split(' ').map(str::to_lowercase).collect();
        let is_head = |w: &&String| heads_of.contains(w);
        let found = words
            .last()
            .filter(is_head)
            .or(words.first().filter(is_head));
        (o.kind == "organization" && words.len() > 1)
            .then(|| found.cloned())
            .flatten()
    };
    let heads: Vec<Option<String>> = entries.iter().map(head).collect();
    for (k, o) in entries.iter_mut().enumerate() {
        let Some(h) = &heads[k] else { continue };
        if heads.iter().filter(|x| x.as_ref() == Some(h)).count() == 1 {
            o.aliases.push(format!("the {h}"));
            o.aliases.push(format!("The {h}"));
        }
    }
    // `The judges agreed`: the members of the first organisation found
    // with that head noun speak for it.
    for (member, h) in &lex.speakers.members {
        if let Some(k) = heads.iter().position(|x| x.as_deref() == Some(h.as_str())) {
            let o = &mut entries[k];
            if !o.aliases.contains(member) {
                o.aliases.push(member.clone());
            }
        }
    }
}

/// Merge the found names into registry entries: one per organisation name,
/// one per person surname (named by their longest form).
fn entries(found: impl Iterator<Item = Found>, registry: &Registry) -> Vec<Outlet> {
    let mut out: Vec<Outlet> = Vec::new();
    for f in found {
        let key = if f.organization {
            f.name.clone()
        } else {
            surname(&f.name).to_string()
        };
        // `Ministry of Interior` is the `Interior Ministry`: organisations
        // with the same words (particles aside, in any order) are one.
        // `UK Supreme Court` is the `Supreme Court`: an organisation whose
        // name of two words or more ends the other's is the same.
        let same_words = |o: &Outlet| {
            f.organization
                && o.kind == "organization"
                && (words_of(&o.name) == words_of(&f.name) || ends_name(&o.name, &f.name))
        };
        if let Some(known) = out
            .iter_mut()
            .find(|o| o.aliases.contains(&key) || same_words(o))
        {
            if f.private && known.kind == "person" {
                known.kind = "private".into();
            }
            let longer = f.name.len() > known.name.len() && !f.organization;
            if longer {
                known.name = f.name.clone();
            }
            if (longer || f.organization) && !known.aliases.contains(&f.name) {
                known.aliases.push(f.name);
            }
            continue;
        }
        let mut aliases = vec![f.name.clone()];
        if key != f.name {
            aliases.push(key);
        }
        let mut id = slug(&f.name);
        while registry.find(&id).is_some() || out.iter().any(|o| o.id == id) {
            id.push('_');
        }
        out.push(Outlet {
            id,
            name: f.name,
            label: None,
            kind: if f.organization {
                "organization"
            } else if f.private {
                "private"
            } else {
                "person"
            }
            .into(),
            aliases,
        });
    }
    out
}

/// Does a private role of the lexicon (`resident`, `teacher`) stand within
/// [`MAX_APPOSITIVE`] words of the name at `span` (`Ilse Varga, a
/// resident of…`, `teacher Hamid Afkar said`)?
fn private_role_near(words: &[(Span, &str)], span: Span, lex: &Lexicon) -> bool {
    let Some(first) = words.iter().position(|w| w.0.start >= span.start) else {
        return false;
    };
    let last = words
        .iter()
        .rposition(|w| w.0.end <= span.end)
        .unwrap_or(first);
    let from = first.saturating_sub(3);
    let to = (last + MAX_APPOSITIVE).min(words.len() - 1);
    words[from..=to]
        .iter()
        .any(|w| lex.speakers.private_roles.contains(&w.1.to_lowercase()))
}

/// The statement frames of a sentence: each speaker with the span of the name.
fn frames(text: &str, words: &[(Span, &str)], lex: &Lexicon) -> Vec<(Found, Span)> {
    let sp = &lex.speakers;
    let is_verb = |w: &str| {
        let lower = w.to_lowercase();
        sp.speech_verbs.contains(&lower) || lex.cues.statement_verbs.contains(&lower)
    };
    let mut out = Vec::new();
    for (i, (span, w)) in words.iter().enumerate() {
        // `By John Johnson, Newser Staff Posted Mar 25`: a capitalised verb
        // inside a unit is a label, not a statement.
        if is_verb(w) && (i == 0 || !is_capitalised(w)) {
            if let Some(f) = name_before(text, words, i, lex) {
                out.push(f);
            } else if let Some(f) = name_after(text, words, i, lex) {
                out.push(f);
            }
        } else if i > 0 && ends_with_reporting_phrase(&text[..span.start], lex) {
            if let Some(f) = run_at(words, i, lex) {
                out.push(f);
            }
        }
    }
    out
}

/// Does `before` end with one of the lexicon's reported-before phrases
/// (`according to`, then perhaps an article)?
fn ends_with_reporting_phrase(before: &str, lex: &Lexicon) -> bool {
    let lower = before.trim_end().to_lowercase();
    let bare = lex
        .cues
        .articles
        .iter()
        .find_map(|a| lower.strip_suffix(a.as_str()).map(str::trim_end))
        .unwrap_or(&lower);
    lex.cues
        .reported_before
        .iter()
        .any(|p| p.contains(' ') && bare.ends_with(p.as_str()))
}

/// The name right before the speech verb at word `i` (over adverbs and an
/// appositive between commas).
fn name_before(
    text: &str,
    words: &[(Span, &str)],
    i: usize,
    lex: &Lexicon,
) -> Option<(Found, Span)> {
    let mut j = i.checked_sub(1)?;
    // Over `also`, `on Wednesday`, `unanimously`.
    let between = |w: &str| {
        let lower = w.to_lowercase();
        lex.speakers.speech_adverbs.contains(&lower)
            || lex.segment.days_and_months.contains(&lower)
            || (w.ends_with("ly") && !is_capitalised(w))
    };
    while between(words[j].1) {
        j = j.checked_sub(1)?;
    }
    let gap = &text[words[j].0.end..words[j + 1].0.start];
    if gap.contains(',') {
        // `Name, an official, told`: the name stands before the first comma.
        let first = (j.saturating_sub(MAX_APPOSITIVE)..=j)
            .rev()
            .skip(1)
            .find(|&k| text[words[k].0.end..words[k + 1].0.start].contains(','))?;
        j = first;
    }
    run_ending_at(text, words, j, lex)
}

/// `…,” said Hamid Afkar`: the name right after the verb at word `i`, when
/// the verb follows a comma or a closing quote.
fn name_after(
    text: &str,
    words: &[(Span, &str)],
    i: usize,
    lex: &Lexicon,
) -> Option<(Found, Span)> {
    let before = text[..words[i].0.start].trim_end();
    if !before.ends_with([',', '”', '"', '’']) || i + 1 >= words.len() {
        return None;
    }
    run_at(words, i + 1, lex)
}

/// The capitalised run ending at word `j`; the run stops at punctuation
/// (`Ottawa: The Canadian Supreme Court` names the court, not Ottawa).
fn run_ending_at(
    text: &str,
    words: &[(Span, &str)],
    j: usize,
    lex: &Lexicon,
) -> Option<(Found, Span)> {
    if !is_capitalised(words[j].1) {
        return lower_case_organisation(words, j, lex);
    }
    let spaced = |k: usize| text[words[k - 1].0.end..words[k].0.start].trim().is_empty();
    let mut start = j;
    while start > 0 && spaced(start) && part_of_name(words[start - 1].1, lex) {
        start -= 1;
    }
    build(words, start, j, lex)
}

/// `Indonesia's election commission announced`: an organisation named in
/// lower case, its head noun at word `j` with one or two words before it
/// that are neither function words nor capitalised; or with one
/// capitalised word that opens the name (`the British government`,
/// `Britain's government`).
fn lower_case_organisation(
    words: &[(Span, &str)],
    j: usize,
    lex: &Lexicon,
) -> Option<(Found, Span)> {
    if !lex.speakers.organisation_heads.contains(words[j].1) {
        return None;
    }
    let modifier = |w: &str| {
        !is_capitalised(w)
            && !lex.words.stop_words.contains(w)
            && !lex.speakers.speech_adverbs.contains(w)
            && w.chars().all(char::is_alphabetic)
    };
    let mut start = j;
    while start > 0 && j - start < 2 && modifier(words[start - 1].1) {
        start -= 1;
    }
    if start == j {
        // `The British government said`, `Britain's government argues`: one
        // capitalised word before the head, after an article or opening the
        // sentence (not the end of a longer name).
        let k = j.checked_sub(1)?;
        let w = words[k].1;
        let bare = w.trim_end_matches("'s").trim_end_matches("’s");
        let opens = k == 0 || lex.cues.articles.contains(&words[k - 1].1.to_lowercase());
        let owner = is_capitalised(w)
            && bare.chars().all(char::is_alphabetic)
            && !lex.speakers.not_names.iter().any(|n| n == bare)
            && !lex.speakers.titles.iter().any(|t| t == bare);
        if !(owner && opens) {
            return None;
        }
        start = k;
    }
    let span = Span::new(words[start].0.start, words[j].0.end);
    let name = words[start..=j]
        .iter()
        .map(|w| w.1)
        .collect::<Vec<_>>()
        .join(" ");
    let found = Found {
        name,
        organization: true,
        at_start: false,
        private: false,
    };
    Some((found, span))
}

/// The capitalised run starting at word `i` (`the` skipped).
fn run_at(words: &[(Span, &str)], i: usize, lex: &Lexicon) -> Option<(Found, Span)> {
    let mut end = i;
    while end + 1 < words.len() && part_of_name(words[end + 1].1, lex) {
        end += 1;
    }
    // `according to Iranian officials`: a capitalised word before a common
    // noun is its modifier, not a name.
    let next = words.get(end + 1).map(|w| w.1);
    if next.is_some_and(|w| !is_capitalised(w) && !lex.words.stop_words.contains(w)) {
        let gap_is_space = words[end].0.end + 1 == words[end + 1].0.start;
        if gap_is_space {
            return None;
        }
    }
    build(words, i, end, lex)
}

/// A speaker from the words `start..=end`, trimmed of particles at the ends
/// and of the titles before a person's name.
fn build(
    words: &[(Span, &str)],
    mut start: usize,
    mut end: usize,
    lex: &Lexicon,
) -> Option<(Found, Span)> {
    let sp = &lex.speakers;
    let particle = |w: &str| sp.name_particles.contains(w);
    while start <= end && (particle(words[start].1) || !is_capitalised(words[start].1)) {
        start += 1;
    }
    while end >= start && (particle(words[end].1) || !is_capitalised(words[end].1)) {
        end = end.checked_sub(1)?;
    }
    // `Morocco's Interior Ministry`, `Indonesia’s Prabowo Subianto`.
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    if start < end && possessive(words[start].1) {
        start += 1;
    }
    if start > end {
        return None;
    }
    let last = words[end].1;
    // `Interior Ministry`, and `Ministry of Interior`.
    let head_first = end > start + 1
        && sp
            .organisation_heads
            .contains(&words[start].1.to_lowercase())
        && sp.name_particles.contains(words[start + 1].1);
    let organization = head_first || sp.organisation_heads.contains(&last.to_lowercase());
    if !organization {
        // `Interior Minister Ahmad Vahidi` → `Ahmad Vahidi`.
        if let Some(t) = (start..=end)
            .rev()
            .find(|&k| sp.titles.contains(words[k].1))
        {
            start = t + 1;
        }
        while start <= end && sp.not_names.contains(words[start].1) {
            start += 1;
        }
    } else if sp.not_names.contains(words[start].1) && start < end && !head_first {
        start += 1;
    }
    if start > end {
        return None;
    }
    if !organization && (sp.not_names.contains(words[end].1) || end - start > 3) {
        return None;
    }
    if lex
        .segment
        .days_and_months
        .contains(&words[end].1.to_lowercase())
    {
        return None;
    }
    let span = Span::new(words[start].0.start, words[end].0.end);
    let name = words[start..=end]
        .iter()
        .map(|w| w.1)
        .collect::<Vec<_>>()
        .join(" ");
    Some((
        Found {
            name,
            organization,
            at_start: start == 0 && start == end,
            private: false,
        },
        span,
    ))
}

/// Can `word` stand inside a name (capitalised, or a particle)?
fn part_of_name(word: &str, lex: &Lexicon) -> bool {
    is_capitalised(word) || lex.speakers.name_particles.contains(word)
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// The words of an organisation's name, lower case and sorted, without
/// short particles (`of`, `for`).
fn words_of(name: &str) -> Vec<String> {
    let mut w: Vec<String> = name
        .split(' ')
        .filter(|w| w.len() > 3 || w.chars().next().is_some_and(char::is_uppercase))
        .map(str::to_lowercase)
        .collect();
    w.sort_unstable();
    w
}

/// Does one name end the other, at a word boundary, with at least two words
/// in common (`UK Supreme Court`, `Supreme Court`)?
fn ends_name(a: &str, b: &str) -> bool {
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let long = long.to_lowercase();
    let short = short.to_lowercase();
    short.split(' ').count() >= 2
        && long
            .strip_suffix(short.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

/// The last word of a person's name.
fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// `Ahmad Vahidi` → `ahmad-vahidi`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The words of `text` with their spans: letters, digits and the `-`, `'`,
/// `’` and `.` inside a word (`al-Arabiya`, `Asy'ari`, `U.S.`).
fn words(text: &str) -> Vec<(Span, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        let inside = matches!(c, '-' | '\'' | '’' | '.') && start.is_some() && next_is_word;
        if c.is_alphanumeric() || inside {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((Span::new(s, i), &text[s..i]));
        }
    }
    if let Some(s) = start {
        out.push((Span::new(s, text.len()), &text[s..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speakers(texts: &[&str]) -> Vec<(String, String)> {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::from_text(format!("d{i}"), *t))
            .collect();
        discover(&docs, &Registry::builtin())
            .into_iter()
            .map(|o| (o.name, o.kind))
            .collect()
    }

    #[test]
    fn names_before_a_speech_verb() {
        assert_eq!(
            speakers(&["Interior Minister Ahmad Vahidi said the border was closed."]),
            [("Ahmad Vahidi".to_string(), "person".to_string())]
        );
        assert_eq!(
            speakers(&["The Geological Survey also said the quake was shallow."]),
            [("Geological Survey".to_string(), "organization".to_string())]
        );
        assert_eq!(
            speakers(&["Lena Ortiz, a spokeswoman for the city, told reporters it was over."]),
            [("Lena Ortiz".to_string(), "person".to_string())]
        );
    }

    #[test]
    fn judges_speak_for_their_court() {
        let docs = [Document::from_text(
            "d",
            "The Supreme Court ruled on Monday. The judges agreed with the lower court.",
        )];
        let found = discover(&docs, &Registry::builtin());
        assert_eq!(found.len(), 1);
        assert!(found[0].aliases.iter().any(|a| a == "judges"), "{found:?}");
    }

    #[test]
    fn an_organisation_is_one_whatever_comes_before_its_name() {
        assert_eq!(
            speakers(&[
                "Ottawa: The Canadian Supreme Court said the levy was unlawful.",
                "The Supreme Court ruled on Monday.",
            ]),
            [(
                "Canadian Supreme Court".to_string(),
                "organization".to_string()
            )]
        );
    }

    #[test]
    fn a_person_described_by_a_private_role_is_private() {
        assert_eq!(
            speakers(&["Ilse Varga, a resident of the valley, said most bridges fell."]),
            [("Ilse Varga".to_string(), "private".to_string())]
        );
        assert_eq!(
            speakers(&["Commission chairman Tomas Brenner said the count was final."]),
            [("Tomas Brenner".to_string(), "person".to_string())]
        );
    }

    #[test]
    fn names_after_a_quote_and_after_according_to() {
        assert_eq!(
            speakers(&["“The walls shook,” said Hamid Afkar, a teacher."]),
            [("Hamid Afkar".to_string(), "private".to_string())]
        );
        assert_eq!(
            speakers(&["The dam held, according to the Water Authority."]),
            [("Water Authority".to_string(), "organization".to_string())]
        );
    }

    #[test]
    fn a_person_is_one_speaker_by_surname() {
        let found = speakers(&[
            "Chief Executive Dana Whitlock said the plan would work.",
            "Whitlock said more jobs would follow.",
        ]);
        assert_eq!(found, [("Dana Whitlock".to_string(), "person".to_string())]);
    }

    #[test]
    fn organisations_in_lower_case_and_after_a_possessive() {
        assert_eq!(
            speakers(&["Indonesia's election commission on Wednesday announced the result."]),
            [(
                "election commission".to_string(),
                "organization".to_string()
            )]
        );
        assert_eq!(
            speakers(&["The British government said it would appeal."]),
            [("British government".to_string(), "organization".to_string())]
        );
        assert_eq!(
            speakers(&["Britain's government argues that it deters crossings."]),
            [(
                "Britain's government".to_string(),
                "organization".to_string()
            )]
        );
        // The end of a longer name is no owner.
        assert!(speakers(&["Prime Minister Rishi Sunak's government said no."]).is_empty());
        assert_eq!(
            speakers(&["Morocco’s Interior Ministry said 296 people died."]),
            [("Interior Ministry".to_string(), "organization".to_string())]
        );
        assert_eq!(
            speakers(&["The toll was 296, according to the Ministry of Interior."]),
            [(
                "Ministry of Interior".to_string(),
                "organization".to_string()
            )]
        );
    }

    #[test]
    fn an_organisation_is_one_speaker_in_any_word_order() {
        let docs = [
            Document::from_text("a", "The Interior Ministry said 296 people died."),
            Document::from_text("b", "The toll rose, according to the Ministry of Interior."),
        ];
        let found = discover(&docs, &Registry::builtin());
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0]
            .aliases
            .contains(&"Ministry of Interior".to_string()));
        assert!(found[0].aliases.contains(&"the ministry".to_string()));
    }

    #[test]
    fn unnamed_and_known_sources_are_not_discovered() {
        assert!(speakers(&["Residents said the water was rising."]).is_empty());
        assert!(speakers(&["Officials said 40 people died."]).is_empty());
        assert!(speakers(&["It began, according to Iranian officials in Tehran."]).is_empty());
        assert!(speakers(&["The White House said it was lawful."]).is_empty());
        assert!(speakers(&["He said on Tuesday that it was over."]).is_empty());
    }
}
