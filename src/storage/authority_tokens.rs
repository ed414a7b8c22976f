//! Authority API tokens as credentials: issued with an expiry, found by their secret in any
//! state (so a request can be told "revoked" or "expired" rather than only "invalid"), listed
//! for operators and administrators (never the secret, only its hash is stored), revoked, and
//! stamped with their last use at most once a minute per token.

use super::schema::authority_tokens;
use super::{corrupt, from_db, to_db, DbConn};
use crate::domain::names::AuthorityCode;
use crate::secrets::{hash_token, random_token};
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

/// How long a token lives unless `INTAKE_AUTHORITY_TOKEN_DAYS` or `--days` says otherwise:
/// a leaked token that nobody revokes stops working by itself.
pub const DEFAULT_DAYS: u32 = 90;

/// The last-used time is written when the stored one is at least this old, so the API path
/// writes at most once a minute per token instead of on every request.
pub const LAST_USED_EVERY_SECONDS: i64 = 60;

/// A token as operators and administrators see it: never the secret.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenInfo {
    pub id: Uuid,
    pub authority_code: AuthorityCode,
    pub label: Option<String>,
    pub created_at: DateTime<Utc>,
    /// `None` only for a row written by hand: such a token is refused as expired.
    pub expires_at: Option<DateTime<Utc>>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Whether a token may be used at a given time, and if not why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenState {
    Active,
    Revoked(DateTime<Utc>),
    Expired(Option<DateTime<Utc>>),
}

impl TokenInfo {
    /// Revocation wins over expiry: it is the stronger statement.
    pub fn state(&self, now: DateTime<Utc>) -> TokenState {
        match (self.revoked_at, self.expires_at) {
            (Some(at), _) => TokenState::Revoked(at),
            (None, Some(end)) if end > now => TokenState::Active,
            (None, end) => TokenState::Expired(end),
        }
    }

    /// True when the stored last use is old enough to be written again.
    pub fn last_used_is_stale(&self, now: DateTime<Utc>) -> bool {
        self.last_used_at
            .is_none_or(|at| now - at >= Duration::seconds(LAST_USED_EVERY_SECONDS))
    }
}

/// What a revocation did.
#[derive(Debug, Clone, PartialEq)]
pub enum Revocation {
    Revoked(TokenInfo),
    /// It was revoked before, at this time; nothing changed.
    AlreadyRevoked(DateTime<Utc>),
    /// No token with that id (in that authority, when one is given).
    NotFound,
}

type Row = (
    String,
    AuthorityCode,
    Option<String>,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);

type Columns = (
    authority_tokens::id,
    authority_tokens::authority_code,
    authority_tokens::label,
    authority_tokens::created_at,
    authority_tokens::expires_at,
    authority_tokens::last_used_at,
    authority_tokens::revoked_at,
);

const COLUMNS: Columns = (
    authority_tokens::id,
    authority_tokens::authority_code,
    authority_tokens::label,
    authority_tokens::created_at,
    authority_tokens::expires_at,
    authority_tokens::last_used_at,
    authority_tokens::revoked_at,
);

fn from_row(r: Row) -> QueryResult<TokenInfo> {
    Ok(TokenInfo {
        id: Uuid::parse_str(&r.0).map_err(|_| corrupt("token id", &r.0))?,
        authority_code: r.1,
        label: r.2,
        created_at: from_db(r.3),
        expires_at: r.4.map(from_db),
        last_used_at: r.5.map(from_db),
        revoked_at: r.6.map(from_db),
    })
}

/// Issues a token to an authority, valid until `expires_at`; returns (id, secret). Only the
/// secret's hash is stored.
pub fn issue(
    c: &mut DbConn,
    authority_code: &AuthorityCode,
    label: Option<&str>,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> QueryResult<(Uuid, String)> {
    let id = Uuid::now_v7();
    let token = format!("iat_{}", random_token());
    diesel::insert_into(authority_tokens::table)
        .values((
            authority_tokens::id.eq(id.to_string()),
            authority_tokens::authority_code.eq(authority_code),
            authority_tokens::token_hash.eq(hash_token(&token)),
            authority_tokens::label.eq(label),
            authority_tokens::created_at.eq(to_db(now)),
            authority_tokens::expires_at.eq(Some(to_db(expires_at))),
        ))
        .execute(c)?;
    Ok((id, token))
}

/// The token whose secret this is, revoked and expired ones included (one lookup on the
/// unique hash index).
pub fn find_by_secret(c: &mut DbConn, token: &str) -> QueryResult<Option<TokenInfo>> {
    authority_tokens::table
        .filter(authority_tokens::token_hash.eq(hash_token(token)))
        .select(COLUMNS)
        .first::<Row>(c)
        .optional()?
        .map(from_row)
        .transpose()
}

/// The tokens of one authority, or of all when `None`, oldest first.
pub fn list(c: &mut DbConn, authority: Option<&AuthorityCode>) -> QueryResult<Vec<TokenInfo>> {
    let mut q = authority_tokens::table
        .select(COLUMNS)
        .order((
            authority_tokens::authority_code,
            authority_tokens::created_at,
            authority_tokens::id,
        ))
        .into_boxed();
    if let Some(a) = authority {
        q = q.filter(authority_tokens::authority_code.eq(a.clone()));
    }
    q.load::<Row>(c)?.into_iter().map(from_row).collect()
}

/// Revokes the token `id`; with `authority`, only a token of that authority (another
/// authority's token is [`Revocation::NotFound`], as if it did not exist).
pub fn revoke(
    c: &mut DbConn,
    id: Uuid,
    authority: Option<&AuthorityCode>,
    now: DateTime<Utc>,
) -> QueryResult<Revocation> {
    let found = authority_tokens::table
        .find(id.to_string())
        .select(COLUMNS)
        .first::<Row>(c)
        .optional()?
        .map(from_row)
        .transpose()?;
    let Some(mut token) = found.filter(|t| authority.is_none_or(|a| *a == t.authority_code)) else {
        return Ok(Revocation::NotFound);
    };
    if let Some(at) = token.revoked_at {
        return Ok(Revocation::AlreadyRevoked(at));
    }
    diesel::update(authority_tokens::table.find(id.to_string()))
        .set(authority_tokens::revoked_at.eq(Some(to_db(now))))
        .execute(c)?;
    token.revoked_at = Some(now);
    Ok(Revocation::Revoked(token))
}

/// Records a use at `now` unless one was recorded in the last minute (by any instance).
pub fn touch(c: &mut DbConn, id: Uuid, now: DateTime<Utc>) -> QueryResult<()> {
    let before = to_db(now - Duration::seconds(LAST_USED_EVERY_SECONDS));
    diesel::update(
        authority_tokens::table.find(id.to_string()).filter(
            authority_tokens::last_used_at
                .is_null()
                .or(authority_tokens::last_used_at.le(before)),
        ),
    )
    .set(authority_tokens::last_used_at.eq(Some(to_db(now))))
    .execute(c)
    .map(drop)
}
