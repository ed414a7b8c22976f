//! The start-up migration's view of TOTP seeds: those still stored in clear, and their
//! replacement by the sealed form (see `crate::secrets::at_rest`).

use super::schema::staff_users as u;
use super::DbConn;
use diesel::prelude::*;
use uuid::Uuid;

/// Every user's stored seed that is not sealed yet (no `v1:` prefix).
pub fn unsealed(c: &mut DbConn) -> QueryResult<Vec<(Uuid, String)>> {
    let rows: Vec<(String, Option<String>)> = u::table
        .filter(u::totp_secret.is_not_null())
        .filter(u::totp_secret.not_like("v1:%"))
        .select((u::id, u::totp_secret))
        .load(c)?;
    rows.into_iter()
        .filter_map(|(id, seed)| seed.map(|s| (id, s)))
        .map(|(id, s)| {
            Uuid::parse_str(&id)
                .map(|id| (id, s))
                .map_err(|_| super::corrupt("user id", &id))
        })
        .collect()
}

/// Replaces a clear seed by its sealed form, only if it is still the clear one.
pub fn replace(c: &mut DbConn, user: Uuid, clear: &str, sealed: &str) -> QueryResult<usize> {
    diesel::update(
        u::table
            .find(user.to_string())
            .filter(u::totp_secret.eq(clear)),
    )
    .set(u::totp_secret.eq(sealed))
    .execute(c)
}
