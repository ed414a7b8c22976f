//! Stored report facts as people read them, on the reporter's and the authority's case pages:
//! in the order the forms ask for them, codes as words, times in the case's zone.

use super::fields::{self, Kind};
use crate::domain::case::Case;
use crate::domain::deadlines::DeadlineStatus;
use crate::domain::lifecycle::Stage;
use crate::words::{local_in, text_in, utc, Lang, Tr};
use chrono::{DateTime, Utc};

/// A stored value as people read it: codes as words, times in the case's zone (English).
pub fn show_value(name: &str, v: &serde_json::Value, tz: chrono_tz::Tz) -> String {
    show_value_in(Lang::En, name, v, tz)
}

/// [`show_value`] in `lang`.
pub fn show_value_in(lang: Lang, name: &str, v: &serde_json::Value, tz: chrono_tz::Tz) -> String {
    use serde_json::Value;
    let show_value = |name: &str, v: &Value, tz| show_value_in(lang, name, v, tz);
    let words = |c: &str| fields::words_in(lang, c);
    let kind = fields::kind(name);
    match v {
        Value::String(s) if kind == Kind::DateTime => DateTime::parse_from_rfc3339(s)
            .map(|t| local_in(lang, t.with_timezone(&Utc), tz))
            .unwrap_or_else(|_| s.clone()),
        // The label the form shows for this choice (a language or member state by name),
        // else the code in words.
        Value::String(s) if matches!(kind, Kind::Select | Kind::Tri | Kind::Checks) => {
            fields::choices_in(lang, name)
                .into_iter()
                .find(|c| c.value == *s)
                .map(|c| c.label)
                .unwrap_or_else(|| words(s))
        }
        Value::String(s) => s.clone(),
        Value::Bool(b) => words(if *b { "yes" } else { "no" }),
        Value::Array(items) if kind == Kind::Lines => items
            .iter()
            .map(|i| show_value(name, i, tz))
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Array(items) => items
            .iter()
            .map(|i| show_value(name, i, tz))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(o) => o
            .iter()
            .map(|(k, v)| show_value(k, v, tz))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A submission's facts in the order the forms ask for them (English).
pub fn fact_rows(facts: &serde_json::Value, tz: chrono_tz::Tz) -> Vec<(String, String)> {
    fact_rows_in(Lang::En, facts, tz)
}

/// [`fact_rows`] in `lang`.
pub fn fact_rows_in(
    lang: Lang,
    facts: &serde_json::Value,
    tz: chrono_tz::Tz,
) -> Vec<(String, String)> {
    let Some(map) = facts.as_object() else {
        return Vec::new();
    };
    let mut order: Vec<&str> = fields::names(Stage::IncidentNotification, false);
    order.extend(fields::names(Stage::FinalReport, false));
    order.extend(fields::names(Stage::ProgressReport, false));
    order.extend(fields::names(Stage::IntermediateReport, false));
    let rank = |k: &str| {
        order
            .iter()
            .position(|n| *n == k || n.starts_with(&format!("{k}.")))
            .unwrap_or(usize::MAX)
    };
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort_by_key(|k| rank(k));
    keys.into_iter()
        .map(|k| {
            let value = show_value_in(lang, k, &map[k], tz);
            (text_in(lang, "label", k), value)
        })
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

/// One row of a case's deadline table.
pub struct DeadlineRow {
    pub stage: String,
    pub due: String,
    pub status: String,
    /// "3 h 20 min left" or "overdue by 2 h 5 min" for an open stage.
    pub remaining: String,
    pub overdue: bool,
}

/// A deadline row with its thread (spec §7) and, for DORA, the weekend and bank-holiday
/// rule that decided its due time, in words.
pub struct RegimeRow {
    pub regime: crate::domain::codes::Regime,
    pub rule: String,
    pub row: DeadlineRow,
}

/// A case's deadlines at `now`, in the case's zone and UTC, with time left for open stages
/// (English).
pub fn deadline_rows(case: &Case, now: DateTime<Utc>) -> Vec<DeadlineRow> {
    deadline_rows_in(Lang::En, case, now)
}

/// [`deadline_rows`] in `lang`.
pub fn deadline_rows_in(lang: Lang, case: &Case, now: DateTime<Utc>) -> Vec<DeadlineRow> {
    regime_rows_in(lang, case, now)
        .into_iter()
        .map(|r| r.row)
        .collect()
}

/// [`deadline_rows_in`] with each row's thread and weekend rule (spec §7).
pub fn regime_rows_in(lang: Lang, case: &Case, now: DateTime<Utc>) -> Vec<RegimeRow> {
    let tz = case.clock.timezone;
    let tr = Tr::new(lang);
    let text = |s: &str, k: &str| text_in(lang, s, k);
    let when = |t: DateTime<Utc>| format!("{} ({})", local_in(lang, t, tz), utc(t));
    case.deadlines(now)
        .into_iter()
        .filter(|d| d.status != DeadlineStatus::NotApplicable)
        .map(|d| {
            let open = matches!(
                d.status,
                DeadlineStatus::Pending | DeadlineStatus::NotDue | DeadlineStatus::Overdue
            );
            let remaining = match d.due_at {
                Some(at) if open && at > now => {
                    let left = span(&tr, (at - now).num_minutes());
                    tr.t1("pages-deadline-left", "span", &left)
                }
                Some(at) if open => {
                    let late = span(&tr, (now - at).num_minutes());
                    tr.t1("pages-deadline-overdue", "span", &late)
                }
                _ => String::new(),
            };
            let row = DeadlineRow {
                stage: fields::words_in(lang, &text("stage", d.stage.as_str())),
                due: match d.due_at {
                    Some(at) if d.provisional => {
                        format!("{} ({})", when(at), text("phrase", "provisional"))
                    }
                    Some(at) => when(at),
                    None => text("phrase", "to_be_determined"),
                },
                status: text("deadline_status", d.status.as_str()),
                overdue: d.status == DeadlineStatus::Overdue,
                remaining,
            };
            RegimeRow {
                regime: d.regime,
                rule: d
                    .weekend_rule
                    .map(|r| text("weekend_rule", r.as_str()))
                    .unwrap_or_default(),
                row,
            }
        })
        .collect()
}

/// "3 h 20 min" from minutes, with the language's unit symbols.
fn span(tr: &Tr, minutes: i64) -> String {
    let (d, h, m) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    match (d, h) {
        (0, 0) => tr.t1("pages-span-minutes", "m", m),
        (0, _) => tr.t2("pages-span-hours", ("h", h), ("m", m)),
        _ => tr.t2("pages-span-days", ("d", d), ("h", h)),
    }
}
