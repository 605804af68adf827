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

impl Story {
    /// A new story with id `id`: 8–14 invented names (3–6 people with a
    /// first name and a surname, 5–8 places and institutions; 11–20 words in
    /// all, like `Varnosk` or `Edelmira Quoss`) and 6–10 numbers. Names are
    /// random syllables, so two stories almost never share one (and never
    /// within a [`corpus`]); none has the comparison key of a vocabulary
    /// word, of one of the shared names of [`super::article`] or of a weekday.
    ///
    /// Its facts are numbered from `id * FACTS_PER_STORY` (wrapping), so
    /// fact ids are unique across stories as long as ids stay below 4,294
    /// and no story makes a million facts.
    pub fn new(rng: &mut Rng, id: u32) -> Story {
        let mut taken = HashSet::new();
        let people = (0..rng.between(PEOPLE.0, PEOPLE.1))
            .map(|_| Person {
                first: invented_name(rng, &mut taken, FIRST_NAME_CODA_CHANCE),
                last: invented_name(rng, &mut taken, NAME_CODA_CHANCE),
            })
            .collect();
        let places = (0..rng.between(PLACES.0, PLACES.1))
            .map(|_| invented_name(rng, &mut taken, NAME_CODA_CHANCE))
            .collect();
        let mut numbers: Vec<String> = Vec::new();
        let count = rng.between(NUMBERS.0, NUMBERS.1);
        while numbers.len() < count {
            let n = story_number(rng);
            if !numbers.contains(&n) {
                numbers.push(n);
            }
        }
        Story {
            id,
            people,
            places,
            numbers,
            next_fact: id.wrapping_mul(FACTS_PER_STORY),
        }
    }

    /// The story's id.
    pub fn id(&self) -> u32 {
        self.id
    }

    /// Every invented word of the story: first names, surnames, places.
    pub fn names(&self) -> Vec<&str> {
        self.people
            .iter()
            .flat_map(|p| [p.first.as_str(), p.last.as_str()])
            .chain(self.places.iter().map(String::as_str))
            .collect()
    }

    /// The comparison keys of the story's names.
    fn name_keys(&self) -> Vec<String> {
        self.names().iter().map(|n| name_key(n)).collect()
    }

    /// The story's numbers as first written (`1,710`, `120`, `41%`, `2019`).
    pub fn numbers(&self) -> &[String] {
        &self.numbers
    }

    /// The first version of the story: `sentences` body sentences of 8–35
    /// words in paragraphs of one to four, one paragraph per line, with now
    /// and then a headline line (no final punctuation) before a paragraph.
    /// Sentence `k` (headlines included) carries the story's `k`-th fact.
    pub fn source(&mut self, rng: &mut Rng, sentences: usize) -> Version {
        let mut lines: Vec<Vec<Unit>> = Vec::new();
        let mut made = 0;
        while made < sentences {
            if rng.chance(HEADLINE_CHANCE) {
                let text = self.headline(rng);
                let facts = vec![self.fresh_fact()];
                lines.push(vec![Unit { text, facts }]);
            }
            let count = rng
                .between(PARAGRAPH_SENTENCES.0, PARAGRAPH_SENTENCES.1)
                .min(sentences - made);
            let mut line = Vec::with_capacity(count);
            for _ in 0..count {
                let text = self.sentence(rng);
                let facts = vec![self.fresh_fact()];
                line.push(Unit { text, facts });
            }
            made += count;
            lines.push(line);
        }
        render(lines, EditCounts::default())
    }

