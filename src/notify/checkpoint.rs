//! The audit checkpoint job: signs the head of the audit chain into the checkpoint file
//! (outside the database) when it moved and the last checkpoint is older than the interval,
//! and queues one copy a day to the platform administrators through the outbox. The worker
//! runs it beside the deadline scan, on the injected clock; `intake audit checkpoint` runs
//! it at once.

use super::worker::Notifier;
use crate::domain::audit_chain::{ChainKey, Checkpoint};
use crate::storage::outbox::{self, payload, NewMessage, Payload};
use crate::storage::{audit, checkpoints, StorageError};
use std::path::PathBuf;

/// Where and how often the chain head is signed.
#[derive(Clone, Debug)]
pub struct AuditCheckpoints {
    /// Keys the chain and signs its checkpoints.
    pub key: ChainKey,
    /// The append-only checkpoint file.
    pub file: PathBuf,
    /// The least time between two checkpoints of a moving head.
    pub every: chrono::Duration,
}

/// What one run of the job did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckpointRun {
    /// The checkpoint written to the file, if one was.
    pub written: Option<Checkpoint>,
    /// Whether the day's copy to the administrators was queued by this run.
    pub mailed: bool,
}

fn unexpected(e: String) -> StorageError {
    StorageError::Unexpected(anyhow::anyhow!(e))
}

impl Notifier {
    /// Writes a checkpoint when `force`, or when the log is not empty, its head moved since
    /// the last checkpoint and that one is at least the interval old; then queues the day's
    /// copy (once per UTC day, once the log has entries) to the platform administrators.
    pub async fn checkpoint_audit(&self, force: bool) -> Result<CheckpointRun, StorageError> {
        let at = self.clock.now();
        let (seq, head) = self
            .db
            .read(|c| -> Result<_, StorageError> { Ok(audit::head(c)?) })
            .await?;
        let cp = &self.audit;
        let last = checkpoints::last(&cp.file).map_err(unexpected)?;
        if let Some(l) = last.as_ref().filter(|l| l.seq > seq) {
            log::error!(
                "the audit log has {seq} entries but held {} at the checkpoint of {}: \
                 entries were removed; run `intake audit verify`",
                l.seq,
                l.at
            );
        }
        let due = match &last {
            _ if force => true,
            None => seq > 0,
            Some(l) => (l.seq, l.head.as_str()) != (seq, head.as_str()) && at - l.at >= cp.every,
        };
        let checkpoint = Checkpoint::sign(&cp.key, at, seq, &head);
        let mut run = CheckpointRun::default();
        if due {
            checkpoints::append(&cp.file, &checkpoint).map_err(unexpected)?;
            run.written = Some(checkpoint.clone());
        }
        let admins: Vec<String> = self
            .routing
            .admins
            .iter()
            .map(|a| a.as_ref().to_string())
            .collect();
        if seq > 0 && !admins.is_empty() {
            let m = NewMessage {
                dedupe_key: format!("audit-checkpoint:{}", at.format("%Y-%m-%d")),
                case_id: None,
                submission_id: None,
                authority_code: None,
                recipients: admins,
                payload: Payload::AuditCheckpoint(payload::AuditCheckpoint {
                    line: checkpoint.to_line(),
                }),
            };
            run.mailed = self
                .db
                .write(move |c| -> Result<_, StorageError> { Ok(outbox::enqueue_once(c, &m, at)?) })
                .await?;
        }
        Ok(run)
    }
}
