//! Words shared by pages, mail and API errors, outside `notify`: the Fluent message catalogues
//! (`templates/locales/<lang>/*.ftl`), the languages and how one is chosen, and the way times
//! and numbers are written in each language.

mod catalog;
mod collate;
mod errors;
mod lang;
mod time;
mod tr;

#[cfg(test)]
mod tests;

pub use catalog::{id, message, text, text_in, text_or_empty, text_or_empty_in, with_args, Arg};
pub use collate::sort_key;
pub use errors::{field_message, message_in};
pub use lang::Lang;
pub use time::{local, local_in, number, utc};
pub use tr::Tr;
