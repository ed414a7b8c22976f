//! The browser forms for v0.2's fields: a later filing may change the time of awareness with a
//! reason (spec §1.1), trust-service providers are asked whether their trust services are
//! affected with `yes` pre-selected (§1.2), single-line fields refuse line breaks (§2.8).

use crate::helpers::Kind;
use crate::on_both_kinds;
use crate::pages::{early_warning_form, file_early_warning, summary, Browser};

on_both_kinds!(the_forms_ask_what_v02_needs);

async fn the_forms_ask_what_v02_needs(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let new = b.get("/report/new").await;
    assert!(new
        .body
        .contains(r#"name="affects_trust_services" value="yes" checked"#));
    assert!(
        !new.body.contains("name=\"aware_at_change_reason\""),
        "a new case has no earlier time of awareness"
    );

    // A legal name with a line break is refused beside the field; nothing is filed.
    let csrf = new.csrf();
    let mut data = early_warning_form();
    for (k, v) in data.iter_mut() {
        if *k == "legal_name" {
            *v = "Acme Energy SA\nBcc: someone@evil.example".into();
        }
    }
    let mut form = vec![("csrf", csrf.as_str()), ("action", "submit")];
    form.extend(data.iter().map(|(k, v)| (*k, v.as_str())));
    let refused = b.post("/report/new", &form).await;
    assert_eq!(refused.status, 422, "{}", summary(&refused.body));
    assert!(
        refused.body.contains("single line"),
        "{}",
        summary(&refused.body)
    );
    assert_eq!(b.count("cases"), 0);

    // An electricity supplier's answer is dropped, so its filing goes through.
    let follow_up = file_early_warning(&mut b).await;
    let token = follow_up
        .trim_start_matches("/report/follow-up/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let correction = b
        .get(&format!("/report/follow-up/{token}/file/early_warning"))
        .await;
    assert_eq!(correction.status, 200);
    assert!(correction.body.contains("name=\"aware_at_change_reason\""));
    assert!(correction.body.contains("Changing the time of awareness"));
}
