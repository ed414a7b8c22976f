//! `POST /report/follow-up/{token}/withdraw`: the entity withdraws its report from the
//! follow-up page (spec §1.5), with its reason; refusals come back on the page, tied to the
//! field, and a switch of language shows the page again with the reason as typed.

use super::case_page::{case_page, lang_of, load, Loaded, Viewer};
use super::{admit, page, see_other, PageError, Refused};
use crate::app::handling;
use crate::app::AppError;
use crate::domain::audit::Actor;
use crate::web::forms::csrf::{Forged, Posted};
use crate::web::forms::FormData;
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
    let switched = super::switch::requested(&req, &posted);
    let lang = lang_of(&req, &state, &l);
    let tr = Tr::new(lang);
    let (status, error, kept) = match &switched {
        Some((_, data)) => (StatusCode::OK, None, reason(data)),
        None => match admit(&req, &state, posted, Some(lang)) {
            Err((data, Refused::Whole(status, m))) => (status, Some(m), reason(&data)),
            Err((data, Refused::Fields(_))) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(tr.t("pages-withdraw-check-form")),
                reason(&data),
            ),
            Ok(data) => {
                let reason = reason(&data);
                match store(&state, &l, reason.clone()).await {
                    Ok(()) => {
                        state.wake.notify_one();
                        return Ok(see_other(format!("/report/follow-up/{token}#case-ending")));
                    }
                    Err(AppError::Validation(_)) => (
                        StatusCode::UNPROCESSABLE_ENTITY,
                        Some(tr.t("pages-withdraw-reason-needed")),
                        reason,
                    ),
                    Err(e @ AppError::Conflict(_)) => {
                        (StatusCode::CONFLICT, Some(e.detail(&tr)), reason)
                    }
                    Err(e) => return Err(PageError(e)),
                }
            }
        },
    };
    let (csrf, cookie) =
        crate::web::forms::csrf::issue(&req, &state.secret, state.base_url.starts_with("https://"));
    let viewer = Viewer { csrf, lang };
    let view = case_page(&state, viewer, &l, &token, false, None, Vec::new())
        .refused_withdrawal(error, kept);
    let shown = page(status, &view, cookie);
    match switched {
        Some((to, _)) => super::switch::keep(&state, to, shown),
        None => shown,
    }
}

fn reason(data: &FormData) -> String {
    data.get("withdrawal_reason")
        .unwrap_or_default()
        .to_string()
}

/// Withdraws the case with `reason` and writes the audit entry, in one transaction.
async fn store(state: &AppState, l: &Loaded, reason: String) -> Result<(), AppError> {
    let (id, now, routing) = (l.case.id, state.clock.now(), state.routing.clone());
    let key = state.audit_key.clone();
    state
        .db
        .write(move |c| {
            let request = handling::Withdrawal {
                case_id: id,
                entity_id: None,
                who: Actor::Reporter,
                reason: Some(reason),
            };
            handling::withdraw(c, &key, &routing, request, now).map(drop)
        })
        .await
}
