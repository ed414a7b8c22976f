//! The public pages in the reader's language (issue 14): the header's switcher (a cookie, no
//! JavaScript, only local paths followed) > `Accept-Language` > the first language of the
//! authority in charge > English; `<html lang>`; a refused form re-shown in its language.

use super::*;
use intake::words::{text_in, Lang};

crate::on_both_kinds!(
    browser_language_then_explicit_choice,
    switcher_stays_on_this_site,
    refused_form_stays_in_french,
    authority_language_when_the_browser_names_none,
    an_acknowledgement_without_a_chosen_language,
);

impl Browser {
    /// GET with `accept` as `Accept-Language` (the test default "en" replaced; "" sends none).
    async fn get_in(&mut self, path: &str, accept: &str) -> Page {
        let mut req = self.client.get(format!("{}{path}", self.address));
        req.headers_mut().remove("accept-language");
        if !accept.is_empty() {
            req = req.insert_header(("Accept-Language", accept));
        }
        if let Some(c) = self.cookie_header() {
            req = req.insert_header(("Cookie", c));
        }
        let res = req.send().await.expect("GET");
        self.finish(res).await
    }

    /// POST with `accept` as `Accept-Language` ("" sends none).
    async fn post_in(&mut self, path: &str, form: &[(&str, &str)], accept: &str) -> Page {
        let mut req = self.client.post(format!("{}{path}", self.address));
        req.headers_mut().remove("accept-language");
        if !accept.is_empty() {
            req = req.insert_header(("Accept-Language", accept));
        }
        if let Some(c) = self.cookie_header() {
            req = req.insert_header(("Cookie", c));
        }
        let res = req.send_form(&form.to_vec()).await.expect("POST");
        self.finish(res).await
    }
}

