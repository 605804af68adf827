//! Language as data: the words and phrases segmentation, tokenizing and
//! provenance rely on, one [`Lexicon`] per language.
//!
//! Each shipped language is a JSON file beside this module (`en.json`,
//! `de.json`), embedded in the binary and picked by its code (`--lang`).
//! A user file of the same form (`--lexicon FILE`) extends the chosen one:
//! its lists are added to the built-in lists, its numbers and strings replace
//! them, so a newsroom can teach wirediff its own credit lines without
//! rebuilding it. Every [`crate::Document`] carries the lexicon it was
//! segmented with, and everything downstream reads its words from there.
//!
//! The sections of a file are the parts of the pipeline that use them:
//! [`SegmentWords`] (abbreviations), [`Words`] (stop words, number words,
//! suffix rules), [`CueWords`] (attribution phrases), [`SpeakerWords`],
//! [`OriginWords`], [`FurnitureWords`] and [`CreditWords`]. README.md documents every field.

mod stem;
mod words;

use std::sync::{Arc, OnceLock};

use serde::Deserialize;
use serde_json::Value;

pub use stem::{Letters, StemRule, Stems};
pub use words::WordSet;

use crate::error::{Error, Result};

/// The languages shipped with wirediff: (code, embedded file).
const BUILTIN: &[(&str, &str)] = &[
    ("en", include_str!("en.json")),
    ("de", include_str!("de.json")),
];

/// The default language.
pub const DEFAULT_LANG: &str = "en";

/// Everything language-specific wirediff knows about one language.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// Language code (`en`).
    pub lang: String,
    /// Language name (`English`).
    pub name: String,
    /// Where sentences do not end.
    pub segment: SegmentWords,
    /// Comparison keys.
    pub words: Words,
    /// Attribution phrases.
    pub cues: CueWords,
    /// Speech verbs and words that are never names.
    pub speakers: SpeakerWords,
    /// A reporter's own checking and continuations.
    pub origin: OriginWords,
    /// Page furniture.
    pub furniture: FurnitureWords,
    /// Sentences every outlet writes, which are no evidence of reuse.
    pub formulaic: FormulaicWords,
    /// Credit lines, bylines and datelines.
    pub credits: CreditWords,
    /// Changes of meaning between two versions of a sentence.
    pub meaning: MeaningWords,
    /// A page's own timestamps.
    pub timestamps: TimestampWords,
}

/// How a page prints when it was published (`Posted Mar 25, 2024 7:58 AM
/// CDT`, `Monday 25 March 2024 12:23`): see `page/timestamps.rs`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimestampWords {
    /// Words that introduce a timestamp (`posted`, `published`, `updated`),
    /// lower case: a date after one is a timestamp wherever it stands.
    pub cues: WordSet,
    /// Month names and abbreviations with their numbers, lower case.
    pub months: std::collections::BTreeMap<String, u8>,
    /// Words after a clock time and the hours they add (`pm`: 12).
    pub meridiems: std::collections::BTreeMap<String, u8>,
    /// Time-zone abbreviations and their offsets from UTC in hours (`edt`:
    /// -4); a time without one is a window of ±12 hours.
    pub zones: std::collections::BTreeMap<String, f32>,
}

/// Abbreviations and the words around them (see [`crate::segment`]).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SegmentWords {
    /// Titles before a name (`mr`, `gen`), lower case, without the dot.
    pub titles: WordSet,
    /// Abbreviations before a number (`jan`, `no`).
    pub before_number: WordSet,
    /// Abbreviations that never end a sentence (`e.g`, `vs`).
    pub never_final: WordSet,
    /// Words that start sentences; after an initialism they mean a new one.
    pub sentence_starters: WordSet,
    /// Small words inside a capitalised name (`of`, `and`).
    pub name_connectors: WordSet,
    /// Days, months and relative days, lower case.
    pub days_and_months: WordSet,
    /// Marks a wire story ends with (`(end)`, `-30-`), lower case: glued
    /// after the last sentence they are a unit of their own.
    pub end_marks: WordSet,
    /// Words that open a clause after a comma (`while`, `but`), lower
    /// case: where a long sentence that merges facts is cut (see
    /// `clause.rs`).
    pub clause_openers: WordSet,
}

