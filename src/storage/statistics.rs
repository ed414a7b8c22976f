//! Aggregates for reporting upwards: the quarterly summary an authority sends ENISA.

use super::schema::{case_recipients, cases, entities, submissions};
use super::{to_db, DbConn};
use crate::domain::codes::Severity;
use crate::domain::names::{AuthorityCode, Sector};
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use std::collections::BTreeMap;

/// dimension → value → count, over the quarter's cases routed to `authority`.
pub type Summary = BTreeMap<&'static str, BTreeMap<String, i64>>;

pub fn summarise(
    c: &mut DbConn,
    authority: &AuthorityCode,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> QueryResult<(i64, Summary)> {
    type Row = (String, Sector, Option<String>, Option<Severity>, bool);
    let rows: Vec<Row> = case_recipients::table
        .inner_join(cases::table.inner_join(entities::table))
        .filter(case_recipients::authority_code.eq(authority))
        .filter(cases::created_at.ge(to_db(from)))
        .filter(cases::created_at.lt(to_db(to)))
        .select((
            cases::id,
            entities::sector,
            entities::subsector,
            cases::severity,
            cases::cross_border_flagged,
        ))
        .load(c)?;
    let mut out: Summary = BTreeMap::new();
    let mut add =
        |dim: &'static str, v: String| *out.entry(dim).or_default().entry(v).or_insert(0) += 1;
    for chunk in rows.chunks(500) {
        let ids: Vec<&String> = chunk.iter().map(|r| &r.0).collect();
        let facts: Vec<(String, i32, String)> = submissions::table
            .filter(submissions::case_id.eq_any(ids))
            .select((submissions::case_id, submissions::seq, submissions::facts))
            .load(c)?;
        for (id, sector, subsector, severity, cross_border) in chunk {
            let latest = facts
                .iter()
                .filter(|f| &f.0 == id)
                .max_by_key(|f| f.1)
                .and_then(|f| serde_json::from_str::<serde_json::Value>(&f.2).ok())
                .unwrap_or_default();
            let field = |k: &str| {
                latest
                    .get(k)
                    .and_then(|v| v.as_str())
                    .unwrap_or("not_reported")
                    .to_string()
            };
            add("sector", sector.to_string());
            add(
                "subsector",
                format!(
                    "{sector}/{}",
                    subsector.clone().unwrap_or_else(|| "-".into())
                ),
            );
            add("incident_class", field("incident_class"));
            add("root_cause", field("root_cause_category"));
            add(
                "severity",
                severity.map_or("not_reported".into(), |s| s.to_string()),
            );
            add("cross_border", cross_border.to_string());
        }
    }
    Ok((rows.len() as i64, out))
}
