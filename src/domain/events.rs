//! The particulars of a case event, one shape per event kind. Stored as a JSON object beside
//! the event's kind; the kind says which shape to read back.

use super::closure::ClosureKind;
use super::codes::ReviewStatus;
use super::lifecycle::{CaseState, Stage};
use super::names::CaseReference;
use super::staff::{EventKind, FeedbackKind, PublicAwareness};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What an event records beyond its text. Serialised without a tag: the JSON object holds
/// exactly the variant's fields (`{}` for events without particulars).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum EventData {
    Feedback {
        feedback_kind: FeedbackKind,
    },
    IntermediateRequest {
        request_id: Uuid,
        due_at: DateTime<Utc>,
        /// The CRA thread asked (Art. 14(6)); absent for the NIS2 report.
        #[serde(skip_serializing_if = "Option::is_none")]
        regime: Option<super::codes::Regime>,
    },
    Review {
        submission_id: Uuid,
        status: ReviewStatus,
    },
    Assignment {
        user_id: Option<Uuid>,
    },
    /// A closing (`closed`) or the entity's withdrawal (`withdrawn`).
    Closed {
        previous_state: CaseState,
        #[serde(skip_serializing_if = "Option::is_none")]
        closure_kind: Option<ClosureKind>,
        #[serde(skip_serializing_if = "Option::is_none")]
        duplicate_of: Option<CaseReference>,
    },
    StageWaived {
        stage: Stage,
    },
    Reopened {
        state: CaseState,
    },
    PublicAwareness {
        decision: PublicAwareness,
    },
    /// Messages and notes: the text is all there is.
    None {},
}

#[derive(Deserialize)]
struct FeedbackData {
    feedback_kind: FeedbackKind,
}
#[derive(Deserialize)]
struct RequestData {
    request_id: Uuid,
    due_at: DateTime<Utc>,
    #[serde(default)]
    regime: Option<super::codes::Regime>,
}
#[derive(Deserialize)]
struct ReviewData {
    submission_id: Uuid,
    status: ReviewStatus,
}
#[derive(Deserialize)]
struct AssignmentData {
    user_id: Option<Uuid>,
}
#[derive(Deserialize)]
struct ClosedData {
    previous_state: CaseState,
    #[serde(default)]
    closure_kind: Option<ClosureKind>,
    #[serde(default)]
    duplicate_of: Option<CaseReference>,
}
#[derive(Deserialize)]
struct WaivedData {
    stage: Stage,
}
#[derive(Deserialize)]
struct ReopenedData {
    state: CaseState,
}
#[derive(Deserialize)]
struct AwarenessData {
    decision: PublicAwareness,
}

impl EventData {
    /// Reads the stored JSON of an event of `kind`.
    pub fn from_json(kind: EventKind, json: &str) -> Result<Self, serde_json::Error> {
        use serde_json::from_str as read;
        Ok(match kind {
            EventKind::Feedback => {
                let d: FeedbackData = read(json)?;
                Self::Feedback {
                    feedback_kind: d.feedback_kind,
                }
            }
            EventKind::IntermediateRequest => {
                let d: RequestData = read(json)?;
                Self::IntermediateRequest {
                    request_id: d.request_id,
                    due_at: d.due_at,
                    regime: d.regime,
                }
            }
            EventKind::Review => {
                let d: ReviewData = read(json)?;
                Self::Review {
                    submission_id: d.submission_id,
                    status: d.status,
                }
            }
            EventKind::Assignment => Self::Assignment {
                user_id: read::<AssignmentData>(json)?.user_id,
            },
            EventKind::Closed | EventKind::Withdrawn => {
                let d: ClosedData = read(json)?;
                Self::Closed {
                    previous_state: d.previous_state,
                    closure_kind: d.closure_kind,
                    duplicate_of: d.duplicate_of,
                }
            }
            EventKind::StageWaived => Self::StageWaived {
                stage: read::<WaivedData>(json)?.stage,
            },
            EventKind::Reopened => Self::Reopened {
                state: read::<ReopenedData>(json)?.state,
            },
            EventKind::PublicAwareness => Self::PublicAwareness {
                decision: read::<AwarenessData>(json)?.decision,
            },
            EventKind::MessageToReporter | EventKind::MessageFromReporter | EventKind::Note => {
                read::<serde_json::Map<String, serde_json::Value>>(json)?;
                Self::None {}
            }
        })
    }

