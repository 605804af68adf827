//! One finished report per command: everything a renderer shows, decided
//! by the library.
//!
//! A command is *load → run → report → render*: the library builds a
//! [`DiffReport`], [`AlignReport`], [`TraceReport`], [`CheckReport`] or
//! [`LineageReport`] from
//! documents and options, and a renderer (`crate::render`) only formats it.
//! Nothing a renderer prints is computed in the renderer, so every format of
//! one report tells the same story, and the verdict a script acts on (the
//! exit status) is a method of the report.

mod align;
mod check;
mod diff;
mod lineage;
mod trace;

pub use align::AlignReport;
pub use check::{CheckReport, Limits, Roles, SuspectReport};
pub use diff::DiffReport;
pub use lineage::{LineageOptions, LineageReport};
pub use trace::{TraceOptions, TraceReport};

/// Round a share or score to three decimals, as every output shows it;
/// limits are compared against the rounded value, so a verdict agrees with
/// the figure printed beside it.
///
/// ```
/// assert_eq!(wirediff::report::round(0.87300003), 0.873);
/// ```
pub fn round(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}
