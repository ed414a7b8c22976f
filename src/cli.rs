//! The `intake` command line: serve, migrate, and the administration commands.

use crate::config::Settings;
use crate::domain::clock::{SharedClock, SystemClock};
use crate::storage::Db;
use clap::{Parser, Subcommand};
use std::sync::Arc;

/// Prints a line to stdout; a closed pipe (`intake outbox list | head`) ends the command
/// quietly instead of panicking.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write;
        if writeln!(std::io::stdout().lock(), $($arg)*).is_err() {
            return Ok(());
        }
    }};
}

mod audit;
mod entities;
mod outbox;
mod staff;
mod tokens;

pub use entities::{ApiKeyCommand, EntityArgs, EntityCommand};
pub use outbox::OutboxCommand;

/// Intake service for NIS2 significant-incident reports.
///
/// Configuration comes from INTAKE_* environment variables (see README); with none set it
/// serves on 127.0.0.1:8080 from the SQLite database data/intake.db.
#[derive(Debug, Parser)]
#[command(name = "intake", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP server (the default command).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage reporting entities.
    #[command(subcommand)]
    Entity(Box<EntityCommand>),
    /// Manage API keys of reporting entities.
    #[command(subcommand, name = "api-key")]
    ApiKey(ApiKeyCommand),
    /// See and deliver notification mail.
    #[command(subcommand)]
    Outbox(OutboxCommand),
    /// Manage authority staff accounts.
    #[command(subcommand)]
    User(staff::UserCommand),
    /// Manage API tokens of authorities.
    #[command(subcommand, name = "authority-token")]
    AuthorityToken(staff::TokenCommand),
    /// Delete expired drafts, stored idempotent responses, ended staff sessions and old
    /// sign-in failures now (`serve` also does it every INTAKE_CLEANUP_MINUTES).
    Cleanup,
    /// Check the audit log.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
}

fn open_db(settings: &Settings) -> anyhow::Result<Db> {
    Db::open(settings.database.clone()).map_err(anyhow::Error::msg)
}

/// Runs an administration command; the output is meant for people and scripts alike. The
/// command line reads the operating system's clock.
pub fn run_admin(settings: &Settings, command: Command) -> anyhow::Result<()> {
    let clock: SharedClock = Arc::new(SystemClock);
    match command {
        Command::Serve => anyhow::bail!("serve is handled by main"),
        Command::Outbox(command) => outbox::outbox(settings, command, clock),
        Command::User(command) => staff::user(settings, command, &*clock),
        Command::AuthorityToken(command) => staff::token(settings, command, &*clock),
        Command::Audit(command) => audit::run(settings, command, clock),
        Command::Entity(command) => entities::entity(settings, *command, &*clock),
        Command::ApiKey(command) => entities::api_key(settings, command, &*clock),
        Command::Cleanup => cleanup(settings, &*clock),
        Command::Migrate => {
            let n = settings.database.migrate().map_err(anyhow::Error::msg)?;
            out!(
                "{n} migration(s) applied to the {} database",
                settings.database.name()
            );
            Ok(())
        }
    }
}

/// `intake cleanup`: one run of the cleanup job's database part, with what it removed.
fn cleanup(settings: &Settings, clock: &dyn crate::domain::clock::Clock) -> anyhow::Result<()> {
    use crate::app::housekeeping::{sweep, Retention};
    settings.database.migrate().map_err(anyhow::Error::msg)?;
    let retention = Retention {
        drafts: settings.drafts,
        session_idle: chrono::Duration::minutes(crate::web::authority::session::IDLE_MINUTES),
    };
    let mut c = settings.database.connect().map_err(anyhow::Error::msg)?;
    let s = sweep(&mut c, &retention, clock.now()).map_err(|e| anyhow::anyhow!("{e}"))?;
    out!(
        "removed {} expired draft(s), {} idempotency record(s), {} ended session(s), {} old sign-in failure record(s)",
        s.drafts,
        s.idempotency_records,
        s.sessions,
        s.sign_in_failures
    );
    Ok(())
}
