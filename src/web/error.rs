//! Where an [`AppError`] becomes HTTP: an RFC 9457 `application/problem+json` document for
//! the API, an HTML page for the browser ([`PageError`]). 5xx bodies are opaque; their cause
//! chain goes to the log. Titles, details and field messages are said in the reader's
//! language ([`localize`]): `Accept-Language` for the API, the page language for pages;
//! `type`, `status`, field names and codes never change.

use crate::app::AppError;
use crate::domain::validation::FieldError;
use crate::web::lang::{api_lang, page_tr};
use crate::words::{field_message, message_in, Lang, Tr};
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, StatusCode};
use actix_web::middleware::Next;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;
use serde::Serialize;

/// RFC 9457 problem details.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// For 422: every invalid field, by its path in the request body.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
}

impl AppError {
    /// The problem document in English.
    pub fn problem(&self) -> Problem {
        self.problem_in(Lang::En)
    }

    /// The problem document in `lang`: title, detail and field messages translated.
    pub fn problem_in(&self, lang: Lang) -> Problem {
        let tr = Tr::new(lang);
        let status = self.status_code();
        Problem {
            kind: "about:blank".into(),
            title: title(&tr, status),
            status: status.as_u16(),
            detail: self.detail(&tr),
            errors: match self {
                Self::Validation(e) => Some(
                    e.list()
                        .iter()
                        .map(|x| FieldError {
                            message: field_message(lang, x),
                            ..x.clone()
                        })
                        .collect(),
                ),
                _ => None,
            },
        }
    }

    /// The detail in the reader's language.
    pub fn detail(&self, tr: &Tr) -> String {
        match self {
            Self::Validation(e) => tr.n("api-detail-invalid-fields", e.list().len()),
            Self::Unauthorized => tr.t("api-detail-unauthorized"),
            Self::NotFound => tr.t("api-detail-not-found"),
            Self::PayloadTooLarge(n) => tr.t1("api-detail-too-large", "bytes", *n),
            Self::TooManyRequests(n) => tr.t1("api-detail-too-many", "seconds", *n),
            Self::RequestTimeout(n) => tr.t1("api-detail-timeout", "seconds", *n),
            Self::Unavailable(_) => tr.t("api-detail-unavailable"),
            Self::Unexpected(_) => tr.t("api-detail-unexpected"),
            Self::BadRequest(m)
            | Self::Forbidden(m)
            | Self::Conflict(m)
            | Self::CredentialRefused(m)
            | Self::UnsupportedMediaType(m) => message_in(tr.lang, m),
        }
    }

    /// The problem response in `lang`, with `Content-Language` and the status's headers.
    pub fn response_in(&self, lang: Lang) -> HttpResponse {
        let mut res = HttpResponse::build(self.status_code());
        res.content_type("application/problem+json")
            .insert_header((header::CONTENT_LANGUAGE, lang.tag()));
        match self {
            Self::Unauthorized => {
                res.insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"intake\""));
            }
            Self::CredentialRefused(_) => {
                res.insert_header((
                    header::WWW_AUTHENTICATE,
                    "Bearer realm=\"intake\", error=\"invalid_token\"",
                ));
            }
            Self::Unavailable(_) => {
                res.insert_header((header::RETRY_AFTER, "5"));
            }
            Self::TooManyRequests(wait) => {
                res.insert_header((header::RETRY_AFTER, wait.to_string()));
            }
            _ => {}
        }
        res.json(self.problem_in(lang))
    }
}

/// The reason phrase of `status` in the reader's language (RFC 9457 §3.1.3 allows it).
fn title(tr: &Tr, status: StatusCode) -> String {
    match status.as_u16() {
        400 => tr.t("api-title-bad-request"),
        401 => tr.t("api-title-unauthorized"),
        403 => tr.t("api-title-forbidden"),
        404 => tr.t("api-title-not-found"),
        408 => tr.t("api-title-request-timeout"),
        409 => tr.t("api-title-conflict"),
        413 => tr.t("api-title-payload-too-large"),
        415 => tr.t("api-title-unsupported-media-type"),
        422 => tr.t("api-title-unprocessable"),
        429 => tr.t("api-title-too-many-requests"),
        500 => tr.t("api-title-internal"),
        503 => tr.t("api-title-unavailable"),
        _ => status.canonical_reason().unwrap_or("Error").into(),
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Unauthorized | Self::CredentialRefused(_) => StatusCode::UNAUTHORIZED,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::RequestTimeout(_) => StatusCode::REQUEST_TIMEOUT,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        log_cause(self);
        // English here; [`localize`] says it again in the language the request asked for.
        self.response_in(Lang::En)
    }
}

