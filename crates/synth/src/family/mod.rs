//! Families of rewrites with known truth, for accuracy tests and benchmarks
//! of multi-document alignment.
//!
//! This module owns the *story* generator and the truth bookkeeping:
//!
//! * a [`Story`] is a lexicon of its own: invented, pronounceable names of
//!   people and places (`Varnosk`, `Edelmira Quoss`) and a handful of numbers
//!   (`1,710`, `120`, `41%`, `2019`). Unrelated stories share only the common
//!   vocabulary of [`super`], weekdays, `U.S.` and, by chance, a year or a
//!   percentage;
//! * [`Story::source`] writes the first version of the story and
//!   [`Story::derive`] rewrites any version of it with known edits: drop,
//!   move, split, merge, rewording with synonyms, a change of word order, a
//!   change of number format, and inserted sentences carrying new facts;
//! * every [`Version`] says which facts each of its sentences carries, where
//!   sentences are counted exactly as [`wirediff::segment::sentences`] counts
//!   them, so `facts[k]` belongs to `Document::from_text(_, text).sentences[k]`;
//! * [`family`] makes a source and rewrites of it (some of them rewrites of
//!   rewrites) and [`corpus`] makes many unrelated families, all
//!   deterministically from a seed.
//!
//! ```
//! use wirediff_synth::{corpus, family, Rng};
//! let versions = family(&mut Rng::new(1), 0, 20, 4, 0.3);
//! assert_eq!(versions.len(), 4);
//! for v in &versions {
//!     let doc = wirediff::Document::from_text("v", v.text.as_str());
//!     assert_eq!(doc.sentences.len(), v.facts.len());
//! }
//! let c = corpus(7, 3, 4, 20, 0.3);
//! assert_eq!(c.docs.len(), 12);
//! assert_eq!(c.docs[5].0, "s0001-v1");
//! ```

use std::collections::HashSet;
use std::sync::OnceLock;

use super::{
    capitalise, is_plain, other_word, Rng, ABBREVIATION_CHANCE, HEADLINE_CHANCE, HEADLINE_WORDS,
    NAMES, PARAGRAPH_SENTENCES, REWORD_SHARE, SENTENCE_WORDS, SURNAMES, VOCABULARY,
};
use wirediff::lexicon::Lexicon;
use wirediff::tokenize::{self, TokenKind};

/// Fact ids reserved for each story: story `id` numbers its facts from
/// `id * FACTS_PER_STORY`.
pub const FACTS_PER_STORY: u32 = 1_000_000;

/// Fewest and most invented people (first name and surname) of a story.
const PEOPLE: (usize, usize) = (3, 6);
/// Fewest and most invented one-word places and institutions of a story.
const PLACES: (usize, usize) = (5, 8);
/// Fewest and most numbers of a story.
const NUMBERS: (usize, usize) = (6, 10);
/// Chance that a word of a sentence is a name (a person may take two words).
const NAME_CHANCE: f64 = 0.08;
/// Chance that a word (other than a name) is one of the story's numbers.
const NUMBER_CHANCE: f64 = 0.05;
/// Chance that a sentence starts with a name rather than a vocabulary word.
const FIRST_NAME_CHANCE: f64 = 0.15;
/// Share of name slots filled with a weekday, shared by all stories.
const WEEKDAY_SHARE: f64 = 0.1;
/// Chance that a moved or inserted sentence becomes a paragraph of its own.
const NEW_PARAGRAPH_CHANCE: f64 = 0.3;
/// Fewest words of a sentence that may be split.
const SPLIT_MIN_WORDS: usize = 14;
/// Fewest words of each part of a split sentence.
const SPLIT_MIN_PART: usize = 5;
/// Most characters of a headline: longer lines without final punctuation
/// would count towards the segmenter's hard-wrapped-text heuristic.
const HEADLINE_MAX_CHARS: usize = 39;
/// Fewest letters of an invented name (shorter ones could be titles such as
/// `Gen` or `Sen`, which the segmenter does not end a sentence after).
const NAME_MIN_LETTERS: usize = 5;

