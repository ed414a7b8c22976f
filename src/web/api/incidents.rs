//! `/api/v1/incidents`: open a case, add stages, read the caller's own cases.

use crate::app::filing;
use crate::app::AppError;
use crate::domain::msg::Msg;
use crate::domain::report::ReportInput;
use crate::storage::entities::ApiClient;
use crate::storage::idempotency::{self, Recorded};
use crate::storage::outbox;
use crate::storage::{cases, DbConn};
use crate::web::error::Problem;
use crate::web::extract::{JsonTypes, StrictJson};
use crate::web::views::{self, CaseList, CaseView, ReportView};
use crate::web::AppState;
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

/// The errors both filing routes share besides those of reading the body, documented once.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum FilingErrors {
    #[response(
        status = 401,
        description = "Missing or invalid API key",
        content_type = "application/problem+json"
    )]
    Unauthorized(Problem),
    #[response(
        status = 422,
        description = "Invalid fields, each named in `errors`",
        content_type = "application/problem+json"
    )]
    Invalid(Problem),
}

/// The errors of reading any JSON body, documented once for every POST route.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub enum BodyErrors {
    #[response(
        status = 400,
        description = "Malformed JSON",
        content_type = "application/problem+json"
    )]
    Malformed(Problem),
    #[response(
        status = 413,
        description = "Body larger than 1 MiB",
        content_type = "application/problem+json"
    )]
    TooLarge(Problem),
    #[response(
        status = 415,
        description = "Not JSON",
        content_type = "application/problem+json"
    )]
    NotJson(Problem),
}

/// Body of both POST routes: one report under `report`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FileReport {
    pub report: ReportInput,
}

impl JsonTypes for FileReport {
    fn type_errors(body: &serde_json::Value) -> crate::domain::validation::FieldErrors {
        match body.get("report") {
            Some(report) => crate::domain::report::type_errors(report, "report"),
            None => Default::default(),
        }
    }
}

/// A filing's `Idempotency-Key` and the fingerprint of what it was first used for (method,
/// path and body). A filing without the header is fingerprinted not at all.
#[derive(Clone)]
struct Idempotency {
    key: String,
    hash: String,
}

/// The `Idempotency-Key` header (1–200 visible ASCII characters) with the request's
/// fingerprint, if the header was sent.
fn idempotency_of(req: &HttpRequest, raw: &[u8]) -> Result<Option<Idempotency>, AppError> {
    let Some(v) = req.headers().get("idempotency-key") else {
        return Ok(None);
    };
    match v.to_str() {
        Ok(k) if (1..=200).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_graphic()) => {
            let mut h = Sha256::new();
            h.update(req.method().as_str());
            h.update(req.path());
            h.update(raw);
            Ok(Some(Idempotency {
                key: k.to_string(),
                hash: hex::encode(h.finalize()),
            }))
        }
        _ => Err(AppError::BadRequest(Msg::t("api-idempotency-key"))),
    }
}

fn replay(recorded: Recorded, hash: &str) -> Result<HttpResponse, AppError> {
    if recorded.request_hash != hash {
        return Err(AppError::Conflict(Msg::t("api-idempotency-reused")));
    }
    let status = actix_web::http::StatusCode::from_u16(recorded.status)
        .unwrap_or(actix_web::http::StatusCode::OK);
    Ok(HttpResponse::build(status)
        .content_type("application/json")
        .insert_header(("Idempotent-Replayed", "true"))
        .body(recorded.body))
}

/// The write of one filing: returns the case as the response shows it.
type Filing = Box<dyn FnOnce(&mut DbConn) -> Result<CaseView<ReportView>, AppError> + Send>;

