//! Where an [`AppError`] becomes HTTP: an RFC 9457 `application/problem+json` document for
//! the API, an HTML page for the browser ([`PageError`]). 5xx bodies are opaque; their cause
//! chain goes to the log.

use crate::app::AppError;
use crate::domain::validation::FieldError;
use actix_web::http::{header, StatusCode};
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
    pub fn problem(&self) -> Problem {
        let status = self.status_code();
        let detail = match self {
            Self::Validation(e) => format!("{} field(s) are invalid; see errors", e.list().len()),
            Self::Unavailable(_) => "the service is temporarily unavailable; retry shortly".into(),
            Self::Unexpected(_) => "an unexpected error occurred; it has been logged".into(),
            other => other.to_string(),
        };
        Problem {
            kind: "about:blank".into(),
            title: status.canonical_reason().unwrap_or("Error").into(),
            status: status.as_u16(),
            detail,
            errors: match self {
                Self::Validation(e) => Some(e.list().to_vec()),
                _ => None,
            },
        }
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
        match self {
            Self::Unexpected(e) => log::error!("unexpected error: {e:?}"),
            Self::Unavailable(cause) => log::warn!("unavailable: {cause}"),
            _ => {}
        }
        let mut res = HttpResponse::build(self.status_code());
        res.content_type("application/problem+json");
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
        res.json(self.problem())
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
    /// The public pages' frame speaks through it (English until this page is translated).
    tr: crate::words::Tr,
    title: String,
    message: String,
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        self.0.status_code()
    }

    fn error_response(&self) -> HttpResponse {
        // Logs 5xx causes and sets Retry-After like the API does; only the body differs.
        let plain = self.0.error_response();
        let status = plain.status();
        let (title, message) = match &self.0 {
            AppError::NotFound => (
                "Page not found".to_string(),
                "This link is not valid. If it is a follow-up link, copy it again from the acknowledgement email or the confirmation page.".to_string(),
            ),
            AppError::Unavailable(_) => (
                "Temporarily unavailable".into(),
                "The service cannot store reports at this moment. Nothing was saved; please go back and send the form again in a minute.".into(),
            ),
            AppError::Unexpected(_) => (
                "Something went wrong".into(),
                "An unexpected error occurred and has been logged. Nothing was saved; please go back and try again.".into(),
            ),
            other => (status.canonical_reason().unwrap_or("Error").to_string(), other.to_string()),
        };
        let body = ErrorPage {
            tr: crate::words::Tr::default(),
            title,
            message,
        }
        .render()
        .unwrap_or_default();
        let mut r = HttpResponse::build(status);
        if let Some(v) = plain.headers().get(header::RETRY_AFTER) {
            r.insert_header((header::RETRY_AFTER, v.clone()));
        }
        r.content_type("text/html; charset=utf-8").body(body)
    }
}
