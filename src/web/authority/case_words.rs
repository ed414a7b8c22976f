//! The staff case page's words in the user's language: deadlines, the feedback timer, the
//! entity's facts, the conversation's events, how a case ended and where it was routed
//! (stored report facts read as on the reporter's page, `forms::display::fact_rows_in`).
//! Codes read through the catalogue (`text_in`), sentences through `staff.ftl`.

use super::case::Loaded;
use super::speak::{capitalised, span, when, words};
use crate::domain::deadlines::DeadlineStatus;
use crate::domain::member_state::MemberState;
use crate::domain::staff::{EventKind, FeedbackDue};
use crate::storage::handling::{Event, Routed};
use crate::web::forms::display::DeadlineRow;
use crate::words::{text_in, Lang, Tr};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// A case's deadlines at `now`, in the case's zone and UTC, with the time left for open stages.
pub fn deadline_rows(tr: &Tr, l: &Loaded, now: DateTime<Utc>) -> Vec<DeadlineRow> {
    let (lang, tz) = (tr.lang, l.case.clock.timezone);
    crate::domain::regimes::visible::deadlines_for(&l.case, &l.regimes, now)
        .into_iter()
        .filter(|d| d.status != DeadlineStatus::NotApplicable)
        .map(|d| {
            let open = matches!(
                d.status,
                DeadlineStatus::Pending | DeadlineStatus::NotDue | DeadlineStatus::Overdue
            );
            let remaining = match d.due_at {
                Some(at) if open && at > now => {
                    let left = span(tr, (at - now).num_minutes());
                    tr.t1("staff-left", "span", &left)
                }
                Some(at) if open => {
                    let late = span(tr, (now - at).num_minutes());
                    tr.t1("staff-overdue-by", "span", &late)
                }
                _ => String::new(),
            };
            DeadlineRow {
                stage: capitalised(&text_in(lang, "stage", d.stage.as_str())),
                due: match d.due_at {
                    Some(at) if d.provisional => format!(
                        "{} ({})",
                        when(lang, at, tz),
                        text_in(lang, "phrase", "provisional")
                    ),
                    Some(at) => when(lang, at, tz),
                    None => text_in(lang, "phrase", "to_be_determined"),
                },
                status: text_in(lang, "deadline_status", d.status.as_str()),
                overdue: d.status == DeadlineStatus::Overdue,
                remaining,
            }
        })
        .collect()
}

/// Whether this authority owes feedback (Art. 23(5)), and by when, in words.
pub fn feedback_line(
    tr: &Tr,
    l: &Loaded,
    me: Option<&Routed>,
    at: DateTime<Utc>,
) -> (String, bool) {
    let (lang, tz) = (tr.lang, l.case.clock.timezone);
    // A copy for information, or the single point of contact (Art. 23(1)), owes no feedback;
    // nor does a recipient of another regime's thread only (Art. 23(5) is NIS2's).
    let informed = me.is_some_and(|r| r.informed || !r.role.handles_reports())
        || !l.regimes.contains(&crate::domain::codes::Regime::Nis2);
    match FeedbackDue::at(
        l.case.created_at,
        me.and_then(|r| r.feedback_at),
        informed,
        at,
    ) {
        FeedbackDue::Given(t) => (
            tr.t1("staff-feedback-given", "at", &when(lang, t, tz)),
            false,
        ),
        FeedbackDue::NotOwed => (tr.t("staff-feedback-not-owed"), false),
        FeedbackDue::Owed { due, overdue: true } => (
            tr.t1("staff-feedback-overdue", "at", &when(lang, due, tz)),
            true,
        ),
        FeedbackDue::Owed { due, .. } => {
            let (by, left) = (when(lang, due, tz), span(tr, (due - at).num_minutes()));
            let owed = tr.t2("staff-feedback-owed", ("at", &by), ("span", &left));
            (owed, false)
        }
    }
}

