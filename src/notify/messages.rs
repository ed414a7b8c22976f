//! Which messages a coming or missed deadline causes (`for_deadlines`), and the deadline
//! list quoted in filing mail. An outbox row holds only who and why; the report's content
//! stays behind the login.

use crate::domain::case::Case;
use crate::domain::codes::Regime;
use crate::domain::deadlines::{self, Deadline, DeadlineStatus, FinalDue};
use crate::domain::entity::EntityProfile;
use crate::domain::lifecycle::Stage;
use crate::domain::routing::Authority;
use crate::storage::outbox::payload::DeadlineDue;
use crate::storage::outbox::{NewMessage, Payload};
use crate::words::{local_in, text_in, utc, Lang, Tr};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// One line per deadline, in UTC and the authority's time zone, in `lang`.
pub fn deadline_lines(rows: &[Deadline], tz: Tz, lang: Lang) -> String {
    let tr = Tr::new(lang);
    rows.iter()
        .map(|d| {
            let due = match d.due_at {
                Some(at) => {
                    let provisional = if d.provisional {
                        format!(", {}", tr.t("mail-provisional"))
                    } else {
                        String::new()
                    };
                    format!("{} / {}{provisional}", utc(at), local_in(lang, at, tz))
                }
                None => tr.t("mail-to_be_determined"),
            };
            // French sets a no-break space before the colon.
            let colon = if lang == Lang::Fr { "\u{a0}:" } else { ":" };
            format!(
                "- {}{colon} {} ({})",
                text_in(lang, "stage", d.stage.as_str()),
                due,
                text_in(lang, "deadline_status", d.status.as_str())
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
    in_charge: &[(Authority, Regime)],
    now: DateTime<Utc>,
) -> Vec<NewMessage> {
    let mut out = Vec::new();
    for d in case.deadlines(now) {
        if d.status == DeadlineStatus::AwaitingHandling {
            out.extend(status_reminder(case, entity, now));
            continue;
        }
        let Some(due) = d.due_at.filter(|_| !d.provisional) else {
            continue;
        };
        let key = match d.regime {
            Regime::Nis2 => format!("{}:{}:{}", case.id, d.stage, due.timestamp()),
            r => format!("{}:{r}:{}:{}", case.id, d.stage, due.timestamp()),
        };
        let about = DeadlineDue {
            regime: d.regime,
            stage: d.stage,
            due_at: due,
            status_update: false,
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
                // Each thread's authorities hear of their own thread's overdue stages only.
                for (a, _) in in_charge.iter().filter(|(_, r)| *r == d.regime) {
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

/// The monthly request for a status update while the final report awaits the end of handling
/// (spec §1.3 rule 7): one per month since the final report's deadline was displaced.
fn status_reminder(case: &Case, entity: &EntityProfile, now: DateTime<Utc>) -> Option<NewMessage> {
    let tz = case.clock.timezone;
    let Some(FinalDue::Displaced { at, .. }) =
        case.clock.final_due(&case.filed_in(Regime::Nis2), now)
    else {
        return None;
    };
    let n = deadlines::status_reminders_due(at, tz, now, REMIND_BEFORE);
    (n > 0).then(|| NewMessage {
        dedupe_key: format!("status:{}:{n}", case.id),
        case_id: Some(case.id),
        submission_id: None,
        authority_code: None,
        recipients: vec![entity.email.as_ref().to_string()],
        payload: Payload::DeadlineReminder(DeadlineDue {
            regime: Regime::Nis2,
            stage: Stage::IntermediateReport,
            due_at: deadlines::add_months(at, tz, n),
            status_update: true,
        }),
    })
}