/// Names every story may use.
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Consonants that open a syllable of an invented name.
#[rustfmt::skip]
const ONSETS: &[&str] = &[
    "b", "br", "c", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "qu", "r",
    "s", "st", "t", "tr", "v", "w", "z",
];
/// Vowels of invented names (plain ones repeated to make them likelier).
#[rustfmt::skip]
const VOWELS: &[&str] = &[
    "a", "e", "i", "o", "u", "a", "e", "i", "o", "a", "ia", "ou", "ei", "ai",
];
/// Consonants that may close a syllable inside an invented name.
const INNER_CODAS: &[&str] = &["n", "r", "l", "s", "m"];
/// Consonants that may close an invented name.
#[rustfmt::skip]
const FINAL_CODAS: &[&str] = &[
    "n", "r", "s", "l", "m", "sk", "nd", "rt", "x", "k", "ss", "z", "th",
];
/// Chance that an invented name starts with a vowel.
const VOWEL_START_CHANCE: f64 = 0.1;
/// Chance that an inner syllable of an invented name is closed.
const INNER_CODA_CHANCE: f64 = 0.35;
/// Chance that a first name ends in a consonant (other names nearly always do).
const FIRST_NAME_CODA_CHANCE: f64 = 0.4;
/// Chance that any other invented name ends in a consonant.
const NAME_CODA_CHANCE: f64 = 0.85;
/// Chance that an invented name has three syllables rather than two.
const THREE_SYLLABLE_CHANCE: f64 = 0.4;
/// Most attempts at a story whose names no earlier story of a [`corpus`] uses.
const STORY_ATTEMPTS: usize = 100;

/// Words a split prefers to start its second sentence with.
#[rustfmt::skip]
const CONJUNCTIONS: &[&str] = &[
    "and", "but", "while", "because", "although", "after", "before", "when", "which", "as",
    "since", "until", "if", "where", "who",
];

/// Words that open a phrase a change of word order may move to the front.
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "after", "before", "during", "over", "under", "between", "against",
    "since", "until", "with", "from", "for", "through",
];

/// Conjunctions whose clause a change of word order may move to the front.
#[rustfmt::skip]
const FRONTING: &[&str] = &[
    "because", "although", "while", "when", "if", "since", "until", "after", "before",
];

/// Reporting verbs: a change of word order may move `X said` to the end.
#[rustfmt::skip]
const REPORTING_VERBS: &[&str] = &[
    "said", "says", "told", "added", "announced", "reported", "confirmed", "denied", "claimed",
    "warned", "noted", "insisted", "acknowledged", "suggested", "stated",
];

/// Synonyms a rewording prefers to random replacements.
#[rustfmt::skip]
const SYNONYMS: &[(&str, &[&str])] = &[
    ("said", &["told", "stated", "noted", "added"]),
    ("says", &["states", "notes"]),
    ("told", &["said", "informed"]),
    ("deported", &["expelled", "removed"]),
    ("deportation", &["expulsion", "removal"]),
    ("deportations", &["expulsions", "removals"]),
    ("officials", &["authorities", "administrators"]),
    ("authorities", &["officials"]),
    ("government", &["administration", "authorities"]),
    ("agreement", &["deal", "accord"]),
    ("deal", &["agreement", "accord"]),
    ("talks", &["negotiations", "discussions"]),
    ("negotiations", &["talks", "discussions"]),
    ("warned", &["cautioned"]),
    ("announced", &["declared", "unveiled"]),
    ("reported", &["said", "disclosed"]),
    ("confirmed", &["verified"]),
    ("denied", &["rejected", "disputed"]),
    ("many", &["numerous", "several"]),
    ("several", &["some", "various"]),
    ("nearly", &["almost"]),
    ("roughly", &["about", "approximately"]),
    ("largely", &["mostly"]),
    ("large", &["big", "sizable"]),
    ("small", &["little", "modest"]),
    ("major", &["key", "significant"]),
    ("plan", &["proposal", "scheme"]),
    ("country", &["nation"]),
    ("nation", &["country"]),
    ("people", &["residents", "individuals"]),
    ("children", &["minors"]),
    ("migrants", &["immigrants"]),
    ("crisis", &["emergency"]),
    ("attack", &["assault"]),
    ("protest", &["demonstration"]),
    ("protests", &["demonstrations"]),
    ("concerns", &["worries"]),
    ("fears", &["concerns"]),
    ("immediately", &["promptly"]),
    ("already", &["previously"]),
    ("also", &["additionally"]),
    ("later", &["subsequently"]),
    ("urged", &["pressed"]),
    ("asked", &["requested"]),
    ("refused", &["declined"]),
    ("sent", &["dispatched"]),
    ("meeting", &["session"]),
    ("statement", &["communique"]),
];

