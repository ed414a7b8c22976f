//! Anti-forgery tokens without server-side sessions: the browser holds a random nonce in a
//! `SameSite=Strict`, `HttpOnly` cookie; every form carries HMAC(secret key, nonce). A forged
//! cross-site post has neither the cookie nor a token matching it.

use crate::secrets::{random_token, same, SecretKey};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::HttpRequest;

pub const COOKIE: &str = "intake_csrf";

/// The token to embed in this page's forms, and the cookie to set if the browser has none.
pub fn issue(
    req: &HttpRequest,
    key: &SecretKey,
    secure: bool,
) -> (String, Option<Cookie<'static>>) {
    match req.cookie(COOKIE).map(|c| c.value().to_string()) {
        Some(nonce) if nonce.len() == 64 => (key.csrf_token(&nonce), None),
        _ => {
            let nonce = random_token();
            let cookie = Cookie::build(COOKIE, nonce.clone())
                .path("/")
                .http_only(true)
                .secure(secure)
                .same_site(SameSite::Strict)
                .finish();
            (key.csrf_token(&nonce), Some(cookie))
        }
    }
}

/// Whether a posted form's token matches the browser's cookie.
pub fn verify(req: &HttpRequest, key: &SecretKey, token: Option<&str>) -> bool {
    match (req.cookie(COOKIE), token) {
        (Some(nonce), Some(token)) => same(&key.csrf_token(nonce.value()), token),
        _ => false,
    }
}
