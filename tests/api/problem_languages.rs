//! Problem documents and error pages in the reader's language (issue 14): `title`, `detail`
//! and field messages follow `Accept-Language` (en, fr, de, nl); `type`, `status`, field names
//! and codes never change; every problem says its `Content-Language`; error pages follow the
//! page language (cookie, then `Accept-Language`).

use crate::helpers::*;
use crate::{on_both_backends, on_both_kinds};
use serde_json::{json, Value};

on_both_backends!(
    an_invalid_filing_reads_in_german_with_the_same_fields_and_codes,
    a_belgian_french_reader_gets_french,
    unknown_or_garbage_languages_get_english,
    not_found_and_conflict_read_in_dutch,
    error_pages_follow_the_page_language,
    serdes_words_never_reach_a_french_reader,
    an_unknown_sector_is_refused_in_french,
);
on_both_kinds!(a_rate_limited_client_reads_the_limit_in_dutch);

/// The filing of `validation.rs`: eleven invalid fields of many kinds.
fn invalid_filing() -> Value {
    json!({"report": {
        "stage": "incident_notification", "aware_at": "2026-11-27T10:00:00", "title": "x",
        "summary": "Billing servers encrypted; invoices cannot be issued.", "suspected_malicious": "yes",
        "cross_border_possible": "yes", "cross_border_ms": ["FR", "US"], "affected_services": ["billing"],
        "incident_status": "burning", "assistance_requested": false, "severity": "catastrophic",
        "initial_assessment": "too short", "impact_properties": ["availability"], "service_impact": "none",
        "geo_spread": "national", "mitigation_taken": "Isolated.", "incident_class": "intrusions", "incident_type": "phishing",
        "iocs": [{"type": "ipv4", "value": "192.0.2.1"}, {"type": "url", "value": "not a url"}, {"type": "md5"}],
        "cve_ids": ["CVE-2024-3400", "CVE-24"], "financial_loss_eur": "-5"
    }})
}

async fn file_in(app: &TestApp, accept_language: Option<&str>) -> Reply {
    let headers: Vec<(&str, &str)> = accept_language
        .map(|l| vec![("Accept-Language", l)])
        .unwrap_or_default();
    app.post_json("/api/v1/incidents", &invalid_filing(), &headers)
        .await
}

fn content_language(r: &Reply) -> &str {
    r.headers
        .get("content-language")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

/// The message of the error on `field`.
fn message<'a>(r: &'a Reply, field: &str) -> &'a str {
    r.body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["field"] == field)
        .and_then(|e| e["message"].as_str())
        .unwrap_or_else(|| panic!("no error on {field}: {}", r.body))
}

async fn an_invalid_filing_reads_in_german_with_the_same_fields_and_codes(app: TestApp) {
    let en = file_in(&app, None).await;
    let de = file_in(&app, Some("de-DE,de;q=0.9,en;q=0.5")).await;

    assert_eq!(de.status, 422, "{}", de.body);
    assert_eq!(de.content_type, "application/problem+json");
    assert_eq!(content_language(&de), "de");
    assert_eq!(content_language(&en), "en");
    assert_eq!(de.body["type"], en.body["type"]);
    assert_eq!(de.body["status"], 422);
    assert_eq!(de.body["title"], "Ungültige Eingabe");
    assert_eq!(de.body["detail"], "11 Felder sind ungültig; siehe errors");
    assert_eq!(
        de.error_fields(),
        en.error_fields(),
        "same fields, same order"
    );
    assert_eq!(
        message(&de, "report.aware_at"),
        "braucht eine Zeitzonenangabe, z. B. 2026-03-01T08:30:00+01:00 oder …Z"
    );
    assert_eq!(
        message(&de, "report.iocs[1].value"),
        "ist keine gültige absolute URL wie https://example.com/path"
    );
    assert_eq!(message(&de, "report.iocs[2].value"), "ist erforderlich");
    // Codes inside a message stay codes.
    let severity = message(&de, "report.severity");
    assert!(
        severity.starts_with("muss einer dieser Werte sein: "),
        "{severity}"
    );
    assert!(severity.contains("very_large"), "{severity}");
    assert_eq!(
        severity.split(": ").nth(1),
        message(&en, "report.severity").split(": ").nth(1)
    );
    let title = message(&de, "report.title");
    assert!(title.starts_with("muss mindestens "), "{title}");
    assert!(
        title.ends_with(" Zeichen lang sein (1 erhalten)"),
        "{title}"
    );
    for field in de.error_fields() {
        assert_ne!(
            message(&de, &field),
            message(&en, &field),
            "{field} untranslated"
        );
    }
}

