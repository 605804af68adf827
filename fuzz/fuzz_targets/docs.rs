//! Shared by the multi-document targets: arbitrary bytes → 1 to 5 documents.
//! The first byte picks how many; the rest is cut at 0xFF bytes (or into
//! equal parts when there are too few), each part read as UTF-8 lossily.

use wirediff::Document;

pub fn documents(data: &[u8], at_least: usize) -> Vec<Document> {
    let Some((&first, rest)) = data.split_first() else {
        return (0..at_least)
            .map(|i| Document::from_text(format!("d{i}"), ""))
            .collect();
    };
    let n = (usize::from(first) % 5 + 1).max(at_least);
    let mut parts: Vec<&[u8]> = rest.split(|&b| b == 0xFF).collect();
    if parts.len() < n {
        let size = rest.len().div_ceil(n).max(1);
        parts = rest.chunks(size).collect();
    }
    parts.resize(n.max(parts.len().min(5)), &[]);
    parts
        .into_iter()
        .take(n.max(at_least))
        .enumerate()
        .map(|(i, p)| Document::from_text(format!("d{i}"), String::from_utf8_lossy(p).into_owned()))
        .collect()
}
