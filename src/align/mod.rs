//! Alignment of documents: which sentences of one carry the content of which
//! sentences of another.
//!
//! * [`pair`]: two documents, OLD and NEW → a sequence of [`Op`]s (equal,
//!   reworded, moved, split, merged, added, dropped);
//! * [`inline`]: word-level changes inside a matched group of sentences;
//! * [`multi`]: many documents → [`Passage`]s with each document's witness,
//!   built from pairwise matches ([`cluster`]) of the document pairs an
//!   inverted index finds worth comparing ([`index`]);
//! * [`consensus`]: which words of a witness most witnesses share;
//! * `matcher`: the one entry point to sentence matching that `diff`,
//!   `align` and `check` share (candidate document pairs, matched groups);
//! * [`bounded`]: sequence diffs bounded by work, not by a clock.

pub mod bounded;
mod clauses;
pub mod cluster;
pub mod consensus;
mod flags;
pub mod index;
pub mod inline;
pub(crate) mod matcher;
pub mod multi;
pub mod pair;

use crate::similarity::DEFAULT_MIN_SIMILARITY;
pub use consensus::{consensus, WitnessWords, WordClass};
pub use inline::{WordChange, WordOp};
pub(crate) use multi::align_profiled;
pub use multi::{align, AlignOptions, Alignment, Member, Passage, SentenceRef, WitnessKind};
pub use pair::diff;

use crate::meaning::Flag;

/// What happened to a sentence (or group of sentences) between OLD and NEW.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OpKind {
    /// Same words in the same order (after normalising case of quotes and
    /// whitespace), in the same relative order.
    Equal,
    /// Same content in other words, in the same relative order.
    Reworded,
    /// Equal or reworded, but out of order relative to OLD (a split or
    /// merge out of order stays `Split` or `Merged`, with [`Op::moved`]).
    Moved,
    /// One OLD sentence became two or three adjacent NEW sentences.
    Split,
    /// Two or three adjacent OLD sentences became one NEW sentence.
    Merged,
    /// A NEW sentence with no counterpart in OLD.
    Added,
    /// An OLD sentence with no counterpart in NEW.
    Dropped,
}

impl OpKind {
    /// The name used in JSON and in the text footer.
    pub fn name(self) -> &'static str {
        match self {
            OpKind::Equal => "equal",
            OpKind::Reworded => "reworded",
            OpKind::Moved => "moved",
            OpKind::Split => "split",
            OpKind::Merged => "merged",
            OpKind::Added => "added",
            OpKind::Dropped => "dropped",
        }
    }
}

/// One step of a two-document diff.
#[derive(Debug, Clone, PartialEq)]
pub struct Op {
    /// What happened.
    pub kind: OpKind,
    /// Sentence indexes in OLD (empty for `Added`).
    pub old: Vec<usize>,
    /// Sentence indexes in NEW (empty for `Dropped`).
    pub new: Vec<usize>,
    /// How alike the two sides are (1.0 for equal, 0.0 for added/dropped).
    pub similarity: f32,
    /// Word-level changes for matched groups that are not equal word for word.
    pub words: Vec<WordChange>,
    /// The changed words were too many to compare word by word
    /// ([`bounded::MAX_DIFF_ITEMS`]) and `words` shows them as coarse runs.
    pub coarse: bool,
    /// Changes of meaning between the two sides (a negation, a number, a
    /// quotation, a hedge, a date), for matched groups.
    pub flags: Vec<Flag>,
    /// The group is out of order relative to OLD: always for `Moved`, and
    /// for a `Split` or `Merged` that also moved.
    pub moved: bool,
}

/// Counts of each kind of op, and how much of NEW comes from OLD.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Summary {
    /// Ops of kind `Equal`.
    pub equal: usize,
    /// Ops of kind `Reworded`.
    pub reworded: usize,
    /// Ops of kind `Moved`.
    pub moved: usize,
    /// Ops of kind `Split`.
    pub split: usize,
    /// Ops of kind `Merged`.
    pub merged: usize,
    /// Ops of kind `Added`.
    pub added: usize,
    /// Ops of kind `Dropped`.
    pub dropped: usize,
    /// Share of NEW's words that lie in sentences matched to OLD.
    pub derived_share: f32,
    /// Share of NEW's words kept word for word from OLD (equal words of matched sentences).
    pub verbatim_share: f32,
    /// Matched groups too long to compare word by word.
    pub coarse: usize,
}

/// The result of comparing two documents.
#[derive(Debug, Clone, PartialEq)]
pub struct Diff {
    /// The steps, in NEW's reading order with dropped sentences where they stood in OLD.
    pub ops: Vec<Op>,
    /// Counts and shares.
    pub summary: Summary,
}

impl Diff {
    /// True when NEW is OLD with nothing added, dropped, moved or reworded.
    pub fn is_same(&self) -> bool {
        self.ops.iter().all(|op| op.kind == OpKind::Equal)
    }
}

/// How two documents are compared.
#[derive(Debug, Clone, Copy)]
pub struct DiffOptions {
    /// Similarity score from which two sentences count as the same content.
    pub min_similarity: f32,
}

impl Default for DiffOptions {
    fn default() -> Self {
        DiffOptions {
            min_similarity: DEFAULT_MIN_SIMILARITY,
        }
    }
}
