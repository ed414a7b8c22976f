//! Which language a public page speaks when the reader has not chosen one and the browser
//! names none we speak: the first language of the authority in charge, from the routing
//! table (a case's authority on its follow-up pages; on a new report, that of the member state
//! the filer chose). The order itself lives in [`crate::web::lang::page_lang`].

use crate::domain::member_state::MemberState;
use crate::domain::routing::{Reach, RoutingTable};
use crate::domain::sector::Classification;
use crate::words::Lang;
use actix_web::HttpRequest;

/// The first language of the authority routed for `ms` (and `c` when known), if we speak it.
pub(crate) fn authority_lang(
    routing: &RoutingTable,
    ms: MemberState,
    c: Option<&Classification>,
) -> Option<Lang> {
    let routed = c.and_then(|c| {
        routing
            .route(crate::domain::codes::Regime::Nis2, ms, c, Reach::default())
            .into_iter()
            .next()
            .map(|r| r.authority)
    });
    let authority = routed.or_else(|| {
        routing
            .authorities
            .iter()
            .find(|a| a.member_states.contains(&ms))
            .cloned()
    })?;
    authority
        .languages
        .first()
        .and_then(|tag| Lang::from_tag(tag))
}

/// The authority language for a typed (or saved) new-report form: its member state's.
pub(crate) fn typed_lang(routing: &RoutingTable, member_state: Option<&str>) -> Option<Lang> {
    let ms = MemberState::parse(member_state?).ok()?;
    authority_lang(routing, ms, None)
}

/// The path and query of `req`, for the switcher of a page a GET shows.
pub(crate) fn here(req: &HttpRequest) -> String {
    req.uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into())
}
