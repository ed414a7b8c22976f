//! Filing through the public forms: a case from the first form to its follow-up page and
//! mail, invalid input explained and kept, bad links and stages, the significance helper.

use super::*;

crate::on_both_kinds!(file_then_follow_up, invalid_input_is_explained_and_kept);

async fn file_then_follow_up(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let landing = b.get("/").await;
    assert_eq!(landing.status, 200);
    assert!(landing
        .body
        .contains("href=\"/report/new?stage=early_warning\""));
    let receipt_path = file_early_warning(&mut b).await;
    assert!(receipt_path.starts_with("/report/follow-up/"));
    let receipt = b.get(&receipt_path).await;
    assert_eq!(receipt.status, 200);
    assert!(receipt.body.contains("Report received"));
    assert!(receipt.body.contains("LU-2026-") || receipt.body.contains("LU-20"));
    assert!(
        receipt.body.contains("Incident notification"),
        "next deadline shown"
    );
    assert_eq!(
        receipt.headers.get("referrer-policy").unwrap(),
        "no-referrer"
    );
    let token = receipt_path
        .trim_start_matches("/report/follow-up/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(token.len(), 96, "case id + 256-bit HMAC");
    // Another case's id with this MAC, or this id with a changed MAC, opens nothing.
    let forged = format!("{}{}", "0".repeat(32), &token[32..]);
    assert_eq!(
        b.get(&format!("/report/follow-up/{forged}")).await.status,
        404
    );
    let tampered = format!(
        "{}{}",
        &token[..95],
        if token.ends_with('0') { "1" } else { "0" }
    );
    assert_eq!(
        b.get(&format!("/report/follow-up/{tampered}")).await.status,
        404
    );

    // The token is stored only as its hash.
    let mut c = Backend::from_url(&b.database_url)
        .unwrap()
        .connect()
        .unwrap();
    let stored: Vec<String> = schema::follow_up_links::table
        .select(schema::follow_up_links::token_hash)
        .load(&mut c)
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token);
    file_the_notification(&mut b, &token).await;
    the_acknowledgement_carries_the_link(&b, &token).await;
}

/// The notification form, pre-filled from the case, filed.
pub(crate) async fn file_the_notification(b: &mut Browser, token: &str) {
    // The notification form comes pre-filled with what the case already says.
    let form = b
        .get(&format!(
            "/report/follow-up/{token}/file/incident_notification"
        ))
        .await;
    assert_eq!(form.status, 200);
    assert!(
        form.body.contains("Ransomware on billing servers"),
        "title carried forward"
    );
    let csrf = form.csrf();
    let mut data: Vec<(&str, String)> = vec![
        ("title", "Ransomware on billing servers".into()),
        ("initial_assessment", "LockBit entered through an unpatched VPN appliance; billing cluster encrypted.".into()),
        ("severity", "large".into()),
        ("impact_properties", "availability".into()),
        ("impact_properties", "integrity".into()),
        ("service_impact", "degraded".into()),
        ("geo_spread", "national".into()),
        ("outage_start", (chrono::Utc::now() - chrono::Duration::hours(3)).format("%Y-%m-%dT%H:%M").to_string()),
        ("incident_class", "malicious-code".into()),
        ("incident_type", "infected-system".into()),
        ("mitigation_taken", "Segment isolated; restore from backups started.".into()),
        ("iocs", "ipv4 192.0.2.10 C2\nsha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855".into()),
    ];
    data.push(("language", "en".into()));
    let done = b
        .post(
            &format!("/report/follow-up/{token}/file/incident_notification"),
            &pairs(&csrf, &data, &[("action", "submit")]),
        )
        .await;
    assert_eq!(done.status, 303, "{}", summary(&done.body));
    let case = b.get(done.location.as_deref().unwrap()).await;
    assert!(case.body.contains("Incident notification – version 1"));
    assert!(case.body.contains("192.0.2.10"));
    assert!(case.body.contains("Early warning – version 1"));
    assert_eq!(b.count("submissions"), 2);
}

