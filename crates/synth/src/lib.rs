//! Deterministic synthetic articles for benchmarks and tests: news-like
//! sentences from a fixed vocabulary, and rewrites of them with known edits.
//!
//! Everything is driven by [`Rng`], a small seeded generator (SplitMix64), so
//! the same seed always gives the same text on every platform, with no extra
//! dependencies.
//!
//! * [`article`] writes prose of a given size: paragraphs of one to four
//!   sentences of 8–35 words on their own lines, an occasional headline line
//!   without final punctuation, capitalised names, numbers such as `1,710` or
//!   `41%`, and now and then `U.S.` or `Mr.` in the middle of a sentence.
//! * [`rewrite`] derives a second version of an article by rewording,
//!   dropping, moving and adding sentences, and counts each kind of edit in a
//!   [`Rewrite`].
//! * [`family`](mod@family) generates *stories* with their own invented names
//!   and numbers, and families of rewrites of them (split, merged, reworded,
//!   reordered, renumbered, moved, dropped and inserted sentences) whose
//!   truth is known: which facts each sentence carries ([`Version::facts`]).
//!   [`corpus`] makes many unrelated families for benchmarks.
//!
//! ```
//! use wirediff_synth::{article, rewrite, Rng};
//! let mut rng = Rng::new(7);
//! let old = article(&mut rng, 2_000);
//! assert!(old.len() >= 2_000);
//! let new = rewrite(&mut rng, &old, 0.2);
//! assert_eq!(rewrite(&mut rng, &old, 0.0).text, old);
//! println!("{} reworded, {} added", new.reworded, new.added);
//! ```

pub mod family;
pub mod score;

pub use family::{corpus, family, Corpus, EditCounts, Story, Version};
pub use score::{mixed_corpus, pair_accuracy, reuse_truth, PairAccuracy};

/// A small deterministic pseudo-random generator (SplitMix64).
///
/// Not for cryptography; it only has to be fast, portable and reproducible.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator whose whole output is determined by `seed`.
    pub fn new(seed: u64) -> Self {
        Rng { state: seed }
    }

    /// The next 64 pseudo-random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        // Multiply-shift: maps 64 random bits onto 0..n without division.
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `low..=high` (`low` when `high < low`).
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high.saturating_sub(low) + 1)
    }

    /// True with probability `p` (never for `p <= 0`, always for `p >= 1`).
    pub fn chance(&mut self, p: f64) -> bool {
        // 53 random bits give a uniform float in [0, 1).
        let unit = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        unit < p
    }

    /// One element of `items`, chosen uniformly (`items` must not be empty).
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Common lower-case words sentences are built from.
#[rustfmt::skip]
const VOCABULARY: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from",
    "by", "as", "about", "after", "before", "during", "over", "under", "between", "against",
    "into", "through", "since", "until", "while", "because", "although", "if", "when", "where",
    "which", "who", "that", "this", "these", "those", "its", "their", "his", "her", "our", "it",
    "they", "he", "she", "we", "said", "says", "told", "added", "announced", "reported",
    "confirmed", "denied", "claimed", "warned", "expected", "planned", "agreed", "refused",
    "asked", "called", "described", "urged", "noted", "suggested", "insisted", "acknowledged",
    "government", "officials", "ministry", "agency", "department", "administration", "court",
    "judge", "police", "military", "forces", "troops", "soldiers", "authorities", "lawmakers",
    "parliament", "congress", "senate", "committee", "council", "president", "minister",
    "spokesperson", "spokesman", "director", "leader", "leaders", "party", "opposition",
    "election", "vote", "voters", "campaign", "policy", "plan", "deal", "agreement", "talks",
    "negotiations", "sanctions", "trade", "tariffs", "economy", "market", "markets", "prices",
    "inflation", "budget", "tax", "taxes", "billion", "million", "percent", "jobs", "workers",
    "company", "companies", "business", "industry", "bank", "banks", "investors", "shares",
    "country", "countries", "nation", "state", "states", "city", "region", "border", "capital",
    "people", "residents", "families", "children", "women", "men", "students", "migrants",
    "refugees", "citizens", "nationals", "community", "group", "groups", "organization",
    "report", "statement", "interview", "news", "conference", "meeting", "summit", "visit",
    "flight", "flights", "airport", "plane", "ship", "road", "building", "hospital", "school",
    "water", "power", "energy", "oil", "gas", "climate", "weather", "storm", "fire", "attack",
    "strike", "strikes", "protest", "protests", "crisis", "conflict", "war", "ceasefire",
    "security", "safety", "health", "rights", "law", "laws", "rules", "case", "cases",
    "investigation", "evidence", "charges", "trial", "prison", "deportation", "deportations",
    "immigration", "crackdown", "support", "criticism", "pressure", "concerns", "fears", "risk",
    "threat", "effort", "efforts", "decision", "move", "step", "steps", "change", "changes",
    "number", "numbers", "rate", "level", "share", "part", "half", "most", "many", "some",
    "several", "few", "more", "less", "other", "another", "each", "every", "all", "both", "new",
    "old", "first", "last", "next", "recent", "early", "late", "large", "small", "major",
    "senior", "former", "local", "national", "international", "foreign", "public", "private",
    "official", "economic", "political", "legal", "immediately", "already", "also", "still",
    "now", "later", "again", "only", "just", "nearly", "roughly", "largely", "rarely", "often",
    "would", "could", "should", "might", "will", "can", "may", "must", "has", "have", "had",
    "is", "are", "was", "were", "been", "being", "not", "no", "week", "weeks", "month",
    "months", "year", "years", "day", "days", "time", "times", "morning", "evening", "home",
    "return", "returned", "leave", "left", "arrive", "arrived", "send", "sent", "hold", "held",
    "face", "faced", "take", "took", "make", "made", "give", "gave", "seek", "sought", "keep",
    "kept", "allow", "allowed", "carry", "carried", "respond", "request", "comment",
];