    /// A rewrite of `source` (a version of this story). Each sentence is
    /// edited with probability `strength`; the edit is one of drop, move,
    /// split, merge with the next sentence, rewording, a change of word
    /// order and a change of number format, equally likely (an edit that
    /// does not apply, such as splitting a short sentence, rewords instead).
    /// A headline is dropped, kept or reworded. After each sentence a new one
    /// with a new fact is inserted with probability `strength / 4`. Moved
    /// and inserted sentences go to random places. With `strength` 0 the
    /// text comes back unchanged.
    pub fn derive(&mut self, rng: &mut Rng, source: &Version, strength: f64) -> Version {
        let lines = parse(source);
        let mut out: Vec<Vec<Unit>> = vec![Vec::new(); lines.len()];
        let mut later: Vec<Unit> = Vec::new();
        let mut edits = EditCounts::default();
        let mut units = lines
            .into_iter()
            .enumerate()
            .flat_map(|(l, line)| line.into_iter().map(move |u| (l, u)))
            .peekable();
        while let Some((line, unit)) = units.next() {
            let placed = if !rng.chance(strength) {
                edits.kept += 1;
                Some(unit)
            } else if !unit.is_body() {
                self.edit_headline(rng, unit, &mut edits)
            } else {
                match rng.below(7) {
                    0 => {
                        edits.dropped += 1;
                        None
                    }
                    1 => {
                        edits.moved += 1;
                        later.push(unit);
                        None
                    }
                    2 => match split(rng, &unit.text) {
                        Some((first, second)) => {
                            edits.split += 1;
                            if let Some(l) = out.get_mut(line) {
                                l.push(Unit {
                                    text: first,
                                    facts: unit.facts.clone(),
                                });
                            }
                            Some(Unit {
                                text: second,
                                facts: unit.facts,
                            })
                        }
                        None => Some(self.reword(rng, unit, &mut edits)),
                    },
                    3 => match units.next_if(|(_, next)| next.is_body()) {
                        Some((_, next)) => {
                            edits.merged += 1;
                            Some(self.merge(rng, unit, next))
                        }
                        None => Some(self.reword(rng, unit, &mut edits)),
                    },
                    4 => Some(self.reword(rng, unit, &mut edits)),
                    5 => match self.reorder(rng, &unit.text) {
                        Some(text) => {
                            edits.reordered += 1;
                            Some(Unit { text, ..unit })
                        }
                        None => Some(self.reword(rng, unit, &mut edits)),
                    },
                    _ => match renumber(rng, &unit.text) {
                        Some(text) => {
                            edits.renumbered += 1;
                            Some(Unit { text, ..unit })
                        }
                        None => Some(self.reword(rng, unit, &mut edits)),
                    },
                }
            };
            if let (Some(unit), Some(l)) = (placed, out.get_mut(line)) {
                l.push(unit);
            }
            if rng.chance(strength / 4.0) {
                edits.inserted += 1;
                let text = self.sentence(rng);
                let facts = vec![self.fresh_fact()];
                later.push(Unit { text, facts });
            }
        }
        for unit in later {
            place_anywhere(rng, &mut out, unit);
        }
        render(out, edits)
    }

    /// Drop, keep or reword a headline.
    fn edit_headline(&self, rng: &mut Rng, unit: Unit, edits: &mut EditCounts) -> Option<Unit> {
        match rng.below(3) {
            0 => {
                edits.dropped += 1;
                None
            }
            1 => {
                edits.kept += 1;
                Some(unit)
            }
            _ => Some(self.reword(rng, unit, edits)),
        }
    }

    /// `unit` reworded (counted in `edits.reworded`), or as it was when no
    /// word can be edited (counted in `edits.kept`).
    fn reword(&self, rng: &mut Rng, unit: Unit, edits: &mut EditCounts) -> Unit {
        match reword_text(rng, &unit.text) {
            Some(text) => {
                edits.reworded += 1;
                Unit { text, ..unit }
            }
            None => {
                edits.kept += 1;
                unit
            }
        }
    }

    /// Sentences `a` and `b` as one: `A, and b.` or `A; b.`, carrying both
    /// sentences' facts.
    fn merge(&self, rng: &mut Rng, a: Unit, b: Unit) -> Unit {
        let head = a.text.strip_suffix('.').unwrap_or(&a.text);
        let (first, rest) = b.text.split_once(' ').unwrap_or((b.text.as_str(), ""));
        let joiner = if rng.chance(0.5) { ", and " } else { "; " };
        let mut text = format!("{head}{joiner}{}", self.decapitalise(first));
        if !rest.is_empty() {
            text.push(' ');
            text.push_str(rest);
        }
        let mut facts = a.facts;
        for f in b.facts {
            if !facts.contains(&f) {
                facts.push(f);
            }
        }
        Unit { text, facts }
    }

    /// `text` with its word order changed: a trailing phrase moved to the
    /// front (`X said Y on Tuesday.` → `On Tuesday, x said Y.`; when there
    /// is no prepositional or conjunction phrase, any trailing stretch of
    /// the second half), an attribution moved to the end (`Officials said
    /// the deal was done.` → `The deal was done, officials said.`), or, in a
    /// sentence with a comma, the two halves swapped around it (which undoes
    /// either). `None` when none of these applies.
    fn reorder(&self, rng: &mut Rng, text: &str) -> Option<String> {
        let body = text.strip_suffix('.')?;
        let w: Vec<&str> = body.split(' ').collect();
        let n = w.len();
        // Can `x` start a sentence once capitalised?
        let can_start = |x: &str| {
            x.starts_with(|c: char| c.is_ascii_alphabetic()) && (!x.contains('.') || x == "Mr.")
        };
        // (cut, rotate): rotate moves `w[cut..]` to the front; otherwise the
        // halves around the comma ending `w[cut]` swap.
        let mut options: Vec<(usize, bool)> = Vec::new();
        if !body.contains([',', ';']) {
            for cut in 1..n {
                let tail = n - cut;
                let phrase = cut >= 3
                    && (2..=12).contains(&tail)
                    && (PREPOSITIONS.contains(&w[cut]) || FRONTING.contains(&w[cut]));
                let attribution =
                    (2..=6).contains(&cut) && tail >= 3 && REPORTING_VERBS.contains(&w[cut - 1]);
                if (phrase || attribution) && is_plain(w[cut - 1]) && can_start(w[cut]) {
                    options.push((cut, true));
                }
            }
            if options.is_empty() {
                // No phrase or attribution: front any trailing stretch of
                // the second half that starts between two plain words.
                options.extend(
                    (n / 2..n.saturating_sub(2))
                        .filter(|&cut| cut >= 1 && is_plain(w[cut - 1]) && is_plain(w[cut]))
                        .map(|cut| (cut, true)),
                );
            }
        }
        for c in 1..n.saturating_sub(1) {
            let next = w[c + 1];
            if w[c].ends_with(',')
                && !w[c].contains('.')
                && next != "and"
                && can_start(next)
                && w[c + 2..].iter().all(|x| !x.contains(';'))
            {
                options.push((c, false));
            }
        }
        let &(at, rotate) = options.get(rng.below(options.len()))?;
        let (front, back): (Vec<String>, Vec<String>) = if rotate {
            let mut front: Vec<String> = w[at..].iter().map(|x| x.to_string()).collect();
            if let Some(last) = front.last_mut() {
                last.push(',');
            }
            (front, self.lowered(&w[..at]))
        } else {
            let mut back = self.lowered(&w[..=at]);
            if let Some(last) = back.last_mut() {
                last.pop();
            }
            let front = w[at + 1..].iter().map(|x| x.to_string()).collect();
            (front, back)
        };
        let mut words = front;
        if let Some(first) = words.first_mut() {
            *first = capitalise(first);
        }
        words.extend(back);
        let mut out = words.join(" ");
        out.push('.');
        (out != text).then_some(out)
    }

