//! Issue 12 finding 6, the request head: a client that trickles its request line and headers
//! (or sends nothing at all) holds its connection at most `INTAKE_HEADER_TIMEOUT_SECONDS`,
//! on a fresh connection and on one that already carried a request. The waits are bounded
//! reads for the server to act, never sleeps to prove that nothing happened.

use crate::helpers::Kind;
use crate::pages::Browser;
use intake::domain::clock::SystemClock;
use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

crate::on_both_kinds!(a_trickled_request_head_is_cut_within_the_bound);

/// How a trickling connection ended: what the server sent, and after how long.
#[derive(Debug)]
pub(super) struct Ended {
    pub(super) said: String,
    pub(super) after: Duration,
}

/// Sends `first` whole, then (if `drip`) one header byte every 200 ms, until the server closes
/// the connection (or `give_up` passes: the connection was not bounded).
pub(super) fn trickle(host: &str, first: &str, drip: bool, give_up: Duration) -> Option<Ended> {
    let mut s = TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let started = Instant::now();
    s.write_all(first.as_bytes()).unwrap();
    let mut got = Vec::new();
    let trickled = b"X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    let mut i = 0;
    while started.elapsed() < give_up {
        let mut buf = [0u8; 4096];
        match s.read(&mut buf) {
            Ok(0) => {
                return Some(Ended {
                    said: String::from_utf8_lossy(&got).into_owned(),
                    after: started.elapsed(),
                })
            }
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => {
                return Some(Ended {
                    said: String::from_utf8_lossy(&got).into_owned(),
                    after: started.elapsed(),
                })
            }
        }
        // A closed socket makes a later write fail: that is the end too.
        if drip && s.write_all(&trickled[i % trickled.len()..][..1]).is_err() {
            return Some(Ended {
                said: String::from_utf8_lossy(&got).into_owned(),
                after: started.elapsed(),
            });
        }
        i += 1;
    }
    None
}

async fn a_trickled_request_head_is_cut_within_the_bound(kind: Kind) {
    let b = Browser::start_tuned(kind, Arc::new(SystemClock), |s| {
        s.slow_clients.header_timeout_seconds = 2;
    })
    .await;
    let host = b.address.trim_start_matches("http://").to_string();
    let whole = format!("GET /healthz HTTP/1.1\r\nHost: {host}\r\n\r\n");
    let cases = [
        ("nothing sent", String::new(), false),
        (
            "a trickled first head",
            format!("GET /report/new HTTP/1.1\r\nHost: {host}\r\n"),
            true,
        ),
        (
            "a trickled head after a whole request",
            format!("{whole}GET /report/new HTTP/1.1\r\nHost: {host}\r\n"),
            true,
        ),
    ];
    let runs = cases.map(|(what, first, drip)| {
        let host = host.clone();
        let run = actix_web::rt::task::spawn_blocking(move || {
            trickle(&host, &first, drip, Duration::from_secs(20))
        });
        (what, run)
    });
    for (what, run) in runs {
        let ended = run.await.unwrap();
        let ended = ended.unwrap_or_else(|| panic!("{what}: still open after 20 s"));
        assert!(
            ended.after < Duration::from_secs(8),
            "{what}: closed only after {:?} ({:?})",
            ended.after,
            ended.said
        );
        // The whole request is answered; the trickled one after it never is.
        if ended.said.contains("HTTP/1.1 200") {
            assert_eq!(
                ended.said.matches("HTTP/1.1 ").count(),
                1,
                "{what}: {}",
                ended.said
            );
        }
    }
}
