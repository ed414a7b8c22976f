//! `/authority/account/totp`: enrolling a second factor (QR code rendered on the server,
//! confirmed with a first code) and receiving one-time recovery codes.

use super::{frame, Frame, Staff};
use crate::app::AppError;
use crate::auth::totp;
use crate::domain::audit::AuditAction;
use crate::secrets::{hash_token, random_token};
use crate::storage::audit;
use crate::storage::staff;
use crate::web::forms::csrf::Posted;
use crate::web::pages::{page, PageError};
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde_json::json;

#[derive(Template)]
#[template(path = "authority/totp.html")]
struct Enrol {
    frame: Frame,
    enabled: bool,
    required: bool,
    secret: String,
    qr_svg: String,
    error: Option<String>,
    recovery_codes: Vec<String>,
}

fn required(state: &AppState, staff: &Staff) -> bool {
    state
        .routing
        .authorities
        .iter()
        .any(|a| a.code == staff.user.authority_code && a.require_totp)
}

/// The user's TOTP seed in clear (stored sealed, see [`crate::secrets::at_rest`]); empty
/// when none is set.
fn seed_of(state: &AppState, staff: &Staff) -> Result<String, PageError> {
    match &staff.user.totp_secret {
        Some(stored) => state
            .secret
            .open_totp(staff.user.id, stored)
            .map_err(|e| PageError(AppError::Unexpected(anyhow::anyhow!(e)))),
        None => Ok(String::new()),
    }
}

/// A seed as the database keeps it: sealed under the server key, bound to the user.
fn sealed(state: &AppState, staff: &Staff, seed: &str) -> Result<String, PageError> {
    state
        .secret
        .seal_totp(staff.user.id, seed)
        .map_err(|e| PageError(AppError::Unexpected(anyhow::anyhow!(e))))
}

pub async fn enrol_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let mut secret = seed_of(&state, &staff)?;
    if !staff.user.totp_enabled && secret.is_empty() {
        secret = totp::new_secret();
        let (id, s) = (staff.user.id, sealed(&state, &staff, &secret)?);
        state
            .db
            .write(move |c| Ok(staff::set_totp(c, id, Some(&s), false, &[])?))
            .await?;
    }
    render(
        &req,
        &state,
        &staff,
        StatusCode::OK,
        secret,
        None,
        Vec::new(),
    )
}

fn render(
    req: &HttpRequest,
    state: &AppState,
    staff: &Staff,
    status: StatusCode,
    secret: String,
    error: Option<String>,
    recovery_codes: Vec<String>,
) -> Result<HttpResponse, PageError> {
    let title = super::speak::tr_of(req, staff).t("staff-totp-title");
    let (frame, cookie) = frame(req, state, staff, &title);
    let enabled = staff.user.totp_enabled || !recovery_codes.is_empty();
    let uri = totp::uri("Incident intake", &staff.user.email, &secret);
    page(
        status,
        &Enrol {
            frame,
            enabled,
            required: required(state, staff),
            qr_svg: if enabled {
                String::new()
            } else {
                totp::qr_svg(&uri)
            },
            secret: if enabled { String::new() } else { secret },
            error,
            recovery_codes,
        },
        cookie,
    )
}

pub async fn enrol(
    req: HttpRequest,
    state: web::Data<AppState>,
    Posted(form): Posted,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let secret = seed_of(&state, &staff)?;
    if staff.user.totp_enabled || secret.is_empty() {
        return Ok(crate::web::pages::see_other(
            "/authority/account/totp".into(),
        ));
    }
    let at = state.clock.now();
    if !totp::verify(
        &secret,
        form.get("code").unwrap_or_default(),
        at.timestamp(),
    ) {
        return render(
            &req,
            &state,
            &staff,
            StatusCode::UNPROCESSABLE_ENTITY,
            secret,
            Some(super::speak::tr_of(&req, &staff).t("staff-totp-invalid")),
            Vec::new(),
        );
    }
    let codes: Vec<String> = (0..8).map(|_| random_token()[..10].to_string()).collect();
    let hashes: Vec<String> = codes.iter().map(|c| hash_token(c)).collect();
    let key = state.audit_key.clone();
    let (id, s, actor) = (
        staff.user.id,
        sealed(&state, &staff, &secret)?,
        staff.actor(),
    );
    state
        .db
        .write(move |c| {
            staff::set_totp(c, id, Some(&s), true, &hashes)?;
            Ok(audit::append(
                c,
                &key,
                &actor,
                AuditAction::TotpEnabled,
                None,
                json!({}),
                at,
            )?)
        })
        .await?;
    render(&req, &state, &staff, StatusCode::OK, secret, None, codes)
}
