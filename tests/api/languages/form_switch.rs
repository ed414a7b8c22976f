//! A language switch on a form keeps what was typed (issue 14, no JavaScript): the form's own
//! `switch_lang` buttons post it with its CSRF token; the same form comes back in the new
//! language with every value, the choice kept in the cookie, nothing filed or saved. On a
//! refused form the header's links lead to those buttons instead of an empty form. A form
//! with a forged token is not switched. Choice fields ask for a listed option in words.

use crate::helpers::Kind;
use crate::on_both_kinds;
use crate::pages::{early_warning_form, pairs, Browser};

on_both_kinds!(
    switching_language_on_a_refused_form_keeps_what_was_typed,
    a_forged_switch_is_refused_and_switches_nothing,
    the_reply_and_the_withdrawal_switch_language_keeping_their_text,
);

/// The early warning with one field changed.
fn typed(name: &str, value: &str) -> Vec<(&'static str, String)> {
    early_warning_form()
        .into_iter()
        .map(|(k, v)| (k, if k == name { value.to_string() } else { v }))
        .collect()
}

async fn switching_language_on_a_refused_form_keeps_what_was_typed(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let csrf = b.get("/report/new?stage=early_warning").await.csrf();
    let form: Vec<_> = typed("title", "Rançongiciel « facturation »")
        .into_iter()
        .map(|(k, v)| match k {
            "incident_status" => (k, "burning".to_string()),
            _ => (k, v),
        })
        .collect();

    // Refused: the status is none of the choices. The header now leads to the form's buttons.
    let refused = b
        .post("/report/new", &pairs(&csrf, &form, &[("action", "submit")]))
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("href=\"#switch-language\""));
    assert!(refused.body.contains("choose one of the listed options"));
    assert!(
        !refused.body.contains("must be one of"),
        "codes are for the API"
    );

    // Switched to French with the form's own button: the values come back, in French.
    let csrf = refused.csrf();
    let fr = b
        .post(
            "/report/new",
            &pairs(&csrf, &form, &[("switch_lang", "fr")]),
        )
        .await;
    assert_eq!(fr.status, 200, "{}", fr.body);
    assert!(
        fr.body.contains("<html lang=\"fr\">"),
        "{}",
        &fr.body[..200]
    );
    assert!(fr.body.contains("value=\"Acme Energy SA\""));
    assert!(fr.body.contains("value=\"Rançongiciel « facturation »\""));
    assert!(fr.body.contains("soc@acme.example"));
    assert!(fr
        .body
        .contains("Billing servers encrypted; invoices cannot be issued."));
    assert!(
        !fr.body.contains("error-summary"),
        "a switch checks nothing"
    );
    assert!(fr.body.contains("name=\"switch_lang\" value=\"de\""));
    assert_eq!(b.cookie("lang").as_deref(), Some("fr"));
    assert_eq!(b.count("submissions"), 0);
    assert_eq!(b.count("drafts"), 0);

    // Sent in French: the same refusal, now said in French.
    let csrf = fr.csrf();
    let again = b
        .post("/report/new", &pairs(&csrf, &form, &[("action", "submit")]))
        .await;
    assert_eq!(again.status, 422);
    assert!(again.body.contains("une des options proposées"));

    // Fixed and sent: filed, in French.
    let fixed = typed("title", "Rançongiciel sur la facturation");
    let csrf = again.csrf();
    let done = b
        .post(
            "/report/new",
            &pairs(&csrf, &fixed, &[("action", "submit")]),
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(b.count("submissions"), 1);
}

async fn a_forged_switch_is_refused_and_switches_nothing(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    b.get("/report/new").await;
    let form = early_warning_form();
    let forged = b
        .post(
            "/report/new",
            &pairs("not-the-token", &form, &[("switch_lang", "de")]),
        )
        .await;
    assert_eq!(forged.status, 403, "{}", forged.body);
    assert!(forged.body.contains("<html lang=\"en\">"));
    assert_eq!(b.cookie("lang"), None);
    // An unknown language is no switch: the form is handled as sent (here: filed).
    let csrf = b.get("/report/new").await.csrf();
    let odd = b
        .post(
            "/report/new",
            &pairs(&csrf, &form, &[("switch_lang", "xx"), ("action", "submit")]),
        )
        .await;
    assert_eq!(odd.status, 303, "{}", odd.body);
    assert_eq!(b.cookie("lang"), None);
}

/// The follow-up page's two small forms carry the same buttons: the page comes back in the
/// new language with the reply or the reason as typed, nothing sent, withdrawn or audited.
async fn the_reply_and_the_withdrawal_switch_language_keeping_their_text(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let link = crate::pages::file_early_warning(&mut b).await;
    let link = link.split('?').next().unwrap().to_string();
    let page = b.get(&link).await;
    assert!(page.body.contains("id=\"reply-switch\""));
    assert!(page.body.contains("id=\"withdraw-switch\""));

    let reply = [
        ("csrf", page.csrf()),
        ("message", "Wir prüfen die Protokolle.".into()),
    ];
    let reply: Vec<(&str, &str)> = reply.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let de = b
        .post(
            &format!("{link}/message"),
            &[reply.as_slice(), &[("switch_lang", "de")]].concat(),
        )
        .await;
    assert_eq!(de.status, 200, "{}", de.body);
    assert!(de.body.contains("<html lang=\"de\">"));
    assert!(de.body.contains("Nachricht senden"));
    assert!(de.body.contains(">Wir prüfen die Protokolle.</textarea>"));
    assert_eq!(b.cookie("lang").as_deref(), Some("de"));

    let csrf = de.csrf();
    let reason = "Nach Prüfung doch nicht erheblich.";
    let nl = b
        .post(
            &format!("{link}/withdraw"),
            &[
                ("csrf", csrf.as_str()),
                ("withdrawal_reason", reason),
                ("switch_lang", "nl"),
            ],
        )
        .await;
    assert_eq!(nl.status, 200, "{}", nl.body);
    assert!(nl.body.contains("<html lang=\"nl\">"));
    assert!(nl.body.contains(&format!(">{reason}</textarea>")));
    assert!(
        !nl.body.contains("f-withdrawal-reason-error"),
        "a switch checks nothing"
    );
    assert_eq!(b.cookie("lang").as_deref(), Some("nl"));
    assert_eq!(b.count("events"), 0, "nothing sent, nothing withdrawn");
    let still = b.get(&link).await;
    assert!(still.body.contains("id=\"withdraw-form\""), "still open");
}
