//! HTML forms as the parse step's input: a posted form becomes the same `ReportInput` (and
//! `EntityInput`) the JSON API deserializes, and field errors come back beside each field.
//! The form's own pairs are kept verbatim, so a re-rendered or resumed form shows exactly
//! what was typed.

pub mod csrf;
pub mod display;
pub mod fields;

use crate::app::AppError;
use crate::domain::entity::EntityInput;
use crate::domain::lifecycle::Stage;
use crate::domain::report::ReportInput;
use crate::domain::validation::FieldErrors;
use chrono::{DateTime, NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use fields::{Choice, Kind};
use serde_json::{Map, Value};

/// Fields that steer the form rather than carry the report.
const CONTROL: &[&str] = &["csrf", "action", "stage"];

/// A posted (or saved) form: name/value pairs in document order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    pub fn parse(body: &[u8]) -> Result<Self, AppError> {
        serde_urlencoded::from_bytes(body)
            .map(FormData)
            .map_err(|_| AppError::BadRequest("the form could not be read".into()))
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The report's content without the control fields: what a draft keeps.
    pub fn content(&self) -> FormData {
        FormData(
            self.0
                .iter()
                .filter(|(n, _)| !CONTROL.contains(&n.as_str()))
                .cloned()
                .collect(),
        )
    }

    /// Drops every field whose value equals `prefill`'s: unchanged values are carried
    /// forward by the parse step anyway, and are then not counted as newly provided.
    pub fn minus(&self, prefill: &FormData) -> FormData {
        let same = |name: &str| {
            let mut a = self.all(name);
            let mut b = prefill.all(name);
            a.sort();
            b.sort();
            a == b
        };
        FormData(
            self.0
                .iter()
                .filter(|(n, _)| CONTROL.contains(&n.as_str()) || n == "tz" || !same(n))
                .cloned()
                .collect(),
        )
    }
}

/// Reads a `datetime-local` value (`2026-03-01T08:30`) in `tz`; values with an offset pass.
pub fn localize(v: &str, tz: Tz) -> String {
    let v = v.trim().replacen(' ', "T", 1);
    for f in [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(&v, f) {
            if let Some(t) = tz.from_local_datetime(&naive).earliest() {
                return t.to_rfc3339();
            }
        }
    }
    v
}

/// The form's time zone: chosen, else `default`.
pub fn timezone(form: &FormData, default: Tz) -> Tz {
    form.get("tz")
        .filter(|z| !z.is_empty())
        .and_then(|z| z.parse().ok())
        .unwrap_or(default)
}