/// Capitalised names: people, places and institutions.
#[rustfmt::skip]
const NAMES: &[&str] = &[
    "Tehran", "Washington", "Iran", "Israel", "Europe", "Geneva", "London", "Paris", "Cairo",
    "Baghdad", "Kabul", "Ankara", "Moscow", "Beijing", "Tokyo", "Brussels", "Noushabadi",
    "Jackson", "Trump", "Hamilton", "Okafor", "Lindqvist", "Moreau", "Castillo", "Nakamura",
    "Petrov", "Haddad", "Brennan", "Kowalski", "Abernathy", "Reuters", "Tasnim", "Louisiana",
    "Texas", "Qatar", "Oman", "Tuesday", "Wednesday", "Friday", "Sunday",
];

/// Surnames that follow `Mr.`.
#[rustfmt::skip]
const SURNAMES: &[&str] = &[
    "Noushabadi", "Jackson", "Hamilton", "Okafor", "Lindqvist", "Moreau", "Castillo", "Petrov",
    "Haddad", "Brennan",
];

/// Abbreviations the generator puts mid-sentence (without their final dot);
/// [`rewrite`] does not split sentences after them.
const ABBREVIATIONS: &[&str] = &["Mr", "U.S"];

/// Fewest and most words of a body sentence.
const SENTENCE_WORDS: (usize, usize) = (8, 35);
/// Fewest and most words of a headline (kept short so no line looks hard-wrapped).
const HEADLINE_WORDS: (usize, usize) = (3, 6);
/// Fewest and most sentences of a paragraph.
const PARAGRAPH_SENTENCES: (usize, usize) = (1, 4);
/// Chance that a paragraph is preceded by a headline line.
const HEADLINE_CHANCE: f64 = 0.08;
/// Chance that a sentence carries `U.S.` or `Mr. Name` mid-sentence.
const ABBREVIATION_CHANCE: f64 = 0.12;
/// Chance that a word is a name.
const NAME_CHANCE: f64 = 0.07;
/// Chance that a word (other than a name) is a number.
const NUMBER_CHANCE: f64 = 0.04;
/// Share of a reworded sentence's words that are replaced, inserted or deleted.
const REWORD_SHARE: f64 = 0.3;

/// News-like English prose of at least `target_bytes` bytes (stopping at the
/// first sentence end past it), one paragraph per line, ending in a newline.
pub fn article(rng: &mut Rng, target_bytes: usize) -> String {
    let mut text = String::with_capacity(target_bytes + 512);
    while text.len() < target_bytes {
        if rng.chance(HEADLINE_CHANCE) {
            text.push_str(&headline(rng));
            text.push('\n');
        }
        paragraph(rng, &mut text, target_bytes);
    }
    text
}

