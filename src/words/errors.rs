//! Field errors in the reader's language. The domain records what is wrong with a field as a
//! message id of the `api` catalogue and its placeholders (`crate::domain::msg`); the words
//! live in `templates/locales/<lang>/api.ftl`, so pages and API problem documents say the same.

use super::catalog::{text_in, with_args, Arg};
use super::lang::Lang;
use crate::domain::msg::{Msg, MsgArg};
use crate::domain::validation::FieldError;

/// The message of a field error in `lang`.
pub fn field_message(lang: Lang, e: &FieldError) -> String {
    if e.msg.id.is_empty() {
        // A sentence without an id (written in English by a use case) reads as it was written.
        e.message.clone()
    } else {
        message_in(lang, &e.msg)
    }
}

/// A domain message in `lang`: its id with its placeholders filled (English words for a
/// message without an id).
pub fn message_in(lang: Lang, msg: &Msg) -> String {
    if msg.id.is_empty() {
        return msg.english().to_string();
    }
    let spoken: Vec<Option<String>> = msg
        .args
        .iter()
        .map(|(name, value)| match value {
            MsgArg::Text(s) => in_words(lang, name, s),
            MsgArg::Number(_) => None,
        })
        .collect();
    let args: Vec<(&str, Arg<'_>)> = msg
        .args
        .iter()
        .zip(&spoken)
        .map(|((name, value), words)| {
            let arg = match (value, words) {
                (_, Some(w)) => Arg::Text(w),
                (MsgArg::Text(s), None) => Arg::Text(s),
                (MsgArg::Number(n), None) => Arg::Number(*n),
            };
            (*name, arg)
        })
        .collect();
    with_args(lang, msg.id, &args)
}

/// The placeholders that name a stage (`stage`, `before`, `owed`: a list), a case state, a
/// deadline status or a thread status, said in words: a refusal reads as a sentence, while
/// field values, field names and the API's other codes stay as they are.
fn in_words(lang: Lang, name: &str, code: &str) -> Option<String> {
    let section = match name {
        "stage" | "before" | "owed" => "stage",
        "case_state" => "code",
        "deadline_status" => "deadline_status",
        "thread_status" => "thread_status",
        _ => return None,
    };
    let words: Vec<String> = code
        .split(", ")
        .map(|c| text_in(lang, section, c))
        .collect();
    Some(words.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::validation::Checker;

    /// The first error a checker records for `raw` as text of 5..=10 characters.
    fn length_error(raw: &str) -> FieldError {
        let mut c = Checker::new("report");
        assert_eq!(c.text("title", Some(raw), 5, 10), None);
        c.errors.list()[0].clone()
    }

    #[test]
    fn a_maximum_length_reads_in_every_language_with_its_numbers() {
        let e = length_error("abcdefghijkl");
        assert_eq!(e.message, "must be at most 10 characters (got 12)");
        assert_eq!(field_message(Lang::En, &e), e.message);
        assert_eq!(
            field_message(Lang::Fr, &e),
            "doit compter au plus 10 caractères (reçu\u{a0}: 12)"
        );
        assert_eq!(
            field_message(Lang::De, &e),
            "darf höchstens 10 Zeichen lang sein (12 erhalten)"
        );
        assert_eq!(
            field_message(Lang::Nl, &e),
            "mag ten hoogste 10 tekens lang zijn (12 ontvangen)"
        );
    }

    #[test]
    fn plurals_are_chosen_by_fluent() {
        let mut c = Checker::new("");
        c.text("name", Some("ab"), 3, 10);
        let mut one = Checker::new("");
        one.fail(
            "name",
            Msg::t2("api-field-too-short", ("min", 1), ("len", 0)),
        );
        assert_eq!(
            field_message(Lang::Fr, &c.errors.list()[0]),
            "doit compter au moins 3 caractères (reçu\u{a0}: 2)"
        );
        assert_eq!(
            field_message(Lang::Nl, &one.errors.list()[0]),
            "moet ten minste 1 teken lang zijn (0 ontvangen)"
        );
    }

    #[test]
    fn codes_and_field_names_in_placeholders_stay_as_they_are() {
        let mut c = Checker::new("report");
        c.fail(
            "handled_at",
            Msg::t1("api-field-not-before", "other", "aware_at"),
        );
        c.check::<(), _>(
            "severity",
            Err(Msg::t1("api-field-one-of", "codes", "large, minor")),
        );
        let [before, one_of] = c.errors.list() else {
            panic!("two errors")
        };
        assert_eq!(before.message, "must not be before aware_at");
        assert_eq!(
            field_message(Lang::De, before),
            "darf nicht vor aware_at liegen"
        );
        assert_eq!(
            field_message(Lang::Fr, before),
            "ne doit pas être antérieur à aware_at"
        );
        assert_eq!(one_of.message, "must be one of: large, minor");
        assert_eq!(
            field_message(Lang::Nl, one_of),
            "moet een van deze waarden zijn: large, minor"
        );
    }

    #[test]
    fn json_types_are_named_in_the_language() {
        let e = crate::domain::report::type_errors(&serde_json::json!({"title": 5}), "report");
        let e = &e.list()[0];
        assert_eq!(e.message, "must be a string, not a number");
        assert_eq!(
            field_message(Lang::De, e),
            "muss eine Zeichenkette sein, nicht eine Zahl"
        );
        assert_eq!(
            field_message(Lang::Fr, e),
            "doit être une chaîne de caractères, et non un nombre"
        );
    }

    #[test]
    fn a_sentence_without_an_id_reads_as_written() {
        let mut c = Checker::new("");
        c.fail("kind", "say what needs revising");
        assert_eq!(
            field_message(Lang::De, &c.errors.list()[0]),
            "say what needs revising"
        );
    }
}
