//! A stage's form ready for the template: each fieldset's fields with their words, kind,
//! choices, value and error, and the error summary in the order of the form.

use super::fields::{self, Choice, Kind};
use super::FormData;
use crate::domain::lifecycle::Stage;
use crate::domain::validation::FieldErrors;
use crate::words::{text, text_or_empty};

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
}

/// Maps an error path (`report.iocs[2].value`, `legal_name`) to the form field showing it.
pub(super) fn field_of<'a>(path: &str, names: &[&'a str]) -> Option<(&'a str, Option<usize>)> {
    let path = path.strip_prefix("report.").unwrap_or(path);
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

fn form_message(kind: Kind, message: &str) -> String {
    if kind == Kind::DateTime && message.contains("RFC 3339") {
        "enter a date and time, e.g. 2026-03-01 08:30".into()
    } else {
        message.to_string()
    }
}

/// The fieldsets of a stage's form filled with `form` and `errors`, and the error summary.
pub fn render(
    stage: Stage,
    new_case: bool,
    form: &FormData,
    errors: &FieldErrors,
) -> (Vec<SectionView>, Vec<ErrorLine>) {
    render_sections(fields::sections(stage, new_case), stage, form, errors)
}

/// Like [`render`], for the given fieldsets (the voluntary-notification form's).
pub fn render_sections(
    sections: Vec<fields::Section>,
    stage: Stage,
    form: &FormData,
    errors: &FieldErrors,
) -> (Vec<SectionView>, Vec<ErrorLine>) {
    let names: Vec<&str> = sections
        .iter()
        .flat_map(|(_, l)| l.iter().copied())
        .collect();
    let (by_field, summary) = place_errors(errors, &names);
    let views = sections
        .iter()
        .map(|(key, list)| SectionView {
            legend: text("section", key),
            hint: text_or_empty("section_hint", key),
            fields: list
                .iter()
                .map(|name| {
                    let mut view = field_view(name, fields::required(name, stage), form, &by_field);
                    if fields::conditional(name, stage) {
                        view.condition = condition(name, stage);
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
fn condition(name: &str, stage: Stage) -> String {
    let staged = text_or_empty("required_if", &format!("{}.{name}", stage.as_str()));
    if !staged.is_empty() {
        return staged;
    }
    let plain = text_or_empty("required_if", name);
    if !plain.is_empty() {
        return plain;
    }
    text("phrase", "required_if_default")
}

/// Each error's message beside its field, and the summary in the order of the form.
fn place_errors<'a>(
    errors: &FieldErrors,
    names: &[&'a str],
) -> (Vec<(&'a str, String)>, Vec<ErrorLine>) {
    let mut by_field: Vec<(&str, String)> = Vec::new();
    let mut summary = Vec::new();
    for e in errors.list() {
        match field_of(&e.field, names) {
            Some((name, index)) => {
                let mut message = form_message(fields::kind(name), &e.message);
                if let Some(i) = index {
                    message = format!("line {}: {message}", i + 1);
                }
                summary.push(ErrorLine {
                    href: format!("#f-{}", name.replace('.', "-")),
                    label: text("label", name),
                    message: message.clone(),
                });
                by_field.push((name, message));
            }
            None => summary.push(ErrorLine {
                href: "#form".into(),
                label: e.field.trim_start_matches("report.").to_string(),
                message: e.message.clone(),
            }),
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

/// One field with its words, choices (grouped), value and errors.
fn field_view(
    name: &str,
    required: bool,
    form: &FormData,
    by_field: &[(&str, String)],
) -> FieldView {
    let kind = fields::kind(name);
    let choices = match kind {
        Kind::Tri => fields::choices("tri"),
        Kind::Bool => fields::choices("bool"),
        _ => fields::choices(name),
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
        label: text("label", name),
        hint: text_or_empty("hint", name),
        kind: kind.as_str(),
        required,
        condition: String::new(),
        value: form.get(name).unwrap_or_default().to_string(),
        checked: form.all(name).into_iter().map(String::from).collect(),
        groups,
        error: (!messages.is_empty()).then(|| messages.join("; ")),
    }
}
