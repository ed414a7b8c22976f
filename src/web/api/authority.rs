//! `/api/v1/authority`: the authority's own systems, with tokens from
//! `intake authority-token create`: the scoped queue, cases, feedback and requests for
//! intermediate reports. The same checks and audit entries as the workspace.

use crate::app::handling::{self, Action, ActionInput, Officer};
use crate::app::AppError;
use crate::web::authority::case::case_json as load_case;
use crate::web::authority::queue::{fetch as queue_page, QueueItem, QueueQuery};
use crate::web::error::Problem;
use crate::web::AppState;
use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use futures_util::future::LocalBoxFuture;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// The authority behind a valid token; it acts with a reviewer's rights.
pub struct AuthorityClient(pub Officer);

impl FromRequest for AuthorityClient {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|s| s.trim().to_string())
            .filter(|s| s.starts_with("iat_") && s.len() < 200);
        crate::web::extract::CredentialGate::check(req, async move {
            match (state, token) {
                (Some(state), Some(token)) => {
                    crate::web::credentials::authority_officer(&state, token)
                        .await
                        .map(AuthorityClient)
                }
                _ => Err(AppError::Unauthorized),
            }
        })
    }
}

/// A page of the authority's queue.
#[derive(Debug, Serialize, ToSchema)]
pub struct QueuePage {
    pub items: Vec<QueueItem>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

/// The cases routed to the token's authority, with the workspace queue's filters.
#[utoipa::path(
    get, path = "/api/v1/authority/cases", tag = "authority", params(QueueQuery),
    operation_id = "list_authority_cases",
    responses(
        (status = 200, description = "A page of 50 cases, most urgent first by default", body = QueuePage),
        (status = 400, description = "A filter value names nothing", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
    ),
    security(("authority_token" = []))
)]
pub async fn list(
    state: web::Data<AppState>,
    client: AuthorityClient,
    q: web::Query<QueueQuery>,
) -> Result<HttpResponse, AppError> {
    let (items, total, page, pages) = queue_page(&state, &client.0.authority, &q, None).await?;
    Ok(HttpResponse::Ok().json(QueuePage {
        items,
        total,
        page,
        pages,
    }))
}

/// One case routed to the token's authority, with its conversation (the access is audited).
#[utoipa::path(
    get, path = "/api/v1/authority/cases/{id}", tag = "authority",
    operation_id = "get_authority_case",
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 200, description = "The case", body = crate::web::views::CaseView<crate::web::views::ReportView>),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case routed to this authority", body = Problem, content_type = "application/problem+json"),
    ),
    security(("authority_token" = []))
)]
pub async fn get(
    state: web::Data<AppState>,
    client: AuthorityClient,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = Uuid::parse_str(&path).map_err(|_| AppError::NotFound)?;
    let view = load_case(&state, &client.0, id).await?;
    Ok(HttpResponse::Ok().json(view))
}

/// Initial feedback or guidance to the reporter (Art. 23(5)).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    /// acknowledgement, initial_feedback, mitigation_guidance, technical_support or law_enforcement_guidance.
    pub kind: String,
    pub message: String,
}

/// A request for an intermediate report (Art. 23(4)(c)).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IntermediateRequest {
    pub questions: String,
    /// RFC 3339, in the future.
    pub due_at: String,
    /// `cra_vulnerability` or `cra_incident`: the coordinator CSIRT asks on that CRA thread
    /// (CRA Art. 14(6)); absent: the NIS2 report (Art. 23(4)(c)).
    pub regime: Option<String>,
}

pub(super) async fn run(
    state: &AppState,
    officer: Officer,
    raw_id: &str,
    name: &str,
    input: ActionInput,
) -> Result<HttpResponse, AppError> {
    let id = Uuid::parse_str(raw_id).map_err(|_| AppError::NotFound)?;
    let action = Action::parse(name, &input)?;
    let routing = state.routing.clone();
    let (o, now, key) = (officer.clone(), state.clock.now(), state.audit_key.clone());
    state
        .db
        .write(move |c| handling::act(c, &key, &routing, &o, id, action, now))
        .await?;
    state.wake.notify_one();
    let view = load_case(state, &officer, id).await?;
    Ok(HttpResponse::Created().json(view))
}

