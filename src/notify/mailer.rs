//! Sending rendered messages: SMTP on kept-open connections (see `smtp`), or `.eml` files when
//! no SMTP server is configured (the zero-configuration default).

use super::eml::write_eml;
use super::mail::Rendered;
use super::smtp::{self, SmtpServer};
use crate::storage::outbox::Message;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox, MultiPart, SinglePart};
use std::path::PathBuf;
use std::time::Duration;

pub enum Mailer {
    Smtp(SmtpServer),
    /// `.eml` files (0600) in this folder: they hold follow-up links, i.e. secrets.
    Files(PathBuf),
}

impl Mailer {
    /// `smtp://host:port` (STARTTLS when the server offers it), `smtps://user:pass@host:port`
    /// (TLS from the start); without a URL, files under `mail_dir`.
    pub fn new(smtp_url: Option<&str>, mail_dir: PathBuf) -> Result<Self, String> {
        match smtp_url {
            Some(url) => {
                let url = if url.starts_with("smtp://") && !url.contains("tls=") {
                    format!(
                        "{url}{}tls=opportunistic",
                        if url.contains('?') { '&' } else { '?' }
                    )
                } else {
                    url.to_string()
                };
                Ok(Self::Smtp(SmtpServer::from_url(
                    &url,
                    Duration::from_secs(15),
                )?))
            }
            None => {
                if let Some(warning) = crate::secrets::files::private_dir(&mail_dir)? {
                    log::warn!("{warning} (its .eml files hold reporters' follow-up links)");
                }
                Ok(Self::Files(mail_dir))
            }
        }
    }

    /// How many threads compose and send at once. Over SMTP more than the cores: a sender
    /// waiting for its server's reply leaves the core to another (6 sent ~8 % more than 4
    /// over smtp-sink), each on its own connection. Files: one per core, as composing and
    /// writing both use the CPU; more threads only contend for the folder and, on ext4
    /// without a journal, for the inode search that skips recently deleted files.
    pub fn senders(&self) -> usize {
        match self {
            Self::Smtp(_) => 6,
            Self::Files(_) => {
                // Read once: the standard library reads the cgroup's CPU quota each time.
                static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
                *CORES.get_or_init(|| {
                    std::thread::available_parallelism().map_or(2, |n| n.get().min(6))
                })
            }
        }
    }

    /// A sender for one thread's messages: over SMTP it holds one connection from first use
    /// until finished, then leaves it open for the next batch.
    pub fn session(&self) -> Session<'_> {
        Session {
            mailer: self,
            conn: None,
            outcomes: Vec::new(),
        }
    }
}

/// Sends messages one after the other on one SMTP connection (pipelined where the server
/// offers it, so a message's outcome may be known only at the next one or at
/// [`Session::finish`]).
pub struct Session<'a> {
    mailer: &'a Mailer,
    conn: Option<smtp::Connection>,
    outcomes: smtp::Outcomes,
}

impl Session<'_> {
    /// Sends the rendered `mail` for `m` (or records why it could not be composed) with the
    /// stable Message-ID `<outbox-id@domain>`, so a resend after a crash is recognisable
    /// downstream. Its outcome is `Ok` only once the server accepted the message (or the file
    /// is written).
    pub fn send(&mut self, from: &Mailbox, m: &Message, mail: Result<Rendered, String>) {
        let index = self.outcomes.len();
        self.outcomes.push(Err("not sent".into()));
        if let Err(e) = mail.and_then(|mail| self.deliver(from, m, mail, index)) {
            self.outcomes[index] = Err(e);
        }
    }

    /// Each message's outcome, in the order sent; the connection is kept for the next batch.
    pub fn finish(mut self) -> smtp::Outcomes {
        if let (Mailer::Smtp(server), Some(mut conn)) = (self.mailer, self.conn.take()) {
            if conn.flush(&mut self.outcomes) {
                server.put_back(conn);
            }
        }
        std::mem::take(&mut self.outcomes)
    }

    fn deliver(
        &mut self,
        from: &Mailbox,
        m: &Message,
        mail: Rendered,
        index: usize,
    ) -> Result<(), String> {
        match self.mailer {
            Mailer::Smtp(server) => {
                let conn = match &mut self.conn {
                    Some(conn) => conn,
                    None => self.conn.insert(server.connection()?),
                };
                let email = build(from, m, mail, conn.eight_bit())?;
                if !conn.send(
                    email.envelope(),
                    &email.formatted(),
                    index,
                    &mut self.outcomes,
                ) {
                    self.conn = None;
                }
                Ok(())
            }
            Mailer::Files(dir) => {
                let email = build(from, m, mail, true)?;
                write_eml(dir, &m.id.to_string(), &email.formatted())?;
                self.outcomes[index] = Ok(());
                Ok(())
            }
        }
    }
}

