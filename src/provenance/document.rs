//! Which outlet a document itself is, from how it names outlets. Its own
//! forms of credit ([`super::credits`]) and voice score each outlet:
//!
//! * a dateline, `TEHRAN, Iran (AP) —`, anywhere a unit starts: +4;
//! * a byline, `By Jane Doe, Associated Press`: +3;
//! * a credit or copyright line, `Reuters`, `Via AP news wire`, `© 2024
//!   Reuters`, `Source: Qatar News Agency`: +3;
//! * the writer's own checking, `Reuters could not immediately verify the
//!   report`: +3;
//! * a syndication tag, `(MENAFN- Kuwait News Agency (KUNA))`, or a masthead
//!   (a credit line that opens the document): +2;
//! * its own voice, `NBC News is tracking…`, `… has learned`: +2;
//! * an outlet that asked for comment, `offered no statement to AFP`: +2
//!   (outlets name themselves so when they asked);
//! * an outlet an institution's spokesperson talked to, `a White House
//!   spokesperson told the BBC`: +1;
//! * an outlet credited with reporting, `The New York Times reported`: −1
//!   (a document that cites an outlet is not that outlet).
//!
//! Photo captions and credits (they name the picture's agency) and blocks of
//! teasers are not read. The outlet with the highest positive score wins; a
//! tie gives no outlet. When nothing scores, a rewrite that credits one news
//! outlet for its lede (`…, Reuters reported` in its first body units) is
//! that outlet's carrier. Failing that, a document may be the *carrier* of
//! an outlet's story by what other documents credit ([`carrier_outlet`]).
//! `--label PATH=OUTLET` overrides the inference.

use crate::align::Alignment;
use crate::attribution::cues::{Cue, Role};
use crate::attribution::outlets::Registry;
use crate::lexicon::CreditWords;
use crate::model::{Document, Span};
use crate::page::credits::{credits, in_dateline, Credit, CreditKind};
use crate::page::furniture::{kinds_with, Furniture};

/// Body units from the start that make a document's lede.
const LEDE_UNITS: usize = 3;

/// Points of each credit form.
fn credit_points(kind: CreditKind) -> i32 {
    match kind {
        CreditKind::Dateline => 4,
        CreditKind::Byline | CreditKind::Line | CreditKind::Copyright => 3,
        CreditKind::Tag | CreditKind::Masthead => 2,
    }
}

/// Points of the writer's own check (`could not immediately verify`).
const OWN_CHECK: i32 = 3;

/// The outlet `doc` is, from the `cues` of its sentences and its credits
/// (see the module doc), with the cues that decided it.
pub fn document_outlet(
    doc: &Document,
    cues: &[Vec<Cue>],
    registry: &Registry,
) -> Option<(usize, Vec<Cue>)> {
    let all: Vec<Vec<Credit>> = (0..doc.sentences.len())
        .map(|s| credits(doc, s, registry))
        .collect();
    let furniture = kinds_with(doc, &all);
    let mut tally = Tally::default();
    for (s, sentence_cues) in cues.iter().enumerate() {
        if matches!(furniture[s], Some(Furniture::Block | Furniture::Caption)) {
            continue;
        }
        let found = &all[s];
        for c in found {
            if let Some(o) = c.outlet {
                tally.add(o, credit_points(c.kind), cue(c.span, o));
            }
        }
        let has_source = sentence_cues.iter().any(|c| c.role == Role::Source);
        for c in sentence_cues {
            if found.iter().any(|k| overlaps(k.span, c.span)) {
                continue;
            }
            let points = cue_points(doc, s, c, has_source);
            if points != 0 {
                tally.add(c.outlet, points, *c);
            }
        }
    }
    match tally.best() {
        Best::One(o, cues) => Some((o, cues)),
        Best::Tie => None,
        Best::None => lede_credit(doc, cues, &furniture, registry),
    }
}

/// A cue of the credit at `span` naming `outlet`.
fn cue(span: Span, outlet: usize) -> Cue {
    Cue {
        span,
        outlet,
        role: Role::Reported,
    }
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// What cue `c` of sentence `s` says of the document's own outlet.
fn cue_points(doc: &Document, s: usize, c: &Cue, has_source: bool) -> i32 {
    let self_voice = &doc.lexicon.cues.self_voice;
    let text = doc.slice(c.span);
    match c.role {
        _ if own_check(doc, s, c) => OWN_CHECK,
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
    }
}

/// Does the outlet of `c` check for itself (`Reuters could not immediately
/// verify`, `independently verified by AFP`)?
fn own_check(doc: &Document, s: usize, c: &Cue) -> bool {
    let unit = doc.sentences[s].span;
    let words: &CreditWords = &doc.lexicon.credits;
    let after = doc.text[c.span.end..unit.end].trim_start().to_lowercase();
    let before = doc.text[unit.start..c.span.start].trim_end().to_lowercase();
    let articles = &doc.lexicon.cues.articles;
    let before = articles
        .iter()
        .find_map(|a| {
            before
                .strip_suffix(a.as_str())
                .filter(|b| b.is_empty() || b.ends_with(' '))
                .map(str::trim_end)
        })
        .unwrap_or(&before);
    words
        .own_checks_after
        .iter()
        .any(|p| after.starts_with(p.as_str()))
        || words
            .own_checks_before
            .iter()
            .any(|p| before.ends_with(p.as_str()))
}

/// The words of a cue phrase from its own-voice verb on (`is tracking` of
/// `NBC News is tracking`), or nothing when it has none.
fn after_name<'a>(cue: &'a str, self_voice: &[String]) -> &'a str {
    self_voice
        .iter()
        .find_map(|v| cue.find(v.as_str()).map(|at| &cue[at..]))
        .unwrap_or("")
}

