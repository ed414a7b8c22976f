//! The view model of the staff case page (`authority/case.html`): built in one function,
//! [`case_page`], from a loaded case, the signed-in staff user and the time of the view.

use super::case::{Loaded, Outcome};
use super::{Frame, Staff};
use crate::domain::codes::ReviewStatus;
use crate::domain::staff::{EventKind, FeedbackDue, FeedbackKind, PublicAwareness};
use crate::storage::handling::{Event, Routed};
use crate::web::forms::display::{deadline_rows, fact_rows, DeadlineRow};
use crate::web::forms::fields::words;
use crate::words::text;
use crate::words::{local, utc};
use askama::Template;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

pub(super) struct SubmissionView {
    id: String,
    heading: String,
    at: String,
    by: String,
    late: bool,
    review: String,
    changed: Vec<String>,
    facts: Vec<(String, String)>,
}

pub(super) struct Line {
    at: String,
    who: String,
    what: String,
    body: String,
    internal: bool,
}

#[derive(Template)]
#[template(path = "authority/case.html")]
pub(super) struct CasePage {
    frame: Frame,
    case_id: String,
    reference: String,
    case_title: String,
    state: String,
    /// Closed or withdrawn: the page offers reopening instead of closing.
    closed: bool,
    /// How the case ended, in words, with the reason.
    ending: Option<String>,
    closure_kinds: Vec<(String, String)>,
    /// The stages that can be waived now (pending or overdue).
    waivable: Vec<(String, String)>,
    informed: bool,
    can_act: bool,
    entity: Vec<(String, String)>,
    feedback: String,
    feedback_overdue: bool,
    assistance: bool,
    deadlines: Vec<DeadlineRow>,
    submissions: Vec<SubmissionView>,
    mail: Vec<(String, String, String, i32)>,
    conversation: Vec<Line>,
    trail: Vec<(String, String, String)>,
    users: Vec<(String, String, bool)>,
    feedback_kinds: Vec<(String, String)>,
    reviews: Vec<(String, String)>,
    decisions: Vec<(String, String)>,
    routed_to: String,
    notice: Option<String>,
    error: Option<String>,
    kept_action: String,
    kept_message: String,
    timezone: String,
    share: super::packages::ShareSection,
}

fn when(t: DateTime<Utc>, tz: Tz) -> String {
    format!("{} ({})", local(t, tz), utc(t))
}

/// Codes with their words, as a select's options.
fn options(codes: impl Iterator<Item = &'static str>) -> Vec<(String, String)> {
    codes.map(|k| (k.to_string(), words(k))).collect()
}

/// The case page as staff of `staff`'s authority see it at `at`.
pub(super) fn case_page(
    frame: Frame,
    staff: &Staff,
    l: &Loaded,
    at: DateTime<Utc>,
    outcome: Outcome,
    routing: &crate::domain::routing::RoutingTable,
) -> CasePage {
    let tz = l.case.clock.timezone;
    let me = l
        .routed
        .iter()
        .find(|r| r.authority_code == staff.user.authority_code);
    // A copy for information, or the single point of contact (Art. 23(1)), owes no feedback.
    let informed = me.is_some_and(|r| r.informed || !r.role.handles_reports());
    let (feedback, feedback_overdue) = feedback_line(l, me, at);
    let assignee = me.and_then(|r| r.assignee_id);
    let reviews = [
        ReviewStatus::InReview,
        ReviewStatus::Accepted,
        ReviewStatus::RevisionRequested,
    ];
    CasePage {
        frame,
        case_id: l.case.id.to_string(),
        reference: l.case.reference.to_string(),
        case_title: l.case.title.clone(),
        state: words(l.case.state.as_str()),
        closed: l.case.state.is_terminal(),
        ending: ending(l),
        closure_kinds: ["not_significant", "duplicate", "accepted"]
            .iter()
            .map(|k| (k.to_string(), words(&text("closure_kind", k))))
            .collect(),
        waivable: waivable(l, at),
        informed,
        can_act: staff.user.role.can_act() && !informed,
        entity: entity_rows(l),
        feedback,
        feedback_overdue,
        assistance: l
            .case
            .facts
            .get("assistance_requested")
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        deadlines: deadline_rows(&l.case, at),
        submissions: submission_views(l, tz),
        mail: mail_rows(l),
        conversation: l.events.iter().map(|e| line(l, e, tz)).collect(),
        trail: (l.trail.iter().rev().take(200))
            .map(|e| (when(e.at, tz), e.actor.to_string(), e.action.to_string()))
            .collect(),
        users: (l.users.iter().filter(|u| !u.disabled))
            .map(|u| (u.id.to_string(), u.email.clone(), Some(u.id) == assignee))
            .collect(),
        feedback_kinds: options(FeedbackKind::ALL.iter().map(|k| k.as_str())),
        reviews: options(reviews.iter().map(|k| k.as_str())),
        decisions: options(PublicAwareness::ALL.iter().map(|k| k.as_str())),
        routed_to: routed_to(&l.routed),
        notice: outcome.notice,
        error: outcome.error,
        kept_action: outcome.kept.0.to_string(),
        kept_message: outcome.kept.1.to_string(),
        timezone: tz.name().to_string(),
        share: super::packages::section(routing, staff, l, tz),
    }
}

