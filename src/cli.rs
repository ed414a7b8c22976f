//! The `intake` command line: serve, migrate, and the administration commands.

use crate::config::Settings;
use crate::domain::clock::SystemClock;
use crate::domain::entity::{EntityInput, EntityProfile};
use crate::storage::{entities, outbox, Db};
use clap::{Args, Parser, Subcommand};

mod staff;

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
use uuid::Uuid;

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
    /// Check the audit log.
    #[command(subcommand)]
    Audit(staff::AuditCommand),
}

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

#[derive(Debug, Subcommand)]
pub enum EntityCommand {
    /// Register a reporting entity and print its id.
    Add(EntityArgs),
}

/// The entity profile (spec §2.2). The subsector is implied by the entity type where unambiguous.
#[derive(Debug, Args)]
pub struct EntityArgs {
    #[arg(long)]
    pub legal_name: String,
    /// ISO 3166-1 code of the member state of establishment (EL or GR for Greece).
    #[arg(long)]
    pub member_state: String,
    /// NIS2 sector, e.g. energy, banking, digital_infrastructure.
    #[arg(long)]
    pub sector: String,
    /// Needed only where the entity type does not imply it (manufacturing).
    #[arg(long)]
    pub subsector: Option<String>,
    /// NIS2 entity type, e.g. electricity_supplier, cloud_computing_provider.
    #[arg(long)]
    pub entity_type: String,
    /// Contact address for acknowledgements and reminders.
    #[arg(long)]
    pub email: String,
    /// essential, important, not_in_scope or unknown (default).
    #[arg(long)]
    pub category: Option<String>,
    #[arg(long)]
    pub trade_name: Option<String>,
    #[arg(long)]
    pub registration_id: Option<String>,
    /// national_register, vat, euid, lei or other.
    #[arg(long)]
    pub registration_scheme: Option<String>,
    #[arg(long)]
    pub contact_name: Option<String>,
    /// E.164 phone number, e.g. +352 123 45678.
    #[arg(long)]
    pub phone: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ApiKeyCommand {
    /// Create an API key for an entity and print it once (only its hash is stored).
    Create {
        /// The entity id printed by `intake entity add`.
        #[arg(long)]
        entity: String,
        /// A note to recognise the key by, e.g. the client's name.
        #[arg(long)]
        label: Option<String>,
    },
    /// List an entity's keys (ids, labels, dates; never the secrets).
    List {
        #[arg(long)]
        entity: String,
    },
    /// Revoke a key by its id; servers stop accepting it within 30 seconds.
    Revoke {
        /// The key id printed when it was created (or by `intake api-key list`).
        id: String,
    },
}

fn outbox(settings: &Settings, command: OutboxCommand) -> anyhow::Result<()> {
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
                    .clone()
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
            let notifier =
                crate::startup::notifier(settings, db, std::sync::Arc::new(SystemClock))?;
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
            let n = outbox::retry_failed(
                &mut *db.blocking_conn()?,
                id,
                crate::domain::validation::now(),
            )?;
            out!("{n} failed message(s) queued again");
        }
    }
    Ok(())
}

fn open_db(settings: &Settings) -> anyhow::Result<Db> {
    Db::open(settings.database.clone()).map_err(anyhow::Error::msg)
}

/// Runs an administration command; the output is meant for people and scripts alike.
pub fn run_admin(settings: &Settings, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Serve => unreachable!("serve is handled by main"),
        Command::Outbox(command) => outbox(settings, command)?,
        Command::User(command) => staff::user(settings, command)?,
        Command::AuthorityToken(command) => staff::token(settings, command)?,
        Command::Audit(command) => staff::audit_command(settings, command)?,
        Command::Migrate => {
            let n = settings.database.migrate().map_err(anyhow::Error::msg)?;
            out!(
                "{n} migration(s) applied to the {} database",
                settings.database.name()
            );
        }
        Command::Entity(cmd) => {
            let EntityCommand::Add(a) = *cmd;
            {
                let input = EntityInput {
                    legal_name: Some(a.legal_name),
                    trade_name: a.trade_name,
                    member_state: Some(a.member_state),
                    sector: Some(a.sector),
                    subsector: a.subsector,
                    entity_type: Some(a.entity_type),
                    entity_category: a.category,
                    registration_id: a.registration_id,
                    registration_scheme: a.registration_scheme,
                    contact_name: a.contact_name,
                    email: Some(a.email),
                    phone: a.phone,
                };
                let profile = EntityProfile::parse(&input).map_err(|errors| {
                    let lines: Vec<String> = errors
                        .list()
                        .iter()
                        .map(|e| format!("  --{}: {}", e.field.replace('_', "-"), e.message))
                        .collect();
                    anyhow::anyhow!("invalid entity:\n{}", lines.join("\n"))
                })?;
                let db = open_db(settings)?;
                let entity = entities::insert_entity(
                    &mut *db.blocking_conn()?,
                    &profile,
                    crate::domain::validation::now(),
                )?;
                out!("{}", entity.id);
            }
        }
        Command::ApiKey(ApiKeyCommand::Create { entity, label }) => {
            let id = Uuid::parse_str(entity.trim())
                .map_err(|_| anyhow::anyhow!("--entity must be an entity id (a UUID)"))?;
            let db = open_db(settings)?;
            let mut conn = db.blocking_conn()?;
            if entities::find_entity(&mut conn, id)?.is_none() {
                anyhow::bail!("no entity with id {id}");
            }
            let key = entities::create_api_key(
                &mut conn,
                id,
                label.as_deref(),
                crate::domain::validation::now(),
            )?;
            out!("{}", key.secret);
            eprintln!(
                "API key {} created; store it now, it cannot be shown again.",
                key.id
            );
        }
        Command::ApiKey(ApiKeyCommand::List { entity }) => {
            let id = Uuid::parse_str(entity.trim())
                .map_err(|_| anyhow::anyhow!("--entity must be an entity id (a UUID)"))?;
            let db = open_db(settings)?;
            for k in entities::api_keys_of(&mut *db.blocking_conn()?, id)? {
                let revoked = k
                    .revoked_at
                    .map(|t| format!("revoked {}", t.format("%Y-%m-%d %H:%M UTC")))
                    .unwrap_or_else(|| "active".into());
                out!(
                    "{}  created {}  {revoked}  {}",
                    k.id,
                    k.created_at.format("%Y-%m-%d %H:%M UTC"),
                    k.label.unwrap_or_default()
                );
            }
        }
        Command::ApiKey(ApiKeyCommand::Revoke { id }) => {
            let id = Uuid::parse_str(id.trim())
                .map_err(|_| anyhow::anyhow!("the key id must be a UUID"))?;
            let db = open_db(settings)?;
            if !entities::revoke_api_key(
                &mut *db.blocking_conn()?,
                id,
                crate::domain::validation::now(),
            )? {
                anyhow::bail!("no active API key with id {id}");
            }
            out!("API key {id} revoked; running servers stop accepting it within 30 seconds");
        }
    }
    Ok(())
}
