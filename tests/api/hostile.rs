//! A corpus of hostile inputs against the API: each is refused with a clear 4xx and stores
//! nothing; markup and SQL in free text are stored verbatim and shown escaped.

use crate::helpers::*;
use diesel::prelude::*;
use intake::storage::{schema, Backend};
use serde_json::json;

fn stored_cases(app: &TestApp) -> i64 {
    let mut c = Backend::from_url(&app.database_url)
        .unwrap()
        .connect()
        .unwrap();
    schema::cases::table.count().get_result(&mut c).unwrap()
}

async fn post_raw(app: &TestApp, body: Vec<u8>) -> Reply {
    let key = app.api_key.clone();
    app.send(
        "POST",
        "/api/v1/incidents",
        Some(&key),
        &[("Content-Type", "application/json")],
        Some(body),
    )
    .await
}

/// An early warning with this title, as bytes.
fn title(t: &str) -> Vec<u8> {
    serde_json::to_vec(&with(early_warning(), json!({"title": t}))).unwrap()
}

/// Hostile bodies, each with the statuses that refuse it.
fn corpus() -> Vec<(&'static str, Vec<u8>, &'static [u16])> {
    let deep = format!("{{\"report\": {}{}}}", "[".repeat(5000), "]".repeat(5000)).into_bytes();
    let mut bad_utf8 = serde_json::to_vec(&early_warning()).unwrap();
    let at = bad_utf8
        .windows(9)
        .position(|w| w == b"Ransomware")
        .unwrap_or(40);
    bad_utf8[at] = 0xff;
    let duplicated = br#"{"report": {"stage": "early_warning", "stage": "final_report"}}"#.to_vec();
    vec![
        ("2 MB title", title(&"A".repeat(2 << 20)), &[413]),
        ("300 KB title", title(&"A".repeat(300 << 10)), &[422]),
        ("deep nesting", deep, &[400, 422]),
        ("invalid UTF-8", bad_utf8, &[400]),
        ("NUL byte", title("Ransomware\u{0}on billing"), &[422]),
        ("bidi override", title("Invoice \u{202E}fdp.exe attack"), &[422]),
        ("duplicated keys", duplicated, &[422]),
        ("not an object", b"[]".to_vec(), &[400, 422]),
        ("empty body", Vec::new(), &[400]),
        (
            "far future awareness",
            serde_json::to_vec(&with(early_warning(), json!({"aware_at": "9999-12-31T23:59:59Z"}))).unwrap(),
            &[422],
        ),
        (
            "before 1970",
            serde_json::to_vec(&with(early_warning(), json!({"aware_at": "0001-01-01T00:00:00Z"}))).unwrap(),
            &[422],
        ),
        (
            "beyond the representable range",
            serde_json::to_vec(&with(early_warning(), json!({"aware_at": "+275760-09-13T00:00:00Z"}))).unwrap(),
            &[422],
        ),
        ("number overflow", br#"{"report": {"stage": "early_warning", "deaths": 1e400}}"#.to_vec(), &[400, 422]),
        ("huge integer", br#"{"report": {"stage": "early_warning", "users_affected": 123456789012345678901234567890}}"#.to_vec(), &[400, 422]),
        (
            "wrong types everywhere",
            serde_json::to_vec(&json!({"report": {"stage": 5, "title": {"x": 1}, "affected_services": "billing"}})).unwrap(),
            &[422],
        ),
    ]
}

async fn hostile_inputs_are_refused_and_store_nothing(app: TestApp) {
    for (name, body, allowed) in corpus() {
        let r = post_raw(&app, body).await;
        assert!(
            allowed.contains(&r.status),
            "{name}: got {} {:?}",
            r.status,
            r.body
        );
        assert!(
            r.content_type.starts_with("application/problem+json"),
            "{name}: {}",
            r.content_type
        );
        assert!(
            r.body["detail"].is_string() || r.body["title"].is_string(),
            "{name}: a clear message"
        );
    }
    assert_eq!(stored_cases(&app), 0, "nothing stored");
    legitimate_text_is_kept_and_shown_escaped(&app).await;
}

/// Mixed scripts, markup and SQL in free text are stored verbatim and shown escaped.
async fn legitimate_text_is_kept_and_shown_escaped(app: &TestApp) {
    // Mixed scripts and right-to-left marks are legitimate text.
    let arabic = post_raw(
        app,
        title("هجوم فدية على خوادم الفوترة \u{200F} Ransomware"),
    )
    .await;
    assert_eq!(arabic.status, 201, "{:?}", arabic.body);

    // Markup and SQL in free text are stored verbatim and rendered escaped.
    let payload = "<script>alert(1)</script> '; DROP TABLE cases; --";
    let r = post_raw(app, title(payload)).await;
    assert_eq!(r.status, 201);
    assert_eq!(r.body["title"], payload);
    assert_eq!(stored_cases(app), 2, "the tables are intact");
    let id = r.body["id"].as_str().unwrap();
    let token = app_secret().follow_up_token(uuid::Uuid::parse_str(id).unwrap());
    let page = app
        .client
        .get(format!("{}/report/follow-up/{token}", app.address))
        .send()
        .await
        .unwrap()
        .body()
        .await
        .unwrap();
    let page = String::from_utf8_lossy(&page);
    assert!(
        page.contains("&#60;script&#62;") || page.contains("&lt;script&gt;"),
        "escaped"
    );
    assert!(!page.contains("<script>alert(1)"), "never raw");
}

/// The key the test apps run with (see `helpers::settings`).
fn app_secret() -> intake::secrets::SecretKey {
    intake::secrets::SecretKey::from_hex(&crate::helpers::TEST_SECRET.repeat(32)).unwrap()
}

crate::on_both_backends!(hostile_inputs_are_refused_and_store_nothing);

/// API keys are rate-limited: the sixth request in a burst with a limit of 5 a minute gets 429
/// with `Retry-After`; another key is unaffected.
async fn api_keys_are_rate_limited(kind: Kind) {
    let (db, _dir) = fresh_database(kind);
    let mail = tempfile::tempdir().unwrap();
    let mut s = settings(&db, mail.path(), None);
    s.api_rate_limit = 5;
    let app = intake::startup::Application::build(&s).unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    actix_web::rt::spawn(app.run());
    let (_, key) = add_entity(&db, "LU", "energy", "electricity_supplier");
    let (_, other) = add_entity(&db, "LU", "energy", "electricity_supplier");
    let client = awc::Client::default();
    let get = |k: String| {
        let client = client.clone();
        let url = format!("{base}/api/v1/incidents");
        async move {
            client
                .get(url)
                .insert_header(("Authorization", format!("Bearer {k}")))
                .send()
                .await
                .unwrap()
        }
    };
    for _ in 0..5 {
        assert_eq!(get(key.clone()).await.status().as_u16(), 200);
    }
    let limited = get(key.clone()).await;
    assert_eq!(limited.status().as_u16(), 429);
    let wait: u64 = limited
        .headers()
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=12).contains(&wait), "{wait}");
    assert_eq!(
        get(other).await.status().as_u16(),
        200,
        "other keys are unaffected"
    );
}