/// Whether this authority owes feedback (Art. 23(5)), and by when, in words.
fn feedback_line(l: &Loaded, me: Option<&Routed>, at: DateTime<Utc>) -> (String, bool) {
    let tz = l.case.clock.timezone;
    // A copy for information, or the single point of contact (Art. 23(1)), owes no feedback.
    let informed = me.is_some_and(|r| r.informed || !r.role.handles_reports());
    match FeedbackDue::at(
        l.case.created_at,
        me.and_then(|r| r.feedback_at),
        informed,
        at,
    ) {
        FeedbackDue::Given(t) => (format!("given {}", when(t, tz)), false),
        FeedbackDue::NotOwed => (
            "not owed (your authority is informed of this case)".into(),
            false,
        ),
        FeedbackDue::Owed { due, overdue: true } => {
            (format!("OWED – was due {}", when(due, tz)), true)
        }
        FeedbackDue::Owed { due, .. } => (
            format!(
                "owed by {} ({} h {} min left)",
                when(due, tz),
                (due - at).num_hours(),
                (due - at).num_minutes() % 60
            ),
            false,
        ),
    }
}

fn entity_rows(l: &Loaded) -> Vec<(String, String)> {
    let p = &l.entity.profile;
    vec![
        ("Legal name".to_string(), p.legal_name.clone()),
        ("Member state".into(), p.member_state.as_str().into()),
        (
            "Sector".into(),
            format!(
                "{} / {}",
                words(p.classification.sector.as_str()),
                p.classification.subsector.map(words).unwrap_or_default()
            ),
        ),
        (
            "Entity type".into(),
            words(p.classification.entity_type.as_str()),
        ),
        ("Category".into(), words(p.entity_category.as_str())),
        (
            "Registration".into(),
            p.registration_id.clone().unwrap_or_default(),
        ),
        ("Contact".into(), p.contact_name.clone().unwrap_or_default()),
        ("Email".into(), p.email.as_ref().to_string()),
        (
            "Phone".into(),
            p.phone
                .as_ref()
                .map(|x| x.as_ref().to_string())
                .unwrap_or_default(),
        ),
    ]
}

/// Submissions, newest first, each with the labels of the fields its version changed.
fn submission_views(l: &Loaded, tz: Tz) -> Vec<SubmissionView> {
    l.submissions
        .iter()
        .rev()
        .map(|s| {
            let previous = l
                .submissions
                .iter()
                .rfind(|p| p.stage == s.stage && p.version == s.version - 1);
            let changed = match (previous, s.facts.as_object()) {
                (Some(p), Some(now_facts)) => {
                    let before = p.facts.as_object().cloned().unwrap_or_default();
                    let mut keys: Vec<String> =
                        now_facts.keys().chain(before.keys()).cloned().collect();
                    keys.sort();
                    keys.dedup();
                    keys.into_iter()
                        .filter(|k| now_facts.get(k) != before.get(k))
                        .map(|k| text("label", &k))
                        .collect()
                }
                _ => Vec::new(),
            };
            SubmissionView {
                id: s.id.to_string(),
                heading: format!(
                    "{} – version {}",
                    words(&text("stage", s.stage.as_str())),
                    s.version
                ),
                at: when(s.submitted_at, tz),
                by: s.submitted_by.clone(),
                late: s.late,
                review: words(s.review_status.as_str()),
                changed,
                facts: fact_rows(&s.facts, tz),
            }
        })
        .collect()
}