fn lines(v: &str) -> impl Iterator<Item = &str> {
    v.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// Splits "first rest of line" at the first whitespace.
fn head(line: &str) -> (&str, &str) {
    match line.split_once(char::is_whitespace) {
        Some((a, b)) => (a, b.trim()),
        None => (line, ""),
    }
}

/// Turns a stage's form into the API's input types. `new_case` forms also carry the entity.
pub fn decode(
    form: &FormData,
    stage: Stage,
    tz: Tz,
) -> Result<(EntityInput, ReportInput), FieldErrors> {
    let mut report = Map::new();
    let mut entity = Map::new();
    report.insert("stage".into(), stage.as_str().into());
    let mut seen: Vec<&str> = Vec::new();
    for (name, value) in &form.0 {
        let name = name.as_str();
        if CONTROL.contains(&name) || name == "tz" || seen.contains(&name) {
            continue;
        }
        seen.push(name);
        if fields::ENTITY.contains(&name) {
            if !value.trim().is_empty() {
                entity.insert(name.into(), value.clone().into());
            }
            continue;
        }
        let v: Value = match fields::kind(name) {
            Kind::Checks => form
                .all(name)
                .into_iter()
                .filter(|v| !v.is_empty())
                .collect(),
            Kind::Lines => match name {
                "iocs" => lines(value)
                    .map(|l| {
                        let (kind, rest) = head(l);
                        let (value, note) = head(rest);
                        let mut o = serde_json::json!({ "type": kind, "value": value });
                        if !note.is_empty() {
                            o["note"] = note.into();
                        }
                        o
                    })
                    .collect(),
                "timeline" => lines(value)
                    .map(|l| {
                        let (at, event) = match l.split_once(" – ").or_else(|| l.split_once(" - "))
                        {
                            Some((a, e)) => (a, e),
                            None => head(l),
                        };
                        serde_json::json!({ "at": localize(at, tz), "event": event.trim() })
                    })
                    .collect(),
                _ => lines(value).map(Value::from).collect(),
            },
            Kind::DateTime if !value.trim().is_empty() => localize(value, tz).into(),
            _ if value.trim().is_empty() => continue,
            _ => value.clone().into(),
        };
        if v.as_array().is_some_and(|a| a.is_empty()) {
            continue;
        }
        match name.split_once('.') {
            Some((outer, inner)) => {
                let o = report
                    .entry(outer.to_string())
                    .or_insert_with(|| Value::Object(Map::new()));
                // A form may send `x` and `x.y`: the second then names nothing (found by fuzzing).
                let Some(o) = o.as_object_mut() else {
                    return Err(FieldErrors::single(
                        format!("report.{name}"),
                        "is not a field of this form",
                    ));
                };
                o.insert(inner.to_string(), v);
            }
            None => {
                report.insert(name.into(), v);
            }
        }
    }
    let entity: EntityInput = serde_json::from_value(Value::Object(entity))
        .map_err(|e| FieldErrors::single("entity", e.to_string()))?;
    let report: ReportInput =
        serde_path_to_error::deserialize(Value::Object(report)).map_err(|e| {
            let path = e.path().to_string();
            let message = e.inner().to_string();
            let message = message
                .split(" at line ")
                .next()
                .unwrap_or(&message)
                .to_string();
            FieldErrors::single(format!("report.{path}"), message)
        })?;
    Ok((entity, report))
}

/// The form values that show `facts` (a case's carried-forward report) in a stage's form.
pub fn prefill(facts: &Value, names: &[&str], tz: Tz) -> FormData {
    let local = |s: &str| match DateTime::parse_from_rfc3339(s) {
        Ok(t) => {
            let t = t.with_timezone(&tz);
            t.format("%Y-%m-%dT%H:%M:%S").to_string()
        }
        Err(_) => s.to_string(),
    };
    let scalar = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    let mut out = Vec::new();
    for name in names {
        let value = match name.split_once('.') {
            Some((outer, inner)) => facts.get(outer).and_then(|o| o.get(inner)),
            None => facts.get(*name),
        };
        let Some(value) = value else { continue };
        match (fields::kind(name), value) {
            (Kind::Checks, Value::Array(items)) => {
                out.extend(items.iter().map(|i| (name.to_string(), scalar(i))));
            }
            (Kind::Lines, Value::Array(items)) => {
                let text: Vec<String> = items
                    .iter()
                    .map(|i| match (*name, i) {
                        ("iocs", o) => {
                            [scalar(&o["type"]), scalar(&o["value"]), scalar(&o["note"])]
                                .join(" ")
                                .trim()
                                .to_string()
                        }
                        ("timeline", o) => {
                            format!("{} – {}", local(&scalar(&o["at"])), scalar(&o["event"]))
                        }
                        (_, v) => scalar(v),
                    })
                    .collect();
                out.push((name.to_string(), text.join("\n")));
            }
            (Kind::DateTime, Value::String(s)) => out.push((name.to_string(), local(s))),
            (_, Value::Object(_) | Value::Array(_)) => {}
            (_, v) => out.push((name.to_string(), scalar(v))),
        }
    }
    if !out.is_empty() {
        out.push(("tz".into(), tz.name().into()));
    }
    FormData(out)
}

/// One field, ready for the template.
#[derive(Debug, Clone)]
pub struct FieldView {
    pub name: String,
    pub id: String,
    pub label: String,
    pub hint: String,
    pub kind: &'static str,
    pub required: bool,
    pub value: String,
    pub checked: Vec<String>,
    pub groups: Vec<(String, Vec<Choice>)>,
    pub error: Option<String>,
}

impl FieldView {
    pub fn is_checked(&self, v: &str) -> bool {
        self.checked.iter().any(|c| c == v)
    }

    /// `aria-describedby`: the hint and the error, whichever exist.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
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
fn field_of<'a>(path: &str, names: &[&'a str]) -> Option<(&'a str, Option<usize>)> {
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
    use crate::words::text;
    let sections = fields::sections(stage, new_case);
    let names = fields::names(stage, new_case);
    let mut by_field: Vec<(&str, String)> = Vec::new();
    let mut summary = Vec::new();
    for e in errors.list() {
        match field_of(&e.field, &names) {
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
    let views = sections
        .iter()
        .map(|(key, list)| SectionView {
            legend: text("section", key),
            hint: crate::words::text_or_empty("section_hint", key),
            fields: list
                .iter()
                .map(|(name, required)| {
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
                        .filter(|(n, _)| n == name)
                        .map(|(_, m)| m.as_str())
                        .collect();
                    FieldView {
                        name: name.to_string(),
                        id: format!("f-{}", name.replace('.', "-")),
                        label: text("label", name),
                        hint: crate::words::text_or_empty("hint", name),
                        kind: kind.as_str(),
                        required: *required,
                        value: form.get(name).unwrap_or_default().to_string(),
                        checked: form.all(name).into_iter().map(String::from).collect(),
                        groups,
                        error: (!messages.is_empty()).then(|| messages.join("; ")),
                    }
                })
                .collect(),
        })
        .collect();
    (views, summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormData {
        FormData(
            pairs
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
        )
    }

    #[test]
    fn a_form_becomes_the_api_input_with_local_times_and_lists() {
        let f = form(&[
            ("csrf", "x"),
            ("legal_name", "Acme"),
            ("aware_at", "2026-03-01T08:30"),
            ("tz", "Europe/Luxembourg"),
            ("cross_border_ms", "DE"),
            ("cross_border_ms", "FR"),
            ("affected_services", "billing\n\n  portal  \n"),
            ("iocs", "ipv4 192.0.2.1 C2 server\ndomain evil.example"),
            ("title", "  "),
        ]);
        let (entity, report) =
            decode(&f, Stage::EarlyWarning, timezone(&f, chrono_tz::UTC)).unwrap();
        assert_eq!(entity.legal_name.as_deref(), Some("Acme"));
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["aware_at"], "2026-03-01T08:30:00+01:00");
        assert_eq!(json["cross_border_ms"], serde_json::json!(["DE", "FR"]));
        assert_eq!(
            json["affected_services"],
            serde_json::json!(["billing", "portal"])
        );
        assert_eq!(json["iocs"][0]["note"], "C2 server");
        assert_eq!(json["iocs"][1]["value"], "evil.example");
        assert!(json["title"].is_null(), "blank means not provided");
    }

    #[test]
    fn unknown_fields_and_error_paths_land_on_their_field() {
        let err = decode(
            &form(&[("titel", "x")]),
            Stage::EarlyWarning,
            chrono_tz::UTC,
        )
        .unwrap_err();
        assert_eq!(err.list()[0].field, "report.titel");
        let names = fields::names(Stage::IncidentNotification, true);
        assert_eq!(
            field_of("report.iocs[2].value", &names),
            Some(("iocs", Some(2)))
        );
        assert_eq!(field_of("legal_name", &names), Some(("legal_name", None)));
        assert_eq!(field_of("report.nonsense", &names), None);
    }

    #[test]
    fn a_name_and_a_dotted_name_below_it_are_an_error_not_a_panic() {
        let f = form(&[
            ("cross_border_impact", "x"),
            ("cross_border_impact.ms", "DE"),
        ]);
        let err = decode(&f, Stage::FinalReport, chrono_tz::UTC).unwrap_err();
        assert_eq!(err.list()[0].field, "report.cross_border_impact.ms");
        let f = form(&[("a", "1"), ("a.b", "2")]);
        assert!(decode(&f, Stage::EarlyWarning, chrono_tz::UTC).is_err());
    }

    #[test]
    fn prefill_round_trips_through_decode() {
        let facts = serde_json::json!({
            "aware_at": "2026-03-01T07:30:00Z", "title": "Ransomware",
            "cross_border_ms": ["DE"], "affected_services": ["a", "b"],
            "assistance_requested": false,
        });
        let tz: Tz = "Europe/Luxembourg".parse().unwrap();
        let names = fields::names(Stage::IncidentNotification, false);
        let f = prefill(&facts, &names, tz);
        assert_eq!(f.get("aware_at"), Some("2026-03-01T08:30:00"));
        let (_, report) = decode(&f, Stage::IncidentNotification, tz).unwrap();
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["aware_at"], "2026-03-01T08:30:00+01:00");
        assert_eq!(json["assistance_requested"], "false");
        assert!(f.minus(&f).0.iter().all(|(n, _)| n == "tz"));
    }
}
