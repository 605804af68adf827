//! Page furniture: units of a document that are not story text, copied
//! along when a page was saved as text. By shape and by the lexicon's words
//! ([`FurnitureWords`]), never by a story's phrases:
//!
//! * **block**: everything after a block marker (`Featured`, `Related`,
//!   `Read more`, `Most read`…) to the end of the document;
//! * **prompt**: a unit that starts like a prompt or a label (`Sign up`,
//!   `Advertisement`, `(Reporting by`…), is a whole prompt (`(end)`, `More to
//!   come`, `Copied`), holds a prompt phrase (`in your inbox`), a teaser
//!   opened in capitals (`WATCH …`, `ALSO READ: …`), a short aside in
//!   parentheses (`(More … stories.)`) or a market ticker (`▲`, `▼`);
//! * **caption**: a photo credit (`(Jane Roe/AJC)`, `(AP Photo/…)`, `… via
//!   REUTERS`, `Credit: AP`, `NAME/Handout`, `Name/ Name`, `… (File)`) and the caption
//!   it closes: the other units of its line when the line is short, or the
//!   line before it when that reads like a caption (`, left,`, `file photo`);
//! * **credit**: a unit that is nothing but a credit ([`super::credits`]): a
//!   byline, a dateline alone, a credit, copyright or date line;
//! * **tag**: a run of menu words (`Money / Boeing`), a short section tag
//!   above a headline (`Politics`, `Nation & World News`), a stray scrap
//!   (`in ,`).
//!
//! Headlines and subheads are not furniture here.

use super::credits::{core, credits, words, Credit, CreditKind};
use crate::attribution::outlets::Registry;
use crate::lexicon::FurnitureWords;
use crate::model::Document;

/// Most units on a line whose photo credit makes all of them a caption.
const CAPTION_LINE: usize = 4;
/// Most words of a prompt phrase's unit, a section tag or a menu segment.
const PROMPT_WORDS: usize = 25;
const TAG_WORDS: usize = 3;
/// Most words of a line between two furniture units that is furniture too.
const SANDWICHED_WORDS: usize = 12;
/// Most words of an aside in parentheses or a photo credit line.
const ASIDE_WORDS: usize = 8;
const CREDIT_LINE_WORDS: usize = 10;
/// Separators of menu words.
const MENU_SEPARATORS: [&str; 5] = [" / ", " | ", " › ", " » ", " > "];

/// Why a unit is furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    /// After a block marker.
    Block,
    /// A prompt, label, teaser or ticker.
    Prompt,
    /// A photo credit or the caption it closes.
    Caption,
    /// A byline, a dateline alone, a credit, copyright or date line.
    Credit,
    /// Menu words, a section tag, a scrap.
    Tag,
}

/// For each sentence of `doc`, whether it is furniture.
pub fn furniture(doc: &Document, registry: &Registry) -> Vec<bool> {
    kinds(doc, registry).iter().map(Option::is_some).collect()
}

/// For each sentence of `doc`, why it is furniture, if it is.
pub fn kinds(doc: &Document, registry: &Registry) -> Vec<Option<Furniture>> {
    let found: Vec<Vec<Credit>> = (0..doc.sentences.len())
        .map(|s| credits(doc, s, registry))
        .collect();
    kinds_with(doc, &found)
}

