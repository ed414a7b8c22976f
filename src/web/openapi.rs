//! The OpenAPI 3.1 document, generated from the handlers and types that serve the API.

use super::api::incidents;
use super::views;
use actix_web::HttpResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "incident-intake API", description = "File NIS2 (Art. 23) incident reports and follow their deadlines. Errors are RFC 9457 problem documents."),
    paths(
        incidents::open_case, incidents::add_report, incidents::list_cases, incidents::get_case,
        super::api::messages::post,
        super::api::authority::list, super::api::authority::get, super::api::authority::feedback,
        super::api::authority::request,
    ),
    components(schemas(views::DeadlineView, views::ReportView, views::ReportSummary, views::CaseList, views::MessageView, crate::web::error::Problem)),
    modifiers(&ApiKeyAuth),
    tags(
        (name = "incidents", description = "Cases and their staged reports (reporting entities, API keys)"),
        (name = "authority", description = "The authority's queue and case handling (authority tokens)"),
    )
)]
pub struct ApiDoc;

struct ApiKeyAuth;

impl Modify for ApiKeyAuth {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "api_key",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("API key from `intake api-key create`"))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "authority_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("Authority token from `intake authority-token create`"))
                    .build(),
            ),
        );
    }
}

pub async fn serve() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(ApiDoc::openapi().to_json().unwrap_or_default())
}
