//! What authority staff do to a case, the same from the workspace pages and the authority
//! API: each action is checked once, applied in one transaction with its case event, its
//! audit entry and, when the reporter must know, its mail.

use crate::app::mail as messages;
use crate::app::AppError;
use crate::domain::audit::{Actor as Who, AuditAction};
use crate::domain::case::Case;
use crate::domain::codes::ReviewStatus;
use crate::domain::events::EventData;
use crate::domain::lifecycle::CaseState;
use crate::domain::names::AuthorityCode;
use crate::domain::routing::RoutingTable;
use crate::domain::staff::{EventKind, FeedbackKind, PublicAwareness, StaffRole};
use crate::domain::validation::{Checker, FieldErrors};
use crate::storage::audit::{self, Actor};
use crate::storage::handling::{self, Event};
use crate::storage::{cases, entities, outbox, DbConn};
use chrono::{DateTime, Utc};
use serde::Deserialize;
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

/// One action, checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Feedback {
        kind: FeedbackKind,
        message: String,
    },
    Message {
        message: String,
    },
    Note {
        text: String,
    },
    RequestIntermediate {
        questions: String,
        due_at: DateTime<Utc>,
    },
    Review {
        submission: Uuid,
        status: ReviewStatus,
        comment: String,
    },
    Assign {
        user: Option<Uuid>,
    },
    Close {
        reason: String,
    },
    Reopen {
        reason: String,
    },
    PublicAwareness {
        decision: PublicAwareness,
        text: String,
    },
}

/// The raw fields of any action, as a form or a JSON body sends them.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionInput {
    /// Feedback type: acknowledgement, initial_feedback, mitigation_guidance, technical_support, law_enforcement_guidance.
    pub kind: Option<String>,
    pub message: Option<String>,
    /// Questions of an intermediate-report request.
    pub questions: Option<String>,
    /// Due time of an intermediate-report request (RFC 3339).
    pub due_at: Option<String>,
    pub submission_id: Option<String>,
    /// Review outcome: in_review, accepted or revision_requested.
    pub status: Option<String>,
    /// Staff user id, or empty to unassign.
    pub user_id: Option<String>,
    pub reason: Option<String>,
    /// Public-awareness decision: not_needed, authority_informs, entity_must_inform.
    pub decision: Option<String>,
}

/// The action names of the routes (`/authority/cases/{id}/{name}`).
pub const NAMES: &[&str] = &[
    "feedback",
    "message",
    "note",
    "request",
    "review",
    "assign",
    "close",
    "reopen",
    "public-awareness",
];

impl Action {
    /// Parses `input` as the action `name`, naming every bad field.
    pub fn parse(name: &str, input: &ActionInput) -> Result<Action, AppError> {
        let mut c = Checker::new("");
        let text = |c: &mut Checker, field: &str, v: &Option<String>, min: usize| {
            let t = c.text(
                field,
                v.as_deref(),
                min,
                crate::domain::validation::TEXT_MAX,
            );
            c.require(field, t)
        };
        let action = match name {
            "feedback" => {
                let kind = c.code::<FeedbackKind>("kind", input.kind.as_deref());
                let kind = c.require("kind", kind);
                let message = text(&mut c, "message", &input.message, 1);
                kind.zip(message)
                    .map(|(kind, message)| Action::Feedback { kind, message })
            }
            "message" => text(&mut c, "message", &input.message, 1)
                .map(|message| Action::Message { message }),
            "note" => text(&mut c, "message", &input.message, 1).map(|text| Action::Note { text }),
            "request" => {
                let questions = text(&mut c, "questions", &input.questions, 5);
                let due = c.datetime(
                    "due_at",
                    input.due_at.as_deref().filter(|s| !s.trim().is_empty()),
                );
                let due = c.require("due_at", due);
                questions
                    .zip(due)
                    .map(|(questions, due_at)| Action::RequestIntermediate { questions, due_at })
            }
            "review" => {
                let submission = input.submission_id.as_deref().and_then(|s| {
                    c.check(
                        "submission_id",
                        Uuid::parse_str(s.trim())
                            .map_err(|_| "must be a submission id".to_string()),
                    )
                });
                let submission = c.require("submission_id", submission);
                let status = c.code::<ReviewStatus>("status", input.status.as_deref());
                let status = c.require("status", status);
                let comment = c
                    .text(
                        "message",
                        input.message.as_deref(),
                        1,
                        crate::domain::validation::TEXT_MAX,
                    )
                    .unwrap_or_default();
                if status == Some(ReviewStatus::RevisionRequested) && comment.is_empty() {
                    c.fail("message", "say what needs revising");
                }
                submission
                    .zip(status)
                    .map(|(submission, status)| Action::Review {
                        submission,
                        status,
                        comment,
                    })
            }
            "assign" => match input
                .user_id
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                None => Some(Action::Assign { user: None }),
                Some(u) => c
                    .check(
                        "user_id",
                        Uuid::parse_str(u).map_err(|_| "must be a user id".to_string()),
                    )
                    .map(|u| Action::Assign { user: Some(u) }),
            },
            "close" => {
                text(&mut c, "reason", &input.reason, 3).map(|reason| Action::Close { reason })
            }
            "reopen" => {
                text(&mut c, "reason", &input.reason, 3).map(|reason| Action::Reopen { reason })
            }
            "public-awareness" => {
                let decision = c.code::<PublicAwareness>("decision", input.decision.as_deref());
                let decision = c.require("decision", decision);
                let text = c
                    .text(
                        "message",
                        input.message.as_deref(),
                        1,
                        crate::domain::validation::TEXT_MAX,
                    )
                    .unwrap_or_default();
                decision.map(|decision| Action::PublicAwareness { decision, text })
            }
            _ => return Err(AppError::NotFound),
        };
        match action {
            Some(a) if c.errors.is_empty() => Ok(a),
            _ => Err(AppError::Validation(if c.errors.is_empty() {
                FieldErrors::single("action", "is incomplete")
            } else {
                c.errors
            })),
        }
    }

    fn kind(&self) -> EventKind {
        match self {
            Action::Feedback { .. } => EventKind::Feedback,
            Action::Message { .. } => EventKind::MessageToReporter,
            Action::Note { .. } => EventKind::Note,
            Action::RequestIntermediate { .. } => EventKind::IntermediateRequest,
            Action::Review { .. } => EventKind::Review,
            Action::Assign { .. } => EventKind::Assignment,
            Action::Close { .. } => EventKind::Closed,
            Action::Reopen { .. } => EventKind::Reopened,
            Action::PublicAwareness { .. } => EventKind::PublicAwareness,
        }
    }
}