/// [`kinds`], given each sentence's credits ([`credits`]).
pub fn kinds_with(doc: &Document, found: &[Vec<Credit>]) -> Vec<Option<Furniture>> {
    let words = &doc.lexicon.furniture;
    let n = doc.sentences.len();
    let mut out: Vec<Option<Furniture>> = vec![None; n];
    let mut in_block = false;
    for (s, slot) in out.iter_mut().enumerate() {
        let text = doc.sentence_text(s).trim();
        let lower = text.to_lowercase();
        let bare = lower.trim_end_matches([':', '.', ' ']);
        if words.block_markers.contains(bare) {
            in_block = true;
        }
        *slot = if in_block {
            Some(Furniture::Block)
        } else if image_label(text, doc) {
            Some(Furniture::Caption)
        } else if is_prompt(text, &lower, words) {
            Some(Furniture::Prompt)
        } else if is_menu(text) {
            Some(Furniture::Tag)
        } else if is_photo_credit(text, doc) {
            Some(Furniture::Caption)
        } else if found[s].iter().any(|c| c.whole) {
            // A lone credit under a caption is the picture's (`…, left.` / `AP`).
            let lone = found[s].iter().all(|c| c.kind == CreditKind::Line);
            if lone && s > 0 && single_break(doc, s - 1) && captiony(doc, s - 1) {
                Some(Furniture::Caption)
            } else {
                Some(Furniture::Credit)
            }
        } else if is_scrap(text) || is_section_tag(doc, s) {
            Some(Furniture::Tag)
        } else {
            None
        };
    }
    mark_captions(doc, &mut out);
    mark_sandwiched(doc, &mut out);
    out
}

/// `Get breaking news in your inbox. | What you need to know, as soon as
/// we know it. | Sign up`: a short sentence (not a heading) between two
/// furniture units, with no figure and no quotation, is furniture too (a
/// prompt's second line).
fn mark_sandwiched(doc: &Document, out: &mut [Option<Furniture>]) {
    for s in 1..out.len().saturating_sub(1) {
        // A headline often stands between a section tag and a byline.
        let heading = doc.sentences[s].heading;
        if heading || out[s].is_some() || out[s - 1].is_none() || out[s + 1].is_none() {
            continue;
        }
        let text = doc.sentence_text(s);
        let plain = !text.contains(|c: char| c.is_ascii_digit() || matches!(c, '"' | '“' | '”'));
        if plain && words_in(text) <= SANDWICHED_WORDS {
            out[s] = Some(Furniture::Prompt);
        }
    }
}

/// A prompt, label, teaser or ticker (see the module doc).
fn is_prompt(text: &str, lower: &str, words: &FurnitureWords) -> bool {
    let bare = lower.trim_end_matches(['.', '…', ' ']);
    let n = words_in(text);
    words
        .line_starts
        .iter()
        .any(|p| lower.starts_with(p.as_str()))
        || words.whole_units.contains(bare)
        || (n <= PROMPT_WORDS && words.prompts.iter().any(|p| lower.contains(p.as_str())))
        || words.ticker_marks.iter().any(|m| text.contains(m.as_str()))
        || capital_teaser(text, words)
        || aside(text, lower, words)
}

fn words_in(text: &str) -> usize {
    text.split_whitespace().count()
}

