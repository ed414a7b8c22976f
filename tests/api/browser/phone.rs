//! Long words on a phone (issue 14): every public page, a form refused with errors, and the
//! staff queue and case page, in every language, at 360 CSS pixels wide, must not scroll
//! sideways. German's compounds are the usual culprit; the style sheet lets words break
//! (`overflow-wrap`, `hyphens: auto` under each `lang`), keeps fieldsets from growing to their
//! widest content (`min-width: 0`) and lets the staff action grid fall to one column.

use super::staff_languages::{sign_in, speak};
use super::*;
use intake::words::Lang;

/// The page's width against the window's, with the elements that stick out for the message.
async fn fits(b: &Chrome, what: &str) {
    let r =
        b.c.execute(
            "const d = document.documentElement;
             const out = Array.from(document.querySelectorAll('body *'))
               .filter(e => e.getBoundingClientRect().right > d.clientWidth + 1)
               .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className);
             return [d.scrollWidth, d.clientWidth, out];",
            vec![],
        )
        .await
        .unwrap();
    let (wide, window) = (r[0].as_i64().unwrap(), r[1].as_i64().unwrap());
    assert!(
        wide <= window,
        "{what}: the page is {wide} px wide in a {window} px window; sticking out: {}",
        r[2]
    );
}

#[actix_web::test]
async fn every_page_fits_a_phone_in_every_language() {
    use intake::domain::staff::StaffRole;
    let mut server = Server::start(Kind::Sqlite, 1000).await;
    let received = crate::pages::file_early_warning(&mut server).await;
    let case = received.split('?').next().unwrap().to_string();
    crate::workspace::add_user(
        &server.database_url,
        "LU-CSIRT",
        "phone@csirt.example",
        StaffRole::Admin,
        true,
    );
    let b = Chrome::start(&server.address).await;
    // A phone upright, then a large phone on its side (German tables once overflowed there).
    b.c.set_window_size(360, 800).await.unwrap();
    let pages = [
        "/".to_string(),
        "/report/new?stage=early_warning".into(),
        "/report/new?stage=incident_notification".into(),
        "/report/significance?entity_type=dns_service_provider&severe_disruption=yes".into(),
        "/report/dora-classification".into(),
        received.clone(),
        case.clone(),
        format!("{case}/file/incident_notification"),
    ];
    for lang in Lang::ALL {
        let tag = lang.tag();
        b.goto(&format!("/language/{tag}?next=/")).await;
        for path in &pages {
            b.goto(path).await;
            fits(&b, &format!("{tag} {path}")).await;
        }
        b.goto("/report/new").await;
        b.click("button[value=submit]").await;
        b.find(Locator::Id("error-summary")).await.unwrap();
        fits(&b, &format!("{tag} the refused form")).await;
        if tag == "de" {
            b.check("40-de-phone-errors").await;
        }
    }
    b.c.set_window_size(600, 800).await.unwrap();
    for lang in Lang::ALL {
        let tag = lang.tag();
        b.goto(&format!("/language/{tag}?next=/")).await;
        for path in &pages {
            b.goto(path).await;
            fits(&b, &format!("{tag} {path} at 600 px")).await;
        }
    }
    b.c.set_window_size(360, 800).await.unwrap();
    sign_in(&b, "phone@csirt.example").await;
    for tag in ["en", "fr", "de", "nl"] {
        speak(&b, tag).await;
        b.goto("/authority/queue").await;
        fits(&b, &format!("{tag} queue")).await;
        b.click("#queue tbody a").await;
        b.find(Locator::Id("feedback-timer")).await.unwrap();
        fits(&b, &format!("{tag} case")).await;
        if tag == "de" {
            b.check("41-de-phone-case").await;
        }
    }
}
