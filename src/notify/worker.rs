//! The delivery worker: claims due outbox messages, sends them, records the outcome; and
//! periodically turns coming and missed deadlines into reminders and overdue notices.
//! It runs inside `intake serve`; `intake outbox deliver` runs one pass.

use super::mailer::Mailer;
use super::messages;
use crate::domain::routing::RoutingTable;
use crate::domain::validation::now;
use crate::error::AppError;
use crate::storage::{cases, outbox, Db};
use lettre::message::Mailbox;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// How long a claimed message stays reserved for its worker.
const LEASE: chrono::Duration = chrono::Duration::minutes(2);
const BATCH: i64 = 50;
/// How often deadlines are scanned for reminders and overdue notices.
const SCAN_EVERY: Duration = Duration::from_secs(60);

#[derive(Clone)]
pub struct Notifier {
    pub db: Db,
    pub mailer: Arc<Mailer>,
    pub from: Mailbox,
    pub routing: Arc<RoutingTable>,
    pub base_url: String,
    /// Distinguishes this worker's leases from other instances'.
    pub owner: String,
    /// Signalled after a filing so its mail goes out at once.
    pub wake: Arc<Notify>,
    /// First retry delay; doubles per attempt up to an hour.
    pub retry_base: chrono::Duration,
}

impl Notifier {
    /// Sends every message due now; returns how many were attempted.
    pub async fn deliver_due(&self) -> Result<usize, AppError> {
        let mut attempted = 0;
        loop {
            let owner = self.owner.clone();
            let batch = self
                .db
                .write(move |c| Ok(outbox::claim(c, &owner, now(), LEASE, BATCH)?))
                .await?;
            if batch.is_empty() {
                return Ok(attempted);
            }
            for m in batch {
                attempted += 1;
                let (mailer, from, msg) = (self.mailer.clone(), self.from.clone(), m.clone());
                let sent = tokio::task::spawn_blocking(move || mailer.send(&from, &msg))
                    .await
                    .unwrap_or_else(|e| Err(format!("send task failed: {e}")));
                let owner = self.owner.clone();
                match sent {
                    Ok(()) => {
                        self.db
                            .write(move |c| Ok(outbox::mark_sent(c, m.id, &owner, now())?))
                            .await?
                    }
                    Err(error) => {
                        let id = m.id;
                        log::warn!("delivery of {} {id} failed: {error}", m.kind);
                        let base = self.retry_base;
                        let status = self
                            .db
                            .write(move |c| {
                                Ok(outbox::mark_failed(c, &m, &owner, &error, now(), base)?)
                            })
                            .await?;
                        if status == outbox::Status::Failed {
                            log::error!(
                                "message {id} gave up after {} attempts",
                                outbox::MAX_ATTEMPTS
                            );
                        }
                    }
                }
            }
        }
    }

    /// Queues reminders and overdue notices for every case with a deadline soon or past.
    /// Computed from the cases' state and deduplicated, so a pass missed while the service was
    /// down is simply made up by the next one.
    pub async fn scan_deadlines(&self) -> Result<usize, AppError> {
        let (routing, base_url) = (self.routing.clone(), self.base_url.clone());
        self.db
            .write(move |c| {
                let at = now();
                let mut queued = 0;
                for (case, entity) in cases::due_before(c, at + messages::REMIND_BEFORE, 1000)? {
                    let codes = outbox::recipients_of(c, case.id)?;
                    let in_charge: Vec<_> = routing
                        .authorities
                        .iter()
                        .filter(|a| {
                            codes
                                .iter()
                                .any(|(code, _, informed)| *code == a.code && !informed)
                        })
                        .cloned()
                        .collect();
                    for m in messages::for_deadlines(&case, &entity, &in_charge, &base_url, at) {
                        queued += outbox::enqueue_once(c, &m, at)? as usize;
                    }
                }
                Ok(queued)
            })
            .await
    }

    /// Runs until the process ends.
    pub async fn run(self) {
        let mut last_scan: Option<std::time::Instant> = None;
        loop {
            if last_scan.is_none_or(|t| t.elapsed() >= SCAN_EVERY) {
                if let Err(e) = self.scan_deadlines().await {
                    log::warn!("deadline scan failed: {e}");
                }
                last_scan = Some(std::time::Instant::now());
            }
            match self.deliver_due().await {
                Ok(0) => {
                    let _ =
                        tokio::time::timeout(Duration::from_secs(1), self.wake.notified()).await;
                }
                Ok(_) => {}
                Err(e) => {
                    log::warn!("outbox delivery pass failed: {e}");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        }
    }
}
