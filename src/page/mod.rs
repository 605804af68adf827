//! The page around the story: how a text names its own author or carrier
//! (datelines, bylines, credit and copyright lines, syndication tags,
//! mastheads) and which of its units are page furniture (teasers, prompts,
//! photo credits, captions, tags), not story text.
//!
//! * [`credits`]: the credit forms of a unit;
//! * [`furniture`]: whether each unit is furniture ([`furniture::furniture`]);
//! * [`timestamps`]: when the page says it was published.
//!
//! Both read only the text, the lexicon and the outlet registry, so
//! alignment can leave furniture out of its passages and provenance can
//! weigh the credits.

pub mod credits;
pub mod furniture;
pub mod timestamps;
