//! Only the authority handling a report exercises the powers over it: feedback (Art. 23(5)),
//! intermediate requests (Art. 23(4)(c)), closing and waivers (spec §1.5). The single point of
//! contact, routed a cross-border case, is "provided with relevant information" (Art. 23(1))
//! and may read and annotate it, but not close, waive or request.

use super::*;
use crate::on_both_backends_at;

on_both_backends_at!(
    the_single_point_of_contact_reads_but_does_not_close_or_waive at "2027-03-01T09:00:00Z",
);

async fn the_single_point_of_contact_reads_but_does_not_close_or_waive(app: TestApp) {
    let spoc = token(&app, "LU-SPOC");
    let aware = app.clock().now() - Duration::hours(1);
    let opened = app
        .open_case(&with(
            early_warning(),
            json!({"aware_at": rfc(aware), "cross_border_possible": "yes"}),
        ))
        .await;
    assert_eq!(opened.status, 201, "{}", opened.body);
    let id = opened.body["id"].as_str().unwrap();
    let read = app
        .send(
            "GET",
            &format!("/api/v1/authority/cases/{id}"),
            Some(&spoc),
            &[],
            None,
        )
        .await;
    assert_eq!(
        read.status, 200,
        "the SPOC is routed the case: {}",
        read.body
    );
    let closing = close(
        &app,
        &spoc,
        id,
        json!({"kind": "not_significant", "reason": "Not our call."}),
    )
    .await;
    assert_eq!(closing.status, 403, "{}", closing.body);
    assert!(
        closing.body.to_string().contains("Art. 23(1)"),
        "{}",
        closing.body
    );
    let waiving = post(
        &app,
        &spoc,
        &format!("/api/v1/authority/cases/{id}/waivers"),
        json!({"stage": "incident_notification", "reason": "Not our call."}),
    )
    .await;
    assert_eq!(waiving.status, 403, "{}", waiving.body);
    // Feedback (Art. 23(5)) is the CSIRT's: the SPOC's queue does not count it owed.
    let queue = app
        .send("GET", "/api/v1/authority/cases", Some(&spoc), &[], None)
        .await;
    let item = queue.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == id)
        .cloned()
        .unwrap();
    assert_eq!(item["feedback_owed"], false, "{item}");
    let feedback = post(
        &app,
        &spoc,
        &format!("/api/v1/authority/cases/{id}/feedback"),
        json!({"kind": "mitigation_guidance", "message": "Isolate the appliance."}),
    )
    .await;
    assert_eq!(feedback.status, 403, "{}", feedback.body);
    // The case is untouched: still open, the notification still owed.
    let case = app.get_case(id).await.body;
    assert_eq!(case["state"], "early_warning_submitted");
    // The CSIRT in charge may close it.
    let csirt = token(&app, "LU-CSIRT");
    let closed = close(
        &app,
        &csirt,
        id,
        json!({"kind": "not_significant", "reason": "Assessed: no significant impact."}),
    )
    .await;
    assert_eq!(closed.status, 201, "{}", closed.body);
}
