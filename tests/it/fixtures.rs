//! Behaviour on the real fixtures that a reader can check by hand.

use wirediff::{diff, DiffOptions, Document};
use wirediff::{Diff, OpKind};

use crate::util::{fixture, load, story};

fn diff_of(old: &str, new: &str) -> (Document, Document, Diff) {
    let (old, new) = (load(&story(old)), load(&story(new)));
    let d = diff(&old, &new, &DiffOptions::default());
    (old, new, d)
}

/// The op whose OLD side contains `old_words` and NEW side contains `new_words`.
fn op_between(
    old: &Document,
    new: &Document,
    d: &Diff,
    old_words: &str,
    new_words: &str,
) -> Option<OpKind> {
    d.ops
        .iter()
        .find(|op| {
            op.old
                .iter()
                .any(|&i| old.sentence_text(i).contains(old_words))
                && op
                    .new
                    .iter()
                    .any(|&j| new.sentence_text(j).contains(new_words))
        })
        .map(|op| op.kind)
}

#[test]
fn sentence_counts_per_fixture() {
    let counts: Vec<(&str, usize)> = [
        "afp-rewrite.txt",
        "bbc-rewrite.txt",
        "nbc-news.txt",
        "nyt-rewrite.txt",
        "ap-via-newspaper.txt",
    ]
    .into_iter()
    .map(|f| (f, load(&story(f)).sentences.len()))
    .collect();
    assert_eq!(
        counts,
        [
            ("afp-rewrite.txt", 13),
            ("bbc-rewrite.txt", 16),
            ("nbc-news.txt", 16),
            ("nyt-rewrite.txt", 23),
            ("ap-via-newspaper.txt", 34)
        ]
    );
}

#[test]
fn abbreviations_in_fixtures_do_not_split() {
    let ap = load(&story("ap-via-newspaper.txt"));
    let texts: Vec<&str> = (0..ap.sentences.len())
        .map(|i| ap.sentence_text(i))
        .collect();
    assert!(texts
        .iter()
        .any(|t| t.contains("from U.S. Immigration and Customs Enforcement.")));
    assert!(texts
        .iter()
        .any(|t| t.contains("attended the U.N. General Assembly in New York")));
    assert!(texts.contains(&"Featured"));
    let nyt = load(&story("nyt-rewrite.txt"));
    assert!(
        (0..nyt.sentences.len()).any(|i| nyt.sentence_text(i).ends_with("released into the U.S."))
    );
}

#[test]
fn white_house_statement_pairs_as_reworded_nbc_to_ap() {
    let (old, new, d) = diff_of("nbc-news.txt", "ap-via-newspaper.txt");
    let kind = op_between(&old, &new, &d, "Abigail Jackson", "Abigail Jackson");
    assert_eq!(kind, Some(OpKind::Reworded));
}

#[test]
fn louisiana_flight_pairs_as_reworded_nyt_and_afp() {
    let (old, new, d) = diff_of("nyt-rewrite.txt", "afp-rewrite.txt");
    assert_eq!(
        op_between(&old, &new, &d, "Louisiana", "Louisiana"),
        Some(OpKind::Reworded)
    );
    let (old, new, d) = diff_of("afp-rewrite.txt", "nyt-rewrite.txt");
    assert_eq!(
        op_between(&old, &new, &d, "Louisiana", "Louisiana"),
        Some(OpKind::Reworded)
    );
}

#[test]
fn reordered_paragraph_is_moved_not_added_and_dropped() {
    // NBC gives the 400 figure in its second paragraph, the AP after the
    // White House statement.
    let (old, new, d) = diff_of("nbc-news.txt", "ap-via-newspaper.txt");
    assert_eq!(
        op_between(&old, &new, &d, "about 400 Iranians", "As many as 400"),
        Some(OpKind::Moved)
    );
}

