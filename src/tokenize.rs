//! Words and their normalised comparison keys.
//!
//! A comparison token is a Unicode word (UAX #29 word boundaries) with a
//! *key*: case-folded, curly and straight quotes unified, possessive `'s`
//! dropped, numbers kept whole (`1,710` → `1710`, `41%` → `41`), initialisms
//! without dots (`U.S.` and `US` → `us`), small number words as digits
//! (`two` → `2`), and light suffixes stripped so that `deported`, `deportation`
//! and `deportees` all meet at `deport`.

use unicode_segmentation::UnicodeSegmentation;

use crate::model::Span;

/// What kind of word a token is; names and numbers are anchors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// An ordinary word.
    Word,
    /// A capitalised word not at the start of its sentence, or an initialism.
    Name,
    /// A word containing a digit.
    Number,
}

/// One comparison token of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where the word lies (in the coordinates of the text given to [`tokens`],
    /// shifted by its `offset`).
    pub span: Span,
    /// The normalised comparison key.
    pub key: String,
    /// Word, name or number.
    pub kind: TokenKind,
    /// True for function words (`the`, `of`, `said`…), which carry little content.
    pub stop: bool,
}

/// The comparison tokens of `text`, whose first byte is at `offset` in its document.
///
/// ```
/// let keys: Vec<String> = wirediff::tokenize::tokens("The U.S. deported 1,710 deportees’", 0)
///     .into_iter()
///     .map(|t| t.key)
///     .collect();
/// assert_eq!(keys, ["the", "us", "deport", "1710", "deport"]);
/// ```
pub fn tokens(text: &str, offset: usize) -> Vec<Token> {
    let mut out = Vec::new();
    for (start, word) in text.split_word_bound_indices() {
        if !word.chars().any(char::is_alphanumeric) {
            continue;
        }
        let span = Span::new(offset + start, offset + start + word.len());
        let first = out.is_empty();
        out.push(token(word, span, first));
    }
    out
}

fn token(word: &str, span: Span, sentence_start: bool) -> Token {
    let folded = fold_quotes(word);
    let bare = strip_possessive(&folded);
    if bare.chars().any(|c| c.is_ascii_digit()) {
        let key = bare.replace(',', "");
        return Token {
            span,
            key,
            kind: TokenKind::Number,
            stop: false,
        };
    }
    if is_initialism(bare) {
        let key: String = bare
            .chars()
            .filter(|&c| c != '.')
            .flat_map(char::to_lowercase)
            .collect();
        return Token {
            span,
            key,
            kind: TokenKind::Name,
            stop: false,
        };
    }
    let lower = bare.to_lowercase();
    if let Some(digits) = number_word(&lower) {
        return Token {
            span,
            key: digits.to_string(),
            kind: TokenKind::Number,
            stop: false,
        };
    }
    let stop = is_stopword(&lower);
    let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
    let kind = if capitalised && !sentence_start && !stop {
        TokenKind::Name
    } else {
        TokenKind::Word
    };
    let key = if stop { lower } else { stem(&lower) };
    Token {
        span,
        key,
        kind,
        stop,
    }
}

/// Replace curly quotes, primes and similar marks by `'` and `"`.
pub fn fold_quotes(word: &str) -> std::borrow::Cow<'_, str> {
    if !word.contains(is_quote_variant) {
        return word.into();
    }
    word.chars()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' | '`' | '´' | '′' | '‚' | '‛' => '\'',
            '“' | '”' | '„' | '‟' | '″' | '«' | '»' => '"',
            c => c,
        })
        .collect::<String>()
        .into()
}

fn is_quote_variant(c: char) -> bool {
    matches!(
        c,
        '’' | '‘'
            | 'ʼ'
            | '`'
            | '´'
            | '′'
            | '‚'
            | '‛'
            | '“'
            | '”'
            | '„'
            | '‟'
            | '″'
            | '«'
            | '»'
    )
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("'S"))
        .or_else(|| word.strip_suffix('\''))
        .filter(|w| !w.is_empty())
        .unwrap_or(word)
}

/// `U.S`, `L.G.B.T.Q`, `US`, `NYT`, `ICE`: letters with dots between them, or
/// two to six capitals.
fn is_initialism(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if word.contains('.') {
        return letters >= 2 && word.chars().all(|c| c.is_alphabetic() || c == '.');
    }
    (2..=6).contains(&letters) && word.chars().all(char::is_uppercase)
}

