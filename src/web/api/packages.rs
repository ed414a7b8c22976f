//! Share packages in the authority API (spec v0.2 §6; NIS2 Art. 23(6)): the sending
//! authority makes them from a case (`POST /api/v1/authority/cases/{id}/packages`), lists
//! and revokes them; a recipient lists what it received and reads one package — never the
//! case, its other submissions, notes, audit trail or staff names.

use super::authority::AuthorityClient;
use crate::app::packages;
use crate::app::AppError;
use crate::domain::codes::Tlp;
use crate::domain::package::{Package, PackageField, PackageInput};
use crate::domain::routing::RoutingTable;
use crate::web::error::Problem;
use crate::web::extract::ApiJson;
use crate::web::AppState;
use actix_web::{web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

/// A package to share: recipients from the routing table, the chosen fields (nothing by
/// default), TLP (default amber), a note; the entity's identity stays redacted unless
/// `redact_identity` is false.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPackage {
    /// Authority codes of the routing table, e.g. `DE-BSI`, `EU-ENISA`.
    #[serde(default)]
    pub recipients: Vec<String>,
    #[serde(default)]
    #[schema(value_type = Vec<PackageField>)]
    pub fields: Vec<String>,
    #[serde(default)]
    #[schema(value_type = Option<Tlp>)]
    pub tlp: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// Default true: `entity_name` and `reference` cannot be shared while true.
    #[serde(default)]
    pub redact_identity: Option<bool>,
}

/// An authority, as a recipient reads it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuthorityRef {
    pub code: String,
    pub name: String,
}

/// A package as its recipient reads it: exactly the shared values and who shared them.
#[derive(Debug, Serialize, ToSchema)]
pub struct PackageView {
    pub id: Uuid,
    pub from: AuthorityRef,
    pub tlp: Tlp,
    pub note: String,
    pub created_at: DateTime<Utc>,
    pub identity_redacted: bool,
    pub fields: Vec<PackageField>,
    /// The shared values by field code; a chosen field the case did not hold is absent.
    #[schema(value_type = Object)]
    pub content: serde_json::Map<String, serde_json::Value>,
}

/// A package as its sender sees it: the view plus to whom and whether it still stands.
#[derive(Debug, Serialize, ToSchema)]
pub struct SentPackage {
    #[serde(flatten)]
    pub package: PackageView,
    pub case_id: Uuid,
    pub recipients: Vec<String>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The packages shared with the token's authority that still stand, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct PackageList {
    pub items: Vec<PackageView>,
}

/// The packages shared from one case.
#[derive(Debug, Serialize, ToSchema)]
pub struct SentPackageList {
    pub items: Vec<SentPackage>,
}

/// The recipient's view of a package.
pub fn view(routing: &RoutingTable, p: &Package) -> PackageView {
    PackageView {
        id: p.id,
        from: AuthorityRef {
            code: p.sender.to_string(),
            name: routing
                .authority(&p.sender)
                .map(|a| a.name.clone())
                .unwrap_or_default(),
        },
        tlp: p.tlp,
        note: p.note.clone(),
        created_at: p.created_at,
        identity_redacted: p.redact_identity,
        fields: p.fields.clone(),
        content: p.content.clone(),
    }
}

fn sent(routing: &RoutingTable, p: &Package) -> SentPackage {
    SentPackage {
        package: view(routing, p),
        case_id: p.case_id,
        recipients: p.recipients.iter().map(|r| r.to_string()).collect(),
        revoked_at: p.revoked_at,
    }
}

fn id_of(raw: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(raw).map_err(|_| AppError::NotFound)
}

/// The input of a package from the API body.
pub fn input(b: NewPackage) -> PackageInput {
    PackageInput {
        recipients: b.recipients,
        fields: b.fields,
        tlp: b.tlp,
        note: b.note,
        redact_identity: b.redact_identity,
    }
}

