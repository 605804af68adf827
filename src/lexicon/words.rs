//! [`WordSet`]: a set of words read from a lexicon list, looked up by `&str`.

use serde::Deserialize;

/// A set of words or phrases, written in a lexicon file as a JSON list.
/// Kept sorted: a lookup is a binary search, as fast as the hot path of
/// tokenizing needs (no hashing of every word).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(from = "Vec<String>")]
pub struct WordSet(Vec<String>);

impl WordSet {
    /// Is `word` in the set (exactly as written)?
    pub fn contains(&self, word: &str) -> bool {
        self.0.binary_search_by(|w| w.as_str().cmp(word)).is_ok()
    }

    /// The words, sorted.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Vec<String>> for WordSet {
    fn from(mut words: Vec<String>) -> Self {
        words.sort_unstable();
        words.dedup();
        WordSet(words)
    }
}

impl<'a> FromIterator<&'a str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Self {
        WordSet::from(iter.into_iter().map(str::to_string).collect::<Vec<_>>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_find_exactly_the_words_given() {
        let set: WordSet = ["said", "told", "added", "said"].into_iter().collect();
        assert_eq!(set.len(), 3);
        assert!(set.contains("told"));
        assert!(!set.contains("tol"));
        assert!(!set.contains("Told"));
    }
}
