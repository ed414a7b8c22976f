//! `POST /api/v1/incidents/{id}/messages`: the reporter answers the authorities.

use crate::app::AppError;
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

/// A message to the authorities handling the case.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMessage {
    pub message: String,
}

/// Answer the authorities (feedback, questions, requests) on one of the caller's cases.
#[utoipa::path(
    post, path = "/api/v1/incidents/{id}/messages", tag = "incidents",
    operation_id = "post_message",
    request_body = NewMessage,
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 201, description = "Message recorded; the case with its conversation", body = CaseView<ReportView>),
        (status = 401, description = "Missing or invalid API key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case for this API key", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Empty or oversized message", body = Problem, content_type = "application/problem+json"),
        crate::web::api::incidents::BodyErrors,
    ),
    security(("api_key" = []))
)]
pub async fn post(
    state: web::Data<AppState>,
    client: ApiClient,
    path: web::Path<String>,
    body: ApiJson<NewMessage>,
) -> Result<HttpResponse, AppError> {
    let case_id = Uuid::parse_str(&path).map_err(|_| AppError::NotFound)?;
    let entity = client.entity.id;
    let message = body.value.message;
    let (now, key) = (state.clock.now(), state.audit_key.clone());
    let view = state
        .db
        .write(move |c| {
            let case = cases::find_case(c, case_id, Some(entity))?.ok_or(AppError::NotFound)?;
            crate::app::handling::reporter_message(c, &key, case_id, &message, now)?;
            let subs = cases::submissions_of(c, case_id)?;
            let mail = outbox::of_case(c, case_id)?;
            let events = events::events_of(c, case_id, None)?;
            Ok(views::full(&case, &subs, &mail, now).with_messages(&events))
        })
        .await?;
    Ok(HttpResponse::Created().json(view))
}
