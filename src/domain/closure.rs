//! How a case ends and which duties an authority lifts (spec §1.5, v0.2): accept and close only
//! once the final report is in; close as not significant or as a duplicate from any open state,
//! waiving what is still owed; waive one pending or overdue stage; the entity's withdrawal; and
//! reopening, which restores the stages a closing or withdrawal waived. Closing never leaves the
//! entity with a duty it can no longer fulfil.

use super::case::Case;
use super::codes::code_enum;
use super::deadlines::{Deadline, DeadlineStatus};
use super::lifecycle::{CaseState, Stage};
use super::msg::Msg;
use super::names::CaseReference;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

code_enum!(
    /// How a case was ended: by the authority (the first three) or by the entity.
    ClosureKind {
        Accepted = "accepted",
        NotSignificant = "not_significant",
        Duplicate = "duplicate",
        Withdrawn = "withdrawn",
    }
);

/// Why and how a closed or withdrawn case ended, and the state a reopening restores.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    pub kind: ClosureKind,
    pub reason: String,
    /// The case further filings belong to, for a duplicate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<CaseReference>,
    pub previous_state: CaseState,
    pub at: DateTime<Utc>,
}

/// A stage the entity no longer owes, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Waiver {
    pub stage: Stage,
    pub reason: String,
    pub at: DateTime<Utc>,
    /// Waived because the case is a duplicate of this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    pub duplicate_of: Option<CaseReference>,
    /// Waived by a closing or withdrawal (lifted again on reopening), not on its own.
    #[serde(default)]
    pub by_closure: bool,
}

/// Whether a deadline row is still a duty: nothing filed and not yet waived.
fn owed(d: &Deadline) -> bool {
    d.satisfied_by.is_none()
        && matches!(
            d.status,
            DeadlineStatus::Pending
                | DeadlineStatus::Overdue
                | DeadlineStatus::NotDue
                | DeadlineStatus::AwaitingHandling
        )
}

/// Marks the rows the case's waivers cover as `waived`. A waiver of an intermediate report
/// covers only the request it was made under (a later request is a new duty).
pub fn apply_waivers(rows: &mut [Deadline], case: &Case, now: DateTime<Utc>) {
    for row in rows.iter_mut().filter(|d| owed(d)) {
        let waived = case.waivers.iter().any(|w| {
            w.stage == row.stage
                && (row.stage != Stage::IntermediateReport
                    || case
                        .clock
                        .intermediate
                        .is_some_and(|r| w.at >= r.requested_at))
        });
        if waived {
            row.status = DeadlineStatus::Waived;
        }
    }
    // A waived notification will never be filed: the final report, due one month after it,
    // keeps that provisional time as a firm one rather than stay undated for ever.
    let notification_waived = rows
        .iter()
        .any(|d| d.stage == Stage::IncidentNotification && d.status == DeadlineStatus::Waived);
    for row in rows.iter_mut().filter(|d| {
        notification_waived && d.stage == Stage::FinalReport && d.provisional && owed(d)
    }) {
        row.provisional = false;
        row.status = match row.due_at {
            Some(due) if now > due => DeadlineStatus::Overdue,
            _ => DeadlineStatus::Pending,
        };
    }
}

/// The stages' codes, for a message placeholder (codes read the same in every language).
fn list(stages: &[Stage]) -> String {
    let codes: Vec<&str> = stages.iter().map(|s| s.as_str()).collect();
    codes.join(", ")
}

impl Case {
    /// The authority closes the case (spec §1.5). `accepted` only from `final_reported` with
    /// nothing owed; `not_significant` and `duplicate` from any open state, waiving every
    /// stage still owed. The reason says why a close is refused.
    pub fn close_as(
        &mut self,
        kind: ClosureKind,
        reason: &str,
        duplicate_of: Option<CaseReference>,
        now: DateTime<Utc>,
    ) -> Result<(), Msg> {
        if self.state.is_terminal() {
            return Err(Msg::t1(
                "api-close-already",
                "case_state",
                self.state.as_str(),
            ));
        }
        let owed = self.owed_stages(now);
        match kind {
            ClosureKind::Withdrawn => {
                return Err(Msg::t("api-close-withdraw-entity-only"));
            }
            ClosureKind::Accepted if self.state != CaseState::FinalReported => {
                return Err(Msg::t2(
                    "api-close-accept-before-final",
                    ("case_state", self.state.as_str()),
                    ("owed", list(&owed)),
                ));
            }
            ClosureKind::Accepted if !owed.is_empty() => {
                return Err(Msg::t1("api-close-accept-owed", "owed", list(&owed)));
            }
            _ => {}
        }
        self.end(kind, reason, duplicate_of, &owed, now);
        self.state = CaseState::Closed;
        Ok(())
    }

