//! `GET /`: what must be reported when, and where to start.

use super::{page, PageError};
use actix_web::http::StatusCode;
use actix_web::HttpResponse;
use askama::Template;

#[derive(Template)]
#[template(path = "pages/landing.html")]
struct Landing {
    title: String,
}

pub async fn show() -> Result<HttpResponse, PageError> {
    page(
        StatusCode::OK,
        &Landing {
            title: "Report a significant cyber incident".into(),
        },
        None,
    )
}
