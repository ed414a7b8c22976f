//! `intake authority-token create|list|revoke`: an authority's API tokens from the command
//! line. Secrets are printed once at creation and never again; creation and revocation are
//! audited.

use super::open_db;
use super::staff::{cli_actor, known_authority};
use crate::config::Settings;
use crate::domain::audit::AuditAction;
use crate::domain::clock::Clock;
use crate::storage::audit;
use crate::storage::authority_tokens::{self, Revocation, TokenInfo, TokenState};
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

/// Issues a token valid for `days` (else `INTAKE_AUTHORITY_TOKEN_DAYS`); prints the secret.
pub fn create(
    settings: &Settings,
    clock: &dyn Clock,
    authority: &str,
    label: Option<String>,
    days: Option<u32>,
) -> anyhow::Result<()> {
    let days = days.unwrap_or(settings.authority_token_days);
    if !(1..=3650).contains(&days) {
        anyhow::bail!("--days must be from 1 to 3650, got {days}");
    }
    let authority = known_authority(settings, authority)?;
    let db = open_db(settings)?;
    let mut c = db.blocking_conn()?;
    let at = clock.now();
    let expires = at + Duration::days(i64::from(days));
    let (id, token) = authority_tokens::issue(&mut c, &authority, label.as_deref(), at, expires)?;
    audit::append(
        &mut c,
        &settings.audit_key().map_err(anyhow::Error::msg)?,
        &cli_actor(&authority),
        AuditAction::TokenCreated,
        None,
        serde_json::json!({"token": id, "label": label, "expires_at": expires}),
        at,
    )?;
    out!("{token}");
    eprintln!(
        "authority token {id} for {authority} created, valid until {}; store it now, it cannot be shown again.",
        when(expires)
    );
    Ok(())
}

/// One line per token: id, authority, created, expires, last used, state, label.
pub fn list(settings: &Settings, clock: &dyn Clock, authority: Option<&str>) -> anyhow::Result<()> {
    let authority = authority
        .map(|a| known_authority(settings, a))
        .transpose()?;
    let db = open_db(settings)?;
    let tokens = authority_tokens::list(&mut *db.blocking_conn()?, authority.as_ref())?;
    let now = clock.now();
    for t in tokens {
        out!("{}", line(&t, now));
    }
    Ok(())
}

fn line(t: &TokenInfo, now: DateTime<Utc>) -> String {
    let state = match t.state(now) {
        TokenState::Active => "active".to_string(),
        TokenState::Revoked(at) => format!("revoked {}", when(at)),
        TokenState::Expired(_) => "expired".to_string(),
    };
    format!(
        "{}  {}  created {}  expires {}  last used {}  {state}  {}",
        t.id,
        t.authority_code,
        when(t.created_at),
        t.expires_at.map_or_else(|| "unknown".into(), when),
        t.last_used_at.map_or_else(|| "never".into(), when),
        t.label.as_deref().unwrap_or("")
    )
}

/// Revokes a token; every instance refuses it from its next request.
pub fn revoke(settings: &Settings, clock: &dyn Clock, id: &str) -> anyhow::Result<()> {
    let id = Uuid::parse_str(id.trim()).map_err(|_| {
        anyhow::anyhow!("the token id must be a UUID, as `intake authority-token list` prints it")
    })?;
    let db = open_db(settings)?;
    let mut c = db.blocking_conn()?;
    let at = clock.now();
    match authority_tokens::revoke(&mut c, id, None, at)? {
        Revocation::NotFound => anyhow::bail!("no authority token with id {id}"),
        Revocation::AlreadyRevoked(when_revoked) => {
            out!(
                "authority token {id} was already revoked on {}",
                when(when_revoked)
            );
        }
        Revocation::Revoked(t) => {
            audit::append(
                &mut c,
                &settings.audit_key().map_err(anyhow::Error::msg)?,
                &cli_actor(&t.authority_code),
                AuditAction::TokenRevoked,
                None,
                serde_json::json!({"token": id, "label": t.label}),
                at,
            )?;
            out!(
                "authority token {id} of {} revoked; servers refuse it from their next request",
                t.authority_code
            );
        }
    }
    Ok(())
}

fn when(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}
