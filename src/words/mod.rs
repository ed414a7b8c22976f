//! Words shared by pages and mail, outside `notify`: the message catalogue and the way times
//! are written. One catalogue per language (`templates/messages.<lang>.toml`); today only
//! English exists, and [`Lang`] is where further languages are added.

mod catalog;
mod time;

pub use catalog::{text, text_in, text_or_empty, text_or_empty_in, Lang};
pub use time::{local, utc};
