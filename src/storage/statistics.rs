//! Aggregates for reporting upwards: the cases behind the quarterly ENISA summary of one
//! member state (Art. 23(9)). A case counts once however many of the member state's
//! authorities received it; copies received for information from other member states'
//! cases (`informed`) are not its jurisdiction's and never count, nor do cases that ended as
//! not significant, as a duplicate or withdrawn.

use super::schema::{case_recipients, cases, entities, submissions};
use super::{to_db, DbConn};
use crate::domain::codes::{Regime, Severity};
use crate::domain::enisa_summary::CaseFacts;
use crate::domain::member_state::MemberState;
use crate::domain::names::{AuthorityCode, Sector};
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use std::collections::BTreeSet;

type Row = (
    String,
    Sector,
    Option<String>,
    String,
    Regime,
    Option<String>,
    Option<Severity>,
    bool,
    Option<String>,
);

/// Whether a case ended as no incident of the summary: closed as not significant or as a
/// duplicate (counted on its other case), or withdrawn by the entity (spec §1.5).
fn not_counted(closure: Option<&str>) -> bool {
    use crate::domain::closure::{Closure, ClosureKind};
    closure
        .and_then(|c| serde_json::from_str::<Closure>(c).ok())
        .is_some_and(|c| {
            matches!(
                c.kind,
                ClosureKind::NotSignificant | ClosureKind::Duplicate | ClosureKind::Withdrawn
            )
        })
}

/// The cases of `ms`'s jurisdiction opened in `[from, to)`: those the member state's own
/// authorities (`authorities`) are in charge of, and unrouted ones of that member state.
pub fn cases_of_jurisdiction(
    c: &mut DbConn,
    ms: MemberState,
    authorities: &[AuthorityCode],
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> QueryResult<Vec<CaseFacts>> {
    let routed: Vec<String> = case_recipients::table
        .inner_join(cases::table)
        .filter(case_recipients::authority_code.eq_any(authorities))
        .filter(case_recipients::informed.eq(false))
        .filter(cases::created_at.ge(to_db(from)))
        .filter(cases::created_at.lt(to_db(to)))
        .select(case_recipients::case_id)
        .load(c)?;
    let own: Vec<String> = cases::table
        .filter(cases::member_state.eq(ms.as_str()))
        .filter(cases::created_at.ge(to_db(from)))
        .filter(cases::created_at.lt(to_db(to)))
        .select(cases::id)
        .load(c)?;
    let ids: BTreeSet<String> = routed.into_iter().chain(own).collect();
    let ids: Vec<String> = ids.into_iter().collect();
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let rows: Vec<Row> = cases::table
            .inner_join(entities::table)
            .filter(cases::id.eq_any(chunk))
            .select((
                cases::id,
                entities::sector,
                entities::subsector,
                entities::entity_type,
                cases::regime,
                cases::report_kind,
                cases::severity,
                cases::cross_border_flagged,
                cases::closure,
            ))
            .load(c)?;
        let facts: Vec<(String, i32, String)> = submissions::table
            .filter(submissions::case_id.eq_any(chunk))
            .select((submissions::case_id, submissions::seq, submissions::facts))
            .load(c)?;
        for (id, sector, subsector, entity_type, regime, kind, severity, cross_border, closure) in
            rows
        {
            if not_counted(closure.as_deref()) {
                continue;
            }
            let latest = facts
                .iter()
                .filter(|f| f.0 == id)
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
            out.push(CaseFacts {
                sector: sector.to_string(),
                subsector,
                entity_type,
                regime: regime.to_string(),
                kind: kind.unwrap_or_else(|| "significant_incident".into()),
                incident_class: field("incident_class"),
                root_cause: field("root_cause_category"),
                severity: severity.map_or("not_reported".into(), |s| s.to_string()),
                cross_border,
            });
        }
    }
    Ok(out)
}
