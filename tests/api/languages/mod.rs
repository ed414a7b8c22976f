//! Issue 14, the last English-only spots: use-case refusals (conflicts, refused actions, field
//! errors of staff actions) in the reader's language, the administrators-only refusal, forms
//! asking for one of their choices in words, localized names on the staff pages, and a
//! language switch on a form that keeps what was typed.

mod details;
mod form_switch;
mod staff_words;
