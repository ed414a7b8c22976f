//! Staff sign-in: argon2id passwords and TOTP (or a recovery code), per-address rate limits
//! and per-account lockout; a session cookie (`super::session`) once both factors pass.

use super::session::{safe_next, secure, session_cookie, url_escape, COOKIE};
use crate::app::AppError;
use crate::auth::{password, totp};
use crate::domain::audit::AuditAction;
use crate::secrets::hash_token;
use crate::storage::audit::{self, Actor};
use crate::storage::staff::{self, StaffUser};
use crate::web::forms::csrf::{self, Forged, Posted};
use crate::web::forms::FormData;
use crate::web::pages::{page, see_other, PageError};
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use serde_json::json;

#[derive(Template)]
#[template(path = "authority/login.html")]
struct LoginPage {
    title: String,
    csrf: String,
    next: String,
    email: String,
    error: Option<String>,
    totp: bool,
}

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// The sign-in page (or its second step) with an optional error.
struct Shown<'a> {
    status: StatusCode,
    email: &'a str,
    next: &'a str,
    error: Option<String>,
    totp: bool,
}

fn login_page(req: &HttpRequest, state: &AppState, s: Shown) -> Result<HttpResponse, PageError> {
    let (token, cookie) = csrf::issue(req, &state.secret, secure(state));
    page(
        s.status,
        &LoginPage {
            title: if s.totp {
                "Two-factor code".into()
            } else {
                "Staff sign-in".into()
            },
            csrf: token,
            next: s.next.to_string(),
            email: s.email.to_string(),
            error: s.error,
            totp: s.totp,
        },
        cookie,
    )
}

/// `GET /authority/login`.
pub async fn login_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    q: web::Query<Next>,
) -> Result<HttpResponse, PageError> {
    let next = safe_next(q.next.as_deref());
    let shown = Shown {
        status: StatusCode::OK,
        email: "",
        next: &next,
        error: None,
        totp: false,
    };
    login_page(&req, &state, shown)
}

/// The form if the CSRF guard passed it and the address has sign-in attempts left; else what
/// was typed, the status and why.
fn admit(
    req: &HttpRequest,
    state: &AppState,
    posted: Result<Posted, Forged>,
) -> Result<FormData, (FormData, StatusCode, String)> {
    let form = match posted {
        Ok(Posted(form)) => form,
        Err(Forged(typed)) => {
            let why = "The form expired; please sign in again.".to_string();
            return Err((typed, StatusCode::FORBIDDEN, why));
        }
    };
    let ip = req
        .peer_addr()
        .map(|a| a.ip())
        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));
    if let Err(wait) = state.login_limit.check(ip) {
        let why = format!("Too many sign-in attempts from your address; wait {wait} seconds.");
        return Err((form, StatusCode::TOO_MANY_REQUESTS, why));
    }
    Ok(form)
}

fn actor_of(user: &StaffUser) -> Actor {
    Actor {
        who: user.actor(),
        authority_code: Some(user.authority_code.clone()),
    }
}

/// `POST /authority/login`: the password step.
pub async fn login(
    req: HttpRequest,
    state: web::Data<AppState>,
    posted: Result<Posted, Forged>,
) -> Result<HttpResponse, PageError> {
    let (form, refused) = match admit(&req, &state, posted) {
        Ok(form) => (form, None),
        Err((typed, status, why)) => (typed, Some((status, why))),
    };
    let email = form.get("email").unwrap_or_default().trim().to_string();
    let next = safe_next(form.get("next"));
    let again = |status, error: String| {
        let shown = Shown {
            status,
            email: &email,
            next: &next,
            error: Some(error),
            totp: false,
        };
        login_page(&req, &state, shown)
    };
    if let Some((status, why)) = refused {
        return again(status, why);
    }
    let secret = form.get("password").unwrap_or_default().to_string();
    let at = state.clock.now();
    let e = email.clone();
    let user = state
        .db
        .read(move |c| Ok(staff::find_user_by_email(c, &e)?))
        .await?;
    let Some(user) = user.filter(|u| !u.disabled) else {
        // As slow as a real check, so a wrong email is indistinguishable from a wrong password.
        let _ = web::block(move || password::verify(&secret, password::decoy())).await;
        return again(StatusCode::UNAUTHORIZED, "Wrong email or password.".into());
    };
    if let Some(until) = user.locked_until.filter(|u| *u > at) {
        let why = format!(
            "This account is locked after repeated failed sign-ins until {} UTC.",
            until.format("%H:%M")
        );
        return again(StatusCode::TOO_MANY_REQUESTS, why);
    }
    let hash = user.password_hash.clone();
    let ok = web::block(move || password::verify(&secret, &hash))
        .await
        .unwrap_or(false);
    if !ok {
        let why = wrong_password(&state, &user, at).await?;
        return again(StatusCode::UNAUTHORIZED, why);
    }
    let two_factor = user.totp_enabled;
    let token = open_session(&state, &user, at).await?;
    let to = if two_factor {
        format!("/authority/login/totp?next={}", url_escape(&next))
    } else {
        next
    };
    let mut r = see_other(to);
    r.add_cookie(&session_cookie(&state, token))
        .map_err(|e| PageError(AppError::Unexpected(e.into())))?;
    Ok(r)
}