/// Applies `action` to a case in the officer's scope. Returns the event recorded.
pub fn act(
    c: &mut DbConn,
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
    if !officer.role.can_act() {
        return Err(AppError::Forbidden(
            "observers can read cases but not act on them".into(),
        ));
    }
    if mine.informed && !matches!(action, Action::Note { .. }) {
        return Err(AppError::Forbidden(
            "this case was copied to your authority for information; the authorities in charge handle it".into(),
        ));
    }
    let mut case = cases::lock_case(c, case_id, None)?.ok_or(AppError::NotFound)?;
    let expected = case.version;
    let kind = action.kind();
    let (body, data) = apply(c, officer, &mut case, &action, now)?;
    if case.version != expected && !cases::update_case(c, &case, expected, now)? {
        return Err(AppError::Conflict(
            "the case changed meanwhile; reload it and try again".into(),
        ));
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
            let label = crate::words::text("event", kind.as_str());
            outbox::enqueue(
                c,
                vec![messages::for_update(
                    &case,
                    &entity.profile,
                    authority,
                    event.id,
                    &label,
                )],
                now,
            )?;
        }
    }
    Ok(event)
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
            handling::mark_feedback(c, case.id, &officer.authority, now)?;
            (
                message.clone(),
                EventData::Feedback {
                    feedback_kind: *kind,
                },
            )
        }
        Action::Message { message } => (message.clone(), EventData::None {}),
        Action::Note { text } => (text.clone(), EventData::None {}),
        Action::RequestIntermediate { questions, due_at } => {
            let id = Uuid::now_v7();
            case.request_intermediate(id, *due_at, now)
                .map_err(AppError::Conflict)?;
            (
                questions.clone(),
                EventData::IntermediateRequest {
                    request_id: id,
                    due_at: *due_at,
                },
            )
        }
        Action::Review {
            submission,
            status,
            comment,
        } => {
            if !handling::set_review(c, case.id, *submission, *status)? {
                return Err(AppError::Validation(FieldErrors::single(
                    "submission_id",
                    "is not a submission of this case",
                )));
            }
            (
                comment.clone(),
                EventData::Review {
                    submission_id: *submission,
                    status: *status,
                },
            )
        }
        Action::Assign { user } => {
            if let Some(u) = user {
                let ok = crate::storage::staff::find_user(c, *u)?
                    .is_some_and(|u| u.authority_code == officer.authority && !u.disabled);
                if !ok {
                    return Err(AppError::Validation(FieldErrors::single(
                        "user_id",
                        "is not a user of your authority",
                    )));
                }
            }
            handling::set_assignee(c, case.id, &officer.authority, *user)?;
            (String::new(), EventData::Assignment { user_id: *user })
        }
        Action::Close { reason } => {
            let previous = case.close(now).map_err(AppError::Conflict)?;
            (
                reason.clone(),
                EventData::Closed {
                    previous_state: previous,
                },
            )
        }
        Action::Reopen { reason } => {
            let previous = previous_state(c, case.id)?;
            case.reopen(previous, now).map_err(AppError::Conflict)?;
            (reason.clone(), EventData::Reopened { state: previous })
        }
        Action::PublicAwareness { decision, text } => (
            text.clone(),
            EventData::PublicAwareness {
                decision: *decision,
            },
        ),
    })
}

/// The state a closed case had before its latest closing.
fn previous_state(c: &mut DbConn, case_id: Uuid) -> Result<CaseState, AppError> {
    handling::events_of(c, case_id, Some(""))?
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::Closed)
        .and_then(|e| e.data.previous_state())
        .ok_or_else(|| AppError::Conflict("only a closed case can be reopened".into()))
}

/// A reporter's answer on the follow-up page or through the API.
pub fn reporter_message(
    c: &mut DbConn,
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
