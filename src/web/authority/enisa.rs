//! `/authority/exports/enisa`: the quarterly anonymised summary for ENISA (Art. 23(9), spec
//! §6), one per member state, produced by its single point of contact (routing role `spoc`):
//! the cases of that member state's jurisdiction counted once each (never copies received
//! for information), voluntary kinds included (Art. 30), small cells suppressed with
//! secondary suppression (see [`crate::domain::enisa_summary`]).

use super::Staff;
use crate::app::AppError;
use crate::domain::audit::AuditAction;
use crate::domain::enisa_summary::{Summary, SUPPRESS_BELOW};
use crate::domain::member_state::MemberState;
use crate::domain::msg::Msg;
use crate::domain::names::AuthorityCode;
use crate::domain::routing::Role;
use crate::storage::audit;
use crate::storage::statistics::cases_of_jurisdiction;
use crate::web::pages::PageError;
use crate::web::AppState;
use actix_web::{web, HttpResponse};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize)]
pub struct Query {
    /// `2026-Q4`; default: the last complete quarter.
    quarter: Option<String>,
    /// `csv` (default) or `json`.
    format: Option<String>,
    /// The member state summarised, when the signed-in SPOC serves several.
    member_state: Option<String>,
}

/// The member state whose summary the signed-in staff member may produce: theirs when their
/// authority is its single point of contact; everyone else is refused with the reason.
fn spoc_member_state(
    state: &AppState,
    staff: &Staff,
    asked: Option<&str>,
) -> Result<MemberState, AppError> {
    let own = &staff.user.authority_code;
    let authority = state.routing.authorities.iter().find(|a| &a.code == own);
    let Some(a) = authority.filter(|a| a.role == Role::Spoc) else {
        return Err(AppError::Forbidden(Msg::t1(
            "api-enisa-not-spoc",
            "authority",
            own.as_str(),
        )));
    };
    match asked.map(str::trim).filter(|m| !m.is_empty()) {
        Some(m) => {
            let ms = MemberState::parse(m)
                .map_err(|_| AppError::BadRequest(Msg::t("api-enisa-member-state")))?;
            if a.member_states.contains(&ms) {
                Ok(ms)
            } else {
                Err(AppError::Forbidden(Msg::t2(
                    "api-enisa-not-spoc-of",
                    ("authority", own.as_str()),
                    ("state", ms.eu_code()),
                )))
            }
        }
        None => match a.member_states.as_slice() {
            [ms] => Ok(*ms),
            _ => Err(AppError::BadRequest(Msg::t("api-enisa-which-state"))),
        },
    }
}

/// Every authority of the routing table serving `ms`: the cases they are in charge of are
/// that member state's jurisdiction.
fn authorities_of(state: &AppState, ms: MemberState) -> Vec<AuthorityCode> {
    state
        .routing
        .authorities
        .iter()
        .filter(|a| a.member_states.contains(&ms))
        .map(|a| a.code.clone())
        .collect()
}

/// The quarter's first instant and the next quarter's.
/// A quarter with line breaks or controls is no quarter (it would reach a header).
pub fn quarter_bounds(q: &str) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    if q.chars().any(char::is_control) {
        return None;
    }
    let (year, n) = q.trim().split_once("-Q")?;
    let (year, n): (i32, u32) = (year.parse().ok()?, n.parse().ok()?);
    if !(1..=4).contains(&n) {
        return None;
    }
    let start = NaiveDate::from_ymd_opt(year, 3 * n - 2, 1)?;
    let end = if n == 4 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, 3 * n + 1, 1)?
    };
    Some((
        start.and_hms_opt(0, 0, 0)?.and_utc(),
        end.and_hms_opt(0, 0, 0)?.and_utc(),
    ))
}

fn last_quarter(t: DateTime<Utc>) -> String {
    use chrono::Datelike;
    let q = (t.month() - 1) / 3 + 1;
    if q == 1 {
        format!("{}-Q4", t.year() - 1)
    } else {
        format!("{}-Q{}", t.year(), q - 1)
    }
}

/// `GET /authority/exports/enisa?quarter=2026-Q4&format=csv|json`, audited.
pub async fn export(
    state: web::Data<AppState>,
    staff: Staff,
    q: web::Query<Query>,
) -> Result<HttpResponse, PageError> {
    let at = state.clock.now();
    let quarter = q
        .quarter
        .clone()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| last_quarter(at));
    let (from, to) = quarter_bounds(&quarter)
        .ok_or_else(|| AppError::BadRequest(Msg::t("api-enisa-quarter")))?;
    if from > at {
        return Err(AppError::BadRequest(Msg::t("api-enisa-quarter-ahead")).into());
    }
    // Written back as parsed, never as typed: it reaches a header and every CSV row.
    let quarter = {
        use chrono::Datelike;
        format!("{}-Q{}", from.year(), (from.month() - 1) / 3 + 1)
    };
    let ms = spoc_member_state(&state, &staff, q.member_state.as_deref())?;
    let csv = !matches!(q.format.as_deref(), Some("json"));
    let (authorities, actor) = (authorities_of(&state, ms), staff.actor());
    let detail = json!({"quarter": quarter, "member_state": ms.eu_code(),
        "format": if csv { "csv" } else { "json" }});
    let key = state.audit_key.clone();
    let cases = state
        .db
        .write(move |c| {
            audit::append(c, &key, &actor, AuditAction::ExportEnisa, None, detail, at)?;
            Ok(cases_of_jurisdiction(c, ms, &authorities, from, to)?)
        })
        .await?;
    let summary = Summary::of(&cases);
    let shown = |i: usize| {
        let cell = &summary.cells[i];
        (!cell.suppressed).then_some(cell.count)
    };
    if !csv {
        let mut dims = serde_json::Map::new();
        for (i, cell) in summary.cells.iter().enumerate().skip(1) {
            let entry = dims
                .entry(cell.dimension.to_string())
                .or_insert_with(|| json!([]));
            if let Some(list) = entry.as_array_mut() {
                list.push(
                    json!({"value": cell.value, "count": shown(i), "suppressed": cell.suppressed}),
                );
            }
        }
        return Ok(HttpResponse::Ok().json(json!({
            "quarter": quarter, "member_state": ms.eu_code(), "produced_by": staff.user.authority_code,
            "cases": shown(0), "suppressed_below": SUPPRESS_BELOW, "breakdown": dims,
        })));
    }
    let mut body = String::from("quarter,member_state,dimension,value,count\n");
    for (i, cell) in summary.cells.iter().enumerate() {
        let count = shown(i).map_or_else(|| "suppressed".to_string(), |n| n.to_string());
        body.push_str(&format!(
            "{quarter},{},{},{},{count}\n",
            ms.eu_code(),
            cell.dimension,
            cell.value
        ));
    }
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!(
                "attachment; filename=\"enisa-{}-{quarter}.csv\"",
                ms.eu_code()
            ),
        ))
        .body(body))
}
