//! Clauses: where a long sentence that merges several facts can be cut, so
//! that each fact can be matched on its own ("CEO Dave Calhoun will leave at
//! the end of 2024, while Chairman Larry Kellner will not stand for
//! re-election" carries two facts other versions tell in two sentences).
//!
//! A sentence is cut
//!
//! * at a semicolon, and at a dash between spaces (` — `, ` – `, ` -- `);
//! * after a comma followed by one of the lexicon's clause openers
//!   (`, while`, `, as`, `, but`, `, and`, `, whereas`…: `segment.clause_openers`);
//! * never inside a quotation: a quote and the words that attribute it
//!   are one statement (`“We will rebuild, and fast,” the mayor said`).
//!
//! Pieces too short to carry a fact alone (fewer than [`MIN_CLAUSE_WORDS`]
//! words) join the piece before them (or after, at the start). A sentence
//! has clauses only when at least two pieces remain. Every clause is a
//! trimmed byte span of the text.

use crate::lexicon::SegmentWords;
use crate::span::Span;

/// Fewest words of a clause.
pub const MIN_CLAUSE_WORDS: usize = 5;

/// The clauses of the sentence at `span` of `text` (empty when it has fewer
/// than two), with the clause openers of `words`.
pub fn clauses(text: &str, span: Span, words: &SegmentWords) -> Vec<Span> {
    let sentence = &text[span.range()];
    let mut cuts = cut_points(sentence, words);
    cuts.sort_unstable();
    cuts.dedup();
    let mut pieces: Vec<Span> = Vec::new();
    let mut start = 0;
    for at in cuts.into_iter().chain([sentence.len()]) {
        if let Some(piece) = trimmed(sentence, start, at) {
            pieces.push(piece);
        }
        start = at;
    }
    let merged = merge_short(sentence, pieces);
    if merged.len() < 2 {
        return Vec::new();
    }
    merged
        .into_iter()
        .map(|p| Span::new(span.start + p.start, span.start + p.end))
        .collect()
}

/// Byte offsets inside `sentence` where a clause starts.
fn cut_points(sentence: &str, words: &SegmentWords) -> Vec<usize> {
    let mut cuts = Vec::new();
    // Inside a quotation a clause opener belongs to the quote.
    let mut quoted = false;
    for (i, c) in sentence.char_indices() {
        let after = i + c.len_utf8();
        let rest = &sentence[after..];
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            _ => {}
        }
        match c {
            ';' => cuts.push(after),
            '—' | '–' if rest.starts_with(' ') && sentence[..i].ends_with(' ') => cuts.push(i),
            '-' if rest.starts_with("- ") && sentence[..i].ends_with(' ') => cuts.push(i),
            ',' => {
                let next = rest.trim_start();
                let word: String = next
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect::<String>()
                    .to_lowercase();
                if words.clause_openers.contains(&word) && !quoted {
                    cuts.push(after + (rest.len() - next.len()));
                }
            }
            _ => {}
        }
    }
    cuts
}

/// `sentence[start..end]` without surrounding white space, if anything is left.
fn trimmed(sentence: &str, start: usize, end: usize) -> Option<Span> {
    let piece = &sentence[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let body = piece.trim();
    (!body.is_empty()).then(|| Span::new(start + lead, start + lead + body.len()))
}

/// Join each piece of fewer than [`MIN_CLAUSE_WORDS`] words to the piece
/// before it (the first to the one after it).
fn merge_short(sentence: &str, pieces: Vec<Span>) -> Vec<Span> {
    let short = |s: &Span| sentence[s.range()].split_whitespace().count() < MIN_CLAUSE_WORDS;
    let mut out: Vec<Span> = Vec::new();
    let mut pending: Option<Span> = None;
    for piece in pieces {
        let piece = pending.take().map_or(piece, |p| p.cover(piece));
        match out.last_mut() {
            Some(last) if short(&piece) => *last = last.cover(piece),
            None if short(&piece) => pending = Some(piece),
            _ => out.push(piece),
        }
    }
    if let Some(p) = pending {
        match out.last_mut() {
            Some(last) => *last = last.cover(p),
            None => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn cut(text: &str) -> Vec<&str> {
        clauses(text, Span::new(0, text.len()), &Lexicon::english().segment)
            .iter()
            .map(|c| &text[c.range()])
            .collect()
    }

    #[test]
    fn a_merged_sentence_is_cut_at_its_clause_openers() {
        assert_eq!(
            cut("The chief will leave at the end of the year, while the chairman will not stand for re-election, the company said."),
            [
                "The chief will leave at the end of the year,",
                "while the chairman will not stand for re-election, the company said."
            ]
        );
        assert_eq!(
            cut("The dam held through the night; engineers will inspect it again on Friday."),
            [
                "The dam held through the night;",
                "engineers will inspect it again on Friday."
            ]
        );
    }

    #[test]
    fn a_clause_opener_inside_a_quote_belongs_to_the_quote() {
        assert_eq!(
            cut("“The eyes of the world are on us, and I know that we will come through,” the chief wrote in a memo to all staff."),
            [] as [&str; 0]
        );
        assert_eq!(
            cut("“We will come through,” the chief wrote, while the board met again on Tuesday in Chicago."),
            [
                "“We will come through,” the chief wrote,",
                "while the board met again on Tuesday in Chicago."
            ]
        );
    }

    #[test]
    fn short_pieces_stay_with_their_neighbours() {
        assert!(cut("Prices rose, and wages fell.").is_empty());
        assert!(cut("The minister, who resigned, said nothing more.").is_empty());
    }

    #[test]
    fn clauses_are_trimmed_spans_of_the_sentence() {
        let text = "Lead in.  The river rose by two metres overnight — the highest level since 1998 in the town.";
        let span = Span::new(10, text.len());
        let found = clauses(text, span, &Lexicon::english().segment);
        assert_eq!(found.len(), 2);
        for c in found {
            let piece = &text[c.range()];
            assert_eq!(piece, piece.trim());
            assert!(span.start <= c.start && c.end <= span.end);
        }
    }
}
