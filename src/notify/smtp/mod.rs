//! Sending over SMTP on connections kept open between messages and batches, each message's
//! content and its terminating `.` line written at once, pipelined where the server offers
//! it (see `pipeline`).
//!
//! Why not lettre's `SmtpTransport`: it writes a message's content and the `\r\n.\r\n` that
//! ends it in two writes on a socket with Nagle's algorithm on, so the terminator waits for the
//! server's delayed ACK (40 ms on Linux) and one connection carries about 25 messages/s (the
//! intake benchmark measured 77 messages/s on four). lettre's public `SmtpConnection` still
//! carries the session here (greeting, EHLO, STARTTLS, AUTH, reading replies); only the
//! message content goes out as one dot-stuffed write.

mod pipeline;

pub use pipeline::{Connection, Outcomes};

use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{SmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::Ehlo;
use lettre::transport::smtp::extension::ClientId;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// A connection idle longer than this is probed with NOOP before reuse (servers close idle
/// sessions; a dead one would otherwise fail the message it carries).
const PROBE_AFTER: Duration = Duration::from_secs(5);
/// Idle connections kept for the next batch.
const KEEP_IDLE: usize = 8;

/// How a connection is secured: lettre's `Tls`, with the parameters of opportunistic
/// STARTTLS built on first use.
enum Security {
    None,
    Opportunistic(OnceLock<TlsParameters>),
    Required(TlsParameters),
    Wrapper(TlsParameters),
}

/// An SMTP server and the connections open to it.
pub struct SmtpServer {
    host: String,
    port: u16,
    tls: Security,
    credentials: Option<Credentials>,
    hello: ClientId,
    timeout: Duration,
    /// Idle connections, whether each server offered PIPELINING, and since when idle.
    idle: Mutex<Vec<(SmtpConnection, bool, Instant)>>,
}

impl SmtpServer {
    /// From a URL lettre accepts (`smtp://`, `?tls=opportunistic|required`, `smtps://`,
    /// `user:pass@`, a path naming the EHLO host), with lettre's default ports.
    ///
    /// The TLS parameters of opportunistic STARTTLS (what a plain `smtp://` URL gets) are
    /// built when a server first offers STARTTLS: building them loads the system's CA
    /// certificates, about as much work as sending a thousand messages, which a server without
    /// STARTTLS (a local relay) never needs.
    pub fn from_url(url: &str, timeout: Duration) -> Result<Self, String> {
        let parsed = url::Url::parse(url).map_err(|e| format!("INTAKE_SMTP_URL: {e}"))?;
        let host = parsed
            .host_str()
            .ok_or("INTAKE_SMTP_URL: smtp host undefined")?
            .to_string();
        let params = || TlsParameters::new(host.clone()).map_err(|e| format!("TLS: {e}"));
        let tls_mode = parsed
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.to_string());
        // The schemes and `tls` values lettre's `SmtpTransport::from_url` accepts.
        let (tls, default_port) = match (parsed.scheme(), tls_mode.as_deref()) {
            ("smtp", None) => (Security::None, 25),
            ("smtp", Some("required")) => (Security::Required(params()?), 587),
            ("smtp", Some("opportunistic")) => (Security::Opportunistic(OnceLock::new()), 587),
            ("smtps", _) => (Security::Wrapper(params()?), 465),
            (scheme, tls) => {
                return Err(format!(
                    "INTAKE_SMTP_URL: unknown scheme '{scheme}' or tls parameter '{tls:?}'"
                ))
            }
        };
        let credentials = match parsed.password() {
            Some(password) => Some(Credentials::new(
                percent_decode(parsed.username())?,
                percent_decode(password)?,
            )),
            None => None,
        };
        let name = parsed.path().trim_matches('/');
        Ok(Self {
            port: parsed.port().unwrap_or(default_port),
            host,
            tls,
            credentials,
            hello: if name.is_empty() {
                ClientId::default()
            } else {
                ClientId::Domain(name.to_string())
            },
            timeout,
            idle: Mutex::new(Vec::new()),
        })
    }

    /// A connection: an idle one that still answers, else a new one.
    pub fn connection(&self) -> Result<Connection, String> {
        loop {
            let idle = self.idle.lock().ok().and_then(|mut idle| idle.pop());
            match idle {
                Some((mut conn, pipelining, since)) => {
                    if since.elapsed() < PROBE_AFTER || conn.test_connected() {
                        return Ok(Connection::new(conn, pipelining));
                    }
                    conn.abort();
                }
                None => {
                    let (conn, pipelining) = self.connect().map_err(|e| format!("SMTP: {e}"))?;
                    return Ok(Connection::new(conn, pipelining));
                }
            }
        }
    }

    /// Keeps a healthy idle connection for later; closes the others.
    pub fn put_back(&self, conn: Connection) {
        let pipelining = conn.pipelining();
        let Some(mut conn) = conn.into_idle() else {
            return;
        };
        if conn.has_broken() {
            return;
        }
        if let Ok(mut idle) = self.idle.lock() {
            if idle.len() < KEEP_IDLE {
                idle.push((conn, pipelining, Instant::now()));
                return;
            }
        }
        let _ = conn.quit();
    }

    /// Connects, secures and greets; then asks again (EHLO) for what lettre does not keep:
    /// whether the server offers PIPELINING. Before AUTH, as a new EHLO resets the session.
    fn connect(&self) -> Result<(SmtpConnection, bool), lettre::transport::smtp::Error> {
        let wrapper = match &self.tls {
            Security::Wrapper(p) => Some(p),
            _ => None,
        };
        let address = (self.host.as_str(), self.port);
        let mut conn =
            SmtpConnection::connect(address, Some(self.timeout), &self.hello, wrapper, None)?;
        match &self.tls {
            Security::Opportunistic(cell) if conn.can_starttls() => {
                let params = match cell.get() {
                    Some(p) => p,
                    None => {
                        let p = TlsParameters::new(self.host.clone())?;
                        cell.get_or_init(|| p)
                    }
                };
                conn.starttls(params, &self.hello)?
            }
            Security::Required(p) => conn.starttls(p, &self.hello)?,
            _ => {}
        }
        let pipelining = conn
            .command(Ehlo::new(self.hello.clone()))?
            .message()
            .any(|line| line.eq_ignore_ascii_case("PIPELINING"));
        if let Some(credentials) = &self.credentials {
            conn.auth(DEFAULT_MECHANISMS, credentials)?;
        }
        Ok((conn, pipelining))
    }
}

