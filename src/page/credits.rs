//! How a text names its own author or carrier, unit by unit:
//!
//! * a **dateline**: `TEHRAN, Iran (AP) —`, `JAKARTA (Reuters) –`,
//!   `TOKYO, May 2 (WAM/ Kyodo News) --` (a carrier before the writer),
//!   `(Reuters) -Boeing`, `RABAT, Sept 9 (KUNA) --`, `RABAT, SANA—`: place
//!   and date words, the outlet (in parentheses, or after a comma), a dash;
//! * a **byline**: `By AFP`, `By Jane Doe, Associated Press`, `By NINIEK
//!   KARMINI – Associated Press` (names, connectors and outlets after the
//!   lexicon's byline word);
//! * a **credit line**: a unit of nothing but outlets, credit words, dates
//!   and editors' initials (`Reuters`, `AFP`, `Via AP news wire`, `Reuters
//!   Published 21 Mar, 2024 05:22am`, `rm/wmr (Reuters, AFP)`), or an outlet
//!   after a source label (`Source: Qatar News Agency`);
//! * a **copyright line**: `© 2024 Reuters`;
//! * a **syndication tag**: a leading `(SERVICE- Source)` group such as
//!   `(MENAFN- Kuwait News Agency (KUNA))`, naming the publication the text
//!   was taken from; the rest of the unit is read on its own;
//! * a **masthead**: a credit line that is the document's first unit.
//!
//! Image credits (`Photo: Reuters`, `AFP Photo`) name the picture's agency,
//! not the text's: a unit with an image word is no credit line. A credit
//! names the first news outlet in it (never an institution). The words are
//! the lexicon's ([`CreditWords`]); [`crate::provenance::document`] weighs the credits,
//! [`super::furniture`] marks the units that are nothing but a credit.

use crate::attribution::outlets::{Mention, Registry};
use crate::lexicon::{CreditWords, Lexicon};
use crate::model::{Document, Span};

/// Longest run of place and date words before a dateline's outlet.
const DATELINE_WORDS: usize = 8;
/// How far into a unit (bytes) a dateline's outlet may stand.
const DATELINE_REACH: usize = 80;
/// How much of a unit (bytes) is searched for outlets.
const HEAD: usize = 400;
/// Most words in a byline or labelled credit line.
const CREDIT_WORDS: usize = 14;
/// Dashes that end a dateline.
const DASHES: [&str; 7] = ["—", "–", "--", "-", "―", "−", "‒"];
/// Characters trimmed off a word before it is classed.
const PUNCT: &[char] = &[
    '(', ')', '[', ']', '{', '}', ',', '.', ';', ':', '|', '–', '—', '-', '/', '"', '\'', '“', '”',
    '‘', '’', '!', '?', '…', '•', '·',
];

/// What form of credit a unit carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreditKind {
    /// `CITY (AP) —`.
    Dateline,
    /// `By Jane Doe, Associated Press`.
    Byline,
    /// `Reuters`, `Via AP news wire`, `Source: Qatar News Agency`.
    Line,
    /// `© 2024 Reuters`.
    Copyright,
    /// `(MENAFN- Kuwait News Agency (KUNA))`.
    Tag,
    /// A credit line that opens the document.
    Masthead,
}

/// One credit in a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Credit {
    /// Its form.
    pub kind: CreditKind,
    /// The news outlet it names (registry index), when it names one.
    pub outlet: Option<usize>,
    /// The words that make it.
    pub span: Span,
    /// True when the credit is all the unit holds (no story text).
    pub whole: bool,
}

