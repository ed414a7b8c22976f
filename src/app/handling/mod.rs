//! What authority staff do to a case, the same from the workspace pages and the authority
//! API: each action is checked once, applied in one transaction with its case event, its
//! audit entry and, when the reporter must know, its mail.

mod action;
mod closing;

pub use action::{Action, ActionInput, NAMES};
pub use closing::{can_withdraw, withdraw, Withdrawal};

use crate::app::mail as messages;
use crate::app::AppError;
use crate::domain::audit::{Actor as Who, AuditAction};
use crate::domain::audit_chain::ChainKey;
use crate::domain::case::Case;
use crate::domain::codes::ReviewStatus;
use crate::domain::events::EventData;
use crate::domain::msg::Msg;
use crate::domain::names::AuthorityCode;
use crate::domain::routing::RoutingTable;
use crate::domain::staff::{EventKind, StaffRole};
use crate::domain::validation::{Checker, FieldErrors};
use crate::storage::audit::{self, Actor};
use crate::storage::handling::{self, Event};
use crate::storage::{cases, entities, outbox, DbConn};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// A member of an authority's staff (or the authority's API token) acting on cases.
#[derive(Debug, Clone)]
pub struct Officer {
    pub authority: AuthorityCode,
    pub role: StaffRole,
    pub user_id: Option<Uuid>,
    /// Who acts, in the audit log and on the case: a staff user or an authority token.
    pub who: Who,
}

impl Officer {
    pub fn actor(&self) -> Actor {
        Actor {
            who: self.who.clone(),
            authority_code: Some(self.authority.clone()),
        }
    }
}

/// Whether `officer`, routed the case as `mine`, may take `action`: observers only read; only
/// the authority handling the report exercises its powers (NIS2 Art. 23(1), (4)(c), (5)).
fn may_act(officer: &Officer, mine: &handling::Routed, action: &Action) -> Result<(), AppError> {
    if !officer.role.can_act() {
        return Err(AppError::Forbidden(Msg::t("api-act-observer")));
    }
    if action.exercises_powers() && !mine.role.handles_reports() {
        return Err(AppError::Forbidden(Msg::t1(
            "api-act-not-in-charge",
            "role",
            mine.role.as_str(),
        )));
    }
    if let Action::RequestIntermediate {
        regime: Some(regime),
        ..
    } = action
    {
        if mine.role != crate::domain::routing::Role::CraCoordinatorCsirt {
            return Err(AppError::Forbidden(Msg::t1(
                "api-request-coordinator-only",
                "regime",
                regime.as_str(),
            )));
        }
    }
    if mine.informed && !matches!(action, Action::Note { .. }) {
        return Err(AppError::Forbidden(Msg::t("api-act-informed-copy")));
    }
    Ok(())
}

/// Applies `action` to a case in the officer's scope. Returns the event recorded.
pub fn act(
    c: &mut DbConn,
    key: &ChainKey,
    routing: &RoutingTable,
    officer: &Officer,
    case_id: Uuid,
    action: Action,
    now: DateTime<Utc>,
) -> Result<Event, AppError> {
    let routed = handling::routed(c, case_id)?;
    let Some(mine) = routed
        .iter()
        .find(|r| r.authority_code == officer.authority)
    else {
        return Err(AppError::NotFound);
    };
    may_act(officer, mine, &action)?;
    let mut case = cases::lock_case(c, case_id, None)?.ok_or(AppError::NotFound)?;
    let expected = case.version;
    let kind = action.kind();
    let (body, data) = apply(c, officer, &mut case, &action, now)?;
    if case.version != expected && !cases::update_case(c, &case, expected, now)? {
        return Err(AppError::Conflict(Msg::t("api-case-changed")));
    }
    let event = Event {
        id: Uuid::now_v7(),
        case_id,
        at: now,
        authority_code: Some(officer.authority.clone()),
        actor: officer.who.clone(),
        kind,
        body,
        data,
    };
    handling::add_event(c, &event)?;
    audit::append(
        c,
        key,
        &officer.actor(),
        AuditAction::Case(kind),
        Some(case_id),
        json!({"event": event.id, "data": event.data}),
        now,
    )?;
    if kind.visible_to_reporter() {
        if let (Some(entity), Some(authority)) = (
            entities::find_entity(c, case.entity_id)?,
            routing
                .authorities
                .iter()
                .find(|a| a.code == officer.authority),
        ) {
            outbox::enqueue(
                c,
                vec![messages::for_update(
                    &case,
                    &entity.profile,
                    authority,
                    event.id,
                    kind.as_str(),
                )],
                now,
            )?;
        }
    }
    Ok(event)
}

