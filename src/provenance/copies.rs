//! Which documents are copies of one text: a rewrite keeps most of its
//! source's sentences, each close to its original, where an independent
//! report of the same event shares facts in other words.
//!
//! Two documents are *copies* when at least [`MIN_CLOSE`] sentences of one
//! of them, and at least [`MIN_SHARE`] of its story sentences, stand in a
//! passage with a sentence of the other at a similarity of at least
//! [`CLOSE`]. Provenance then reads a paraphrased sentence of a copy as
//! copied, not only a near-verbatim one.

use std::collections::HashMap;

use crate::align::Alignment;
use crate::similarity::Profiles;

/// Least similarity of two sentences of two documents for them to be close.
pub const CLOSE: f32 = 0.5;
/// Least number of close sentences for a copy.
pub const MIN_CLOSE: usize = 4;
/// Least share of a document's story sentences that must be close to the other's.
pub const MIN_SHARE: f32 = 0.5;

/// `copies[d]`: the documents that document `d` is a copy of, or that are
/// copies of it (ascending), among the documents of `alignment`.
/// `furniture[d][s]` marks page furniture, which does not count.
pub(super) fn copies(
    alignment: &Alignment,
    profiles: &Profiles,
    furniture: &[Vec<bool>],
) -> Vec<Vec<usize>> {
    let n = furniture.len();
    // close[(d, m)]: sentences of d close to a sentence of m.
    let mut close: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for passage in &alignment.passages {
        for a in &passage.members {
            for b in passage.members.iter().filter(|b| b.doc != a.doc) {
                let story = !furniture[a.doc][a.sentence] && !furniture[b.doc][b.sentence];
                if story
                    && profiles
                        .sentence_similarity(a.doc, a.sentence, b.doc, b.sentence)
                        .score
                        >= CLOSE
                {
                    close.entry((a.doc, b.doc)).or_default().push(a.sentence);
                }
            }
        }
    }
    let story_len: Vec<usize> = furniture
        .iter()
        .map(|f| f.iter().filter(|&&x| !x).count())
        .collect();
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); n];
    for ((d, m), mut sentences) in close {
        sentences.sort_unstable();
        sentences.dedup();
        let k = sentences.len();
        if k >= MIN_CLOSE && k as f32 >= MIN_SHARE * story_len[d] as f32 {
            out[d].push(m);
            out[m].push(d);
        }
    }
    for copies in &mut out {
        copies.sort_unstable();
        copies.dedup();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{align, AlignOptions};
    use crate::model::Document;

    fn copies_of(texts: &[&str]) -> Vec<Vec<usize>> {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::from_text(format!("d{i}"), *t))
            .collect();
        let alignment = align(&docs, &AlignOptions::default());
        let refs: Vec<&Document> = docs.iter().collect();
        let profiles = Profiles::build(&refs);
        let furniture: Vec<Vec<bool>> = docs
            .iter()
            .map(|d| vec![false; d.sentences.len()])
            .collect();
        copies(&alignment, &profiles, &furniture)
    }

    const SOURCE: &str = "A ferry carrying 212 passengers sank off Palawan on Sunday.\n\n\
        Coast guard divers pulled 180 survivors from the water near Coron.\n\n\
        The vessel left Puerto Princesa before dawn despite a storm warning.\n\n\
        Relatives gathered at the pier in Coron waiting for news of 32 missing.\n\n\
        The operator, Sulu Star Lines, had two earlier accidents in 2019.\n";
    const REWRITE: &str = "A ferry with 212 passengers on board sank off Palawan on Sunday.\n\n\
        Divers of the coast guard rescued 180 survivors from the water near Coron.\n\n\
        The vessel had left Puerto Princesa before dawn in spite of a storm warning.\n\n\
        At the pier in Coron relatives waited for news of the 32 missing.\n\n\
        Sulu Star Lines, the operator, had two earlier accidents in 2019.\n";
    const OTHER: &str = "Rescuers searched the sea off Palawan after a ferry went down.\n\n\
        Officials said the weather had been poor all week across the region.\n\n\
        The navy sent two ships and a helicopter to help the search.\n\n\
        Ferry accidents are common in the archipelago of 7,000 islands.\n";

    #[test]
    fn a_rewrite_of_most_sentences_is_a_copy() {
        assert_eq!(copies_of(&[SOURCE, REWRITE]), [vec![1], vec![0]]);
    }

    #[test]
    fn an_independent_report_of_the_event_is_no_copy() {
        assert_eq!(
            copies_of(&[SOURCE, OTHER]),
            [vec![], vec![]] as [Vec<usize>; 2]
        );
    }
}