/// Each outlet's score and the cues that raised it.
#[derive(Default)]
struct Tally(Vec<(usize, i32, Vec<Cue>)>);

/// The outcome of a [`Tally`].
enum Best {
    One(usize, Vec<Cue>),
    Tie,
    None,
}

impl Tally {
    fn add(&mut self, outlet: usize, points: i32, cue: Cue) {
        let i = match self.0.iter().position(|x| x.0 == outlet) {
            Some(i) => i,
            None => {
                self.0.push((outlet, 0, Vec::new()));
                self.0.len() - 1
            }
        };
        self.0[i].1 += points;
        if points > 0 {
            self.0[i].2.push(cue);
        }
    }

    fn best(mut self) -> Best {
        self.0.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        match self.0.as_slice() {
            [best, second, ..] if best.1 > 0 && best.1 == second.1 => Best::Tie,
            [best, ..] if best.1 > 0 => Best::One(best.0, best.2.clone()),
            _ => Best::None,
        }
    }
}

/// The news outlet credited first in the lede (the first [`LEDE_UNITS`]
/// body units: no heading, no furniture): `…, Reuters reported`, `reports
/// the AP`.
fn lede_credit(
    doc: &Document,
    cues: &[Vec<Cue>],
    furniture: &[Option<Furniture>],
    registry: &Registry,
) -> Option<(usize, Vec<Cue>)> {
    let carrier_before = &doc.lexicon.credits.carrier_before;
    let body = (0..doc.sentences.len())
        .filter(|&s| furniture[s].is_none() && !doc.sentences[s].heading)
        .take(LEDE_UNITS);
    for s in body {
        let unit = doc.sentences[s].span;
        for c in &cues[s] {
            let o = &registry.outlets[c.outlet];
            if o.is_speaker() || o.is_data() {
                continue;
            }
            let before = doc.text[unit.start..c.span.start].trim_end();
            let carried = carrier_before
                .iter()
                .find_map(|p| phrase_before(before, p))
                .map(|at| unit.start + at);
            if c.role == Role::Reported || (c.role == Role::Mention && carried.is_some()) {
                // Two outlets credited together (`X and Y reported`) name no one carrier.
                let rival = cues[s].iter().any(|k| {
                    k.outlet != c.outlet
                        && k.role != Role::Inquiry
                        && !registry.outlets[k.outlet].is_speaker()
                        && !registry.outlets[k.outlet].is_data()
                });
                let start = carried.unwrap_or(c.span.start).min(c.span.start);
                let span = Span::new(start, c.span.end);
                return (!rival).then(|| (c.outlet, vec![cue(span, c.outlet)]));
            }
        }
    }
    None
}

/// Where `phrase` (lower case) ends `text` as whole words, ignoring ASCII case.
fn phrase_before(text: &str, phrase: &str) -> Option<usize> {
    let at = text.len().checked_sub(phrase.len())?;
    let tail = text.get(at..)?;
    let whole = !text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    (whole && tail.eq_ignore_ascii_case(phrase)).then_some(at)
}

/// Cues, each with the document it stands in.
pub type CuesIn = Vec<(usize, Cue)>;

/// Is cue `c` of sentence `s` of `doc` a dateline's outlet (`TOKYO (AP) —`,
/// `RABAT, SANA—`)? A dateline names the writer of the text; it credits
/// nothing in it.
pub(crate) fn names_writer(doc: &Document, s: usize, c: &Cue) -> bool {
    c.role == Role::Reported && (doc.slice(c.span).contains('(') || in_dateline(doc, s, c.span))
}

/// Other documents that must credit an outlet with a document's content
/// for [`carrier_outlet`] to name it.
const MIN_CREDITING_DOCUMENTS: usize = 2;
/// Sentences of the document that must carry content credited to it.
const MIN_CARRIED_SENTENCES: usize = 2;
/// Share of the document's shared sentences (those in a passage with
/// another document) that must carry content credited to it.
const MIN_CARRIED_SHARE: f32 = 0.25;

