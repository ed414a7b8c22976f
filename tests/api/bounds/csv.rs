//! Issue 12 finding 8: one column of the queue's CSV export (the assignee) was not protected
//! against formulas. Now every cell that a spreadsheet would evaluate (a leading `=`, `+`,
//! `-`, `@`, tab or CR, after any spaces) starts with `'`.

use crate::helpers::Kind;
use crate::workspace::{act, add_user, login, world, PASSWORD};
use intake::domain::staff::StaffRole;

crate::on_both_kinds!(every_csv_cell_is_protected_against_formulas);

async fn every_csv_cell_is_protected_against_formulas(kind: Kind) {
    let mut w = world(kind).await;
    let email = "=1+2@ilr.example";
    let me = add_user(
        &w.b.database_url,
        "LU-ILR-ENERGY",
        email,
        StaffRole::Reviewer,
        false,
    );
    let b = &mut w.b;
    assert_eq!(login(b, email, PASSWORD).await, 303);
    let case = w.lu_case.clone();
    assert_eq!(
        act(b, &case, "assign", &[("user_id", &me.to_string())]).await,
        303
    );
    let csv = b.get("/authority/queue.csv").await;
    assert_eq!(csv.status, 200);
    let row = csv
        .body
        .lines()
        .find(|l| l.contains(&case))
        .expect("the case's row");
    assert!(row.contains(",'=1+2@ilr.example,"), "{row}");
    for cell in row.split(',') {
        let bare = cell.trim_start_matches('"').trim_start_matches(' ');
        assert!(
            !bare.starts_with(['=', '+', '-', '@']),
            "an unprotected cell {cell:?} in {row}"
        );
    }
}
