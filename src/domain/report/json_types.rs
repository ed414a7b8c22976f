//! The JSON API's type check of a raw report (issue 11 item 8): before the lenient
//! [`super::Scalar`] reads a value as text, every field sent as JSON must have the JSON type its
//! registry kind (and the OpenAPI document) says: a string for text, times, codes, UUIDs and
//! euros, a number for counts, `true`/`false` for booleans, a list of strings for code and
//! string lists, objects for indicators, timeline events and `cross_border_impact`. A wrong type
//! is a field error under its path (`report.title`, `report.iocs[0].value`), never coerced.
//! HTML forms send only text and do not come here.

use super::fields::{self, Field, Kind};
use super::reader::LIST_MAX;
use crate::domain::validation::{FieldErrors, Msg};
use serde_json::{Map, Value};

/// The string parts of one indicator of compromise (`IocInput`).
const IOC_PARTS: &[&str] = &["type", "value", "first_seen", "last_seen", "note"];
/// The string parts of one timeline event (`TimelineInput`).
const TIMELINE_PARTS: &[&str] = &["at", "event"];
const ANSWER_PARTS: &[&str] = &["regime", "stage"];

/// Every field of `report` (a JSON object, named `prefix` in paths) whose JSON type is not the
/// one its registry kind takes. `null` means "not sent" for any field; unknown names are left
/// to the deserializer, which refuses them by name.
pub fn type_errors(report: &Value, prefix: &str) -> FieldErrors {
    let mut errors = FieldErrors::default();
    if let Some(map) = report.as_object() {
        fields_of(&mut errors, prefix, map, fields::all());
    }
    errors
}

fn fields_of(e: &mut FieldErrors, prefix: &str, map: &Map<String, Value>, list: &[Field]) {
    for f in list {
        if let Some(v) = map.get(f.name) {
            value(e, &format!("{prefix}.{}", f.name), f.kind, v);
        }
    }
}

fn value(e: &mut FieldErrors, path: &str, kind: Kind, v: &Value) {
    if v.is_null() {
        return;
    }
    match kind {
        Kind::Bool => expect(e, path, v.is_boolean(), "boolean", v),
        Kind::Count => expect(e, path, v.is_number(), "number", v),
        Kind::CountOrUnknown => {
            let unknown = v
                .as_str()
                .is_some_and(|s| s.trim().eq_ignore_ascii_case("unknown"));
            expect(e, path, v.is_number() || unknown, "number-or-unknown", v)
        }
        Kind::Codes(_) | Kind::List(_) => list(e, path, v, "strings", &mut |e, p, item| {
            expect(e, p, item.is_string(), "string", item)
        }),
        Kind::Iocs => list(e, path, v, "objects", &mut |e, p, item| {
            object(e, p, item, IOC_PARTS)
        }),
        Kind::Timeline => list(e, path, v, "objects", &mut |e, p, item| {
            object(e, p, item, TIMELINE_PARTS)
        }),
        Kind::Answers => list(e, path, v, "objects", &mut |e, p, item| {
            object(e, p, item, ANSWER_PARTS)
        }),
        Kind::Object(parts) => match v.as_object() {
            Some(map) => fields_of(e, path, map, parts),
            None => expect(e, path, false, "object", v),
        },
        Kind::Line { .. }
        | Kind::Text { .. }
        | Kind::DateTime
        | Kind::Tri
        | Kind::Code(_)
        | Kind::Money
        | Kind::Cvss
        | Kind::Uuid => expect(e, path, v.is_string(), "string", v),
    }
}

/// A list whose entries `item` checks under `path[i]`. Over-long lists are left to the parse
/// step, which refuses their length once instead of naming every entry.
fn list(
    e: &mut FieldErrors,
    path: &str,
    v: &Value,
    of: &'static str,
    item: &mut dyn FnMut(&mut FieldErrors, &str, &Value),
) {
    let Some(items) = v.as_array() else {
        return expect(e, path, false, of, v);
    };
    if items.len() > LIST_MAX {
        return;
    }
    for (i, entry) in items.iter().enumerate() {
        item(e, &format!("{path}[{i}]"), entry);
    }
}

/// An object whose named `parts` are strings (or null).
fn object(e: &mut FieldErrors, path: &str, v: &Value, parts: &[&str]) {
    let Some(map) = v.as_object() else {
        return expect(e, path, false, "object", v);
    };
    for part in parts {
        if let Some(p) = map.get(*part).filter(|p| !p.is_null()) {
            expect(e, &format!("{path}.{part}"), p.is_string(), "string", p);
        }
    }
}

/// Records "must be <want>, not <got>"; `want` is one of the `api-json-type` variants
/// (`boolean`, `number`, `number-or-unknown`, `string`, `strings`, `objects`, `object`).
fn expect(e: &mut FieldErrors, path: &str, ok: bool, want: &'static str, got: &Value) {
    if !ok {
        e.add(path, json_type_error(want, json_type(got)));
    }
}

/// "must be <want>, not <got>" with both named by their `api-json-type` variant; anything
/// else is shown as given.
pub fn json_type_error(want: &str, got: &str) -> Msg {
    Msg::t2("api-json-type", ("want", want), ("got", got))
}

/// The JSON type of `v`, as an `api-json-type` variant.
fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn named(v: Value) -> Vec<String> {
        let e = type_errors(&v, "report");
        e.list().iter().map(|e| e.field.clone()).collect()
    }

    #[test]
    fn each_kind_takes_its_json_type_and_nothing_else() {
        let good = json!({
            "title": "Ransomware", "assistance_requested": false, "deaths": 0,
            "users_affected": "unknown", "users_total_eu": 10, "cross_border_ms": ["DE"],
            "iocs": [{"type": "ipv4", "value": "192.0.2.1", "note": null}],
            "timeline": [{"at": "2026-03-01T08:30:00Z", "event": "found"}],
            "cross_border_impact": {"ms": ["FR"], "description": "Outage in France"},
            "financial_loss_eur": "10.00", "summary": null
        });
        assert!(named(good).is_empty());
        let bad = json!({
            "title": 12345, "assistance_requested": "no", "deaths": "3",
            "users_affected": "5000", "cross_border_ms": "DE", "affected_services": [1, "x"],
            "iocs": [{"type": true, "value": ["x"]}, 7],
            "timeline": {"at": "x"},
            "cross_border_impact": {"ms": [false], "description": 5},
            "financial_loss_eur": 10.5, "stage": ["early_warning"]
        });
        let mut got = named(bad);
        got.sort();
        assert_eq!(
            got,
            vec![
                "report.affected_services[0]",
                "report.assistance_requested",
                "report.cross_border_impact.description",
                "report.cross_border_impact.ms[0]",
                "report.cross_border_ms",
                "report.deaths",
                "report.financial_loss_eur",
                "report.iocs[0].type",
                "report.iocs[0].value",
                "report.iocs[1]",
                "report.stage",
                "report.timeline",
                "report.title",
                "report.users_affected",
            ]
        );
    }

    #[test]
    fn the_message_says_what_was_wanted_and_what_came() {
        let e = type_errors(&json!({"title": 12345}), "report");
        assert_eq!(e.list()[0].message, "must be a string, not a number");
    }
}
