//! Deterministic synthetic articles for benchmarks and tests: news-like
//! sentences from a fixed vocabulary, and rewrites of them with known edits.