/// `WATCH …`, `ALSO READ: …`: a leading run of words in capitals that is
/// one of the lexicon's aside starts, followed by something else.
fn capital_teaser(text: &str, words: &FurnitureWords) -> bool {
    let ws: Vec<&str> = text.split_whitespace().collect();
    let caps = ws
        .iter()
        .take_while(|w| {
            let c = core(w);
            c.chars().any(char::is_alphabetic) && !c.chars().any(char::is_lowercase)
        })
        .count();
    if caps == 0 || caps == ws.len() {
        return false;
    }
    let run = ws[..caps]
        .iter()
        .map(|w| core(w).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    words.aside_starts.contains(&run)
}

/// `(More … stories.)`: a short unit in parentheses, without figures, that
/// opens with an aside start.
fn aside(text: &str, lower: &str, words: &FurnitureWords) -> bool {
    let Some(inner) = lower.strip_prefix('(').and_then(|t| t.strip_suffix(')')) else {
        return false;
    };
    words_in(text) <= ASIDE_WORDS
        && !inner.chars().any(|c| c.is_ascii_digit())
        && words.aside_starts.iter().any(|a| {
            inner
                .strip_prefix(a.as_str())
                .is_some_and(|r| !r.chars().next().is_some_and(char::is_alphanumeric))
        })
}

/// A photo credit: `(Name Surname/AGENCY)` or a unit ending in one; a
/// line of names joined by slashes or ending in `via NAME`; an image
/// credit label (`Credit:`, `Photo:`), which the lexicon's line starts cover.
fn is_photo_credit(text: &str, doc: &Document) -> bool {
    ends_in_credit_group(text) || name_credit(text, doc) || ends_in_image_group(text, doc)
}

/// `… amid increased scrutiny (File)`, `(File photo)`: a unit that ends in a
/// group in parentheses of nothing but image words.
fn ends_in_image_group(text: &str, doc: &Document) -> bool {
    let image = &doc.lexicon.credits.image_words;
    trailing_group(text).is_some_and(|g| {
        let ws: Vec<&str> = g.split_whitespace().collect();
        !ws.is_empty() && ws.iter().all(|w| image.contains(&core(w).to_lowercase()))
    })
}

/// `Credit: AP`, `Photo: Jane Roe`, `File photo`: a unit that opens with an
/// image word and a colon, or with two image words.
fn image_label(text: &str, doc: &Document) -> bool {
    let image = &doc.lexicon.credits.image_words;
    let ws: Vec<&str> = text.split_whitespace().take(2).collect();
    let is_image = |w: &str| image.contains(&core(w).to_lowercase());
    match ws.as_slice() {
        [first, ..] if first.ends_with(':') && is_image(first) => true,
        [first, second] => is_image(first) && is_image(second),
        _ => false,
    }
}

/// `… (Andy Atkinson/Rogue Valley Times via AP)`: a unit that ends in a
/// short group in parentheses with a slash.
fn ends_in_credit_group(text: &str) -> bool {
    let Some(group) = trailing_group(text) else {
        return false;
    };
    group.contains('/')
        && group.len() < 80
        && !group.contains(". ")
        && group
            .split(['/', ' '])
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The inside of the group in parentheses that `text` ends with, if any.
fn trailing_group(text: &str) -> Option<&str> {
    let body = text.strip_suffix(')')?;
    body.rfind('(').map(|open| &body[open + 1..])
}

/// `Al Oula TV/Handout via REUTERS`, `Fedaa al-Rhayiah/ Mazen Eyon`,
/// `REUTERS/Jane Doe`: a short heading of capitalised words and connectors
/// with a slash, or ending in `via NAME`.
fn name_credit(text: &str, doc: &Document) -> bool {
    let credit = &doc.lexicon.credits;
    let ws = words(text);
    if ws.len() > CREDIT_LINE_WORDS || crate::segment::ends_sentence(text) {
        return false;
    }
    let named = ws.iter().flat_map(|(_, w)| w.split('/')).all(|w| {
        let c = core(w);
        let last = c.rsplit('-').next().unwrap_or(c);
        c.is_empty()
            || last.chars().next().is_some_and(char::is_uppercase)
            || credit.connectors.contains(&c.to_lowercase())
    });
    let slash = text.contains('/');
    let via = ws.len() >= 2
        && credit
            .source_labels
            .contains(&core(ws[ws.len() - 2].1).to_lowercase());
    named && (slash || via) && ws.len() >= 2
}

/// `Money / Boeing`, `Home | World | Politics`: short capitalised
/// segments between menu separators.
fn is_menu(text: &str) -> bool {
    let mut parts = vec![text];
    for sep in MENU_SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.len() >= 2
        && parts.iter().all(|p| {
            let n = words_in(p);
            (1..=TAG_WORDS).contains(&n) && p.trim().chars().next().is_some_and(char::is_uppercase)
        })
}

/// A stray scrap of a page (`in ,`): fewer than three letters' worth of words.
fn is_scrap(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() < 3
        && !crate::segment::ends_sentence(text)
        && !text.chars().any(|c| c.is_ascii_digit())
}

/// `Politics`, `Nation & World News`: a heading of at most three
/// capitalised words among the document's opening headings, directly above
/// another heading (the headline it files).
fn is_section_tag(doc: &Document, s: usize) -> bool {
    let opening = doc.sentences[..=s].iter().all(|x| x.heading);
    let above_heading = doc.sentences.get(s + 1).is_some_and(|x| x.heading);
    let text = doc.sentence_text(s);
    let connectors = &doc.lexicon.credits.connectors;
    let ws: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !connectors.contains(&core(w).to_lowercase()))
        .collect();
    opening
        && above_heading
        && (1..=TAG_WORDS).contains(&ws.len())
        && ws.iter().all(|w| {
            let c = core(w);
            c.is_empty() || c.chars().next().is_some_and(char::is_uppercase)
        })
}

/// Units on one line with no line break between them.
fn same_line(doc: &Document, a: usize, b: usize) -> bool {
    !doc.text[doc.sentences[a].span.end..doc.sentences[b].span.start].contains('\n')
}

/// Does unit `k` read like a photo caption (the lexicon's caption marks)?
fn captiony(doc: &Document, k: usize) -> bool {
    let lower = doc.sentence_text(k).to_lowercase();
    doc.lexicon
        .furniture
        .caption_marks
        .iter()
        .any(|m| lower.contains(m.as_str()))
}

/// Is unit `k` followed by exactly one line break (the next line, no blank line)?
fn single_break(doc: &Document, k: usize) -> bool {
    doc.sentences.get(k + 1).is_some_and(|next| {
        doc.text[doc.sentences[k].span.end..next.span.start]
            .matches('\n')
            .count()
            == 1
    })
}

/// Mark the caption each photo credit closes: the other units of its line
/// when the line holds at most [`CAPTION_LINE`] units, and the line just
/// above (no blank line between) when its units read like a caption.
fn mark_captions(doc: &Document, out: &mut [Option<Furniture>]) {
    let credits: Vec<usize> = (0..out.len())
        .filter(|&s| out[s] == Some(Furniture::Caption))
        .collect();
    for s in credits {
        let first = (0..s)
            .rev()
            .take_while(|&k| same_line(doc, k, k + 1))
            .last();
        let first = first.unwrap_or(s);
        let last = (s + 1..out.len())
            .take_while(|&k| same_line(doc, k - 1, k))
            .last()
            .unwrap_or(s);
        if last + 1 - first <= CAPTION_LINE {
            for slot in &mut out[first..s] {
                slot.get_or_insert(Furniture::Caption);
            }
        }
        if first > 0 && single_break(doc, first - 1) && captiony(doc, first - 1) {
            out[first - 1].get_or_insert(Furniture::Caption);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(text: &str) -> Vec<bool> {
        let doc = Document::from_text("x", text);
        furniture(&doc, &Registry::builtin())
    }

    /// The units of `text` marked as furniture.
    fn marked(text: &str) -> Vec<String> {
        let doc = Document::from_text("x", text);
        let f = furniture(&doc, &Registry::builtin());
        (0..doc.sentences.len())
            .filter(|&s| f[s])
            .map(|s| doc.sentence_text(s).to_string())
            .collect()
    }

    const STORY: &str = "Iran said 120 would fly home on Tuesday.\n\n";

    #[test]
    fn a_short_line_between_two_prompts() {
        let text = "The agency imposed limits on production.\n\nGet breaking news in your inbox.\n\nWhat you need to know, as soon as we know it.\n\nSign up Report an error\n";
        let m = marked(text);
        assert!(m.iter().any(|u| u.starts_with("What you need")), "{m:?}");
        assert!(!m.iter().any(|u| u.starts_with("The agency")), "{m:?}");
    }

    #[test]
    fn teaser_block_and_credits_are_furniture() {
        let doc = Document::from_text(
            "x",
            "Iran said 120 would fly home.\n\nFeatured\n\nA town fought a zoning rule. The court agreed.\n\n(Jane Roe/AJC)\n\nCredit: Jane Roe/AJC\n",
        );
        assert_eq!(
            furniture(&doc, &Registry::builtin()),
            [false, true, true, true, true, true],
            "{:?}",
            doc.sentences
        );
    }

    #[test]
    fn story_text_is_not_furniture() {
        assert_eq!(
            marks("Featured players scored twice. Related talks failed (again).\nThe credit union closed.\n"),
            [false, false, false]
        );
        assert!(marked(
            "Politics is hard.\n\nBy Monday, the toll had risen to 300.\n\nMore than 300 people died (officials said).\n\nThe minister, left, said the army would help.\n"
        )
        .is_empty());
    }

    #[test]
    fn photo_credits_and_their_captions() {
        for caption in [
            "A worker walks under a jet in Medford, Ore. (Andy Atkinson/Rogue Valley Times via AP)",
            "A car under debris in this screen grab taken from a video. Al Oula TV/Handout via REUTERS",
            "The prime minister, left, and his deputy. The deputy was sacked on Monday. Credit: AP",
            "The minister raises his fist. He won on Wednesday. (AP Photo/Jane Doe)",
            "The chief will leave amid scrutiny (File)",
        ] {
            let text = format!("{STORY}{caption}\n\n{STORY}");
            let doc = Document::from_text("x", text.as_str());
            let f = furniture(&doc, &Registry::builtin());
            let body = doc.sentences.len() - 1;
            assert!(!f[0] && !f[body], "{caption}: {f:?}");
            assert!(f[1..body].iter().all(|&x| x), "{caption}: {f:?}");
        }
        assert_eq!(
            marked(&format!("{STORY}A file photo of the chief, center, at a hearing.\n(AP Photo/Jane Doe, File)\n")),
            ["A file photo of the chief, center, at a hearing.", "(AP Photo/Jane Doe, File)"]
        );
        assert_eq!(
            marked(&format!("{STORY}Fedaa al-Rhayiah/ Mazen Eyon\n")),
            ["Fedaa al-Rhayiah/ Mazen Eyon"]
        );
        let aside = marked(&format!(
            "{STORY}The plan drew fire (from both parties) at first.\n"
        ));
        assert!(
            aside.is_empty(),
            "an aside in parentheses is no caption: {aside:?}"
        );
        let dated = marked("“The court ruled. The plan failed. Both sides spoke.” (11/15/23)\n");
        assert!(
            dated.iter().all(|u| !u.contains("court")),
            "a date in parentheses credits no photo: {dated:?}"
        );
    }

    #[test]
    fn credits_bylines_and_datelines_alone() {
        for line in [
            "By David Shepardson and Allison Lampert",
            "By NINIEK KARMINI – Associated Press",
            "Via AP news wire",
            "Monday 25 March 2024 12:23",
            "Posted Mar 25, 2024 7:58 AM CDT",
            "Reuters Published 21 Mar, 2024 05:22am",
            "rm/wmr (Reuters, AFP)",
            "AFP",
            "Agencies",
            "(MENAFN- Kuwait News Agency (KUNA))",
            "Source: CBC News [Canadian state media]",
            "© 2024 Reuters",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "LONDON (AP) —",
        ] {
            assert_eq!(
                marked(&format!("{STORY}{line}\n\n{STORY}")),
                [line],
                "{line}"
            );
        }
    }

    #[test]
    fn prompts_asides_and_tags() {
        for line in [
            "(end)",
            "More to come...",
            "Copied",
            "Get breaking news in your inbox.",
            "Read more on example.com",
            "(More Boeing stories.)",
            "(Read more Morocco stories.)",
            "ALSO READ: Pope prays for forgiveness",
            "WATCH Pilot Gives Farewell Speech After 32 Years",
            "AIRLINK 62.81 Decreased By ▼ -0.49 (-0.77%)",
            "Money / Boeing",
            "in ,",
        ] {
            assert_eq!(
                marked(&format!("{STORY}{line}\n\n{STORY}")),
                [line],
                "{line}"
            );
        }
        assert_eq!(
            marked("Nation & World News\n\nCourt Strikes Down The Plan\n\nThe court ruled on Monday.\n"),
            ["Nation & World News"]
        );
        assert!(marked("MORE THAN 300 DEAD IN QUAKE\n\nThe quake struck on Friday.\n").is_empty());
    }
}
