//! Credits: the outlet or institution a statement is credited to (`told
//! the Tasnim news agency`, `state television said`), by the attribution
//! cues of the built-in registry. Two versions that credit the same words
//! to different sources changed the speaker.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::{Flag, FlagKind, Side};
use crate::attribution::cues::cues;
use crate::attribution::outlets::Registry;
use crate::lexicon::Lexicon;
use crate::span::Span;

/// The built-in registry, read once.
fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(Registry::builtin)
}

/// Is `word` (lower case) a word of some outlet's or institution's name in
/// the built-in registry, other than a function word of `lex` (`the` of
/// `The New York Times` names nothing)? A pair whose changed words hold
/// none credits the same names on both sides.
pub(super) fn names_a_source(word: &str, lex: &Lexicon) -> bool {
    if lex.words.stop_words.contains(word) {
        return false;
    }
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            registry()
                .outlets
                .iter()
                .flat_map(|o| o.aliases.iter().chain([&o.name]))
                .flat_map(|a| a.split(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        })
        .contains(word)
}

/// The credits of a side: (outlet, cue span in document coordinates).
fn credits(side: &Side, lex: &Lexicon) -> Vec<(usize, Span)> {
    let r = registry();
    cues(side.text, Span::new(0, side.text.len()), r, &lex.cues, None)
        .into_iter()
        .filter(|c| c.role.credits())
        .map(|c| {
            let at = side.span.start;
            (c.outlet, Span::new(at + c.span.start, at + c.span.end))
        })
        .collect()
}

/// The speaker changed: both versions credit someone, and no one in common.
pub(super) fn changed(a: &Side, b: &Side, lex: &Lexicon) -> Vec<Flag> {
    let ca = a.credits.get_or_init(|| credits(a, lex));
    let cb = b.credits.get_or_init(|| credits(b, lex));
    let shared = ca.iter().any(|x| cb.iter().any(|y| y.0 == x.0));
    match (ca.first(), cb.first()) {
        (Some(&(oa, sa)), Some(&(ob, sb))) if !shared => {
            let r = registry();
            vec![Flag {
                kind: FlagKind::Speaker,
                old: sa,
                new: sb,
                detail: format!("{} → {}", r.outlets[oa].label(), r.outlets[ob].label()),
            }]
        }
        _ => Vec::new(),
    }
}
