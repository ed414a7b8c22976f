//! Sending over SMTP on connections kept open between messages and batches, each message's
//! content and its terminating `.` line written at once.
//!
//! Why not lettre's `SmtpTransport`: it writes a message's content and the `\r\n.\r\n` that
//! ends it in two writes on a socket with Nagle's algorithm on, so the terminator waits for the
//! server's delayed ACK (40 ms on Linux) and one connection carries about 25 messages/s (the
//! intake benchmark measured 77 messages/s on four). lettre's public `SmtpConnection` still
//! carries the session here (greeting, EHLO, STARTTLS, AUTH, reading replies); only the
//! message content goes out as one dot-stuffed write.

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{SmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use std::fmt;
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
    idle: Mutex<Vec<(SmtpConnection, Instant)>>,
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
    pub fn connection(&self) -> Result<SmtpConnection, String> {
        loop {
            let idle = self.idle.lock().ok().and_then(|mut idle| idle.pop());
            match idle {
                Some((mut conn, since)) => {
                    if since.elapsed() < PROBE_AFTER || conn.test_connected() {
                        return Ok(conn);
                    }
                    conn.abort();
                }
                None => return self.connect().map_err(|e| format!("SMTP: {e}")),
            }
        }
    }

    /// Keeps a healthy connection for later; closes the others.
    pub fn put_back(&self, mut conn: SmtpConnection) {
        if conn.has_broken() {
            return;
        }
        if let Ok(mut idle) = self.idle.lock() {
            if idle.len() < KEEP_IDLE {
                idle.push((conn, Instant::now()));
                return;
            }
        }
        let _ = conn.quit();
    }

    fn connect(&self) -> Result<SmtpConnection, lettre::transport::smtp::Error> {
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
        if let Some(credentials) = &self.credentials {
            conn.auth(DEFAULT_MECHANISMS, credentials)?;
        }
        Ok(conn)
    }
}

/// Sends one formatted message on `conn`: MAIL, RCPT per recipient, DATA, then the content
/// with its terminator in one write. On any error the connection is closed (its session state
/// is unknown) and the caller records the failure for a later retry.
pub fn send(conn: &mut SmtpConnection, envelope: &Envelope, email: &[u8]) -> Result<(), String> {
    let result = transaction(conn, envelope, email);
    if result.is_err() {
        conn.abort();
    }
    result.map_err(|e| format!("SMTP: {e}"))
}

fn transaction(conn: &mut SmtpConnection, envelope: &Envelope, email: &[u8]) -> Result<(), String> {
    let mut options = Vec::new();
    if !email.is_ascii() {
        if !conn.server_info().supports_feature(Extension::EightBitMime) {
            return Err("message is not ASCII and the server does not offer 8BITMIME".into());
        }
        options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    let step = |e: lettre::transport::smtp::Error| e.to_string();
    conn.command(Mail::new(envelope.from().cloned(), options))
        .map_err(step)?;
    for to in envelope.to() {
        conn.command(Rcpt::new(to.clone(), Vec::new()))
            .map_err(step)?;
    }
    conn.command(Data).map_err(step)?;
    conn.command(Content(dot_stuffed(email))).map_err(step)?;
    Ok(())
}

/// Message content as sent after DATA: lines starting with `.` get another, then `\r\n.\r\n`
/// (RFC 5321 §4.5.2), exactly as lettre's own codec does. Works on bytes (a `.` or `\n`
/// byte is never inside a UTF-8 sequence); content that is not UTF-8 is read lossily, as
/// before.
fn dot_stuffed(email: &[u8]) -> String {
    let mut out = Vec::with_capacity(email.len() + 64);
    let mut rest = email;
    if rest.first() == Some(&b'.') {
        out.push(b'.');
    }
    while let Some(i) = rest.windows(2).position(|w| w == b"\n.") {
        out.extend_from_slice(&rest[..=i]);
        out.push(b'.');
        rest = &rest[i + 1..];
    }
    out.extend_from_slice(rest);
    out.extend_from_slice(b"\r\n.\r\n");
    match String::from_utf8(out) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// Already-encoded message content, written by `SmtpConnection::command` in one write.
struct Content(String);

impl fmt::Display for Content {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
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
    fn lines_starting_with_a_dot_are_stuffed_and_the_terminator_follows() {
        assert_eq!(
            dot_stuffed(b".a\r\nb\r\n..c\r\nd.e"),
            "..a\r\nb\r\n...c\r\nd.e\r\n.\r\n"
        );
    }

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