/// The outlet document `d` carries, when its own text does not tell: the
/// outlet that at least [`MIN_CREDITING_DOCUMENTS`] other documents credit
/// (`X reported`, `according to X`) for at least [`MIN_CARRIED_SENTENCES`]
/// of `d`'s sentences and [`MIN_CARRIED_SHARE`] of those it shares with
/// other documents, that `d` itself never credits, and that no other outlet
/// rivals. A rewrite of the Times' story that never names the Times is the
/// Times' version; a rewrite of another story that carries a fact or two
/// many credit to the Times is not.
pub fn carrier_outlet(
    d: usize,
    docs: &[Document],
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
    // (outlet, crediting doc, sentence of d, cue)
    let mut votes: Vec<(usize, usize, usize, Cue)> = Vec::new();
    let mut shared: Vec<usize> = Vec::new();
    for p in &alignment.passages {
        let Some(here) = p.members.iter().find(|m| m.doc == d) else {
            continue;
        };
        if p.members.iter().any(|m| m.doc != d) {
            shared.push(here.sentence);
        }
        for m in p.members.iter().filter(|m| m.doc != d) {
            for c in &cues[m.doc][m.sentence] {
                let news = !registry.outlets[c.outlet].is_speaker();
                let credit = c.role == Role::Reported && !names_writer(&docs[m.doc], m.sentence, c);
                if credit && news && !credited_here.contains(&c.outlet) {
                    votes.push((c.outlet, m.doc, here.sentence, *c));
                }
            }
        }
    }
    votes.sort_by_key(|v| (v.0, v.1, v.2));
    let mut ranked: Vec<(usize, usize, usize, CuesIn)> = Vec::new(); // (outlet, docs, sentences, cues)
    for run in votes.chunk_by(|a, b| a.0 == b.0) {
        let mut docs: Vec<usize> = run.iter().map(|v| v.1).collect();
        docs.dedup();
        let mut sentences: Vec<usize> = run.iter().map(|v| v.2).collect();
        sentences.sort_unstable();
        sentences.dedup();
        let cues = run.iter().map(|v| (v.1, v.3)).collect();
        ranked.push((run[0].0, docs.len(), sentences.len(), cues));
    }
    ranked.sort_by(|a, b| (b.1, b.2).cmp(&(a.1, a.2)).then(a.0.cmp(&b.0)));
    shared.sort_unstable();
    shared.dedup();
    let enough = |carried: usize| {
        carried >= MIN_CARRIED_SENTENCES
            && carried as f32 >= MIN_CARRIED_SHARE * shared.len() as f32
    };
    match ranked.as_slice() {
        [best, ..]
            if best.1 >= MIN_CREDITING_DOCUMENTS
                && enough(best.2)
                && ranked.get(1).is_none_or(|r| r.1 < best.1) =>
        {
            Some((best.0, best.3.clone()))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::cues::document_cues;

    fn outlet(text: &str) -> Option<String> {
        let r = Registry::builtin();
        let doc = Document::from_text("x", text);
        document_outlet(&doc, &document_cues(&doc, &r), &r).map(|(o, _)| r.outlets[o].id.clone())
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
    }

    #[test]
    fn a_dateline_after_a_headline_and_caption_counts() {
        let text = "Chief To Step Down\n\nA worker walks under a jet in Medford, Ore. (Jane Roe/Valley Times via AP)\n\n(AP) — The chief will step down, the company said on Monday.\n\nThe board met. It agreed. It voted.\n";
        assert_eq!(outlet(text).as_deref(), Some("ap"));
        assert_eq!(
            outlet("Headline Here\n\n(Reuters) -Boeing said its chief would go.\n").as_deref(),
            Some("reuters")
        );
    }

    #[test]
    fn bylines_and_credit_lines() {
        let story = "The court ruled on Monday that the plan was unlawful.\n\n";
        for (line, id) in [
            ("By AFP", "afp"),
            ("By Jane Doe, Associated Press", "ap"),
            ("Reuters", "reuters"),
            ("AFP", "afp"),
            ("© 2024 Reuters", "reuters"),
            ("Via AP news wire", "ap"),
            ("Source: Qatar News Agency", "qna"),
            ("rm/wmr (Reuters, AFP)", "reuters"),
        ] {
            assert_eq!(
                outlet(&format!("{story}{line}\n")).as_deref(),
                Some(id),
                "{line} after"
            );
            assert_eq!(
                outlet(&format!("Ruling Day\n\n{line}\n\n{story}")).as_deref(),
                Some(id),
                "{line} before"
            );
        }
        assert_eq!(
            outlet("(MENAFN- Kuwait News Agency (KUNA)) RABAT, Sept 9 (KUNA) -- A quake hit. The toll, obtained by the Moroccan Arab Press Agency (MAP), rose.").as_deref(),
            Some("kuna")
        );
    }

    #[test]
    fn the_writers_own_checks() {
        assert_eq!(
            outlet(
                "Rebels said they took the town. Reuters could not immediately verify the report."
            )
            .as_deref(),
            Some("reuters")
        );
        assert_eq!(
            outlet("The video could not be independently verified by AFP.").as_deref(),
            Some("afp")
        );
    }

    #[test]
    fn image_credits_and_citations_name_no_outlet() {
        for text in [
            "The court ruled on Monday.\n\nThe minister, left, at the court. Credit: AP\n\nIt was a blow.\n",
            "The court ruled on Monday.\n\nA car in this screen grab. Al Oula TV/Handout via REUTERS\n",
            "The court ruled on Monday.\n\nThe minister, left, at the court on Monday.\nAP\n\nIt was a blow.\n",
            "The court ruled on Monday.\n\nIt hit at night. Many fled. Roads were cut.\n\nThe quake was the worst since 2004, when 600 died, reported Agence France-Presse.\n\nIn 1980, another quake killed 2,500, the New York Times reported.\n",
            "The New York Times and the Washington Post reported that 100 were sent home.",
        ] {
            assert_eq!(outlet(text), None, "{text}");
        }
    }

    #[test]
    fn a_lede_credit_names_the_carrier() {
        assert_eq!(
            outlet("Boeing's chief will go at the end of the year. The chairman is also leaving, Reuters reported.\n\nShares rose.\n").as_deref(),
            Some("reuters")
        );
        assert_eq!(
            outlet("Money / Business\n\nA string of troubles caught up with the chief, reports the AP. He wrote a memo, per the Wall Street Journal.\n").as_deref(),
            Some("ap")
        );
        assert_eq!(
            outlet("A dateline names the writer.\n\nWASHINGTON (AP) — The chief will go, the New York Times first reported.\n").as_deref(),
            Some("ap")
        );
    }

    #[test]
    fn german_credits_by_the_german_lexicon() {
        let r = Registry::builtin();
        let de = crate::Lexicon::load("de", None).expect("de");
        for (text, id) in [
            (
                "Berlin (dpa) - Die Regierung hat am Montag entschieden.",
                "dpa",
            ),
            (
                "Die Regierung hat am Montag entschieden.\n\nQuelle: Reuters\n",
                "reuters",
            ),
            (
                "Von Anna Schmidt, AFP\n\nDie Regierung hat am Montag entschieden.\n",
                "afp",
            ),
        ] {
            let doc = Document::with_lexicon("x", text, de.clone());
            let got = document_outlet(&doc, &document_cues(&doc, &r), &r)
                .map(|(o, _)| r.outlets[o].id.clone());
            assert_eq!(got.as_deref(), Some(id), "{text}");
        }
    }

    /// Outlet ids that [`carrier_outlet`] gives each of `texts`.
    fn carriers(texts: &[&str]) -> Vec<Option<String>> {
        let r = Registry::builtin();
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::from_text(format!("{i}.txt"), *t))
            .collect();
        let alignment = crate::align::align(&docs, &crate::align::AlignOptions::default());
        let cues: Vec<_> = docs.iter().map(|d| document_cues(d, &r)).collect();
        (0..docs.len())
            .map(|d| {
                carrier_outlet(d, &docs, &alignment, &cues, &r)
                    .map(|(o, _)| r.outlets[o].id.clone())
            })
            .collect()
    }

    const DOCK: &str = "Thousands of dock workers in Rotterdam walked off the job on Monday, halting container traffic for at least 48 hours.";
    const SHIPS: &str = "Sixty container ships were left waiting to berth outside the harbour at Maasvlakte on Monday evening.";
    const UNION: &str = "Union leader Marieke Dijkstra said 3,400 members had voted for the walkout at a meeting in Schiedam.";

    #[test]
    fn a_carrier_carries_much_of_what_others_credit() {
        let credited = format!(
            "{DOCK} the New York Times reported.\n\n{SHIPS} the Times reported.\n\n{UNION}\n"
        );
        let copy = format!("{DOCK}\n\n{SHIPS}\n\n{UNION}\n");
        let got = carriers(&[&credited, &credited.replace("Sixty", "About 60"), &copy]);
        assert_eq!(got[2].as_deref(), Some("nyt"));
    }

    #[test]
    fn one_widely_credited_fact_makes_no_carrier() {
        let credited = format!("{DOCK} the New York Times reported.\n\n{UNION}\n");
        let other = format!("{DOCK}\n\n{SHIPS}\n\n{UNION}\n");
        let got = carriers(&[
            &credited,
            &credited.replace("Thousands", "Hundreds"),
            &other,
        ]);
        assert_eq!(got[2], None);
    }
}
