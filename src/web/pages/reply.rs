//! `POST /report/follow-up/{token}/message`: the reporter answers the authority from the
//! follow-up page. A refused reply, or a switch of language, shows the page again with the
//! reply as typed.

use super::case_page::{case_page, lang_of, load, Loaded, Viewer};
use super::{admit, page, see_other, PageError, Refused};
use crate::app::AppError;
use crate::web::forms::csrf::{Forged, Posted};
use crate::web::forms::FormData;
use crate::web::AppState;
use crate::words::{Lang, Tr};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};

/// What the page says after a post that sent nothing: its status, a notice for the page, an
/// error for the reply field, the reply typed.
type Shown = (StatusCode, Option<String>, Option<String>, String);

pub async fn message(
    req: HttpRequest,
    state: web::Data<AppState>,
    token: web::Path<String>,
    posted: Result<Posted, Forged>,
) -> Result<HttpResponse, PageError> {
    let l = load(&state, &token).await?;
    let switched = super::switch::requested(&req, &posted);
    let lang = lang_of(&req, &state, &l);
    let (status, notice, error, kept) = match &switched {
        Some((_, data)) => (StatusCode::OK, None, None, typed(data)),
        None => match admit(&req, &state, posted, Some(lang)) {
            Err((data, Refused::Whole(status, m))) => (status, Some(m), None, typed(&data)),
            Err((data, Refused::Fields(_))) => {
                (StatusCode::UNPROCESSABLE_ENTITY, None, None, typed(&data))
            }
            Ok(data) => match send(&state, &l, lang, typed(&data)).await? {
                Some(shown) => shown,
                None => return Ok(see_other(format!("/report/follow-up/{token}#conversation"))),
            },
        },
    };
    let (csrf, cookie) =
        crate::web::forms::csrf::issue(&req, &state.secret, state.base_url.starts_with("https://"));
    let viewer = Viewer { csrf, lang };
    let notices = notice.into_iter().collect();
    let view =
        case_page(&state, viewer, &l, &token, false, None, notices).kept_message(kept, error);
    let shown = page(status, &view, cookie);
    match switched {
        Some((to, _)) => super::switch::keep(&state, to, shown),
        None => shown,
    }
}

fn typed(data: &FormData) -> String {
    data.get("message").unwrap_or_default().to_string()
}

/// Stores the reply; `None` once sent, else what the page says instead.
async fn send(
    state: &AppState,
    l: &Loaded,
    lang: Lang,
    text: String,
) -> Result<Option<Shown>, PageError> {
    let (id, now, key) = (l.case.id, state.clock.now(), state.audit_key.clone());
    let sent = text.clone();
    match state
        .db
        .write(move |c| crate::app::handling::reporter_message(c, &key, id, &sent, now))
        .await
    {
        Ok(_) => Ok(None),
        Err(AppError::Validation(_)) => Ok(Some((
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            Some(Tr::new(lang).t("pages-message-empty")),
            text,
        ))),
        Err(e) => Err(PageError(e)),
    }
}