#[test]
fn teaser_at_the_end_of_the_ap_copy_is_added() {
    let (_, new, d) = diff_of("nbc-news.txt", "ap-via-newspaper.txt");
    let featured = (0..new.sentences.len())
        .find(|&j| new.sentence_text(j) == "Featured")
        .expect("Featured is a unit");
    let op = d
        .ops
        .iter()
        .find(|op| op.new.contains(&featured))
        .expect("an op");
    assert_eq!(op.kind, OpKind::Added);
}

#[test]
fn subhead_does_not_pair_with_a_body_sentence() {
    let (old, new, d) = diff_of("afp-rewrite.txt", "nyt-rewrite.txt");
    let subhead = (0..old.sentences.len())
        .find(|&i| old.sentence_text(i).starts_with("Deportation to Countries"))
        .expect("subhead is a unit");
    let op = d
        .ops
        .iter()
        .find(|op| op.old.contains(&subhead))
        .expect("an op");
    assert_eq!(
        op.kind,
        OpKind::Dropped,
        "{op:?} pairs with {:?}",
        op.new
            .iter()
            .map(|&j| new.sentence_text(j))
            .collect::<Vec<_>>()
    );
}

#[test]
fn merged_sentences_are_one_op() {
    let old = load(&fixture("tricky/split-old.txt"));
    let new = load(&fixture("tricky/merged-new.txt"));
    let d = diff(&old, &new, &DiffOptions::default());
    let kinds: Vec<OpKind> = d.ops.iter().map(|op| op.kind).collect();
    assert_eq!(kinds, [OpKind::Equal, OpKind::Merged]);
    assert_eq!(d.ops[1].old, [1, 2]);
    let back = diff(&new, &old, &DiffOptions::default());
    let kinds: Vec<OpKind> = back.ops.iter().map(|op| op.kind).collect();
    assert_eq!(kinds, [OpKind::Equal, OpKind::Split]);
    assert_eq!(back.ops[1].new, [1, 2]);
}

#[test]
fn every_sentence_appears_in_exactly_one_op() {
    let names = [
        "afp-rewrite.txt",
        "bbc-rewrite.txt",
        "nbc-news.txt",
        "nyt-rewrite.txt",
        "ap-via-newspaper.txt",
    ];
    for a in names {
        for b in names {
            let (old, new, d) = diff_of(a, b);
            let mut seen_old = vec![0; old.sentences.len()];
            let mut seen_new = vec![0; new.sentences.len()];
            for op in &d.ops {
                op.old.iter().for_each(|&i| seen_old[i] += 1);
                op.new.iter().for_each(|&j| seen_new[j] += 1);
            }
            assert!(
                seen_old.iter().chain(&seen_new).all(|&n| n == 1),
                "{a} vs {b}"
            );
        }
    }
}

#[test]
fn stricter_threshold_pairs_fewer_sentences() {
    let (old, new) = (
        load(&story("nbc-news.txt")),
        load(&story("ap-via-newspaper.txt")),
    );
    let loose = diff(
        &old,
        &new,
        &DiffOptions {
            min_similarity: 0.2,
        },
    );
    let strict = diff(
        &old,
        &new,
        &DiffOptions {
            min_similarity: 0.8,
        },
    );
    assert!(strict.summary.added > loose.summary.added);
    assert!(strict.summary.derived_share < loose.summary.derived_share);
}

#[test]
fn unrelated_story_derives_nothing() {
    let unrelated = Document::from_text(
        "council.txt",
        "City Council Approves New Budget\nThe city council voted 7-2 on Monday to approve a $4.1 billion budget, officials said.\nThe plan raises spending on parks by 6% and adds 120 new police officers, according to the mayor's office.\nThe council will hold a public hearing on the housing plan next month.\n",
    );
    for name in [
        "afp-rewrite.txt",
        "bbc-rewrite.txt",
        "nbc-news.txt",
        "nyt-rewrite.txt",
        "ap-via-newspaper.txt",
    ] {
        let d = diff(&load(&story(name)), &unrelated, &DiffOptions::default());
        assert!(d.summary.derived_share < 0.05, "{name}: {:?}", d.summary);
    }
}
