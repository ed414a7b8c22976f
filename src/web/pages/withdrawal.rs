//! `POST /report/follow-up/{token}/withdraw`: the entity withdraws its report from the
//! follow-up page (spec §1.5), with its reason; refusals come back on the page, tied to the field.

use super::case_page::{case_page, lang_of, load, Viewer};
use super::{admit, page, see_other, PageError, Refused};
use crate::app::handling;
use crate::app::AppError;
use crate::domain::audit::Actor;
use crate::web::forms::csrf::{Forged, Posted};
use crate::web::AppState;
use crate::words::Tr;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};

/// Withdraws the case, then shows it again (state `withdrawn`, how it ended).
pub async fn withdraw(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    posted: Result<Posted, Forged>,
) -> Result<HttpResponse, PageError> {
    let l = load(&state, &token).await?;
    let lang = lang_of(&req, &state, &l);
    let tr = Tr::new(lang);
    let (status, error, kept) = match admit(&req, &state, posted, Some(lang)) {
        Err((typed, Refused::Whole(status, m))) => {
            let kept = typed
                .get("withdrawal_reason")
                .unwrap_or_default()
                .to_string();
            (status, m, kept)
        }
        Err((typed, Refused::Fields(_))) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            tr.t("pages-withdraw-check-form"),
            typed
                .get("withdrawal_reason")
                .unwrap_or_default()
                .to_string(),
        ),
        Ok(data) => {
            let reason = data
                .get("withdrawal_reason")
                .unwrap_or_default()
                .to_string();
            let (id, now, routing) = (l.case.id, state.clock.now(), state.routing.clone());
            let (r, key) = (reason.clone(), state.audit_key.clone());
            let done = state
                .db
                .write(move |c| {
                    let request = handling::Withdrawal {
                        case_id: id,
                        entity_id: None,
                        who: Actor::Reporter,
                        reason: Some(r),
                    };
                    handling::withdraw(c, &key, &routing, request, now)
                })
                .await;
            match done {
                Ok(_) => {
                    state.wake.notify_one();
                    return Ok(see_other(format!("/report/follow-up/{token}#case-ending")));
                }
                Err(AppError::Validation(_)) => (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    tr.t("pages-withdraw-reason-needed"),
                    reason,
                ),
                Err(e) if e.is_conflict() => (StatusCode::CONFLICT, e.detail(&tr), reason),
                Err(e) => return Err(PageError(e)),
            }
        }
    };
    let (csrf, cookie) =
        crate::web::forms::csrf::issue(&req, &state.secret, state.base_url.starts_with("https://"));
    let viewer = Viewer { csrf, lang };
    let view = case_page(&state, viewer, &l, &token, false, None, Vec::new())
        .refused_withdrawal(error, kept);
    page(status, &view, cookie)
}
