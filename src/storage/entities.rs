//! Reporting entities and their API keys (stored only as SHA-256 hashes).

use super::schema::{api_keys, entities};
use super::{corrupt, native, to_db, DbConn};
use crate::domain::codes::{EntityCategory, RegistrationScheme};
use crate::domain::contact::{EmailAddress, PhoneNumber};
use crate::domain::entity::{Entity, EntityProfile};
use crate::domain::member_state::MemberState;
use crate::domain::names::{EntityType, Sector};
use crate::domain::sector::Classification;
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Mutex;
use uuid::Uuid;

#[derive(Queryable, Insertable, Clone, PartialEq)]
#[diesel(table_name = entities)]
struct EntityRow {
    id: String,
    legal_name: String,
    member_state: MemberState,
    sector: Sector,
    subsector: Option<String>,
    entity_type: EntityType,
    email: String,
    profile: String,
    created_at: chrono::NaiveDateTime,
    registration_id: Option<String>,
    origin: String,
}

/// Registered by an operator (and given API keys), or typed into the public form by an
/// unverified filer (`web`), which staff may link to a registered entity.
pub const ORIGIN_REGISTERED: &str = "registered";
pub const ORIGIN_WEB: &str = "web";

pub fn insert_entity(
    conn: &mut DbConn,
    profile: &EntityProfile,
    now: DateTime<Utc>,
) -> QueryResult<Entity> {
    insert_with_origin(conn, profile, now, ORIGIN_REGISTERED)
}

/// The organisation a browser filer typed: found again by (registration id, member state)
/// among earlier web filings, else stored once. A registered entity is never matched by
/// what an unverified filer typed: staff link such filings explicitly.
pub fn find_or_insert_web_entity(
    conn: &mut DbConn,
    profile: &EntityProfile,
    now: DateTime<Utc>,
) -> QueryResult<Entity> {
    if let Some(reg) = &profile.registration_id {
        let row: Option<EntityRow> = entities::table
            .filter(entities::registration_id.eq(reg))
            .filter(entities::member_state.eq(profile.member_state))
            .filter(entities::origin.eq(ORIGIN_WEB))
            .order(entities::created_at.asc())
            .first(conn)
            .optional()?;
        if let Some(row) = row {
            return entity_from_row(row);
        }
    }
    insert_with_origin(conn, profile, now, ORIGIN_WEB)
}

