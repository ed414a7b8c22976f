//! HTTP: the route table, shared state and the headers every response carries.

pub mod api;
pub mod api_keys;
pub mod authority;
pub mod error;
pub mod extract;
pub mod forms;
pub mod openapi;
pub mod pages;
pub mod password_gate;
pub mod rate_limit;
pub mod views;

use crate::app::AppError;
use crate::domain::routing::RoutingTable;
use crate::secrets::SecretKey;
use actix_web::{middleware::DefaultHeaders, web, HttpResponse};
use std::sync::Arc;

/// Everything a handler needs, passed as one `web::Data`.
pub struct AppState {
    pub db: crate::app::Store,
    /// Where every handler reads "now".
    pub clock: crate::domain::clock::SharedClock,
    pub base_url: String,
    pub api_keys: api_keys::ApiKeyCache,
    pub routing: Arc<RoutingTable>,
    /// Wakes the delivery worker after a filing.
    pub wake: Arc<tokio::sync::Notify>,
    /// Derives follow-up links and CSRF tokens.
    pub secret: SecretKey,
    /// Public form submissions per client address.
    pub form_limit: rate_limit::RateLimiter,
    /// Login attempts per client address (accounts also lock after repeated failures).
    pub login_limit: rate_limit::RateLimiter,
    /// Bounds concurrent password checks (memory), refusing early beyond the bound.
    pub password_gate: password_gate::PasswordGate,
    /// API requests per API key; `None` when unlimited.
    pub api_limit: Option<rate_limit::RateLimiter<uuid::Uuid>>,
    /// The authority queue's recent counts.
    pub queue_counts: authority::queue::CountCache,
}

impl AppState {
    /// What the shared filing code needs from this instance.
    pub fn desk(&self) -> crate::app::filing::Desk<'_> {
        crate::app::filing::Desk {
            routing: &self.routing,
            secret: &self.secret,
        }
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
        .route("/api/v1/entity", web::get().to(api::profile::show))
        .route("/api/v1/entity", web::put().to(api::profile::update))
        .service(
            web::scope("/api/v1/incidents")
                .route("", web::post().to(api::incidents::open_case))
                .route("", web::get().to(api::incidents::list_cases))
                .route("/{id}", web::get().to(api::incidents::get_case))
                .route("/{id}/reports", web::post().to(api::incidents::add_report))
                .route("/{id}/messages", web::post().to(api::messages::post)),
        )
        .service(
            web::scope("/api/v1/authority/cases")
                .route("", web::get().to(api::authority::list))
                .route("/{id}", web::get().to(api::authority::get))
                .route("/{id}/feedback", web::post().to(api::authority::feedback))
                .route("/{id}/entity", web::post().to(api::linking::link))
                .route(
                    "/{id}/intermediate-requests",
                    web::post().to(api::authority::request),
                ),
        )
        .configure(pages::routes)
        .configure(authority::routes)
        .default_service(web::to(not_found));
}

/// Every state-changing form route (all POST), as the route table registers them behind the
/// CSRF guard: the test that forges a post to each reads this list, so none is forgotten.
pub fn form_posts() -> Vec<String> {
    let public = pages::posts().into_iter().map(|(p, _)| (pages::SCOPE, p));
    let staff = authority::posts()
        .into_iter()
        .map(|(p, _)| (authority::SCOPE, p));
    public
        .chain(staff)
        .map(|(scope, p)| format!("{scope}{p}"))
        .collect()
}

/// Extractor errors rendered as the same problem documents as every other error.
pub fn extractor_config(cfg: &mut web::ServiceConfig) {
    cfg.app_data(
        web::QueryConfig::default()
            .error_handler(|e, _| AppError::BadRequest(format!("bad query string: {e}")).into()),
    )
    .app_data(web::PathConfig::default().error_handler(|_, _| AppError::NotFound.into()));
}

/// Strict headers on every response: nothing is framed, sniffed, cached or referred, no
/// script runs, and pages load only this site's stylesheet. HSTS when served over TLS.
pub fn security_headers(tls: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "no-referrer"))
        .add((
            "Content-Security-Policy",
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
             frame-ancestors 'none'; base-uri 'none'",
        ))
        .add(("Cache-Control", "no-store"));
    if tls {
        headers.add((
            "Strict-Transport-Security",
            "max-age=31536000; includeSubDomains",
        ))
    } else {
        headers
    }
}

/// The request line for the access log, with bearer tokens in paths (follow-up and draft
/// links) replaced: whoever reads the logs must not be able to open a reporter's case.
pub fn loggable_request(req: &actix_web::dev::ServiceRequest) -> String {
    let path = req.path();
    let shown = ["/report/follow-up/", "/report/draft/"]
        .iter()
        .find_map(|prefix| {
            path.strip_prefix(prefix).map(|rest| {
                let tail = rest.find('/').map(|i| &rest[i..]).unwrap_or("");
                format!("{prefix}<token>{tail}")
            })
        })
        .unwrap_or_else(|| path.to_string());
    format!("{} {}", req.method(), shown)
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

#[cfg(test)]
mod tests {
    #[test]
    fn access_log_never_shows_a_follow_up_or_draft_token() {
        let line = |uri: &str| {
            super::loggable_request(&actix_web::test::TestRequest::with_uri(uri).to_srv_request())
        };
        assert_eq!(
            line("/report/follow-up/abcdef0123/file/final_report?x=1"),
            "GET /report/follow-up/<token>/file/final_report"
        );
        assert_eq!(
            line("/report/draft/abcdef0123"),
            "GET /report/draft/<token>"
        );
        assert_eq!(line("/api/v1/incidents"), "GET /api/v1/incidents");
    }
}
