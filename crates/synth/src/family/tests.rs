//! Tests of the story generator: fact truth against the real segmenter,
//! edit counts, determinism, unrelated stories.

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
    assert!(m.text == "It rained, and the talks ended." || m.text == "It rained; the talks ended.");
    assert_eq!(m.facts, [1, 2]);
}