fn percent_decode(s: &str) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = s.get(i + 1..i + 3).filter(|_| bytes[i] == b'%');
        match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|e| format!("INTAKE_SMTP_URL: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_gives_port_tls_and_credentials_as_lettre_does() {
        let t = Duration::from_secs(1);
        let s = SmtpServer::from_url("smtp://127.0.0.1:2525", t).unwrap();
        assert_eq!((s.host.as_str(), s.port), ("127.0.0.1", 2525));
        assert!(matches!(s.tls, Security::None));
        let s = SmtpServer::from_url("smtps://u%40x:p%2Fw@mail.example.org", t).unwrap();
        assert_eq!(s.port, 465);
        assert!(matches!(s.tls, Security::Wrapper(_)));
        assert!(s.credentials == Some(Credentials::new("u@x".into(), "p/w".into())));
        let s = SmtpServer::from_url("smtp://h?tls=opportunistic", t).unwrap();
        assert!(matches!(s.tls, Security::Opportunistic(_)));
        assert_eq!(s.port, 587);
        assert!(SmtpServer::from_url("ftp://h", t).is_err());
        assert!(SmtpServer::from_url("smtp://h?tls=sometimes", t).is_err());
        assert!(SmtpServer::from_url("smtp:///nohost", t).is_err());
    }
}