/// Send feedback to the reporter; they are mailed that there is something new.
#[utoipa::path(
    post, path = "/api/v1/authority/cases/{id}/feedback", tag = "authority", request_body = Feedback,
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 201, description = "Feedback recorded; the case", body = crate::web::views::CaseView<crate::web::views::ReportView>),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The case is only copied to this authority for information", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case routed to this authority", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        crate::web::api::incidents::BodyErrors,
    ),
    security(("authority_token" = []))
)]
pub async fn feedback(
    state: web::Data<AppState>,
    client: AuthorityClient,
    path: web::Path<String>,
    body: crate::web::extract::ApiJson<Feedback>,
) -> Result<HttpResponse, AppError> {
    let f = body.value;
    run(
        &state,
        client.0,
        &path,
        "feedback",
        ActionInput {
            kind: Some(f.kind),
            message: Some(f.message),
            ..Default::default()
        },
    )
    .await
}

/// Ask the reporter for an intermediate report by a due time; it becomes a pending stage.
#[utoipa::path(
    post, path = "/api/v1/authority/cases/{id}/intermediate-requests", tag = "authority", request_body = IntermediateRequest,
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 201, description = "Request recorded; the case with its new deadline", body = crate::web::views::CaseView<crate::web::views::ReportView>),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The case is only copied to this authority for information", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case routed to this authority", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The case is closed or the due time has passed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
        crate::web::api::incidents::BodyErrors,
    ),
    security(("authority_token" = []))
)]
pub async fn request(
    state: web::Data<AppState>,
    client: AuthorityClient,
    path: web::Path<String>,
    body: crate::web::extract::ApiJson<IntermediateRequest>,
) -> Result<HttpResponse, AppError> {
    let r = body.value;
    run(
        &state,
        client.0,
        &path,
        "request",
        ActionInput {
            questions: Some(r.questions),
            due_at: Some(r.due_at),
            regime: r.regime,
            ..Default::default()
        },
    )
    .await
}

/// The CRA coordinator CSIRT's decision to delay dissemination (CRA Art. 16(2)).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DisseminationDelay {
    /// The justified grounds, 10 to 2000 characters.
    pub reason: String,
}

/// Record a delay of dissemination with its reason (audited on the case); the case.
#[utoipa::path(
    post, path = "/api/v1/authority/cases/{id}/dissemination-delays", tag = "authority", request_body = DisseminationDelay,
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 201, description = "Delay recorded; the case", body = crate::web::views::CaseView<crate::web::views::ReportView>),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case routed to this authority", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The case has no CRA thread this authority coordinates", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "No reason, or one too short or too long", body = Problem, content_type = "application/problem+json"),
        crate::web::api::incidents::BodyErrors,
    ),
    security(("authority_token" = []))
)]
pub async fn delay_dissemination(
    state: web::Data<AppState>,
    client: AuthorityClient,
    path: web::Path<String>,
    body: crate::web::extract::ApiJson<DisseminationDelay>,
) -> Result<HttpResponse, AppError> {
    let id = Uuid::parse_str(&path).map_err(|_| AppError::NotFound)?;
    let reason = body.value.reason;
    let (o, now, key) = (client.0.clone(), state.clock.now(), state.audit_key.clone());
    let routing = state.routing.clone();
    state
        .db
        .write(move |c| {
            crate::app::dissemination::delay(c, &key, &routing, &o, id, Some(&reason), now)
        })
        .await?;
    let view = load_case(&state, &client.0, id).await?;
    Ok(HttpResponse::Created().json(view))
}
