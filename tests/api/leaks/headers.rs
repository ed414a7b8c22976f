//! Issue 12: bad header-bound input is a 400 (or is ignored) before anything is written, never
//! a 500. Odd `Host`, `Cookie`, `Accept-Language`, `Content-Type`, `Idempotency-Key`,
//! `Authorization` and forwarding headers, as raw bytes on the wire, against the public pages,
//! the workspace and the API. (Tried against a running server for this issue: none gave a
//! 500; this keeps it so.)

use crate::helpers::Kind;
use crate::pages::Browser;
use intake::config::TrustedProxies;
use intake::domain::clock::SystemClock;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;

crate::on_both_kinds!(odd_header_values_are_refused_or_ignored_never_an_error);

/// One request as raw bytes (`host: None` sends none); the status code (0: no answer).
fn status(
    address: &str,
    method: &str,
    path: &str,
    host: Option<&[u8]>,
    headers: &[(&str, &[u8])],
    body: &[u8],
) -> u16 {
    let authority = address.trim_start_matches("http://");
    let mut s = TcpStream::connect(authority).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\n").into_bytes();
    if let Some(h) = host {
        req.extend_from_slice(b"Host: ");
        req.extend_from_slice(h);
        req.extend_from_slice(b"\r\n");
    }
    for (k, v) in headers {
        req.extend_from_slice(format!("{k}: ").as_bytes());
        req.extend_from_slice(v);
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(
        format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
        .as_bytes(),
    );
    req.extend_from_slice(body);
    s.write_all(&req).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out)
        .get(9..12)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

const EARLY_WARNING: &str = r#"{"report":{"stage":"early_warning","aware_at":"2026-11-30T20:00:00Z","title":"Probe","summary":"Billing servers encrypted; invoices cannot be issued.","suspected_malicious":"yes","cross_border_possible":"no","affected_services":["billing"],"incident_status":"ongoing","assistance_requested":false}}"#;

async fn odd_header_values_are_refused_or_ignored_never_an_error(kind: Kind) {
    let b = Browser::start_tuned(kind, Arc::new(SystemClock), |s| {
        s.form_rate_limit = 1000;
        s.trusted_proxies = TrustedProxies::parse("127.0.0.0/8").unwrap();
    })
    .await;
    let (_, key) =
        crate::helpers::add_entity(&b.database_url, "LU", "energy", "electricity_supplier");
    let address = b.address.clone();
    // Blocking sockets off the runtime the server is polled on.
    let seen = actix_web::rt::task::spawn_blocking(move || probe(&address, &key))
        .await
        .unwrap();
    let errors: Vec<_> = seen.iter().filter(|(_, s)| *s >= 500 || *s == 0).collect();
    assert!(errors.is_empty(), "{errors:?}");
    // A refused filing (bad key, type or credentials) stored nothing: every case is a 201.
    let created = seen.iter().filter(|(_, s)| *s == 201).count() as i64;
    assert_eq!(b.count("cases"), created, "{seen:?}");
}

/// Every odd value against every place that reads its header; (header, status) each.
fn probe(address: &str, key: &str) -> Vec<(&'static str, u16)> {
    let bearer = format!("Bearer {key}");
    let a = address;
    let host: &[u8] = a.trim_start_matches("http://").as_bytes();
    let long = vec![b'9'; 7000];
    let odd: Vec<&[u8]> = vec![
        b"",
        b"\xff\xfe\x80",
        b";;;===",
        b"a b",
        b"[::1",
        b"=",
        &long,
    ];
    let mut seen = Vec::new();
    for v in &odd {
        seen.push(("Host", status(a, "GET", "/report/new", Some(v), &[], b"")));
        for name in [
            "Cookie",
            "Accept-Language",
            "X-Forwarded-For",
            "Forwarded",
            "Accept",
        ] {
            for path in ["/report/new", "/authority/login", "/authority/queue", "/"] {
                seen.push((name, status(a, "GET", path, Some(host), &[(name, v)], b"")));
            }
            let form = [
                (name, *v),
                (
                    "Content-Type",
                    b"application/x-www-form-urlencoded".as_slice(),
                ),
            ];
            seen.push((
                name,
                status(
                    a,
                    "POST",
                    "/authority/login",
                    Some(host),
                    &form,
                    b"csrf=x&email=a%40b.c",
                ),
            ));
        }
        for name in ["Content-Type", "Idempotency-Key", "Authorization"] {
            let mut hs: Vec<(&str, &[u8])> = vec![
                ("Authorization", bearer.as_bytes()),
                ("Content-Type", b"application/json"),
            ];
            hs.retain(|(k, _)| *k != name);
            hs.push((name, v));
            seen.push((
                name,
                status(
                    a,
                    "POST",
                    "/api/v1/incidents",
                    Some(host),
                    &hs,
                    EARLY_WARNING.as_bytes(),
                ),
            ));
            seen.push((
                name,
                status(
                    a,
                    "POST",
                    "/report/new",
                    Some(host),
                    &[(name, v)],
                    b"csrf=x&action=submit",
                ),
            ));
        }
    }
    seen.push(("no Host", status(a, "GET", "/report/new", None, &[], b"")));
    seen
}
