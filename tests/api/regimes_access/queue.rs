//! The queue by regime (spec §7): each row says which thread brought the case, `?regime=`
//! filters rows and counts on the staff queue, the authority API and the CSV export alike;
//! an unknown regime is a 400; GDPR and DORA recipients owe no NIS2 initial feedback
//! (Art. 23(5)).

use super::{bank_case, browser, sign_in_as, token};
use crate::helpers::Kind;
use crate::on_both_kinds;

on_both_kinds!(the_queue_filters_and_shows_each_row_s_regime);

async fn the_queue_filters_and_shows_each_row_s_regime(kind: Kind) {
    let (mut b, _clock) = browser(kind).await;
    let (_, case) = bank_case(&b).await;
    let dpa = token(&b.database_url, "LU-CNPD");
    let (s, all) = b.api("GET", "/api/v1/authority/cases", &dpa, None).await;
    assert_eq!(s, 200, "{all}");
    assert_eq!(all["total"], 1, "{all}");
    let row = &all["items"][0];
    assert_eq!(row["id"], case.as_str());
    assert_eq!(row["regime"], "gdpr");
    // The DPA owes no Art. 23(5) feedback, and DORA's next stage is not its business.
    assert_eq!(row["feedback_owed"], false, "{row}");
    assert_ne!(row["next_due_stage"], "intermediate_report", "{row}");
    for (q, n) in [("gdpr", 1), ("dora", 0), ("nis2", 0)] {
        let (s, r) = b
            .api(
                "GET",
                &format!("/api/v1/authority/cases?regime={q}"),
                &dpa,
                None,
            )
            .await;
        assert_eq!((s, r["total"].as_i64()), (200, Some(n)), "{q}: {r}");
    }
    let (s, r) = b
        .api("GET", "/api/v1/authority/cases?feedback_owed=1", &dpa, None)
        .await;
    assert_eq!((s, r["total"].as_i64()), (200, Some(0)), "{r}");
    let (s, r) = b
        .api("GET", "/api/v1/authority/cases?regime=hipaa", &dpa, None)
        .await;
    assert_eq!(s, 400, "{r}");
    assert!(r.to_string().contains("regime"), "{r}");
    let cssf = token(&b.database_url, "LU-CSSF");
    let (_, r) = b
        .api("GET", "/api/v1/authority/cases?regime=dora", &cssf, None)
        .await;
    assert_eq!(r["total"], 1, "{r}");
    assert_eq!(r["items"][0]["regime"], "dora");
    // The staff queue: the row's regime in words, the filter and its counts.
    sign_in_as(&mut b, "LU-CNPD").await;
    let q = b.get("/authority/queue").await;
    assert_eq!(q.status, 200);
    assert!(
        q.body.contains("GDPR (Regulation 2016/679 Art. 33)"),
        "{}",
        q.body
    );
    assert!(q.body.contains("name=\"regime\""));
    let none = b.get("/authority/queue?regime=dora").await;
    assert!(
        !none.body.contains(&case),
        "a DORA filter shows the GDPR row"
    );
    assert!(b
        .get("/authority/queue?regime=gdpr")
        .await
        .body
        .contains(&case));
    assert_eq!(b.get("/authority/queue?regime=nope").await.status, 400);
    let csv = b.get("/authority/queue.csv?regime=gdpr").await;
    assert_eq!(csv.status, 200);
    let mut lines = csv.body.lines();
    assert!(lines.next().unwrap().contains(",regime,"));
    assert!(lines.next().unwrap().contains(",gdpr,"));
    let csv = b.get("/authority/queue.csv?regime=dora").await;
    assert_eq!(csv.body.lines().count(), 1, "{}", csv.body);
}
