//! `/api/v1/authority/cases/{id}/closure` and `…/waivers`: the authority closes a case or
//! waives one stage (spec §1.5), with the same checks, events, audit entries and mail as the
//! case page's forms.

use super::authority::{run, AuthorityClient};
use crate::app::handling::ActionInput;
use crate::app::AppError;
use crate::web::error::Problem;
use crate::web::AppState;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

/// How to close a case.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ClosureRequest {
    /// `accepted` (only once the final report is in), `not_significant` or `duplicate`.
    pub kind: String,
    /// Why; 3 characters or more. The entity reads it.
    pub reason: String,
    /// For `duplicate`: the reference of the case the filings belong to (routed to you too).
    pub duplicate_of: Option<String>,
}

/// A stage the entity no longer owes.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WaiverRequest {
    /// The stage: early_warning, incident_notification, intermediate_report, progress_report or final_report.
    pub stage: String,
    /// Why; 3 characters or more. The entity reads it.
    pub reason: String,
}

/// Close a case: accept it (from `final_reported` only) or close it as not significant or as a
/// duplicate from any open state; the stages still owed become `waived` and the entity is told.
#[utoipa::path(
    post, path = "/api/v1/authority/cases/{id}/closure", tag = "authority", request_body = ClosureRequest,
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 201, description = "Closed; the case", body = crate::web::views::CaseView<crate::web::views::ReportView>),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The case is only copied to this authority for information", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case routed to this authority", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "This close is not allowed now; `detail` says why (e.g. a stage is still owed)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, each named", body = Problem, content_type = "application/problem+json"),
        crate::web::api::incidents::BodyErrors,
    ),
    security(("authority_token" = []))
)]
pub async fn close(
    state: web::Data<AppState>,
    client: AuthorityClient,
    path: web::Path<String>,
    body: crate::web::extract::ApiJson<ClosureRequest>,
) -> Result<HttpResponse, AppError> {
    let b = body.value;
    let input = ActionInput {
        kind: Some(b.kind),
        reason: Some(b.reason),
        duplicate_of: b.duplicate_of,
        ..Default::default()
    };
    run(&state, client.0, &path, "close", input).await
}

/// Waive one stage that is pending or overdue; the others stay owed. The entity is told.
#[utoipa::path(
    post, path = "/api/v1/authority/cases/{id}/waivers", tag = "authority", request_body = WaiverRequest,
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 201, description = "Waived; the case", body = crate::web::views::CaseView<crate::web::views::ReportView>),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The case is only copied to this authority for information", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case routed to this authority", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The stage is not pending or overdue, or the case is closed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields, each named", body = Problem, content_type = "application/problem+json"),
        crate::web::api::incidents::BodyErrors,
    ),
    security(("authority_token" = []))
)]
pub async fn waive(
    state: web::Data<AppState>,
    client: AuthorityClient,
    path: web::Path<String>,
    body: crate::web::extract::ApiJson<WaiverRequest>,
) -> Result<HttpResponse, AppError> {
    let b = body.value;
    let input = ActionInput {
        stage: Some(b.stage),
        reason: Some(b.reason),
        ..Default::default()
    };
    run(&state, client.0, &path, "waive", input).await
}