/// What comparison keys are made of (see [`crate::tokenize`]).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Words {
    /// Function words and reporting verbs, lower case: they carry little content.
    pub stop_words: WordSet,
    /// Number words and their values (`two` → 2).
    pub number_words: std::collections::BTreeMap<String, u32>,
    /// Suffix rules that bring a word's forms to one key.
    pub stems: Stems,
}

/// Attribution phrases around an outlet's name (see
/// `attribution/cues.rs`). Phrases are lower case unless noted.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueWords {
    /// After an outlet: the document speaks as itself (`has learned`).
    pub self_voice: Vec<String>,
    /// Right before an outlet that reported (`according to`).
    pub reported_before: Vec<String>,
    /// Right after an outlet that reported (`reported`, `said`).
    pub reported_after: Vec<String>,
    /// Words that describe an outlet between its name and its verb
    /// (`al-Arabiya news channel reported`), lower case, longest first.
    pub descriptors: Vec<String>,
    /// A few words after an institution: its own statement (`said`, `warned`).
    pub statement_verbs: WordSet,
    /// Auxiliaries that make a statement verb passive (`was announced`,
    /// `has been confirmed`): the subject is what was stated, not who spoke.
    pub passive_auxiliaries: WordSet,
    /// Words right after a participle that make it passive without an
    /// auxiliary, as headlines write (`Subianto confirmed as president`).
    pub passive_after: WordSet,
    /// Right before an outlet a speaker talked to (`told the`).
    pub interviewer_before: Vec<String>,
    /// Right before an outlet that asked for comment (`respond to`).
    pub inquiry_before: Vec<String>,
    /// Right after an outlet that asked for comment (`request`).
    pub inquiry_after: Vec<String>,
    /// Words that make an interviewer the venue of a broadcast (`footage`).
    pub venue: Vec<String>,
    /// Phrases for the outlet last credited (`the newspaper`), as written.
    pub anaphora: Vec<String>,
    /// Verbs after an anaphora besides `reported_after` (`characterized`).
    pub anaphora_verbs: Vec<String>,
    /// Articles that may stand between a cue phrase and the outlet (`the`).
    pub articles: Vec<String>,
    /// How many bytes before an outlet a cue can reach back (the longest
    /// phrase before an outlet or statement verb, an article, punctuation),
    /// worked out on first use.
    #[serde(skip)]
    pub(crate) reach_back: std::sync::OnceLock<usize>,
}

impl CueWords {
    /// Bytes before an outlet that the cues before it can span.
    pub(crate) fn reach_back(&self) -> usize {
        *self.reach_back.get_or_init(|| {
            let longest = |ws: &[String]| ws.iter().map(String::len).max().unwrap_or(0);
            let phrase = longest(&self.inquiry_before)
                .max(longest(&self.reported_before))
                .max(longest(&self.interviewer_before))
                .max(self.statement_verbs.iter().map(str::len).max().unwrap_or(0))
                .max(longest(&self.reported_after));
            // Lower case may be longer than the text; spaces, commas and a
            // closing quotation mark before a verb.
            2 * (phrase + longest(&self.articles)) + 16
        })
    }
}