/// Share chosen fields of a case with other authorities (Art. 23(6), 23(8), 23(10)).
#[utoipa::path(
    post, path = "/api/v1/authority/cases/{id}/packages", tag = "authority", request_body = NewPackage,
    operation_id = "create_package",
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 201, description = "The package; each recipient is mailed", body = SentPackage),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case routed to this authority", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown recipient, no field chosen, or another invalid field", body = Problem, content_type = "application/problem+json"),
        crate::web::api::incidents::BodyErrors,
    ),
    security(("authority_token" = []))
)]
pub async fn create(
    state: web::Data<AppState>,
    client: AuthorityClient,
    path: web::Path<String>,
    body: ApiJson<NewPackage>,
) -> Result<HttpResponse, AppError> {
    let id = id_of(&path)?;
    let (routing, now, o) = (state.routing.clone(), state.clock.now(), client.0);
    let request = input(body.value);
    let r = routing.clone();
    let key = state.audit_key.clone();
    let p = state
        .db
        .write(move |c| packages::create(c, &key, &r, &o, id, &request, now))
        .await?;
    state.wake.notify_one();
    Ok(HttpResponse::Created().json(sent(&routing, &p)))
}

/// The packages shared from a case routed to the token's authority, revoked ones included.
#[utoipa::path(
    get, path = "/api/v1/authority/cases/{id}/packages", tag = "authority",
    operation_id = "list_case_packages",
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 200, description = "The case's packages, newest first", body = SentPackageList),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case routed to this authority", body = Problem, content_type = "application/problem+json"),
    ),
    security(("authority_token" = []))
)]
pub async fn of_case(
    state: web::Data<AppState>,
    client: AuthorityClient,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = id_of(&path)?;
    let o = client.0;
    let list = state.db.read(move |c| packages::of_case(c, &o, id)).await?;
    let items = list.iter().map(|p| sent(&state.routing, p)).collect();
    Ok(HttpResponse::Ok().json(SentPackageList { items }))
}

/// The packages other authorities shared with the token's authority.
#[utoipa::path(
    get, path = "/api/v1/authority/packages", tag = "authority",
    operation_id = "list_received_packages",
    responses(
        (status = 200, description = "Packages received that still stand, newest first; without their content (read one package to see it, which is audited)", body = PackageList),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
    ),
    security(("authority_token" = []))
)]
pub async fn list(
    state: web::Data<AppState>,
    client: AuthorityClient,
) -> Result<HttpResponse, AppError> {
    let a = client.0.authority;
    let list = state.db.read(move |c| packages::received(c, &a)).await?;
    // Metadata only: the content is read one package at a time, each read audited.
    let items = list
        .iter()
        .map(|p| PackageView {
            content: Default::default(),
            ..view(&state.routing, p)
        })
        .collect();
    Ok(HttpResponse::Ok().json(PackageList { items }))
}

/// One package shared with the token's authority (the read is audited for the sender).
#[utoipa::path(
    get, path = "/api/v1/authority/packages/{id}", tag = "authority",
    operation_id = "get_package",
    params(("id" = Uuid, Path, description = "Package id")),
    responses(
        (status = 200, description = "The package", body = PackageView),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such package shared with this authority, or revoked", body = Problem, content_type = "application/problem+json"),
    ),
    security(("authority_token" = []))
)]
pub async fn get(
    state: web::Data<AppState>,
    client: AuthorityClient,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = id_of(&path)?;
    let (o, now) = (client.0, state.clock.now());
    let key = state.audit_key.clone();
    let p = state
        .db
        .write(move |c| packages::view(c, &key, &o.actor(), &o.authority, id, now))
        .await?;
    Ok(HttpResponse::Ok().json(view(&state.routing, &p)))
}

/// Revoke a package this authority shared: its recipients can no longer read it.
#[utoipa::path(
    delete, path = "/api/v1/authority/packages/{id}", tag = "authority",
    operation_id = "revoke_package",
    params(("id" = Uuid, Path, description = "Package id")),
    responses(
        (status = 200, description = "The package, revoked", body = SentPackage),
        (status = 401, description = "Missing or invalid authority token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such package shared by this authority", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already revoked", body = Problem, content_type = "application/problem+json"),
    ),
    security(("authority_token" = []))
)]
pub async fn revoke(
    state: web::Data<AppState>,
    client: AuthorityClient,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let id = id_of(&path)?;
    let (o, now) = (client.0, state.clock.now());
    let key = state.audit_key.clone();
    let p = state
        .db
        .write(move |c| packages::revoke(c, &key, &o, id, now))
        .await?;
    Ok(HttpResponse::Ok().json(sent(&state.routing, &p)))
}