/// One invented person of a story.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Person {
    first: String,
    last: String,
}

/// A story: its own invented names and numbers, and the counter of its fact ids.
///
/// Make one with [`Story::new`], write its first version with
/// [`Story::source`] and rewrites with [`Story::derive`].
#[derive(Debug, Clone)]
pub struct Story {
    id: u32,
    people: Vec<Person>,
    places: Vec<String>,
    numbers: Vec<String>,
    next_fact: u32,
}

/// How a derived [`Version`] came from its parent: one count per kind of edit.
///
/// Every parent sentence is counted once, in exactly one of `kept`,
/// `dropped`, `moved`, `split`, `reworded`, `reordered` and `renumbered`, or
/// twice in `merged` (a merge of two sentences counts as one edit), so
///
/// * parent sentences = `kept + dropped + moved + split + 2 * merged +
///   reworded + reordered + renumbered`;
/// * sentences of the version = parent sentences `- dropped + split - merged
///   + inserted`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EditCounts {
    /// Sentences left word for word in place (including headlines an edit
    /// chose to keep).
    pub kept: usize,
    /// Sentences or headlines left out.
    pub dropped: usize,
    /// Sentences left word for word but relocated.
    pub moved: usize,
    /// Sentences cut in two; both parts carry the original's facts.
    pub split: usize,
    /// Pairs of consecutive sentences joined into one carrying both facts.
    pub merged: usize,
    /// Sentences or headlines with words replaced (often by synonyms),
    /// inserted or deleted.
    pub reworded: usize,
    /// Sentences with a phrase moved to the front or a clause swapped
    /// around a comma.
    pub reordered: usize,
    /// Sentences with a number written differently (`1,710` ↔ `1710`,
    /// `41%` ↔ `41 percent`, with or without `about`).
    pub renumbered: usize,
    /// New sentences carrying new facts.
    pub inserted: usize,
}

impl EditCounts {
    /// Number of edits of every kind except `kept` (a merge counts once).
    pub fn total(&self) -> usize {
        self.dropped
            + self.moved
            + self.split
            + self.merged
            + self.reworded
            + self.reordered
            + self.renumbered
            + self.inserted
    }

    /// Add `other`'s counts to these.
    pub fn add(&mut self, other: &EditCounts) {
        self.kept += other.kept;
        self.dropped += other.dropped;
        self.moved += other.moved;
        self.split += other.split;
        self.merged += other.merged;
        self.reworded += other.reworded;
        self.reordered += other.reordered;
        self.renumbered += other.renumbered;
        self.inserted += other.inserted;
    }
}

/// One version of a story with its truth.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Version {
    /// The text: paragraphs (and headlines) one per line, ending in a newline.
    pub text: String,
    /// `facts[k]` lists the fact ids carried by sentence `k` of `text`, with
    /// sentences counted as [`wirediff::segment::sentences`] counts them, so
    /// `facts.len()` is the number of sentences. A source sentence carries
    /// one fact; both parts of a split carry all of the original's facts; a
    /// merge carries the facts of both sentences; an inserted sentence
    /// carries a new fact; other edits keep the facts.
    pub facts: Vec<Vec<u32>>,
    /// For a version made by [`family`], the index in the family of the
    /// version it was derived from; `None` for a source or a version from
    /// [`Story::derive`] directly.
    pub parent: Option<usize>,
    /// The edits that made this version from its parent (all zero for a source).
    pub edits: EditCounts,
}

