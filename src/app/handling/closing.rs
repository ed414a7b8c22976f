//! Ending a case and lifting duties (spec §1.5): the authority's closing, waiving and
//! reopening as applied inside `act`, and the entity's withdrawal with its event, audit entry
//! and mail to every routed authority, in the caller's transaction.

use super::Event;
use crate::app::mail as messages;
use crate::app::AppError;
use crate::domain::audit::{Actor as Who, AuditAction};
use crate::domain::case::Case;
use crate::domain::closure::ClosureKind;
use crate::domain::events::EventData;
use crate::domain::lifecycle::{CaseState, Stage};
use crate::domain::msg::Msg;
use crate::domain::names::{AuthorityCode, CaseReference};
use crate::domain::routing::RoutingTable;
use crate::domain::staff::EventKind;
use crate::domain::validation::{Checker, FieldErrors, TEXT_MAX};
use crate::storage::audit::{self, Actor};
use crate::storage::{cases, handling, outbox, queue, DbConn};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// Closes `case` as `kind`; a duplicate's other case must exist, be another case, and be
/// routed to the closing authority (its staff can then see where the filings go).
pub(super) fn close(
    c: &mut DbConn,
    authority: &AuthorityCode,
    case: &mut Case,
    kind: ClosureKind,
    reason: &str,
    duplicate_of: &Option<CaseReference>,
    now: DateTime<Utc>,
) -> Result<EventData, AppError> {
    if let Some(other) = duplicate_of {
        let bad = |m: Msg| AppError::Validation(FieldErrors::single("duplicate_of", m));
        if *other == case.reference {
            return Err(bad(Msg::t("api-close-self")));
        }
        let found = cases::case_id_by_reference(c, other)?;
        let mine = match found {
            Some(id) => queue::in_scope(c, authority, id)?,
            None => false,
        };
        if !mine {
            return Err(bad(Msg::t("api-close-not-routed")));
        }
        // Each entity reports its own incident (Art. 23(1)): the filings must be able to go
        // to the other case, so it is the same entity's and still open.
        let target = match found {
            Some(id) => cases::find_case(c, id, None)?,
            None => None,
        };
        match target {
            Some(t) if t.entity_id != case.entity_id => {
                return Err(bad(Msg::t("api-close-other-entity")))
            }
            Some(t) if t.state.is_terminal() => {
                return Err(bad(Msg::t1(
                    "api-close-target-ended",
                    "state",
                    t.state.to_string(),
                )))
            }
            _ => {}
        }
    }
    let previous = case.state;
    case.close_as(kind, reason, duplicate_of.clone(), now)
        .map_err(AppError::Conflict)?;
    Ok(EventData::Closed {
        previous_state: previous,
        closure_kind: Some(kind),
        duplicate_of: duplicate_of.clone(),
    })
}

/// Waives one pending or overdue stage.
pub(super) fn waive(
    case: &mut Case,
    stage: Stage,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<EventData, AppError> {
    case.waive(stage, reason, now).map_err(AppError::Conflict)?;
    Ok(EventData::StageWaived { stage })
}

/// Reopens a closed or withdrawn case in its previous state, restoring the stages its closing
/// waived. Cases closed before closings were recorded on the case fall back to the event.
pub(super) fn reopen(
    c: &mut DbConn,
    case: &mut Case,
    now: DateTime<Utc>,
) -> Result<EventData, AppError> {
    let fallback = handling::events_of(c, case.id, Some(""))?
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::Closed)
        .and_then(|e| e.data.previous_state());
    let state = case
        .reopen_case(fallback, now)
        .map_err(AppError::Conflict)?;
    Ok(EventData::Reopened { state })
}

/// An entity's request to withdraw its report.
pub struct Withdrawal {
    pub case_id: Uuid,
    /// The API key's entity, which must own the case; `None` from the follow-up page (its
    /// private link already names the case).
    pub entity_id: Option<Uuid>,
    pub who: Who,
    pub reason: Option<String>,
}

/// The entity withdraws its report (spec §1.5) through its follow-up page or the API:
/// `withdrawal_reason` required; the stages still owed are waived; every routed authority is
/// mailed; the authority may reopen. `entity_id` limits the case to an API key's entity.
pub fn withdraw(
    c: &mut DbConn,
    key: &crate::domain::audit_chain::ChainKey,
    routing: &RoutingTable,
    request: Withdrawal,
    now: DateTime<Utc>,
) -> Result<Case, AppError> {
    let Withdrawal {
        case_id,
        entity_id,
        who,
        reason,
    } = request;
    let mut check = Checker::new("");
    let text = check.text("reason", reason.as_deref(), 3, TEXT_MAX);
    let Some(reason) = check.require("reason", text) else {
        return Err(AppError::Validation(check.errors));
    };
    let mut case = cases::lock_case(c, case_id, entity_id)?.ok_or(AppError::NotFound)?;
    let (expected, previous) = (case.version, case.state);
    case.withdraw(&reason, now).map_err(AppError::Conflict)?;
    if !cases::update_case(c, &case, expected, now)? {
        return Err(AppError::Conflict(Msg::t("api-case-changed")));
    }
    let event = Event {
        id: Uuid::now_v7(),
        case_id,
        at: now,
        authority_code: None,
        actor: who.clone(),
        kind: EventKind::Withdrawn,
        body: reason,
        data: EventData::Closed {
            previous_state: previous,
            closure_kind: Some(ClosureKind::Withdrawn),
            duplicate_of: None,
        },
    };
    handling::add_event(c, &event)?;
    audit::append(
        c,
        key,
        &Actor {
            who,
            authority_code: None,
        },
        AuditAction::Case(EventKind::Withdrawn),
        Some(case_id),
        json!({"event": event.id, "previous_state": previous}),
        now,
    )?;
    let mail: Vec<_> = handling::routed(c, case_id)?
        .iter()
        .filter_map(|r| {
            routing
                .authorities
                .iter()
                .find(|a| a.code == r.authority_code)
        })
        .map(|a| messages::for_authority_update(&case, a, event.id, "withdrawn_by_entity"))
        .collect();
    outbox::enqueue(c, mail, now)?;
    Ok(case)
}

/// Whether `state` allows the entity to withdraw, for showing the form.
pub fn can_withdraw(state: CaseState) -> bool {
    matches!(
        state,
        CaseState::EarlyWarningSubmitted | CaseState::Notified | CaseState::ProgressReported
    )
}
