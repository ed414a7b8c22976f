//! Issue 12 finding 8: behind a reverse proxy every client shared one rate-limit bucket. Now
//! `INTAKE_TRUSTED_PROXIES` names the proxies whose `X-Forwarded-For` / `Forwarded` headers
//! are believed (right-most hop that is not a proxy); from any other peer they are ignored,
//! so a forged header never moves a client out of its bucket, and garbage is never a 500.

use crate::helpers::Kind;
use crate::pages::Browser;
use intake::config::{Settings, TrustedProxies};
use intake::domain::clock::SystemClock;
use std::sync::Arc;

crate::on_both_kinds!(
    behind_a_trusted_proxy_clients_have_their_own_buckets,
    from_an_untrusted_peer_a_forged_header_is_ignored,
    garbage_forwarding_headers_are_never_an_error,
);

/// An app allowing two public form posts a minute per client, trusting `proxies`.
async fn app(kind: Kind, proxies: &str) -> Browser {
    let proxies = TrustedProxies::parse(proxies).unwrap();
    Browser::start_tuned(kind, Arc::new(SystemClock), move |s| {
        s.form_rate_limit = 2;
        s.trusted_proxies = proxies;
    })
    .await
}

/// A public form post (an empty report: refused 422 when admitted, nothing stored) sent
/// with `header`; its status.
async fn post_as(b: &mut Browser, header: Option<(&str, &[u8])>) -> u16 {
    let page = b.get("/report/new").await;
    let csrf = page.csrf();
    let cookie = b.cookie("intake_csrf").unwrap();
    let mut req = awc::Client::default()
        .post(format!("{}/report/new", b.address))
        .insert_header(("Cookie", format!("intake_csrf={cookie}")));
    if let Some((name, value)) = header {
        let value = awc::http::header::HeaderValue::from_bytes(value).unwrap();
        req = req.insert_header((name, value));
    }
    let form = [("csrf", csrf.as_str()), ("action", "submit")];
    req.send_form(&form).await.unwrap().status().as_u16()
}

fn xff(v: &str) -> Option<(&'static str, &[u8])> {
    Some(("x-forwarded-for", v.as_bytes()))
}

async fn behind_a_trusted_proxy_clients_have_their_own_buckets(kind: Kind) {
    // The tests connect from loopback: here loopback is the proxy.
    let mut b = app(kind, "127.0.0.0/8, ::1/128").await;
    for _ in 0..2 {
        assert_eq!(post_as(&mut b, xff("198.51.100.1")).await, 422);
    }
    assert_eq!(post_as(&mut b, xff("198.51.100.1")).await, 429);
    // Another client behind the same proxy has a bucket of its own.
    assert_eq!(post_as(&mut b, xff("198.51.100.2")).await, 422);
    let fwd: &[u8] = b"for=\"[2001:db8::7]:4711\";proto=https";
    assert_eq!(post_as(&mut b, Some(("forwarded", fwd))).await, 422);
    // Whatever the client writes to the left of what the proxy appended is not read.
    assert_eq!(
        post_as(&mut b, xff("203.0.113.77, 198.51.100.1")).await,
        429
    );
    assert_eq!(b.count("cases"), 0);
}

async fn from_an_untrusted_peer_a_forged_header_is_ignored(kind: Kind) {
    let mut b = app(kind, "10.0.0.0/8").await;
    assert_eq!(post_as(&mut b, None).await, 422);
    assert_eq!(post_as(&mut b, xff("198.51.100.1")).await, 422);
    // Every forged address lands in the peer's own, now empty, bucket.
    assert_eq!(post_as(&mut b, xff("198.51.100.2")).await, 429);
    let fwd: &[u8] = b"for=198.51.100.3";
    assert_eq!(post_as(&mut b, Some(("forwarded", fwd))).await, 429);
    assert_eq!(post_as(&mut b, None).await, 429);
}

async fn garbage_forwarding_headers_are_never_an_error(kind: Kind) {
    let mut b = app(kind, "127.0.0.0/8, ::1/128").await;
    let long = "9".repeat(6000);
    let values: Vec<&[u8]> = vec![
        b"",
        b",,,,",
        b"nonsense",
        b"unknown",
        b"_hidden",
        b"1.2.3.4.5",
        b"[::1",
        b"\xff\xfe\x80",
        b"for=",
        b"for=\"[zz]\";;;=",
        long.as_bytes(),
    ];
    for v in values {
        for name in ["x-forwarded-for", "forwarded"] {
            let status = post_as(&mut b, Some((name, v))).await;
            // Counted in the proxy's own bucket: refused politely once it is empty.
            assert!(
                status == 422 || status == 429,
                "{name}: {:?} gave {status}",
                String::from_utf8_lossy(v)
            );
        }
    }
}

#[test]
fn a_bad_trusted_proxy_network_stops_the_start_with_a_clear_error() {
    for bad in ["10.0.0.0/33", "example.org", "10.0.0.0/8;192.0.2.1"] {
        let e = Settings::from_lookup(|k| {
            (k == "INTAKE_TRUSTED_PROXIES").then(|| format!("127.0.0.1/32, {bad}"))
        })
        .unwrap_err();
        assert!(e.starts_with("INTAKE_TRUSTED_PROXIES"), "{e}");
    }
    let ok = Settings::from_lookup(|k| {
        (k == "INTAKE_TRUSTED_PROXIES").then(|| "10.0.0.0/8, 2001:db8::/32".to_string())
    })
    .unwrap();
    assert!(!ok.trusted_proxies.is_empty());
    assert!(Settings::from_lookup(|_| None)
        .unwrap()
        .trusted_proxies
        .is_empty());
}