/// Counts a failed password (locking the account after too many) and says so.
async fn wrong_password(
    state: &AppState,
    user: &StaffUser,
    at: DateTime<Utc>,
) -> Result<String, PageError> {
    let (u, a) = (user.clone(), actor_of(user));
    let locked = state
        .db
        .write(move |c| {
            let locked = staff::record_failed_login(c, &u, at)?;
            audit::append(
                c,
                &a,
                AuditAction::LoginFailed,
                None,
                json!({"locked": locked}),
                at,
            )?;
            Ok(locked)
        })
        .await?;
    Ok(if locked {
        format!(
            "Wrong email or password. The account is now locked for {} minutes.",
            staff::LOCKOUT_MINUTES
        )
    } else {
        "Wrong email or password.".into()
    })
}

/// A session after the password: complete, or waiting for the second factor.
async fn open_session(
    state: &AppState,
    user: &StaffUser,
    at: DateTime<Utc>,
) -> Result<String, PageError> {
    let two_factor = user.totp_enabled;
    let (uid, a) = (user.id, actor_of(user));
    Ok(state
        .db
        .write(move |c| {
            staff::record_login(c, uid)?;
            let token = staff::create_session(c, uid, !two_factor, at)?;
            let what = if two_factor {
                AuditAction::LoginPassword
            } else {
                AuditAction::Login
            };
            audit::append(c, &a, what, None, json!({}), at)?;
            Ok(token)
        })
        .await?)
}

/// The session of a request that has passed the password but not yet the second factor.
async fn half_session(
    req: &HttpRequest,
    state: &AppState,
) -> Result<Option<(String, StaffUser)>, PageError> {
    let Some(token) = req.cookie(COOKIE).map(|c| c.value().to_string()) else {
        return Ok(None);
    };
    let t = token.clone();
    let at = state.clock.now();
    let s = state
        .db
        .read(move |c| Ok(staff::find_session(c, &t, Duration::minutes(10), at)?))
        .await?;
    Ok(s.filter(|s| !s.second_factor_done).map(|s| (token, s.user)))
}

/// `GET /authority/login/totp`.
pub async fn totp_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    q: web::Query<Next>,
) -> Result<HttpResponse, PageError> {
    if half_session(&req, &state).await?.is_none() {
        return Ok(see_other("/authority/login".into()));
    }
    let next = safe_next(q.next.as_deref());
    let shown = Shown {
        status: StatusCode::OK,
        email: "",
        next: &next,
        error: None,
        totp: true,
    };
    login_page(&req, &state, shown)
}

/// `POST /authority/login/totp`: the second factor, by app code or recovery code.
pub async fn totp(
    req: HttpRequest,
    state: web::Data<AppState>,
    posted: Result<Posted, Forged>,
) -> Result<HttpResponse, PageError> {
    let (form, refused) = match admit(&req, &state, posted) {
        Ok(form) => (form, None),
        Err((typed, status, why)) => (typed, Some((status, why))),
    };
    let next = safe_next(form.get("next"));
    let again = |status, error: String| {
        let shown = Shown {
            status,
            email: "",
            next: &next,
            error: Some(error),
            totp: true,
        };
        login_page(&req, &state, shown)
    };
    // A forged post is refused before anything else, signed in halfway or not.
    if let Some((status, why)) = refused.as_ref().filter(|r| r.0 == StatusCode::FORBIDDEN) {
        return again(*status, why.clone());
    }
    let Some((token, user)) = half_session(&req, &state).await? else {
        return Ok(see_other("/authority/login".into()));
    };
    if let Some((status, why)) = refused {
        return again(status, why);
    }
    let code = form.get("code").unwrap_or_default().trim().to_string();
    let at = state.clock.now();
    let by_app = user
        .totp_secret
        .as_deref()
        .is_some_and(|s| totp::verify(s, &code, at.timestamp()));
    let recovery = hash_token(&code.to_ascii_lowercase().replace([' ', '-'], ""));
    let by_recovery = !by_app && user.recovery_codes.contains(&recovery);
    if !(by_app || by_recovery) {
        let (u, a) = (user.clone(), actor_of(&user));
        state
            .db
            .write(move |c| {
                staff::record_failed_login(c, &u, at)?;
                Ok(audit::append(
                    c,
                    &a,
                    AuditAction::LoginTotpFailed,
                    None,
                    json!({}),
                    at,
                )?)
            })
            .await?;
        return again(StatusCode::UNAUTHORIZED, "That code is not valid. Enter the current 6-digit code from your app, or a recovery code.".into());
    }
    second_factor_passed(&state, user, token, by_recovery.then_some(recovery), at).await?;
    Ok(see_other(next))
}

/// Completes the session; a recovery code used is spent.
async fn second_factor_passed(
    state: &AppState,
    user: StaffUser,
    token: String,
    recovery: Option<String>,
    at: DateTime<Utc>,
) -> Result<(), PageError> {
    let actor = actor_of(&user);
    state
        .db
        .write(move |c| {
            if let Some(used) = &recovery {
                let left: Vec<String> = user
                    .recovery_codes
                    .iter()
                    .filter(|h| *h != used)
                    .cloned()
                    .collect();
                staff::set_totp(c, user.id, user.totp_secret.as_deref(), true, &left)?;
            }
            staff::complete_second_factor(c, &token)?;
            let how = if recovery.is_some() {
                "recovery_code"
            } else {
                "totp"
            };
            Ok(audit::append(
                c,
                &actor,
                AuditAction::Login,
                None,
                json!({"second_factor": how}),
                at,
            )?)
        })
        .await?;
    Ok(())
}