/// Append one paragraph (one to four sentences and a newline) to `text`,
/// stopping early once `text` reaches `target_bytes`.
fn paragraph(rng: &mut Rng, text: &mut String, target_bytes: usize) {
    let count = rng.between(PARAGRAPH_SENTENCES.0, PARAGRAPH_SENTENCES.1);
    for i in 0..count {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(&sentence(rng));
        if text.len() >= target_bytes {
            break;
        }
    }
    text.push('\n');
}

/// A headline: a few words, the first capitalised, without final punctuation.
fn headline(rng: &mut Rng) -> String {
    let count = rng.between(HEADLINE_WORDS.0, HEADLINE_WORDS.1);
    let mut words: Vec<String> = (0..count).map(|_| word(rng)).collect();
    words[0] = capitalise(&words[0]);
    words.join(" ")
}

/// One body sentence: capitalised, 8–35 words, ending in a full stop.
fn sentence(rng: &mut Rng) -> String {
    let count = rng.between(SENTENCE_WORDS.0, SENTENCE_WORDS.1);
    let mut words: Vec<String> = (0..count).map(|_| word(rng)).collect();
    if rng.chance(ABBREVIATION_CHANCE) {
        // Strictly inside, and before a lower-case vocabulary word, so that
        // `U.S.` never reads as the end of the sentence.
        let at = rng.between(1, count - 1);
        words[at] = rng.pick(VOCABULARY).to_string();
        words.insert(at, abbreviation(rng));
    }
    words[0] = first_word(rng);
    let mut text = words.join(" ");
    text.push('.');
    text
}

/// The first word of a sentence: a name or a capitalised vocabulary word,
/// never a number (after `". "` a digit does not start a new sentence for
/// Unicode's segmentation rules).
fn first_word(rng: &mut Rng) -> String {
    if rng.chance(NAME_CHANCE) {
        rng.pick(NAMES).to_string()
    } else {
        capitalise(rng.pick(VOCABULARY))
    }
}

/// `U.S.` or `Mr. Surname`.
fn abbreviation(rng: &mut Rng) -> String {
    if rng.chance(0.5) {
        "U.S.".to_string()
    } else {
        format!("Mr. {}", rng.pick(SURNAMES))
    }
}

/// One word: mostly vocabulary, sometimes a name or a number.
fn word(rng: &mut Rng) -> String {
    if rng.chance(NAME_CHANCE) {
        rng.pick(NAMES).to_string()
    } else if rng.chance(NUMBER_CHANCE) {
        number(rng)
    } else {
        rng.pick(VOCABULARY).to_string()
    }
}

/// A number as news copy writes it: `12`, `1,710`, `41%` or a year.
fn number(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => rng.between(2, 99).to_string(),
        1 => format!("{},{:03}", rng.between(1, 99), rng.below(1000)),
        2 => format!("{}%", rng.between(1, 99)),
        _ => rng.between(1990, 2030).to_string(),
    }
}

/// `word` with its first letter in upper case.
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A rewrite of an article and the edits that produced it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rewrite {
    /// The rewritten text.
    pub text: String,
    /// Original sentences left word for word and in place.
    pub kept: usize,
    /// Original sentences with some of their words replaced, inserted or deleted.
    pub reworded: usize,
    /// Original sentences left out.
    pub dropped: usize,
    /// Newly generated sentences.
    pub added: usize,
    /// Original sentences left word for word but relocated.
    pub moved: usize,
}

/// A piece of an article as [`rewrite`] sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    /// A sentence or headline, without surrounding whitespace.
    Sentence(String),
    /// A line break.
    Break,
}

impl Item {
    /// Can a sentence be placed right after this item on the same line?
    /// Not after a headline, which has no final punctuation.
    fn accepts_follower(&self) -> bool {
        match self {
            Item::Sentence(s) => s.ends_with('.'),
            Item::Break => true,
        }
    }
}

/// What happens to one sentence.
enum Edit {
    Keep,
    Reword(String),
    Drop,
    Move,
}

