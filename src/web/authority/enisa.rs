//! `/authority/exports/enisa`: the quarterly anonymised summary for ENISA (Art. 23(9)):
//! counts of the authority's cases by sector/subsector, incident class, root cause,
//! severity and cross-border flag, with counts below 3 suppressed.

use super::Staff;
use crate::app::AppError;
use crate::domain::audit::AuditAction;
use crate::storage::audit;
use crate::storage::statistics::summarise;
use crate::web::pages::PageError;
use crate::web::AppState;
use actix_web::{web, HttpResponse};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use serde_json::json;

/// Cells with fewer cases than this are suppressed, so no single entity can be recognised.
pub const SUPPRESS_BELOW: i64 = 3;

#[derive(Deserialize)]
pub struct Query {
    /// `2026-Q4`; default: the last complete quarter.
    quarter: Option<String>,
    /// `csv` (default) or `json`.
    format: Option<String>,
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
        .ok_or_else(|| AppError::BadRequest("quarter must look like 2026-Q4".into()))?;
    let csv = !matches!(q.format.as_deref(), Some("json"));
    let (authority, actor) = (staff.user.authority_code.clone(), staff.actor());
    let detail = json!({"quarter": quarter, "format": if csv { "csv" } else { "json" }});
    let key = state.audit_key.clone();
    let (total, summary) = state
        .db
        .write(move |c| {
            audit::append(c, &key, &actor, AuditAction::ExportEnisa, None, detail, at)?;
            Ok(summarise(c, &authority, from, to)?)
        })
        .await?;
    let shown = |n: i64| if n < SUPPRESS_BELOW { None } else { Some(n) };
    if !csv {
        let dims: serde_json::Map<String, serde_json::Value> = summary
            .iter()
            .map(|(d, m)| {
                (
                    d.to_string(),
                    m.iter()
                        .map(|(v, n)| json!({"value": v, "count": shown(*n)}))
                        .collect(),
                )
            })
            .collect();
        return Ok(HttpResponse::Ok().json(json!({
            "quarter": quarter, "authority": staff.user.authority_code, "cases": shown(total),
            "suppressed_below": SUPPRESS_BELOW, "breakdown": dims,
        })));
    }
    let mut body = String::from("quarter,dimension,value,count\n");
    body.push_str(&format!(
        "{quarter},total,all,{}\n",
        shown(total)
            .map(|n| n.to_string())
            .unwrap_or_else(|| "<3".into())
    ));
    for (d, m) in &summary {
        for (v, n) in m {
            body.push_str(&format!(
                "{quarter},{d},{v},{}\n",
                shown(*n)
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| "<3".into())
            ));
        }
    }
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"enisa-{quarter}.csv\""),
        ))
        .body(body))
}
