//! Who sees what of a case with several threads (spec §7), for every read path of the
//! authorities: the viewer's authority sees the threads of the regimes it serves (its
//! `regimes` in the routing table, with the thread that brought it the case), their
//! submissions and deadline rows, and the shared facts their field sets name.

use super::AppError;
use crate::domain::case::{Case, Submission};
use crate::domain::codes::Regime;
use crate::domain::names::AuthorityCode;
use crate::domain::regimes::visible::{self, Visible};
use crate::domain::routing::RoutingTable;
use crate::storage::{routed_regimes, DbConn};

/// The regimes of `case` that `authority` sees; 404 when the case is not routed to it.
pub fn regimes_of(
    c: &mut DbConn,
    routing: &RoutingTable,
    authority: &AuthorityCode,
    case: &Case,
) -> Result<Vec<Regime>, AppError> {
    let rows = routed_regimes::recipient_regimes(c, case.id)?;
    let Some((_, mine)) = rows.iter().find(|(a, _)| a == authority.as_str()) else {
        return Err(AppError::NotFound);
    };
    let served = routing
        .authority(authority)
        .map(|a| a.regimes.clone())
        .unwrap_or_default();
    Ok(visible::regimes_for(case, &served, Some(*mine)))
}

/// `case` and its `submissions` as `authority` may see them (404 when not routed to it).
pub fn for_authority(
    c: &mut DbConn,
    routing: &RoutingTable,
    authority: &AuthorityCode,
    case: Case,
    submissions: Vec<Submission>,
) -> Result<Visible, AppError> {
    let regimes = regimes_of(c, routing, authority, &case)?;
    Ok(visible::view_for(case, submissions, &regimes))
}

/// The recipients of a case `regimes` may know of: those routed for one of those threads
/// (another thread's recipients are that thread's business).
pub fn recipients_seen(
    c: &mut DbConn,
    case: &Case,
    regimes: &[Regime],
) -> Result<Vec<String>, AppError> {
    Ok(routed_regimes::recipient_regimes(c, case.id)?
        .into_iter()
        .filter(|(_, r)| regimes.contains(r))
        .map(|(a, _)| a)
        .collect())
}
