//! Sending rendered messages: SMTP on kept-open connections (see `smtp`), or `.eml` files when
//! no SMTP server is configured (the zero-configuration default).

use super::mail::Rendered;
use super::smtp::{self, SmtpServer};
use crate::storage::outbox::Message;
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::client::SmtpConnection;
use std::path::{Path, PathBuf};
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

    /// A sender for one thread's messages: over SMTP it holds one connection from first use
    /// until dropped, then leaves it open for the next batch.
    pub fn session(&self) -> Session<'_> {
        Session {
            mailer: self,
            conn: None,
        }
    }
}

/// Sends messages one after the other, reusing one SMTP connection.
pub struct Session<'a> {
    mailer: &'a Mailer,
    conn: Option<SmtpConnection>,
}

impl Session<'_> {
    /// Sends the rendered `mail` for `m` with the stable Message-ID `<outbox-id@domain>`, so
    /// a resend after a crash is recognisable downstream. `Ok` only once the server accepted
    /// the message (or the file is written).
    pub fn send(&mut self, from: &Mailbox, m: &Message, mail: Rendered) -> Result<(), String> {
        let language = ContentLanguage(mail.content_language());
        let Rendered {
            subject,
            text,
            html,
            ..
        } = mail;
        let mut builder = lettre::Message::builder()
            .from(from.clone())
            .subject(subject)
            .header(language)
            .message_id(Some(format!("<{}@{}>", m.id, from.email.domain())));
        for to in &m.recipients {
            builder = builder.to(to
                .parse::<Mailbox>()
                .map_err(|e| format!("bad recipient {to}: {e}"))?);
        }
        let email = builder
            .multipart(MultiPart::alternative_plain_html(text, html))
            .map_err(|e| e.to_string())?;
        match self.mailer {
            Mailer::Smtp(server) => {
                let mut conn = match self.conn.take() {
                    Some(conn) => conn,
                    None => server.connection()?,
                };
                smtp::send(&mut conn, email.envelope(), &email.formatted())?;
                self.conn = Some(conn);
                Ok(())
            }
            Mailer::Files(dir) => write_eml(&dir.join(format!("{}.eml", m.id)), &email.formatted()),
        }
    }
}

/// Writes one message as a file that is private (0600) from its creation, not made so
/// afterwards. It is named by the outbox id: a message sent again after a crash replaces its
/// file rather than adding a second one.
fn write_eml(path: &Path, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .and_then(|mut f| f.write_all(bytes))
        .map_err(|e| format!("writing mail file {}: {e}", path.display()))
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
    fn drop(&mut self) {
        if let (Mailer::Smtp(server), Some(conn)) = (self.mailer, self.conn.take()) {
            server.put_back(conn);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::write_eml;

    /// A resend after a crash (same outbox id) replaces the file: one message, one file, and
    /// it is private from the first byte.
    #[test]
    fn a_mail_file_is_private_and_a_resend_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("0193a1b2-0000-7000-8000-000000000001.eml");
        write_eml(&path, b"first attempt, longer than the second").unwrap();
        write_eml(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
