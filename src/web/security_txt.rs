//! `GET /.well-known/security.txt` (RFC 9116): the deployment's security contacts
//! (`INTAKE_SECURITY_CONTACT`), so a finder knows where to report; 404 when none is set.

use crate::app::AppError;
use crate::web::AppState;
use actix_web::{web, HttpResponse};

/// The file, with an expiry one year from now (the injected clock).
pub async fn serve(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    if state.security_contact.is_empty() {
        return Err(AppError::NotFound);
    }
    let expires = state.clock.now() + chrono::Duration::days(365);
    let mut body = String::new();
    for c in &state.security_contact {
        body.push_str(&format!("Contact: {c}\n"));
    }
    body.push_str(&format!(
        "Expires: {}\nPreferred-Languages: en\nCanonical: {}/.well-known/security.txt\n",
        expires.format("%Y-%m-%dT%H:%M:%SZ"),
        state.base_url
    ));
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(body))
}
