//! What several benchmarks share: the five fixtures as documents.

use wirediff::Document;

/// The five versions of the Iran deportations story, read from
/// `fixtures/iran-deportations/`.
pub fn fixtures() -> Vec<Document> {
    [
        "afp-rewrite.txt",
        "ap-via-newspaper.txt",
        "bbc-rewrite.txt",
        "nbc-news.txt",
        "nyt-rewrite.txt",
    ]
    .iter()
    .map(|name| {
        let path = format!(
            "{}/fixtures/iran-deportations/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        Document::from_text(
            name.to_string(),
            std::fs::read_to_string(path).unwrap_or_default(),
        )
    })
    .collect()
}
