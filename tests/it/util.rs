//! Helpers shared by the integration tests.

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

/// Load a document through the library, as the CLI does.
pub fn load(path: &str) -> wirediff::Document {
    wirediff::load_one(path, &wirediff::LoadOptions::default()).expect("fixture loads")
}
