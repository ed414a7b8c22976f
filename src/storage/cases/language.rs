//! The language a case's reporter files in (issue 14): kept beside the case, read by the mail
//! worker for the reporter's acknowledgements, updates and reminders. A new case is inserted
//! with it, and a later filing writes it only when it changes: the filing path costs no extra
//! statement for it.

use crate::domain::case::Case;
use crate::storage::schema::cases;
use crate::storage::{native, DbConn};
use crate::words::Lang;
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use std::collections::HashMap;
use uuid::Uuid;

/// Inserts a new case whose reporter reads `lang`, in one statement.
pub fn insert_case_speaking(
    conn: &mut DbConn,
    case: &Case,
    lang: Lang,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let row = super::case_row(case, now);
    native!(conn, |c| diesel::insert_into(cases::table)
        .values((&row, cases::language.eq(lang.tag())))
        .execute(c))
    .map(drop)
}

/// Records `lang` as the language the case's reporter reads; the row is left untouched (no
/// write) when it already says so.
pub fn set_language(conn: &mut DbConn, case_id: Uuid, lang: Lang) -> QueryResult<()> {
    let changed = cases::language.is_null().or(cases::language.ne(lang.tag()));
    native!(conn, |c| diesel::update(
        cases::table.find(case_id.to_string()).filter(changed)
    )
    .set(cases::language.eq(lang.tag()))
    .execute(c))
    .map(drop)
}

/// The reporter's language of each of `ids` that has one (cases filed before languages were
/// kept, or with an unknown tag, are absent: they read in English).
pub fn languages_of(conn: &mut DbConn, ids: &[Uuid]) -> QueryResult<HashMap<Uuid, Lang>> {
    let ids: Vec<String> = ids.iter().map(Uuid::to_string).collect();
    let rows: Vec<(String, Option<String>)> = cases::table
        .filter(cases::id.eq_any(&ids))
        .select((cases::id, cases::language))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, tag)| {
            let lang = Lang::from_tag(&tag?)?;
            Some((Uuid::parse_str(&id).ok()?, lang))
        })
        .collect())
}