    /// The stored JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    pub fn feedback_kind(&self) -> Option<FeedbackKind> {
        match self {
            Self::Feedback { feedback_kind } => Some(*feedback_kind),
            _ => None,
        }
    }

    pub fn due_at(&self) -> Option<DateTime<Utc>> {
        match self {
            Self::IntermediateRequest { due_at, .. } => Some(*due_at),
            _ => None,
        }
    }

    pub fn review_status(&self) -> Option<ReviewStatus> {
        match self {
            Self::Review { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The assignee, for an assignment to somebody.
    pub fn user_id(&self) -> Option<Uuid> {
        match self {
            Self::Assignment { user_id } => *user_id,
            _ => None,
        }
    }

    pub fn previous_state(&self) -> Option<CaseState> {
        match self {
            Self::Closed { previous_state, .. } => Some(*previous_state),
            _ => None,
        }
    }

    /// How a closing or withdrawal ended the case (absent on closings before v0.2).
    pub fn closure_kind(&self) -> Option<ClosureKind> {
        match self {
            Self::Closed { closure_kind, .. } => *closure_kind,
            _ => None,
        }
    }

    /// The stage a waiver lifted.
    pub fn stage(&self) -> Option<Stage> {
        match self {
            Self::StageWaived { stage } => Some(*stage),
            _ => None,
        }
    }

    pub fn decision(&self) -> Option<PublicAwareness> {
        match self {
            Self::PublicAwareness { decision } => Some(*decision),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_keeps_its_stored_json() {
        let id = Uuid::nil();
        let due = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let cases = [
            (
                EventKind::Feedback,
                EventData::Feedback {
                    feedback_kind: FeedbackKind::ALL[0],
                },
                format!(r#"{{"feedback_kind":"{}"}}"#, FeedbackKind::ALL[0]),
            ),
            (
                EventKind::IntermediateRequest,
                EventData::IntermediateRequest {
                    request_id: id,
                    due_at: due,
                    regime: None,
                },
                format!(r#"{{"request_id":"{id}","due_at":"2027-01-15T08:00:00Z"}}"#),
            ),
            (
                EventKind::Assignment,
                EventData::Assignment { user_id: None },
                r#"{"user_id":null}"#.to_string(),
            ),
            (
                EventKind::Closed,
                EventData::Closed {
                    previous_state: CaseState::Closed,
                    closure_kind: None,
                    duplicate_of: None,
                },
                r#"{"previous_state":"closed"}"#.to_string(),
            ),
            (
                EventKind::Closed,
                EventData::Closed {
                    previous_state: CaseState::Notified,
                    closure_kind: Some(ClosureKind::Duplicate),
                    duplicate_of: CaseReference::parse("LU-2026-000042").ok(),
                },
                r#"{"previous_state":"notified","closure_kind":"duplicate","duplicate_of":"LU-2026-000042"}"#
                    .to_string(),
            ),
            (
                EventKind::StageWaived,
                EventData::StageWaived {
                    stage: Stage::FinalReport,
                },
                r#"{"stage":"final_report"}"#.to_string(),
            ),
            (EventKind::Note, EventData::None {}, "{}".to_string()),
        ];
        for (kind, data, json) in cases {
            assert_eq!(data.to_json(), json);
            assert_eq!(EventData::from_json(kind, &json).unwrap(), data);
        }
        assert_eq!(
            EventData::from_json(EventKind::Closed, r#"{"previous_state":"x"}"#).ok(),
            None
        );
        assert_eq!(EventData::from_json(EventKind::Note, "[]").ok(), None);
    }
}