    /// `words` with the first one decapitalised.
    fn lowered(&self, words: &[&str]) -> Vec<String> {
        words
            .iter()
            .enumerate()
            .map(|(i, x)| {
                if i == 0 {
                    self.decapitalise(x)
                } else {
                    x.to_string()
                }
            })
            .collect()
    }

    /// `word` in lower case unless it is a name, a weekday or an abbreviation.
    fn decapitalise(&self, word: &str) -> String {
        let keep = word.contains('.')
            || WEEKDAYS.contains(&word)
            || self.names().contains(&word)
            || !word.starts_with(|c: char| c.is_ascii_uppercase());
        if keep {
            word.to_string()
        } else {
            word.to_lowercase()
        }
    }

    /// The next unused fact id.
    fn fresh_fact(&mut self) -> u32 {
        let fact = self.next_fact;
        self.next_fact = self.next_fact.wrapping_add(1);
        fact
    }

    /// One body sentence: capitalised, 8–35 words, ending in a full stop,
    /// never starting with a number.
    fn sentence(&self, rng: &mut Rng) -> String {
        let count = rng.between(SENTENCE_WORDS.0, SENTENCE_WORDS.1);
        let mut words: Vec<String> = (0..count).map(|_| self.word(rng)).collect();
        if rng.chance(ABBREVIATION_CHANCE) {
            // Strictly inside, and before a lower-case vocabulary word, so
            // that `U.S.` never reads as the end of the sentence.
            let at = rng.between(1, count - 1);
            words[at] = rng.pick(VOCABULARY).to_string();
            words.insert(at, self.abbreviation(rng));
        }
        words[0] = if rng.chance(FIRST_NAME_CHANCE) {
            self.name(rng)
        } else {
            capitalise(rng.pick(VOCABULARY))
        };
        let mut text = words.join(" ");
        text.push('.');
        text
    }

    /// A headline: a few words, the first capitalised, no final punctuation,
    /// shorter than [`HEADLINE_MAX_CHARS`].
    fn headline(&self, rng: &mut Rng) -> String {
        let count = rng.between(HEADLINE_WORDS.0, HEADLINE_WORDS.1);
        let mut words: Vec<String> = (1..count).map(|_| self.word(rng)).collect();
        let first = if rng.chance(FIRST_NAME_CHANCE) {
            self.name(rng)
        } else {
            capitalise(rng.pick(VOCABULARY))
        };
        words.insert(0, first);
        shorten(words.join(" "))
    }

    /// One word slot: mostly vocabulary, sometimes a name or a number.
    fn word(&self, rng: &mut Rng) -> String {
        if rng.chance(NAME_CHANCE) {
            self.name(rng)
        } else if rng.chance(NUMBER_CHANCE) {
            pick_owned(rng, &self.numbers).unwrap_or("12").to_string()
        } else {
            rng.pick(VOCABULARY).to_string()
        }
    }

    /// A name: a person (full name or surname), a place, or a weekday.
    fn name(&self, rng: &mut Rng) -> String {
        if rng.chance(WEEKDAY_SHARE) {
            return rng.pick(WEEKDAYS).to_string();
        }
        let person = self.people.get(rng.below(self.people.len()));
        match (rng.below(5), person) {
            (0, Some(p)) => format!("{} {}", p.first, p.last),
            (1 | 2, Some(p)) => p.last.clone(),
            _ => pick_owned(rng, &self.places)
                .unwrap_or(WEEKDAYS[0])
                .to_string(),
        }
    }

    /// `U.S.` or `Mr. Surname` with one of the story's surnames.
    fn abbreviation(&self, rng: &mut Rng) -> String {
        match self.people.get(rng.below(self.people.len())) {
            Some(p) if rng.chance(0.5) => format!("Mr. {}", p.last),
            _ => "U.S.".to_string(),
        }
    }
}

