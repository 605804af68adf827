//! Words and their normalised comparison keys.
//!
//! A comparison token is a Unicode word (UAX #29 word boundaries) with a
//! *key*: case-folded, curly and straight quotes unified, possessive `'s`
//! dropped, numbers kept whole (`1,710` → `1710`, `41%` → `41`), initialisms
//! without dots (`U.S.` and `US` → `us`), small number words as digits
//! (`two` → `2`), and light suffixes stripped so that `deported`, `deportation`
//! and `deportees` all meet at `deport`.

use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon::{Lexicon, Words};
use crate::span::Span;

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

/// The comparison tokens of `text`, whose first byte is at `offset` in its
/// document, with the stop words, number words and suffix rules of `lexicon`.
///
/// ```
/// let en = wirediff::Lexicon::english();
/// let keys: Vec<String> = wirediff::tokenize::tokens("The U.S. deported 1,710 deportees’", 0, &en)
///     .into_iter()
///     .map(|t| t.key)
///     .collect();
/// assert_eq!(keys, ["the", "us", "deport", "1710", "deport"]);
/// ```
pub fn tokens(text: &str, offset: usize, lexicon: &Lexicon) -> Vec<Token> {
    let words = &lexicon.words;
    let mut out = Vec::new();
    for (start, word) in text.split_word_bound_indices() {
        if !word.chars().any(char::is_alphanumeric) {
            continue;
        }
        let span = Span::new(offset + start, offset + start + word.len());
        let first = out.is_empty();
        out.push(token(word, span, first, words));
    }
    out
}

/// The comparison token of one word (not at a sentence start), for callers
/// that have split the words already.
pub(crate) fn token_of(word: &str, span: Span, lexicon: &Lexicon) -> Token {
    token(word, span, false, &lexicon.words)
}

fn token(word: &str, span: Span, sentence_start: bool, words: &Words) -> Token {
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
    if let Some(value) = words.number_words.get(lower.as_str()) {
        return Token {
            span,
            key: value.to_string(),
            kind: TokenKind::Number,
            stop: false,
        };
    }
    let stop = words.stop_words.contains(&lower);
    let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
    let kind = if capitalised && !sentence_start && !stop {
        TokenKind::Name
    } else {
        TokenKind::Word
    };
    let key = if stop {
        lower
    } else {
        words.stems.stem(&lower)
    };
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

/// Light suffix stripping by the rules of the English lexicon (see
/// [`crate::lexicon::Stems`]).
///
/// ```
/// use wirediff::tokenize::stem;
/// assert_eq!(stem("deported"), "deport");
/// assert_eq!(stem("deportation"), "deport");
/// assert_eq!(stem("deportees"), "deport");
/// assert_eq!(stem("countries"), "country");
/// ```
pub fn stem(word: &str) -> String {
    Lexicon::english().words.stems.stem(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        en(text, 0).into_iter().map(|t| t.key).collect()
    }

    fn en(text: &str, offset: usize) -> Vec<Token> {
        tokens(text, offset, &Lexicon::english())
    }

    #[test]
    fn one_is_a_pronoun_not_a_number() {
        assert_eq!(keys("one official"), ["one", "official"]);
    }

    #[test]
    fn german_words_meet_by_the_german_rules() {
        let de = Lexicon::load("de", None).unwrap();
        let keys: Vec<String> = tokens("Die Abschiebungen zwei", 0, &de)
            .into_iter()
            .map(|t| t.key)
            .collect();
        assert_eq!(keys, ["die", "abschieb", "2"]);
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
        let toks = en("He told the U.S. officials", 0);
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
        let toks = en("Officials in Tehran said", 0);
        assert_eq!(toks[0].kind, TokenKind::Word);
        assert_eq!(toks[2].kind, TokenKind::Name);
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "Iran’s 120 nationals";
        for t in en(text, 10) {
            assert!(text[t.span.start - 10..t.span.end - 10]
                .chars()
                .any(char::is_alphanumeric));
        }
    }
}
