//! A stage's form ready for the template: each fieldset's fields with their words, kind,
//! choices, value and error, and the error summary in the order of the form.

use super::fields::{self, Choice, Kind};
use super::FormData;
use crate::domain::lifecycle::Stage;
use crate::domain::validation::FieldError;
use crate::domain::validation::FieldErrors;
use crate::words::{field_message, text_in, text_or_empty_in, Lang, Tr};

/// One field, ready for the template.
#[derive(Debug, Clone)]
pub struct FieldView {
    pub name: String,
    pub id: String,
    pub label: String,
    pub hint: String,
    pub kind: &'static str,
    pub required: bool,
    /// "Required if …" for a field the stage requires only under a condition; else empty.
    pub condition: String,
    pub value: String,
    pub checked: Vec<String>,
    pub groups: Vec<(String, Vec<Choice>)>,
    pub error: Option<String>,
}

impl FieldView {
    pub fn is_checked(&self, v: &str) -> bool {
        self.checked.iter().any(|c| c == v)
    }

    /// `aria-describedby`: the condition, the hint and the error, whichever exist.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if !self.condition.is_empty() {
            ids.push(format!("{}-cond", self.id));
        }
        if !self.hint.is_empty() {
            ids.push(format!("{}-hint", self.id));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.id));
        }
        ids.join(" ")
    }
}

pub struct SectionView {
    pub legend: String,
    pub hint: String,
    pub fields: Vec<FieldView>,
}

/// One line of the error summary, linking to its field.
#[derive(Debug, Clone)]
pub struct ErrorLine {
    pub href: String,
    pub label: String,
    pub message: String,
    /// "Label: message", as the summary shows it in the reader's language.
    pub line: String,
}

/// Maps an error path (`report.iocs[2].value`, `legal_name`) to the form field showing it.
pub(super) fn field_of<'a>(path: &str, names: &[&'a str]) -> Option<(&'a str, Option<usize>)> {
    let path = path
        .strip_prefix("report.")
        .or_else(|| path.strip_prefix("entity."))
        .unwrap_or(path);
    let path = if path == "cross_border_impact" {
        "cross_border_impact.description"
    } else {
        path
    };
    names
        .iter()
        .filter(|n| {
            path == **n
                || path
                    .strip_prefix(**n)
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        })
        .max_by_key(|n| n.len())
        .map(|n| {
            let index = path[n.len()..]
                .strip_prefix('[')
                .and_then(|r| r.split(']').next())
                .and_then(|i| i.parse::<usize>().ok());
            (*n, index)
        })
}

/// A field error as the form's reader reads it: in `lang`, a date in the form's own terms.
fn form_message(lang: Lang, kind: Kind, e: &FieldError) -> String {
    if kind == Kind::DateTime && e.message.contains("RFC 3339") {
        Tr::new(lang).t("pages-form-datetime")
    } else if matches!(kind, Kind::Select | Kind::Tri | Kind::Bool | Kind::Checks) {
        choice_message(lang, e).unwrap_or_else(|| field_message(lang, e))
    } else {
        field_message(lang, e)
    }
}

/// A code-list error on a field read from choices, in the form's terms: the API lists the
/// codes it accepts, but a form offers labelled choices, so it asks for one of those in
/// `lang`. `None` for other errors.
pub fn choice_message(lang: Lang, e: &FieldError) -> Option<String> {
    let tr = Tr::new(lang);
    match e.msg.id {
        "api-field-one-of"
        | "api-rsit-class"
        | "api-rsit-type"
        | "api-entity-type-of-sector"
        | "api-subsector-required"
        | "api-report-language"
        | "api-package-tlp" => Some(tr.t("pages-form-choose-listed")),
        "api-field-one-code" => Some(tr.t("pages-form-choose-at-least-one")),
        _ => None,
    }
}

/// The fieldsets of a stage's form filled with `form` and `errors`, and the error summary.
pub fn render(
    lang: Lang,
    stage: Stage,
    new_case: bool,
    form: &FormData,
    errors: &FieldErrors,
) -> (Vec<SectionView>, Vec<ErrorLine>) {
    render_sections(lang, fields::sections(stage, new_case), stage, form, errors)
}

/// Like [`render`], for the given fieldsets (the voluntary-notification form's).
pub fn render_sections(
    lang: Lang,
    sections: Vec<fields::Section>,
    stage: Stage,
    form: &FormData,
    errors: &FieldErrors,
) -> (Vec<SectionView>, Vec<ErrorLine>) {
    let lists = sections.iter().map(|(k, l)| (*k, l.to_vec())).collect();
    let need = |name: &str| {
        (
            fields::required(name, stage),
            fields::conditional(name, stage),
        )
    };
    render_lists(lang, lists, &need, stage, form, errors)
}

/// Like [`render`], for a form answering several threads (spec §7): each field is marked
/// required if any thread answered requires it.
pub fn render_answers(
    lang: Lang,
    answers: &[super::answers::Answer],
    new_case: bool,
    form: &FormData,
    errors: &FieldErrors,
) -> (Vec<SectionView>, Vec<ErrorLine>) {
    use crate::domain::report::fields::Need;
    let lists = super::answers::groups(answers, new_case);
    let need = |name: &str| {
        let n = match super::answers::need(answers, name) {
            // The entity block is checked by its own rules.
            Need::Optional if fields::ENTITY.contains(&name) => {
                return (
                    fields::required(name, Stage::EarlyWarning),
                    fields::conditional(name, Stage::EarlyWarning),
                )
            }
            n => n,
        };
        (n == Need::Required, n == Need::Conditional)
    };
    let stage = answers.first().map_or(Stage::EarlyWarning, |a| a.1);
    render_lists(lang, lists, &need, stage, form, errors)
}