/// A uniformly chosen element of `items`, `None` when it is empty.
fn pick_owned<'a>(rng: &mut Rng, items: &'a [String]) -> Option<&'a str> {
    items.get(rng.below(items.len())).map(String::as_str)
}

/// A number as news copy writes it: `120`, `1,710`, `41%` or a year.
fn story_number(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => rng.between(100, 999).to_string(),
        1 => format!("{},{:03}", rng.between(1, 99), rng.below(1000)),
        2 => format!("{}%", rng.between(2, 99)),
        _ => rng.between(1990, 2030).to_string(),
    }
}

/// A new capitalised, pronounceable name not in `taken` (which it joins),
/// that the tokenizer sees as a name and that meets no vocabulary word,
/// shared name or weekday; it ends in a consonant with probability
/// `coda_chance`.
fn invented_name(rng: &mut Rng, taken: &mut HashSet<String>, coda_chance: f64) -> String {
    loop {
        let syllables = if rng.chance(THREE_SYLLABLE_CHANCE) {
            3
        } else {
            2
        };
        let mut word = String::new();
        for i in 1..=syllables {
            if i > 1 || !rng.chance(VOWEL_START_CHANCE) {
                word.push_str(rng.pick(ONSETS));
            }
            word.push_str(rng.pick(VOWELS));
            if i == syllables {
                if rng.chance(coda_chance) {
                    word.push_str(rng.pick(FINAL_CODAS));
                }
            } else if rng.chance(INNER_CODA_CHANCE) {
                word.push_str(rng.pick(INNER_CODAS));
            }
        }
        let name = capitalise(&word);
        if acceptable_name(&name) && taken.insert(name.clone()) {
            return name;
        }
    }
}

/// Is `name` long enough, a name to the tokenizer, and of a comparison key
/// that no common word, shared name or weekday has?
fn acceptable_name(name: &str) -> bool {
    if name.chars().count() < NAME_MIN_LETTERS {
        return false;
    }
    let probe = format!("x {name}");
    let tokens = tokenize::tokens(&probe, 0, &Lexicon::english());
    match tokens.as_slice() {
        [_, t] => t.kind == TokenKind::Name && !reserved_keys().contains(&t.key),
        _ => false,
    }
}

/// The tokenizer's comparison key of a name in mid-sentence.
fn name_key(name: &str) -> String {
    let probe = format!("x {name}");
    match tokenize::tokens(&probe, 0, &Lexicon::english()).as_slice() {
        [_, t] => t.key.clone(),
        _ => name.to_lowercase(),
    }
}

/// Comparison keys of every word a story may share with others: the
/// vocabulary, synonyms, shared names, surnames and weekdays.
fn reserved_keys() -> &'static HashSet<String> {
    static KEYS: OnceLock<HashSet<String>> = OnceLock::new();
    KEYS.get_or_init(|| {
        let lower = VOCABULARY
            .iter()
            .chain(
                SYNONYMS
                    .iter()
                    .flat_map(|(w, s)| std::iter::once(w).chain(s.iter())),
            )
            .map(|w| w.to_string());
        let names = NAMES
            .iter()
            .chain(SURNAMES)
            .chain(WEEKDAYS)
            .map(|w| w.to_lowercase());
        lower
            .chain(names)
            .flat_map(|w| [tokenize::stem(&w), w])
            .collect()
    })
}

/// `headline` without its last words while it is longer than
/// [`HEADLINE_MAX_CHARS`] (keeping at least one word).
fn shorten(mut headline: String) -> String {
    while headline.chars().count() > HEADLINE_MAX_CHARS {
        match headline.rfind(' ') {
            Some(at) => headline.truncate(at),
            None => break,
        }
    }
    headline
}

/// The version's sentences, as the segmenter finds them, with their facts,
/// grouped by line.
fn parse(version: &Version) -> Vec<Vec<Unit>> {
    let text = &version.text;
    let mut lines = Vec::new();
    let mut line = Vec::new();
    let mut previous_end: Option<usize> = None;
    for (i, s) in wirediff::segment::sentences(text, &Lexicon::english())
        .iter()
        .enumerate()
    {
        if let Some(end) = previous_end {
            if text[end..s.start].contains('\n') {
                lines.push(std::mem::take(&mut line));
            }
        }
        line.push(Unit {
            text: text[s.range()].to_string(),
            facts: version.facts.get(i).cloned().unwrap_or_default(),
        });
        previous_end = Some(s.end);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The version of these lines (empty ones left out): units joined by a
/// space, lines by a newline, and a final newline.
fn render(lines: Vec<Vec<Unit>>, edits: EditCounts) -> Version {
    let mut text = String::new();
    let mut facts = Vec::new();
    for line in lines.into_iter().filter(|l| !l.is_empty()) {
        for (i, unit) in line.into_iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(&unit.text);
            facts.push(unit.facts);
        }
        text.push('\n');
    }
    Version {
        text,
        facts,
        parent: None,
        edits,
    }
}

/// Put body sentence `unit` at a random place: a paragraph of its own, or
/// anywhere inside a paragraph of body sentences (never beside a headline).
fn place_anywhere(rng: &mut Rng, lines: &mut Vec<Vec<Unit>>, unit: Unit) {
    let paragraphs: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].is_empty() && lines[i].iter().all(Unit::is_body))
        .collect();
    let target = match paragraphs.get(rng.below(paragraphs.len())) {
        Some(&l) if !rng.chance(NEW_PARAGRAPH_CHANCE) => lines.get_mut(l),
        _ => None,
    };
    match target {
        Some(line) => {
            let at = rng.between(0, line.len());
            line.insert(at, unit);
        }
        None => {
            let at = rng.between(0, lines.len());
            lines.insert(at, vec![unit]);
        }
    }
}

