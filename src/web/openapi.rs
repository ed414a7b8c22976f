//! The OpenAPI 3.1 document, generated from the handlers and types that serve the API.

use super::api::incidents;
use super::views;
use crate::domain::report::fields::{self, CodeList, Field, Kind};
use actix_web::HttpResponse;
use serde_json::{json, Map, Value};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "incident-intake API", description = "File NIS2 (Art. 23) incident reports and follow their deadlines; one incident may hold threads of several regimes (DORA, GDPR, CRA), whose stages and the fields each stage requires are listed under `x-regimes`. Errors are RFC 9457 problem documents. Fields are typed strictly: a value of another JSON type than the one documented (e.g. a number for a text) is a 422 naming the field, never converted."),
    paths(
        incidents::open_case, incidents::add_report, incidents::list_cases, incidents::get_case,
        super::api::messages::post, super::api::profile::show, super::api::profile::update,
        super::api::authority::list, super::api::authority::get, super::api::authority::feedback,
        super::api::authority::request, super::api::authority::delay_dissemination,
        super::api::packages::create, super::api::packages::of_case, super::api::packages::list,
        super::api::packages::get, super::api::packages::revoke,
        super::api::withdrawal::post, super::api::closing::close, super::api::closing::waive,
        super::api::linking::link, super::api::threads::settle,
    ),
    components(schemas(views::DeadlineView, views::ThreadView, views::ReportView, views::ReportSummary, views::CaseList, views::MessageView, views::ClosureView, crate::domain::closure::Waiver, crate::web::error::Problem)),
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
        .body(document().to_string())
}

/// The document, with the report's fields described from the field registry: each field's
/// type, format and code list come from there, its prose from the input type's doc comments.
pub fn document() -> Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    let schema = &mut doc["components"]["schemas"]["ReportInput"];
    let required: Vec<Value> = schema["required"].as_array().cloned().unwrap_or_default();
    let derived = schema["properties"].take();
    let mut properties = Map::new();
    for f in fields::all() {
        let before = derived.get(f.name).cloned().unwrap_or(Value::Null);
        let nullable = !required.iter().any(|r| r == f.name);
        let mut p = property(f, &before, nullable);
        for key in ["description", "example", "examples"] {
            if let (Some(v), Some(o)) = (before.get(key), p.as_object_mut()) {
                o.insert(key.into(), v.clone());
            }
        }
        properties.insert(f.name.into(), p);
    }
    schema["properties"] = Value::Object(properties);
    doc["x-regimes"] = regimes();
    doc
}

/// Each regime's stages in filing order and the fields each stage requires (spec §7), from
/// the same tables the filing is checked against (`domain::regimes`), and the shared facts
/// a recipient of that regime sees.
fn regimes() -> Value {
    use crate::domain::codes::Regime;
    use crate::domain::regimes::{fields as rf, stages};
    let one = |r: Regime| {
        let stages: Vec<Value> = (stages(r).iter())
            .map(|s| json!({"stage": s.as_str(), "required": rf::required(r, *s)}))
            .collect();
        (
            r.as_str().to_string(),
            json!({"stages": stages, "visible_fields": rf::field_set(r)}),
        )
    };
    Value::Object(Regime::ALL.iter().map(|r| one(*r)).collect())
}

/// One report field's schema from its registry kind; structured kinds keep their derived
/// reference to the input type (`IocInput`, `TimelineInput`, `CrossBorderImpactInput`). The
/// API holds bodies to these JSON types (`crate::domain::report::type_errors`): both read the
/// same registry kind, so the document and the check cannot drift apart.
fn property(f: &Field, derived: &Value, nullable: bool) -> Value {
    let ty = |t: &str| {
        if nullable {
            json!([t, "null"])
        } else {
            json!(t)
        }
    };
    let codes = |l: CodeList| json!({ "type": "string", "enum": l.codes() });
    match f.kind {
        Kind::Iocs | Kind::Timeline | Kind::Object(_) | Kind::Answers => derived.clone(),
        Kind::Line { .. } | Kind::Text { .. } | Kind::Money | Kind::Cvss => {
            json!({ "type": ty("string") })
        }
        Kind::CountOrUnknown => {
            let mut any = vec![
                json!({ "type": "integer", "format": "int64", "minimum": 0 }),
                json!({ "type": "string", "enum": ["unknown"] }),
            ];
            if nullable {
                any.push(json!({ "type": "null" }));
            }
            json!({ "anyOf": any })
        }
        Kind::DateTime => json!({ "type": ty("string"), "format": "date-time" }),
        Kind::Uuid => json!({ "type": ty("string"), "format": "uuid" }),
        Kind::Bool => json!({ "type": ty("boolean") }),
        Kind::Count => json!({ "type": ty("integer"), "format": "int64", "minimum": 0 }),
        Kind::Tri | Kind::Code(_) => {
            let mut list: Vec<Value> = f
                .codes()
                .map(|l| l.codes())
                .unwrap_or_default()
                .into_iter()
                .map(Value::from)
                .collect();
            if nullable {
                list.push(Value::Null);
            }
            json!({ "type": ty("string"), "enum": list })
        }
        Kind::Codes(l) => json!({ "type": ty("array"), "items": codes(l) }),
        Kind::List(_) => json!({ "type": ty("array"), "items": { "type": "string" } }),
    }
}
