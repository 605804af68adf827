# wirediff tasks. `just` alone lists them.

default:
    @just --list

# Run the test suite (what CI runs, minus lints).
test:
    cargo test --locked

# Formatting and lints, as CI runs them.
lint:
    cargo fmt --check
    cargo clippy --all-targets --locked -- -D warnings

# Benchmarks on the fixtures and generated corpora.
bench:
    cargo bench --bench diff
    cargo bench --bench align
    cargo bench --bench align_accuracy
    cargo bench --bench check
    cargo bench --bench check_accuracy

# Show the five real rewrites traced, aligned, and a diff of two of them, in colour.
demo:
    cargo run --release -- trace --color always fixtures/iran-deportations/
    cargo run --release -- align --color always fixtures/iran-deportations/
    cargo run --release -- diff --color always fixtures/iran-deportations/nbc-news.txt fixtures/iran-deportations/ap-via-newspaper.txt

# Everything CI does.
ci:
    bash .ci/run