/// Text as askama writes it into HTML.
fn esc(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

fn html_lang(body: &str) -> &str {
    let at = body.find("<html lang=\"").expect("an html element") + 12;
    body[at..].split('"').next().unwrap()
}

async fn browser_language_then_explicit_choice(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let home = b.get_in("/", "fr-BE, en;q=0.5").await;
    assert_eq!(home.status, 200);
    assert_eq!(html_lang(&home.body), "fr");
    // The headers say the same, and that the page depends on the reader's choice.
    let header =
        |p: &Page, name: &str| p.headers.get(name).map(|v| v.to_str().unwrap().to_string());
    assert_eq!(header(&home, "content-language").as_deref(), Some("fr"));
    assert_eq!(
        header(&home, "vary").as_deref(),
        Some("Accept-Language, Cookie")
    );
    assert!(home.body.contains("Signaler un incident"), "{}", home.body);
    // The switcher: a labelled nav, the current language marked, links to the others.
    assert!(home
        .body
        .contains("<nav class=\"languages\" aria-label=\"Langue\">"));
    assert!(home
        .body
        .contains("<span lang=\"fr\" aria-current=\"true\" class=\"current\">Français</span>"));
    assert!(home
        .body
        .contains("<a href=\"/language/de?next=/\" lang=\"de\" hreflang=\"de\">Deutsch</a>"));
    assert!(!home.body.contains("/language/fr?"), "no link to itself");

    let form = b
        .get_in("/report/new?stage=early_warning", "de-CH, fr;q=0.9")
        .await;
    assert_eq!(html_lang(&form.body), "de");
    assert_eq!(header(&form, "content-language").as_deref(), Some("de"));
    assert!(form
        .body
        .contains("<span class=\"req\">(Pflichtfeld)</span>"));
    assert!(form.body.contains("Meldung senden"));
    assert!(
        form.body
            .contains("href=\"/language/fr?next=/report/new%3Fstage%3Dearly_warning\""),
        "the switcher comes back to this very page"
    );

    // An explicit choice beats the browser's, on every page, and is kept in a cookie.
    let chosen = b
        .get_in("/language/de?next=/report/significance", "fr")
        .await;
    assert_eq!(chosen.status, 303);
    assert_eq!(chosen.location.as_deref(), Some("/report/significance"));
    let cookie = chosen.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(cookie.starts_with("lang=de"), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("Path=/"),
        "{cookie}"
    );
    let helper = b.get_in("/report/significance", "fr").await;
    assert_eq!(html_lang(&helper.body), "de");
    assert!(helper.body.contains("Ist dieser Vorfall erheblich?"));
    let home = b.get_in("/", "nl").await;
    assert_eq!(html_lang(&home.body), "de");
    // English chosen explicitly also beats the browser.
    b.get_in("/language/en?next=/", "fr").await;
    let home = b.get_in("/", "fr").await;
    assert_eq!(html_lang(&home.body), "en");
    assert!(home.body.contains("Report a significant cyber incident"));
    // A language the service does not speak is no page; garbage headers fall back.
    assert_eq!(b.get_in("/language/es?next=/", "").await.status, 404);
    b.forget_cookie();
    let odd = b.get_in("/", "xx;q=abc, ;;;, *").await;
    assert_eq!((odd.status, html_lang(&odd.body)), (200, "en"));
}

async fn switcher_stays_on_this_site(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    for next in [
        "//evil.example/",
        "https://evil.example/",
        "/%5Cevil.example",
        "%2F%2Fevil.example",
        "/%0d%0aSet-Cookie:%20x=1",
    ] {
        let r = b.get_in(&format!("/language/fr?next={next}"), "").await;
        assert_eq!(r.status, 303, "{next}");
        assert_eq!(
            r.location.as_deref(),
            Some("/"),
            "{next} must not be followed"
        );
    }
    let r = b.get_in("/language/nl", "").await;
    assert_eq!(r.location.as_deref(), Some("/"));
    assert_eq!(html_lang(&b.get_in("/", "de").await.body), "nl");
}

/// The early warning form without a summary, in the given language.
async fn post_without_summary(b: &mut Browser, member_state: &str, accept: &str) -> Page {
    let csrf = b.get_in("/report/new", accept).await.csrf();
    let mut data = early_warning_form();
    data.retain(|(k, _)| *k != "summary");
    for (k, v) in data.iter_mut() {
        if *k == "member_state" {
            *v = member_state.to_string();
        }
    }
    let form = pairs(&csrf, &data, &[("action", "submit")]);
    b.post_in("/report/new", &form, accept).await
}

async fn refused_form_stays_in_french(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let page = post_without_summary(&mut b, "LU", "fr").await;
    assert_eq!(page.status, 422, "{}", summary(&page.body));
    assert_eq!(html_lang(&page.body), "fr");
    let s = summary(&page.body);
    assert!(
        s.contains("Le rapport n&#39;a pas été envoyé\u{a0}: 1 entrée demande votre attention"),
        "{s}"
    );
    assert!(s.contains("Tout ce que vous avez saisi est conservé ci-dessous."));
    // The summary line and the field speak the field's French label, the line linking to it.
    let label = esc(&text_in(Lang::Fr, "label", "summary"));
    assert!(
        s.contains(&format!("<a href=\"#f-summary\">{label}\u{a0}: ")),
        "{s}"
    );
    if label != esc(&text_in(Lang::En, "label", "summary")) {
        assert!(!s.contains("What happened"), "{s}");
    }
    assert!(page.body.contains(&format!(
        "<label for=\"f-summary\">{label} <span class=\"req\">(obligatoire)</span>"
    )));
    assert!(page.body.contains("id=\"f-summary-error\""));
    assert!(page
        .body
        .contains("<span class=\"visually-hidden\">Erreur\u{a0}:</span>"));
    assert!(
        page.body
            .contains("aria-describedby=\"f-summary-hint f-summary-error\"")
            || page.body.contains("f-summary-error\" aria-invalid")
    );
    assert!(
        page.body.contains("Ransomware on billing servers"),
        "typed text kept"
    );
    assert!(page.body.contains("Envoyer le rapport"));
    assert_eq!(b.count("cases"), 0);
    // Two errors: the plural form.
    let csrf = page.csrf();
    let mut data = early_warning_form();
    data.retain(|(k, _)| *k != "summary" && *k != "title");
    let two = b
        .post_in(
            "/report/new",
            &pairs(&csrf, &data, &[("action", "submit")]),
            "fr",
        )
        .await;
    assert!(
        summary(&two.body).contains(" entrées demandent votre attention"),
        "{}",
        summary(&two.body)
    );
    // A refused token is explained in French too, and nothing is stored.
    let data = early_warning_form();
    let forged = b
        .post_in(
            "/report/new",
            &pairs("forged", &data, &[("action", "submit")]),
            "fr",
        )
        .await;
    assert_eq!(forged.status, 403);
    assert!(
        forged.body.contains("Pour votre sécurité"),
        "{}",
        forged.body
    );
    assert_eq!(b.count("cases"), 0);
}

async fn authority_language_when_the_browser_names_none(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    assert_eq!(html_lang(&b.get_in("/report/new", "").await.body), "en");
    // A refused new report speaks the first language of the chosen member state's authority.
    let de = post_without_summary(&mut b, "DE", "").await;
    assert_eq!((de.status, html_lang(&de.body)), (422, "de"));
    assert!(summary(&de.body).contains("Die Meldung wurde nicht gesendet"));
    let be = post_without_summary(&mut b, "BE", "").await;
    assert_eq!(html_lang(&be.body), "nl");
    assert!(summary(&be.body).contains("De melding is niet verzonden"));
    // The browser's language still comes first.
    let en = post_without_summary(&mut b, "DE", "en-GB").await;
    assert_eq!(html_lang(&en.body), "en");
    case_pages_speak_the_authority_language(&mut b).await;
}

async fn case_pages_speak_the_authority_language(b: &mut Browser) {
    // A Luxembourg case's follow-up pages: French (its authority's first language)...
    let receipt = file_early_warning(b).await;
    let page = b.get_in(&receipt, "").await;
    assert_eq!((page.status, html_lang(&page.body)), (200, "fr"));
    assert!(page.body.contains("Rapport reçu"));
    assert!(page.body.contains("Délais"));
    let months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    assert!(
        months
            .iter()
            .any(|m| page.body.contains(&format!(" {m} 20"))),
        "dates written the French way: {}",
        page.body
    );
    assert!(page.body.contains(" UTC)"), "UTC beside the local time");
    assert!(page.body.contains("(Europe/Luxembourg)"));
    // French puts a no-break space before a colon; German does not.
    assert!(page.body.contains("-000001\u{a0}: "), "{}", page.body);
    // ... unless the browser asks for another, and the switcher comes back to this case.
    let token = receipt.split('?').next().unwrap().to_string();
    let german = b.get_in(&token, "de").await;
    assert_eq!(html_lang(&german.body), "de");
    assert!(german.body.contains("Fristen"));
    assert!(german.body.contains("-000001: "));
    let next = &token;
    assert!(german
        .body
        .contains(&format!("href=\"/language/fr?next={next}\"")));
    let form = b
        .get_in(&format!("{token}/file/incident_notification"), "")
        .await;
    assert_eq!(html_lang(&form.body), "fr");
    assert!(form.body.contains("Envoyer le rapport"));
    let print = b.get_in(&format!("{token}/print"), "nl").await;
    assert_eq!(html_lang(&print.body), "nl");
    assert!(print.body.contains("Termijnen"));
    // A refused message on the case page is explained in the page's language.
    let csrf = german.csrf();
    let empty = b
        .post_in(
            &format!("{token}/message"),
            &[("csrf", csrf.as_str()), ("message", "")],
            "de",
        )
        .await;
    assert_eq!(empty.status, 422);
    // The refusal is tied to the reply's field, which gets the focus.
    assert!(
        empty.body.contains("<p class=\"error\" id=\"f-message-error\"><span class=\"visually-hidden\">Fehler:</span> Schreiben Sie eine Nachricht")
            && empty.body.contains("aria-describedby=\"f-message-error\" aria-invalid=\"true\" autofocus"),
        "{}",
        empty.body
    );
    assert!(
        empty
            .body
            .contains(&format!("href=\"/language/fr?next={next}\"")),
        "the switcher of a POST's answer leads to a page a GET shows"
    );
}

/// A reporter who asked for no language (no switcher, no `Accept-Language`) is acknowledged
/// in the language its report is written in when the service speaks it, else in the one the
/// form was shown in (the Luxembourg authority's first, French), never in English by default.
async fn an_acknowledgement_without_a_chosen_language(kind: Kind) {
    for (written_in, expected) in [("de", "de"), ("it", "fr")] {
        let mut b = Browser::start(kind, 1000).await;
        let csrf = b.get_in("/report/new", "").await.csrf();
        let mut data = early_warning_form();
        data.retain(|(k, _)| *k != "language");
        data.push(("language", written_in.into()));
        let done = b
            .post_in(
                "/report/new",
                &pairs(&csrf, &data, &[("action", "submit")]),
                "",
            )
            .await;
        assert_eq!(done.status, 303, "{}", summary(&done.body));
        crate::mail_helpers::wait_until_delivered(&b.database_url).await;
        let ack = std::fs::read_dir(&b.mail_dir)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .find(|m| m.contains("To: soc@acme.example"))
            .expect("an acknowledgement");
        let language = ack
            .lines()
            .find_map(|l| l.strip_prefix("Content-Language: "))
            .unwrap_or("");
        assert_eq!(language.trim(), expected, "report written in {written_in}");
    }
}