async fn a_belgian_french_reader_gets_french(app: TestApp) {
    let fr = file_in(&app, Some("fr-BE")).await;

    assert_eq!(fr.status, 422);
    assert_eq!(content_language(&fr), "fr");
    assert_eq!(fr.body["title"], "Données invalides");
    assert_eq!(
        fr.body["detail"],
        "11 champs sont invalides\u{202f}; voir errors"
    );
    assert_eq!(message(&fr, "report.iocs[2].value"), "est obligatoire");
    assert_eq!(
        message(&fr, "report.financial_loss_eur"),
        "doit être un montant en euros ≥ 0 avec au plus 2 décimales, p. ex. 125000.50"
    );
    assert_eq!(
        message(&fr, "report.cross_border_ms[1]"),
        "doit être le code d'un État membre de l'UE tel que LU, DE ou EL"
    );
}

async fn unknown_or_garbage_languages_get_english(app: TestApp) {
    let plain = file_in(&app, None).await;
    assert_eq!(plain.body["title"], "Unprocessable Entity");
    assert_eq!(plain.body["detail"], "11 field(s) are invalid; see errors");
    assert_eq!(message(&plain, "report.iocs[2].value"), "is required");
    for garbage in [
        "sv-SE, pl;q=0.8",
        "*",
        ";;;q=abc,,",
        "de;q=0",
        "x-klingon",
        "zz;q=1.5, ;q=",
    ] {
        let r = file_in(&app, Some(garbage)).await;
        assert_eq!(r.status, 422, "{garbage:?}");
        assert_eq!(r.body, plain.body, "{garbage:?} reads in English");
        assert_eq!(content_language(&r), "en", "{garbage:?}");
    }
}

async fn not_found_and_conflict_read_in_dutch(app: TestApp) {
    let nl = [("Accept-Language", "nl-BE, nl;q=0.9")];
    let key = app.api_key.clone();
    let missing = app
        .send(
            "GET",
            "/api/v1/incidents/6f1c1a52-8d7e-4d38-9a35-2f4b8e0c9d11",
            Some(&key),
            &nl,
            None,
        )
        .await;
    assert_eq!(missing.status, 404);
    assert_eq!(content_language(&missing), "nl");
    assert_eq!(missing.body["type"], "about:blank");
    assert_eq!(missing.body["title"], "Niet gevonden");
    assert_eq!(missing.body["detail"], "niet gevonden");
    // An address no route answers reads in Dutch too.
    let nowhere = app.send("GET", "/api/v1/nope", Some(&key), &nl, None).await;
    assert_eq!(nowhere.status, 404);
    assert_eq!(content_language(&nowhere), "nl");
    assert_eq!(nowhere.body["title"], "Niet gevonden");

    let id = app.open_case(&early_warning()).await.body["id"]
        .as_str()
        .unwrap()
        .to_string();
    let final_report = json!({"report": {"stage": "final_report"}});
    let path = format!("/api/v1/incidents/{id}/reports");
    let too_early = app.post_json(&path, &final_report, &nl).await;
    assert_eq!(too_early.status, 409, "{}", too_early.body);
    assert_eq!(content_language(&too_early), "nl");
    assert_eq!(too_early.body["status"], 409);
    assert_eq!(too_early.body["title"], "Conflict met de huidige toestand");
    // The state machine's refusal is a sentence in Dutch, its stage in words (spec §1.5).
    assert_eq!(
        too_early.body["detail"],
        "de fase ‘eindverslag’ vereist eerst de incidentmelding"
    );
    let english = app.post_json(&path, &final_report, &[]).await;
    assert_eq!(english.body["title"], "Conflict");
    assert_eq!(
        english.body["detail"],
        "the final report needs the incident notification first"
    );
    let fr = [("Accept-Language", "fr")];
    let withdraw = json!({"reason": "Évalué comme non important après analyse."});
    let withdrawn = app
        .post_json(
            &format!("/api/v1/incidents/{id}/withdrawal"),
            &withdraw,
            &fr,
        )
        .await;
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.body);
    let closed = app.post_json(&path, &final_report, &fr).await;
    assert_eq!(closed.status, 409, "{}", closed.body);
    assert_eq!(
        closed.body["detail"],
        "ce dossier a été retiré ; aucun autre rapport ne peut être déposé à moins que l'autorité ne le rouvre"
    );
}