/// Speakers (see `provenance/speakers.rs`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerWords {
    /// Verbs of speaking, lower case.
    pub speech_verbs: WordSet,
    /// Capitalised words that are never part of a person's name, as written.
    pub not_names: WordSet,
    /// Last words that make a name an organisation (`ministry`), lower case.
    pub organisation_heads: WordSet,
    /// Titles before a person's name (`Minister`, `CEO`), as written.
    pub titles: WordSet,
    /// Words that may stand between a speaker and the speech verb (`also`).
    pub speech_adverbs: WordSet,
    /// Lower-case words inside a name (`of`, `al`, `von`).
    pub name_particles: WordSet,
    /// Words after a speech verb that open the statement it reports
    /// (`that`, `dass`): `He added that the minister said…` reports the
    /// minister's statement inside his own.
    pub complementizers: WordSet,
    /// Roles of private people, lower case (`resident`, `teacher`): a
    /// person so described spoke to the writer, not in public.
    pub private_roles: WordSet,
    /// Words for the members who speak for an organisation, with its head
    /// noun (`judges` → `court`), as written.
    pub members: std::collections::BTreeMap<String, String>,
}

/// A reporter's own checking (see `provenance/origin.rs`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OriginWords {
    /// Phrases of checking (`did not respond`), lower case.
    pub checks: Vec<String>,
    /// Verbs a check denies (`confirmed` after `not`).
    pub denied: WordSet,
    /// Negations (`not`, `never`).
    pub negations: WordSet,
    /// Verbs by which unnamed sources speak.
    pub source_verbs: WordSet,
    /// Words that name unnamed sources (`officials`).
    pub unnamed_sources: WordSet,
    /// First words of a sentence that continues the previous statement, as written.
    pub continuations: WordSet,
    /// First words of a concessive clause (`While the White House insists
    /// …, it remains unclear…`): a statement there is set against the
    /// writer's own main clause, which it does not source. Lower case.
    pub concessives: WordSet,
}

/// Page furniture (see `page/furniture.rs`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FurnitureWords {
    /// Units that open a block of furniture to the end of the document.
    pub block_markers: WordSet,
    /// Starts of single units of furniture, lower case.
    pub line_starts: Vec<String>,
    /// Whole units that are furniture (`(end)`, `more to come`), lower case,
    /// without final dots.
    pub whole_units: WordSet,
    /// Phrases that make any short unit furniture (`in your inbox`), lower case.
    pub prompts: Vec<String>,
    /// First words of a teaser in capitals (`WATCH`, `ALSO READ`) or of a
    /// unit in parentheses (`(More … stories.)`), lower case.
    pub aside_starts: Vec<String>,
    /// Phrases of a photo caption (`, left,`, `in this screen grab`), lower case.
    pub caption_marks: Vec<String>,
    /// Signs of a market ticker pasted into a page (`▲`, `▼`).
    pub ticker_marks: Vec<String>,
}

/// Credit lines, bylines and datelines: how a text names its own author
/// or carrier (see `page/credits.rs`). Lower case unless noted.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreditWords {
    /// Words that open a byline (`by`).
    pub byline_starts: WordSet,
    /// Labels before a credited outlet (`source:`, `via`).
    pub source_labels: Vec<String>,
    /// Words a credit line may hold besides outlets, names and dates
    /// (`published`, `news`, `wire`, `staff`, month abbreviations).
    pub filler: WordSet,
    /// Marks that open a copyright line (`©`, `copyright`).
    pub copyright: Vec<String>,
    /// Words that make a credit an image's, not the text's (`photo`, `handout`).
    pub image_words: WordSet,
    /// Right after an outlet: the writer checking for itself (`could not
    /// immediately verify`).
    pub own_checks_after: Vec<String>,
    /// Right before an outlet: the same (`independently verified by`).
    pub own_checks_before: Vec<String>,
    /// Right before an outlet credited for a lede (`reports the`, `per`).
    pub carrier_before: Vec<String>,
    /// Small words inside a name line or photo credit (`via`, `and`, `al`).
    pub connectors: WordSet,
    /// Unnamed wire sources a relaying text credits (`agencies`, `wire
    /// reports`), lower case: as a credit line of their own or followed by
    /// a reporting verb (`Agencies said`), they make the text a relay of
    /// wire copy.
    pub relay_sources: Vec<String>,
}

