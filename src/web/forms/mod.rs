//! HTML forms as the parse step's input: a posted form becomes the same `ReportInput` (and
//! `EntityInput`) the JSON API deserializes, and field errors come back beside each field.
//! The form's own pairs are kept verbatim, so a re-rendered or resumed form shows exactly
//! what was typed.

pub mod answers;
#[cfg(test)]
mod answers_tests;
pub mod csrf;
pub mod display;
pub mod fields;
pub mod render;
mod sections;
#[cfg(test)]
mod tests;

use crate::app::AppError;
use crate::domain::entity::EntityInput;
use crate::domain::lifecycle::Stage;
use crate::domain::report::fields::{self as registry, Kind as FieldKind};
use crate::domain::report::ReportInput;
use crate::domain::validation::FieldErrors;
use chrono::{DateTime, NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use fields::Kind;
pub use render::{render, render_answers, render_sections, ErrorLine, FieldView, SectionView};
use serde_json::{Map, Value};

/// Fields that steer the form rather than carry the report.
const CONTROL: &[&str] = &["csrf", "action", "stage", "switch_lang", "regime", "also"];

/// A posted (or saved) form: name/value pairs in document order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    pub fn parse(body: &[u8]) -> Result<Self, AppError> {
        serde_urlencoded::from_bytes(body)
            .map(FormData)
            .map_err(|_| AppError::BadRequest(crate::domain::msg::Msg::t("api-form-unreadable")))
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

    /// What a draft of `stage`'s form keeps: the content fields that form has and nothing
    /// else a client may post, so a draft cannot store arbitrary names.
    pub fn for_draft(&self, stage: Stage, new_case: bool) -> FormData {
        let names = sections::names(stage, new_case);
        FormData(
            self.0
                .iter()
                .filter(|(n, _)| names.contains(&n.as_str()))
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

/// One line of the indicators field: "type value optional note".
fn ioc_line(l: &str) -> Value {
    let (kind, rest) = head(l);
    let (value, note) = head(rest);
    let mut o = serde_json::json!({ "type": kind, "value": value });
    if !note.is_empty() {
        o["note"] = note.into();
    }
    o
}

/// One line of the timeline field: "date and time – event".
fn timeline_line(l: &str, tz: Tz) -> Value {
    let (at, event) = match l.split_once(" – ").or_else(|| l.split_once(" - ")) {
        Some((a, e)) => (a, e),
        None => head(l),
    };
    serde_json::json!({ "at": localize(at, tz), "event": event.trim() })
}

/// Turns a stage's form into the API's input types. `new_case` forms also carry the entity.
pub fn decode(
    form: &FormData,
    stage: Stage,
    tz: Tz,
) -> Result<(EntityInput, ReportInput), FieldErrors> {
    let mut head = Map::new();
    head.insert("stage".into(), stage.as_str().into());
    decode_into(form, head, tz)
}

/// Turns the form of a filing answering `answers` (one thread's stage, or several threads
/// at once) into the API's input: `report.answers: [{regime, stage}, …]` (spec §7).
pub fn decode_answers(
    form: &FormData,
    answers: &[answers::Answer],
    tz: Tz,
) -> Result<(EntityInput, ReportInput), FieldErrors> {
    let list: Vec<Value> = answers
        .iter()
        .map(|(r, s)| serde_json::json!({ "regime": r.as_str(), "stage": s.as_str() }))
        .collect();
    let mut head = Map::new();
    head.insert("answers".into(), Value::Array(list));
    decode_into(form, head, tz)
}

fn decode_into(
    form: &FormData,
    mut report: Map<String, Value>,
    tz: Tz,
) -> Result<(EntityInput, ReportInput), FieldErrors> {
    let mut entity = Map::new();
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
            Kind::Lines => match registry::find(name).map(|f| f.kind) {
                Some(FieldKind::Iocs) => lines(value).map(ioc_line).collect(),
                Some(FieldKind::Timeline) => lines(value).map(|l| timeline_line(l, tz)).collect(),
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

/// The form asks every filer whether the incident affects trust services (it cannot tell the
/// entity type before it is chosen); only a trust-service provider's answer is kept (§1.2).
pub fn for_entity(
    mut input: ReportInput,
    entity_type: crate::domain::names::EntityType,
) -> ReportInput {
    if !entity_type.is_trust_service_provider() {
        input.affects_trust_services = None;
    }
    input
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
                    .map(|i| match registry::find(name).map(|f| f.kind) {
                        Some(FieldKind::Iocs) => {
                            [scalar(&i["type"]), scalar(&i["value"]), scalar(&i["note"])]
                                .join(" ")
                                .trim()
                                .to_string()
                        }
                        Some(FieldKind::Timeline) => {
                            format!("{} – {}", local(&scalar(&i["at"])), scalar(&i["event"]))
                        }
                        _ => scalar(i),
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
