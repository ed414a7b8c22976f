//! Which thread brought each recipient to a case (`case_recipients.regime`, spec §7): what a
//! viewer may see of a case with several threads starts here.

use super::schema::case_recipients;
use super::DbConn;
use crate::domain::codes::Regime;
use diesel::prelude::*;
use uuid::Uuid;

/// Each recipient of a case with the thread that brought it there (`case_recipients.regime`).
pub fn recipient_regimes(c: &mut DbConn, case_id: Uuid) -> QueryResult<Vec<(String, Regime)>> {
    case_recipients::table
        .filter(case_recipients::case_id.eq(case_id.to_string()))
        .select((case_recipients::authority_code, case_recipients::regime))
        .order(case_recipients::authority_code.asc())
        .load(c)
}