/// Derive a rewrite of `original` (text from [`article`]): each sentence is,
/// with probability `edit_share`, reworded, dropped or moved (equally
/// likely), and after each original sentence a new one is added with
/// probability `edit_share / 4`. Moved and added sentences go to random
/// places. With `edit_share` 0 the text comes back unchanged.
///
/// Sentences are found naively, on line breaks and `". "` (but not after
/// `Mr.` or `U.S.`), which is exact for text from [`article`].
pub fn rewrite(rng: &mut Rng, original: &str, edit_share: f64) -> Rewrite {
    let mut out = Rewrite::default();
    let mut items = Vec::new();
    let mut placed_later = Vec::new();
    for item in split(original) {
        let Item::Sentence(text) = item else {
            items.push(Item::Break);
            continue;
        };
        match edit(rng, &text, edit_share) {
            Edit::Keep => {
                out.kept += 1;
                items.push(Item::Sentence(text));
            }
            Edit::Reword(new) => {
                out.reworded += 1;
                items.push(Item::Sentence(new));
            }
            Edit::Drop => out.dropped += 1,
            Edit::Move => {
                out.moved += 1;
                placed_later.push(text);
            }
        }
        if rng.chance(edit_share / 4.0) {
            out.added += 1;
            placed_later.push(sentence(rng));
        }
    }
    for text in placed_later {
        insert_anywhere(rng, &mut items, text);
    }
    out.text = join(&items);
    out
}

/// Choose the edit for `text`: with probability `edit_share` one of reword,
/// drop or move. Only body sentences move (a headline has no final
/// punctuation to end it mid-paragraph); a reword that changes nothing keeps.
fn edit(rng: &mut Rng, text: &str, edit_share: f64) -> Edit {
    if !rng.chance(edit_share) {
        return Edit::Keep;
    }
    match rng.below(3) {
        0 => reword(rng, text).map_or(Edit::Keep, Edit::Reword),
        1 => Edit::Drop,
        _ if text.ends_with('.') => Edit::Move,
        _ => Edit::Drop,
    }
}

/// The items of `text`, sentences and line breaks, such that [`join`] gives
/// `text` back.
fn split(text: &str) -> Vec<Item> {
    let mut items = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            items.push(Item::Break);
        }
        items.extend(split_line(line).into_iter().map(Item::Sentence));
    }
    items
}

