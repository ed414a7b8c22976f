//! Exports of the queue as the signed-in user filters it: CSV and JSON, every export audited.

use super::queue::{item, QueueItem, QueueQuery};
use super::Staff;
use crate::app::AppError;
use crate::domain::audit::AuditAction;
use crate::storage::{audit, queue, staff};
use crate::web::pages::PageError;
use crate::web::AppState;
use actix_web::{web, HttpResponse};
use serde_json::json;

/// Every case of the filtered queue (up to 100,000), audited as an export.
async fn all_items(
    state: &AppState,
    staff: &Staff,
    q: &QueueQuery,
    format: &str,
) -> Result<Vec<QueueItem>, AppError> {
    let filter = q.filter(Some(staff.user.id))?;
    let (authority, actor, at) = (
        staff.user.authority_code.clone(),
        staff.actor(),
        state.clock.now(),
    );
    let detail = json!({"filter": q, "format": format});
    let key = state.audit_key.clone();
    state
        .db
        .write(move |c| {
            Ok(audit::append(
                c,
                &key,
                &actor,
                AuditAction::ExportQueue,
                None,
                detail,
                at,
            )?)
        })
        .await?;
    state
        .db
        .read(move |c| {
            let rows = queue::page(c, &authority, &filter, at, 100_000, 0)?;
            let users = staff::users_of(c, &authority)?;
            Ok(rows.iter().map(|r| item(r, &users, at)).collect())
        })
        .await
}

pub async fn export_json(
    state: web::Data<AppState>,
    staff: Staff,
    query: web::Query<QueueQuery>,
) -> Result<HttpResponse, PageError> {
    let items = all_items(&state, &staff, &query, "json").await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Content-Disposition", "attachment; filename=\"queue.json\""))
        .json(json!({"items": items, "count": items.len()})))
}

/// Every cell as text a spreadsheet will not evaluate: a leading = + - @ tab or CR (after
/// any leading spaces) would start a formula, so such a cell is quoted with a `'`.
fn as_text(cell: &str) -> String {
    if cell
        .trim_start_matches(' ')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
    {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

pub async fn export_csv(
    state: web::Data<AppState>,
    staff: Staff,
    query: web::Query<QueueQuery>,
) -> Result<HttpResponse, PageError> {
    let items = all_items(&state, &staff, &query, "csv").await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let unexpected = |e: csv::Error| PageError(AppError::Unexpected(e.into()));
    w.write_record([
        "reference",
        "title",
        "entity",
        "member_state",
        "sector",
        "entity_type",
        "state",
        "severity",
        "next_due_stage",
        "next_due_at",
        "overdue",
        "received_at",
        "informed",
        "assignee",
        "feedback_owed",
        "regime",
        "id",
    ])
    .map_err(unexpected)?;
    for i in &items {
        let row = [
            i.reference.as_str().to_string(),
            i.title.clone(),
            i.entity.clone(),
            i.member_state.to_string(),
            i.sector.to_string(),
            i.entity_type.to_string(),
            i.state.to_string(),
            i.severity.map(|s| s.to_string()).unwrap_or_default(),
            i.next_due_stage.map(|s| s.to_string()).unwrap_or_default(),
            i.next_due_at.map(|d| d.to_rfc3339()).unwrap_or_default(),
            i.overdue.to_string(),
            i.received_at.to_rfc3339(),
            i.informed.to_string(),
            i.assignee.clone().unwrap_or_default(),
            i.feedback_owed.to_string(),
            i.regime.to_string(),
            i.id.to_string(),
        ];
        w.write_record(row.iter().map(|c| as_text(c)))
            .map_err(unexpected)?;
    }
    let body = w
        .into_inner()
        .map_err(|e| PageError(AppError::Unexpected(anyhow::anyhow!("{e}"))))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(("Content-Disposition", "attachment; filename=\"queue.csv\""))
        .body(body))
}