/// The errors of the public pages, shown as HTML pages rather than problem documents.
#[derive(Debug)]
pub struct PageError(pub AppError);

impl From<AppError> for PageError {
    fn from(e: AppError) -> Self {
        PageError(e)
    }
}

impl From<diesel::result::Error> for PageError {
    fn from(e: diesel::result::Error) -> Self {
        PageError(e.into())
    }
}

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[derive(Template)]
#[template(path = "pages/error.html")]
struct ErrorPage {
    tr: Tr,
    title: String,
    message: String,
}

impl PageError {
    /// The error page in the language of `tr`, with the status's `Retry-After`.
    pub fn page_in(&self, tr: Tr) -> HttpResponse {
        let status = self.0.status_code();
        let (title, message) = match &self.0 {
            AppError::NotFound => (tr.t("api-page-not-found"), tr.t("api-page-not-found-text")),
            AppError::Unavailable(_) => (
                tr.t("api-page-unavailable"),
                tr.t("api-page-unavailable-text"),
            ),
            AppError::Unexpected(_) => (
                tr.t("api-page-unexpected"),
                tr.t("api-page-unexpected-text"),
            ),
            AppError::Validation(e) => {
                let lines: Vec<String> = e
                    .list()
                    .iter()
                    .map(|x| format!("{}: {}", x.field, field_message(tr.lang, x)))
                    .collect();
                (title(&tr, status), lines.join("; "))
            }
            other => (title(&tr, status), other.detail(&tr)),
        };
        let lang = tr.lang;
        let body = ErrorPage { tr, title, message }
            .render()
            .unwrap_or_default();
        let mut r = HttpResponse::build(status);
        match &self.0 {
            AppError::Unavailable(_) => {
                r.insert_header((header::RETRY_AFTER, "5"));
            }
            AppError::TooManyRequests(wait) => {
                r.insert_header((header::RETRY_AFTER, wait.to_string()));
            }
            _ => {}
        }
        r.insert_header((header::CONTENT_LANGUAGE, lang.tag()))
            .content_type("text/html; charset=utf-8")
            .body(body)
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        self.0.status_code()
    }

    fn error_response(&self) -> HttpResponse {
        log_cause(&self.0);
        // English here; [`localize`] says it again in the page's language.
        self.page_in(Tr::new(Lang::En))
    }
}

/// 5xx causes go to the log (once, however often the error is rendered).
fn log_cause(e: &AppError) {
    match e {
        AppError::Unexpected(e) => log::error!("unexpected error: {e:?}"),
        AppError::Unavailable(cause) => log::warn!("unavailable: {cause}"),
        _ => {}
    }
}

/// Middleware: an error response rendered from an [`AppError`] (a problem document) or a
/// [`PageError`] (a page) is rendered again in the reader's language, `Accept-Language` for
/// the API and the page language (cookie, then `Accept-Language`) for pages. English
/// responses pass unchanged; every error response says its `Content-Language`.
pub async fn localize(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let res = next.call(req).await?;
    let again = match res.response().error() {
        Some(e) => {
            if let Some(app) = e.as_error::<AppError>() {
                let lang = api_lang(res.request().headers());
                (lang != Lang::En).then(|| app.response_in(lang))
            } else if let Some(page) = e.as_error::<PageError>() {
                let tr = page_tr(res.request(), None);
                (tr.lang != Lang::En).then(|| page.page_in(tr))
            } else {
                None
            }
        }
        None => None,
    };
    Ok(match again {
        Some(response) => {
            let (request, _) = res.into_parts();
            ServiceResponse::new(request, response).map_into_right_body()
        }
        None => res.map_into_left_body(),
    })
}
