//! The DORA classification helper (issue 13 §3, Delegated Regulation 2024/1772 Art. 8 and 9)
//! as a reporter uses it: a GET form whose answers decide "major" only with critical services
//! affected and either a malicious access that may lose data or two other thresholds, each
//! threshold strictly exceeded; recurring incidents together; bad input never a 500; French.

use crate::helpers::*;
use crate::on_both_backends;

on_both_backends!(
    the_helper_applies_article_8_at_each_threshold,
    the_gate_and_the_two_routes_of_article_8,
    recurring_incidents_count_together_unless_the_entity_is_exempt,
    bad_answers_are_named_and_never_fail,
    the_helper_speaks_french,
);

async fn page_in(app: &TestApp, query: &str, lang: &str) -> (u16, String) {
    let mut req = app.client.get(format!(
        "{}/report/dora-classification?{query}",
        app.address
    ));
    req.headers_mut().remove("accept-language");
    req = req.insert_header(("Accept-Language", lang));
    let mut res = req.send().await.unwrap();
    let body = res.body().limit(4 << 20).await.unwrap();
    (
        res.status().as_u16(),
        String::from_utf8(body.to_vec()).unwrap(),
    )
}

async fn page(app: &TestApp, query: &str) -> String {
    let (status, body) = page_in(app, query, "en").await;
    assert_eq!(status, 200, "{query}");
    body
}

fn between<'a>(html: &'a str, start: &str) -> &'a str {
    let at = html
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} in the page"));
    let rest = &html[at + start.len()..];
    &rest[..rest.find('<').unwrap()]
}

/// "major incident", "not a major incident" or "cannot be decided yet", and the rule.
async fn verdict(app: &TestApp, query: &str) -> (String, String) {
    let html = page(app, query).await;
    (
        between(&html, "<h2>Result: ").to_string(),
        between(&html, "<p>Decided by: ").to_string(),
    )
}

/// Critical services affected, every other threshold answered "not met".
const BASE: &str = "critical_services=yes&malicious_access=no&access_may_lose_data=no\
    &clients_affected=0&counterparts_affected=0&transactions_affected=0&transaction_value_eur=0\
    &relevant_clients_affected=no&reputational_impact=no&duration_hours=1&downtime_hours=0\
    &member_states_affected=1&data_losses=no&economic_impact_eur=0";

/// `BASE` with `changes` (later keys win: the form sends each name once, so drop the old).
fn q(changes: &[(&str, &str)]) -> String {
    let mut out: Vec<String> = BASE
        .split('&')
        .map(|p| p.trim().to_string())
        .filter(|p| !changes.iter().any(|(k, _)| p.split('=').next() == Some(*k)))
        .collect();
    out.extend(changes.iter().map(|(k, v)| format!("{k}={v}")));
    out.join("&")
}

const MAJOR: &str = "major incident";
const NOT: &str = "not a major incident";

async fn the_helper_applies_article_8_at_each_threshold(app: TestApp) {
    let blank = page(&app, "").await;
    assert!(
        !blank.contains("id=\"result\""),
        "no verdict without answers"
    );
    assert!(
        blank.contains("<label for=\"f-clients_affected\">"),
        "labelled fields"
    );
    assert!(!blank.contains("<script"), "no JavaScript");

    // One threshold (reputation) plus a second one just at / just above its limit.
    let at_and_above: [(&str, &str, &str, &str, &str); 8] = [
        ("clients_affected", "100", "101", "clients_total", "1000"),
        (
            "clients_affected",
            "100000",
            "100001",
            "clients_total",
            "10000000",
        ),
        (
            "counterparts_affected",
            "30",
            "31",
            "counterparts_total",
            "100",
        ),
        (
            "transactions_affected",
            "500",
            "501",
            "transactions_daily_average",
            "5000",
        ),
        (
            "transaction_value_eur",
            "1000000",
            "1000001",
            "transaction_value_daily_average_eur",
            "10000000",
        ),
        ("duration_hours", "24", "24.01", "", ""),
        ("downtime_hours", "2", "2.5", "", ""),
        ("economic_impact_eur", "100000", "100000.01", "", ""),
    ];
    for (field, at, above, total, total_value) in at_and_above {
        let mut at_q = vec![("reputational_impact", "yes"), (field, at)];
        let mut above_q = vec![("reputational_impact", "yes"), (field, above)];
        if !total.is_empty() {
            at_q.push((total, total_value));
            above_q.push((total, total_value));
        }
        let (v, rule) = verdict(&app, &q(&at_q)).await;
        assert_eq!(v, NOT, "{field} = {at} is not above the threshold");
        assert!(
            rule.starts_with("Art. 8(1): critical services affected, but"),
            "{rule}"
        );
        let (v, rule) = verdict(&app, &q(&above_q)).await;
        assert_eq!(v, MAJOR, "{field} = {above}");
        assert!(rule.starts_with("Art. 8(1)(b)"), "{rule}");
    }
}

