//! `POST /api/v1/authority/cases/{id}/entity`: staff of an authority in charge link a filing
//! from an unaffiliated filer (the public form) to a registered entity (spec §2.2); audited.

use crate::app::linking::link_entity;
use crate::app::AppError;
use crate::web::api::authority::AuthorityClient;
use crate::web::authority::case::case_json as load_case;
use crate::web::error::Problem;
use crate::web::extract::ApiJson;
use crate::web::AppState;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// The registered entity a case is linked to.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EntityLink {
    /// Id of a registered entity (as `intake entity add` printed it).
    pub entity_id: String,
}

/// Link a case filed through the public form to a registered entity; the entity's API key
/// then sees the case. Refused for cases of registered entities and for information copies.
#[utoipa::path(
    post, path = "/api/v1/authority/cases/{id}/entity", tag = "authority", request_body = EntityLink,
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 200, description = "Linked; the case", body = crate::web::views::CaseView<crate::web::views::ReportView>),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The case is only copied to this authority for information", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case routed to this authority", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The case already belongs to a registered entity", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`entity_id` names no registered entity", body = Problem, content_type = "application/problem+json"),
        crate::web::api::incidents::BodyErrors,
    ),
    security(("authority_token" = []))
)]
pub async fn link(
    state: web::Data<AppState>,
    client: AuthorityClient,
    path: web::Path<String>,
    body: ApiJson<EntityLink>,
) -> Result<HttpResponse, AppError> {
    let id = Uuid::parse_str(&path).map_err(|_| AppError::NotFound)?;
    let (officer, now) = (client.0.clone(), state.clock.now());
    let raw = body.value.entity_id.clone();
    let key = state.audit_key.clone();
    state
        .db
        .write(move |c| link_entity(c, &key, &officer, id, Some(&raw), now))
        .await?;
    let view = load_case(&state, &client.0, id).await?;
    Ok(HttpResponse::Ok().json(view))
}
