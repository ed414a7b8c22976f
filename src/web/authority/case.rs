//! `/authority/cases/{id}`: everything about one case for the authorities it was routed to
//! (each view audited), the actions on it, and its JSON export.

use super::{frame, Frame, Staff};
use crate::app::handling;
use crate::app::AppError;
use crate::domain::audit::AuditAction;
use crate::domain::case::{Case, Submission};
use crate::domain::codes::ReviewStatus;
use crate::domain::entity::Entity;
use crate::domain::names::AuthorityCode;
use crate::domain::staff::{EventKind, FeedbackKind, PublicAwareness, FEEDBACK_HOURS};
use crate::domain::validation::now;
use crate::notify::catalog::text;
use crate::notify::messages::{local, utc};
use crate::storage::audit::{self};
use crate::storage::handling::{self as events, Event, Routed};
use crate::storage::outbox::Message;
use crate::storage::{cases, entities, outbox, queue, staff};
use crate::web::forms::fields::words;

use crate::web::pages::{page, PageError};
use crate::web::views;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

/// Everything the case page shows, read in one go after the view is audited.
pub struct Loaded {
    pub case: Case,
    pub entity: Entity,
    pub submissions: Vec<Submission>,
    pub mail: Vec<Message>,
    pub events: Vec<Event>,
    pub trail: Vec<crate::domain::audit::Entry>,
    pub routed: Vec<Routed>,
    pub users: Vec<staff::StaffUser>,
}

/// Records the access, then reads the case if it is in the authority's scope (else 404,
/// indistinguishable from a case that does not exist).
pub async fn load(
    state: &AppState,
    actor: audit::Actor,
    authority: AuthorityCode,
    case_id: Uuid,
    action: AuditAction,
) -> Result<Loaded, AppError> {
    let at = now();
    let a = authority.clone();
    state
        .db
        .write(move |c| {
            if !queue::in_scope(c, &a, case_id)? {
                return Err(AppError::NotFound);
            }
            Ok(audit::append(
                c,
                &actor,
                action,
                Some(case_id),
                json!({}),
                at,
            )?)
        })
        .await?;
    state
        .db
        .read(move |c| {
            let case = cases::find_case(c, case_id, None)?.ok_or(AppError::NotFound)?;
            let entity = entities::find_entity(c, case.entity_id)?.ok_or(AppError::NotFound)?;
            Ok(Loaded {
                submissions: cases::submissions_of(c, case_id)?,
                mail: outbox::of_case(c, case_id)?,
                events: events::events_of(c, case_id, Some(&authority))?,
                trail: audit::of_case(c, case_id)?,
                routed: events::routed(c, case_id)?,
                users: staff::users_of(c, &authority)?,
                case,
                entity,
            })
        })
        .await
}

struct SubmissionView {
    id: String,
    heading: String,
    at: String,
    by: String,
    late: bool,
    review: String,
    changed: Vec<String>,
    facts: Vec<(String, String)>,
}

struct Line {
    at: String,
    who: String,
    what: String,
    body: String,
    internal: bool,
}

#[derive(Template)]
#[template(path = "authority/case.html")]
struct CasePage {
    frame: Frame,
    case_id: String,
    reference: String,
    case_title: String,
    state: String,
    closed: bool,
    informed: bool,
    can_act: bool,
    entity: Vec<(String, String)>,
    feedback: String,
    feedback_overdue: bool,
    assistance: bool,
    deadlines: Vec<crate::web::forms::display::DeadlineRow>,
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
}

fn when(t: DateTime<Utc>, tz: chrono_tz::Tz) -> String {
    format!("{} ({})", local(t, tz), utc(t))
}

/// What the page says about the last action: done, or refused with the text kept.
#[derive(Default)]
pub(super) struct Outcome<'a> {
    pub notice: Option<String>,
    pub error: Option<String>,
    /// The refused action and the text typed into it.
    pub kept: (&'a str, &'a str),
}

