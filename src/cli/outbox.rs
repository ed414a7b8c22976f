//! `intake outbox`: listing, delivering and retrying notification mail.

use super::open_db;
use crate::config::Settings;
use crate::domain::clock::SharedClock;
use crate::storage::outbox;
use clap::Subcommand;
use uuid::Uuid;

#[derive(Debug, Subcommand)]
pub enum OutboxCommand {
    /// List messages, newest first, with every delivery attempt.
    List {
        /// Only messages in this state: pending, sent or failed.
        #[arg(long)]
        status: Option<String>,
        /// At most this many messages.
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Deliver every message due now and exit (the server does this continuously).
    Deliver {
        /// Keep delivering (and scanning deadlines) until stopped: a dedicated delivery process.
        #[arg(long)]
        watch: bool,
    },
    /// Queue failed messages again (all of them, or one by --id).
    Retry {
        #[arg(long)]
        id: Option<String>,
    },
}

/// Runs an `intake outbox` command with the time read from `clock`.
pub fn outbox(
    settings: &Settings,
    command: OutboxCommand,
    clock: SharedClock,
) -> anyhow::Result<()> {
    let db = open_db(settings)?;
    match command {
        OutboxCommand::List { status, limit } => {
            let status = status
                .map(|s| s.parse::<outbox::Status>())
                .transpose()
                .map_err(|e| anyhow::anyhow!("--status {e}"))?;
            let messages = outbox::list(&mut *db.blocking_conn()?, status, limit)?;
            if messages.is_empty() {
                out!("no messages");
            }
            for outbox::Listed {
                message: m,
                reference,
                attempts,
            } in messages
            {
                let target = m
                    .authority_code
                    .map(String::from)
                    .unwrap_or_else(|| m.recipients.join(", "));
                let reference = reference.as_deref().unwrap_or("-");
                out!(
                    "{}  {:<7} {:<24} {reference:<16} to {target}  (attempts: {})",
                    m.id,
                    m.status,
                    m.kind,
                    m.attempts
                );
                for a in attempts {
                    out!(
                        "    {}  {}",
                        a.at.format("%Y-%m-%d %H:%M:%S UTC"),
                        a.error.as_deref().unwrap_or("sent")
                    );
                }
                if m.status == outbox::Status::Pending && m.attempts > 0 {
                    out!(
                        "    next attempt {}",
                        m.next_attempt_at.format("%Y-%m-%d %H:%M:%S UTC")
                    );
                }
            }
        }
        OutboxCommand::Deliver { watch } => {
            let notifier = crate::startup::notifier(settings, db, clock.clone())?;
            if watch {
                actix_web::rt::System::new().block_on(notifier.run());
            } else {
                let n = actix_web::rt::System::new()
                    .block_on(async { notifier.deliver_due().await })?;
                out!("{n} message(s) attempted");
            }
        }
        OutboxCommand::Retry { id } => {
            let id = id
                .map(|i| Uuid::parse_str(i.trim()))
                .transpose()
                .map_err(|_| anyhow::anyhow!("--id must be a message id"))?;
            let n = outbox::retry_failed(&mut *db.blocking_conn()?, id, clock.now())?;
            out!("{n} failed message(s) queued again");
        }
    }
    Ok(())
}
