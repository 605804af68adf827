# wirediff tasks. `just` alone lists them.

default:
    @just --list

# Run the test suite (what CI runs, minus lints).
test:
    cargo test --workspace --locked

# Formatting and lints, as CI runs them.
lint:
    cargo fmt --check
    cargo clippy --workspace --all-targets --locked -- -D warnings

# Benchmarks on the fixtures and generated corpora.
bench:
    cargo bench --bench diff
    cargo bench --bench align
    cargo bench --bench align_accuracy
    cargo bench --bench check
    cargo bench --bench check_accuracy
    cargo bench --bench hostile
    cargo bench --bench lineage

# Score wirediff on the evaluation set (eval/); ARGS go to eval/tool/score.py: [STORY...] [--misses] [--json FILE].
eval *ARGS:
    cargo build --release --locked
    python3 eval/tool/score.py {{ARGS}}

# Score `wirediff lineage` against the evaluation set's lineage.json; ARGS: [STORY...] [--misses].
eval-lineage *ARGS:
    cargo build --release --locked
    python3 eval/tool/lineage.py {{ARGS}}

# Score the meaning-change flags against the evaluation set's flags.json; ARGS: [STORY...] [--misses].
eval-flags *ARGS:
    cargo build --release --locked
    python3 eval/tool/flags.py {{ARGS}}

# Fuzz each target for SECONDS (needs cargo-fuzz and a nightly toolchain).
fuzz SECONDS="60":
    cd fuzz && for t in segment tokenize diff align trace; do cargo +nightly fuzz run -O $t -- -max_total_time={{SECONDS}} -max_len=16384 || exit 1; done

# Show the five real rewrites traced, aligned, and a diff of two of them, in colour.
demo:
    cargo run --release -- trace --color always fixtures/iran-deportations/
    cargo run --release -- align --color always fixtures/iran-deportations/
    cargo run --release -- diff --color always fixtures/iran-deportations/nbc-news.txt fixtures/iran-deportations/ap-via-newspaper.txt

# Everything CI does.
ci:
    bash .ci/run