async fn a_rate_limited_client_reads_the_limit_in_dutch(kind: Kind) {
    let (db, _dir) = fresh_database(kind);
    let mail = tempfile::tempdir().unwrap();
    let mut s = settings(&db, mail.path(), None);
    s.api_rate_limit = 1;
    let app = intake::startup::Application::build(&s).unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    actix_web::rt::spawn(app.run());
    let (_, key) = add_entity(&db, "BE", "energy", "electricity_supplier");
    let client = awc::Client::default();
    let get = || {
        client
            .get(format!("{base}/api/v1/incidents"))
            .insert_header(("Authorization", format!("Bearer {key}")))
            .insert_header(("Accept-Language", "nl"))
            .send()
    };
    assert_eq!(get().await.unwrap().status().as_u16(), 200);
    let mut limited = get().await.unwrap();
    assert_eq!(limited.status().as_u16(), 429);
    let header = |name: &str| {
        limited
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let (wait, language) = (header("retry-after"), header("content-language"));
    assert_eq!(language, "nl");
    let body: Value = limited.json().await.unwrap();
    assert_eq!(body["title"], "Te veel verzoeken");
    assert_eq!(
        body["detail"],
        format!("te veel verzoeken; probeer het over {wait} s opnieuw")
    );
    assert_eq!(body["type"], "about:blank");
    assert_eq!(body["status"], 429);
}

async fn error_pages_follow_the_page_language(app: TestApp) {
    let page = |headers: Vec<(&'static str, &'static str)>| {
        let client = app.client.clone();
        let url = format!("{}/report/follow-up/not-a-link", app.address);
        async move {
            let mut req = client.get(url);
            for h in headers {
                req = req.insert_header(h);
            }
            let mut res = req.send().await.unwrap();
            let body = res.body().await.unwrap();
            let language = res
                .headers()
                .get("content-language")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            (
                res.status().as_u16(),
                language,
                String::from_utf8_lossy(&body).to_string(),
            )
        }
    };
    let (status, language, html) = page(vec![("Accept-Language", "de")]).await;
    assert_eq!(status, 404);
    assert_eq!(language, "de");
    assert!(html.contains("<h1>Seite nicht gefunden</h1>"), "{html}");
    assert!(html.contains("Zurück zur Startseite"), "{html}");
    // The explicit choice (cookie) wins over the browser's language.
    let (_, language, html) = page(vec![("Accept-Language", "de"), ("Cookie", "lang=fr")]).await;
    assert_eq!(language, "fr");
    assert!(html.contains("<h1>Page introuvable</h1>"), "{html}");
    let (_, language, html) = page(vec![]).await;
    assert_eq!(language, "en");
    assert!(html.contains("<h1>Page not found</h1>"), "{html}");
    assert!(html.contains("Back to the start page"), "{html}");

    // An unknown address: the page for a browser, a problem document under /api/.
    for (path, html) in [("/no-such-page", true), ("/api/v1/no-such-thing", false)] {
        let mut res = app
            .client
            .get(format!("{}{path}", app.address))
            .insert_header(("Accept-Language", "de"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 404);
        let body = String::from_utf8_lossy(&res.body().await.unwrap()).to_string();
        assert_eq!(
            body.contains("<h1>Seite nicht gefunden</h1>"),
            html,
            "{body}"
        );
        assert_eq!(body.contains("\"status\":404"), !html, "{body}");
    }
}

/// The JSON reader's own (English) wording stays out: an unknown field, a bad code, broken
/// JSON and a bad query string are said in French with what the reader can act on.
async fn serdes_words_never_reach_a_french_reader(app: TestApp) {
    let fr = [("Accept-Language", "fr")];
    let mut body = early_warning();
    body["report"]["contact_email"] = json!("soc@acme.example");
    let unknown = app.post_json("/api/v1/incidents", &body, &fr).await;
    assert_eq!(unknown.status, 422, "{}", unknown.body);
    let m = message(&unknown, "report.contact_email");
    assert!(m.starts_with("n'est pas un champ de cette requête"), "{m}");
    assert!(!m.contains("expected"), "{m}");

    let key = app.api_key.clone();
    let broken = app
        .send(
            "POST",
            "/api/v1/incidents",
            Some(&key),
            &[("Content-Type", "application/json"), fr[0]],
            Some(b"{\"report\": {".to_vec()),
        )
        .await;
    assert_eq!(broken.status, 400);
    assert_eq!(
        broken.body["detail"],
        "JSON mal formé (ligne 1, colonne 12)"
    );

    let query = app
        .send("GET", "/api/v1/incidents?limit=abc", Some(&key), &fr, None)
        .await;
    assert_eq!(query.status, 400);
    let detail = query.body["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("la chaîne de requête n'a pas pu être lue"),
        "{detail}"
    );
    assert!(!detail.contains("deserialize"), "{detail}");
}

/// A sector outside the annexes is refused in the reader's words, like every other code list
/// (it was the one list whose refusal stayed English).
async fn an_unknown_sector_is_refused_in_french(app: TestApp) {
    let mut body = early_warning();
    body["report"]["affected_sectors"] = json!(["energy", "mining"]);
    let r = app
        .post_json("/api/v1/incidents", &body, &[("Accept-Language", "fr")])
        .await;
    assert_eq!(r.status, 422, "{}", r.body);
    let said = message(&r, "report.affected_sectors[1]");
    assert!(
        said.starts_with("doit être l'une des valeurs suivantes"),
        "{said}"
    );
    assert!(said.contains("energy"), "the codes stay codes: {said}");
}