/// `text` (a body sentence of at least [`SPLIT_MIN_WORDS`] words) cut in
/// two between two plain words, preferably before a conjunction; `None`
/// when there is no such place.
fn split(rng: &mut Rng, text: &str) -> Option<(String, String)> {
    let body = text.strip_suffix('.')?;
    let w: Vec<&str> = body.split(' ').collect();
    if w.len() < SPLIT_MIN_WORDS {
        return None;
    }
    let places: Vec<usize> = (SPLIT_MIN_PART..=w.len() - SPLIT_MIN_PART)
        .filter(|&p| is_plain(w[p - 1]) && is_plain(w[p]))
        .collect();
    let preferred: Vec<usize> = places
        .iter()
        .copied()
        .filter(|&p| CONJUNCTIONS.contains(&w[p]))
        .collect();
    let choices = if preferred.is_empty() {
        &places
    } else {
        &preferred
    };
    let &p = choices.get(rng.below(choices.len()))?;
    let mut first = w[..p].join(" ");
    first.push('.');
    let mut second = capitalise(w[p]);
    for x in &w[p + 1..] {
        second.push(' ');
        second.push_str(x);
    }
    second.push('.');
    Some((first, second))
}

/// `text` with about [`REWORD_SHARE`] of its editable words (plain
/// lower-case words after a plain word, not the last) replaced, preferably
/// by a synonym, preceded by an inserted word, or deleted; at least one word
/// changes. `None` when no word is editable.
fn reword_text(rng: &mut Rng, text: &str) -> Option<String> {
    let (body, stop) = match text.strip_suffix('.') {
        Some(body) => (body, "."),
        None => (text, ""),
    };
    let old: Vec<&str> = body.split(' ').collect();
    let editable: Vec<usize> = (0..old.len().saturating_sub(1))
        .filter(|&i| is_plain(old[i]) && (i == 0 || is_plain(old[i - 1])))
        .collect();
    if editable.is_empty() {
        return None;
    }
    let mut chosen: Vec<bool> = (0..old.len())
        .map(|i| editable.contains(&i) && rng.chance(REWORD_SHARE))
        .collect();
    if !chosen.contains(&true) {
        if let Some(c) = editable
            .get(rng.below(editable.len()))
            .and_then(|&i| chosen.get_mut(i))
        {
            *c = true;
        }
    }
    let mut new: Vec<&str> = Vec::with_capacity(old.len() + 4);
    for (&w, &edit) in old.iter().zip(&chosen) {
        if !edit {
            new.push(w);
            continue;
        }
        match rng.below(4) {
            0 | 1 => new.push(replacement(rng, w)),
            2 => new.extend([rng.pick(VOCABULARY), w]),
            _ => {}
        }
    }
    let mut new = new.join(" ");
    new.push_str(stop);
    if stop.is_empty() {
        new = shorten(new);
    }
    (new != text).then_some(new)
}

/// A word to replace `word` with: a synonym when there is one (mostly),
/// otherwise another vocabulary word.
fn replacement(rng: &mut Rng, word: &str) -> &'static str {
    let synonyms = SYNONYMS.iter().find(|(w, _)| *w == word).map(|(_, s)| *s);
    match synonyms {
        Some(s) if !s.is_empty() && rng.chance(0.8) => rng.pick(s),
        _ => other_word(rng, word),
    }
}

