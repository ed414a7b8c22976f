//! Field errors in the reader's language. The domain records what is wrong with a field; the
//! words for it live in the `api` catalogue, so pages and API problem documents say the same.

use super::lang::Lang;
use crate::domain::validation::FieldError;

/// The message of a field error in `lang`.
pub fn field_message(_lang: Lang, e: &FieldError) -> String {
    e.message.clone()
}
