//! Invented names and numbers of a story, and the words every story may share.

use super::*;

/// A uniformly chosen element of `items`, `None` when it is empty.
pub(super) fn pick_owned<'a>(rng: &mut Rng, items: &'a [String]) -> Option<&'a str> {
    items.get(rng.below(items.len())).map(String::as_str)
}

/// A number as news copy writes it: `120`, `1,710`, `41%` or a year.
pub(super) fn story_number(rng: &mut Rng) -> String {
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
pub(super) fn invented_name(
    rng: &mut Rng,
    taken: &mut HashSet<String>,
    coda_chance: f64,
) -> String {
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
pub(super) fn acceptable_name(name: &str) -> bool {
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
pub(super) fn name_key(name: &str) -> String {
    let probe = format!("x {name}");
    match tokenize::tokens(&probe, 0, &Lexicon::english()).as_slice() {
        [_, t] => t.key.clone(),
        _ => name.to_lowercase(),
    }
}

/// Comparison keys of every word a story may share with others: the
/// vocabulary, synonyms, shared names, surnames and weekdays.
pub(super) fn reserved_keys() -> &'static HashSet<String> {
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
pub(super) fn shorten(mut headline: String) -> String {
    while headline.chars().count() > HEADLINE_MAX_CHARS {
        match headline.rfind(' ') {
            Some(at) => headline.truncate(at),
            None => break,
        }
    }
    headline
}
