//! Share packages on disk (`share_packages`, `share_package_recipients`): written once, read
//! by their sender (per case) and by their recipients, revoked by setting `revoked_at`.

use crate::domain::codes::Tlp;
use crate::domain::names::AuthorityCode;
use crate::domain::package::{Package, PackageField};
use crate::storage::schema::{share_package_recipients as rcp, share_packages as pk};
use crate::storage::{corrupt, from_db, native, to_db, DbConn};
use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

type Row = (
    String,
    String,
    AuthorityCode,
    String,
    String,
    Tlp,
    String,
    bool,
    NaiveDateTime,
    String,
    Option<NaiveDateTime>,
    Option<String>,
);

const COLUMNS: (
    pk::id,
    pk::case_id,
    pk::sender_code,
    pk::fields,
    pk::content,
    pk::tlp,
    pk::note,
    pk::redact_identity,
    pk::created_at,
    pk::created_by,
    pk::revoked_at,
    pk::revoked_by,
) = (
    pk::id,
    pk::case_id,
    pk::sender_code,
    pk::fields,
    pk::content,
    pk::tlp,
    pk::note,
    pk::redact_identity,
    pk::created_at,
    pk::created_by,
    pk::revoked_at,
    pk::revoked_by,
);

/// Stores a new package and its recipients.
pub fn insert(c: &mut DbConn, p: &Package) -> QueryResult<()> {
    let fields: Vec<&str> = p.fields.iter().map(|f| f.as_str()).collect();
    let row = (
        pk::id.eq(p.id.to_string()),
        pk::case_id.eq(p.case_id.to_string()),
        pk::sender_code.eq(&p.sender),
        pk::fields.eq(serde_json::Value::from(fields).to_string()),
        pk::content.eq(serde_json::Value::Object(p.content.clone()).to_string()),
        pk::tlp.eq(p.tlp),
        pk::note.eq(&p.note),
        pk::redact_identity.eq(p.redact_identity),
        pk::created_at.eq(to_db(p.created_at)),
        pk::created_by.eq(&p.created_by),
    );
    native!(c, |c| diesel::insert_into(pk::table)
        .values(&row)
        .execute(c))?;
    for r in &p.recipients {
        let row = (
            rcp::package_id.eq(p.id.to_string()),
            rcp::authority_code.eq(r),
        );
        native!(c, |c| diesel::insert_into(rcp::table)
            .values(&row)
            .execute(c))?;
    }
    Ok(())
}

/// One package by id, whoever asks (the caller decides who may read it).
pub fn find(c: &mut DbConn, id: Uuid) -> QueryResult<Option<Package>> {
    let row: Option<Row> = pk::table
        .filter(pk::id.eq(id.to_string()))
        .select(COLUMNS)
        .first(c)
        .optional()?;
    row.map(|r| read(c, r)).transpose()
}

/// The packages shared from one case, newest first (the sender's view on the case page).
pub fn of_case(c: &mut DbConn, case_id: Uuid) -> QueryResult<Vec<Package>> {
    let rows: Vec<Row> = pk::table
        .filter(pk::case_id.eq(case_id.to_string()))
        .order((pk::created_at.desc(), pk::id.desc()))
        .select(COLUMNS)
        .load(c)?;
    rows.into_iter().map(|r| read(c, r)).collect()
}

/// The packages an authority received and that still stand, newest first.
pub fn received(c: &mut DbConn, authority: &AuthorityCode) -> QueryResult<Vec<Package>> {
    let rows: Vec<Row> = pk::table
        .inner_join(rcp::table)
        .filter(rcp::authority_code.eq(authority))
        .filter(pk::revoked_at.is_null())
        .order((pk::created_at.desc(), pk::id.desc()))
        .select(COLUMNS)
        .limit(500)
        .load(c)?;
    rows.into_iter().map(|r| read(c, r)).collect()
}

/// Marks a package revoked; false if it already was (or does not exist).
pub fn revoke(c: &mut DbConn, id: Uuid, at: DateTime<Utc>, by: &str) -> QueryResult<bool> {
    let n = native!(c, |c| diesel::update(
        pk::table
            .filter(pk::id.eq(id.to_string()))
            .filter(pk::revoked_at.is_null())
    )
    .set((pk::revoked_at.eq(to_db(at)), pk::revoked_by.eq(by)))
    .execute(c))?;
    Ok(n == 1)
}

fn read(c: &mut DbConn, r: Row) -> QueryResult<Package> {
    let recipients: Vec<AuthorityCode> = rcp::table
        .filter(rcp::package_id.eq(&r.0))
        .order(rcp::authority_code)
        .select(rcp::authority_code)
        .load(c)?;
    let uuid = |s: &str| Uuid::parse_str(s).map_err(|_| corrupt("package id", s));
    let codes: Vec<String> =
        serde_json::from_str(&r.3).map_err(|_| corrupt("package fields", &r.3))?;
    let fields = codes
        .iter()
        .map(|f| PackageField::from_code(f).ok_or_else(|| corrupt("package field", f)))
        .collect::<QueryResult<_>>()?;
    let content = match serde_json::from_str(&r.4) {
        Ok(serde_json::Value::Object(m)) => m,
        _ => return Err(corrupt("package content", &r.0)),
    };
    Ok(Package {
        id: uuid(&r.0)?,
        case_id: uuid(&r.1)?,
        sender: r.2,
        recipients,
        fields,
        content,
        tlp: r.5,
        note: r.6,
        redact_identity: r.7,
        created_at: from_db(r.8),
        created_by: r.9,
        revoked_at: r.10.map(from_db),
        revoked_by: r.11,
    })
}
