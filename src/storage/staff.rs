//! Staff accounts, their sessions, and authority API tokens. Secrets are stored as hashes:
//! passwords as argon2id, session and API tokens as SHA-256 (they carry 256 random bits).

use super::schema::{staff_sessions, staff_users};
use super::{corrupt, from_db, to_db, DbConn};
use crate::domain::names::AuthorityCode;
use crate::domain::staff::StaffRole;
use crate::secrets::{hash_token, random_token};
use crate::words::Lang;
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

/// Failed logins before an account is locked, and for how long.
pub const MAX_FAILED_LOGINS: i32 = 5;
pub const LOCKOUT_MINUTES: i64 = 15;

#[derive(Debug, Clone, PartialEq)]
pub struct StaffUser {
    pub id: Uuid,
    pub authority_code: AuthorityCode,
    pub email: String,
    pub role: StaffRole,
    pub password_hash: String,
    pub totp_secret: Option<String>,
    pub totp_enabled: bool,
    /// SHA-256 hashes of the unused recovery codes.
    pub recovery_codes: Vec<String>,
    pub failed_logins: i32,
    pub locked_until: Option<DateTime<Utc>>,
    pub disabled: bool,
    pub created_at: DateTime<Utc>,
    /// The password was set by an administrator: every staff page but the change of
    /// password (and sign-out) waits until the user has chosen their own.
    pub must_change_password: bool,
    /// The language the workspace speaks to this user.
    pub language: Lang,
}

type UserRow = (
    String,
    AuthorityCode,
    String,
    StaffRole,
    String,
    Option<String>,
    bool,
    String,
    i32,
    Option<NaiveDateTime>,
    bool,
    NaiveDateTime,
    bool,
    String,
);

impl StaffUser {
    /// This user as the actor of audit entries and case events.
    pub fn actor(&self) -> crate::domain::audit::Actor {
        crate::domain::audit::Actor::Staff {
            id: self.id,
            email: self.email.clone(),
        }
    }
}

fn user_from_row(r: UserRow) -> QueryResult<StaffUser> {
    Ok(StaffUser {
        id: Uuid::parse_str(&r.0).map_err(|_| corrupt("user id", &r.0))?,
        authority_code: r.1,
        email: r.2,
        role: r.3,
        password_hash: r.4,
        totp_secret: r.5,
        totp_enabled: r.6,
        recovery_codes: serde_json::from_str(&r.7).map_err(|_| corrupt("recovery codes", &r.0))?,
        failed_logins: r.8,
        locked_until: r.9.map(from_db),
        disabled: r.10,
        created_at: from_db(r.11),
        must_change_password: r.12,
        // An unknown tag (edited by hand) reads as English rather than failing the sign-in.
        language: Lang::from_tag(&r.13).unwrap_or_default(),
    })
}

pub fn insert_user(
    c: &mut DbConn,
    authority_code: &AuthorityCode,
    email: &str,
    role: StaffRole,
    password_hash: &str,
    language: Lang,
    now: DateTime<Utc>,
) -> QueryResult<Uuid> {
    let id = Uuid::now_v7();
    diesel::insert_into(staff_users::table)
        .values((
            staff_users::id.eq(id.to_string()),
            staff_users::authority_code.eq(authority_code),
            staff_users::email.eq(email.to_ascii_lowercase()),
            staff_users::role.eq(role),
            staff_users::password_hash.eq(password_hash),
            staff_users::totp_enabled.eq(false),
            staff_users::recovery_codes.eq("[]"),
            staff_users::failed_logins.eq(0),
            staff_users::disabled.eq(false),
            staff_users::created_at.eq(to_db(now)),
            staff_users::language.eq(language.tag()),
        ))
        .execute(c)?;
    Ok(id)
}

/// Sets the language the workspace speaks to a user.
pub fn set_language(c: &mut DbConn, id: Uuid, language: Lang) -> QueryResult<()> {
    diesel::update(staff_users::table.find(id.to_string()))
        .set(staff_users::language.eq(language.tag()))
        .execute(c)?;
    Ok(())
}

