//! A language per staff user (issue 14): chosen on the account page, kept in the database,
//! used for every workspace page of that user only; a bad choice is refused; the sign-in page,
//! before anyone is known, follows the `lang` cookie, then `Accept-Language`.

use super::{add_user, login, world, PASSWORD};
use crate::helpers::Kind;
use crate::pages::Browser;
use diesel::prelude::*;
use intake::domain::staff::StaffRole;
use intake::storage::{schema, staff, Backend};

async fn choose_language(b: &mut Browser, tag: &str) -> crate::pages::Page {
    let csrf = b.get("/authority/account").await.csrf();
    b.post(
        "/authority/account/language",
        &[("csrf", &csrf), ("language", tag)],
    )
    .await
}

fn language_of(db: &str, email: &str) -> String {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    let u = staff::find_user_by_email(&mut c, email).unwrap().unwrap();
    u.language.tag().to_string()
}

/// Some `user.updated` audit entry's detail contains `what`.
fn assert_audited(db: &str, what: &str) {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    let details: Vec<String> = schema::audit_log::table
        .filter(schema::audit_log::action.eq("user.updated"))
        .select(schema::audit_log::detail)
        .load(&mut c)
        .unwrap();
    assert!(details.iter().any(|d| d.contains(what)), "{details:?}");
}

