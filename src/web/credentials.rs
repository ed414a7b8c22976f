//! The JSON API's bearer credentials, checked against the database on every request: an API
//! key or authority token revoked by any instance (or the command line) is refused on the
//! next request everywhere, because nothing about it is cached in memory. The check is one
//! lookup on a unique index, on the read pool, beside a request that writes anyway.
//!
//! Both kinds share the per-credential rate limit (`INTAKE_API_RATE_LIMIT`, 429 with
//! `Retry-After`). Authority tokens also expire, and their last use is written at most once a
//! minute per token (a conditional update), so the API path does not write on every request.

use super::AppState;
use crate::app::handling::Officer;
use crate::app::AppError;
use crate::domain::msg::Msg;
use crate::domain::staff::StaffRole;
use crate::storage::authority_tokens::{self, TokenState};
use crate::storage::entities::{self, ApiClient};
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// The entity of an unrevoked API key.
pub async fn api_client(state: &AppState, secret: String) -> Result<ApiClient, AppError> {
    if secret.is_empty() || secret.len() > 200 {
        return Err(AppError::Unauthorized);
    }
    let parsed = state.parsed_entities.clone();
    let client = state
        .db
        .read(move |c| Ok(entities::find_api_client(c, &secret, &parsed)?))
        .await?
        .ok_or(AppError::Unauthorized)?;
    limit(state, client.key_id)?;
    Ok(client)
}

/// The authority behind an active token, acting with a reviewer's rights. A token that was
/// revoked or has expired is told which; an unknown one only that it is invalid.
pub async fn authority_officer(state: &AppState, token: String) -> Result<Officer, AppError> {
    let found = state
        .db
        .read(move |c| Ok(authority_tokens::find_by_secret(c, &token)?))
        .await?
        .ok_or(AppError::Unauthorized)?;
    let now = state.clock.now();
    match found.state(now) {
        TokenState::Active => {}
        TokenState::Revoked(at) => {
            return Err(AppError::CredentialRefused(Msg::t1(
                "api-token-revoked",
                "when",
                when(at),
            )))
        }
        TokenState::Expired(at) => {
            return Err(AppError::CredentialRefused(match at {
                Some(at) => Msg::t1("api-token-expired", "when", when(at)),
                None => Msg::t("api-token-expired-unknown"),
            }))
        }
    }
    limit(state, found.id)?;
    if found.last_used_is_stale(now) {
        let id = found.id;
        let stamped = state
            .db
            .write(move |c| Ok(authority_tokens::touch(c, id, now)?))
            .await;
        if let Err(e) = stamped {
            // Bookkeeping only: the request itself may still be served.
            log::warn!("could not record the last use of authority token {id}: {e}");
        }
    }
    Ok(Officer {
        authority: found.authority_code,
        role: StaffRole::Reviewer,
        user_id: None,
        who: crate::domain::audit::Actor::AuthorityToken(found.id),
    })
}

/// Takes one request from the credential's bucket.
fn limit(state: &AppState, credential: Uuid) -> Result<(), AppError> {
    match &state.api_limit {
        Some(limit) => limit
            .check(credential, state.clock.now())
            .map_err(AppError::TooManyRequests),
        None => Ok(()),
    }
}

fn when(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}
