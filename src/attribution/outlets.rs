//! The outlet registry: news organisations and institutions a story can
//! credit, with the names they go by.
//!
//! The built-in list is `outlets.json`, embedded in the binary. Users add
//! entries or override built-in ones (same `id`) with a file of the same
//! form (`--outlets FILE`):
//!
//! ```text
//! [{"id": "kurier", "name": "Kurier", "kind": "newspaper", "aliases": ["Kurier"]}]
//! ```
//!
//! `kind` is `wire`, `newspaper`, `broadcaster`, `institution` (a
//! government body or organisation whose own statements are a source, such
//! as the White House) or `data` (a source of figures, cited but never an
//! origin); `trace` adds the `person`s and `organization`s it finds making
//! statements in the documents (see [`crate::provenance::statements`]); `label`
//! (optional) is the short tag of text output. Aliases match
//! whole words, case-sensitively, longest first.

use aho_corasick::AhoCorasick;
use serde::{Deserialize, Serialize};

use crate::model::Span;

const BUILTIN: &str = include_str!("outlets.json");

/// One outlet or institution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outlet {
    /// Short stable id (`nyt`, `ap`, `state-tv`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Short label for text output (`State TV`); by default the id in
    /// capitals for up to four letters, else the first word of the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `wire`, `newspaper`, `broadcaster`, `institution` or `data`.
    pub kind: String,
    /// Names it goes by in text, matched as whole words.
    pub aliases: Vec<String>,
}

impl Outlet {
    /// An institution of the registry (a government body or organisation
    /// whose own statements are a source), not a news organisation.
    pub fn is_institution(&self) -> bool {
        self.kind == "institution"
    }

    /// A speaker: an institution, or a person or organisation `trace` found
    /// making statements in the documents (kinds `person`, `private`,
    /// `organization`).
    pub fn is_speaker(&self) -> bool {
        matches!(
            self.kind.as_str(),
            "institution" | "person" | "private" | "organization"
        )
    }

    /// A private person the text describes by a private role (a resident, a
    /// teacher, a witness): what they say they said to the writer, whose
    /// reporting it is.
    pub fn is_private(&self) -> bool {
        self.kind == "private"
    }

    /// A person or organisation found in the documents, not in the registry.
    pub fn is_discovered(&self) -> bool {
        matches!(self.kind.as_str(), "person" | "private" | "organization")
    }

    /// A source of figures (a data clearinghouse): cited, never an origin.
    pub fn is_data(&self) -> bool {
        self.kind == "data"
    }

    /// Short label for text output: [`Outlet::label`] when set, else the id
    /// in capitals for up to four letters (`NYT`, `AP`), else the first word
    /// of the name.
    pub fn label(&self) -> String {
        if let Some(label) = &self.label {
            return label.clone();
        }
        if self.id.len() <= 4 && !self.id.contains('-') {
            self.id.to_uppercase()
        } else {
            self.name
                .trim_start_matches("The ")
                .split_whitespace()
                .next()
                .unwrap_or(&self.id)
                .to_string()
        }
    }
}

/// A mention of an outlet in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Where the alias stands in the text.
    pub span: Span,
    /// Index of the outlet in the registry.
    pub outlet: usize,
}

/// The outlets wirediff knows.
#[derive(Debug, Clone)]
pub struct Registry {
    /// The outlets, in registry order.
    pub outlets: Vec<Outlet>,
    /// (alias, outlet index), longest alias first.
    aliases: Vec<(String, usize)>,
    /// All aliases at once (pattern `k` is `aliases[k]`), so a sentence is
    /// scanned once whatever the size of the registry.
    scanner: AhoCorasick,
}

impl PartialEq for Registry {
    fn eq(&self, other: &Self) -> bool {
        self.outlets == other.outlets && self.aliases == other.aliases
    }
}

impl Eq for Registry {}

impl Registry {
    /// The built-in registry.
    pub fn builtin() -> Self {
        // The embedded list is checked by a unit test; an empty registry is
        // the fallback that can never happen.
        Registry::new(serde_json::from_str(BUILTIN).unwrap_or_default())
    }

    /// A registry of `outlets`.
    pub fn new(outlets: Vec<Outlet>) -> Self {
        let mut aliases: Vec<(String, usize)> = outlets
            .iter()
            .enumerate()
            .flat_map(|(i, o)| o.aliases.iter().map(move |a| (a.clone(), i)))
            .filter(|(a, _)| !a.is_empty())
            .collect();
        aliases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        // Building fails only past the automaton's size limits, far beyond
        // any list of outlets; an empty scanner then finds nothing.
        let scanner = AhoCorasick::new(aliases.iter().map(|(a, _)| a.as_str()))
            .or_else(|_| AhoCorasick::new(std::iter::empty::<&str>()))
            .expect("an empty automaton always builds");
        Registry {
            outlets,
            aliases,
            scanner,
        }
    }

