//! The follow-up page's answer to a proposed thread (spec §7): the entity confirms it (the
//! thread opens and its clock counts) or declines it (GDPR Art. 33(1): the breach is unlikely
//! to result in a risk to individuals; no reason is asked).

use super::AppError;
use crate::domain::codes::Regime;
use crate::domain::msg::Msg;
use crate::storage::{cases, DbConn};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// Confirms (`confirm`) or declines the case's proposed `regime` thread, in the caller's
/// transaction; a thread that is not proposed (or a case that ended) is a conflict.
pub fn settle(
    c: &mut DbConn,
    case_id: Uuid,
    regime: Regime,
    confirm: bool,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let mut case = cases::lock_case(c, case_id, None)?.ok_or(AppError::NotFound)?;
    let expected = case.version;
    case.settle_proposal(regime, confirm, now)
        .map_err(AppError::Conflict)?;
    if !cases::update_case(c, &case, expected, now)? {
        return Err(AppError::Conflict(Msg::t("api-case-changed")));
    }
    Ok(())
}
