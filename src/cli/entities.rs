//! `intake entity` and `intake api-key`: registering reporting entities and their API keys.

use super::open_db;
use crate::config::Settings;
use crate::domain::clock::Clock;
use crate::domain::entity::{EntityInput, EntityProfile};
use crate::domain::jurisdiction::DetailsInput;
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
    /// Jurisdiction and the rest of the §2.2 profile (NIS2 Art. 26).
    #[command(flatten)]
    pub details: DetailsArgs,
}

/// The §2.2 profile beyond identity and primary contact; `--member-state non_eu` needs the
/// EU representative.
#[derive(Debug, Args)]
pub struct DetailsArgs {
    /// Member state of main establishment (Art. 26(1)(b) types: DNS, TLD, cloud, data
    /// centres, CDN, managed (security) services, marketplaces, search engines, social networks).
    #[arg(long)]
    pub ms_main_establishment: Option<String>,
    /// Public e-comms providers: every member state served, e.g. "LU,DE,FR".
    #[arg(long)]
    pub ms_services_provided: Option<String>,
    #[arg(long)]
    pub eu_representative_name: Option<String>,
    #[arg(long)]
    pub eu_representative_ms: Option<String>,
    #[arg(long)]
    pub eu_representative_email: Option<String>,
    #[arg(long)]
    pub eu_representative_phone: Option<String>,
    #[arg(long)]
    pub technical_contact_name: Option<String>,
    #[arg(long)]
    pub technical_contact_role: Option<String>,
    #[arg(long)]
    pub technical_contact_email: Option<String>,
    #[arg(long)]
    pub technical_contact_phone: Option<String>,
    /// true or false.
    #[arg(long)]
    pub available_24x7: Option<String>,
    /// Euros; enables the 5 % financial-loss test (Impl. Reg. 2024/2690 Art. 3(1)(a)).
    #[arg(long)]
    pub annual_turnover_prev_fy_eur: Option<String>,
    /// Legal Entity Identifier (20 characters, checked with ISO 7064 mod 97-10).
    #[arg(long)]
    pub lei: Option<String>,
    /// true or false: a critical entity under the CER Directive (Art. 23(10)).
    #[arg(long)]
    pub is_cer_critical_entity: Option<String>,
}

impl From<DetailsArgs> for DetailsInput {
    fn from(d: DetailsArgs) -> Self {
        DetailsInput {
            ms_main_establishment: d.ms_main_establishment,
            ms_services_provided: d.ms_services_provided,
            eu_representative_name: d.eu_representative_name,
            eu_representative_ms: d.eu_representative_ms,
            eu_representative_email: d.eu_representative_email,
            eu_representative_phone: d.eu_representative_phone,
            technical_contact_name: d.technical_contact_name,
            technical_contact_role: d.technical_contact_role,
            technical_contact_email: d.technical_contact_email,
            technical_contact_phone: d.technical_contact_phone,
            available_24x7: d.available_24x7,
            annual_turnover_prev_fy_eur: d.annual_turnover_prev_fy_eur,
            lei: d.lei,
            is_cer_critical_entity: d.is_cer_critical_entity,
        }
    }
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
    /// Revoke a key by its id; every server refuses it from its next request.
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
        details: a.details.into(),
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
            let mut c = db.blocking_conn()?;
            let at = clock.now();
            if !entities::revoke_api_key(&mut c, id, at)? {
                anyhow::bail!("no active API key with id {id}");
            }
            let actor = crate::storage::audit::Actor {
                who: crate::domain::audit::Actor::System(super::staff::whoami()),
                authority_code: None,
            };
            crate::storage::audit::append(
                &mut c,
                &settings.audit_key().map_err(anyhow::Error::msg)?,
                &actor,
                crate::domain::audit::AuditAction::ApiKeyRevoked,
                None,
                serde_json::json!({"key": id}),
                at,
            )?;
            out!("API key {id} revoked; servers refuse it from their next request");
        }
    }
    Ok(())
}