/// `text` with one number written differently: `1,710` ↔ `1710` (not for
/// years), `41%` ↔ `41 percent`, or `about` added before or removed from
/// before a number. `None` when the sentence has no number to change.
fn renumber(rng: &mut Rng, text: &str) -> Option<String> {
    let body = text.strip_suffix('.')?;
    let mut w: Vec<String> = body.split(' ').map(str::to_string).collect();
    #[derive(Clone, Copy)]
    enum Change {
        DropCommas(usize),
        AddCommas(usize),
        PercentWord(usize),
        PercentSign(usize),
        AddAbout(usize),
        DropAbout(usize),
    }
    let mut changes = Vec::new();
    for i in 1..w.len() {
        let (core, tail) = split_tail(&w[i]);
        if !core.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let digits_only = core.chars().all(|c| c.is_ascii_digit());
        if core.contains(',') && core.chars().all(|c| c.is_ascii_digit() || c == ',') {
            changes.push(Change::DropCommas(i));
        }
        if digits_only && core.len() >= 4 && !is_year(core) {
            changes.push(Change::AddCommas(i));
        }
        if core.strip_suffix('%').is_some_and(|d| !d.is_empty()) {
            changes.push(Change::PercentWord(i));
        }
        let next_is_percent = w.get(i + 1).is_some_and(|n| split_tail(n).0 == "percent");
        if digits_only && tail.is_empty() && next_is_percent {
            changes.push(Change::PercentSign(i));
        }
        let previous = w[i - 1].as_str();
        if previous == "about" && i >= 2 && is_plain(&w[i - 2]) {
            changes.push(Change::DropAbout(i));
        } else if is_plain(previous) && !matches!(previous, "about" | "nearly" | "roughly") {
            changes.push(Change::AddAbout(i));
        }
    }
    let change = *changes.get(rng.below(changes.len()))?;
    match change {
        Change::DropCommas(i) => {
            let (core, tail) = split_tail(&w[i]);
            w[i] = core.replace(',', "") + tail;
        }
        Change::AddCommas(i) => {
            let (core, tail) = split_tail(&w[i]);
            w[i] = with_commas(core) + tail;
        }
        Change::PercentWord(i) => {
            let (core, tail) = split_tail(&w[i]);
            w[i] = format!("{} percent{tail}", core.trim_end_matches('%'));
        }
        Change::PercentSign(i) => {
            let (_, tail) = split_tail(&w[i + 1]);
            let sign = format!("{}%{tail}", w[i]);
            w[i] = sign;
            w.remove(i + 1);
        }
        Change::AddAbout(i) => w.insert(i, "about".to_string()),
        Change::DropAbout(i) => {
            w.remove(i - 1);
        }
    }
    let mut out = w.join(" ");
    out.push('.');
    (out != text).then_some(out)
}

/// A word split before its trailing punctuation (`1,710,` → `1,710`, `,`).
fn split_tail(word: &str) -> (&str, &str) {
    let core = word.trim_end_matches([',', ';']);
    (core, &word[core.len()..])
}

/// Is `digits` a year between 1900 and 2099?
fn is_year(digits: &str) -> bool {
    digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
}

