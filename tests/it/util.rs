//! Helpers shared by the integration tests.

use std::fs;
use std::path::PathBuf;

use assert_cmd::Command;

/// Path of a fixture file, relative to the crate root.
pub fn fixture(name: &str) -> String {
    format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Path of a story fixture.
pub fn story(name: &str) -> String {
    fixture(&format!("iran-deportations/{name}"))
}

/// `wirediff` with a scrubbed environment: no colour variables, no
/// terminal, a fixed width.
pub fn wirediff() -> Command {
    let mut cmd = Command::cargo_bin("wirediff").expect("binary builds");
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// The JSON that `wirediff trace --format json ARGS` prints, checking it
/// exits 0 (stderr shown otherwise).
pub fn trace_json<T: serde::de::DeserializeOwned>(args: &[&str]) -> T {
    command_json("trace", args)
}

/// The JSON that `wirediff COMMAND --format json ARGS` prints, checking it
/// exits 0 (stderr shown otherwise).
pub fn command_json<T: serde::de::DeserializeOwned>(command: &str, args: &[&str]) -> T {
    let out = wirediff()
        .args([command, "--format", "json"])
        .args(args)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON of its schema")
}

/// Load a document through the library, as the CLI does.
pub fn load(path: &str) -> wirediff::Document {
    wirediff::load_one(path, &wirediff::LoadOptions::default()).expect("fixture loads")
}

/// The five rewrites of the Iran story, sorted by name.
pub const STORIES: [&str; 5] = [
    "afp-rewrite.txt",
    "ap-via-newspaper.txt",
    "bbc-rewrite.txt",
    "nbc-news.txt",
    "nyt-rewrite.txt",
];

/// The temp directory of test module `module` in this test process.
fn module_dir(module: &str) -> PathBuf {
    std::env::temp_dir()
        .join(format!("wirediff-tests-{}", std::process::id()))
        .join(module)
}

/// A fresh, empty directory `name` of test module `module`.
pub fn fresh_dir(module: &str, name: &str) -> PathBuf {
    let dir = module_dir(module).join(name);
    if dir.exists() {
        fs::remove_dir_all(&dir).expect("old temp dir removed");
    }
    fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Write `bytes` to file `name` in the temp directory of test module
/// `module`; its path.
pub fn temp_file(module: &str, name: &str, bytes: impl AsRef<[u8]>) -> String {
    let dir = module_dir(module);
    fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    fs::write(&path, bytes).expect("temp file");
    path_string(path)
}

/// A path as a string, for command arguments.
pub fn path_string(path: PathBuf) -> String {
    path.to_string_lossy().into_owned()
}