/// Changes of meaning an editor must not miss (see [`crate::meaning`]):
/// negations, hedges, approximate numbers and units of time.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeaningWords {
    /// Words that negate (`not`, `never`, `without`), lower case; a word
    /// ending in `n't` negates too.
    pub negations: WordSet,
    /// Verbs of opposite polarity, as pairs (`confirmed`, `denied`): one in
    /// each version is a negation.
    pub opposites: Vec<[String; 2]>,
    /// Words and phrases that hedge a claim (`reportedly`, `allegedly`),
    /// lower case.
    pub hedges: Vec<String>,
    /// Hedges that count only when the other version names no speaker
    /// (`according to`: against `officials said` it is a change of
    /// reporting verb, not a hedge).
    pub attribution_hedges: Vec<String>,
    /// Approximate amounts and the range each stands for (`hundreds`:
    /// 200–999), lower case.
    pub approximations: std::collections::BTreeMap<String, [f64; 2]>,
    /// Words that multiply the number before them (`million`).
    pub multipliers: std::collections::BTreeMap<String, f64>,
    /// Units of time and their length in days (`hours`: 1/24), so `48
    /// hours` meets `two days`.
    pub durations: std::collections::BTreeMap<String, f64>,
    /// Words before a number that make it a bound or an approximation, with
    /// how: `at least` (`min`), `up to` (`max`), `about` (`about`).
    pub bounds: std::collections::BTreeMap<String, String>,
    /// Words that join two numbers into a range (`or`, `to`).
    pub range_joiners: WordSet,
    /// Words or signs right after a number that make it a percentage
    /// (`percent`, `%`), lower case: percentages are compared only with
    /// percentages.
    pub percent: Vec<String>,
    /// Words after a span of time that make it a time before the page's
    /// date (`three years ago`), lower case.
    pub ago: WordSet,
    /// Words before a year that narrow it to a part, as fractions of the
    /// year (`early`: 0–0.34, so `early 2020` is January to April).
    pub year_parts: std::collections::BTreeMap<String, [f64; 2]>,
    /// Names of the days of the week, lower case.
    pub weekdays: WordSet,
    /// Names of the months, lower case.
    pub months: WordSet,
    /// Every word above that can start a change of meaning (the longest word
    /// of each phrase), built on first use: a changed run without one of
    /// them, a digit or a quotation mark changes no meaning.
    #[serde(skip)]
    pub(crate) triggers: std::sync::OnceLock<std::collections::HashMap<String, u8>>,
    /// The first word of each approximation (`hundreds` of `hundreds of
    /// thousands`), built on first use: a word that is none of them starts
    /// no approximation.
    #[serde(skip)]
    pub(crate) approximation_starts: std::sync::OnceLock<std::collections::HashSet<String>>,
}

/// Formulaic sentences (see `check/wording.rs`): no comment, a request for
/// comment, credit and update lines, which every outlet writes in the same
/// words and which are therefore no evidence that one copied another.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormulaicWords {
    /// Phrases that make a sentence formulaic (`did not immediately
    /// respond`, `request for comment`), lower case; compared by their
    /// comparison keys, so `responded` meets `respond`.
    pub phrases: Vec<String>,
    /// Most content words (not stop words, not in a phrase) a formulaic
    /// sentence may have besides its phrases (`The State Department`).
    pub max_other_words: usize,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({})", self.lang)
    }
}

impl Lexicon {
    /// The English lexicon, parsed once.
    pub fn english() -> Arc<Lexicon> {
        static EN: OnceLock<Arc<Lexicon>> = OnceLock::new();
        EN.get_or_init(|| {
            // The embedded files are checked by a unit test.
            Arc::new(parse(BUILTIN[0].1).unwrap_or_else(|e| panic!("en.json: {e}")))
        })
        .clone()
    }

