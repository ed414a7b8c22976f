//! The sign-in guard shared by the password and the code step: the client address, the lock per
//! (typed e-mail, address) checked before any secret is looked at, failures counted at both
//! steps, and one wording for a real account and an unknown one.

use crate::auth::password;
use crate::domain::audit::AuditAction;
use crate::storage::audit::{self, Actor};
use crate::storage::sign_in::{self, Attempt};
use crate::storage::staff::StaffUser;
use crate::web::forms::csrf::{Forged, Posted};
use crate::web::forms::FormData;
use crate::web::lang::page_tr;
use crate::web::pages::PageError;
use crate::web::password_gate::Saturated;
use crate::web::AppState;
use crate::words::Tr;
use actix_web::http::header::{HeaderValue, RETRY_AFTER};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use serde_json::json;

/// The client's address, as the lock and the rate limit count it.
pub fn client_address(req: &HttpRequest) -> std::net::IpAddr {
    crate::web::client_address::of(req)
}

/// Whether a value bound for a header (a redirect target) carries line breaks or controls.
pub fn unfit_for_header(value: Option<&str>) -> bool {
    value.is_some_and(|v| v.chars().any(char::is_control))
}

/// What a locked client reads, the same whether the account exists or not.
pub fn locked_message(tr: &Tr, until: DateTime<Utc>) -> String {
    let at = until.format("%H:%M").to_string();
    tr.t1("staff-login-locked", "time", &at)
}

/// When the lock on (e-mail, address) ends, if one holds now.
pub async fn lock_of(
    state: &AppState,
    email: &str,
    address: &str,
) -> Result<Option<DateTime<Utc>>, PageError> {
    let (e, a, at) = (email.to_string(), address.to_string(), state.clock.now());
    Ok(state
        .db
        .read(move |c| {
            let who = Attempt {
                email: &e,
                address: &a,
            };
            Ok(sign_in::lock_of(c, &who, at)?)
        })
        .await?)
}

pub fn actor_of(user: &StaffUser) -> Actor {
    Actor {
        who: user.actor(),
        authority_code: Some(user.authority_code.clone()),
    }
}

/// Counts a failed password or code (audited as `action` for each account with the e-mail);
/// returns
/// what to tell the client and whether the lock now holds.
pub async fn failed(
    state: &AppState,
    email: &str,
    address: &str,
    accounts: &[StaffUser],
    action: AuditAction,
    tr: &Tr,
) -> Result<(String, bool), PageError> {
    let (e, a, at) = (email.to_string(), address.to_string(), state.clock.now());
    let actors: Vec<Actor> = accounts.iter().map(actor_of).collect();
    let key = state.audit_key.clone();
    let lock = state
        .db
        .write(move |c| {
            let who = Attempt {
                email: &e,
                address: &a,
            };
            let lock = sign_in::record_failure(c, &who, at)?;
            for actor in &actors {
                let detail = json!({"locked": lock.is_some()});
                audit::append(c, &key, actor, action, None, detail, at)?;
            }
            Ok(lock)
        })
        .await?;
    // One message for a wrong password and for an unknown or disabled account.
    let wrong = tr.t("staff-login-wrong");
    Ok(match lock {
        Some(until) => (format!("{wrong} {}", locked_message(tr, until)), true),
        None => (wrong, false),
    })
}

/// A refusal page told to come back after [`crate::web::password_gate::RETRY_AFTER_SECONDS`].
pub fn retry_later(mut page: HttpResponse) -> HttpResponse {
    page.headers_mut().insert(
        RETRY_AFTER,
        HeaderValue::from(crate::web::password_gate::RETRY_AFTER_SECONDS),
    );
    page
}

/// The account (of those with the typed e-mail, one per authority at most) whose password
/// this is. Without an account, the same check against a decoy hash: the same time and memory.
pub async fn matching_account(
    state: &AppState,
    secret: String,
    accounts: &[StaffUser],
) -> Result<Option<StaffUser>, Saturated> {
    if accounts.is_empty() {
        let decoy = password::decoy().to_string();
        state.password_gate.verify(secret, decoy).await?;
        return Ok(None);
    }
    for account in accounts {
        let hash = account.password_hash.clone();
        if state.password_gate.verify(secret.clone(), hash).await? {
            return Ok(Some(account.clone()));
        }
    }
    Ok(None)
}

/// The form if the CSRF guard passed it and the address has sign-in attempts left; else what
/// was typed, the status and why. A redirect target with line breaks is refused first.
pub fn admit(
    req: &HttpRequest,
    state: &AppState,
    posted: Result<Posted, Forged>,
) -> (FormData, Option<(StatusCode, String)>) {
    match check_admission(req, state, posted) {
        Ok(form) => (form, None),
        Err((typed, status, why)) => (typed, Some((status, why))),
    }
}

fn check_admission(
    req: &HttpRequest,
    state: &AppState,
    posted: Result<Posted, Forged>,
) -> Result<FormData, (FormData, StatusCode, String)> {
    let form = match posted {
        Ok(Posted(form)) => form,
        Err(Forged(typed)) => {
            let why = page_tr(req, None).t("staff-login-expired");
            return Err((typed, StatusCode::FORBIDDEN, why));
        }
    };
    if unfit_for_header(form.get("next")) {
        let why = page_tr(req, None).t("staff-login-bad-next");
        return Err((form, StatusCode::BAD_REQUEST, why));
    }
    if let Err(wait) = state
        .login_limit
        .check(client_address(req), state.clock.now())
    {
        let why = page_tr(req, None).n("staff-login-rate", wait);
        return Err((form, StatusCode::TOO_MANY_REQUESTS, why));
    }
    Ok(form)
}
