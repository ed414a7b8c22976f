//! `intake audit`: verify the keyed audit chain against its checkpoints, and sign a
//! checkpoint of its head now.

use super::open_db;
use crate::config::Settings;
use crate::domain::clock::SharedClock;
use crate::storage::{audit, checkpoints};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check every entry's hash chain (keyed entries under the audit key), then every
    /// checkpoint; exits non-zero naming the first entry or checkpoint that disagrees.
    Verify {
        /// The checkpoint file to check against (default: INTAKE_AUDIT_CHECKPOINTS, else
        /// audit-checkpoints.log in the data folder), e.g. one holding mailed checkpoints.
        #[arg(long)]
        checkpoints: Option<PathBuf>,
    },
    /// Sign the chain head now, append it to the checkpoint file and print it.
    Checkpoint,
}

/// Runs an `intake audit` command with the time read from `clock`.
pub fn run(settings: &Settings, command: AuditCommand, clock: SharedClock) -> anyhow::Result<()> {
    match command {
        AuditCommand::Verify { checkpoints } => verify(settings, checkpoints),
        AuditCommand::Checkpoint => {
            let db = open_db(settings)?;
            let notifier = crate::startup::notifier(settings, db, clock)?;
            let run = actix_web::rt::System::new()
                .block_on(async { notifier.checkpoint_audit(true).await })?;
            let Some(written) = run.written else {
                anyhow::bail!("no checkpoint was written");
            };
            out!("{}", written.to_line());
            eprintln!(
                "checkpoint of entry {} appended to {}{}",
                written.seq,
                settings.audit_checkpoints().display(),
                if run.mailed {
                    "; today's copy queued to the platform administrators"
                } else {
                    ""
                }
            );
            Ok(())
        }
    }
}

fn verify(settings: &Settings, file: Option<PathBuf>) -> anyhow::Result<()> {
    let key = settings.audit_key().map_err(anyhow::Error::msg)?;
    let named = file.is_some();
    let file = file.unwrap_or_else(|| settings.audit_checkpoints());
    let found = checkpoints::read(&file).map_err(anyhow::Error::msg)?;
    let list = match found {
        Some(list) => list,
        None if named => anyhow::bail!("--checkpoints {}: no such file", file.display()),
        None => {
            eprintln!(
                "warning: no checkpoint file at {}: entries removed from the end of the log, \
                 or all of them, cannot be detected without one (see docs/security.md)",
                file.display()
            );
            Vec::new()
        }
    };
    let db = open_db(settings)?;
    match audit::verify(&mut *db.blocking_conn()?, &key, &list)? {
        Ok(v) => {
            let keyed = v
                .keyed_from
                .map_or("no keyed entries yet".to_string(), |n| {
                    format!("keyed from entry {n}")
                });
            out!(
                "audit log intact: {} entries verified ({keyed}); {} checkpoint(s) in {} agree",
                v.entries,
                v.checkpoints,
                file.display()
            );
            // An emptied checkpoint file proves nothing: removals from the end would pass.
            if v.checkpoints == 0 && v.entries > 0 {
                eprintln!(
                    "warning: {} holds no checkpoint: entries removed from the end of the log                      cannot be detected; compare with the mailed checkpoints (docs/security.md)",
                    file.display()
                );
            }
            Ok(())
        }
        Err(finding) => anyhow::bail!("audit log broken at {finding}"),
    }
}