    /// The entity withdraws its report (spec §1.5), e.g. assessed as not significant after
    /// all; the stages still owed are waived and the authority may reopen.
    pub fn withdraw(&mut self, reason: &str, now: DateTime<Utc>) -> Result<(), Msg> {
        use CaseState as S;
        if !matches!(
            self.state,
            S::EarlyWarningSubmitted | S::Notified | S::ProgressReported
        ) {
            return Err(match self.state {
                S::FinalReported => Msg::t("api-withdraw-after-final"),
                S::Draft => Msg::t("api-withdraw-nothing-filed"),
                state => Msg::t1("api-withdraw-ended", "case_state", state.as_str()),
            });
        }
        let owed = self.owed_stages(now);
        self.end(ClosureKind::Withdrawn, reason, None, &owed, now);
        self.state = S::Withdrawn;
        Ok(())
    }

    /// The authority waives one stage that is pending or overdue; the others stay as they are.
    pub fn waive(&mut self, stage: Stage, reason: &str, now: DateTime<Utc>) -> Result<(), Msg> {
        if self.state.is_terminal() {
            return Err(Msg::t1(
                "api-waive-ended",
                "case_state",
                self.state.as_str(),
            ));
        }
        let status = self
            .deadlines(now)
            .into_iter()
            .find(|d| d.stage == stage)
            .map(|d| d.status);
        match status {
            Some(
                DeadlineStatus::Pending
                | DeadlineStatus::Overdue
                | DeadlineStatus::AwaitingHandling,
            ) => {}
            Some(s) => {
                return Err(Msg::t2(
                    "api-waive-not-owed",
                    ("stage", stage.as_str()),
                    ("deadline_status", s.as_str()),
                ))
            }
            None => return Err(Msg::t1("api-waive-no-stage", "stage", stage.as_str())),
        }
        self.waivers.push(Waiver {
            stage,
            reason: reason.to_string(),
            at: now,
            duplicate_of: None,
            by_closure: false,
        });
        self.bump(now);
        Ok(())
    }

    /// The authority reopens a closed or withdrawn case in the state it had before; the stages
    /// that closing waived are owed again. `fallback` is the state recorded by cases closed
    /// before closings kept their own record.
    pub fn reopen_case(
        &mut self,
        fallback: Option<CaseState>,
        now: DateTime<Utc>,
    ) -> Result<CaseState, Msg> {
        if !self.state.is_terminal() {
            return Err(Msg::t1(
                "api-reopen-open",
                "case_state",
                self.state.as_str(),
            ));
        }
        let previous = self
            .closure
            .as_ref()
            .map(|c| c.previous_state)
            .or(fallback)
            .filter(|s| !s.is_terminal())
            .ok_or_else(|| Msg::t("api-reopen-unknown-state"))?;
        self.waivers.retain(|w| !w.by_closure);
        self.closure = None;
        self.state = previous;
        self.bump(now);
        Ok(previous)
    }

    /// Why a filing on this case is refused because of how it ended, naming where to file
    /// instead; `None` while the case is open.
    pub fn ended_refusal(&self) -> Option<Msg> {
        let c = self.closure.as_ref()?;
        Some(match (c.kind, &c.duplicate_of) {
            (ClosureKind::Duplicate, Some(other)) => {
                Msg::t1("api-ended-duplicate", "other", other.as_str())
            }
            (ClosureKind::Withdrawn, _) => Msg::t("api-ended-withdrawn"),
            (ClosureKind::NotSignificant, _) => {
                Msg::t1("api-ended-not-significant", "reason", c.reason.as_str())
            }
            _ => Msg::t("api-ended-closed"),
        })
    }

    /// The stages the entity still owes at `now`.
    fn owed_stages(&self, now: DateTime<Utc>) -> Vec<Stage> {
        // Once the final report is in, a missed progress report can no longer be filed (the
        // state machine admits none): it stays on the record as overdue, not as owed.
        let final_filed = self.filed.iter().any(|f| f.stage == Stage::FinalReport);
        self.deadlines(now)
            .into_iter()
            .filter(owed)
            .filter(|d| !(final_filed && d.stage == Stage::ProgressReport))
            .map(|d| d.stage)
            .collect()
    }

    fn end(
        &mut self,
        kind: ClosureKind,
        reason: &str,
        duplicate_of: Option<CaseReference>,
        owed: &[Stage],
        now: DateTime<Utc>,
    ) {
        for stage in owed {
            self.waivers.push(Waiver {
                stage: *stage,
                reason: reason.to_string(),
                at: now,
                duplicate_of: duplicate_of.clone(),
                by_closure: true,
            });
        }
        self.closure = Some(Closure {
            kind,
            reason: reason.to_string(),
            duplicate_of,
            previous_state: self.state,
            at: now,
        });
        self.bump(now);
    }

    fn bump(&mut self, now: DateTime<Utc>) {
        self.updated_at = now;
        self.version += 1;
    }
}

#[cfg(test)]
mod tests;
