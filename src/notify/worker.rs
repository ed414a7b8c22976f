//! The delivery worker: claims due outbox messages, sends them, records the outcome; and
//! periodically turns coming and missed deadlines into reminders and overdue notices.
//! It runs inside `intake serve`; `intake outbox deliver` runs one pass.

use super::mail::{self, Context, Rendered};
use super::mailer::Mailer;
use super::messages;
use crate::domain::routing::RoutingTable;
use crate::storage::outbox::Kind;
use crate::storage::StorageError;
use crate::storage::{cases, outbox, Db};
use lettre::message::Mailbox;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// Cases loaded while composing one batch: a filing's messages share their case.
type CaseCache = std::collections::HashMap<uuid::Uuid, CachedCase>;
type CachedCase = (
    crate::domain::case::Case,
    Vec<crate::domain::case::Submission>,
    crate::domain::entity::EntityProfile,
    crate::words::Lang,
    // The reporter addresses (lower case) that mail may tell what the filer typed.
    Vec<String>,
);

/// The cases a share's messages are about, loaded together (three queries per share, not
/// five per case: loading dominated composing before).
fn load_cases(
    c: &mut crate::storage::DbConn,
    share: &[outbox::Message],
) -> Result<CaseCache, StorageError> {
    let mut ids: Vec<uuid::Uuid> = share.iter().filter_map(|m| m.case_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let languages = cases::languages_of(c, &ids)?;
    let mut out = CaseCache::new();
    for (case, submissions, profile) in cases::cases_for_mail(c, &ids)? {
        let mut quotable = Vec::new();
        for m in share.iter().filter(|m| m.case_id == Some(case.id)) {
            for to in m.recipients.iter().filter(|_| to_reporter(m.kind)) {
                let to = to.trim().to_lowercase();
                if !quotable.contains(&to)
                    && crate::storage::mail_answers::may_quote_filer(c, case.entity_id, &to)?
                {
                    quotable.push(to);
                }
            }
        }
        let lang = languages.get(&case.id).copied().unwrap_or_default();
        out.insert(case.id, (case, submissions, profile, lang, quotable));
    }
    Ok(out)
}

/// The kinds that go to the reporter's address and carry its follow-up link.
fn to_reporter(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::ReporterAcknowledgement | Kind::ReporterUpdate | Kind::DeadlineReminder
    )
}

/// Records a sent batch's outcomes: sent, or failed with a retry time.
fn record(
    c: &mut crate::storage::DbConn,
    outcomes: &[(outbox::Message, SendResult)],
    owner: &str,
    base: chrono::Duration,
    at: chrono::DateTime<chrono::Utc>,
) -> Result<(), StorageError> {
    let sent: Vec<uuid::Uuid> = outcomes
        .iter()
        .filter(|(_, r)| r.is_ok())
        .map(|(m, _)| m.id)
        .collect();
    outbox::mark_all_sent(c, &sent, owner, at)?;
    for (m, result) in outcomes {
        if let Err(error) = result {
            log::warn!("delivery of {} {} failed: {error}", m.kind, m.id);
            if outbox::mark_failed(c, m, owner, error, at, base)? == outbox::Status::Failed {
                log::error!(
                    "message {} gave up after {} attempts",
                    m.id,
                    outbox::MAX_ATTEMPTS
                );
            }
        }
    }
    Ok(())
}

/// How long a claimed message stays reserved for its worker.
const LEASE: chrono::Duration = chrono::Duration::minutes(2);
/// Messages claimed per round: large enough that bookkeeping (one commit per batch) and the
/// wait for a batch's slowest sender stay small beside sending.
const BATCH: i64 = 1000;

type SendResult = Result<(), String>;
/// How often deadlines are scanned for reminders and overdue notices.
const SCAN_EVERY: Duration = Duration::from_secs(60);

#[derive(Clone)]
pub struct Notifier {
    pub db: Db,
    /// Where delivery and the deadline scan read "now".
    pub clock: crate::domain::clock::SharedClock,
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
    /// Derives the follow-up link quoted in acknowledgements.
    pub secret: crate::secrets::SecretKey,
    /// Signs the audit chain's head (see `checkpoint`).
    pub audit: super::checkpoint::AuditCheckpoints,
}

