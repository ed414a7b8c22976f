//! Issue 12: how to report a vulnerability. `INTAKE_SECURITY_CONTACT` is published at
//! `/.well-known/security.txt` (RFC 9116), with an expiry a year ahead on the service's clock;
//! without a contact there is no file, and a bad contact stops the start.

use crate::helpers::Kind;
use crate::pages::Browser;
use intake::config::Settings;
use intake::domain::clock::ManualClock;
use std::sync::Arc;

crate::on_both_kinds!(the_security_contact_is_published_as_security_txt);

async fn the_security_contact_is_published_as_security_txt(kind: Kind) {
    let clock = ManualClock::at("2027-03-01T10:00:00Z".parse().unwrap());
    let mut b = Browser::start_tuned(kind, Arc::new(clock), |s| {
        s.security_contact = vec!["mailto:security@authority.example".into()];
    })
    .await;
    let p = b.get("/.well-known/security.txt").await;
    assert_eq!(p.status, 200);
    assert!(
        p.body
            .contains("Contact: mailto:security@authority.example\n"),
        "{}",
        p.body
    );
    assert!(
        p.body.contains("Expires: 2028-02-29T10:00:00Z\n"),
        "{}",
        p.body
    );
    assert!(p.body.contains("/.well-known/security.txt\n"), "{}", p.body);

    let mut none = Browser::start(kind, 10).await;
    assert_eq!(none.get("/.well-known/security.txt").await.status, 404);
}

#[test]
fn a_bad_security_contact_stops_the_start() {
    let e = Settings::from_lookup(|k| {
        (k == "INTAKE_SECURITY_CONTACT").then(|| "http://insecure.example".to_string())
    })
    .unwrap_err();
    assert!(e.starts_with("INTAKE_SECURITY_CONTACT"), "{e}");
    let ok = Settings::from_lookup(|k| {
        (k == "INTAKE_SECURITY_CONTACT").then(|| "security@a.example".to_string())
    })
    .unwrap();
    assert_eq!(ok.security_contact, vec!["mailto:security@a.example"]);
}
