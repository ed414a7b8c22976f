//! Settings that bound what the service keeps for clients without an account: how long
//! drafts live and how many one address may keep (`INTAKE_DRAFT_DAYS`, `INTAKE_DRAFT_QUOTA`),
//! and how often the cleanup job runs (`INTAKE_CLEANUP_MINUTES`).

use chrono::{DateTime, Duration, Utc};

/// The bounds' settings from the environment (first) or the file.
pub(super) fn load(
    env: &impl Fn(&str) -> Option<String>,
    file: &super::FileSettings,
) -> Result<(DraftRules, u32, SlowClientLimits), String> {
    Ok((
        DraftRules::load(env, file.draft_days, file.draft_quota)?,
        cleanup_minutes(env, file.cleanup_minutes)?,
        SlowClientLimits::load(env, file.body_timeout_seconds, file.requests_per_address)?
            .with_header_timeout(env, file.header_timeout_seconds)?,
    ))
}

/// How long drafts live and how many one client address may keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DraftRules {
    /// Days after its last save that a draft expires (default 30).
    pub days: u32,
    /// Live new-report drafts one client address may keep (default 20).
    pub per_address: u32,
}

impl Default for DraftRules {
    fn default() -> Self {
        Self {
            days: 30,
            per_address: 20,
        }
    }
}

impl DraftRules {
    /// Drafts last saved at or before this instant have expired.
    pub fn alive_since(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now - Duration::days(i64::from(self.days))
    }

    /// From the environment (first) or the file; a bad value names its key.
    pub(super) fn load(
        env: &impl Fn(&str) -> Option<String>,
        days: Option<u32>,
        quota: Option<u32>,
    ) -> Result<Self, String> {
        let d = Self::default();
        Ok(Self {
            days: number(env, "INTAKE_DRAFT_DAYS", days, d.days)?.max(1),
            per_address: number(env, "INTAKE_DRAFT_QUOTA", quota, d.per_address)?.max(1),
        })
    }
}

/// Limits on slow and greedy clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlowClientLimits {
    /// `INTAKE_HEADER_TIMEOUT_SECONDS`: a request's head (request line and headers) must arrive
    /// whole within this of the connection's start, else 408 and the connection closes
    /// (default 10). Every connection carries one request, so this bounds each head.
    pub header_timeout_seconds: u64,
    /// `INTAKE_BODY_TIMEOUT_SECONDS`: a request body must arrive whole within this (default 20).
    pub body_timeout_seconds: u64,
    /// `INTAKE_REQUESTS_PER_ADDRESS`: requests one address may have in flight (default 64).
    pub requests_per_address: usize,
}

impl SlowClientLimits {
    pub(super) fn load(
        env: &impl Fn(&str) -> Option<String>,
        timeout: Option<u32>,
        per_address: Option<u32>,
    ) -> Result<Self, String> {
        Ok(Self {
            header_timeout_seconds: 10,
            body_timeout_seconds: u64::from(
                number(env, "INTAKE_BODY_TIMEOUT_SECONDS", timeout, 20)?.max(1),
            ),
            requests_per_address: number(env, "INTAKE_REQUESTS_PER_ADDRESS", per_address, 64)?
                .max(1) as usize,
        })
    }
}

impl SlowClientLimits {
    fn with_header_timeout(
        mut self,
        env: &impl Fn(&str) -> Option<String>,
        file: Option<u32>,
    ) -> Result<Self, String> {
        let seconds = number(env, "INTAKE_HEADER_TIMEOUT_SECONDS", file, 10)?.max(1);
        self.header_timeout_seconds = u64::from(seconds);
        Ok(self)
    }
}

/// Minutes between two runs of the cleanup job inside `serve` (default 15).
pub(super) fn cleanup_minutes(
    env: &impl Fn(&str) -> Option<String>,
    file: Option<u32>,
) -> Result<u32, String> {
    Ok(number(env, "INTAKE_CLEANUP_MINUTES", file, 15)?.max(1))
}

fn number(
    env: &impl Fn(&str) -> Option<String>,
    key: &str,
    file: Option<u32>,
    default: u32,
) -> Result<u32, String> {
    match env(key) {
        Some(v) => v
            .trim()
            .parse()
            .map_err(|_| format!("{key} must be a whole number, got {v:?}")),
        None => Ok(file.unwrap_or(default)),
    }
}