pub fn find_user_by_email(c: &mut DbConn, email: &str) -> QueryResult<Option<StaffUser>> {
    staff_users::table
        .filter(staff_users::email.eq(email.trim().to_ascii_lowercase()))
        .select(staff_users::all_columns)
        .first::<UserRow>(c)
        .optional()?
        .map(user_from_row)
        .transpose()
}

pub fn find_user(c: &mut DbConn, id: Uuid) -> QueryResult<Option<StaffUser>> {
    staff_users::table
        .find(id.to_string())
        .select(staff_users::all_columns)
        .first::<UserRow>(c)
        .optional()?
        .map(user_from_row)
        .transpose()
}

/// The users of one authority, by email.
pub fn users_of(c: &mut DbConn, authority_code: &AuthorityCode) -> QueryResult<Vec<StaffUser>> {
    staff_users::table
        .filter(staff_users::authority_code.eq(authority_code))
        .order(staff_users::email)
        .select(staff_users::all_columns)
        .load::<UserRow>(c)?
        .into_iter()
        .map(user_from_row)
        .collect()
}

/// Counts a failed login; the fifth in a row locks the account for 15 minutes.
pub fn record_failed_login(
    c: &mut DbConn,
    user: &StaffUser,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let failed = user.failed_logins + 1;
    let lock = failed >= MAX_FAILED_LOGINS;
    diesel::update(staff_users::table.find(user.id.to_string()))
        .set((
            staff_users::failed_logins.eq(if lock { 0 } else { failed }),
            staff_users::locked_until
                .eq(lock.then(|| to_db(now + Duration::minutes(LOCKOUT_MINUTES)))),
        ))
        .execute(c)?;
    Ok(lock)
}

pub fn record_login(c: &mut DbConn, user_id: Uuid) -> QueryResult<()> {
    diesel::update(staff_users::table.find(user_id.to_string()))
        .set((
            staff_users::failed_logins.eq(0),
            staff_users::locked_until.eq(None::<NaiveDateTime>),
        ))
        .execute(c)
        .map(drop)
}

/// Stores a second factor: the secret (pending until confirmed) and recovery code hashes.
pub fn set_totp(
    c: &mut DbConn,
    user_id: Uuid,
    secret: Option<&str>,
    enabled: bool,
    recovery_code_hashes: &[String],
) -> QueryResult<()> {
    diesel::update(staff_users::table.find(user_id.to_string()))
        .set((
            staff_users::totp_secret.eq(secret),
            staff_users::totp_enabled.eq(enabled),
            staff_users::recovery_codes
                .eq(serde_json::to_string(recovery_code_hashes).unwrap_or_default()),
        ))
        .execute(c)
        .map(drop)
}

pub fn set_role_and_status(
    c: &mut DbConn,
    user_id: Uuid,
    role: StaffRole,
    disabled: bool,
) -> QueryResult<()> {
    diesel::update(staff_users::table.find(user_id.to_string()))
        .set((
            staff_users::role.eq(role),
            staff_users::disabled.eq(disabled),
        ))
        .execute(c)?;
    if disabled {
        delete_sessions_of(c, user_id)?;
    }
    Ok(())
}

/// Marks a password an administrator just set (a new account): its user must change it at
/// the first sign-in.
pub fn require_password_change(c: &mut DbConn, user_id: Uuid) -> QueryResult<()> {
    diesel::update(staff_users::table.find(user_id.to_string()))
        .set(staff_users::must_change_password.eq(true))
        .execute(c)
        .map(drop)
}

/// Stores a new password; `must_change` when an administrator set it (the user then
/// chooses their own at the next sign-in), false when the user chose it.
pub fn set_password(
    c: &mut DbConn,
    user_id: Uuid,
    password_hash: &str,
    must_change: bool,
) -> QueryResult<()> {
    diesel::update(staff_users::table.find(user_id.to_string()))
        .set((
            staff_users::password_hash.eq(password_hash),
            staff_users::must_change_password.eq(must_change),
        ))
        .execute(c)
        .map(drop)
}