/// The sentences of one line: split after `". "` unless the dot ends one of
/// [`ABBREVIATIONS`].
fn split_line(line: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut current = String::new();
    let mut pieces = line.split(". ").peekable();
    while let Some(piece) = pieces.next() {
        current.push_str(piece);
        if pieces.peek().is_none() {
            break;
        }
        if ends_with_abbreviation(&current) {
            current.push_str(". ");
        } else {
            current.push('.');
            sentences.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    sentences
}

/// Does `text` end with one of [`ABBREVIATIONS`] as a whole word?
fn ends_with_abbreviation(text: &str) -> bool {
    let last = text.rsplit(' ').next().unwrap_or(text);
    ABBREVIATIONS.contains(&last)
}

/// Sentences joined by a space on a line, lines by `\n`.
fn join(items: &[Item]) -> String {
    let mut text = String::new();
    let mut line_start = true;
    for item in items {
        match item {
            Item::Break => {
                text.push('\n');
                line_start = true;
            }
            Item::Sentence(s) => {
                if !line_start {
                    text.push(' ');
                }
                text.push_str(s);
                line_start = false;
            }
        }
    }
    text
}

/// Insert sentence `text` at a random position where it stays a sentence of
/// its own: at the start, or after a line break or a full stop.
fn insert_anywhere(rng: &mut Rng, items: &mut Vec<Item>, text: String) {
    let positions: Vec<usize> = (0..=items.len())
        .filter(|&i| i == 0 || items[i - 1].accepts_follower())
        .collect();
    let at = positions[rng.below(positions.len())];
    items.insert(at, Item::Sentence(text));
}

/// `text` with about [`REWORD_SHARE`] of its lower-case words replaced,
/// preceded by an inserted word, or deleted. Names, numbers, abbreviations,
/// the words right after them and the last word stay. `None` when nothing
/// changed.
fn reword(rng: &mut Rng, text: &str) -> Option<String> {
    let (body, stop) = match text.strip_suffix('.') {
        Some(body) => (body, "."),
        None => (text, ""),
    };
    let old: Vec<&str> = body.split(' ').collect();
    let mut new: Vec<&str> = Vec::with_capacity(old.len() + 4);
    for (i, &w) in old.iter().enumerate() {
        let editable = is_plain(w) && (i == 0 || is_plain(old[i - 1])) && i + 1 < old.len();
        if !editable || !rng.chance(REWORD_SHARE) {
            new.push(w);
            continue;
        }
        match rng.below(3) {
            0 => new.push(other_word(rng, w)),
            1 => new.extend([rng.pick(VOCABULARY), w]),
            _ => {}
        }
    }
    let mut new = new.join(" ");
    new.push_str(stop);
    (new != text).then_some(new)
}

/// Is `word` a lower-case vocabulary word (not a name, number or abbreviation)?
fn is_plain(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_lowercase())
}

/// A vocabulary word other than `word`.
fn other_word(rng: &mut Rng, word: &str) -> &'static str {
    loop {
        let w = rng.pick(VOCABULARY);
        if w != word {
            return w;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_count(text: &str) -> usize {
        split(text)
            .iter()
            .filter(|i| matches!(i, Item::Sentence(_)))
            .count()
    }

    #[test]
    fn same_seed_same_output() {
        let a = article(&mut Rng::new(42), 5_000);
        let b = article(&mut Rng::new(42), 5_000);
        assert_eq!(a, b);
        assert_ne!(a, article(&mut Rng::new(43), 5_000));
        let ra = rewrite(&mut Rng::new(1), &a, 0.3);
        let rb = rewrite(&mut Rng::new(1), &b, 0.3);
        assert_eq!(ra, rb);
    }

    #[test]
    fn article_size_is_close_to_target() {
        for seed in 0..20 {
            let len = article(&mut Rng::new(seed), 10_000).len();
            assert!((10_000..=11_000).contains(&len), "seed {seed}: {len}");
        }
    }

    #[test]
    fn zero_edit_share_keeps_the_original() {
        let original = article(&mut Rng::new(3), 20_000);
        let r = rewrite(&mut Rng::new(4), &original, 0.0);
        assert_eq!(r.text, original);
        assert_eq!((r.reworded, r.dropped, r.added, r.moved), (0, 0, 0, 0));
        assert_eq!(r.kept, sentence_count(&original));
    }

    #[test]
    fn split_and_join_round_trip() {
        let text = "Head line\nMr. Haddad said so. The U.S. plan was new.\n\nA b c.\n";
        assert_eq!(sentence_count(text), 4);
        assert_eq!(join(&split(text)), text);
    }

    /// Sentences as the crate's segmenter finds them and as [`split`] does
    /// must be the same.
    fn assert_segmenter_agrees(text: &str) {
        let doc = wirediff::Document::from_text("synth", text);
        let ours: Vec<String> = split(text)
            .into_iter()
            .filter_map(|i| match i {
                Item::Sentence(s) => Some(s),
                Item::Break => None,
            })
            .collect();
        let theirs: Vec<&str> = (0..doc.sentences.len())
            .map(|i| doc.sentence_text(i))
            .collect();
        let first_difference = ours.iter().zip(&theirs).position(|(a, b)| a != b);
        assert_eq!(
            first_difference,
            None,
            "{:?}",
            first_difference.map(|i| (&ours[i], theirs[i]))
        );
        assert_eq!(ours.len(), theirs.len());
    }

    #[test]
    fn segmenter_agrees_with_the_generator() {
        for seed in 0..4 {
            let mut rng = Rng::new(seed);
            let text = article(&mut rng, 50_000);
            assert_segmenter_agrees(&text);
            assert_segmenter_agrees(&rewrite(&mut rng, &text, 0.3).text);
        }
    }

    #[test]
    fn rewrite_counts_add_up() {
        let original = article(&mut Rng::new(5), 50_000);
        let total = sentence_count(&original);
        let r = rewrite(&mut Rng::new(6), &original, 0.3);
        assert_eq!(r.kept + r.reworded + r.dropped + r.moved, total);
        assert!(r.reworded > 0 && r.dropped > 0 && r.moved > 0 && r.added > 0);
        assert_eq!(sentence_count(&r.text), total - r.dropped + r.added);
    }

    #[test]
    fn below_stays_in_range() {
        let mut rng = Rng::new(0);
        assert_eq!(rng.below(0), 0);
        assert!((0..1000).all(|_| rng.below(7) < 7));
    }
}