/// Documents of many unrelated story families, for benchmarks.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Corpus {
    /// `(name, version)` pairs, story by story and version by version. Names
    /// read `s0003-v2` (story 3, version 2); a version's
    /// [`parent`](Version::parent) is a version number of the same story.
    pub docs: Vec<(String, Version)>,
}

impl Corpus {
    /// The documents as the library reads them, each named as in [`Corpus::docs`].
    pub fn documents(&self) -> Vec<wirediff::Document> {
        self.docs
            .iter()
            .map(|(name, v)| wirediff::Document::from_text(name.as_str(), v.text.as_str()))
            .collect()
    }
}

/// A source and `versions - 1` rewrites of a new story with id `story_id`
/// (`versions` in all, none when it is 0). The source has `sentences` body
/// sentences plus occasional headlines; each rewrite is derived, at the
/// given `strength`, from a randomly chosen earlier version (recorded in
/// [`Version::parent`]), so some are rewrites of rewrites.
///
/// Fact ids are `story_id * FACTS_PER_STORY` onwards (see [`Story::new`]).
pub fn family(
    rng: &mut Rng,
    story_id: u32,
    sentences: usize,
    versions: usize,
    strength: f64,
) -> Vec<Version> {
    let story = Story::new(rng, story_id);
    family_of(rng, story, sentences, versions, strength)
}

/// [`family`] of a given story.
fn family_of(
    rng: &mut Rng,
    mut story: Story,
    sentences: usize,
    versions: usize,
    strength: f64,
) -> Vec<Version> {
    let mut out: Vec<Version> = Vec::with_capacity(versions);
    if versions == 0 {
        return out;
    }
    out.push(story.source(rng, sentences));
    while out.len() < versions {
        let parent = rng.below(out.len());
        let Some(from) = out.get(parent) else { break };
        let mut version = story.derive(rng, from, strength);
        version.parent = Some(parent);
        out.push(version);
    }
    out
}

/// `stories` unrelated [`family`]s of `versions` versions each, their
/// sources of `sentences` sentences, all at `strength`. Story `k` has id `k`
/// and depends only on `seed` and `k`, except that on the rare occasion its
/// names meet an earlier story's it is made again until they do not, so no
/// two stories of a corpus share an invented name.
pub fn corpus(
    seed: u64,
    stories: usize,
    versions: usize,
    sentences: usize,
    strength: f64,
) -> Corpus {
    let mut seeds = Rng::new(seed);
    let mut docs = Vec::with_capacity(stories * versions);
    let mut used: HashSet<String> = HashSet::new();
    for s in 0..stories {
        let mut rng = Rng::new(seeds.next_u64());
        let id = u32::try_from(s).unwrap_or(u32::MAX);
        let mut story = Story::new(&mut rng, id);
        for _ in 0..STORY_ATTEMPTS {
            if story.name_keys().iter().all(|k| !used.contains(k)) {
                break;
            }
            story = Story::new(&mut rng, id);
        }
        used.extend(story.name_keys());
        let versions = family_of(&mut rng, story, sentences, versions, strength);
        for (v, version) in versions.into_iter().enumerate() {
            docs.push((format!("s{s:04}-v{v}"), version));
        }
    }
    Corpus { docs }
}

/// A sentence or headline with its facts.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Unit {
    text: String,
    facts: Vec<u32>,
}

impl Unit {
    /// Is this a body sentence (as opposed to a headline)?
    fn is_body(&self) -> bool {
        self.text.ends_with('.')
    }
}

mod edits;
mod names;
mod story;
#[cfg(test)]
mod tests;

use edits::*;
use names::*;
