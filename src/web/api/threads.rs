//! `POST /api/v1/incidents/{id}/threads/{regime}`: the entity confirms or declines a thread
//! the service proposed on its case (spec §7; a GDPR breach when personal data are involved,
//! GDPR Art. 33).

use crate::app::threads::{self, Settlement};
use crate::app::AppError;
use crate::domain::audit::Actor as Who;
use crate::domain::codes::Regime;
use crate::domain::msg::Msg;
use crate::domain::validation::FieldErrors;
use crate::storage::audit::Actor;
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

/// The entity's decision on a proposed thread.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ThreadDecision {
    /// `confirm`: the thread opens and its clock runs (GDPR: breach notification 72 h after
    /// `aware_at`); `decline`: it ends as `declined` (the breach is unlikely to result in a
    /// risk to individuals, GDPR Art. 33(1)). Filing a stage of the thread confirms it too.
    pub decision: String,
}

/// Confirm or decline a proposed thread of one of the caller's cases (`threads[].status`
/// `proposed`). The case is returned with the thread's deadline rows.
#[utoipa::path(
    post, path = "/api/v1/incidents/{id}/threads/{regime}", tag = "incidents",
    operation_id = "settle_thread",
    request_body = ThreadDecision,
    params(
        ("id" = Uuid, Path, description = "Case id"),
        ("regime" = String, Path, description = "The proposed thread's regime, e.g. `gdpr`"),
    ),
    responses(
        (status = 200, description = "Settled; the case with the thread `open` or `ended`", body = CaseView<ReportView>),
        (status = 401, description = "Missing or invalid API key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case for this API key", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The thread is not proposed (already open, ended or absent) or the case has ended; `detail` says why", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown `regime` or `decision`", body = Problem, content_type = "application/problem+json"),
        crate::web::api::incidents::BodyErrors,
    ),
    security(("api_key" = []))
)]
pub async fn settle(
    state: web::Data<AppState>,
    client: ApiClient,
    path: web::Path<(String, String)>,
    body: ApiJson<ThreadDecision>,
) -> Result<HttpResponse, AppError> {
    let (raw_id, raw_regime) = path.into_inner();
    let case_id = Uuid::parse_str(&raw_id).map_err(|_| AppError::NotFound)?;
    let mut errors = FieldErrors::default();
    let regime = raw_regime.parse::<Regime>();
    if let Err(e) = &regime {
        errors.add("regime", e.clone());
    }
    let confirm = match body.value.decision.trim() {
        "confirm" => Some(true),
        "decline" => Some(false),
        _ => None,
    };
    if confirm.is_none() {
        errors.add("decision", Msg::t("api-thread-decision"));
    }
    let (Ok(regime), Some(confirm), true) = (regime, confirm, errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let settlement = Settlement {
        case_id,
        entity_id: client.entity.id,
        regime,
        confirm,
    };
    let actor = Actor {
        who: Who::ApiKey(client.key_id),
        authority_code: None,
    };
    let now = state.clock.now();
    let key = state.audit_key.clone();
    let view = state
        .db
        .write(move |c| {
            let case = threads::settle(c, &key, &actor, &settlement, now)?;
            let subs = cases::submissions_of(c, case_id)?;
            let mail = outbox::of_case(c, case_id)?;
            let events = events::events_of(c, case_id, None)?;
            Ok(views::full(&case, &subs, &mail, now).with_messages(&events))
        })
        .await?;
    Ok(HttpResponse::Ok().json(view))
}
