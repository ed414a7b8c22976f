//! `GET /`: what must be reported when, and where to start.

use super::{page, PageError};
use crate::web::lang::page_tr;
use crate::words::Tr;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use askama::Template;

#[derive(Template)]
#[template(path = "pages/landing.html")]
struct Landing {
    tr: Tr,
    title: String,
}

pub async fn show(req: HttpRequest) -> Result<HttpResponse, PageError> {
    let tr = page_tr(&req, None);
    page(
        StatusCode::OK,
        &Landing {
            title: tr.t("pages-landing-title"),
            tr,
        },
        None,
    )
}
