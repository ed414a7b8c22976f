//! Which messages a coming or missed deadline causes (`for_deadlines`), and the deadline
//! list quoted in filing mail. An outbox row holds only who and why; the report's content
//! stays behind the login.

use crate::domain::case::Case;
use crate::domain::deadlines::{Deadline, DeadlineStatus};
use crate::domain::entity::EntityProfile;
use crate::domain::routing::Authority;
use crate::storage::outbox::payload::DeadlineDue;
use crate::storage::outbox::{NewMessage, Payload};
use crate::words::{local, text, utc};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

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
        let about = DeadlineDue {
            stage: d.stage,
            due_at: due,
        };
        match d.status {
            DeadlineStatus::Pending if due - now <= REMIND_BEFORE => out.push(NewMessage {
                dedupe_key: format!("reminder:{key}"),
                case_id: Some(case.id),
                submission_id: None,
                authority_code: None,
                recipients: vec![entity.email.as_ref().to_string()],
                payload: Payload::DeadlineReminder(about),
            }),
            DeadlineStatus::Overdue => {
                for a in in_charge {
                    out.push(NewMessage {
                        dedupe_key: format!("overdue:{key}:{}", a.code),
                        case_id: Some(case.id),
                        submission_id: None,
                        authority_code: Some(a.code.clone()),
                        recipients: a.emails.iter().map(|e| e.as_ref().to_string()).collect(),
                        payload: Payload::OverdueNotice(about.clone()),
                    });
                }
            }
            _ => {}
        }
    }
    out
}
