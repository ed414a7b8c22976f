//! Issue 12: over https the session and CSRF cookies are `__Host-` cookies (`Secure`,
//! `Path=/`, no `Domain`), so no sibling subdomain or plain-http page can plant or overwrite
//! them; over plain http (local use) they keep their plain names.

use crate::helpers::{fresh_database, settings, Kind};
use crate::workspace::{add_user, PASSWORD};
use intake::domain::clock::SystemClock;
use intake::domain::staff::StaffRole;
use intake::startup::Application;
use std::sync::Arc;

crate::on_both_kinds!(over_https_cookies_are_host_prefixed_and_secure);

/// The `Set-Cookie` header for `name`, split into its parts.
fn set_cookie(res: &awc::ClientResponse<impl Sized>, name: &str) -> Option<Vec<String>> {
    res.headers()
        .get_all("set-cookie")
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(|v| v.split(';').map(|p| p.trim().to_string()).collect())
}

/// `__Host-` rules: `Secure`, `Path=/`, `HttpOnly`, no `Domain`.
fn assert_host_cookie(parts: &[String]) {
    assert!(parts.iter().any(|p| p == "Secure"), "{parts:?}");
    assert!(parts.iter().any(|p| p == "Path=/"), "{parts:?}");
    assert!(parts.iter().any(|p| p == "HttpOnly"), "{parts:?}");
    assert!(
        !parts
            .iter()
            .any(|p| p.to_ascii_lowercase().starts_with("domain")),
        "{parts:?}"
    );
}

fn value(parts: &[String]) -> String {
    parts[0].split_once('=').unwrap().1.to_string()
}

fn csrf_of(body: &str) -> String {
    let at = body.find("name=\"csrf\" value=\"").unwrap() + 19;
    body[at..].split('"').next().unwrap().to_string()
}

async fn over_https_cookies_are_host_prefixed_and_secure(kind: Kind) {
    let (database_url, _dir) = fresh_database(kind);
    let mail = tempfile::tempdir().unwrap();
    let mut s = settings(&database_url, mail.path(), None);
    // TLS ends at a proxy in front; the service knows it from its public address.
    s.base_url = "https://intake.example".into();
    let app = Application::build_with_clock(&s, Arc::new(SystemClock)).unwrap();
    let address = format!("http://127.0.0.1:{}", app.port());
    actix_web::rt::spawn(app.run());
    add_user(
        &database_url,
        "LU-ILR-ENERGY",
        "eva@ilr.example",
        StaffRole::Admin,
        false,
    );
    let client = awc::Client::builder().disable_redirects().finish();

    let mut res = client
        .get(format!("{address}/authority/login"))
        .send()
        .await
        .unwrap();
    assert!(
        set_cookie(&res, "intake_csrf").is_none(),
        "no plain name over https"
    );
    let csrf_cookie = set_cookie(&res, "__Host-intake_csrf").expect("the CSRF cookie");
    assert_host_cookie(&csrf_cookie);
    let body = String::from_utf8(res.body().await.unwrap().to_vec()).unwrap();
    let nonce = value(&csrf_cookie);
    let form = [
        ("csrf", csrf_of(&body)),
        ("email", "eva@ilr.example".into()),
        ("password", PASSWORD.into()),
        ("next", "/authority/queue".into()),
    ];
    let res = client
        .post(format!("{address}/authority/login"))
        .insert_header(("Cookie", format!("__Host-intake_csrf={nonce}")))
        .send_form(&form)
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303);
    let session = set_cookie(&res, "__Host-intake_staff").expect("the session cookie");
    assert_host_cookie(&session);
    assert!(set_cookie(&res, "intake_staff").is_none());

    // The session is read under its __Host- name only.
    let queue = |cookie: String| {
        client
            .get(format!("{address}/authority/queue"))
            .insert_header(("Cookie", cookie))
            .send()
    };
    let token = value(&session);
    let ok = queue(format!("__Host-intake_staff={token}")).await.unwrap();
    assert_eq!(ok.status().as_u16(), 200);
    let plain = queue(format!("intake_staff={token}")).await.unwrap();
    assert_eq!(
        plain.status().as_u16(),
        303,
        "a plain-named cookie is not the session"
    );
}

#[actix_web::test]
async fn over_plain_http_cookies_keep_their_plain_names() {
    let mut b = crate::pages::Browser::start(Kind::Sqlite, 10).await;
    let p = b.get("/authority/login").await;
    let set: Vec<_> = p.headers.get_all("set-cookie").collect();
    assert!(
        set.iter()
            .any(|v| v.to_str().unwrap().starts_with("intake_csrf=")),
        "{set:?}"
    );
    assert!(b.cookie("intake_csrf").is_some());
}