/// The credits in sentence `s` of `doc`, in text order.
pub fn credits(doc: &Document, s: usize, registry: &Registry) -> Vec<Credit> {
    let span = doc.sentences[s].span;
    let text = doc.slice(span);
    // Credits stand at the start of a unit or fill a short one: only the
    // head of a long unit is searched for outlets.
    let reach = floor_boundary(text, HEAD);
    let mentions: Vec<Mention> = registry
        .mentions(&doc.text, Span::new(span.start, span.start + reach))
        .into_iter()
        .filter(|m| is_news(registry, m.outlet))
        .collect();
    let unit = Unit {
        doc,
        mentions: &mentions,
        words: &doc.lexicon.credits,
        lexicon: &doc.lexicon,
    };
    let mut out = Vec::new();
    let mut rest = trim(doc, span);
    if let Some(tag) = unit.tag(rest) {
        rest = trim(doc, Span::new(tag.span.end, span.end));
        out.push(Credit {
            whole: rest.is_empty(),
            ..tag
        });
    }
    if rest.is_empty() {
        return out;
    }
    let heading = doc.sentences[s].heading;
    let found = unit
        .dateline(rest)
        .or_else(|| unit.byline(rest, heading))
        .or_else(|| unit.copyright(rest))
        .or_else(|| unit.line(rest, heading));
    if let Some(mut c) = found {
        if c.kind == CreditKind::Line && s == 0 && out.is_empty() {
            c.kind = CreditKind::Masthead;
        }
        out.push(c);
    }
    out
}

/// Does `doc` relay wire copy: a sentence that is one of the lexicon's
/// unnamed wire sources alone (`Agencies`, `— With inputs from agencies`),
/// or opens with one followed by a reporting verb (`Agencies said…`)?
pub fn relays_wire_copy(doc: &Document) -> bool {
    let lex = &doc.lexicon;
    (0..doc.sentences.len()).any(|s| {
        let lower = doc.sentence_text(s).to_lowercase();
        let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
        lex.credits.relay_sources.iter().any(|r| {
            bare == r.as_str()
                || bare.strip_prefix(r.as_str()).is_some_and(|rest| {
                    let rest = rest.trim_start();
                    lex.cues
                        .reported_after
                        .iter()
                        .any(|v| rest.starts_with(v.as_str()) && rest.len() > v.len())
                })
        })
    })
}

/// `TOKYO, March 19 (NNN-` → `TOKYO, March 19 (`: in a dateline's
/// parentheses a carrier's short name and a separator may stand before the
/// outlet that wrote the story (`(NNN-NHK)`, `(WAM/ Kyodo News)`).
fn carrier_stripped(before: &str) -> &str {
    let Some(open) = before.rfind('(') else {
        return before;
    };
    let inner = &before[open + 1..];
    let carrier = inner.trim_end().strip_suffix(['-', '/']).map(str::trim);
    match carrier {
        Some(c)
            if !c.is_empty()
                && c.split_whitespace().count() <= 3
                && c.chars().all(|ch| ch.is_alphanumeric() || ch == ' ') =>
        {
            &before[..=open]
        }
        _ => before,
    }
}

/// Is the cue at `cue` in sentence `s` of `doc` the outlet of a dateline
/// (`RABAT, SANA—`, `(AP) —`)? A dateline names the writer; it credits
/// nothing.
pub fn in_dateline(doc: &Document, s: usize, cue: Span) -> bool {
    let unit = Unit {
        doc,
        mentions: &[],
        words: &doc.lexicon.credits,
        lexicon: &doc.lexicon,
    };
    let whole = trim(doc, doc.sentences[s].span);
    let span = unit
        .tag(whole)
        .map_or(whole, |t| trim(doc, Span::new(t.span.end, whole.end)));
    let name = doc
        .slice(cue)
        .trim_end_matches(|c: char| c.is_whitespace() || DASHES.iter().any(|d| d.starts_with(c)));
    let name = Span::new(cue.start, cue.start + name.len());
    !name.is_empty() && unit.dateline_at(span, name, 0).is_some()
}

/// A news organisation (not an institution or a data source).
fn is_news(registry: &Registry, outlet: usize) -> bool {
    let o = &registry.outlets[outlet];
    !o.is_speaker() && !o.is_data()
}

/// The largest char boundary of `text` at or below `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `span` without white space at either end.
fn trim(doc: &Document, span: Span) -> Span {
    let text = doc.slice(span);
    let start = span.start + (text.len() - text.trim_start().len());
    let end = span.end - (text.len() - text.trim_end().len());
    Span::new(start, end.max(start))
}

