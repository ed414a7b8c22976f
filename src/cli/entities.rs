//! `intake entity` and `intake api-key`: registering reporting entities and their API keys.

use super::open_db;
use crate::config::Settings;
use crate::domain::clock::Clock;
use crate::domain::entity::{EntityInput, EntityProfile};
use crate::storage::entities;
use clap::{Args, Subcommand};
use uuid::Uuid;

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

/// `intake entity add`: prints the new entity's id.
pub fn entity(
    settings: &Settings,
    command: EntityCommand,
    clock: &dyn Clock,
) -> anyhow::Result<()> {
    let EntityCommand::Add(a) = command;
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
    let entity = entities::insert_entity(&mut *db.blocking_conn()?, &profile, clock.now())?;
    out!("{}", entity.id);
    Ok(())
}

/// `intake api-key create|list|revoke`.
pub fn api_key(
    settings: &Settings,
    command: ApiKeyCommand,
    clock: &dyn Clock,
) -> anyhow::Result<()> {
    match command {
        ApiKeyCommand::Create { entity, label } => {
            let id = Uuid::parse_str(entity.trim())
                .map_err(|_| anyhow::anyhow!("--entity must be an entity id (a UUID)"))?;
            let db = open_db(settings)?;
            let mut conn = db.blocking_conn()?;
            if entities::find_entity(&mut conn, id)?.is_none() {
                anyhow::bail!("no entity with id {id}");
            }
            let key = entities::create_api_key(&mut conn, id, label.as_deref(), clock.now())?;
            out!("{}", key.secret);
            eprintln!(
                "API key {} created; store it now, it cannot be shown again.",
                key.id
            );
        }
        ApiKeyCommand::List { entity } => {
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
        ApiKeyCommand::Revoke { id } => {
            let id = Uuid::parse_str(id.trim())
                .map_err(|_| anyhow::anyhow!("the key id must be a UUID"))?;
            let db = open_db(settings)?;
            if !entities::revoke_api_key(&mut *db.blocking_conn()?, id, clock.now())? {
                anyhow::bail!("no active API key with id {id}");
            }
            out!("API key {id} revoked; running servers stop accepting it within 30 seconds");
        }
    }
    Ok(())
}
