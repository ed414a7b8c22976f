//! Keep-alive with every request head bounded: a connection carries several requests (API
//! clients reuse it instead of opening one per filing), and a head trickled after any number
//! of whole requests is still cut within `INTAKE_HEADER_TIMEOUT_SECONDS`, as is a connection
//! left idle after its answers. The waits are bounded reads, never sleeps.

use super::trickled_headers::trickle;
use crate::pages::Browser;
use intake::domain::clock::SystemClock;
use std::sync::Arc;
use std::time::Duration;

crate::on_both_kinds!(a_kept_alive_connection_bounds_every_later_head);

async fn a_kept_alive_connection_bounds_every_later_head(kind: crate::helpers::Kind) {
    let b = Browser::start_tuned(kind, Arc::new(SystemClock), |s| {
        s.slow_clients.header_timeout_seconds = 2;
    })
    .await;
    let host = b.address.trim_start_matches("http://").to_string();
    let whole = format!("GET /healthz HTTP/1.1\r\nHost: {host}\r\n\r\n");
    let cases = [
        ("two whole requests, then nothing", whole.repeat(2), false),
        (
            "three whole requests, then a trickled head",
            format!(
                "{}GET /report/new HTTP/1.1\r\nHost: {host}\r\n",
                whole.repeat(3)
            ),
            true,
        ),
    ];
    let runs = cases.map(|(what, first, drip)| {
        let host = host.clone();
        let run = actix_web::rt::task::spawn_blocking(move || {
            trickle(&host, &first, drip, Duration::from_secs(20))
        });
        (what, run, if drip { 3 } else { 2 })
    });
    for (what, run, whole_requests) in runs {
        let ended = run.await.unwrap();
        let ended = ended.unwrap_or_else(|| panic!("{what}: still open after 20 s"));
        // Every whole request is answered on the one connection, none told to close it...
        assert_eq!(
            ended.said.matches("HTTP/1.1 200").count(),
            whole_requests,
            "{what}: {}",
            ended.said
        );
        assert_eq!(
            ended.said.matches("HTTP/1.1 ").count(),
            whole_requests,
            "{what}: {}",
            ended.said
        );
        assert!(
            !ended
                .said
                .to_ascii_lowercase()
                .contains("connection: close"),
            "{what}: {}",
            ended.said
        );
        // ...and the connection still ends within the bound after the last answer.
        assert!(
            ended.after < Duration::from_secs(8),
            "{what}: closed only after {:?} ({:?})",
            ended.after,
            ended.said
        );
    }
}
