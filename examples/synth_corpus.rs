//! Write a synthetic corpus of story families, one file per version:
//! `synth_corpus DIR STORIES VERSIONS [SEED] [STRENGTH] [SENTENCES]`.
//!
//! Files are named `DIR/s0003-v2.txt` (story 3, version 2; version 0 is the
//! source). See `wirediff_synth::corpus`.
use std::path::PathBuf;
use std::process::ExitCode;

/// Body sentences of each story's source when not given.
const DEFAULT_SENTENCES: usize = 30;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(stories), Some(versions)) = (
        args.first().map(PathBuf::from),
        args.get(1).and_then(|a| a.parse::<usize>().ok()),
        args.get(2).and_then(|a| a.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: synth_corpus DIR STORIES VERSIONS [SEED] [STRENGTH] [SENTENCES]");
        return ExitCode::from(2);
    };
    let seed = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(1);
    let strength = args.get(4).and_then(|a| a.parse().ok()).unwrap_or(0.2);
    let sentences = args
        .get(5)
        .and_then(|a| a.parse().ok())
        .unwrap_or(DEFAULT_SENTENCES);
    let corpus = wirediff_synth::corpus(seed, stories, versions, sentences, strength);
    let mut bytes = 0;
    let written = std::fs::create_dir_all(&dir).and_then(|()| {
        corpus.docs.iter().try_for_each(|(name, version)| {
            bytes += version.text.len();
            std::fs::write(dir.join(format!("{name}.txt")), &version.text)
        })
    });
    if let Err(e) = written {
        eprintln!("synth_corpus: {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    eprintln!(
        "synth_corpus: wrote {} documents ({stories} stories × {versions} versions, \
         {sentences} sentences per source, seed {seed}, strength {strength}, {bytes} bytes) to {}",
        corpus.docs.len(),
        dir.display()
    );
    ExitCode::SUCCESS
}