/// The white-space separated words of `text` with their byte offsets.
pub fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// A word without the punctuation around it.
pub fn core(word: &str) -> &str {
    word.trim_matches(PUNCT)
}

/// A number, a date or a time (`2024`, `21`, `05:22am`, `7:58`).
fn is_number(core: &str) -> bool {
    let lower = core.to_lowercase();
    let digits = lower
        .trim_end_matches("am")
        .trim_end_matches("pm")
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    !digits.is_empty()
        && digits.chars().any(|c| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || ":.,/-".contains(c))
}

/// Does `text` hold a number (a date's day)?
fn has_number(text: &str) -> bool {
    words(text).iter().any(|(_, w)| is_number(core(w)))
}

/// Editors' initials (`rm/wmr`): short lower-case letter groups with slashes.
fn is_initials(core: &str) -> bool {
    core.contains('/')
        && core
            .split('/')
            .all(|p| (1..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()))
}

/// The text of one unit and what it needs to read credits.
struct Unit<'a> {
    doc: &'a Document,
    mentions: &'a [Mention],
    words: &'a CreditWords,
    lexicon: &'a Lexicon,
}

impl Unit<'_> {
    /// The first news outlet named inside `span`.
    fn outlet_in(&self, span: Span) -> Option<&Mention> {
        self.mentions
            .iter()
            .find(|m| m.span.start >= span.start && m.span.end <= span.end)
    }

    /// Does the word at `at..at+len` lie in an outlet's name?
    fn in_mention(&self, at: usize, len: usize) -> bool {
        self.mentions
            .iter()
            .any(|m| m.span.start < at + len && at < m.span.end)
    }

    /// A credit word, a day or month, a number or initials.
    fn is_filler(&self, core: &str) -> bool {
        let lower = core.to_lowercase();
        self.words.filler.contains(&lower)
            || self.lexicon.segment.days_and_months.contains(&lower)
            || is_number(core)
            || is_initials(core)
    }

    /// Does `span` hold an image word (`photo`, `handout`)?
    fn has_image_word(&self, span: Span) -> bool {
        words(self.doc.slice(span))
            .iter()
            .flat_map(|(_, w)| core(w).split('/'))
            .any(|w| self.words.image_words.contains(&w.to_lowercase()))
    }

    /// A leading `(SERVICE- Source)` group: balanced parentheses whose first
    /// word ends with a hyphen.
    fn tag(&self, span: Span) -> Option<Credit> {
        let text = self.doc.slice(span);
        let inner = text.strip_prefix('(')?;
        let first = inner.split_whitespace().next()?;
        if !(first.len() > 1 && first.ends_with('-')) {
            return None;
        }
        let mut depth = 0usize;
        let close = text.char_indices().find_map(|(i, c)| {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
            None
        })?;
        let tag = Span::new(span.start, span.start + close + 1);
        Some(Credit {
            kind: CreditKind::Tag,
            outlet: self.outlet_in(tag).map(|m| m.outlet),
            span: tag,
            whole: false,
        })
    }

    /// `PLACE, DATE (OUTLET) —` or `PLACE, OUTLET —` at the start of `span`.
    fn dateline(&self, span: Span) -> Option<Credit> {
        // `(WAM/ Kyodo News)`: the first outlet named may be the carrier of
        // the one whose dateline it is.
        self.mentions
            .iter()
            .filter(|m| m.span.start >= span.start)
            .take(2)
            .find_map(|m| self.dateline_at(span, m.span, m.outlet))
    }

    /// A dateline at the start of `span` whose outlet (`outlet`) is named at `name`.
    fn dateline_at(&self, span: Span, name: Span, outlet: usize) -> Option<Credit> {
        let text = &self.doc.text;
        if name.start < span.start || name.start - span.start > DATELINE_REACH {
            return None;
        }
        let before = carrier_stripped(text[span.start..name.start].trim_end());
        let mut after = &text[name.end..span.end];
        let name = &text[name.range()];
        let parens = name.starts_with('(') || before.ends_with('(');
        let place = if name.starts_with('(') {
            before
        } else if let Some(p) = before.strip_suffix('(') {
            after = after.strip_prefix(')')?;
            p
        } else {
            // Without parentheses the outlet follows a short place name and
            // a comma (`RABAT, SANA—`), never a sentence's opening word.
            let p = before.strip_suffix(',')?;
            let first = words(p).first().map(|(_, w)| core(w).to_lowercase())?;
            let opener = self.lexicon.segment.sentence_starters.contains(&first)
                || self.lexicon.segment.days_and_months.contains(&first);
            if opener || words(p).len() > 3 {
                return None;
            }
            p
        };
        let lead = after.trim_start();
        // A place and a date before the outlet in parentheses may stand
        // without a dash (`New Delhi, Mar 25 (PTI) The…`, `(APP):`).
        let dash = match DASHES.iter().chain(&[":"]).find(|d| lead.starts_with(**d)) {
            Some(d) => *d,
            None if parens && lead != after && place.contains(',') && has_number(place) => "",
            None => return None,
        };
        let place_words = words(place);
        let placey = place_words.len() <= DATELINE_WORDS
            && place_words.iter().all(|(_, w)| {
                let c = core(w);
                c.is_empty()
                    || c.chars().next().is_some_and(char::is_uppercase)
                    || self.is_filler(c)
            });
        if !placey {
            return None;
        }
        let end = span.end - lead.len() + dash.len();
        Some(Credit {
            kind: CreditKind::Dateline,
            outlet: Some(outlet),
            span: Span::new(span.start, end),
            whole: text[end..span.end].trim().is_empty(),
        })
    }

    /// `By NAME[, NAME and NAME][ – OUTLET]`: a heading unit after a byline word.
    fn byline(&self, span: Span, heading: bool) -> Option<Credit> {
        let text = self.doc.slice(span);
        let ws = words(text);
        let (_, first) = ws.first()?;
        if !heading
            || ws.len() < 2
            || ws.len() > CREDIT_WORDS
            || !self.words.byline_starts.contains(&first.to_lowercase())
        {
            return None;
        }
        let named = ws[1..].iter().all(|&(at, w)| {
            let c = core(w);
            c.is_empty()
                || c.chars().any(char::is_uppercase)
                || self.words.connectors.contains(&c.to_lowercase())
                || self.in_mention(span.start + at, w.len())
                || self.is_filler(c)
        });
        named.then(|| Credit {
            kind: CreditKind::Byline,
            outlet: self.outlet_in(span).map(|m| m.outlet),
            span,
            whole: true,
        })
    }

    /// `© 2024 Reuters`, `Copyright Reuters`.
    fn copyright(&self, span: Span) -> Option<Credit> {
        let lower = self.doc.slice(span).to_lowercase();
        if !self
            .words
            .copyright
            .iter()
            .any(|c| lower.starts_with(c.as_str()))
        {
            return None;
        }
        let m = self.outlet_in(span)?;
        Some(Credit {
            kind: CreditKind::Copyright,
            outlet: Some(m.outlet),
            span: Span::new(span.start, m.span.end),
            whole: true,
        })
    }

    /// A unit of nothing but outlets and credit words, or an outlet right
    /// after a source label; never an image credit.
    fn line(&self, span: Span, heading: bool) -> Option<Credit> {
        let text = self.doc.slice(span);
        let ws = words(text);
        if ws.len() > CREDIT_WORDS || (!heading && ws.len() > 4) || self.has_image_word(span) {
            return None;
        }
        let labelled = self.labelled(span, &ws);
        let filled = ws.iter().all(|&(at, w)| {
            let c = core(w);
            c.is_empty() || self.in_mention(span.start + at, w.len()) || self.is_filler(c)
        });
        if !(labelled || filled) {
            return None;
        }
        let outlet = self.outlet_in(span).map(|m| m.outlet);
        let dated = ws.iter().any(|(_, w)| is_number(core(w)));
        // Without an outlet, only a date or time line or a lone credit word
        // (`Agencies`) is a credit line.
        if outlet.is_none() && !(filled && heading && (dated || ws.len() == 1)) {
            return None;
        }
        Some(Credit {
            kind: CreditKind::Line,
            outlet,
            span,
            whole: true,
        })
    }

    /// Does `span` open with a source label and name an outlet within the
    /// next two words (`Source: CBC News [Canadian state media]`)?
    fn labelled(&self, span: Span, ws: &[(usize, &str)]) -> bool {
        let lower = self.doc.slice(span).to_lowercase();
        let Some(label) = self.words.source_labels.iter().find(|l| {
            lower
                .strip_prefix(l.as_str())
                .is_some_and(|rest| !rest.chars().next().is_some_and(char::is_alphanumeric))
        }) else {
            return false;
        };
        let reach = ws
            .iter()
            .map(|&(at, _)| at)
            .filter(|&at| at >= label.len())
            .nth(1)
            .map_or(span.end, |at| span.start + at);
        self.mentions
            .iter()
            .find(|m| m.span.start >= span.start)
            .is_some_and(|m| m.span.start <= reach)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (kind, outlet id, credit text, whole) of every credit of every unit.
    fn found(text: &str) -> Vec<(CreditKind, Option<String>, String, bool)> {
        let r = Registry::builtin();
        let doc = Document::from_text("x", text);
        (0..doc.sentences.len())
            .flat_map(|s| credits(&doc, s, &r))
            .map(|c| {
                (
                    c.kind,
                    c.outlet.map(|o| r.outlets[o].id.clone()),
                    doc.slice(c.span).to_string(),
                    c.whole,
                )
            })
            .collect()
    }

    fn one(text: &str) -> (CreditKind, Option<String>) {
        let f = found(text);
        assert_eq!(f.len(), 1, "{text:?}: {f:?}");
        (f[0].0, f[0].1.clone())
    }

    use CreditKind::*;

    #[test]
    fn agencies_credits_make_a_relay() {
        let relay = Document::from_text(
            "a",
            "Agencies said the storm closed two ports.\nMore to come.",
        );
        let line = Document::from_text("b", "The storm closed two ports.\n\nAgencies\n");
        let own = Document::from_text("c", "UN agencies said aid was on its way.");
        assert!(relays_wire_copy(&relay));
        assert!(relays_wire_copy(&line));
        assert!(!relays_wire_copy(&own));
    }

    #[test]
    fn datelines_in_their_forms() {
        let s = |id: &str| Some(id.to_string());
        for (text, id) in [
            ("TEHRAN, Iran (AP) — Iran said 120 would fly home.", "ap"),
            ("JAKARTA (Reuters) – The commission said so.", "reuters"),
            ("(Reuters) -Boeing said its chief would go.", "reuters"),
            ("LONDON, March 3 (Reuters) - Prices rose.", "reuters"),
            ("RABAT, Sept 9 (KUNA) -- A quake hit the region.", "kuna"),
            ("RABAT, SANA— A quake hit the region.", "sana"),
            ("BEIJING, Jan. 5 (Xinhua) -- Exports rose.", "xinhua"),
            ("(AP) — Boeing said its chief would go.", "ap"),
            ("New Delhi, Mar 25 (PTI) The government said so.", "pti"),
            ("ISLAMABAD, March 25 (APP): The cabinet met.", "app"),
            ("TOKYO, May 2 (WAM/ Kyodo News) -- Exports rose.", "kyodo"),
        ] {
            assert_eq!(one(text), (Dateline, s(id)), "{text}");
        }
        let f = found("LONDON (AP) —\n\nThe court ruled.");
        assert!(f[0].3, "a dateline alone is the whole unit: {f:?}");
        assert_eq!(f[0].2, "LONDON (AP) —");
    }

    #[test]
    fn dateline_cues_are_known_as_such() {
        let r = Registry::builtin();
        for (text, dateline) in [
            ("RABAT, SANA— A quake hit the region.", true),
            ("TEHRAN, Iran (AP) — Iran said so.", true),
            ("The quake hit, SANA reported.", false),
        ] {
            let doc = Document::from_text("x", text);
            let cues = crate::attribution::cues::document_cues(&doc, &r);
            let c = cues[0][0];
            assert_eq!(in_dateline(&doc, 0, c.span), dateline, "{text}");
        }
    }

    #[test]
    fn story_text_is_no_dateline() {
        for text in [
            "The minister told Reuters - in a rare interview - that talks failed.",
            "Officials said the AP — which broke the story — was right.",
            "a report by AFP - the French agency - said so.",
            "Earlier, Reuters - citing two sources - said the deal was done.",
            "The minister spoke in Delhi (PTI) on Monday.",
            "Officials (AP) said so.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn bylines() {
        let s = |id: &str| Some(id.to_string());
        assert_eq!(one("By AFP\n\nThe court ruled."), (Byline, s("afp")));
        assert_eq!(
            one("By Jane Doe, Associated Press\n\nThe court ruled."),
            (Byline, s("ap"))
        );
        assert_eq!(
            one("By NINIEK KARMINI – Associated Press\n\nThe court ruled."),
            (Byline, s("ap"))
        );
        assert_eq!(
            one("By David Shepardson and Allison Lampert\n\nThe court ruled."),
            (Byline, None)
        );
        assert!(found("By Monday the toll had risen to 300.").is_empty());
    }

    #[test]
    fn credit_and_copyright_lines() {
        let s = |id: &str| Some(id.to_string());
        let story = "The court ruled on Monday.\n\n";
        for (line, kind, id) in [
            ("Reuters", Line, s("reuters")),
            ("AFP", Line, s("afp")),
            ("Via AP news wire", Line, s("ap")),
            ("Reuters Published 21 Mar, 2024 05:22am", Line, s("reuters")),
            ("rm/wmr (Reuters, AFP)", Line, s("reuters")),
            ("Source: Qatar News Agency", Line, s("qna")),
            ("Source: CBC News [Canadian state media]", Line, s("cbc")),
            ("© 2024 Reuters", Copyright, s("reuters")),
            (
                "Copyright 2024 The Associated Press. All rights reserved.",
                Copyright,
                s("ap"),
            ),
            ("March 22, 2024", Line, None),
            ("Agencies", Line, None),
        ] {
            let f = found(&format!("{story}{line}\n"));
            assert_eq!(f.len(), 1, "{line}: {f:?}");
            assert_eq!((f[0].0, f[0].1.clone(), f[0].3), (kind, id, true), "{line}");
        }
        assert_eq!(one("Reuters\n\nThe court ruled."), (Masthead, s("reuters")));
    }

    #[test]
    fn image_credits_name_no_author() {
        let story = "The court ruled on Monday.\n\n";
        for line in [
            "Photo: Reuters",
            "AFP Photo",
            "Al Oula TV/Handout via REUTERS",
            "Credit: AP",
        ] {
            assert!(found(&format!("{story}{line}\n")).is_empty(), "{line}");
        }
    }

    #[test]
    fn syndication_tags_name_the_source_and_leave_the_rest() {
        let f = found("(MENAFN- Kuwait News Agency (KUNA)) RABAT, Sept 9 (KUNA) -- A quake hit.");
        let kinds: Vec<_> = f.iter().map(|c| (c.0, c.1.as_deref())).collect();
        assert_eq!(kinds, [(Tag, Some("kuna")), (Dateline, Some("kuna"))]);
        let f = found("(MENAFN- The Peninsula) AFP\n\nLondon: The court ruled.");
        let kinds: Vec<_> = f.iter().map(|c| (c.0, c.1.as_deref())).collect();
        assert_eq!(kinds, [(Tag, None), (Line, Some("afp"))]);
    }
}
