//! Issue 12 finding 8, spec §2.8: line breaks and control characters in the entity's legal
//! name and its other single-line fields (trade name, registration id, contact name, the EU
//! representative's name, the technical contact's name and role) are refused with an error
//! naming the field, on the public form and the API, and so never reach a mail body.

use crate::helpers::{add_entity, early_warning, Kind};
use crate::pages::{early_warning_form, pairs, summary, Browser};
use serde_json::{json, Value};

crate::on_both_kinds!(single_line_entity_fields_refuse_breaks_on_the_form_and_the_api);

/// A header a line break in the legal name would have smuggled into a mail.
const SMUGGLED: &str = "Bcc: everyone@evil.example";

const FIELDS: &[&str] = &[
    "legal_name",
    "trade_name",
    "registration_id",
    "contact_name",
    "eu_representative_name",
    "technical_contact_name",
    "technical_contact_role",
];

fn bad_values() -> [String; 4] {
    [
        format!("Acme SA\n{SMUGGLED}"),
        format!("Acme SA\r\n{SMUGGLED}"),
        "Acme\tSA".to_string(),
        "Acme\u{2028}SA".to_string(),
    ]
}

fn said_single_line(message: &str) -> bool {
    message.contains("single line") || message.contains("control characters")
}

async fn single_line_entity_fields_refuse_breaks_on_the_form_and_the_api(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    for field in FIELDS {
        for bad in bad_values() {
            let csrf = b.get("/report/new").await.csrf();
            let mut form = early_warning_form();
            form.retain(|(k, _)| k != field);
            form.push((*field, bad.clone()));
            let p = b
                .post("/report/new", &pairs(&csrf, &form, &[("action", "submit")]))
                .await;
            assert_eq!(p.status, 422, "form {field} {bad:?}: {}", summary(&p.body));
            assert!(
                p.body.contains(&format!("id=\"f-{field}-error\"")),
                "form {field}: {}",
                summary(&p.body)
            );
            assert!(
                said_single_line(&p.body),
                "form {field}: {}",
                summary(&p.body)
            );
        }
    }
    assert_eq!(b.count("cases"), 0, "no form filing went through");

    let (_, key) = add_entity(&b.database_url, "LU", "energy", "electricity_supplier");
    let (_, before) = b.api("GET", "/api/v1/entity", &key, None).await;
    let base = json!({"legal_name": "Acme Energy SA", "member_state": "LU", "sector": "energy",
        "entity_type": "electricity_supplier", "email": "soc@acme.example"});
    for field in FIELDS {
        for bad in bad_values() {
            let mut body = base.clone();
            body[*field] = Value::String(bad.clone());
            let (s, r) = b.api("PUT", "/api/v1/entity", &key, Some(body)).await;
            assert_eq!(s, 422, "api {field} {bad:?}: {r}");
            let named: Vec<&Value> = r["errors"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["field"] == format!("entity.{field}"))
                .collect();
            assert_eq!(named.len(), 1, "api {field}: {r}");
            assert!(
                said_single_line(named[0]["message"].as_str().unwrap()),
                "{r}"
            );
        }
    }
    let (_, after) = b.api("GET", "/api/v1/entity", &key, None).await;
    assert_eq!(after, before, "no refused profile was stored");

    // A filing now mails the unchanged name: nothing typed above reached a mail.
    let (s, filed) = b
        .api("POST", "/api/v1/incidents", &key, Some(early_warning()))
        .await;
    assert_eq!(s, 201, "{filed}");
    crate::mail_helpers::wait_until_delivered(&b.database_url).await;
    let mut mails = 0;
    for f in std::fs::read_dir(&b.mail_dir).unwrap() {
        let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
        assert!(
            !text.contains(SMUGGLED) && !text.contains("Acme\tSA"),
            "{text}"
        );
        mails += 1;
    }
    assert!(mails > 0, "the filing was mailed");
}