/// The fieldsets `lists` filled with `form` and `errors`; `need` says whether a field is
/// required and whether only under a condition.
fn render_lists(
    lang: Lang,
    lists: Vec<(&'static str, Vec<&'static str>)>,
    need: &dyn Fn(&str) -> (bool, bool),
    stage: Stage,
    form: &FormData,
    errors: &FieldErrors,
) -> (Vec<SectionView>, Vec<ErrorLine>) {
    let names: Vec<&str> = lists.iter().flat_map(|(_, l)| l.iter().copied()).collect();
    let (by_field, summary) = place_errors(lang, errors, &names);
    let views = lists
        .iter()
        .map(|(key, list)| SectionView {
            legend: text_in(lang, "section", key),
            hint: text_or_empty_in(lang, "section_hint", key),
            fields: list
                .iter()
                .map(|name| {
                    let (required, conditional) = need(name);
                    let mut view = field_view(lang, name, required, form, &by_field);
                    if conditional {
                        view.condition = condition(lang, name, stage);
                    }
                    view
                })
                .collect(),
        })
        .collect();
    (views, summary)
}

/// The words saying when `name` is required at `stage`: the catalogue's `[required_if]` entry
/// for `stage.name`, else for `name`, else a general one.
fn condition(lang: Lang, name: &str, stage: Stage) -> String {
    let staged = text_or_empty_in(lang, "required_if", &format!("{}.{name}", stage.as_str()));
    if !staged.is_empty() {
        return staged;
    }
    let plain = text_or_empty_in(lang, "required_if", name);
    if !plain.is_empty() {
        return plain;
    }
    text_in(lang, "phrase", "required_if_default")
}

/// Each error's message beside its field, and the summary in the order of the form.
fn place_errors<'a>(
    lang: Lang,
    errors: &FieldErrors,
    names: &[&'a str],
) -> (Vec<(&'a str, String)>, Vec<ErrorLine>) {
    let mut by_field: Vec<(&str, String)> = Vec::new();
    let mut summary = Vec::new();
    for e in errors.list() {
        match field_of(&e.field, names) {
            Some((name, index)) => {
                let mut message = form_message(lang, fields::kind(name), e);
                if let Some(i) = index {
                    let tr = Tr::new(lang);
                    message = tr.t2("pages-form-line", ("line", i + 1), ("message", &message));
                }
                summary.push(error_line(
                    lang,
                    format!("#f-{}", name.replace('.', "-")),
                    text_in(lang, "label", name),
                    message.clone(),
                ));
                by_field.push((name, message));
            }
            None => summary.push(error_line(
                lang,
                "#form".into(),
                e.field.trim_start_matches("report.").to_string(),
                field_message(lang, e),
            )),
        }
    }
    // The summary reads in the order of the form, whatever order the checks ran in.
    let position = |href: &str| {
        names
            .iter()
            .position(|n| href == format!("#f-{}", n.replace('.', "-")))
            .unwrap_or(usize::MAX)
    };
    summary.sort_by_key(|e| position(&e.href));
    (by_field, summary)
}

fn error_line(lang: Lang, href: String, label: String, message: String) -> ErrorLine {
    let tr = Tr::new(lang);
    let (l, m) = (("label", label.as_str()), ("message", message.as_str()));
    let line = tr.t2("pages-form-error-line", l, m);
    ErrorLine {
        href,
        label,
        message,
        line,
    }
}

/// One field with its words, choices (grouped), value and errors.
fn field_view(
    lang: Lang,
    name: &str,
    required: bool,
    form: &FormData,
    by_field: &[(&str, String)],
) -> FieldView {
    let kind = fields::kind(name);
    let choices = match kind {
        Kind::Tri => fields::choices_in(lang, "tri"),
        Kind::Bool => fields::choices_in(lang, "bool"),
        _ => fields::choices_in(lang, name),
    };
    let mut groups: Vec<(String, Vec<Choice>)> = Vec::new();
    for c in choices {
        match groups.last_mut() {
            Some((g, list)) if *g == c.group => list.push(c),
            _ => groups.push((c.group.clone(), vec![c])),
        }
    }
    let messages: Vec<&str> = by_field
        .iter()
        .filter(|(n, _)| *n == name)
        .map(|(_, m)| m.as_str())
        .collect();
    FieldView {
        name: name.to_string(),
        id: format!("f-{}", name.replace('.', "-")),
        label: text_in(lang, "label", name),
        hint: text_or_empty_in(lang, "hint", name),
        kind: kind.as_str(),
        required,
        condition: String::new(),
        value: form.get(name).unwrap_or_default().to_string(),
        checked: form.all(name).into_iter().map(String::from).collect(),
        groups,
        error: (!messages.is_empty()).then(|| messages.join("; ")),
    }
}
