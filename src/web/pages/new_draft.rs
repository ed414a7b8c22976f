//! Saving a new report's draft from its form: only the form's fields, within the size cap
//! and the address's quota, reached again by its private link.

use super::new_report::{form, is_voluntary, lang_of};
use super::{client_ip, see_other, PageError, Refused};
use crate::app::drafts::{self, NewDraft, Saved};
use crate::domain::lifecycle::Stage;
use crate::secrets::random_token;
use crate::web::forms::FormData;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};

/// Saves the draft (only the form's fields, within the size cap and the address's quota) and
/// shows its private link; a refusal comes back on the form with what was typed.
pub(super) async fn save(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    data: &FormData,
    stage: Stage,
    draft: Option<String>,
) -> Result<HttpResponse, PageError> {
    let token = draft.clone().unwrap_or_else(random_token);
    let existing = draft.is_some();
    let content = data.for_draft(stage, true);
    let address = state.secret.address_tag(&client_ip(req).to_string());
    let (t, kept, now, rules) = (
        token.clone(),
        content.clone(),
        state.clock.now(),
        state.drafts,
    );
    let saved = state
        .db
        .write(move |c| {
            let d = NewDraft {
                token: &t,
                existing,
                address_hash: &address,
                stage,
                form: &kept.0,
            };
            drafts::save_new_report_draft(c, rules, &d, now)
        })
        .await;
    let lang = lang_of(req, state, data);
    let page = form(
        req,
        state,
        stage,
        draft.as_deref(),
        is_voluntary(data),
        lang,
    );
    let refused = match saved {
        Ok(Saved::Saved) => return Ok(see_other(format!("/report/draft/{token}?saved=1"))),
        Ok(Saved::QuotaFull) => Refused::Whole(
            StatusCode::TOO_MANY_REQUESTS,
            crate::words::with_args(
                lang,
                "page-draft_quota",
                &[
                    ("limit", rules.per_address.into()),
                    ("days", rules.days.into()),
                ],
            ),
        ),
        Err(e) => Refused::of(e, lang),
    };
    page.show(&content, Some(refused), Vec::new())
}