async fn a_user_works_in_dutch_while_a_colleague_keeps_english(kind: Kind) {
    let mut w = world(kind).await;
    let db = w.b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "an@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "bo@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    let b = &mut w.b;
    assert_eq!(login(b, "an@ilr.example", PASSWORD).await, 303);
    let account = b.get("/authority/account").await;
    assert_eq!(account.status, 200);
    assert!(account.body.contains(r#"<html lang="en">"#));
    assert!(account
        .body
        .contains(r#"<option value="nl" lang="nl">Nederlands</option>"#));

    let saved = choose_language(b, "nl").await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(language_of(&db, "an@ilr.example"), "nl");

    let account = b.get("/authority/account?saved=1").await;
    assert!(account.body.contains(r#"<html lang="nl">"#));
    assert!(account.body.contains("Uw account"), "{}", account.body);
    assert!(account.body.contains("Opgeslagen."));
    assert!(account
        .body
        .contains(r#"<option value="nl" lang="nl" selected>"#));

    let queue = b.get("/authority/queue").await;
    assert_eq!(queue.status, 200);
    assert!(queue.body.contains(r#"<html lang="nl">"#));
    assert!(queue.body.contains("Werkvoorraad"));
    assert!(queue.body.contains("(2 dossiers)"), "{}", queue.body);
    assert!(queue.body.contains("Volgende termijn"));
    assert!(queue.body.contains("Afmelden"));
    assert!(!queue.body.contains("Review queue"));

    let case = b.get(&format!("/authority/cases/{}", w.lu_case)).await;
    assert_eq!(case.status, 200);
    assert!(case.body.contains(r#"<html lang="nl">"#));
    assert!(case.body.contains("Terug naar de werkvoorraad"));
    assert!(case.body.contains("Termijnen"));
    assert!(case.body.contains("Feedback aan de melder sturen"));
    // Dates are written the Dutch way, UTC beside them.
    let months = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    ];
    let later = ["september", "oktober", "november", "december"];
    assert!(months
        .iter()
        .chain(later.iter())
        .any(|m| case.body.contains(m)));
    assert!(case.body.contains(" UTC)"));

    assert_audited(&db, r#""language":"nl""#);

    // A colleague of the same authority still reads English.
    b.forget_cookie();
    assert_eq!(login(b, "bo@ilr.example", PASSWORD).await, 303);
    let queue = b.get("/authority/queue").await;
    assert!(queue.body.contains(r#"<html lang="en">"#));
    assert!(queue.body.contains("Review queue"));
    assert!(queue.body.contains("(2 cases)"));
    assert!(!queue.body.contains("Werkvoorraad"));
}

async fn a_language_not_offered_is_refused(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let db = b.database_url.clone();
    add_user(&db, "DE-BSI", "cy@bsi.example", StaffRole::Reviewer, false);
    assert_eq!(login(&mut b, "cy@bsi.example", PASSWORD).await, 303);
    assert_eq!(choose_language(&mut b, "de").await.status, 303);
    for bad in ["xx", "", "es", "nl-NL\r\nX: y", "<script>"] {
        let refused = choose_language(&mut b, bad).await;
        assert_eq!(refused.status, 422, "{bad:?}");
        assert!(
            refused.body.contains("Sprache: Wählen Sie English"),
            "{}",
            refused.body
        );
        assert!(refused.body.contains(r#"aria-invalid="true""#));
        assert!(refused.body.contains(r##"href="#f-language""##));
        assert_eq!(
            language_of(&db, "cy@bsi.example"),
            "de",
            "{bad:?} changed nothing"
        );
    }
    // Without the form's token nothing changes either.
    let forged = b
        .post("/authority/account/language", &[("language", "fr")])
        .await;
    assert_eq!(forged.status, 403);
    assert_eq!(language_of(&db, "cy@bsi.example"), "de");
}

async fn the_sign_in_page_follows_the_browser(kind: Kind) {
    let b = Browser::start(kind, 1000).await;
    let client = awc::Client::default();
    let get = |accept: Option<&'static str>, cookie: Option<&'static str>| {
        let mut req = client.get(format!("{}/authority/login", b.address));
        if let Some(a) = accept {
            req = req.insert_header(("Accept-Language", a));
        }
        if let Some(c) = cookie {
            req = req.insert_header(("Cookie", c));
        }
        async move {
            let mut res = req.send().await.unwrap();
            String::from_utf8(res.body().await.unwrap().to_vec()).unwrap()
        }
    };
    let english = get(None, None).await;
    assert!(english.contains(r#"<html lang="en">"#));
    assert!(english.contains("Staff sign-in"));
    let dutch = get(Some("nl-BE,nl;q=0.9,en;q=0.5"), None).await;
    assert!(dutch.contains(r#"<html lang="nl">"#));
    assert!(dutch.contains("Aanmelden voor medewerkers"));
    assert!(dutch.contains("Wachtwoord"));
    let german = get(Some("es, de;q=0.7"), None).await;
    assert!(german.contains(r#"<html lang="de">"#));
    assert!(german.contains("Anmeldung für Mitarbeitende"));
    // An explicit choice wins over the browser's.
    let french = get(Some("de"), Some("lang=fr")).await;
    assert!(french.contains(r#"<html lang="fr">"#));
    assert!(french.contains("Mot de passe"));
    assert!(french.contains(r#"href="/language/nl?next=/authority/login""#));
}

async fn administrators_give_new_users_a_language(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let db = b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "ad@ilr.example",
        StaffRole::Admin,
        false,
    );
    assert_eq!(login(&mut b, "ad@ilr.example", PASSWORD).await, 303);
    let page = b.get("/authority/users").await;
    assert!(page.body.contains("first language (Français)"));
    for (email, language, status) in [
        ("de@ilr.example", "de", 200),
        ("first@ilr.example", "", 200),
        ("bad@ilr.example", "klingon", 422),
    ] {
        let csrf = b.get("/authority/users").await.csrf();
        let form = [
            ("csrf", csrf.as_str()),
            ("email", email),
            ("role", "reviewer"),
            ("language", language),
        ];
        assert_eq!(
            b.post("/authority/users", &form).await.status,
            status,
            "{email}"
        );
    }
    assert_eq!(language_of(&db, "de@ilr.example"), "de");
    // LU-ILR-ENERGY works in French first (routing table).
    assert_eq!(language_of(&db, "first@ilr.example"), "fr");
    let mut c = Backend::from_url(&db).unwrap().connect().unwrap();
    assert!(staff::find_user_by_email(&mut c, "bad@ilr.example")
        .unwrap()
        .is_none());
    let page = b.get("/authority/users").await;
    assert!(page.body.contains(r#"<td lang="de">Deutsch</td>"#));
}

crate::on_both_kinds!(
    a_user_works_in_dutch_while_a_colleague_keeps_english,
    a_language_not_offered_is_refused,
    the_sign_in_page_follows_the_browser,
    administrators_give_new_users_a_language,
);