impl Notifier {
    /// Sends every message due now; returns how many were attempted. Each claimed batch is
    /// sent in one blocking task, so mail bookkeeping costs the intake path one transaction per
    /// batch, not per message: while a batch is being sent, the previous batch's outcomes are
    /// recorded and the next batch is claimed in one commit (the batch in flight is leased, so
    /// the claim cannot take it again). A message is marked sent only after its send returned
    /// `Ok`.
    pub async fn deliver_due(&self) -> Result<usize, StorageError> {
        let mut attempted = 0;
        let mut batch = self.settle(Vec::new(), true).await?;
        let mut claimed_at = self.clock.now();
        let mut unrecorded = Vec::new();
        while !batch.is_empty() {
            // A batch that waited half its lease for the one before gets a fresh lease, so no
            // claim (ours included) takes its messages while they are being sent.
            if self.clock.now() - claimed_at > LEASE / 2 {
                batch = self.renew(batch).await?;
            }
            attempted += batch.len();
            let this = self.clone();
            let sending = tokio::task::spawn_blocking(move || this.send_batch(batch));
            let next = self.settle(std::mem::take(&mut unrecorded), true).await;
            claimed_at = self.clock.now();
            let outcomes = sending
                .await
                .map_err(|e| StorageError::Unexpected(anyhow::anyhow!("send task failed: {e}")))?;
            match next {
                Ok(next) => (unrecorded, batch) = (outcomes, next),
                Err(e) => {
                    self.settle(outcomes, false).await?;
                    return Err(e);
                }
            }
        }
        if !unrecorded.is_empty() {
            self.settle(unrecorded, false).await?;
        }
        Ok(attempted)
    }

    /// In one commit: records sent messages' outcomes (sent, or failed with a retry time),
    /// then, if `claim`, leases up to [`BATCH`] due messages to this worker. The claim has a
    /// savepoint of its own: if it fails, the outcomes are still recorded (else their
    /// messages would be sent again once their lease ran out).
    async fn settle(
        &self,
        outcomes: Vec<(outbox::Message, SendResult)>,
        claim: bool,
    ) -> Result<Vec<outbox::Message>, StorageError> {
        let (owner, base, at) = (self.owner.clone(), self.retry_base, self.clock.now());
        self.db
            .write(move |c| -> Result<_, StorageError> {
                record(c, &outcomes, &owner, base, at)?;
                if !claim {
                    return Ok(Vec::new());
                }
                let claimed = diesel::Connection::transaction(c, |c| {
                    outbox::claim(c, &owner, at, LEASE, BATCH)
                });
                Ok(claimed.unwrap_or_else(|e| {
                    log::warn!("claiming due mail failed: {e}");
                    Vec::new()
                }))
            })
            .await
    }

    /// Renews this worker's lease on `batch`; keeps the messages it still holds.
    async fn renew(
        &self,
        batch: Vec<outbox::Message>,
    ) -> Result<Vec<outbox::Message>, StorageError> {
        let (owner, until) = (self.owner.clone(), self.clock.now() + LEASE);
        let ids: Vec<uuid::Uuid> = batch.iter().map(|m| m.id).collect();
        let kept = self
            .db
            .write(move |c| -> Result<_, StorageError> {
                Ok(outbox::renew_lease(c, &ids, &owner, until)?)
            })
            .await?;
        Ok(batch.into_iter().filter(|m| kept.contains(&m.id)).collect())
    }

    /// Composes and sends a claimed batch on up to [`Mailer::senders`] threads, each with its own
    /// database connection and SMTP connection; a case's messages stay on one
    /// thread so the case is loaded once.
    fn send_batch(&self, batch: Vec<outbox::Message>) -> Vec<(outbox::Message, SendResult)> {
        let mut by_case: Vec<Vec<outbox::Message>> = Vec::new();
        for m in batch {
            match by_case.last_mut() {
                Some(group) if group[0].case_id == m.case_id => group.push(m),
                _ => by_case.push(vec![m]),
            }
        }
        let threads = self.mailer.senders().min(by_case.len()).max(1);
        let mut shares: Vec<Vec<outbox::Message>> = (0..threads).map(|_| Vec::new()).collect();
        for (i, group) in by_case.into_iter().enumerate() {
            shares[i % threads].extend(group);
        }
        std::thread::scope(|scope| {
            let handles: Vec<_> = shares
                .into_iter()
                .map(|share| scope.spawn(move || self.send_share(share)))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        })
    }