/// An intermediate-report request on the NIS2 report (Art. 23(4)(c)) or, with `regime`, on
/// a CRA thread (CRA Art. 14(6)).
fn request(
    case: &mut Case,
    due_at: DateTime<Utc>,
    regime: Option<crate::domain::codes::Regime>,
    now: DateTime<Utc>,
) -> Result<EventData, AppError> {
    let id = Uuid::now_v7();
    match regime {
        Some(r) => case.request_thread_intermediate(r, id, due_at, now),
        None => case.request_intermediate(id, due_at, now),
    }
    .map_err(AppError::Conflict)?;
    Ok(EventData::IntermediateRequest {
        request_id: id,
        due_at,
        regime,
    })
}

/// The change itself; returns the event's text and data.
fn apply(
    c: &mut DbConn,
    officer: &Officer,
    case: &mut Case,
    action: &Action,
    now: DateTime<Utc>,
) -> Result<(String, EventData), AppError> {
    Ok(match action {
        Action::Feedback { kind, message } => {
            if kind.clears_feedback_timer() {
                handling::mark_feedback(c, case.id, &officer.authority, now)?;
            }
            (
                message.clone(),
                EventData::Feedback {
                    feedback_kind: *kind,
                },
            )
        }
        Action::Message { message } => (message.clone(), EventData::None {}),
        Action::Note { text } => (text.clone(), EventData::None {}),
        Action::RequestIntermediate {
            questions,
            due_at,
            regime,
        } => (questions.clone(), request(case, *due_at, *regime, now)?),
        Action::Review {
            submission,
            status,
            comment,
        } => {
            review(c, case, *submission, *status)?;
            (
                comment.clone(),
                EventData::Review {
                    submission_id: *submission,
                    status: *status,
                },
            )
        }
        Action::Assign { user } => {
            assign(c, officer, case, *user)?;
            (String::new(), EventData::Assignment { user_id: *user })
        }
        Action::Close {
            kind,
            reason,
            duplicate_of,
        } => {
            let data = closing::close(
                c,
                &officer.authority,
                case,
                *kind,
                reason,
                duplicate_of,
                now,
            )?;
            (reason.clone(), data)
        }
        Action::Waive { stage, reason } => {
            (reason.clone(), closing::waive(case, *stage, reason, now)?)
        }
        Action::Reopen { reason } => (reason.clone(), closing::reopen(c, case, now)?),
        Action::PublicAwareness { decision, text } => (
            text.clone(),
            EventData::PublicAwareness {
                decision: *decision,
            },
        ),
    })
}

fn review(
    c: &mut DbConn,
    case: &Case,
    submission: Uuid,
    status: ReviewStatus,
) -> Result<(), AppError> {
    if !handling::set_review(c, case.id, submission, status)? {
        return Err(AppError::Validation(FieldErrors::single(
            "submission_id",
            Msg::t("api-act-not-a-submission"),
        )));
    }
    Ok(())
}

/// Assigns the case to a user of the officer's own authority, or to nobody.
fn assign(
    c: &mut DbConn,
    officer: &Officer,
    case: &Case,
    user: Option<Uuid>,
) -> Result<(), AppError> {
    if let Some(u) = user {
        let ok = crate::storage::staff::find_user(c, u)?
            .is_some_and(|u| u.authority_code == officer.authority && !u.disabled);
        if !ok {
            return Err(AppError::Validation(FieldErrors::single(
                "user_id",
                Msg::t("api-act-not-your-user"),
            )));
        }
    }
    handling::set_assignee(c, case.id, &officer.authority, user)?;
    Ok(())
}

/// A reporter's answer on the follow-up page or through the API.
pub fn reporter_message(
    c: &mut DbConn,
    key: &ChainKey,
    case_id: Uuid,
    message: &str,
    now: DateTime<Utc>,
) -> Result<Event, AppError> {
    let mut check = Checker::new("");
    let text = check.text(
        "message",
        Some(message),
        1,
        crate::domain::validation::TEXT_MAX,
    );
    let Some(text) = check.require("message", text) else {
        return Err(AppError::Validation(check.errors));
    };
    let event = Event {
        id: Uuid::now_v7(),
        case_id,
        at: now,
        authority_code: None,
        actor: Who::Reporter,
        kind: EventKind::MessageFromReporter,
        body: text,
        data: EventData::None {},
    };
    handling::add_event(c, &event)?;
    audit::append(
        c,
        key,
        &Actor {
            who: Who::Reporter,
            authority_code: None,
        },
        AuditAction::Case(EventKind::MessageFromReporter),
        Some(case_id),
        json!({"event": event.id}),
        now,
    )?;
    Ok(event)
}