/// Replaces a registered entity's profile (its own update through the API).
pub fn update_profile(conn: &mut DbConn, id: Uuid, profile: &EntityProfile) -> QueryResult<bool> {
    let json = serde_json::to_string(profile)
        .map_err(|e| diesel::result::Error::SerializationError(e.into()))?;
    let n = diesel::update(entities::table.find(id.to_string()))
        .set((
            entities::legal_name.eq(&profile.legal_name),
            entities::member_state.eq(profile.member_state),
            entities::sector.eq(profile.classification.sector),
            entities::subsector.eq(profile.classification.subsector.map(String::from)),
            entities::entity_type.eq(profile.classification.entity_type),
            entities::email.eq(profile.email.as_ref()),
            entities::profile.eq(json),
            entities::registration_id.eq(&profile.registration_id),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

/// Moves a case to another entity (staff linking a web filing to a registered entity).
pub fn relink_case(conn: &mut DbConn, case_id: Uuid, entity_id: Uuid) -> QueryResult<bool> {
    use super::schema::cases;
    let n = diesel::update(cases::table.find(case_id.to_string()))
        .set(cases::entity_id.eq(entity_id.to_string()))
        .execute(conn)?;
    Ok(n == 1)
}

/// Whether the entity came from the public form rather than an operator.
pub fn is_web_entity(conn: &mut DbConn, id: Uuid) -> QueryResult<Option<bool>> {
    let origin: Option<String> = entities::table
        .find(id.to_string())
        .select(entities::origin)
        .first(conn)
        .optional()?;
    Ok(origin.map(|o| o == ORIGIN_WEB))
}

fn insert_with_origin(
    conn: &mut DbConn,
    profile: &EntityProfile,
    now: DateTime<Utc>,
    origin: &str,
) -> QueryResult<Entity> {
    let id = Uuid::now_v7();
    let row = EntityRow {
        id: id.to_string(),
        legal_name: profile.legal_name.clone(),
        member_state: profile.member_state,
        sector: profile.classification.sector,
        subsector: profile.classification.subsector.map(Into::into),
        entity_type: profile.classification.entity_type,
        email: profile.email.as_ref().into(),
        profile: serde_json::to_string(profile)
            .map_err(|e| diesel::result::Error::SerializationError(e.into()))?,
        created_at: to_db(now),
        registration_id: profile.registration_id.clone(),
        origin: origin.into(),
    };
    diesel::insert_into(entities::table)
        .values(&row)
        .execute(conn)?;
    Ok(Entity {
        id,
        profile: profile.clone(),
    })
}

fn entity_from_row(row: EntityRow) -> QueryResult<Entity> {
    let p: serde_json::Value =
        serde_json::from_str(&row.profile).map_err(|_| corrupt("entity profile", &row.id))?;
    let text = |k: &str| p.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let classification =
        Classification::parse(&row.sector, row.subsector.as_deref(), &row.entity_type)
            .map_err(|_| corrupt("entity classification", &row.entity_type))?;
    let profile = EntityProfile {
        legal_name: row.legal_name,
        trade_name: text("trade_name"),
        member_state: row.member_state,
        classification,
        entity_category: text("entity_category")
            .and_then(|c| EntityCategory::from_code(&c))
            .unwrap_or(EntityCategory::Unknown),
        registration_id: text("registration_id"),
        registration_scheme: text("registration_scheme")
            .and_then(|c| RegistrationScheme::from_code(&c)),
        contact_name: text("contact_name"),
        email: EmailAddress::parse(&row.email).map_err(|_| corrupt("email", &row.email))?,
        phone: text("phone").and_then(|p| PhoneNumber::parse(&p).ok()),
        details: serde_json::from_value(p.clone()).unwrap_or_default(),
    };
    let id = Uuid::parse_str(&row.id).map_err(|_| corrupt("entity id", &row.id))?;
    Ok(Entity { id, profile })
}

pub fn find_entity(conn: &mut DbConn, id: Uuid) -> QueryResult<Option<Entity>> {
    let row: Option<EntityRow> = entities::table
        .find(id.to_string())
        .first(conn)
        .optional()?;
    row.map(entity_from_row).transpose()
}

/// Several entities' profiles by id (one query), keyed by the id as stored.
pub fn find_entities(
    conn: &mut DbConn,
    ids: &[Uuid],
) -> QueryResult<std::collections::HashMap<String, EntityProfile>> {
    let ids: Vec<String> = ids.iter().map(Uuid::to_string).collect();
    let rows: Vec<EntityRow> = entities::table
        .filter(entities::id.eq_any(&ids))
        .load(conn)?;
    rows.into_iter()
        .map(|r| {
            let id = r.id.clone();
            entity_from_row(r).map(|e| (id, e.profile))
        })
        .collect()
}

/// A freshly created API key: the secret is shown once and never stored.
pub struct NewApiKey {
    pub id: Uuid,
    pub secret: String,
}

/// The caller behind a valid API key.
#[derive(Debug, Clone)]
pub struct ApiClient {
    pub key_id: Uuid,
    pub entity: Entity,
    /// The entity profile as JSON, snapshotted into every submission it files.
    pub snapshot: String,
}

/// Keys carry 256 random bits; a fast hash suffices for secrets of that entropy.
pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

pub fn create_api_key(
    conn: &mut DbConn,
    entity_id: Uuid,
    label: Option<&str>,
    now: DateTime<Utc>,
) -> QueryResult<NewApiKey> {
    let id = Uuid::now_v7();
    let secret = format!("iik_{}", hex::encode(rand::random::<[u8; 32]>()));
    diesel::insert_into(api_keys::table)
        .values((
            api_keys::id.eq(id.to_string()),
            api_keys::entity_id.eq(entity_id.to_string()),
            api_keys::key_hash.eq(hash_secret(&secret)),
            api_keys::label.eq(label),
            api_keys::created_at.eq(to_db(now)),
        ))
        .execute(conn)?;
    Ok(NewApiKey { id, secret })
}

/// Entities already parsed from their rows, per instance: the credential lookup reads the
/// key and entity row on every request (a revocation or profile change holds at once) and
/// parses the row again only when it differs from the one parsed before.
#[derive(Default)]
pub struct ParsedEntities(Mutex<HashMap<String, (EntityRow, Entity)>>);

/// Most entities kept parsed; beyond, the memo starts afresh.
const MAX_PARSED: usize = 10_000;

impl ParsedEntities {
    fn entity(&self, row: EntityRow) -> QueryResult<Entity> {
        let known = self.0.lock().ok().and_then(|m| {
            m.get(&row.id)
                .filter(|(seen, _)| *seen == row)
                .map(|(_, entity)| entity.clone())
        });
        if let Some(entity) = known {
            return Ok(entity);
        }
        let entity = entity_from_row(row.clone())?;
        if let Ok(mut map) = self.0.lock() {
            if map.len() >= MAX_PARSED {
                map.clear();
            }
            map.insert(row.id.clone(), (row, entity.clone()));
        }
        Ok(entity)
    }
}

/// Finds the entity of an unrevoked key in one indexed query, reusing `parsed` entities
/// whose row has not changed.
pub fn find_api_client(
    conn: &mut DbConn,
    secret: &str,
    parsed: &ParsedEntities,
) -> QueryResult<Option<ApiClient>> {
    let hash = hash_secret(secret);
    // On every API request: bound on the concrete connection (see `native!`).
    let row: Option<(String, EntityRow)> = native!(conn, |c| api_keys::table
        .inner_join(entities::table)
        .filter(api_keys::key_hash.eq(&hash))
        .filter(api_keys::revoked_at.is_null())
        .select((api_keys::id, entities::all_columns))
        .first(c)
        .optional())?;
    match row {
        Some((key_id, row)) => {
            let snapshot = row.profile.clone();
            Ok(Some(ApiClient {
                key_id: Uuid::parse_str(&key_id).map_err(|_| corrupt("key id", &key_id))?,
                entity: parsed.entity(row)?,
                snapshot,
            }))
        }
        None => Ok(None),
    }
}

/// An API key as operators see it: never the secret.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiKeyInfo {
    pub id: Uuid,
    pub label: Option<String>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

pub fn api_keys_of(conn: &mut DbConn, entity_id: Uuid) -> QueryResult<Vec<ApiKeyInfo>> {
    let rows: Vec<(
        String,
        Option<String>,
        chrono::NaiveDateTime,
        Option<chrono::NaiveDateTime>,
    )> = api_keys::table
        .filter(api_keys::entity_id.eq(entity_id.to_string()))
        .order(api_keys::created_at)
        .select((
            api_keys::id,
            api_keys::label,
            api_keys::created_at,
            api_keys::revoked_at,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, label, created, revoked)| {
            Ok(ApiKeyInfo {
                id: Uuid::parse_str(&id).map_err(|_| corrupt("key id", &id))?,
                label,
                created_at: super::from_db(created),
                revoked_at: revoked.map(super::from_db),
            })
        })
        .collect()
}

/// Revokes an active key; `false` when there is none with that id.
pub fn revoke_api_key(conn: &mut DbConn, id: Uuid, now: DateTime<Utc>) -> QueryResult<bool> {
    let n = diesel::update(
        api_keys::table
            .find(id.to_string())
            .filter(api_keys::revoked_at.is_null()),
    )
    .set(api_keys::revoked_at.eq(Some(to_db(now))))
    .execute(conn)?;
    Ok(n == 1)
}