/// The message for `m`: text and HTML alternatives, 8-bit where `eight_bit` allows it.
fn build(
    from: &Mailbox,
    m: &Message,
    mail: Rendered,
    eight_bit: bool,
) -> Result<lettre::Message, String> {
    let language = ContentLanguage(mail.content_language());
    let html = mail.html();
    let Rendered { subject, text, .. } = mail;
    let mut builder = lettre::Message::builder()
        .from(from.clone())
        .subject(subject)
        .header(language)
        .message_id(Some(format!("<{}@{}>", m.id, from.email.domain())));
    let mut envelope = Vec::with_capacity(m.recipients.len());
    for to in &m.recipients {
        let to = to
            .parse::<Mailbox>()
            .map_err(|e| format!("bad recipient {to}: {e}"))?;
        envelope.push(to.email.clone());
        builder = builder.to(to);
    }
    // Stated, so lettre need not read it back out of the headers it was just given.
    let envelope = lettre::address::Envelope::new(Some(from.email.clone()), envelope)
        .map_err(|e| e.to_string())?;
    builder = builder.envelope(envelope);
    let part = |kind: ContentType, body: String| {
        SinglePart::builder()
            .header(kind)
            .body(encoded(body, eight_bit))
    };
    builder
        .multipart(
            MultiPart::alternative()
                .singlepart(part(ContentType::TEXT_PLAIN, text))
                .singlepart(part(ContentType::TEXT_HTML, html)),
        )
        .map_err(|e| e.to_string())
}

/// A body as written, lines ending in CRLF, where the transport carries 8-bit text and every
/// line fits in 998 octets (RFC 5322 §2.1.1, RFC 6152): no quoted-printable to encode, and
/// what a reader sees in the file or on the wire is the text itself. Otherwise lettre's
/// choice (quoted-printable or base64).
fn encoded(text: String, eight_bit: bool) -> Body {
    if eight_bit {
        if let Some(lines) = crlf_lines(&text) {
            let encoding = if text.is_ascii() {
                ContentTransferEncoding::SevenBit
            } else {
                ContentTransferEncoding::EightBit
            };
            return Body::dangerous_pre_encoded(lines, encoding);
        }
    }
    Body::new(text)
}

/// `text` with each line ending in CRLF, unless a line is longer than 998 octets or holds a
/// NUL or a bare CR (which 8-bit transfer does not allow).
fn crlf_lines(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    // One look at the whole text for a NUL or a CR other than a line's last byte (composed
    // mail has none), then one pass over the line ends.
    let bare_cr =
        memchr::memchr_iter(b'\r', bytes).any(|i| bytes.get(i + 1).is_some_and(|b| *b != b'\n'));
    if bare_cr || memchr::memchr(0, bytes).is_some() {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 16);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', bytes).chain([bytes.len()]) {
        let line = &bytes[start..end];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.len() > 998 {
            return None;
        }
        if start > 0 {
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(line);
        start = end + 1;
    }
    Some(out)
}

/// `Content-Language` (RFC 3282): the languages a mail is written in, the first first.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ContentLanguage(String);

impl lettre::message::header::Header for ContentLanguage {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.into()))
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

impl Drop for Session<'_> {
    /// A session not finished (a panic) closes its connection: content may be in flight.
    fn drop(&mut self) {
        if let Some(mut conn) = self.conn.take() {
            conn.close(&mut self.outcomes);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::encoded;
    use lettre::message::header::ContentTransferEncoding::{EightBit, QuotedPrintable, SevenBit};

    /// 8-bit bodies keep the text as written, lines ending in CRLF; a line longer than 998
    /// octets, or a transport without 8BITMIME, gets quoted-printable.
    #[test]
    fn bodies_go_as_written_where_8_bit_is_allowed() {
        let body = encoded("Grüße\nzwei\n".into(), true);
        assert_eq!(body.encoding(), EightBit);
        assert_eq!(body.into_vec(), "Grüße\r\nzwei\r\n".as_bytes());
        assert_eq!(encoded("plain\r\ntext".into(), true).encoding(), SevenBit);
        assert_eq!(encoded("ü".repeat(499), true).encoding(), EightBit);
        assert_ne!(encoded("ü".repeat(500), true).encoding(), EightBit);
        // The limit holds for every line, first, middle and last, with or without CRs.
        let middle = |line: String| format!("a\n{line}\nb");
        assert_eq!(encoded(middle("ü".repeat(499)), true).encoding(), EightBit);
        assert_ne!(encoded(middle("ü".repeat(500)), true).encoding(), EightBit);
        assert_ne!(
            encoded(format!("{}\nb", "x".repeat(999)), true).encoding(),
            SevenBit
        );
        assert_ne!(
            encoded(middle("ü".repeat(500)) + "\r\n", true).encoding(),
            EightBit
        );
        let body = encoded("plain\r\ntext\n".into(), true);
        assert_eq!(body.into_vec(), b"plain\r\ntext\r\n");
        let french = "Bonjour à tous, voici le rapport.";
        assert_eq!(encoded(french.into(), false).encoding(), QuotedPrintable);
        assert_ne!(encoded("bare\rCR ü".into(), true).encoding(), EightBit);
        assert_ne!(encoded("NUL\0 ü".into(), true).encoding(), EightBit);
    }
}