/// The acknowledgement mail carries the follow-up link; no authority mail does.
async fn the_acknowledgement_carries_the_link(b: &Browser, token: &str) {
    // Every mail of the filing is out before anything is read, so the absence below means
    // something.
    crate::mail_helpers::wait_until_delivered(&b.database_url).await;
    let found = std::fs::read_dir(&b.mail_dir).unwrap().any(|e| {
        std::fs::read_to_string(e.unwrap().path())
            .unwrap()
            .replace("=\r\n", "")
            .replace("=\n", "")
            .contains(&format!("/report/follow-up/{token}"))
    });
    assert!(found, "acknowledgement mail with the follow-up link");
    let authority_mail_leaks = std::fs::read_dir(&b.mail_dir).unwrap().any(|e| {
        let m = std::fs::read_to_string(e.unwrap().path()).unwrap();
        !m.contains("To: soc@acme.example") && m.replace("=\r\n", "").contains(token)
    });
    assert!(!authority_mail_leaks, "only the reporter receives the link");
}

async fn invalid_input_is_explained_and_kept(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let form = b.get("/report/new").await;
    let csrf = form.csrf();
    let mut data = early_warning_form();
    data.retain(|(k, _)| *k != "summary" && *k != "email");
    data.push(("summary", "short".into()));
    data.push(("email", "not-an-address".into()));
    data.push(("title", "<script>alert(1)</script> café ‏RTL".into()));
    data.retain(|(k, v)| *k != "title" || v.starts_with('<'));
    let page = b
        .post("/report/new", &pairs(&csrf, &data, &[("action", "submit")]))
        .await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("id=\"error-summary\""));
    assert!(page.body.contains("href=\"#f-summary\""));
    assert!(page.body.contains("href=\"#f-email\""));
    assert!(
        page.body
            .contains("aria-describedby=\"f-email-hint f-email-error\""),
        "error tied to its field"
    );
    assert!(page.body.contains("id=\"f-email-error\""));
    assert!(
        page.body.contains("value=\"not-an-address\""),
        "typed value kept"
    );
    assert!(page.body.contains("Acme Energy SA"));
    assert!(
        !page.body.contains("<script>alert(1)"),
        "typed HTML is escaped"
    );
    assert!(
        page.body.contains("&#60;script&#62;alert(1)")
            || page.body.contains("&lt;script&gt;alert(1)")
    );
    assert_eq!(
        (
            b.count("cases"),
            b.count("entities"),
            b.count("submissions")
        ),
        (0, 0, 0)
    );
}

async fn bad_links_and_stages_are_explained(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let page = b
        .get(&format!("/report/follow-up/{}", "ab".repeat(32)))
        .await;
    assert_eq!(page.status, 404);
    assert!(page.body.contains("This link is not valid"));
    assert!(page
        .headers
        .get("content-type")
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert_eq!(
        b.get(&format!("/report/draft/{}", "ab".repeat(32)))
            .await
            .status,
        404
    );
    let path = file_early_warning(&mut b).await;
    let token = path
        .trim_start_matches("/report/follow-up/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    // A final report before the notification: explained, not a 500.
    let page = b
        .get(&format!("/report/follow-up/{token}/file/final_report"))
        .await;
    assert_eq!(page.status, 409);
    assert!(page.body.contains("needs the incident notification first"));
    assert_eq!(
        b.get(&format!("/report/follow-up/{token}/file/nonsense"))
            .await
            .status,
        404
    );
    let print = b.get(&format!("/report/follow-up/{token}/print")).await;
    assert_eq!(print.status, 200);
    assert!(!print.body.contains("File a report"));
}

async fn significance_helper_advises(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let blank = b.get("/report/significance").await;
    assert_eq!(blank.status, 200);
    assert!(!blank.body.contains("id=\"result\""));
    let page = b
        .get("/report/significance?entity_type=cloud_computing_provider&unavailable_minutes=45")
        .await;
    assert!(page.body.contains("Result: significant"), "{}", page.body);
    assert!(page.body.contains("ir_a7"));
    assert!(page.body.contains("significance_basis=ir_a7"));
    let page = b
        .get("/report/significance?entity_type=electricity_supplier&severe_disruption=no")
        .await;
    assert!(page.body.contains("Result: cannot be decided yet"));
    let form = b
        .get("/report/new?stage=early_warning&significance_basis=ir_a7")
        .await;
    assert!(form.body.contains(">ir_a7</textarea>"));
}

mod sqlite_only {
    use super::*;

    #[actix_web::test]
    async fn bad_links() {
        bad_links_and_stages_are_explained(Kind::Sqlite).await
    }

    #[actix_web::test]
    async fn significance() {
        significance_helper_advises(Kind::Sqlite).await
    }
}