    /// Composes and sends messages one after the other on this thread.
    fn send_share(&self, share: Vec<outbox::Message>) -> Vec<(outbox::Message, SendResult)> {
        let mut conn = self.db.blocking_conn();
        let cases = match conn.as_mut() {
            Ok(c) => load_cases(c, &share).map_err(|e| format!("cannot compose message: {e}")),
            Err(e) => Err(e.to_string()),
        };
        let mut session = self.mailer.session();
        let memo = mail::CaseMemo::default();
        for m in &share {
            let mail = match &cases {
                Ok(cases) => self.compose(cases, m, &memo),
                Err(e) => Err(e.clone()),
            };
            session.send(&self.from, m, mail);
        }
        share.into_iter().zip(session.finish()).collect()
    }

    /// What a message says, from its case as it is now, rendered.
    fn compose(
        &self,
        cases: &CaseCache,
        m: &outbox::Message,
        memo: &mail::CaseMemo,
    ) -> Result<Rendered, String> {
        if let Some(mail) = mail::compose_without_case(&m.payload) {
            return mail?
                .render()
                .map_err(|e| format!("cannot render message: {e}"));
        }
        let (case, submissions, profile, reporter_lang, quotable) = m
            .case_id
            .and_then(|id| cases.get(&id))
            .ok_or("cannot compose message: its case is not found")?;
        // Only the reporter's own mail may carry the private link, with the proof that
        // whoever opens it from this mail reads the address it went to.
        let to = m.recipients.first().map(|a| a.trim().to_lowercase());
        let follow_up_url = match to.as_deref().filter(|_| to_reporter(m.kind)) {
            Some(to) => format!(
                "{}/report/follow-up/{}?from={}",
                self.base_url,
                self.secret.follow_up_token(case.id),
                self.secret.mail_proof(case.id, to)
            ),
            None => String::new(),
        };
        let answered = to.is_some_and(|to| quotable.contains(&to));
        let submission = m
            .submission_id
            .and_then(|id| submissions.iter().find(|s| s.id == id));
        let context = Context {
            case,
            submission,
            previous: submission.and_then(|s| submissions.iter().find(|p| p.seq == s.seq - 1)),
            entity: profile,
            authority: m
                .authority_code
                .as_ref()
                .and_then(|code| self.routing.authorities.iter().find(|a| &a.code == code)),
            base_url: &self.base_url,
            follow_up_url,
            reporter_lang: *reporter_lang,
            answered,
            now: self.clock.now(),
            memo,
        };
        mail::compose_rendered(&m.payload, &context)
    }

    /// Queues reminders and overdue notices for every case with a deadline soon or past.
    /// Computed from the cases' state and deduplicated, so a pass missed while the service was
    /// down is simply made up by the next one.
    pub async fn scan_deadlines(&self) -> Result<usize, StorageError> {
        let (routing, at) = (self.routing.clone(), self.clock.now());
        self.db
            .write(move |c| -> Result<_, StorageError> {
                let mut queued = 0;
                for (case, entity) in cases::due_before(c, at + messages::REMIND_BEFORE, 1000)? {
                    let codes = outbox::recipients_of(c, case.id)?;
                    let in_charge: Vec<_> = codes
                        .iter()
                        .filter_map(|(code, _, regime)| {
                            routing.authority(code).map(|a| (a.clone(), *regime))
                        })
                        .collect();
                    for m in messages::for_deadlines(&case, &entity, &in_charge, at) {
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
                if let Err(e) = self.checkpoint_audit(false).await {
                    log::error!("audit checkpoint failed: {e}");
                }
                last_scan = Some(std::time::Instant::now());
            }
            match self.deliver_due().await {
                Ok(0) => {
                    // After a wake-up, let a burst of filings gather into one batch.
                    let woken =
                        tokio::time::timeout(Duration::from_secs(1), self.wake.notified()).await;
                    if woken.is_ok() {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                    }
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
