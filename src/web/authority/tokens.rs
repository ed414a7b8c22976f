//! `/authority/tokens`: an authority's administrators see its API tokens (label, created,
//! expires, last used, never the secret) and revoke one. Another authority's token is a 404,
//! as if it did not exist; each revocation is in the audit log.

use super::{frame, Frame, Staff};
use crate::app::AppError;
use crate::domain::audit::AuditAction;
use crate::storage::audit;
use crate::storage::authority_tokens::{self, Revocation, TokenInfo, TokenState};
use crate::web::forms::csrf::Posted;
use crate::web::pages::{page, PageError};
use crate::web::AppState;
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

fn row(t: TokenInfo, now: DateTime<Utc>) -> Row {
    let (state, active) = match t.state(now) {
        TokenState::Active => ("active".to_string(), true),
        TokenState::Revoked(at) => (format!("revoked {}", when(at)), false),
        TokenState::Expired(_) => ("expired".to_string(), false),
    };
    Row {
        id: t.id,
        label: t.label.unwrap_or_else(|| "(no label)".into()),
        created: when(t.created_at),
        expires: t.expires_at.map_or_else(|| "unknown".into(), when),
        last_used: t.last_used_at.map_or_else(|| "never".into(), when),
        state,
        active,
    }
}

fn admin(staff: &Staff) -> Result<(), PageError> {
    if staff.user.role.can_manage_users() {
        Ok(())
    } else {
        Err(PageError(AppError::Forbidden(
            "only administrators manage API tokens".into(),
        )))
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
    let (frame, cookie) = frame(req, state, staff, "API tokens");
    let tokens = found.into_iter().map(|t| row(t, now)).collect();
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
    let notice = match done {
        Revocation::NotFound => return Err(PageError(AppError::NotFound)),
        Revocation::AlreadyRevoked(before) => {
            format!("That token was already revoked on {}.", when(before))
        }
        Revocation::Revoked(t) => format!(
            "The token {} is revoked: it is refused from its next request.",
            t.label.unwrap_or_else(|| t.id.to_string())
        ),
    };
    render(&req, &state, &staff, Some(notice)).await
}