/// `digits` with thousands separators: `12345` → `12,345`.
fn with_commas(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{split as naive_split, Item};

    const STRENGTHS: [f64; 4] = [0.0, 0.2, 0.5, 0.8];

    /// The segmenter finds exactly `version.facts.len()` sentences; on
    /// failure, show where it and a naive split (lines, `". "` not after
    /// `Mr.`/`U.S.`) first disagree.
    fn assert_truth_matches_segmenter(version: &Version, what: &str) {
        let doc = wirediff::Document::from_text("x", version.text.as_str());
        if doc.sentences.len() == version.facts.len() {
            return;
        }
        let ours: Vec<String> = naive_split(&version.text)
            .into_iter()
            .filter_map(|i| match i {
                Item::Sentence(s) if !s.is_empty() => Some(s),
                _ => None,
            })
            .collect();
        let theirs: Vec<&str> = (0..doc.sentences.len())
            .map(|i| doc.sentence_text(i))
            .collect();
        if ours == theirs {
            panic!(
                "{what}: the segmenter finds {} sentences, as a naive split does, but the \
                 truth has {} facts:\n{}",
                theirs.len(),
                version.facts.len(),
                version.text
            );
        }
        let at = ours
            .iter()
            .zip(&theirs)
            .position(|(a, b)| a != b)
            .unwrap_or(ours.len().min(theirs.len()));
        let around = |list: &[&str]| -> String {
            let from = at.saturating_sub(1);
            let to = (at + 2).min(list.len());
            list.get(from..to)
                .map(|s| s.join("\n    "))
                .unwrap_or_default()
        };
        let ours: Vec<&str> = ours.iter().map(String::as_str).collect();
        panic!(
            "{what}: the segmenter finds {} sentences, the truth has {} facts; a naive \
             split and the segmenter first disagree at sentence {at}:\n  naive split:\n    \
             {}\n  segmenter:\n    {}",
            theirs.len(),
            version.facts.len(),
            around(&ours),
            around(&theirs),
        );
    }

    #[test]
    fn same_seed_same_corpus() {
        let a = corpus(42, 3, 4, 15, 0.4);
        assert_eq!(a, corpus(42, 3, 4, 15, 0.4));
        assert_ne!(a, corpus(43, 3, 4, 15, 0.4));
        assert_eq!(a.docs.len(), 12);
        assert_eq!(a.docs[7].0, "s0001-v3");
        // Story k depends only on the seed and k.
        assert_eq!(a.docs[..8], corpus(42, 2, 4, 15, 0.4).docs[..]);
    }

    #[test]
    fn segmenter_counts_the_sentences_the_truth_counts() {
        for seed in 0..16 {
            for strength in STRENGTHS {
                let versions = family(&mut Rng::new(seed), 0, 20, 5, strength);
                for (v, version) in versions.iter().enumerate() {
                    let what = format!("seed {seed}, strength {strength}, version {v}");
                    assert_truth_matches_segmenter(version, &what);
                }
            }
        }
    }

    #[test]
    fn strength_zero_changes_nothing() {
        let versions = family(&mut Rng::new(9), 3, 40, 5, 0.0);
        let source = &versions[0];
        assert!(source.facts.len() >= 40);
        for v in &versions[1..] {
            assert_eq!(v.text, source.text);
            assert_eq!(v.facts, source.facts);
            assert_eq!(v.edits.total(), 0);
            assert_eq!(v.edits.kept, source.facts.len());
        }
    }

    #[test]
    fn source_facts_are_fresh_and_ordered() {
        let mut story = Story::new(&mut Rng::new(5), 7);
        let source = story.source(&mut Rng::new(6), 30);
        let expected: Vec<Vec<u32>> = (0..source.facts.len() as u32)
            .map(|k| vec![7 * FACTS_PER_STORY + k])
            .collect();
        assert_eq!(source.facts, expected);
        let body = naive_split(&source.text)
            .iter()
            .filter(|i| matches!(i, Item::Sentence(s) if !s.is_empty()))
            .count();
        let headlines = source.text.lines().filter(|l| !l.ends_with('.')).count();
        assert_eq!(body - headlines, 30);
        assert!(source
            .text
            .lines()
            .all(|l| !l.ends_with('.') || l.split(". ").all(|s| !s.starts_with(char::is_numeric))));
    }

    #[test]
    fn edit_counts_add_up_and_facts_are_traced() {
        let c = corpus(3, 4, 6, 25, 0.5);
        let mut seen_new: HashSet<u32> = HashSet::new();
        for (name, v) in &c.docs {
            let Some(p) = v.parent else { continue };
            let prefix = &name[..name.len() - 1];
            let parent = &c
                .docs
                .iter()
                .find(|(n, _)| *n == format!("{prefix}{p}"))
                .unwrap()
                .1;
            let e = &v.edits;
            let before = parent.facts.len();
            let consumed = e.kept
                + e.dropped
                + e.moved
                + e.split
                + 2 * e.merged
                + e.reworded
                + e.reordered
                + e.renumbered;
            assert_eq!(consumed, before, "{name}: {e:?}");
            assert_eq!(
                v.facts.len(),
                before - e.dropped + e.split - e.merged + e.inserted,
                "{name}"
            );
            let old: HashSet<u32> = parent.facts.iter().flatten().copied().collect();
            let new: Vec<u32> = v
                .facts
                .iter()
                .flatten()
                .copied()
                .filter(|f| !old.contains(f))
                .collect();
            assert_eq!(new.len(), e.inserted, "{name}");
            // Facts new to this version were never used by any other version
            // before, in any story.
            for f in new {
                assert!(
                    seen_new.insert(f)
                        || c.docs
                            .iter()
                            .any(|(n, w)| n != name && w.facts.iter().flatten().any(|&g| g == f))
                );
            }
        }
    }

    #[test]
    fn every_edit_happens_at_strength_half() {
        let c = corpus(11, 4, 6, 30, 0.5);
        let mut sum = EditCounts::default();
        for (_, v) in &c.docs {
            sum.add(&v.edits);
        }
        let e = sum;
        for (kind, n) in [
            ("kept", e.kept),
            ("dropped", e.dropped),
            ("moved", e.moved),
            ("split", e.split),
            ("merged", e.merged),
            ("reworded", e.reworded),
            ("reordered", e.reordered),
            ("renumbered", e.renumbered),
            ("inserted", e.inserted),
        ] {
            assert!(n >= 5, "only {n} {kind}: {e:?}");
        }
        // Rewrites of rewrites happen.
        assert!(c.docs.iter().any(|(_, v)| v.parent.is_some_and(|p| p > 0)));
    }

    #[test]
    fn different_stories_share_no_invented_names() {
        let stories: Vec<Story> = (0..40)
            .map(|i| Story::new(&mut Rng::new(i), i as u32))
            .collect();
        let keys = |s: &Story| -> HashSet<String> {
            s.names()
                .iter()
                .flat_map(|n| tokenize::tokens(&format!("x {n}"), 0, &Lexicon::english()))
                .filter(|t| t.kind == TokenKind::Name)
                .map(|t| t.key)
                .collect()
        };
        let all: Vec<HashSet<String>> = stories.iter().map(keys).collect();
        for s in &stories {
            assert!((8..=20).contains(&s.names().len()), "{:?}", s.names());
        }
        for (i, a) in all.iter().enumerate() {
            assert_eq!(
                a.len(),
                stories[i].names().len(),
                "{:?}",
                stories[i].names()
            );
            for (j, b) in all.iter().enumerate().skip(i + 1) {
                let shared: Vec<&String> = a.intersection(b).collect();
                assert!(shared.is_empty(), "stories {i} and {j} share {shared:?}");
            }
        }
    }

    #[test]
    fn texts_of_different_stories_share_only_generic_names() {
        let c = corpus(5, 5, 3, 30, 0.5);
        let generic: HashSet<String> = WEEKDAYS
            .iter()
            .map(|w| tokenize::stem(&w.to_lowercase()))
            .chain(["us".to_string(), "mr".to_string()])
            .collect();
        let mut per_story: Vec<HashSet<String>> = vec![HashSet::new(); 5];
        for (name, v) in &c.docs {
            let story: usize = name[1..5].parse().unwrap();
            let doc = wirediff::Document::from_text(name.as_str(), v.text.as_str());
            for i in 0..doc.sentences.len() {
                for t in tokenize::tokens(doc.sentence_text(i), 0, &doc.lexicon) {
                    if t.kind == TokenKind::Name && !generic.contains(&t.key) {
                        per_story[story].insert(t.key);
                    }
                }
            }
        }
        for (i, a) in per_story.iter().enumerate() {
            assert!(!a.is_empty());
            for (j, b) in per_story.iter().enumerate().skip(i + 1) {
                let shared: Vec<&String> = a.intersection(b).collect();
                assert!(shared.is_empty(), "stories {i} and {j} share {shared:?}");
            }
        }
    }

    #[test]
    fn reorder_moves_phrases_and_back() {
        let story = Story::new(&mut Rng::new(1), 0);
        let text = "Officials said the plan was new on Tuesday.";
        let outputs: HashSet<String> = (0..40)
            .filter_map(|seed| story.reorder(&mut Rng::new(seed), text))
            .collect();
        let front = "On Tuesday, officials said the plan was new.";
        let end = "The plan was new on Tuesday, officials said.";
        assert_eq!(outputs, HashSet::from([front.to_string(), end.to_string()]));
        // With a comma, the swap around it is the only option, and it
        // restores the original.
        for changed in [front, end] {
            for seed in 0..5 {
                let back = story.reorder(&mut Rng::new(seed), changed);
                assert_eq!(back.as_deref(), Some(text));
            }
        }
        assert_eq!(story.reorder(&mut Rng::new(0), "It rained all day."), None);
    }

    #[test]
    fn derive_tolerates_foreign_text() {
        let mut story = Story::new(&mut Rng::new(2), 1);
        let article = crate::article(&mut Rng::new(3), 3_000);
        let texts = [
            "",
            "\n\n",
            "A.",
            "no capitals here at all",
            "1,000 people came. 2 more left; about 41% stayed, and 7 percent went.",
            "Mr. X said so.\r\n\r\nU.S. Y\n",
            article.as_str(),
        ];
        for text in texts {
            for strength in [0.0, 0.5, 1.0] {
                let source = Version {
                    text: text.to_string(),
                    ..Version::default()
                };
                let v = story.derive(&mut Rng::new(4), &source, strength);
                let e = v.edits;
                let before = wirediff::segment::sentences(text, &Lexicon::english()).len();
                assert_eq!(
                    v.facts.len(),
                    before - e.dropped + e.split - e.merged + e.inserted,
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn numbers_change_format() {
        let mut seen = HashSet::new();
        for seed in 0..60 {
            let text = "Officials said 1,710 people and 41% of the 2019 group left.";
            if let Some(t) = renumber(&mut Rng::new(seed), text) {
                seen.insert(t);
            }
        }
        for expected in [
            "Officials said 1710 people and 41% of the 2019 group left.",
            "Officials said 1,710 people and 41 percent of the 2019 group left.",
            "Officials said about 1,710 people and 41% of the 2019 group left.",
        ] {
            assert!(seen.contains(expected), "{seen:?}");
        }
        assert!(seen.iter().all(|t| !t.contains("2,019")));
        assert_eq!(with_commas("12345"), "12,345");
        assert_eq!(with_commas("1710"), "1,710");
        assert_eq!(renumber(&mut Rng::new(0), "No numbers here at all."), None);
    }

    #[test]
    fn split_and_merge_shapes() {
        let mut rng = Rng::new(4);
        let text = "Officials said the plan was new and the talks would continue until the next meeting in the capital.";
        let (a, b) = split(&mut rng, text).unwrap();
        assert!(a.ends_with('.') && b.ends_with('.'));
        assert!(b.starts_with(char::is_uppercase));
        assert_eq!(
            format!("{} {}", a.trim_end_matches('.'), b).to_lowercase(),
            text.to_lowercase()
        );
        assert_eq!(split(&mut rng, "Too short to split at all."), None);
        let story = Story::new(&mut Rng::new(1), 0);
        let unit = |t: &str, f| Unit {
            text: t.to_string(),
            facts: vec![f],
        };
        let m = story.merge(
            &mut Rng::new(0),
            unit("It rained.", 1),
            unit("The talks ended.", 2),
        );
        assert!(
            m.text == "It rained, and the talks ended." || m.text == "It rained; the talks ended."
        );
        assert_eq!(m.facts, [1, 2]);
    }
}
