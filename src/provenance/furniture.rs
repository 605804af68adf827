//! Page furniture: units of a document that are not story text (teaser
//! blocks, photo credits, "Featured" and "Related" boxes, sign-up prompts,
//! copyright lines), copied along when a page was saved as text.
//!
//! A unit is furniture when it starts like a credit or a prompt (`Credit:`,
//! `Photo:`, `©`, `Sign up`, `Advertisement`…), when it is a photo credit
//! in parentheses with a slash (`(Miguel Martinez/AJC)`), or when it follows
//! a block marker (`Featured`, `Related`, `Read more`, `More from…`, `Most
//! read`, `Recommended`) up to the end of the document. The markers and
//! starts are the lexicon's ([`crate::lexicon::FurnitureWords`]).

use crate::model::Document;

/// For each sentence of `doc`, whether it is furniture.
pub fn furniture(doc: &Document) -> Vec<bool> {
    let mut out = vec![false; doc.sentences.len()];
    let words = &doc.lexicon.furniture;
    let mut in_block = false;
    for (s, flag) in out.iter_mut().enumerate() {
        let text = doc.sentence_text(s).trim();
        let lower = text.to_lowercase();
        let bare = lower.trim_end_matches([':', '.', ' ']);
        if words.block_markers.contains(bare) {
            in_block = true;
        }
        *flag = in_block
            || words
                .line_starts
                .iter()
                .any(|p| lower.starts_with(p.as_str()))
            || is_photo_credit(text);
    }
    out
}

/// `(Name Surname/AGENCY)`: a photo credit in parentheses.
fn is_photo_credit(text: &str) -> bool {
    text.starts_with('(')
        && text.ends_with(')')
        && text.contains('/')
        && text.len() < 80
        && !text.contains(". ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teaser_block_and_credits_are_furniture() {
        let doc = Document::from_text(
            "x",
            "Iran said 120 would fly home.\n\nFeatured\n\nA town fought a zoning rule. The court agreed.\n\n(Jane Roe/AJC)\n\nCredit: Jane Roe/AJC\n",
        );
        assert_eq!(
            furniture(&doc),
            [false, true, true, true, true, true],
            "{:?}",
            doc.sentences
        );
    }

    #[test]
    fn story_text_is_not_furniture() {
        let doc = Document::from_text(
            "x",
            "Featured players scored twice. Related talks failed (again).\nThe credit union closed.\n",
        );
        assert_eq!(furniture(&doc), [false, false, false]);
    }
}