    /// Add the outlets of a JSON list (see the module doc); an entry with
    /// the id of a known outlet replaces it.
    pub fn extend_from_json(&mut self, json: &str) -> Result<(), String> {
        // The list alone, or `wirediff outlets --format json`'s object.
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Form {
            List(Vec<Outlet>),
            Listed { outlets: Vec<Outlet> },
        }
        let extra = match serde_json::from_str::<Form>(json) {
            Ok(Form::List(v) | Form::Listed { outlets: v }) => v,
            Err(_) => {
                // Say what is wrong with the list, the form people write.
                let e = serde_json::from_str::<Vec<Outlet>>(json).err();
                return Err(e.map_or("not a list of outlets".into(), |e| e.to_string()));
            }
        };
        let mut outlets = std::mem::take(&mut self.outlets);
        for o in extra {
            if o.id.is_empty() {
                return Err("an outlet has an empty id".into());
            }
            match outlets.iter_mut().find(|x| x.id == o.id) {
                Some(known) => *known = o,
                None => outlets.push(o),
            }
        }
        *self = Registry::new(outlets);
        Ok(())
    }

    /// This registry with `extra` outlets appended (the known ones keep
    /// their indexes).
    pub fn with(&self, extra: Vec<Outlet>) -> Registry {
        if extra.is_empty() {
            return self.clone();
        }
        let mut outlets = self.outlets.clone();
        outlets.extend(extra);
        Registry::new(outlets)
    }

    /// The index of the outlet with this id.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.outlets.iter().position(|o| o.id == id)
    }

    /// The outlet a person or a file names `name`: its id, else its name or
    /// one of its aliases, ignoring case.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        self.find(name).or_else(|| {
            self.outlets.iter().position(|o| {
                o.id.eq_ignore_ascii_case(name)
                    || o.name.eq_ignore_ascii_case(name)
                    || o.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
            })
        })
    }

    /// Mentions of outlets in `text[span]`, in order, not overlapping
    /// (longest alias first at each place).
    pub fn mentions(&self, text: &str, span: Span) -> Vec<Mention> {
        let hay = &text[span.range()];
        let mut hits: Vec<(usize, usize, usize)> = self
            .scanner
            .find_overlapping_iter(hay)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .filter(|&(k, start, end)| word_bounded(hay, start, end, &self.aliases[k].0))
            .collect();
        // Longest alias first, then by place: the order a scan alias by
        // alias would take them.
        hits.sort_unstable();
        let mut found: Vec<Mention> = Vec::new();
        for (k, start, end) in hits {
            let abs = Span::new(span.start + start, span.start + end);
            if found
                .iter()
                .all(|m| m.span.end <= abs.start || abs.end <= m.span.start)
            {
                found.push(Mention {
                    span: abs,
                    outlet: self.aliases[k].1,
                });
            }
        }
        found.sort_by_key(|m| m.span.start);
        found
    }
}

/// Is `hay[start..end]` a whole word (or a bracketed alias like `(AP)`)?
fn word_bounded(hay: &str, start: usize, end: usize, alias: &str) -> bool {
    let before = hay[..start].chars().next_back();
    let after = hay[end..].chars().next();
    let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
    let first_is_word = alias.chars().next().is_some_and(char::is_alphanumeric);
    let last_is_word = alias.chars().next_back().is_some_and(char::is_alphanumeric);
    (!first_is_word || edge(before)) && (!last_is_word || edge(after))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_registry_parses() {
        let json: Vec<Outlet> = serde_json::from_str(BUILTIN).expect("outlets.json parses");
        assert!(json.len() >= 30);
        let r = Registry::builtin();
        for id in [
            "nyt",
            "ap",
            "reuters",
            "afp",
            "tasnim",
            "bbc",
            "nbc",
            "cnn",
            "cbs",
            "state-tv",
            "white-house",
            "un",
        ] {
            assert!(r.find(id).is_some(), "{id}");
        }
    }

    #[test]
    fn mentions_are_whole_words_longest_first() {
        let r = Registry::builtin();
        let text =
            "TEHRAN (AP) — The New York Times said; CAPTAIN said; told the Tasnim news agency.";
        let ids: Vec<&str> = r
            .mentions(text, Span::new(0, text.len()))
            .iter()
            .map(|m| r.outlets[m.outlet].id.as_str())
            .collect();
        assert_eq!(ids, ["ap", "nyt", "tasnim"]);
    }

    #[test]
    fn user_entries_add_and_override() {
        let mut r = Registry::builtin();
        r.extend_from_json(
            r#"[{"id": "nyt", "name": "NYT Co", "kind": "newspaper", "aliases": ["Gray Lady"]},
                {"id": "kurier", "name": "Kurier", "kind": "newspaper", "aliases": ["Kurier"]}]"#,
        )
        .expect("valid");
        let text = "the Gray Lady and Kurier";
        let n = r.mentions(text, Span::new(0, text.len()));
        assert_eq!(n.len(), 2);
        assert_eq!(r.outlets[n[0].outlet].name, "NYT Co");
        assert!(r.extend_from_json("[{").is_err());
    }
}
