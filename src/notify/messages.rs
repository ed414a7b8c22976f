//! Which messages a filing, a coming deadline or a missed one causes, and their payloads:
//! no more than the recipient needs to act. The report's content stays behind the login.

use super::catalog::text;
use crate::domain::case::{Case, Submission};
use crate::domain::deadlines::{Deadline, DeadlineStatus};
use crate::domain::entity::EntityProfile;
use crate::domain::routing::{Authority, Recipient};
use crate::storage::outbox::{Kind, NewMessage};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde_json::json;

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

fn local(t: DateTime<Utc>, tz: Tz) -> String {
    t.with_timezone(&tz)
        .format(&format!("%Y-%m-%d %H:%M %Z ({})", tz.name()))
        .to_string()
}

/// One line per deadline, in UTC and the authority's time zone.
pub fn deadline_lines(rows: &[Deadline], tz: Tz) -> String {
    rows.iter()
        .map(|d| {
            let due = match d.due_at {
                Some(at) => format!(
                    "{} / {}{}",
                    utc(at),
                    local(at, tz),
                    if d.provisional {
                        format!(", {}", text("phrase", "provisional"))
                    } else {
                        String::new()
                    }
                ),
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

/// What every message about a case says about it.
fn case_values(
    case: &Case,
    entity: &EntityProfile,
    base_url: &str,
) -> serde_json::Map<String, serde_json::Value> {
    let v = json!({
        "reference": case.reference,
        "case_id": case.id.to_string(),
        "title": case.title,
        "entity_name": entity.legal_name,
        "member_state": case.member_state.as_str(),
        "sector": entity.classification.sector,
        "entity_type": entity.classification.entity_type,
        "severity": case.severity.map(|s| s.as_str()).unwrap_or("not yet assessed"),
        "cross_border": if case.cross_border_flagged { "possible" } else { "not indicated" },
        "case_link": format!("{base_url}/authority/cases/{}", case.id),
    });
    match v {
        serde_json::Value::Object(m) => m,
        _ => serde_json::Map::new(),
    }
}

fn authority_mail(a: &Authority) -> Vec<String> {
    a.emails.iter().map(|e| e.as_ref().to_string()).collect()
}

/// The messages one filing causes: each routed authority (informed copies marked), the
/// reporter's acknowledgement, and an alert to the administrators when nobody is in charge.
pub fn for_filing(
    case: &Case,
    submission: &Submission,
    entity: &EntityProfile,
    recipients: &[Recipient],
    admins: &[String],
    base_url: &str,
    now: DateTime<Utc>,
) -> Vec<NewMessage> {
    let tz = case.clock.timezone;
    let mut base = case_values(case, entity, base_url);
    let deadlines = deadline_lines(&case.deadlines(now), tz);
    base.insert(
        "stage_label".into(),
        text("stage", submission.stage.as_str()).into(),
    );
    base.insert("version".into(), submission.version.to_string().into());
    base.insert(
        "submitted_at".into(),
        format!(
            "{} / {}",
            utc(submission.submitted_at),
            local(submission.submitted_at, tz)
        )
        .into(),
    );
    base.insert("deadlines".into(), deadlines.into());
    let assistance = submission
        .facts
        .get("assistance_requested")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    base.insert(
        "assistance".into(),
        if assistance {
            "REQUESTED"
        } else {
            "not requested"
        }
        .into(),
    );

    let mut out = Vec::new();
    for r in recipients {
        let mut v = base.clone();
        v.insert("authority_name".into(), r.authority.name.clone().into());
        v.insert(
            "informed_sentence".into(),
            if r.informed {
                text("phrase", "informed_sentence")
            } else {
                String::new()
            }
            .into(),
        );
        v.insert(
            "informed_tag".into(),
            if r.informed {
                text("phrase", "informed_tag")
            } else {
                String::new()
            }
            .into(),
        );
        out.push(NewMessage {
            kind: Kind::AuthorityNotification,
            dedupe_key: format!("notify:{}:{}", submission.id, r.authority.code),
            case_id: Some(case.id),
            submission_id: Some(submission.id),
            authority_code: Some(r.authority.code.clone()),
            recipients: authority_mail(&r.authority),
            payload: v.into(),
        });
    }
    let mut ack = base.clone();
    ack.insert("received_utc".into(), utc(submission.submitted_at).into());
    ack.insert(
        "received_local".into(),
        local(submission.submitted_at, tz).into(),
    );
    let routed: Vec<String> = recipients
        .iter()
        .filter(|r| !r.informed)
        .map(|r| r.authority.name.clone())
        .collect();
    ack.insert(
        "routed_to".into(),
        if routed.is_empty() {
            text("phrase", "unrouted")
        } else {
            routed.join(", ")
        }
        .into(),
    );
    out.push(NewMessage {
        kind: Kind::ReporterAcknowledgement,
        dedupe_key: format!("ack:{}", submission.id),
        case_id: Some(case.id),
        submission_id: Some(submission.id),
        authority_code: None,
        recipients: vec![entity.email.as_ref().to_string()],
        payload: ack.into(),
    });
    if recipients.is_empty() && !admins.is_empty() {
        out.push(NewMessage {
            kind: Kind::UnroutedAlert,
            dedupe_key: format!("unrouted:{}", submission.id),
            case_id: Some(case.id),
            submission_id: Some(submission.id),
            authority_code: None,
            recipients: admins.to_vec(),
            payload: base.into(),
        });
    }
    out
}

/// How long before a deadline the reporter is reminded.
pub const REMIND_BEFORE: chrono::Duration = chrono::Duration::hours(12);

/// Reminders for stages falling due within [`REMIND_BEFORE`], and overdue notices to the
/// authorities in charge; dedupe keys make each one go out exactly once.
pub fn for_deadlines(
    case: &Case,
    entity: &EntityProfile,
    in_charge: &[Authority],
    base_url: &str,
    now: DateTime<Utc>,
) -> Vec<NewMessage> {
    let tz = case.clock.timezone;
    let base = case_values(case, entity, base_url);
    let mut out = Vec::new();
    for d in case.deadlines(now) {
        let Some(due) = d.due_at.filter(|_| !d.provisional) else {
            continue;
        };
        let mut v = base.clone();
        v.insert("stage_label".into(), text("stage", d.stage.as_str()).into());
        v.insert("due_utc".into(), utc(due).into());
        v.insert("due_local".into(), local(due, tz).into());
        let key = format!("{}:{}:{}", case.id, d.stage, due.timestamp());
        match d.status {
            DeadlineStatus::Pending if due - now <= REMIND_BEFORE => out.push(NewMessage {
                kind: Kind::DeadlineReminder,
                dedupe_key: format!("reminder:{key}"),
                case_id: Some(case.id),
                submission_id: None,
                authority_code: None,
                recipients: vec![entity.email.as_ref().to_string()],
                payload: v.into(),
            }),
            DeadlineStatus::Overdue => {
                for a in in_charge {
                    let mut v = v.clone();
                    v.insert("authority_name".into(), a.name.clone().into());
                    out.push(NewMessage {
                        kind: Kind::OverdueNotice,
                        dedupe_key: format!("overdue:{key}:{}", a.code),
                        case_id: Some(case.id),
                        submission_id: None,
                        authority_code: Some(a.code.clone()),
                        recipients: authority_mail(a),
                        payload: v.into(),
                    });
                }
            }
            _ => {}
        }
    }
    out
}
