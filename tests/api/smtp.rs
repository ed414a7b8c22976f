//! A real SMTP server for the tests: aiosmtpd writing every accepted message to a Maildir
//! (`smtp_server.py`), offering PIPELINING unless started without it.

use crate::helpers::free_port;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct SmtpServer {
    pub port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
    pipelining: bool,
}

/// One received message with its transfer encoding undone.
#[derive(Debug, Clone)]
pub struct Mail {
    pub raw: String,
}

impl Mail {
    pub fn header(&self, name: &str) -> Option<String> {
        let raw = self.raw.replace("\r\n", "\n");
        let head = raw
            .split("\n\n")
            .next()
            .unwrap_or("")
            .replace("\n ", " ")
            .replace("\n\t", " ");
        head.lines()
            .find(|l| {
                l.len() > name.len()
                    && l[..name.len()].eq_ignore_ascii_case(name)
                    && l.as_bytes()[name.len()] == b':'
            })
            .map(|l| l[name.len() + 1..].trim().to_string())
    }

    pub fn to(&self) -> String {
        self.header("To").unwrap_or_default()
    }

    /// The subject, RFC 2047 encoded words (non-ASCII subjects) decoded.
    pub fn subject(&self) -> String {
        decode_words(&self.header("Subject").unwrap_or_default())
    }
}

/// A header value with its RFC 2047 encoded words (`=?utf-8?b?…?=`) decoded.
fn decode_words(raw: &str) -> String {
    let mut out = String::new();
    let mut bytes = Vec::new();
    for word in raw.split(' ') {
        let lower = word.to_ascii_lowercase();
        if lower.starts_with("=?utf-8?b?") && word.ends_with("?=") {
            bytes.extend(base64(&word[10..word.len() - 2]));
            continue;
        }
        if !bytes.is_empty() {
            out.push_str(&String::from_utf8_lossy(&bytes));
            bytes.clear();
            out.push(' ');
        }
        out.push_str(word);
        out.push(' ');
    }
    out.push_str(&String::from_utf8_lossy(&bytes));
    out.trim_end().to_string()
}

fn base64(s: &str) -> Vec<u8> {
    let table = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes().filter(|c| *c != b'=') {
        let Some(v) = table.iter().position(|t| *t == c) else {
            continue;
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// A body with each quoted-printable part decoded; 8-bit and 7-bit parts are kept as sent
/// (decoding them would turn a URL's `=ab` into a byte).
fn decode_parts(head: &str, body: &str) -> String {
    let unfolded = head.replace("\n ", " ").replace("\n\t", " ");
    let is_qp = |headers: &str| {
        headers.lines().any(|l| {
            let l = l.to_ascii_lowercase();
            l.starts_with("content-transfer-encoding:") && l.contains("quoted-printable")
        })
    };
    let Some(boundary) = unfolded
        .split("boundary=\"")
        .nth(1)
        .and_then(|b| b.split('"').next())
    else {
        return match is_qp(&unfolded) {
            true => decode_quoted_printable(body),
            false => body.to_string(),
        };
    };
    let delimiter = format!("--{boundary}");
    let mut out = String::new();
    for (i, part) in body.split(&delimiter).enumerate() {
        if i > 0 {
            out.push_str(&delimiter);
        }
        match part.split_once("\n\n") {
            Some((headers, text)) if i > 0 && is_qp(headers) => {
                out.push_str(headers);
                out.push_str("\n\n");
                out.push_str(&decode_quoted_printable(text));
            }
            _ => out.push_str(part),
        }
    }
    out
}

fn decode_quoted_printable(s: &str) -> String {
    let s = s.replace("=\r\n", "").replace("=\n", "");
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 2 < bytes.len() {
            if let Some(b) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl SmtpServer {
    pub fn start() -> Self {
        Self::start_on(free_port())
    }

    /// A server that answers one command at a time (no PIPELINING offered).
    pub fn start_without_pipelining() -> Self {
        Self::start_as(free_port(), false)
    }

    pub fn start_on(port: u16) -> Self {
        Self::start_as(port, true)
    }

    fn start_as(port: u16, pipelining: bool) -> Self {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        let mut server = Self {
            port,
            dir,
            child: None,
            pipelining,
        };
        server.resume();
        server
    }

    /// (Re)starts the server on its port, keeping its mailbox.
    pub fn resume(&mut self) {
        let child = Command::new("python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{}", self.port),
                "-c",
                if self.pipelining {
                    "smtp_server.PipeliningMailbox"
                } else {
                    "smtp_server.Mailbox"
                },
            ])
            .arg(self.dir.path())
            .env(
                "PYTHONPATH",
                concat!(env!("CARGO_MANIFEST_DIR"), "/tests/api"),
            )
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd (python3 -m pip install aiosmtpd)");
        self.child = Some(child);
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "aiosmtpd did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// The Maildir the server writes into.
    pub fn dir(&self) -> &std::path::Path {
        self.dir.path()
    }

    pub fn messages(&self) -> Vec<Mail> {
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            for entry in std::fs::read_dir(self.dir.path().join(sub))
                .unwrap()
                .flatten()
            {
                let raw = std::fs::read_to_string(entry.path()).unwrap_or_default();
                // Headers stay as sent: an encoded word's closing `?=` at a line end is not
                // a quoted-printable soft break.
                let raw = raw.replace("\r\n", "\n");
                let (head, body) = raw.split_once("\n\n").unwrap_or((&raw, ""));
                out.push(Mail {
                    raw: format!("{head}\n\n{}", decode_parts(head, body)),
                });
            }
        }
        out
    }

    /// Waits (at most 30 s) until at least `n` messages arrived, then returns them all.
    pub async fn wait_for(&self, n: usize) -> Vec<Mail> {
        let started = Instant::now();
        loop {
            let got = self.messages();
            if got.len() >= n || started.elapsed() > Duration::from_secs(30) {
                return got;
            }
            actix_web::rt::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}
