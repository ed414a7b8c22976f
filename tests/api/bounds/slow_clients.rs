//! Issue 12 finding 6: a connection sending one byte every 5 s stayed open 75 s, and 1,500
//! of them all stayed open. Now a body must arrive whole within `INTAKE_BODY_TIMEOUT_SECONDS`
//! (else 408 and the connection closes) and one address may have only
//! `INTAKE_REQUESTS_PER_ADDRESS` requests in flight (else 429 at once). The waits below are
//! bounded waits for the server to act, never sleeps to prove that nothing happened.

use crate::helpers::Kind;
use crate::pages::Browser;
use intake::domain::clock::SystemClock;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;

crate::on_both_kinds!(
    a_trickled_body_is_cut_with_408,
    one_address_has_a_bounded_number_of_requests_in_flight,
);

/// A POST whose headers promise 100 bytes of body, of which only `sent` arrive.
fn trickle(address: &str, path: &str, bearer: &str, sent: &str) -> TcpStream {
    let host = address.trim_start_matches("http://");
    let kind = if path.starts_with("/api/") {
        "application/json"
    } else {
        "application/x-www-form-urlencoded"
    };
    let mut s = TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    write!(
        s,
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {bearer}\r\nContent-Type: {kind}\r\nContent-Length: 100\r\n\r\n{sent}"
    )
    .unwrap();
    s
}

/// A whole GET on its own connection; the reply.
fn get(address: &str, path: &str) -> String {
    let host = address.trim_start_matches("http://");
    let mut s = TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    read_to_close(&mut s)
}

/// Whether the server has already answered (refused) a held request.
fn answered(s: &mut TcpStream) -> bool {
    s.set_nonblocking(true).unwrap();
    let mut buf = [0u8; 16];
    let got = s.read(&mut buf).is_ok();
    s.set_nonblocking(false).unwrap();
    got
}

/// Everything the server sends until it closes the connection (or 15 s pass: a failure).
fn read_to_close(s: &mut TcpStream) -> String {
    let mut out = Vec::new();
    match s.read_to_end(&mut out) {
        Ok(_) => String::from_utf8_lossy(&out).into_owned(),
        Err(e) => panic!(
            "the server neither answered nor closed: {e}; got {:?}",
            String::from_utf8_lossy(&out)
        ),
    }
}

async fn a_trickled_body_is_cut_with_408(kind: Kind) {
    let b = Browser::start_tuned(kind, Arc::new(SystemClock), |s| {
        s.slow_clients.body_timeout_seconds = 1;
    })
    .await;
    let (_, api_key) =
        crate::helpers::add_entity(&b.database_url, "LU", "energy", "electricity_supplier");
    for path in ["/report/new", "/api/v1/incidents", "/authority/login"] {
        let (address, key) = (b.address.clone(), api_key.clone());
        let reply = actix_web::rt::task::spawn_blocking(move || {
            let mut s = trickle(&address, path, &key, "c");
            read_to_close(&mut s)
        })
        .await
        .unwrap();
        assert!(reply.starts_with("HTTP/1.1 408"), "{path}: {reply}");
        assert!(
            reply.to_ascii_lowercase().contains("connection: close"),
            "{reply}"
        );
    }
}

async fn one_address_has_a_bounded_number_of_requests_in_flight(kind: Kind) {
    let b = Browser::start_tuned(kind, Arc::new(SystemClock), |s| {
        s.slow_clients.body_timeout_seconds = 60;
        s.slow_clients.requests_per_address = 3;
    })
    .await;
    let address = b.address.clone();
    let reply = actix_web::rt::task::spawn_blocking(move || {
        let mut held: Vec<TcpStream> = Vec::new();
        // The held requests are in flight once the server answers a probe with 429. A held
        // one the server took after a probe may itself be refused: it is replaced.
        let mut refused = String::new();
        for _ in 0..100 {
            held.retain_mut(|h| !answered(h));
            while held.len() < 3 {
                held.push(trickle(&address, "/report/new", "-", "c"));
            }
            refused = get(&address, "/healthz");
            if refused.starts_with("HTTP/1.1 429") {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        drop(held);
        refused
    })
    .await
    .unwrap();
    assert!(reply.starts_with("HTTP/1.1 429"), "{reply}");
    assert!(
        reply.to_ascii_lowercase().contains("retry-after"),
        "{reply}"
    );
    // Closing the held connections frees the address's slots.
    let mut freed = false;
    for _ in 0..100 {
        let r = awc::Client::default()
            .get(format!("{}/healthz", b.address))
            .send()
            .await
            .unwrap();
        if r.status() == 200 {
            freed = true;
            break;
        }
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(freed, "slots are given back when the clients leave");
}
