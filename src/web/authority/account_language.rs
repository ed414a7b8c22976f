//! `/authority/account`: the signed-in user's account, where they choose the language the
//! workspace speaks to them (`POST /authority/account/language`, CSRF-guarded and audited).

use super::speak::{chosen_language, tr_of};
use super::{frame, Frame, Staff};
use crate::domain::audit::AuditAction;
use crate::storage::{audit, staff};
use crate::web::forms::csrf::Posted;
use crate::web::pages::{page, see_other, PageError};
use crate::web::AppState;
use crate::words::Lang;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;
use serde_json::json;

#[derive(Template)]
#[template(path = "authority/account.html")]
struct Account {
    frame: Frame,
    totp_enabled: bool,
    /// Each language as (tag, its own name, chosen now).
    languages: Vec<(&'static str, &'static str, bool)>,
    notice: Option<String>,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct Saved {
    saved: Option<String>,
}

fn render(
    req: &HttpRequest,
    state: &AppState,
    staff: &Staff,
    status: StatusCode,
    notice: Option<String>,
    error: Option<String>,
) -> Result<HttpResponse, PageError> {
    let tr = tr_of(req, staff);
    let (frame, cookie) = frame(req, state, staff, &tr.t("staff-account-title"));
    let languages = Lang::ALL
        .iter()
        .map(|l| (l.tag(), l.endonym(), *l == staff.user.language))
        .collect();
    page(
        status,
        &Account {
            frame,
            totp_enabled: staff.user.totp_enabled,
            languages,
            notice,
            error,
        },
        cookie,
    )
}

/// `GET /authority/account`.
pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
    q: web::Query<Saved>,
) -> Result<HttpResponse, PageError> {
    let notice = q
        .saved
        .is_some()
        .then(|| tr_of(&req, &staff).t("staff-account-saved"));
    render(&req, &state, &staff, StatusCode::OK, notice, None)
}

/// `POST /authority/account/language`: keeps the chosen language for every later page; a
/// value that is not one of the languages offered is refused and nothing changes.
pub async fn choose(
    req: HttpRequest,
    state: web::Data<AppState>,
    Posted(form): Posted,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let raw = form.get("language").unwrap_or_default();
    let Some(language) = chosen_language(raw) else {
        let why = tr_of(&req, &staff).t("staff-account-language-invalid");
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return render(&req, &state, &staff, status, None, Some(why));
    };
    let (id, actor, at) = (staff.user.id, staff.actor(), state.clock.now());
    let before = staff.user.language;
    let key = state.audit_key.clone();
    state
        .db
        .write(move |c| {
            staff::set_language(c, id, language)?;
            let detail = json!({"user": id, "language": language.tag(), "was": before.tag()});
            Ok(audit::append(
                c,
                &key,
                &actor,
                AuditAction::UserUpdated,
                None,
                detail,
                at,
            )?)
        })
        .await?;
    Ok(see_other("/authority/account?saved=1".into()))
}
