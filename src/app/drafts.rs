//! Unfinished forms kept for reporters without an account, within bounds: a draft keeps only
//! the fields its form has (the caller filters), at most [`MAX_DRAFT_BYTES`], at most
//! [`DraftRules::per_address`] live new-report drafts per client address, and each draft
//! expires [`DraftRules::days`] after its last save (the cleanup job deletes it then).

use super::AppError;
pub use crate::config::DraftRules;
use crate::domain::lifecycle::Stage;
use crate::domain::msg::Msg;
use crate::domain::validation::FieldErrors;
use crate::storage::{follow_up, DbConn};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The most a draft's fields may hold together (names and values, in bytes): more than any
/// report the forms can file, far less than the request body limit.
pub const MAX_DRAFT_BYTES: usize = 128 * 1024;

/// What saving a new report's draft did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Saved,
    /// The address already keeps [`DraftRules::per_address`] live drafts; nothing was saved.
    QuotaFull,
}

/// Refuses a draft over [`MAX_DRAFT_BYTES`], naming its largest field (where the fix is).
pub fn check_size(form: &[(String, String)]) -> Result<(), AppError> {
    let total: usize = form.iter().map(|(n, v)| n.len() + v.len()).sum();
    if total <= MAX_DRAFT_BYTES {
        return Ok(());
    }
    let largest = form
        .iter()
        .max_by_key(|(_, v)| v.len())
        .map(|(n, _)| n.as_str())
        .unwrap_or("form");
    Err(AppError::Validation(FieldErrors::single(
        largest,
        Msg::t2(
            "api-draft-too-long",
            ("held", total.div_ceil(1024)),
            ("max", MAX_DRAFT_BYTES / 1024),
        ),
    )))
}

/// A new report's draft as a client saves it.
pub struct NewDraft<'a> {
    /// The draft link's token.
    pub token: &'a str,
    /// Saved again under its link (not counted against the quota again).
    pub existing: bool,
    /// The keyed hash of the client address the quota counts.
    pub address_hash: &'a str,
    pub stage: Stage,
    /// Only the fields the stage's form has.
    pub form: &'a [(String, String)],
}

/// Saves a new report's draft, unless it is too large (a field error) or a new draft would
/// exceed the address's quota ([`Saved::QuotaFull`]).
pub fn save_new_report_draft(
    c: &mut DbConn,
    rules: DraftRules,
    d: &NewDraft,
    now: DateTime<Utc>,
) -> Result<Saved, AppError> {
    check_size(d.form)?;
    if !d.existing {
        let live = follow_up::live_drafts_of_address(c, d.address_hash, rules.alive_since(now))?;
        if live >= i64::from(rules.per_address) {
            return Ok(Saved::QuotaFull);
        }
    }
    follow_up::save_new_report_draft(c, d.token, d.address_hash, d.stage, d.form, now)?;
    Ok(Saved::Saved)
}

/// A later stage's draft on a case (one per stage, so bounded by the case).
pub fn save_case_draft(
    c: &mut DbConn,
    case_id: Uuid,
    stage: Stage,
    form: &[(String, String)],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    check_size(form)?;
    follow_up::save_case_draft(c, case_id, stage, form, now)?;
    Ok(())
}