pub(super) fn render(
    req: &HttpRequest,
    state: &AppState,
    staff: &Staff,
    l: &Loaded,
    status: StatusCode,
    outcome: Outcome,
) -> Result<HttpResponse, PageError> {
    let Outcome {
        notice,
        error,
        kept,
    } = outcome;
    let at = now();
    let tz = l.case.clock.timezone;
    let me = l
        .routed
        .iter()
        .find(|r| r.authority_code == staff.user.authority_code);
    let informed = me.is_some_and(|r| r.informed);
    let feedback_due = l.case.created_at + Duration::hours(FEEDBACK_HOURS);
    let (feedback, feedback_overdue) = match me.and_then(|r| r.feedback_at) {
        Some(t) => (format!("given {}", when(t, tz)), false),
        None if informed => ("not owed (copy for information)".into(), false),
        None if at > feedback_due => (format!("OWED – was due {}", when(feedback_due, tz)), true),
        None => (
            format!(
                "owed by {} ({} h {} min left)",
                when(feedback_due, tz),
                (feedback_due - at).num_hours(),
                (feedback_due - at).num_minutes() % 60
            ),
            false,
        ),
    };
    let p = &l.entity.profile;
    let entity = vec![
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
    ];
    let deadlines = crate::web::forms::display::deadline_rows(&l.case, at);
    let submissions = l
        .submissions
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
                facts: crate::web::forms::display::fact_rows(&s.facts, tz),
            }
        })
        .collect();
    let mail = l
        .mail
        .iter()
        .map(|m| {
            (
                words(m.kind.as_str()),
                m.authority_code
                    .clone()
                    .unwrap_or_else(|| m.recipients.join(", ")),
                m.status.as_str().to_string(),
                m.attempts,
            )
        })
        .collect();
    let conversation = l
        .events
        .iter()
        .map(|e| Line {
            at: when(e.at, tz),
            who: match &e.authority_code {
                Some(a) => format!("{a} – {}", e.actor.display_name()),
                None => "Reporter".into(),
            },
            what: match e.kind {
                EventKind::Feedback => format!(
                    "Feedback: {}",
                    words(e.data.feedback_kind().map_or("", |k| k.as_str()))
                ),
                EventKind::IntermediateRequest => format!(
                    "Intermediate report requested, due {}",
                    e.data.due_at().map(|d| when(d, tz)).unwrap_or_default()
                ),
                EventKind::Review => {
                    format!(
                        "Review: {}",
                        words(e.data.review_status().map_or("", |s| s.as_str()))
                    )
                }
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
                k => words(&text("event", k.as_str())),
            },
            body: e.body.clone(),
            internal: e.kind == EventKind::Note,
        })
        .collect();
    let trail = l
        .trail
        .iter()
        .rev()
        .take(200)
        .map(|e| (when(e.at, tz), e.actor.to_string(), e.action.to_string()))
        .collect();
    let assignee = me.and_then(|r| r.assignee_id);
    let (frame, cookie) = frame(req, state, staff, &l.case.reference);
    let t = CasePage {
        frame,
        case_id: l.case.id.to_string(),
        reference: l.case.reference.to_string(),
        case_title: l.case.title.clone(),
        state: words(l.case.state.as_str()),
        closed: l.case.state == crate::domain::lifecycle::CaseState::Closed,
        informed,
        can_act: staff.user.role.can_act() && !informed,
        entity,
        feedback,
        feedback_overdue,
        assistance: l
            .case
            .facts
            .get("assistance_requested")
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        deadlines,
        submissions,
        mail,
        conversation,
        trail,
        users: l
            .users
            .iter()
            .filter(|u| !u.disabled)
            .map(|u| (u.id.to_string(), u.email.clone(), Some(u.id) == assignee))
            .collect(),
        feedback_kinds: FeedbackKind::ALL
            .iter()
            .map(|k| (k.as_str().to_string(), words(k.as_str())))
            .collect(),
        reviews: [
            ReviewStatus::InReview,
            ReviewStatus::Accepted,
            ReviewStatus::RevisionRequested,
        ]
        .iter()
        .map(|k| (k.as_str().to_string(), words(k.as_str())))
        .collect(),
        decisions: PublicAwareness::ALL
            .iter()
            .map(|k| (k.as_str().to_string(), words(k.as_str())))
            .collect(),
        routed_to: l
            .routed
            .iter()
            .map(|r| {
                format!(
                    "{}{}",
                    r.authority_code,
                    if r.informed { " (informed)" } else { "" }
                )
            })
            .collect::<Vec<_>>()
            .join(", "),
        notice,
        error,
        kept_action: kept.0.to_string(),
        kept_message: kept.1.to_string(),
        timezone: tz.name().to_string(),
    };
    page(status, &t, cookie)
}

/// A case as JSON for the authority API: the API's case view with its conversation.
pub async fn case_json(
    state: &AppState,
    officer: &crate::app::handling::Officer,
    id: Uuid,
) -> Result<crate::web::views::CaseView<crate::web::views::ReportView>, AppError> {
    let l = load(
        state,
        officer.actor(),
        officer.authority.clone(),
        id,
        AuditAction::CaseView,
    )
    .await?;
    Ok(views::full(&l.case, &l.submissions, &l.mail, now()).with_messages(&l.events))
}

pub(super) fn case_id(raw: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(raw).map_err(|_| PageError(AppError::NotFound))
}

#[derive(Deserialize)]
pub struct Done {
    done: Option<String>,
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
    path: web::Path<String>,
    q: web::Query<Done>,
) -> Result<HttpResponse, PageError> {
    let id = case_id(&path)?;
    let l = load(
        &state,
        staff.actor(),
        staff.user.authority_code.clone(),
        id,
        AuditAction::CaseView,
    )
    .await?;
    let notice = q
        .done
        .as_deref()
        .filter(|d| handling::NAMES.contains(d))
        .map(|d| format!("Done: {}.", d.replace('-', " ")));
    render(
        &req,
        &state,
        &staff,
        &l,
        StatusCode::OK,
        Outcome {
            notice,
            ..Default::default()
        },
    )
}

pub async fn export(
    state: web::Data<AppState>,
    staff: Staff,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = case_id(&path)?;
    let l = load(
        &state,
        staff.actor(),
        staff.user.authority_code.clone(),
        id,
        AuditAction::ExportCase,
    )
    .await?;
    let at = now();
    Ok(HttpResponse::Ok()
        .insert_header(("Content-Disposition", format!("attachment; filename=\"{}.json\"", l.case.reference)))
        .json(json!({
            "case": views::full(&l.case, &l.submissions, &l.mail, at),
            "entity": l.entity.profile,
            "events": l.events.iter().map(|e| json!({"at": e.at, "authority": e.authority_code, "actor": e.actor, "kind": e.kind, "body": e.body, "data": e.data})).collect::<Vec<_>>(),
            "audit": l.trail.iter().map(|e| json!({"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action})).collect::<Vec<_>>(),
        })))
}
