//! The authority workspace: staff sign-in, the scoped review queue, case pages, actions,
//! user management and exports. Every page checks the signed-in user's authority in the
//! query that reads the data.

mod account;
mod actions;
pub mod case;
mod enisa;
mod exports;
pub mod queue;
pub mod session;
mod users;

pub use session::Staff;

use actix_web::web;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/authority")
            .route(
                "",
                web::get().to(|| async { super::pages::see_other("/authority/queue".into()) }),
            )
            .route("/login", web::get().to(session::login_form))
            .route("/login", web::post().to(session::login))
            .route("/login/totp", web::get().to(session::totp_form))
            .route("/login/totp", web::post().to(session::totp))
            .route("/logout", web::post().to(session::logout))
            .route("/account/totp", web::get().to(account::enrol_form))
            .route("/account/totp", web::post().to(account::enrol))
            .route("/queue", web::get().to(queue::show))
            .route("/queue.csv", web::get().to(exports::export_csv))
            .route("/queue.json", web::get().to(exports::export_json))
            .route("/exports/enisa", web::get().to(enisa::export))
            .route("/users", web::get().to(users::show))
            .route("/users", web::post().to(users::add))
            .route("/users/{id}", web::post().to(users::update))
            .route("/cases/{id}", web::get().to(case::show))
            .route("/cases/{id}/export.json", web::get().to(case::export))
            .route("/cases/{id}/{action}", web::post().to(actions::act)),
    );
}

/// What every workspace page shows around its content: who is signed in, the navigation,
/// and the token for its forms (sign-out included).
pub struct Frame {
    pub title: String,
    pub email: String,
    pub authority: String,
    pub role: String,
    pub admin: bool,
    pub csrf: String,
}

pub fn frame(
    req: &actix_web::HttpRequest,
    state: &crate::web::AppState,
    staff: &Staff,
    title: &str,
) -> (Frame, Option<actix_web::cookie::Cookie<'static>>) {
    let (csrf, cookie) =
        crate::web::forms::csrf::issue(req, &state.secret, state.base_url.starts_with("https://"));
    let authority = state
        .routing
        .authorities
        .iter()
        .find(|a| a.code == staff.user.authority_code)
        .map(|a| format!("{} ({})", a.name, a.code))
        .unwrap_or_else(|| staff.user.authority_code.to_string());
    (
        Frame {
            title: title.to_string(),
            email: staff.user.email.clone(),
            authority,
            role: staff.user.role.as_str().to_string(),
            admin: staff.user.role.can_manage_users(),
            csrf,
        },
        cookie,
    )
}

/// Rejects a posted workspace form without a valid CSRF token.
pub fn check_csrf(
    req: &actix_web::HttpRequest,
    state: &crate::web::AppState,
    form: &crate::web::forms::FormData,
) -> Result<(), crate::web::pages::PageError> {
    if crate::web::forms::csrf::verify(req, &state.secret, form.get("csrf")) {
        Ok(())
    } else {
        Err(crate::web::pages::PageError(
            crate::app::AppError::Forbidden(
                "The form expired or did not come from this site; reload the page and try again."
                    .into(),
            ),
        ))
    }
}