    /// The codes of the shipped languages.
    pub fn languages() -> impl Iterator<Item = &'static str> {
        BUILTIN.iter().map(|(code, _)| *code)
    }

    /// The shipped lexicon of language `lang`, extended by the JSON text of
    /// `extension` (named `path` in errors) when given.
    ///
    /// ```
    /// use wirediff::Lexicon;
    /// let de = Lexicon::load("de", None).unwrap();
    /// assert_eq!(de.name, "Deutsch");
    /// let own = Lexicon::load("en", Some(("own.json", r#"{"furniture": {"line_starts": ["lesen sie auch"]}}"#))).unwrap();
    /// assert!(own.furniture.line_starts.iter().any(|p| p == "lesen sie auch"));
    /// assert!(Lexicon::load("xx", None).is_err());
    /// ```
    pub fn load(lang: &str, extension: Option<(&str, &str)>) -> Result<Arc<Lexicon>> {
        if lang == DEFAULT_LANG && extension.is_none() {
            return Ok(Lexicon::english());
        }
        let Some((_, text)) = BUILTIN.iter().find(|(code, _)| *code == lang) else {
            return Err(Error::BadArgument {
                value: lang.into(),
                message: format!(
                    "unknown language; known: {}",
                    Lexicon::languages().collect::<Vec<_>>().join(", ")
                ),
            });
        };
        let mut base: Value = serde_json::from_str(text).map_err(|e| bad(lang, e))?;
        if let Some((path, json)) = extension {
            let extra: Value = serde_json::from_str(json).map_err(|e| bad(path, e))?;
            if !extra.is_object() {
                return Err(bad(path, "a lexicon file is a JSON object"));
            }
            merge(&mut base, extra);
            let lex: Lexicon = serde_json::from_value(base).map_err(|e| bad(path, e))?;
            return Ok(Arc::new(lex));
        }
        Ok(Arc::new(
            serde_json::from_value(base).map_err(|e| bad(lang, e))?,
        ))
    }
}

fn parse(text: &str) -> std::result::Result<Lexicon, serde_json::Error> {
    serde_json::from_str(text)
}

fn bad(path: &str, e: impl std::fmt::Display) -> Error {
    Error::BadLexicon {
        path: path.into(),
        message: e.to_string(),
    }
}

/// Add `extra` to `base`: lists are appended (without repeats), objects
/// merged key by key, anything else replaced.
fn merge(base: &mut Value, extra: Value) {
    match (base, extra) {
        (Value::Object(b), Value::Object(e)) => {
            for (k, v) in e {
                match b.get_mut(&k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (Value::Array(b), Value::Array(e)) => {
            for v in e {
                if !b.contains(&v) {
                    b.push(v);
                }
            }
        }
        (slot, v) => *slot = v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_lexicon_parses() {
        for (code, text) in BUILTIN {
            let lex = parse(text).unwrap_or_else(|e| panic!("{code}.json: {e}"));
            assert_eq!(lex.lang, *code);
        }
    }

    #[test]
    fn an_extension_adds_to_lists_and_replaces_values() {
        let lex = Lexicon::load(
            "en",
            Some((
                "x.json",
                r#"{"segment": {"titles": ["insp", "supt", "kapt"]}, "words": {"stems": {"min_stem": 4}}}"#,
            )),
        )
        .unwrap();
        assert!(lex.segment.titles.contains("kapt"));
        assert!(lex.segment.titles.contains("mr"));
        assert_eq!(lex.words.stems.min_stem, 4);
    }

    #[test]
    fn a_bad_extension_names_the_file() {
        for bad in ["[1]", "{\"segment\": {\"tittles\": []}}", "{nope"] {
            let e = Lexicon::load("en", Some(("own.json", bad))).unwrap_err();
            assert!(e.to_string().starts_with("own.json: "), "{e}");
        }
    }
}
