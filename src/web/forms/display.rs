//! Stored report facts as people read them, on the reporter's and the authority's case pages:
//! in the order the forms ask for them, codes as words, times in the case's zone.

use super::fields::{self, Kind};
use crate::domain::case::Case;
use crate::domain::deadlines::DeadlineStatus;
use crate::domain::lifecycle::Stage;
use crate::words::text;
use crate::words::{local, utc};
use chrono::{DateTime, Utc};

/// A stored value as people read it: codes as words, times in the case's zone.
pub fn show_value(name: &str, v: &serde_json::Value, tz: chrono_tz::Tz) -> String {
    use serde_json::Value;
    let kind = fields::kind(name);
    match v {
        Value::String(s) if kind == Kind::DateTime => DateTime::parse_from_rfc3339(s)
            .map(|t| local(t.with_timezone(&Utc), tz))
            .unwrap_or_else(|_| s.clone()),
        Value::String(s) if matches!(kind, Kind::Select | Kind::Tri | Kind::Checks) => {
            fields::words(s)
        }
        Value::String(s) => s.clone(),
        Value::Bool(b) => fields::words(if *b { "yes" } else { "no" }),
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

/// A submission's facts in the order the forms ask for them.
pub fn fact_rows(facts: &serde_json::Value, tz: chrono_tz::Tz) -> Vec<(String, String)> {
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
        .map(|k| (text("label", k), show_value(k, &map[k], tz)))
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

/// A case's deadlines at `now`, in the case's zone and UTC, with time left for open stages.
pub fn deadline_rows(case: &Case, now: DateTime<Utc>) -> Vec<DeadlineRow> {
    let tz = case.clock.timezone;
    let when = |t: DateTime<Utc>| format!("{} ({})", local(t, tz), utc(t));
    case.deadlines(now)
        .into_iter()
        .filter(|d| d.status != DeadlineStatus::NotApplicable)
        .map(|d| {
            let open = matches!(
                d.status,
                DeadlineStatus::Pending | DeadlineStatus::NotDue | DeadlineStatus::Overdue
            );
            let remaining = match d.due_at {
                Some(at) if open && at > now => format!("{} left", span((at - now).num_minutes())),
                Some(at) if open => format!("overdue by {}", span((now - at).num_minutes())),
                _ => String::new(),
            };
            DeadlineRow {
                stage: fields::words(&text("stage", d.stage.as_str())),
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
            }
        })
        .collect()
}

/// "3 h 20 min" from minutes.
fn span(minutes: i64) -> String {
    let (d, h, m) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    match (d, h) {
        (0, 0) => format!("{m} min"),
        (0, _) => format!("{h} h {m} min"),
        _ => format!("{d} d {h} h"),
    }
}
