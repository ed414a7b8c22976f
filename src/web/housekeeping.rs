//! The cleanup job as the server runs it: the database sweep ([`crate::app::housekeeping`])
//! plus this instance's in-memory rate-limit buckets, every few minutes on the injected clock,
//! and on demand ([`Janitor::run_once`]; tests call it instead of waiting).

use super::AppState;
use crate::app::housekeeping::{self, Retention, Swept};
use crate::app::AppError;
use actix_web::web;

/// What one run removed: the database's records and the rate limiters' buckets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cleaned {
    pub stored: Swept,
    pub limiter_entries: usize,
}

/// Runs the cleanup job against one instance's state.
#[derive(Clone)]
pub struct Janitor {
    state: web::Data<AppState>,
}

impl Janitor {
    pub fn new(state: web::Data<AppState>) -> Self {
        Self { state }
    }

    /// The retention rules of this instance.
    pub fn retention(&self) -> Retention {
        Retention {
            drafts: self.state.drafts,
            session_idle: chrono::Duration::minutes(super::authority::session::IDLE_MINUTES),
        }
    }

    /// One run at the clock's current time.
    pub async fn run_once(&self) -> Result<Cleaned, AppError> {
        let now = self.state.clock.now();
        let retention = self.retention();
        let stored = self
            .state
            .db
            .write(move |c| housekeeping::sweep(c, &retention, now))
            .await?;
        let s = &self.state;
        let limiter_entries = s.form_limit.sweep(now)
            + s.login_limit.sweep(now)
            + s.api_limit.as_ref().map_or(0, |l| l.sweep(now));
        Ok(Cleaned {
            stored,
            limiter_entries,
        })
    }

    /// Runs every `minutes` until the server stops; a failed run is logged and retried at
    /// the next tick.
    pub async fn run_every(self, minutes: u32) {
        let period = std::time::Duration::from_secs(u64::from(minutes.max(1)) * 60);
        let mut tick = tokio::time::interval(period);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match self.run_once().await {
                Ok(c) if c != Cleaned::default() => log::info!("cleanup: {c:?}"),
                Ok(_) => {}
                Err(e) => log::warn!("cleanup failed, retrying at the next run: {e}"),
            }
        }
    }
}
