//! The integration tests, one binary: CLI behaviour, snapshots of the output,
//! behaviour on the real fixtures, and properties over arbitrary input.

mod accuracy;
mod align;
mod check;
mod cli;
mod fixtures;
mod hostile;
mod json;
mod lexicon;
mod lineage;
mod meaning;
mod outlets;
mod properties;
mod regressions;
mod snapshots;
mod trace;
mod util;