/// A signed-in browser.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: StaffUser,
    /// False between the password and the TOTP code.
    pub second_factor_done: bool,
    pub last_seen_at: DateTime<Utc>,
}

/// Opens a session; returns its token (the cookie value).
pub fn create_session(
    c: &mut DbConn,
    user_id: Uuid,
    second_factor_done: bool,
    now: DateTime<Utc>,
) -> QueryResult<String> {
    let token = random_token();
    diesel::insert_into(staff_sessions::table)
        .values((
            staff_sessions::token_hash.eq(hash_token(&token)),
            staff_sessions::user_id.eq(user_id.to_string()),
            staff_sessions::second_factor_done.eq(second_factor_done),
            staff_sessions::created_at.eq(to_db(now)),
            staff_sessions::last_seen_at.eq(to_db(now)),
        ))
        .execute(c)?;
    Ok(token)
}

/// The live session of a token: not idle longer than `idle`, its user not disabled.
pub fn find_session(
    c: &mut DbConn,
    token: &str,
    idle: Duration,
    now: DateTime<Utc>,
) -> QueryResult<Option<Session>> {
    let row: Option<(bool, NaiveDateTime, UserRow)> = staff_sessions::table
        .inner_join(staff_users::table)
        .filter(staff_sessions::token_hash.eq(hash_token(token)))
        .select((
            staff_sessions::second_factor_done,
            staff_sessions::last_seen_at,
            staff_users::all_columns,
        ))
        .first(c)
        .optional()?;
    let Some((second_factor_done, seen, user)) = row else {
        return Ok(None);
    };
    let user = user_from_row(user)?;
    if user.disabled || from_db(seen) + idle < now {
        return Ok(None);
    }
    Ok(Some(Session {
        user,
        second_factor_done,
        last_seen_at: from_db(seen),
    }))
}

/// Keeps a session alive (called at most once a minute per session).
pub fn touch_session(c: &mut DbConn, token: &str, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(staff_sessions::table.find(hash_token(token)))
        .set(staff_sessions::last_seen_at.eq(to_db(now)))
        .execute(c)
        .map(drop)
}

pub fn complete_second_factor(c: &mut DbConn, token: &str) -> QueryResult<()> {
    diesel::update(staff_sessions::table.find(hash_token(token)))
        .set(staff_sessions::second_factor_done.eq(true))
        .execute(c)
        .map(drop)
}

pub fn delete_session(c: &mut DbConn, token: &str) -> QueryResult<()> {
    diesel::delete(staff_sessions::table.find(hash_token(token)))
        .execute(c)
        .map(drop)
}

/// Ends every session of a user but the one holding `kept` (the browser that changed the
/// password); returns how many ended.
pub fn delete_other_sessions(c: &mut DbConn, user_id: Uuid, kept: &str) -> QueryResult<usize> {
    diesel::delete(
        staff_sessions::table
            .filter(staff_sessions::user_id.eq(user_id.to_string()))
            .filter(staff_sessions::token_hash.ne(hash_token(kept))),
    )
    .execute(c)
}

pub fn delete_sessions_of(c: &mut DbConn, user_id: Uuid) -> QueryResult<()> {
    diesel::delete(staff_sessions::table.filter(staff_sessions::user_id.eq(user_id.to_string())))
        .execute(c)
        .map(drop)
}

/// Issues an API token to an authority for the default [`DEFAULT_DAYS`] days; returns
/// (id, token). Only the hash is kept. `authority_tokens::issue` sets another expiry.
///
/// [`DEFAULT_DAYS`]: super::authority_tokens::DEFAULT_DAYS
pub fn create_authority_token(
    c: &mut DbConn,
    authority_code: &AuthorityCode,
    label: Option<&str>,
    now: DateTime<Utc>,
) -> QueryResult<(Uuid, String)> {
    let days = i64::from(super::authority_tokens::DEFAULT_DAYS);
    super::authority_tokens::issue(c, authority_code, label, now, now + Duration::days(days))
}
