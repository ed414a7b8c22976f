//! The staff actions on a case and the one place their input is checked, for the workspace
//! forms and the authority API alike.

use crate::app::AppError;
use crate::domain::closure::ClosureKind;
use crate::domain::codes::ReviewStatus;
use crate::domain::lifecycle::Stage;
use crate::domain::msg::Msg;
use crate::domain::names::CaseReference;
use crate::domain::staff::{EventKind, FeedbackKind, PublicAwareness};
use crate::domain::validation::{Checker, FieldErrors, TEXT_MAX};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

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
        /// The thread asked: absent for NIS2 (Art. 23(4)(c)); a `cra_*` thread for the
        /// coordinator CSIRT's request (CRA Art. 14(6)).
        regime: Option<crate::domain::codes::Regime>,
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
        kind: ClosureKind,
        reason: String,
        duplicate_of: Option<CaseReference>,
    },
    Waive {
        stage: Stage,
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

impl Action {
    /// Whether the action exercises the powers of the authority handling the report (and so
    /// binds the entity or ends its duties); notes, messages and assignment do not.
    pub fn exercises_powers(&self) -> bool {
        !matches!(
            self,
            Action::Note { .. } | Action::Message { .. } | Action::Assign { .. }
        )
    }
}

/// The raw fields of any action, as a form or a JSON body sends them.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionInput {
    /// Feedback type (acknowledgement, initial_feedback, mitigation_guidance, technical_support,
    /// law_enforcement_guidance), or how a case is closed (accepted, not_significant, duplicate).
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
    /// Reference of the case a duplicate belongs to.
    pub duplicate_of: Option<String>,
    /// The stage a waiver lifts.
    pub stage: Option<String>,
    /// The thread an intermediate-report request is for (`cra_vulnerability` or
    /// `cra_incident`, CRA Art. 14(6)); absent: the NIS2 report (Art. 23(4)(c)).
    pub regime: Option<String>,
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
    "waive",
    "reopen",
    "public-awareness",
];

impl Action {
    /// Parses `input` as the action `name`, naming every bad field.
    pub fn parse(name: &str, input: &ActionInput) -> Result<Action, AppError> {
        let mut c = Checker::new("");
        let action = match name {
            "feedback" => feedback(&mut c, input),
            "message" => required_text(&mut c, "message", &input.message, 1)
                .map(|message| Action::Message { message }),
            "note" => required_text(&mut c, "message", &input.message, 1)
                .map(|text| Action::Note { text }),
            "request" => request(&mut c, input),
            "review" => review(&mut c, input),
            "assign" => assign(&mut c, input),
            "close" => close(&mut c, input),
            "waive" => waive(&mut c, input),
            "reopen" => required_text(&mut c, "reason", &input.reason, 3)
                .map(|reason| Action::Reopen { reason }),
            "public-awareness" => public_awareness(&mut c, input),
            _ => return Err(AppError::NotFound),
        };
        match action {
            Some(a) if c.errors.is_empty() => Ok(a),
            _ => Err(AppError::Validation(if c.errors.is_empty() {
                FieldErrors::single("action", Msg::t("api-act-incomplete"))
            } else {
                c.errors
            })),
        }
    }

    /// The case event an action records.
    pub(super) fn kind(&self) -> EventKind {
        match self {
            Action::Feedback { .. } => EventKind::Feedback,
            Action::Message { .. } => EventKind::MessageToReporter,
            Action::Note { .. } => EventKind::Note,
            Action::RequestIntermediate { .. } => EventKind::IntermediateRequest,
            Action::Review { .. } => EventKind::Review,
            Action::Assign { .. } => EventKind::Assignment,
            Action::Close { .. } => EventKind::Closed,
            Action::Waive { .. } => EventKind::StageWaived,
            Action::Reopen { .. } => EventKind::Reopened,
            Action::PublicAwareness { .. } => EventKind::PublicAwareness,
        }
    }
}

fn required_text(c: &mut Checker, field: &str, v: &Option<String>, min: usize) -> Option<String> {
    let t = c.text(field, v.as_deref(), min, TEXT_MAX);
    c.require(field, t)
}

/// Free text that may be left out.
fn optional_text(c: &mut Checker, field: &str, v: &Option<String>) -> String {
    c.text(field, v.as_deref(), 1, TEXT_MAX).unwrap_or_default()
}