/// Runs a filing once per idempotency key: a stored first response is replayed, and a key
/// raced by a concurrent retry resolves to the winner's response.
async fn once(
    state: &AppState,
    client: &ApiClient,
    idem: Option<Idempotency>,
    filing: Filing,
) -> Result<HttpResponse, AppError> {
    let key_id = client.key_id;
    let stored = |k: String| {
        state
            .db
            .read(move |c| Ok(idempotency::find(c, key_id, &k)?))
    };
    if let Some(i) = &idem {
        if let Some(rec) = stored(i.key.clone()).await? {
            return replay(rec, &i.hash);
        }
    }
    let (i2, clock) = (idem.clone(), state.clock.clone());
    let written = state
        .db
        .write(move |c| {
            let view = filing(c)?;
            let id = view.id;
            // The response is rendered here only when it must be stored with the filing;
            // otherwise after the commit, off the database writer.
            let Some(i) = i2 else {
                return Ok((id, Err(view)));
            };
            let body = serde_json::to_string(&view).map_err(anyhow::Error::from)?;
            idempotency::record(
                c,
                key_id,
                &i.key,
                &Recorded {
                    request_hash: i.hash,
                    status: 201,
                    body: body.clone(),
                },
                clock.now(),
            )?;
            Ok((id, Ok(body)))
        })
        .await;
    match (written, idem) {
        (Ok((id, body)), _) => Ok({
            state.wake.notify_one();
            let body = match body {
                Ok(body) => body,
                Err(view) => serde_json::to_string(&view).map_err(anyhow::Error::from)?,
            };
            HttpResponse::Created()
                .insert_header((header::LOCATION, format!("/api/v1/incidents/{id}")))
                .content_type("application/json")
                .body(body)
        }),
        (Err(AppError::Conflict(m)), Some(i)) => match stored(i.key).await? {
            Some(rec) => replay(rec, &i.hash),
            None => Err(AppError::Conflict(m)),
        },
        (Err(e), _) => Err(e),
    }
}

/// Open a case with its first report: an early warning or a (combined) incident notification.
#[utoipa::path(
    post, path = "/api/v1/incidents", tag = "incidents",
    request_body = FileReport,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first response instead of opening a second case")),
    responses(
        (status = 201, description = "Case opened", body = CaseView<ReportView>),
        (status = 409, description = "Stage not allowed for a new case, or Idempotency-Key reused", body = Problem, content_type = "application/problem+json"),
        FilingErrors,
        BodyErrors,
    ),
    security(("api_key" = []))
)]
pub async fn open_case(
    state: web::Data<AppState>,
    client: ApiClient,
    req: HttpRequest,
    body: StrictJson<FileReport>,
) -> Result<HttpResponse, AppError> {
    let idem = idempotency_of(&req, &body.raw)?;
    let entity = &client.entity;
    let timezone = state
        .routing
        .timezone_for(entity.profile.home(), &entity.profile.classification);
    let now = state.clock.now();
    let report = filing::check_opening(
        body.value.report,
        &entity.reporter(),
        &state.routing,
        crate::domain::regimes::dora::weekend_relief(
            entity.profile.classification.entity_type,
            entity.profile.entity_category,
        ),
        timezone,
        now,
    )?;
    let lang = filing_lang(&req);
    let (app, who) = (state.clone(), client.clone());
    let filing: Filing = Box::new(move |c| {
        let (desk, by) = (app.desk(), format!("api_key:{}", who.key_id));
        let filer = who.filer(&by).speaking(lang);
        let (case, submissions, mail) = filing::open(c, &desk, &filer, timezone, report, now)?;
        Ok(views::full(&case, &submissions, &mail, now))
    });
    once(&state, &client, idem, filing).await
}

