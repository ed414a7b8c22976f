//! `/authority/tokens`: an authority's administrators see its API tokens (label, created,
//! expires, last used, never the secret) and revoke one. Another authority's token is a 404,
//! as if it did not exist; each revocation is in the audit log.

use super::{frame, Frame, Staff};
use crate::app::AppError;
use crate::domain::audit::AuditAction;
use crate::domain::msg::Msg;
use crate::storage::audit;
use crate::storage::authority_tokens::{self, Revocation, TokenInfo, TokenState};
use crate::web::forms::csrf::Posted;
use crate::web::pages::{page, PageError};
use crate::web::AppState;
use crate::words::Tr;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use chrono::{DateTime, Utc};
use serde_json::json;
use uuid::Uuid;

/// One token as the page shows it.
struct Row {
    id: Uuid,
    label: String,
    created: String,
    expires: String,
    last_used: String,
    state: String,
    /// The revoke button's name for screen readers.
    revoke_label: String,
    active: bool,
}

#[derive(Template)]
#[template(path = "authority/tokens.html")]
struct Tokens {
    frame: Frame,
    tokens: Vec<Row>,
    notice: Option<String>,
}

fn when(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

fn row(tr: &Tr, t: TokenInfo, now: DateTime<Utc>) -> Row {
    let (state, active) = match t.state(now) {
        TokenState::Active => (tr.t("staff-tokens-active"), true),
        TokenState::Revoked(at) => (tr.t1("staff-tokens-revoked", "at", &when(at)), false),
        TokenState::Expired(_) => (tr.t("staff-tokens-expired"), false),
    };
    let label = t.label.unwrap_or_else(|| tr.t("staff-tokens-no-label"));
    let created = when(t.created_at);
    let (l, c) = (("label", &label), ("created", &created));
    Row {
        id: t.id,
        revoke_label: tr.t2("staff-tokens-revoke-label", l, c),
        label,
        created,
        expires: t
            .expires_at
            .map_or_else(|| tr.t("staff-tokens-unknown"), when),
        last_used: t
            .last_used_at
            .map_or_else(|| tr.t("staff-tokens-never"), when),
        state,
        active,
    }
}

fn admin(staff: &Staff) -> Result<(), PageError> {
    if staff.user.role.can_manage_users() {
        Ok(())
    } else {
        Err(PageError(AppError::Forbidden(Msg::t(
            "api-admin-only-tokens",
        ))))
    }
}

async fn render(
    req: &HttpRequest,
    state: &AppState,
    staff: &Staff,
    notice: Option<String>,
) -> Result<HttpResponse, PageError> {
    let authority = staff.user.authority_code.clone();
    let found = state
        .db
        .read(move |c| Ok(authority_tokens::list(c, Some(&authority))?))
        .await?;
    let now = state.clock.now();
    let tr = super::speak::tr_of(req, staff);
    let (frame, cookie) = frame(req, state, staff, &tr.t("staff-nav-tokens"));
    let tokens = found.into_iter().map(|t| row(&tr, t, now)).collect();
    page(
        StatusCode::OK,
        &Tokens {
            frame,
            tokens,
            notice,
        },
        cookie,
    )
}

pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    admin(&staff)?;
    render(&req, &state, &staff, None).await
}

/// Revokes one of the administrator's authority's tokens; from the next request on, every
/// instance refuses it.
pub async fn revoke(
    req: HttpRequest,
    state: web::Data<AppState>,
    Posted(_form): Posted,
    staff: Staff,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    admin(&staff)?;
    let id = Uuid::parse_str(&path).map_err(|_| PageError(AppError::NotFound))?;
    let (authority, actor, at) = (
        staff.user.authority_code.clone(),
        staff.actor(),
        state.clock.now(),
    );
    let key = state.audit_key.clone();
    let done = state
        .db
        .write(move |c| {
            let done = authority_tokens::revoke(c, id, Some(&authority), at)?;
            if let Revocation::Revoked(t) = &done {
                audit::append(
                    c,
                    &key,
                    &actor,
                    AuditAction::TokenRevoked,
                    None,
                    json!({"token": id, "label": t.label}),
                    at,
                )?;
            }
            Ok(done)
        })
        .await?;
    let tr = super::speak::tr_of(&req, &staff);
    let notice = match done {
        Revocation::NotFound => return Err(PageError(AppError::NotFound)),
        Revocation::AlreadyRevoked(before) => {
            tr.t1("staff-tokens-already-revoked", "at", &when(before))
        }
        Revocation::Revoked(t) => {
            let label = t.label.unwrap_or_else(|| t.id.to_string());
            tr.t1("staff-tokens-revoked-now", "label", &label)
        }
    };
    render(&req, &state, &staff, Some(notice)).await
}