crate::on_both_kinds!(api_keys_are_rate_limited);

/// Slow clients (slowloris) neither starve others nor stay connected: 50 connections that
/// never finish their headers, a normal request still answered at once, and the slow ones
/// closed by the server within its 10 s header timeout.
#[actix_web::test]
async fn slow_clients_time_out_without_starving_others() {
    use std::io::{Read, Write};
    let app = spawn_app(Kind::Sqlite).await;
    let addr = app.address.trim_start_matches("http://").to_string();
    let slow: Vec<std::net::TcpStream> = (0..50)
        .map(|_| {
            let mut s = std::net::TcpStream::connect(&addr).unwrap();
            s.write_all(b"POST /api/v1/incidents HTTP/1.1\r\nHost: intake\r\nX-Slow: ")
                .unwrap();
            s
        })
        .collect();
    let started = std::time::Instant::now();
    let ok = app.send("GET", "/healthz", None, &[], None).await;
    assert_eq!(ok.status, 200);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "others are served at once"
    );
    let closed = actix_web::rt::task::spawn_blocking(move || {
        let mut s = slow.into_iter().next().unwrap();
        s.set_read_timeout(Some(std::time::Duration::from_secs(20)))
            .unwrap();
        let t = std::time::Instant::now();
        let mut buf = [0u8; 512];
        let n = s.read(&mut buf).unwrap_or(0);
        (t.elapsed(), String::from_utf8_lossy(&buf[..n]).to_string())
    })
    .await
    .unwrap();
    assert!(
        closed.0 < std::time::Duration::from_secs(15),
        "closed after {:?}",
        closed.0
    );
    assert!(
        closed.1.is_empty() || closed.1.starts_with("HTTP/1.1 408"),
        "{}",
        closed.1
    );
}

/// A stranger learns nothing about a body it may not send: with a wrong or missing credential
/// every body is answered 401, never 400, 415 or 422 (actix reads a handler's extractors
/// together, so the body's refusal used to win the race about half the time). API keys and
/// authority tokens alike.
async fn a_wrong_credential_is_refused_before_the_body(app: TestApp) {
    let bodies: [(&str, &[u8]); 4] = [
        ("application/json", b"{}"),
        ("application/json", b"{\"report\":"),
        ("application/json", br#"{"report": {"title": 5}}"#),
        ("text/plain", b"hello"),
    ];
    let wrong_token = format!("iat_{}", "0".repeat(64));
    let routes = [
        ("/api/v1/incidents", Some("not-a-key")),
        ("/api/v1/incidents", None),
        (
            "/api/v1/authority/cases/00000000-0000-7000-8000-000000000000/feedback",
            Some(wrong_token.as_str()),
        ),
    ];
    for (path, key) in routes {
        for (content_type, body) in bodies {
            for _ in 0..5 {
                let r = app
                    .send(
                        "POST",
                        path,
                        key,
                        &[("Content-Type", content_type)],
                        Some(body.to_vec()),
                    )
                    .await;
                assert_eq!(
                    r.status,
                    401,
                    "{path} {key:?} {content_type} {:?}: {}",
                    String::from_utf8_lossy(body),
                    r.body
                );
            }
        }
    }
    assert_eq!(stored_cases(&app), 0);
}

crate::on_both_backends!(a_wrong_credential_is_refused_before_the_body);
