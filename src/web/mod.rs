//! HTTP: the route table, shared state and the headers every response carries.

pub mod access_log;
pub mod api;
pub mod authority;
pub mod client_address;
pub mod cookies;
pub mod credentials;
pub mod error;
pub mod extract;
pub mod forms;
pub mod head_deadline;
pub mod housekeeping;
pub mod lang;
pub mod openapi;
pub mod pages;
pub mod password_gate;
pub mod rate_limit;
pub mod security_txt;
pub mod slow_clients;
pub mod views;

use crate::app::AppError;
use crate::domain::msg::Msg;
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
    pub routing: Arc<RoutingTable>,
    /// Wakes the delivery worker after a filing.
    pub wake: Arc<tokio::sync::Notify>,
    /// Derives follow-up links and CSRF tokens.
    pub secret: SecretKey,
    /// Keys the audit chain (never stored in the database).
    pub audit_key: crate::domain::audit_chain::ChainKey,
    /// Public form submissions per client address.
    pub form_limit: rate_limit::RateLimiter,
    /// Login attempts per client address (accounts also lock after repeated failures).
    pub login_limit: rate_limit::RateLimiter,
    /// Bounds concurrent password checks (memory), refusing early beyond the bound.
    pub password_gate: password_gate::PasswordGate,
    /// API requests per API key and per authority token; `None` when unlimited.
    pub api_limit: Option<rate_limit::RateLimiter<uuid::Uuid>>,
    /// The request-body deadline and the requests one address may have in flight.
    pub slow_clients: Arc<slow_clients::SlowClients>,
    /// How long drafts live and how many one address may keep.
    pub drafts: crate::app::drafts::DraftRules,
    /// The authority queue's recent counts.
    pub queue_counts: authority::queue::CountCache,
    /// The API clients' entities as last parsed, reused while their row is unchanged.
    pub parsed_entities: Arc<crate::storage::entities::ParsedEntities>,
    /// The reverse proxies whose forwarding headers name the client (`client_address`).
    pub trusted_proxies: crate::config::TrustedProxies,
    /// Published at `/.well-known/security.txt` (`INTAKE_SECURITY_CONTACT`).
    pub security_contact: Vec<String>,
}

impl AppState {
    /// What the shared filing code needs from this instance.
    pub fn desk(&self) -> crate::app::filing::Desk<'_> {
        crate::app::filing::Desk {
            routing: &self.routing,
            secret: &self.secret,
            audit: &self.audit_key,
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
        .route("/language/{tag}", web::get().to(lang::choose))
        .route("/api/v1/openapi.json", web::get().to(openapi::serve))
        .route(
            "/.well-known/security.txt",
            web::get().to(security_txt::serve),
        )
        .route("/api/v1/entity", web::get().to(api::profile::show))
        .route("/api/v1/entity", web::put().to(api::profile::update))
        .service(
            web::scope("/api/v1/incidents")
                .route("", web::post().to(api::incidents::open_case))
                .route("", web::get().to(api::incidents::list_cases))
                .route("/{id}", web::get().to(api::incidents::get_case))
                .route("/{id}/reports", web::post().to(api::incidents::add_report))
                .route("/{id}/messages", web::post().to(api::messages::post))
                .route("/{id}/withdrawal", web::post().to(api::withdrawal::post))
                .route(
                    "/{id}/threads/{regime}",
                    web::post().to(api::threads::settle),
                ),
        )
        .service(
            web::scope("/api/v1/authority/cases")
                .route("", web::get().to(api::authority::list))
                .route("/{id}", web::get().to(api::authority::get))
                .route("/{id}/feedback", web::post().to(api::authority::feedback))
                .route(
                    "/{id}/dissemination-delays",
                    web::post().to(api::authority::delay_dissemination),
                )
                .route("/{id}/entity", web::post().to(api::linking::link))
                .route(
                    "/{id}/intermediate-requests",
                    web::post().to(api::authority::request),
                )
                .route("/{id}/closure", web::post().to(api::closing::close))
                .route("/{id}/waivers", web::post().to(api::closing::waive))
                .route("/{id}/packages", web::post().to(api::packages::create))
                .route("/{id}/packages", web::get().to(api::packages::of_case)),
        )
        .service(
            web::scope("/api/v1/authority/packages")
                .route("", web::get().to(api::packages::list))
                .route("/{id}", web::get().to(api::packages::get))
                .route("/{id}", web::delete().to(api::packages::revoke)),
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
            .error_handler(|_, _| AppError::BadRequest(Msg::t("api-bad-query")).into()),
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

/// An unknown address: a problem document under `/api/`, else the error page a browser can
/// read (in the page's language, like every page).
async fn not_found(req: actix_web::HttpRequest) -> HttpResponse {
    if req.path().starts_with("/api/") {
        // A response, not an error: the localising middleware does not see it.
        AppError::NotFound.response_in(crate::web::lang::api_lang(req.headers()))
    } else {
        let tr = crate::web::lang::page_tr(&req, None);
        crate::web::error::PageError(AppError::NotFound).page_in(tr)
    }
}
