//! The cleanup job's rules: how long each kind of short-lived record is kept. `serve` runs it
//! every few minutes on the injected clock, `intake cleanup` on demand; both call [`sweep`].

use super::AppError;
use crate::config::DraftRules;
use crate::storage::cleanup::{self, Cutoffs};
use crate::storage::DbConn;
use chrono::{DateTime, Duration, Utc};

pub use crate::storage::cleanup::Swept;

/// Days a stored idempotent response answers retries of its request.
pub const IDEMPOTENCY_DAYS: i64 = 7;

/// Hours after its last failure that a sign-in failure count (without a holding lock) is
/// forgotten.
pub const SIGN_IN_FAILURE_HOURS: i64 = 24;

/// What the job needs to know about the deployment.
#[derive(Debug, Clone, Copy)]
pub struct Retention {
    pub drafts: DraftRules,
    /// A staff session idle this long has ended.
    pub session_idle: Duration,
}

/// The cutoffs of a run at `now`.
pub fn cutoffs(r: &Retention, now: DateTime<Utc>) -> Cutoffs {
    Cutoffs {
        now,
        drafts: r.drafts.alive_since(now),
        idempotency: now - Duration::days(IDEMPOTENCY_DAYS),
        sessions: now - r.session_idle,
        sign_in_failures: now - Duration::hours(SIGN_IN_FAILURE_HOURS),
    }
}

/// Deletes expired drafts, idempotency records, ended sessions and old sign-in failures.
pub fn sweep(c: &mut DbConn, r: &Retention, now: DateTime<Utc>) -> Result<Swept, AppError> {
    Ok(cleanup::sweep(c, &cutoffs(r, now))?)
}

/// Seals every TOTP seed still stored in clear (from before sealing existed); run at start.
/// Returns how many were sealed.
pub fn seal_totp_seeds(c: &mut DbConn, key: &crate::secrets::SecretKey) -> Result<usize, AppError> {
    let mut sealed = 0;
    for (user, clear) in crate::storage::totp_seeds::unsealed(c)? {
        let stored = key.seal_totp(user, &clear).map_err(anyhow::Error::msg)?;
        sealed += crate::storage::totp_seeds::replace(c, user, &clear, &stored)?;
    }
    Ok(sealed)
}
