//! A filing that changes the case's `aware_at` (spec §1.1): what changed and how the verdicts
//! of the stages already filed read against the recomputed deadlines. The submissions keep
//! the verdicts they were given when filed (the history); the deadline table shows the new
//! ones; this record goes to the audit trail.

use super::case::Case;
use super::deadlines::{Deadline, DeadlineStatus};
use super::lifecycle::Stage;
use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

/// One explicit change of `aware_at`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AwareAtChange {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// The filing's `aware_at_change_reason`.
    pub reason: String,
    /// The filing that stated the change.
    pub submission_id: Uuid,
    /// Stages already filed whose deadline or verdict changed with it.
    pub rejudged: Vec<Rejudged>,
}

/// A filed stage judged again against the recomputed deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rejudged {
    pub stage: Stage,
    /// The submission that satisfied the stage.
    pub satisfied_by: Option<Uuid>,
    pub was_due_at: Option<DateTime<Utc>>,
    pub was: DeadlineStatus,
    pub now_due_at: Option<DateTime<Utc>>,
    pub now: DeadlineStatus,
}

/// The change between `before` (the case as it was) and `after` (the case with the new filing
/// `submission_id`), or `None` when `aware_at` stayed.
pub fn aware_at_change(
    before: &Case,
    after: &Case,
    submission_id: Uuid,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Option<AwareAtChange> {
    if before.filed.is_empty() || before.clock.aware_at == after.clock.aware_at {
        return None;
    }
    let old: Vec<Deadline> = before.deadlines(now);
    let new: Vec<Deadline> = after.deadlines(now);
    let rejudged = old
        .iter()
        .filter(|o| o.satisfied_by.is_some())
        .filter_map(|o| {
            let n = new.iter().find(|n| n.stage == o.stage)?;
            (n.due_at != o.due_at || n.status != o.status).then_some(Rejudged {
                stage: o.stage,
                satisfied_by: o.satisfied_by,
                was_due_at: o.due_at,
                was: o.status,
                now_due_at: n.due_at,
                now: n.status,
            })
        })
        .collect();
    Some(AwareAtChange {
        from: before.clock.aware_at,
        to: after.clock.aware_at,
        reason: reason.unwrap_or_default().to_string(),
        submission_id,
        rejudged,
    })
}
