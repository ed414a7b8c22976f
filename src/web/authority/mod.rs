//! The authority workspace: staff sign-in, the scoped review queue, case pages, actions,
//! user management and exports. Every page checks the signed-in user's authority in the
//! query that reads the data.

mod account;
mod account_language;
mod actions;
pub mod case;
mod case_view;
mod case_words;
mod dissemination;
mod enisa;
mod exports;
mod link;
mod lockout;
mod login;
mod own_password;
mod packages;
mod password_reset;
pub mod queue;
mod queue_view;
pub mod session;
mod speak;
mod tokens;
mod users;

pub use session::Staff;

use actix_web::middleware::from_fn;
use actix_web::{web, Route};

/// The workspace; every request below it passes the CSRF guard.
pub const SCOPE: &str = "/authority";

pub fn routes(cfg: &mut web::ServiceConfig) {
    let mut scope = web::scope(SCOPE)
        .wrap(from_fn(crate::web::forms::csrf::staff_guard))
        .route(
            "",
            web::get().to(|| async { super::pages::see_other("/authority/queue".into()) }),
        )
        .route("/login", web::get().to(login::login_form))
        .route("/login/totp", web::get().to(login::totp_form))
        .route("/account/totp", web::get().to(account::enrol_form))
        .route("/account/password", web::get().to(own_password::form))
        .route("/account", web::get().to(account_language::show))
        .route("/queue", web::get().to(queue::show))
        .route("/queue.csv", web::get().to(exports::export_csv))
        .route("/queue.json", web::get().to(exports::export_json))
        .route("/exports/enisa", web::get().to(enisa::export))
        .route("/users", web::get().to(users::show))
        .route("/tokens", web::get().to(tokens::show))
        .route("/packages", web::get().to(packages::list))
        .route("/packages/{id}", web::get().to(packages::show))
        .route("/cases/{id}", web::get().to(case::show))
        .route("/cases/{id}/export.json", web::get().to(case::export));
    for (path, route) in posts() {
        scope = scope.route(path, route);
    }
    cfg.service(scope);
}

/// The workspace's form posts, below [`SCOPE`]: registered from this list only, so
/// [`crate::web::form_posts`] (and the test that forges each) sees every one.
pub(crate) fn posts() -> Vec<(&'static str, Route)> {
    vec![
        ("/login", web::post().to(login::login)),
        ("/login/totp", web::post().to(login::totp)),
        ("/logout", web::post().to(session::logout)),
        ("/account/totp", web::post().to(account::enrol)),
        ("/account/password", web::post().to(own_password::change)),
        (
            "/account/language",
            web::post().to(account_language::choose),
        ),
        ("/users", web::post().to(users::add)),
        ("/users/{id}", web::post().to(users::update)),
        (
            "/users/{id}/password",
            web::post().to(password_reset::reset),
        ),
        ("/tokens/{id}/revoke", web::post().to(tokens::revoke)),
        // Before the generic action route, which would take `packages` for an action name.
        ("/cases/{id}/packages", web::post().to(packages::create)),
        (
            "/cases/{id}/dissemination-delay",
            web::post().to(dissemination::delay),
        ),
        ("/packages/{id}/revoke", web::post().to(packages::revoke)),
        ("/cases/{id}/entity", web::post().to(link::link)),
        ("/cases/{id}/{action}", web::post().to(actions::act)),
    ]
}

/// What every workspace page shows around its content: who is signed in, the navigation,
/// the token for its forms (sign-out included), and the user's language.
pub struct Frame {
    pub tr: crate::words::Tr,
    pub title: String,
    pub email: String,
    pub authority: String,
    pub role: String,
    /// The role in the user's language.
    pub role_name: String,
    pub admin: bool,
    pub csrf: String,
}

pub fn frame(
    req: &actix_web::HttpRequest,
    state: &crate::web::AppState,
    staff: &Staff,
    title: &str,
) -> (Frame, Option<actix_web::cookie::Cookie<'static>>) {
    let (csrf, cookie) = crate::web::forms::csrf::issue_staff(req, state);
    let authority = state
        .routing
        .authorities
        .iter()
        .find(|a| a.code == staff.user.authority_code)
        .map(|a| format!("{} ({})", a.name, a.code))
        .unwrap_or_else(|| staff.user.authority_code.to_string());
    let tr = speak::tr_of(req, staff);
    (
        Frame {
            role_name: speak::role(&tr, staff.user.role),
            role: staff.user.role.as_str().to_string(),
            tr,
            title: title.to_string(),
            email: staff.user.email.clone(),
            authority,
            admin: staff.user.role.can_manage_users(),
            csrf,
        },
        cookie,
    )
}
