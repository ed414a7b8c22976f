//! Anti-forgery tokens without server-side sessions: the browser holds a random nonce in a
//! `SameSite=Strict`, `HttpOnly` cookie; every form carries HMAC(secret key, nonce). A forged
//! cross-site post has neither the cookie nor a token matching it.
//!
//! One guard checks every posted form: [`guard`], a middleware wrapped around each scope of
//! form routes (`/report`, `/authority`). It reads the form once and leaves the verdict for
//! the handler, which can only get the form through [`Posted`]: a genuine form, or a
//! [`Forged`] one that it may show again (with what was typed) but never act on. A handler
//! that asks for no [`Posted`] gets no form; a route outside the guarded scopes gets
//! [`Forged`] (fail closed).
//!
//! Staff forms are bound to the staff session instead ([`issue_staff`], [`staff_guard`]): while
//! the browser holds a session cookie, the token is HMAC(secret key, session token), so a
//! token minted for one session is refused in every other, even with a planted nonce cookie.
//! Cookie names and attributes (`__Host-` over https) are `crate::web::cookies`.

use crate::app::AppError;
use crate::secrets::{random_token, same, SecretKey};
use crate::web::cookies;
use crate::web::error::PageError;
use crate::web::forms::FormData;
use crate::web::AppState;
use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest, HttpResponse, ResponseError};
use std::future::{ready, Ready};

/// What a refused form shows when the route has no form of its own to show again.
pub const REFUSED: &str =
    "The form expired or did not come from this site; reload the page and try again.";

/// The token to embed in this page's forms, and the cookie to set if the browser has none.
pub fn issue(
    req: &HttpRequest,
    key: &SecretKey,
    secure: bool,
) -> (String, Option<Cookie<'static>>) {
    let name = cookies::csrf_name(secure);
    match req.cookie(name).map(|c| c.value().to_string()) {
        Some(nonce) if nonce.len() == 64 => (key.csrf_token(&nonce), None),
        _ => {
            let nonce = random_token();
            let cookie = cookies::build(name, nonce.clone(), secure, SameSite::Strict, "/");
            (key.csrf_token(&nonce), Some(cookie))
        }
    }
}

/// The token for a staff page's forms: bound to the staff session when the browser has one,
/// else (the sign-in page) to the nonce cookie like a public form.
pub fn issue_staff(req: &HttpRequest, state: &AppState) -> (String, Option<Cookie<'static>>) {
    let secure = cookies::secure(state);
    match req.cookie(cookies::session_name(secure)) {
        Some(session) => (state.secret.staff_csrf_token(session.value()), None),
        None => issue(req, &state.secret, secure),
    }
}

/// Whether a posted form's token matches the browser's nonce cookie.
fn verify(req: &HttpRequest, state: &AppState, token: Option<&str>) -> bool {
    let name = cookies::csrf_name(cookies::secure(state));
    match (req.cookie(name), token) {
        (Some(nonce), Some(token)) => same(&state.secret.csrf_token(nonce.value()), token),
        _ => false,
    }
}

/// Whether a posted staff form's token belongs to the browser's staff session (or, without
/// a session, to its nonce cookie).
fn verify_staff(req: &HttpRequest, state: &AppState, token: Option<&str>) -> bool {
    match req.cookie(cookies::session_name(cookies::secure(state))) {
        Some(session) => {
            token.is_some_and(|t| same(&state.secret.staff_csrf_token(session.value()), t))
        }
        None => verify(req, state, token),
    }
}

/// The guard's verdict on a request's form, left in its extensions for [`Posted`].
enum Verdict {
    Genuine(FormData),
    Forged(FormData),
}

/// The middleware: every POST in the wrapped scope has its form read (within the default
/// payload limit) and its token checked before any handler runs; other methods pass.
pub async fn guard(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    check(req, next, verify).await
}

/// The workspace's guard: [`guard`], with the token bound to the staff session.
pub async fn staff_guard(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    check(req, next, verify_staff).await
}

type Verifier = fn(&HttpRequest, &AppState, Option<&str>) -> bool;

async fn check(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
    verify: Verifier,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if req.method() == Method::POST {
        let body = req.extract::<web::Bytes>().await?;
        let form = FormData::parse(&body).map_err(PageError)?;
        let genuine = match req.app_data::<web::Data<AppState>>() {
            Some(state) => verify(req.request(), state, form.get("csrf")),
            None => false,
        };
        req.extensions_mut().insert(if genuine {
            Verdict::Genuine(form)
        } else {
            Verdict::Forged(form)
        });
    }
    next.call(req).await
}

/// A posted form whose token matched the browser's cookie: the only way a handler reads one.
#[derive(Debug)]
pub struct Posted(pub FormData);

/// A posted form the guard refused: what was typed, so the page can show it again. As an
/// error it is a 403 page.
#[derive(Debug)]
pub struct Forged(pub FormData);

impl FromRequest for Posted {
    type Error = Forged;
    type Future = Ready<Result<Self, Forged>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(match req.extensions_mut().remove::<Verdict>() {
            Some(Verdict::Genuine(form)) => Ok(Posted(form)),
            Some(Verdict::Forged(form)) => Err(Forged(form)),
            None => {
                log::error!(
                    "{} {} is not behind the CSRF guard",
                    req.method(),
                    req.path()
                );
                Err(Forged(FormData::default()))
            }
        })
    }
}

impl std::fmt::Display for Forged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(REFUSED)
    }
}

impl ResponseError for Forged {
    fn status_code(&self) -> StatusCode {
        StatusCode::FORBIDDEN
    }

    fn error_response(&self) -> HttpResponse {
        PageError(AppError::Forbidden(crate::domain::msg::Msg::t(
            "api-form-expired",
        )))
        .error_response()
    }
}
