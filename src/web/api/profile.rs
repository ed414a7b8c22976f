//! `GET` and `PUT /api/v1/entity`: the calling entity's §2.2 profile (NIS2 Art. 26: main
//! establishment, member states served, EU representative; technical contact, 24x7, turnover,
//! LEI, CER critical entity). Later filings route and snapshot the updated profile.

use crate::app::AppError;
use crate::domain::entity::{EntityInput, EntityProfile};
use crate::domain::validation::FieldErrors;
use crate::storage::entities::{self, ApiClient};
use crate::web::error::Problem;
use crate::web::extract::ApiJson;
use crate::web::AppState;
use actix_web::{web, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

/// The profile as stored, with the member states that have jurisdiction (Art. 26).
#[derive(Debug, Serialize, ToSchema)]
pub struct ProfileView {
    #[schema(value_type = Object)]
    pub profile: serde_json::Value,
    /// Member states whose authorities receive this entity's reports, the first one the
    /// case's own (reference, time zone).
    pub jurisdiction: Vec<String>,
}

fn view(p: &EntityProfile) -> Result<ProfileView, AppError> {
    Ok(ProfileView {
        profile: serde_json::to_value(p).map_err(anyhow::Error::from)?,
        jurisdiction: p
            .jurisdiction()
            .iter()
            .map(|m| m.eu_code().to_string())
            .collect(),
    })
}

/// The calling entity's profile.
#[utoipa::path(
    get, path = "/api/v1/entity", tag = "incidents",
    responses(
        (status = 200, description = "The profile", body = ProfileView),
        (status = 401, description = "Missing or invalid API key", body = Problem, content_type = "application/problem+json"),
    ),
    security(("api_key" = []))
)]
pub async fn show(client: ApiClient) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(view(&client.entity.profile)?))
}

/// Replace the calling entity's profile; every field error is named `entity.<field>`.
#[utoipa::path(
    put, path = "/api/v1/entity", tag = "incidents",
    request_body(content = Object, description = "The §2.2 profile: legal_name, member_state (or ms_establishment, `non_eu` allowed), sector, subsector, entity_type, entity_category, registration_id, registration_scheme, contact_name, email, phone, ms_main_establishment, ms_services_provided, eu_representative_{name,ms,email,phone}, technical_contact_{name,role,email,phone}, available_24x7, annual_turnover_prev_fy_eur, lei, is_cer_critical_entity"),
    responses(
        (status = 200, description = "The updated profile", body = ProfileView),
        (status = 401, description = "Missing or invalid API key", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        crate::web::api::incidents::BodyErrors,
    ),
    security(("api_key" = []))
)]
pub async fn update(
    state: web::Data<AppState>,
    client: ApiClient,
    body: ApiJson<EntityInput>,
) -> Result<HttpResponse, AppError> {
    let profile = EntityProfile::parse(&body.value).map_err(|e| {
        let mut named = FieldErrors::default();
        for x in e.list() {
            named.add(format!("entity.{}", x.field), x.msg.clone());
        }
        AppError::Validation(named)
    })?;
    let (id, p) = (client.entity.id, profile.clone());
    state
        .db
        .write(move |c| Ok(entities::update_profile(c, id, &p)?))
        .await?;
    Ok(HttpResponse::Ok().json(view(&profile)?))
}