async fn the_gate_and_the_two_routes_of_article_8(app: TestApp) {
    // Geographical spread reads "two or more member states".
    let one = verdict(
        &app,
        &q(&[("data_losses", "yes"), ("member_states_affected", "1")]),
    )
    .await;
    assert_eq!(one.0, NOT);
    let two = page(
        &app,
        &q(&[("data_losses", "yes"), ("member_states_affected", "2")]),
    )
    .await;
    assert_eq!(between(&two, "<h2>Result: "), MAJOR);
    assert!(two.contains("dora_a9_4: impact in two or more member states"));
    assert!(two.contains("dora_a9_5_a: data losses"));
    // Relevant clients affected count on their own for Art. 9(1).
    let relevant = verdict(
        &app,
        &q(&[("relevant_clients_affected", "yes"), ("data_losses", "yes")]),
    )
    .await;
    assert_eq!(relevant.0, MAJOR);
    // Without critical services, every threshold together is not major.
    let all = q(&[
        ("critical_services", "no"),
        ("reputational_impact", "yes"),
        ("data_losses", "yes"),
        ("economic_impact_eur", "5000000"),
    ]);
    let (v, rule) = verdict(&app, &all).await;
    assert_eq!(
        (v.as_str(), rule.as_str()),
        (NOT, "Art. 8(1): no critical service affected.")
    );
    // A malicious access that may lose data is major alone (Art. 8(1)(a)); it also opens
    // the gate (Art. 6(c)).
    let access = q(&[
        ("critical_services", "no"),
        ("malicious_access", "yes"),
        ("access_may_lose_data", "yes"),
    ]);
    let html = page(&app, &access).await;
    assert_eq!(between(&html, "<h2>Result: "), MAJOR);
    assert!(between(&html, "<p>Decided by: ").starts_with("Art. 8(1)(a)"));
    assert!(html.contains("dora_a9_5_b: malicious unauthorised access"));
    let harmless = verdict(&app, &q(&[("malicious_access", "yes")])).await;
    assert_eq!(
        harmless.0, NOT,
        "the access alone is one gate, not a threshold"
    );

    // Unanswered thresholds keep it open rather than "not major".
    let html = page(&app, "critical_services=yes&reputational_impact=yes").await;
    assert_eq!(between(&html, "<h2>Result: "), "cannot be decided yet");
    assert!(html.contains("Not decided by your answers"));
    assert!(html.contains("dora_a9_1: clients, financial counterparts and transactions"));
}

async fn recurring_incidents_count_together_unless_the_entity_is_exempt(app: TestApp) {
    let together = [
        ("recurring_combined", "yes"),
        ("reputational_impact", "yes"),
        ("economic_impact_eur", "150000"),
    ];
    let with = |extra: &[(&'static str, &'static str)]| {
        let mut all = together.to_vec();
        all.extend_from_slice(extra);
        q(&all)
    };
    let html = page(
        &app,
        &with(&[("recurring_count", "2"), ("simplified_framework", "no")]),
    )
    .await;
    assert_eq!(between(&html, "<h2>Result: "), MAJOR);
    assert!(between(&html, "<p>Decided by: ").starts_with("Art. 8(2): recurring incidents"));
    assert!(html.contains("dora_a8_2: recurring incidents that together are major"));
    // One incident is not "recurring": Art. 8(1) decides.
    let (v, rule) = verdict(&app, &with(&[("recurring_count", "1")])).await;
    assert_eq!(v, MAJOR);
    assert!(rule.starts_with("Art. 8(1)(b)"), "{rule}");
    // Microenterprises and the entities of DORA Art. 16(1) do not aggregate.
    let (v, rule) = verdict(
        &app,
        &with(&[("recurring_count", "3"), ("simplified_framework", "yes")]),
    )
    .await;
    assert_eq!(v, NOT);
    assert!(rule.starts_with("Art. 8(2) does not apply"), "{rule}");
    // Together below the thresholds: not major under Art. 8(2).
    let below = q(&[
        ("recurring_combined", "yes"),
        ("recurring_count", "4"),
        ("simplified_framework", "no"),
        ("economic_impact_eur", "90000"),
    ]);
    let (v, rule) = verdict(&app, &below).await;
    assert_eq!(v, NOT);
    assert!(rule.starts_with("Art. 8(2)"), "{rule}");
    // The count missing: cannot be decided.
    let (v, _) = verdict(&app, &with(&[("simplified_framework", "no")])).await;
    assert_eq!(v, "cannot be decided yet");
}

