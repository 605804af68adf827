//! [`WordSet`]: a set of words read from a lexicon list, looked up by `&str`.

use std::collections::HashSet;

use serde::Deserialize;

/// A set of words or phrases, written in a lexicon file as a JSON list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(from = "Vec<String>")]
pub struct WordSet(HashSet<String>);

impl WordSet {
    /// Is `word` in the set (exactly as written)?
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }

    /// The words, in no particular order.
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
    fn from(words: Vec<String>) -> Self {
        WordSet(words.into_iter().collect())
    }
}

impl<'a> FromIterator<&'a str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Self {
        WordSet(iter.into_iter().map(str::to_string).collect())
    }
}
