//! The view model of the staff case page (`authority/case.html`): built in one function,
//! [`case_page`], from a loaded case, the signed-in staff user and the time of the view.

use super::case::{Loaded, Outcome};
use super::case_words as cw;
use super::speak::{capitalised, when, words};
use super::{Frame, Staff};
use crate::domain::codes::ReviewStatus;
use crate::domain::staff::{EventKind, FeedbackKind, PublicAwareness};
use crate::storage::handling::Event;
use crate::web::forms::display::DeadlineRow;
use crate::words::{text_in, Lang, Tr};
use askama::Template;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

pub(super) struct SubmissionView {
    id: String,
    heading: String,
    /// "Received <when> via <channel>".
    received: String,
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

/// Codes with their words, as a select's options.
fn options(lang: Lang, codes: impl Iterator<Item = &'static str>) -> Vec<(String, String)> {
    codes.map(|k| (k.to_string(), words(lang, k))).collect()
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
    let (tr, lang) = (frame.tr.clone(), frame.tr.lang);
    let me = l
        .routed
        .iter()
        .find(|r| r.authority_code == staff.user.authority_code);
    // A copy for information, or the single point of contact (Art. 23(1)), owes no feedback.
    let informed = me.is_some_and(|r| r.informed || !r.role.handles_reports());
    let (feedback, feedback_overdue) = cw::feedback_line(&tr, l, me, at);
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
        state: words(lang, l.case.state.as_str()),
        closed: l.case.state.is_terminal(),
        ending: cw::ending(&tr, l),
        closure_kinds: ["not_significant", "duplicate", "accepted"]
            .iter()
            .map(|k| {
                (
                    k.to_string(),
                    words(lang, &text_in(lang, "closure_kind", k)),
                )
            })
            .collect(),
        waivable: waivable(lang, l, at),
        informed,
        can_act: staff.user.role.can_act() && !informed,
        entity: cw::entity_rows(&tr, l),
        feedback,
        feedback_overdue,
        assistance: l
            .case
            .facts
            .get("assistance_requested")
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        deadlines: cw::deadline_rows(&tr, l, at),
        submissions: submission_views(&tr, l, tz),
        mail: mail_rows(lang, l),
        conversation: l.events.iter().map(|e| line(&tr, l, e, tz)).collect(),
        trail: (l.trail.iter().rev().take(200))
            .map(|e| {
                (
                    when(lang, e.at, tz),
                    e.actor.to_string(),
                    trail_action(lang, e.action),
                )
            })
            .collect(),
        users: (l.users.iter().filter(|u| !u.disabled))
            .map(|u| (u.id.to_string(), u.email.clone(), Some(u.id) == assignee))
            .collect(),
        feedback_kinds: options(lang, FeedbackKind::ALL.iter().map(|k| k.as_str())),
        reviews: options(lang, reviews.iter().map(|k| k.as_str())),
        decisions: options(lang, PublicAwareness::ALL.iter().map(|k| k.as_str())),
        routed_to: cw::routed_to(&tr, &l.routed),
        notice: outcome.notice,
        error: outcome.error,
        kept_action: outcome.kept.0.to_string(),
        kept_message: outcome.kept.1.to_string(),
        timezone: tz.name().to_string(),
        share: super::packages::section(&tr, routing, staff, l, tz),
    }
}

/// Submissions, newest first, each with the labels of the fields its version changed.
fn submission_views(tr: &Tr, l: &Loaded, tz: Tz) -> Vec<SubmissionView> {
    let lang = tr.lang;
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
                        .map(|k| text_in(lang, "label", &k))
                        .collect()
                }
                _ => Vec::new(),
            };
            let stage = capitalised(&text_in(lang, "stage", s.stage.as_str()));
            let (at, by) = (when(lang, s.submitted_at, tz), &s.submitted_by);
            let v = ("version", s.version);
            let heading = tr.t2("staff-case-version", ("stage", &stage), v);
            SubmissionView {
                id: s.id.to_string(),
                heading,
                received: tr.t2("staff-case-received", ("at", &at), ("by", by)),
                late: s.late,
                review: words(lang, s.review_status.as_str()),
                changed,
                facts: crate::web::forms::display::fact_rows_in(lang, &s.facts, tz),
            }
        })
        .collect()
}

fn mail_rows(lang: Lang, l: &Loaded) -> Vec<(String, String, String, i32)> {
    l.mail
        .iter()
        .map(|m| {
            (
                words(lang, m.kind.as_str()),
                m.authority_code
                    .as_ref()
                    .map(|a| a.to_string())
                    .unwrap_or_else(|| m.recipients.join(", ")),
                words(lang, m.status.as_str()),
                m.attempts,
            )
        })
        .collect()
}

/// An audit entry's action in words: a case event as the conversation says it, the other
/// actions from the catalogue's `audit` section by their stored code (the export keeps codes).
pub(super) fn trail_action(lang: Lang, a: crate::domain::audit::AuditAction) -> String {
    match a {
        crate::domain::audit::AuditAction::Case(kind) => {
            words(lang, &text_in(lang, "event", kind.as_str()))
        }
        other => text_in(lang, "audit", &other.to_string()),
    }
}

/// One line of the conversation between the authorities and the reporter.
fn line(tr: &Tr, l: &Loaded, e: &Event, tz: Tz) -> Line {
    Line {
        at: when(tr.lang, e.at, tz),
        who: match &e.authority_code {
            Some(a) => format!("{a} – {}", e.actor.display_name()),
            None => tr.t("staff-reporter"),
        },
        what: cw::event_words(tr, l, e, tz),
        body: e.body.clone(),
        internal: e.kind == EventKind::Note,
    }
}

/// The stages that can be waived now: pending or overdue.
fn waivable(lang: Lang, l: &Loaded, at: DateTime<Utc>) -> Vec<(String, String)> {
    use crate::domain::deadlines::DeadlineStatus as S;
    crate::domain::regimes::visible::deadlines_for(&l.case, &l.regimes, at)
        .iter()
        .filter(|d| matches!(d.status, S::Pending | S::Overdue))
        .map(|d| {
            (
                d.stage.as_str().to_string(),
                text_in(lang, "stage", d.stage.as_str()),
            )
        })
        .collect()
}
