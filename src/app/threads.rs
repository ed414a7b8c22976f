//! The entity settles a thread the service proposed (spec §7): a filing with personal data
//! involved proposes a GDPR breach thread (GDPR Art. 33); the entity confirms it (its clock
//! runs from `aware_at`) or declines it (the breach is unlikely to result in a risk to
//! individuals, Art. 33(1)).

use crate::app::AppError;
use crate::domain::audit::AuditAction;
use crate::domain::audit_chain::ChainKey;
use crate::domain::case::Case;
use crate::domain::codes::Regime;
use crate::domain::msg::Msg;
use crate::storage::audit::{self, Actor};
use crate::storage::{cases, DbConn};
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// What the entity decides on a proposed thread.
pub struct Settlement {
    pub case_id: Uuid,
    /// Only this entity's cases are found; another's is "not found".
    pub entity_id: Uuid,
    pub regime: Regime,
    pub confirm: bool,
}

/// Confirms or declines the proposed thread under the case's row lock, like a filing, and
/// writes the decision to the audit log. 404 for another entity's case; 409 when the thread
/// is not proposed (already open, ended, absent) or the case has ended.
pub fn settle(
    c: &mut DbConn,
    key: &ChainKey,
    actor: &Actor,
    s: &Settlement,
    now: DateTime<Utc>,
) -> Result<Case, AppError> {
    let mut case = cases::lock_case(c, s.case_id, Some(s.entity_id))?.ok_or(AppError::NotFound)?;
    let expected = case.version;
    case.settle_proposal(s.regime, s.confirm, now)
        .map_err(AppError::Conflict)?;
    if !cases::update_case(c, &case, expected, now)? {
        return Err(AppError::Conflict(Msg::t("api-case-changed")));
    }
    let decision = if s.confirm { "confirm" } else { "decline" };
    audit::append(
        c,
        key,
        actor,
        AuditAction::ThreadSettled,
        Some(case.id),
        json!({"regime": s.regime, "decision": decision}),
        now,
    )?;
    Ok(case)
}