async fn bad_answers_are_named_and_never_fail(app: TestApp) {
    let html = page(
        &app,
        &q(&[("clients_affected", "lots"), ("economic_impact_eur", "-5")]),
    )
    .await;
    assert!(
        html.contains("id=\"f-clients_affected-error\""),
        "the error is tied to its field"
    );
    assert!(html.contains("aria-describedby=\"f-clients_affected-hint f-clients_affected-error\""));
    assert!(html.contains("id=\"f-economic_impact_eur-error\""));
    assert!(html.contains("Enter a number of 0 or more"));
    // "150,000" could be 150 000 or 150.000: refused rather than guessed.
    let ambiguous = page(&app, &q(&[("economic_impact_eur", "150,000")])).await;
    assert!(ambiguous.contains("id=\"f-economic_impact_eur-error\""));
    let comma = verdict(
        &app,
        &q(&[("downtime_hours", "2,5"), ("data_losses", "yes")]),
    )
    .await;
    assert_eq!(comma.0, MAJOR, "a decimal comma is read as one");
    assert!(html.contains("value=\"lots\""), "the answer is shown again");
    assert_eq!(
        between(&html, "<h2>Result: "),
        "cannot be decided yet",
        "a bad number decides nothing"
    );
    let long = "9".repeat(5000);
    for query in [
        "clients_affected=%FF%FE".to_string(),
        "clients_affected=1&clients_affected=2".to_string(),
        format!("economic_impact_eur={long}"),
        "duration_hours=NaN&downtime_hours=inf&member_states_affected=1e999".to_string(),
        "critical_services=%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_string(),
        "unknown_question=yes".to_string(),
    ] {
        let (status, body) = page_in(&app, &query, "en").await;
        assert!(status == 200 || status == 400, "{query}: {status}");
        assert!(!body.contains("<script>alert"), "{query}: escaped");
    }
    let (_, body) = page_in(&app, "duration_hours=NaN&critical_services=yes", "en").await;
    assert!(body.contains("id=\"f-duration_hours-error\""));
}

async fn the_helper_speaks_french(app: TestApp) {
    let (status, html) = page_in(
        &app,
        &q(&[("reputational_impact", "yes"), ("data_losses", "yes")]),
        "fr",
    )
    .await;
    assert_eq!(status, 200);
    assert!(html.contains("<html lang=\"fr\""), "{}", &html[..200]);
    assert!(
        html.contains("incident majeur lié aux TIC (DORA)"),
        "the title in French"
    );
    assert!(
        html.contains("<h2>Résultat\u{a0}: incident majeur</h2>"),
        "the verdict in French"
    );
    assert!(html.contains("Article 8, paragraphe 1, point b)"));
    assert!(html.contains("Clients touchés"));
    assert!(html.contains("Classer"));
    assert!(!html.contains("Result:"), "no English left");
    // The NIS2 helper points financial entities here, in French too.
    let mut req = app
        .client
        .get(format!("{}/report/significance", app.address));
    req.headers_mut().remove("accept-language");
    let mut res = req
        .insert_header(("Accept-Language", "fr"))
        .send()
        .await
        .unwrap();
    let nis2 = String::from_utf8(res.body().await.unwrap().to_vec()).unwrap();
    assert!(nis2.contains("href=\"/report/dora-classification\""));
    assert!(nis2.contains("Utilisez l") && nis2.contains("aide à la classification DORA"));
}