fn number_word(lower: &str) -> Option<u32> {
    const WORDS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    // "one" is too often a pronoun ("one official said") to count as 1.
    WORDS
        .iter()
        .position(|w| *w == lower)
        .filter(|&n| n != 1)
        .map(|n| n as u32)
}

/// Light suffix stripping: one suffix, longest first, keeping a stem of at
/// least three letters. Consistency matters more than linguistics: both sides
/// of a comparison are stemmed the same way.
///
/// ```
/// use wirediff::tokenize::stem;
/// assert_eq!(stem("deported"), "deport");
/// assert_eq!(stem("deportation"), "deport");
/// assert_eq!(stem("deportees"), "deport");
/// assert_eq!(stem("countries"), "country");
/// ```
pub fn stem(word: &str) -> String {
    const SUFFIXES: &[(&str, &str)] = &[
        ("izations", "ize"),
        ("ization", "ize"),
        ("ations", ""),
        ("ation", ""),
        ("ments", ""),
        ("ment", ""),
        ("ings", ""),
        ("ing", ""),
        ("ies", "y"),
        ("ied", "y"),
        ("ees", ""),
        ("ee", ""),
        ("edly", ""),
        ("ed", ""),
        ("ly", ""),
        ("es", ""),
        ("s", ""),
    ];
    for (suffix, replacement) in SUFFIXES {
        let Some(base) = word.strip_suffix(suffix) else {
            continue;
        };
        if base.chars().count() < 3 || !base.chars().any(is_vowel) {
            continue;
        }
        if *suffix == "s" && (base.ends_with('s') || base.ends_with('u') || base.ends_with('i')) {
            continue;
        }
        if *suffix == "es" && !base.ends_with(['s', 'x', 'z', 'h']) {
            // "issues" -> "issu" would miss "issue"; strip only the "s".
            return format!("{}e", base);
        }
        let mut out = format!("{base}{replacement}");
        undouble(&mut out);
        return out;
    }
    word.to_string()
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// `stopped` → `stopp` → `stop`.
fn undouble(stem: &mut String) {
    let bytes = stem.as_bytes();
    let n = bytes.len();
    let last = bytes.get(n.wrapping_sub(1)).copied().unwrap_or(b'a');
    let doubled = n >= 4 && last == bytes[n - 2] && !matches!(last, b'l' | b's' | b'z');
    if doubled && last.is_ascii_alphabetic() && !is_vowel(last as char) {
        stem.pop();
    }
}

/// Function words that carry little content, plus the reporting verbs every
/// news sentence has.
pub fn is_stopword(lower: &str) -> bool {
    STOPWORDS.binary_search(&lower).is_ok()
}

/// Sorted, for binary search.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "would",
    "yet",
    "you",
    "your",
    "yours",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        tokens(text, 0).into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn stopwords_are_sorted() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn quotes_and_possessives_are_unified() {
        assert_eq!(
            keys("Trump’s Trump's migrants’"),
            ["trump", "trump", "migrant"]
        );
    }

    #[test]
    fn numbers_stay_whole() {
        assert_eq!(
            keys("1,710 people, 41% and 10.5 in 2024"),
            ["1710", "people", "41", "and", "10.5", "in", "2024"]
        );
        assert_eq!(keys("two dozen"), ["2", "dozen"]);
    }

    #[test]
    fn initialisms_meet() {
        assert_eq!(keys("U.S. US"), ["us", "us"]);
        let toks = tokens("He told the U.S. officials", 0);
        assert_eq!(toks[3].kind, TokenKind::Name);
    }

    #[test]
    fn deport_family_meets() {
        assert_eq!(
            keys("deported deportation deportees deporting deports"),
            ["deport"; 5]
        );
    }

    #[test]
    fn names_are_capitalised_words_after_the_first() {
        let toks = tokens("Officials in Tehran said", 0);
        assert_eq!(toks[0].kind, TokenKind::Word);
        assert_eq!(toks[2].kind, TokenKind::Name);
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "Iran’s 120 nationals";
        for t in tokens(text, 10) {
            assert!(text[t.span.start - 10..t.span.end - 10]
                .chars()
                .any(char::is_alphanumeric));
        }
    }
}
