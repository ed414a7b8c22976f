//! The one client address every per-address mechanism counts (rate limits, the sign-in lock,
//! the draft quota, the connection cap, the access log): the TCP peer, unless the peer is a
//! trusted proxy (`INTAKE_TRUSTED_PROXIES`); then the right-most address of
//! `X-Forwarded-For` (or, without it, of RFC 7239 `Forwarded: for=`) that is not itself a
//! trusted proxy. Whatever a client writes to the left of that is never read, so a forged
//! header cannot move a client out of its bucket; an unreadable hop stops the walk at the
//! nearest trusted proxy, so garbage is ignored, never an error.

use crate::config::TrustedProxies;
use actix_web::http::header::HeaderMap;
use actix_web::HttpRequest;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// The client address of a request, as every per-address limit counts it.
pub fn of(req: &HttpRequest) -> IpAddr {
    let peer = peer(req.peer_addr());
    match req.app_data::<actix_web::web::Data<crate::web::AppState>>() {
        Some(state) => resolve(peer, req.headers(), &state.trusted_proxies),
        None => peer,
    }
}

/// The peer's address; unspecified when the connection has none (tests, Unix sockets).
pub fn peer(addr: Option<SocketAddr>) -> IpAddr {
    addr.map(|a| a.ip().to_canonical())
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}

/// The client behind `peer`, reading the forwarding headers only when `peer` is trusted.
pub fn resolve(peer: IpAddr, headers: &HeaderMap, trusted: &TrustedProxies) -> IpAddr {
    if !trusted.trusts(peer) {
        return peer;
    }
    let hops = if headers.contains_key("x-forwarded-for") {
        hops(headers, "x-forwarded-for", |h| Some(h))
    } else {
        hops(headers, "forwarded", forwarded_for)
    };
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Some(ip) = hop.as_deref().and_then(address) else {
            return client;
        };
        client = ip;
        if !trusted.trusts(ip) {
            return ip;
        }
    }
    client
}

/// Every element of every `name` header, in order (left = farthest from us), each turned
/// into its address text by `pick` (`None`: an element without one).
fn hops(headers: &HeaderMap, name: &str, pick: fn(&str) -> Option<&str>) -> Vec<Option<String>> {
    headers
        .get_all(name)
        .flat_map(|v| v.as_bytes().split(|b| *b == b','))
        .map(|element| {
            std::str::from_utf8(element)
                .ok()
                .and_then(|e| pick(e.trim()))
                .map(String::from)
        })
        .collect()
}

/// The `for=` value of one `Forwarded` element (`for=192.0.2.1;proto=https`).
fn forwarded_for(element: &str) -> Option<&str> {
    element.split(';').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("for")
            .then(|| v.trim().trim_matches('"'))
    })
}

/// An address as proxies write it: `192.0.2.1`, `192.0.2.1:4711`, `2001:db8::1`,
/// `[2001:db8::1]`, `[2001:db8::1]:4711`. `unknown`, obfuscated names and garbage: `None`.
fn address(text: &str) -> Option<IpAddr> {
    let text = text.trim();
    let ip = text
        .parse::<IpAddr>()
        .ok()
        .or_else(|| text.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| {
            let inner = text.strip_prefix('[')?.strip_suffix(']')?;
            inner.parse::<IpAddr>().ok()
        })?;
    Some(ip.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::{HeaderName, HeaderValue};

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn client(peer: &str, headers: &[(&str, &[u8])]) -> IpAddr {
        let mut map = HeaderMap::new();
        for (k, v) in headers {
            map.append(
                HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_bytes(v).unwrap(),
            );
        }
        let trusted = TrustedProxies::parse("10.0.0.0/8, 2001:db8::/32").unwrap();
        resolve(ip(peer), &map, &trusted)
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_writes() {
        let forged: &[u8] = b"198.51.100.1";
        assert_eq!(
            client("203.0.113.9", &[("x-forwarded-for", forged)]),
            ip("203.0.113.9")
        );
        assert_eq!(
            client("203.0.113.9", &[("forwarded", b"for=198.51.100.1")]),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn behind_trusted_proxies_the_right_most_untrusted_hop_is_the_client() {
        let xff: &[u8] = b"1.1.1.1, 198.51.100.7, 10.0.0.2";
        assert_eq!(
            client("10.0.0.1", &[("x-forwarded-for", xff)]),
            ip("198.51.100.7")
        );
        let two_lines = [
            ("x-forwarded-for", &b"1.1.1.1"[..]),
            ("x-forwarded-for", b"198.51.100.8:4711"),
        ];
        assert_eq!(client("10.0.0.1", &two_lines), ip("198.51.100.8"));
        let fwd: &[u8] = b"for=1.1.1.1, for=\"[2001:db9::5]:80\";proto=https, for=10.9.9.9";
        assert_eq!(client("10.0.0.1", &[("forwarded", fwd)]), ip("2001:db9::5"));
        assert_eq!(
            client("::ffff:10.0.0.1", &[("x-forwarded-for", b"198.51.100.9")]),
            ip("198.51.100.9")
        );
        // Only proxies: the farthest one.
        assert_eq!(
            client("10.0.0.1", &[("x-forwarded-for", b"10.0.0.3")]),
            ip("10.0.0.3")
        );
        // No header: the proxy itself.
        assert_eq!(client("10.0.0.1", &[]), ip("10.0.0.1"));
    }

    #[test]
    fn garbage_stops_at_the_nearest_trusted_proxy() {
        for bad in [
            &b"nonsense"[..],
            b"unknown",
            b"_hidden",
            b"",
            b"\xff\xfe",
            b"1.2.3.4.5",
            b"[::1",
        ] {
            let xff = [bad, b", 10.0.0.2"].concat();
            assert_eq!(
                client("10.0.0.1", &[("x-forwarded-for", &xff)]),
                ip("10.0.0.2")
            );
            assert_eq!(client("10.0.0.1", &[("forwarded", bad)]), ip("10.0.0.1"));
        }
        // A forged left part does not matter: the proxy's own entry is read.
        let xff: &[u8] = b"\xff garbage, 198.51.100.7";
        assert_eq!(
            client("10.0.0.1", &[("x-forwarded-for", xff)]),
            ip("198.51.100.7")
        );
    }
}