/// The language an API filing is made in: the one `Accept-Language` prefers among those the
/// service speaks; `None` without one (the case keeps, or takes from the report, its own).
fn filing_lang(req: &HttpRequest) -> Option<crate::words::Lang> {
    req.headers()
        .get(actix_web::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(crate::words::Lang::negotiate)
}

/// Add a report (stage) to one of the caller's cases.
#[utoipa::path(
    post, path = "/api/v1/incidents/{id}/reports", tag = "incidents",
    request_body = FileReport,
    params(("id" = Uuid, Path, description = "Case id"),
           ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry return the first response instead of filing twice")),
    responses(
        (status = 201, description = "Report filed; the whole case is returned", body = CaseView<ReportView>),
        (status = 404, description = "No such case for this API key", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The case's state does not allow this stage now", body = Problem, content_type = "application/problem+json"),
        FilingErrors,
        BodyErrors,
    ),
    security(("api_key" = []))
)]
pub async fn add_report(
    state: web::Data<AppState>,
    client: ApiClient,
    req: HttpRequest,
    path: web::Path<String>,
    body: StrictJson<FileReport>,
) -> Result<HttpResponse, AppError> {
    let case_id = Uuid::parse_str(&path).map_err(|_| AppError::NotFound)?;
    let idem = idempotency_of(&req, &body.raw)?;
    let input = body.value.report;
    let lang = filing_lang(&req);
    let (app, who) = (state.clone(), client.clone());
    // The case is read under its row lock inside the write, so the parse step sees exactly
    // the state the filing will be applied to, on both backends.
    let filing: Filing = Box::new(move |c| {
        let (desk, by) = (app.desk(), format!("api_key:{}", who.key_id));
        let mut case =
            cases::lock_case(c, case_id, Some(who.entity.id))?.ok_or(AppError::NotFound)?;
        let now = app.clock.now();
        filing::add(
            c,
            &desk,
            &who.filer(&by).speaking(lang),
            &mut case,
            input,
            now,
        )?;
        let all = cases::submissions_of(c, case.id)?;
        let mail = outbox::of_case(c, case.id)?;
        Ok(views::full(&case, &all, &mail, now))
    });
    once(&state, &client, idem, filing).await
}

/// Cursor and page size of the case list.
#[derive(Debug, Deserialize, IntoParams)]
pub struct ListQuery {
    /// 1 to 100; default 50.
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// The caller's cases, newest first, with their deadlines.
#[utoipa::path(
    get, path = "/api/v1/incidents", tag = "incidents", params(ListQuery),
    responses(
        (status = 200, description = "A page of cases", body = CaseList),
        (status = 400, description = "Bad cursor or limit", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid API key", body = Problem, content_type = "application/problem+json"),
    ),
    security(("api_key" = []))
)]
pub async fn list_cases(
    state: web::Data<AppState>,
    client: ApiClient,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let limit = query.limit.unwrap_or(50);
    if !(1..=100).contains(&limit) {
        return Err(AppError::BadRequest(Msg::t("api-list-limit")));
    }
    let before = query.cursor.as_deref().map(parse_cursor).transpose()?;
    let entity_id = client.entity.id;
    let page = state
        .db
        .read(move |c| Ok(cases::list_cases(c, entity_id, limit + 1, before)?))
        .await?;
    let now = state.clock.now();
    let more = page.len() as i64 > limit;
    let items: Vec<_> = page
        .iter()
        .take(limit as usize)
        .map(|c| views::summary(c, now))
        .collect();
    let next_cursor = if more {
        items
            .last()
            .map(|c| format!("{}_{}", c.created_at.timestamp_micros(), c.id))
    } else {
        None
    };
    Ok(HttpResponse::Ok().json(CaseList { items, next_cursor }))
}

fn parse_cursor(s: &str) -> Result<(DateTime<Utc>, Uuid), AppError> {
    let bad = || AppError::BadRequest(Msg::t("api-list-cursor"));
    let (micros, id) = s.split_once('_').ok_or_else(bad)?;
    let at = micros
        .parse::<i64>()
        .ok()
        .and_then(DateTime::from_timestamp_micros)
        .ok_or_else(bad)?;
    Ok((at, Uuid::parse_str(id).map_err(|_| bad())?))
}

/// One of the caller's cases with every submission and its deadlines.
#[utoipa::path(
    get, path = "/api/v1/incidents/{id}", tag = "incidents",
    params(("id" = Uuid, Path, description = "Case id")),
    responses(
        (status = 200, description = "The case", body = CaseView<ReportView>),
        (status = 401, description = "Missing or invalid API key", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case for this API key", body = Problem, content_type = "application/problem+json"),
    ),
    security(("api_key" = []))
)]
pub async fn get_case(
    state: web::Data<AppState>,
    client: ApiClient,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let case_id = Uuid::parse_str(&path).map_err(|_| AppError::NotFound)?;
    let entity_id = client.entity.id;
    let (case, subs, mail, events) = state
        .db
        .read(move |c| {
            let case = cases::find_case(c, case_id, Some(entity_id))?.ok_or(AppError::NotFound)?;
            let subs = cases::submissions_of(c, case_id)?;
            let mail = outbox::of_case(c, case_id)?;
            let events = crate::storage::handling::events_of(c, case_id, None)?;
            Ok((case, subs, mail, events))
        })
        .await?;
    Ok(HttpResponse::Ok()
        .json(views::full(&case, &subs, &mail, state.clock.now()).with_messages(&events)))
}
