//! One filed stage of a case: immutable once stored; corrections are new versions.

use super::case::Case;
use super::codes::{Regime, ReviewStatus};
use super::deadlines::Filed;
use super::lifecycle::Stage;
use super::report::Report;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// One filed stage; immutable once stored. Corrections are new versions.
#[derive(Debug, Clone, PartialEq)]
pub struct Submission {
    pub id: Uuid,
    pub case_id: Uuid,
    /// The thread this filing answers (spec §7).
    pub regime: Regime,
    /// Position in the case, 1-based; unique per case, so concurrent filings cannot interleave.
    pub seq: i32,
    pub stage: Stage,
    /// 1 for the first filing of a stage, then 2, 3… for corrections.
    pub version: i32,
    pub supersedes: Option<Uuid>,
    pub submitted_at: DateTime<Utc>,
    pub submitted_by: String,
    /// The due time this filing was judged against, frozen with its verdict.
    pub due_at: Option<DateTime<Utc>>,
    pub late: bool,
    pub review_status: ReviewStatus,
    pub facts: serde_json::Value,
    pub provided: Vec<String>,
}

impl Case {
    /// A new submission of `report` answering `stage` of `regime`, numbered after the rest.
    pub(crate) fn submission(
        &self,
        report: &Report,
        regime: Regime,
        stage: Stage,
        now: DateTime<Utc>,
        by: &str,
    ) -> Submission {
        Submission {
            id: Uuid::now_v7(),
            case_id: self.id,
            regime,
            seq: self.filed.len() as i32 + 1,
            stage,
            version: 1,
            supersedes: None,
            submitted_at: now,
            submitted_by: by.to_string(),
            due_at: None,
            late: false,
            review_status: ReviewStatus::Received,
            facts: report.facts.to_json(),
            provided: report.provided.clone(),
        }
    }

    /// Adds a stored submission to the filings the clocks read.
    pub(crate) fn record(&mut self, s: &Submission, report: &Report) {
        self.filed.push(Filed {
            id: s.id,
            regime: s.regime,
            stage: s.stage,
            submitted_at: s.submitted_at,
            incident_status: Some(report.incident_status),
        });
    }
}
