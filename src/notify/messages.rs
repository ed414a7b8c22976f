//! Which messages a filing, a coming deadline or a missed one causes (`for_*`), and what
//! they say (`values`), built at send time from the case as it is then. An outbox row holds
//! only who and why; the report's content stays behind the login.

use super::catalog::text;
use crate::domain::case::{Case, Submission};
use crate::domain::deadlines::{Deadline, DeadlineStatus};
use crate::domain::entity::EntityProfile;
use crate::domain::routing::{Authority, Recipient, RoutingTable};
use crate::storage::outbox::{Kind, Message, NewMessage};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::{json, Map, Value};

pub fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

pub fn local(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz)
        .format(&format!("%Y-%m-%d %H:%M %Z ({})", tz.name()))
        .to_string()
}

/// One line per deadline, in UTC and the authority's time zone.
pub fn deadline_lines(rows: &[Deadline], tz: Tz) -> String {
    rows.iter()
        .map(|d| {
            let due = match d.due_at {
                Some(at) => {
                    let provisional = if d.provisional {
                        format!(", {}", text("phrase", "provisional"))
                    } else {
                        String::new()
                    };
                    format!("{} / {}{provisional}", utc(at), local(at, tz))
                }
                None => text("phrase", "to_be_determined"),
            };
            format!(
                "- {}: {} ({})",
                text("stage", d.stage.as_str()),
                due,
                text("deadline_status", d.status.as_str())
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn authority_mail(a: &Authority) -> Vec<String> {
    a.emails.iter().map(|e| e.as_ref().to_string()).collect()
}

fn message(
    kind: Kind,
    dedupe_key: String,
    case: &Case,
    submission: Option<&Submission>,
    authority: Option<&Authority>,
    recipients: Vec<String>,
    payload: Value,
) -> NewMessage {
    NewMessage {
        kind,
        dedupe_key,
        case_id: Some(case.id),
        submission_id: submission.map(|s| s.id),
        authority_code: authority.map(|a| a.code.to_string()),
        recipients,
        payload,
    }
}

/// The messages one filing causes: each routed authority (informed copies marked), the
/// reporter's acknowledgement, and an alert to the administrators when nobody is in charge.
pub fn for_filing(
    case: &Case,
    submission: &Submission,
    entity: &EntityProfile,
    recipients: &[Recipient],
    admins: &[String],
) -> Vec<NewMessage> {
    let mut out: Vec<NewMessage> = recipients
        .iter()
        .map(|r| {
            let key = format!("notify:{}:{}", submission.id, r.authority.code);
            message(
                Kind::AuthorityNotification,
                key,
                case,
                Some(submission),
                Some(&r.authority),
                authority_mail(&r.authority),
                json!({"informed": r.informed}),
            )
        })
        .collect();
    let routed: Vec<&str> = recipients
        .iter()
        .filter(|r| !r.informed)
        .map(|r| r.authority.name.as_str())
        .collect();
    let ack = json!({"routed_to": if routed.is_empty() { text("phrase", "unrouted") } else { routed.join(", ") }});
    out.push(message(
        Kind::ReporterAcknowledgement,
        format!("ack:{}", submission.id),
        case,
        Some(submission),
        None,
        vec![entity.email.as_ref().to_string()],
        ack,
    ));
    if recipients.is_empty() && !admins.is_empty() {
        out.push(message(
            Kind::UnroutedAlert,
            format!("unrouted:{}", submission.id),
            case,
            Some(submission),
            None,
            admins.to_vec(),
            json!({}),
        ));
    }
    out
}

/// Tells the reporter that an authority wrote to them (feedback, a message, a request); the
/// content stays behind the follow-up link. One mail per case event.
pub fn for_update(
    case: &Case,
    entity: &EntityProfile,
    authority: &Authority,
    event_id: uuid::Uuid,
    update_label: &str,
) -> NewMessage {
    message(
        Kind::ReporterUpdate,
        format!("update:{event_id}"),
        case,
        None,
        Some(authority),
        vec![entity.email.as_ref().to_string()],
        json!({"update_label": update_label}),
    )
}

/// How long before a deadline the reporter is reminded.
pub const REMIND_BEFORE: chrono::Duration = chrono::Duration::hours(12);

/// Reminders for stages falling due within [`REMIND_BEFORE`], and overdue notices to the
/// authorities in charge; dedupe keys make each one go out exactly once.
pub fn for_deadlines(
    case: &Case,
    entity: &EntityProfile,
    in_charge: &[Authority],
    now: DateTime<Utc>,
) -> Vec<NewMessage> {
    let mut out = Vec::new();
    for d in case.deadlines(now) {
        let Some(due) = d.due_at.filter(|_| !d.provisional) else {
            continue;
        };
        let key = format!("{}:{}:{}", case.id, d.stage, due.timestamp());
        let payload = json!({"stage": d.stage.as_str(), "due_at": due.to_rfc3339()});
        match d.status {
            DeadlineStatus::Pending if due - now <= REMIND_BEFORE => {
                let to = vec![entity.email.as_ref().to_string()];
                out.push(message(
                    Kind::DeadlineReminder,
                    format!("reminder:{key}"),
                    case,
                    None,
                    None,
                    to,
                    payload,
                ));
            }
            DeadlineStatus::Overdue => {
                for a in in_charge {
                    let k = format!("overdue:{key}:{}", a.code);
                    out.push(message(
                        Kind::OverdueNotice,
                        k,
                        case,
                        None,
                        Some(a),
                        authority_mail(a),
                        payload.clone(),
                    ));
                }
            }
            _ => {}
        }
    }
    out
}

/// Everything a template may say about `m`, from the case as it is at send time.
pub fn values(
    m: &Message,
    case: &Case,
    submission: Option<&Submission>,
    entity: &EntityProfile,
    routing: &RoutingTable,
    base_url: &str,
    now: DateTime<Utc>,
) -> Value {
    let tz = case.clock.timezone;
    let mut v: Map<String, Value> = match &m.payload {
        Value::Object(p) => p.clone(),
        _ => Map::new(),
    };
    let mut put = |k: &str, x: String| {
        v.insert(k.into(), Value::String(x));
    };
    put("reference", case.reference.to_string());
    put("case_id", case.id.to_string());
    put("title", case.title.clone());
    put("entity_name", entity.legal_name.clone());
    put("member_state", case.member_state.as_str().into());
    put("sector", entity.classification.sector.to_string());
    put("entity_type", entity.classification.entity_type.to_string());
    put(
        "severity",
        case.severity
            .map(|s| s.as_str())
            .unwrap_or("not yet assessed")
            .into(),
    );
    put(
        "cross_border",
        if case.cross_border_flagged {
            "possible"
        } else {
            "not indicated"
        }
        .into(),
    );
    put(
        "case_link",
        format!("{base_url}/authority/cases/{}", case.id),
    );
    put("deadlines", deadline_lines(&case.deadlines(now), tz));
    if let Some(a) = m
        .authority_code
        .as_ref()
        .and_then(|c| routing.authorities.iter().find(|a| &a.code == c))
    {
        put("authority_name", a.name.clone());
    }
    let informed = m
        .payload
        .get("informed")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    put(
        "informed_sentence",
        if informed {
            text("phrase", "informed_sentence")
        } else {
            String::new()
        },
    );
    put(
        "informed_tag",
        if informed {
            text("phrase", "informed_tag")
        } else {
            String::new()
        },
    );
    if let Some(s) = submission {
        put("stage_label", text("stage", s.stage.as_str()));
        put("version", s.version.to_string());
        put(
            "submitted_at",
            format!("{} / {}", utc(s.submitted_at), local(s.submitted_at, tz)),
        );
        put("received_utc", utc(s.submitted_at));
        put("received_local", local(s.submitted_at, tz));
        let assistance = s
            .facts
            .get("assistance_requested")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        put(
            "assistance",
            if assistance {
                "REQUESTED"
            } else {
                "not requested"
            }
            .into(),
        );
    }
    if let Some(stage) = m.payload.get("stage").and_then(Value::as_str) {
        put("stage_label", text("stage", stage));
    }
    if let Some(due) = m
        .payload
        .get("due_at")
        .and_then(Value::as_str)
        .and_then(|d| DateTime::parse_from_rfc3339(d).ok())
    {
        let due = due.with_timezone(&Utc);
        put("due_utc", utc(due));
        put("due_local", local(due, tz));
    }
    Value::Object(v)
}