/// The entity and its contacts as label and value.
pub fn entity_rows(tr: &Tr, l: &Loaded) -> Vec<(String, String)> {
    let (p, lang) = (&l.entity.profile, tr.lang);
    let c = &p.classification;
    vec![
        (tr.t("staff-entity-name"), p.legal_name.clone()),
        (
            tr.t("staff-queue-member-state"),
            member_state_name(lang, p.member_state),
        ),
        (
            tr.t("staff-queue-sector"),
            format!(
                "{} / {}",
                words(lang, c.sector.as_str()),
                c.subsector.map(|s| words(lang, s)).unwrap_or_default()
            ),
        ),
        (
            tr.t("staff-entity-type"),
            words(lang, c.entity_type.as_str()),
        ),
        (
            tr.t("staff-entity-category"),
            words(lang, p.entity_category.as_str()),
        ),
        (
            tr.t("staff-entity-registration"),
            p.registration_id.clone().unwrap_or_default(),
        ),
        (
            tr.t("staff-entity-contact"),
            p.contact_name.clone().unwrap_or_default(),
        ),
        (tr.t("staff-account-email"), p.email.as_ref().to_string()),
        (
            tr.t("staff-entity-phone"),
            p.phone
                .as_ref()
                .map(|x| x.as_ref().to_string())
                .unwrap_or_default(),
        ),
    ]
}

/// What happened in one event of the conversation, in words.
pub fn event_words(tr: &Tr, l: &Loaded, e: &Event, tz: Tz) -> String {
    let lang = tr.lang;
    let code = |c: Option<&str>| words(lang, c.unwrap_or(""));
    match e.kind {
        EventKind::Feedback => {
            let kind = code(e.data.feedback_kind().map(|k| k.as_str()));
            tr.t1("staff-event-feedback", "kind", &kind)
        }
        EventKind::IntermediateRequest => {
            let due = e.data.due_at().map(|d| when(lang, d, tz));
            tr.t1("staff-event-request", "at", &due.unwrap_or_default())
        }
        EventKind::Review => {
            let status = code(e.data.review_status().map(|s| s.as_str()));
            tr.t1("staff-event-review", "status", &status)
        }
        EventKind::Assignment => {
            let user = (e.data.user_id())
                .and_then(|u| l.users.iter().find(|x| x.id == u))
                .map(|u| u.email.clone())
                .unwrap_or_else(|| tr.t("staff-nobody"));
            tr.t1("staff-event-assigned", "user", &user)
        }
        EventKind::PublicAwareness => {
            let decision = code(e.data.decision().map(|d| d.as_str()));
            tr.t1("staff-event-awareness", "decision", &decision)
        }
        EventKind::Closed | EventKind::Withdrawn => e.data.closure_kind().map_or_else(
            || words(lang, &text_in(lang, "event", e.kind.as_str())),
            |k| words(lang, &text_in(lang, "closure_kind", k.as_str())),
        ),
        EventKind::StageWaived => {
            let stage = e.data.stage().map(|s| text_in(lang, "stage", s.as_str()));
            tr.t1("staff-event-waived", "stage", &stage.unwrap_or_default())
        }
        k => words(lang, &text_in(lang, "event", k.as_str())),
    }
}

/// How a closed or withdrawn case ended, in words, with the reason.
pub fn ending(tr: &Tr, l: &Loaded) -> Option<String> {
    let c = l.case.closure.as_ref()?;
    let how = words(tr.lang, &text_in(tr.lang, "closure_kind", c.kind.as_str()));
    Some(match &c.duplicate_of {
        Some(r) => {
            let of = r.to_string();
            let how = tr.t2("staff-ending-duplicate", ("how", &how), ("of", &of));
            format!("{how}: {}", c.reason)
        }
        None => format!("{how}: {}", c.reason),
    })
}

/// The authorities a case was routed to, each with its role in words, those informed marked.
pub fn routed_to(tr: &Tr, routed: &[Routed]) -> String {
    routed
        .iter()
        .map(|r| {
            let (a, role) = (r.authority_code.as_str(), words(tr.lang, r.role.as_str()));
            if r.informed {
                tr.t2("staff-routed-informed", ("authority", a), ("role", &role))
            } else {
                tr.t2("staff-routed-as", ("authority", a), ("role", &role))
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A member state by its name in `lang`, with its EU code: "Luxembourg (LU)".
pub fn member_state_name(lang: Lang, m: MemberState) -> String {
    format!(
        "{} ({})",
        text_in(lang, "member_state", m.as_str()),
        m.eu_code()
    )
}