fn mail_rows(l: &Loaded) -> Vec<(String, String, String, i32)> {
    l.mail
        .iter()
        .map(|m| {
            (
                words(m.kind.as_str()),
                m.authority_code
                    .as_ref()
                    .map(|a| a.to_string())
                    .unwrap_or_else(|| m.recipients.join(", ")),
                m.status.as_str().to_string(),
                m.attempts,
            )
        })
        .collect()
}

/// One line of the conversation between the authorities and the reporter.
fn line(l: &Loaded, e: &Event, tz: Tz) -> Line {
    Line {
        at: when(e.at, tz),
        who: match &e.authority_code {
            Some(a) => format!("{a} – {}", e.actor.display_name()),
            None => "Reporter".into(),
        },
        what: event_words(l, e, tz),
        body: e.body.clone(),
        internal: e.kind == EventKind::Note,
    }
}

fn event_words(l: &Loaded, e: &Event, tz: Tz) -> String {
    match e.kind {
        EventKind::Feedback => format!(
            "Feedback: {}",
            words(e.data.feedback_kind().map_or("", |k| k.as_str()))
        ),
        EventKind::IntermediateRequest => format!(
            "Intermediate report requested, due {}",
            e.data.due_at().map(|d| when(d, tz)).unwrap_or_default()
        ),
        EventKind::Review => format!(
            "Review: {}",
            words(e.data.review_status().map_or("", |s| s.as_str()))
        ),
        EventKind::Assignment => format!(
            "Assigned to {}",
            e.data
                .user_id()
                .and_then(|u| l.users.iter().find(|x| x.id == u))
                .map(|u| u.email.clone())
                .unwrap_or_else(|| "nobody".into())
        ),
        EventKind::PublicAwareness => format!(
            "Public awareness: {}",
            words(e.data.decision().map_or("", |d| d.as_str()))
        ),
        EventKind::Closed | EventKind::Withdrawn => {
            let kind = e.data.closure_kind();
            kind.map_or_else(
                || words(&text("event", e.kind.as_str())),
                |k| words(&text("closure_kind", k.as_str())),
            )
        }
        EventKind::StageWaived => format!(
            "Waived: {}",
            e.data
                .stage()
                .map_or(String::new(), |s| text("stage", s.as_str()))
        ),
        k => words(&text("event", k.as_str())),
    }
}

/// The stages that can be waived now: pending or overdue.
fn waivable(l: &Loaded, at: DateTime<Utc>) -> Vec<(String, String)> {
    use crate::domain::deadlines::DeadlineStatus as S;
    l.case
        .deadlines(at)
        .iter()
        .filter(|d| matches!(d.status, S::Pending | S::Overdue))
        .map(|d| {
            (
                d.stage.as_str().to_string(),
                text("stage", d.stage.as_str()),
            )
        })
        .collect()
}

/// How a closed or withdrawn case ended, in words, with the reason.
fn ending(l: &Loaded) -> Option<String> {
    let c = l.case.closure.as_ref()?;
    let other = c
        .duplicate_of
        .as_ref()
        .map_or(String::new(), |r| format!(" of {r}"));
    Some(format!(
        "{}{other}: {}",
        words(&text("closure_kind", c.kind.as_str())),
        c.reason
    ))
}

fn routed_to(routed: &[Routed]) -> String {
    routed
        .iter()
        .map(|r| {
            format!(
                "{}{}",
                r.authority_code,
                if r.informed { " (informed)" } else { "" }
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}
