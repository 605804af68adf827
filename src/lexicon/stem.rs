//! [`Stems`]: suffix rules, read from a lexicon, that bring a word's forms to
//! one comparison key (`deported`, `deportation`, `deportees` → `deport`).

use serde::Deserialize;

/// A handful of letters, written in a lexicon file as a string (`"aeiouy"`);
/// looked up without the cost of a string search, since stemming asks for
/// every word.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(from = "String")]
pub struct Letters(Vec<char>);

impl Letters {
    /// Is `c` one of the letters?
    pub fn contains(&self, c: char) -> bool {
        self.0.contains(&c)
    }
}

impl From<String> for Letters {
    fn from(s: String) -> Self {
        Letters(s.chars().collect())
    }
}

/// One suffix rule: a word ending in `suffix` becomes its stem plus `replace`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StemRule {
    /// The ending to strip.
    pub suffix: String,
    /// What replaces it.
    pub replace: String,
    /// The rule applies only when the stem ends with one of these letters.
    #[serde(default)]
    pub after: Option<Letters>,
    /// The rule does not apply when the stem ends with one of these letters.
    #[serde(default)]
    pub not_after: Option<Letters>,
    /// Undo a doubled final consonant afterwards (`stopp` → `stop`); default true.
    #[serde(default = "yes")]
    pub undouble: bool,
}

fn yes() -> bool {
    true
}

/// Light suffix stripping: the first rule that applies, keeping a stem of at
/// least `min_stem` letters with a vowel in it. Consistency matters more than
/// linguistics: both sides of a comparison are stemmed the same way.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stems {
    /// Least number of letters a stem keeps.
    pub min_stem: usize,
    /// The language's vowels (a stem needs one).
    pub vowels: Letters,
    /// Doubled letters that stay doubled (`ll` in `called`).
    pub keep_doubled: Letters,
    /// The rules, tried in order (put longer suffixes first).
    pub rules: Vec<StemRule>,
}

impl Stems {
    /// The stem of `word` (lower case).
    pub fn stem(&self, word: &str) -> String {
        for rule in &self.rules {
            let Some(base) = word.strip_suffix(rule.suffix.as_str()) else {
                continue;
            };
            if base.chars().count() < self.min_stem || !base.chars().any(|c| self.is_vowel(c)) {
                continue;
            }
            let last = base.chars().next_back();
            let ends_in = |letters: &Option<Letters>| {
                letters
                    .as_ref()
                    .map(|l| last.is_some_and(|c| l.contains(c)))
            };
            if ends_in(&rule.after) == Some(false) || ends_in(&rule.not_after) == Some(true) {
                continue;
            }
            let mut out = format!("{base}{}", rule.replace);
            if rule.undouble {
                self.undouble(&mut out);
            }
            return out;
        }
        word.to_string()
    }

    fn is_vowel(&self, c: char) -> bool {
        self.vowels.contains(c)
    }

    /// `stopped` → `stopp` → `stop`.
    fn undouble(&self, stem: &mut String) {
        let mut tail = stem.chars().rev();
        let (Some(last), Some(before)) = (tail.next(), tail.next()) else {
            return;
        };
        let doubled = last == before && stem.chars().count() >= 4;
        if doubled
            && last.is_alphabetic()
            && !self.is_vowel(last)
            && !self.keep_doubled.contains(last)
        {
            stem.pop();
        }
    }
}
