//! HTTP: the route table, shared state and the headers every response carries.

pub mod api;
pub mod api_keys;
pub mod extract;
pub mod openapi;
pub mod views;

use crate::domain::codes::Regime;
use crate::domain::member_state::MemberState;
use crate::domain::routing::RoutingTable;
use crate::domain::sector::Classification;
use crate::error::AppError;
use crate::storage::Db;
use actix_web::{middleware::DefaultHeaders, web, HttpResponse};
use std::sync::Arc;

/// Everything a handler needs, passed as one `web::Data`.
pub struct AppState {
    pub db: Db,
    pub base_url: String,
    pub api_keys: api_keys::ApiKeyCache,
    pub routing: Arc<RoutingTable>,
    /// Wakes the delivery worker after a filing.
    pub wake: Arc<tokio::sync::Notify>,
}

impl AppState {
    /// Time zone of the authority in charge of a case; "one month" is computed in it.
    /// Unrouted cases use the member state's legal time.
    pub fn timezone_for(&self, ms: MemberState, c: &Classification) -> chrono_tz::Tz {
        self.routing
            .route(Regime::Nis2, ms, c, &[])
            .first()
            .map(|r| r.authority.timezone)
            .unwrap_or_else(|| ms.default_timezone())
    }

    pub fn admins(&self) -> Vec<String> {
        self.routing
            .admins
            .iter()
            .map(|a| a.as_ref().to_string())
            .collect()
    }
}

/// Every route of the service, in one place.
pub fn routes(cfg: &mut web::ServiceConfig) {
    extractor_config(cfg);
    cfg.route("/healthz", web::get().to(healthz))
        .route("/api/v1/openapi.json", web::get().to(openapi::serve))
        .service(
            web::scope("/api/v1/incidents")
                .route("", web::post().to(api::incidents::open_case))
                .route("", web::get().to(api::incidents::list_cases))
                .route("/{id}", web::get().to(api::incidents::get_case))
                .route("/{id}/reports", web::post().to(api::incidents::add_report)),
        )
        .default_service(web::to(not_found));
}

/// Extractor errors rendered as the same problem documents as every other error.
pub fn extractor_config(cfg: &mut web::ServiceConfig) {
    cfg.app_data(
        web::QueryConfig::default()
            .error_handler(|e, _| AppError::BadRequest(format!("bad query string: {e}")).into()),
    )
    .app_data(web::PathConfig::default().error_handler(|_, _| AppError::NotFound.into()));
}

/// Strict headers on every response: nothing is framed, sniffed, cached or referred.
pub fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "no-referrer"))
        .add((
            "Content-Security-Policy",
            "default-src 'none'; frame-ancestors 'none'",
        ))
        .add(("Cache-Control", "no-store"))
}

/// 200 when the database answers, 503 otherwise.
async fn healthz(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    use diesel::connection::SimpleConnection;
    state
        .db
        .read(|c| {
            c.batch_execute("SELECT 1")
                .map_err(|e| AppError::Unavailable(e.to_string()))
        })
        .await?;
    Ok(HttpResponse::Ok().content_type("text/plain").body("ok\n"))
}

async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}
