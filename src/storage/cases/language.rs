//! The language a case's reporter files in (issue 14): kept beside the case, read by the mail
//! worker for the reporter's acknowledgements, updates and reminders.

use crate::storage::schema::cases;
use crate::storage::{native, DbConn};
use crate::words::Lang;
use diesel::prelude::*;
use std::collections::HashMap;
use uuid::Uuid;

/// Records `lang` as the language the case's reporter reads.
pub fn set_language(conn: &mut DbConn, case_id: Uuid, lang: Lang) -> QueryResult<()> {
    native!(conn, |c| diesel::update(
        cases::table.find(case_id.to_string())
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