fn feedback(c: &mut Checker, input: &ActionInput) -> Option<Action> {
    let kind = c.code::<FeedbackKind>("kind", input.kind.as_deref());
    let kind = c.require("kind", kind);
    let message = required_text(c, "message", &input.message, 1);
    kind.zip(message)
        .map(|(kind, message)| Action::Feedback { kind, message })
}

fn request(c: &mut Checker, input: &ActionInput) -> Option<Action> {
    let questions = required_text(c, "questions", &input.questions, 5);
    let due = c.datetime(
        "due_at",
        input.due_at.as_deref().filter(|s| !s.trim().is_empty()),
    );
    let due = c.require("due_at", due);
    let regime = c.code::<crate::domain::codes::Regime>("regime", input.regime.as_deref());
    use crate::domain::codes::Regime as R;
    let cra = |r: &R| matches!(r, R::CraVulnerability | R::CraIncident);
    if regime.is_some_and(|r| r != R::Nis2 && !cra(&r)) {
        c.fail("regime", Msg::t("api-thread-request-cra-only"));
        return None;
    }
    let regime = regime.filter(cra);
    questions
        .zip(due)
        .map(|(questions, due_at)| Action::RequestIntermediate {
            questions,
            due_at,
            regime,
        })
}

fn review(c: &mut Checker, input: &ActionInput) -> Option<Action> {
    let submission = input.submission_id.as_deref().and_then(|s| {
        c.check(
            "submission_id",
            Uuid::parse_str(s.trim()).map_err(|_| Msg::t("api-act-submission-id")),
        )
    });
    let submission = c.require("submission_id", submission);
    let status = c.code::<ReviewStatus>("status", input.status.as_deref());
    let status = c.require("status", status);
    let comment = optional_text(c, "message", &input.message);
    if status == Some(ReviewStatus::RevisionRequested) && comment.is_empty() {
        c.fail("message", Msg::t("api-act-say-revision"));
    }
    submission
        .zip(status)
        .map(|(submission, status)| Action::Review {
            submission,
            status,
            comment,
        })
}

fn assign(c: &mut Checker, input: &ActionInput) -> Option<Action> {
    match input
        .user_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => Some(Action::Assign { user: None }),
        Some(u) => c
            .check(
                "user_id",
                Uuid::parse_str(u).map_err(|_| Msg::t("api-act-user-id")),
            )
            .map(|u| Action::Assign { user: Some(u) }),
    }
}

fn public_awareness(c: &mut Checker, input: &ActionInput) -> Option<Action> {
    let decision = c.code::<PublicAwareness>("decision", input.decision.as_deref());
    let decision = c.require("decision", decision);
    let text = optional_text(c, "message", &input.message);
    decision.map(|decision| Action::PublicAwareness { decision, text })
}

/// How to close (spec §1.5): the kind, a reason, and for a duplicate the other case's reference.
fn close(c: &mut Checker, input: &ActionInput) -> Option<Action> {
    let kind = match input.kind.as_deref().map(str::trim) {
        None | Some("") => None,
        Some("withdrawn") => {
            c.fail(
                "kind",
                Msg::t1(
                    "api-close-no-withdraw",
                    "codes",
                    "accepted, not_significant, duplicate",
                ),
            );
            None
        }
        Some(k) => c.code::<ClosureKind>("kind", Some(k)),
    };
    let kind = c.require("kind", kind);
    let reason = required_text(c, "reason", &input.reason, 3);
    let raw = input
        .duplicate_of
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let duplicate_of = match (kind, raw) {
        (Some(ClosureKind::Duplicate), None) => {
            c.fail("duplicate_of", Msg::t("api-close-duplicate-required"));
            None
        }
        (Some(ClosureKind::Duplicate), Some(r)) => c.check(
            "duplicate_of",
            CaseReference::parse(r).map_err(|_| Msg::t("api-close-reference")),
        ),
        (_, Some(_)) => {
            c.fail("duplicate_of", Msg::t("api-close-not-duplicate"));
            None
        }
        (_, None) => None,
    };
    let (kind, reason) = (kind?, reason?);
    if kind == ClosureKind::Duplicate && duplicate_of.is_none() {
        return None;
    }
    Some(Action::Close {
        kind,
        reason,
        duplicate_of,
    })
}

/// Which stage to waive, and why.
fn waive(c: &mut Checker, input: &ActionInput) -> Option<Action> {
    let stage = c.code::<Stage>("stage", input.stage.as_deref());
    let stage = c.require("stage", stage);
    let reason = required_text(c, "reason", &input.reason, 3);
    stage
        .zip(reason)
        .map(|(stage, reason)| Action::Waive { stage, reason })
}
