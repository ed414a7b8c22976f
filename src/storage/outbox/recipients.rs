//! The authorities a case was routed to (`case_recipients`), kept so later filings and the
//! deadline scan reach the same ones.

use crate::domain::codes::Regime;
use crate::domain::names::AuthorityCode;
use crate::domain::routing::Role;
use crate::storage::schema::case_recipients;
use crate::storage::{native, DbConn};
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

/// A case's routed authorities, as stored when it was filed. Rows marked `informed` (the
/// v0.1 copies for other member states) are not recipients: migration 000016 removed them
/// and none are written any more.
pub fn recipients_of(
    conn: &mut DbConn,
    case_id: Uuid,
) -> QueryResult<Vec<(AuthorityCode, Role, Regime)>> {
    case_recipients::table
        .filter(case_recipients::case_id.eq(case_id.to_string()))
        .filter(case_recipients::informed.eq(false))
        .select((
            case_recipients::authority_code,
            case_recipients::role,
            case_recipients::regime,
        ))
        .load(conn)
}

/// Records that a case was routed to these authorities `(code, role, regime)`, the regime
/// being the thread that brought them; the caller passes only new ones. `informed` is always false: other member states are reached by packages.
pub fn add_recipients(
    conn: &mut DbConn,
    case: &crate::domain::case::Case,
    now: DateTime<Utc>,
    new: &[(&AuthorityCode, Role, Regime)],
) -> QueryResult<()> {
    let case_id = case.id;
    let (due, state) = (
        crate::storage::cases::queue_due(case, now),
        case.state.as_str(),
    );
    if new.is_empty() {
        return Ok(());
    }
    let rows: Vec<_> = new
        .iter()
        .map(|(code, role, regime)| {
            // A thread joining later reaches its authority now, not when the case opened.
            let received = if *regime == case.regime {
                case.created_at
            } else {
                now
            };
            (
                case_recipients::case_id.eq(case_id.to_string()),
                case_recipients::authority_code.eq(*code),
                case_recipients::role.eq(*role),
                case_recipients::informed.eq(false),
                case_recipients::queue_due_at.eq(due),
                case_recipients::case_state.eq(state),
                case_recipients::received_at.eq(crate::storage::to_db(received)),
                case_recipients::regime.eq(*regime),
            )
        })
        .collect();
    for row in &rows {
        native!(conn, |c| diesel::insert_into(case_recipients::table)
            .values(row)
            .execute(c))?;
    }
    Ok(())
}
