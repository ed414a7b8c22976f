//! `POST /api/v1/incidents/{id}/withdrawal`: the entity withdraws its report (spec §1.5).

use crate::app::handling;
use crate::app::AppError;
use crate::domain::audit::Actor;
use crate::storage::entities::ApiClient;
use crate::storage::{cases, handling as events, outbox};
use crate::web::error::Problem;
use crate::web::extract::ApiJson;
use crate::web::views::{self, CaseView, ReportView};
use crate::web::AppState;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// Why the entity withdraws its report (the `withdrawal_reason` of the spec).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Withdrawal {
    /// E.g. "assessed as not significant after all"; 3 characters or more.
    pub reason: String,
}

/// Withdraw one of the caller's reports: allowed after the early warning, the notification or a
/// progress report; the stages still owed are waived and the routed authorities are mailed.
/// The authority may reopen the case.
#[utoipa::path(
    post, path = "/api/v1/incidents/{id}/withdrawal", tag = "incidents",
    operation_id = "withdraw_case",
    request_body = Withdrawal,
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 200, description = "Withdrawn; the case with state `withdrawn`", body = CaseView<ReportView>),
        (status = 401, description = "Missing or invalid API key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case for this API key", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The case cannot be withdrawn now (closed, withdrawn, final report in); `detail` says why", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Missing or too short reason", body = Problem, content_type = "application/problem+json"),
        crate::web::api::incidents::BodyErrors,
    ),
    security(("api_key" = []))
)]
pub async fn post(
    state: web::Data<AppState>,
    client: ApiClient,
    path: web::Path<String>,
    body: ApiJson<Withdrawal>,
) -> Result<HttpResponse, AppError> {
    let case_id = Uuid::parse_str(&path).map_err(|_| AppError::NotFound)?;
    let (entity, key) = (client.entity.id, client.key_id);
    let reason = body.value.reason;
    let now = state.clock.now();
    let (routing, audit_key) = (state.routing.clone(), state.audit_key.clone());
    let view = state
        .db
        .write(move |c| {
            let request = handling::Withdrawal {
                case_id,
                entity_id: Some(entity),
                who: Actor::ApiKey(key),
                reason: Some(reason),
            };
            let case = handling::withdraw(c, &audit_key, &routing, request, now)?;
            let subs = cases::submissions_of(c, case_id)?;
            let mail = outbox::of_case(c, case_id)?;
            let events = events::events_of(c, case_id, None)?;
            Ok(views::full(&case, &subs, &mail, now).with_messages(&events))
        })
        .await?;
    state.wake.notify_one();
    Ok(HttpResponse::Ok().json(view))
}
