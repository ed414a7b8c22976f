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
            Mailer::Files(dir) => write_eml(dir, &m.id.to_string(), &email.formatted()),
        }
    }
}

/// Writes one message as `<outbox id>.eml`, private (0600) from its first byte. The bytes go
/// to a new file of a fresh name (`O_EXCL`: never an existing file, never through a planted
/// symlink), which is then renamed over the final name: a reader sees the whole message or
/// none, and a message sent again after a crash replaces its file rather than adding one.
fn write_eml(dir: &Path, id: &str, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write;
    let path = dir.join(format!("{id}.eml"));
    let fail = |e: std::io::Error| format!("writing mail file {}: {e}", path.display());
    let temp = dir.join(format!(".{id}.{:016x}.tmp", rand::random::<u64>()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options
        .open(&temp)
        .and_then(|mut f| f.write_all(bytes))
        .and_then(|()| std::fs::rename(&temp, &path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written.map_err(fail)
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
    #[cfg(unix)]
    use std::os::unix::fs::PermissionsExt;

    /// A resend after a crash (same outbox id) replaces the file: one message, one file,
    /// private even where a file of that name was left readable to others.
    #[test]
    fn a_mail_file_is_private_and_a_resend_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        let id = "0193a1b2-0000-7000-8000-000000000001";
        let path = dir.path().join(format!("{id}.eml"));
        std::fs::write(&path, b"left over, readable by all").unwrap();
        #[cfg(unix)]
        std::fs::set_permissions(&path, PermissionsExt::from_mode(0o644)).unwrap();
        write_eml(dir.path(), id, b"first attempt").unwrap();
        write_eml(dir.path(), id, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600);
    }

    /// A symlink planted under a message's name is replaced, not written through.
    #[cfg(unix)]
    #[test]
    fn a_planted_symlink_is_replaced_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, b"precious").unwrap();
        let id = "0193a1b2-0000-7000-8000-000000000002";
        let path = dir.path().join(format!("{id}.eml"));
        std::os::unix::fs::symlink(&victim, &path).unwrap();
        write_eml(dir.path(), id, b"mail").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
        assert!(!std::fs::symlink_metadata(&path).unwrap().is_symlink());
        assert_eq!(std::fs::read(&path).unwrap(), b"mail");
        assert_eq!(mode(&path), 0o600);
    }

    #[cfg(unix)]
    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }
}
