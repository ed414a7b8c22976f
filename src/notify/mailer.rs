//! Sending one rendered message: SMTP through lettre, or `.eml` files when no SMTP server is
//! configured (the zero-configuration default).

use super::mail::Rendered;
use crate::storage::outbox::Message;
use lettre::message::{Mailbox, MultiPart};
use lettre::{FileTransport, SmtpTransport, Transport};
use std::path::PathBuf;
use std::time::Duration;

pub enum Mailer {
    Smtp(SmtpTransport),
    Files(FileTransport),
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
                let builder =
                    SmtpTransport::from_url(&url).map_err(|e| format!("INTAKE_SMTP_URL: {e}"))?;
                Ok(Self::Smtp(
                    builder.timeout(Some(Duration::from_secs(15))).build(),
                ))
            }
            None => {
                std::fs::create_dir_all(&mail_dir)
                    .map_err(|e| format!("cannot create {}: {e}", mail_dir.display()))?;
                Ok(Self::Files(FileTransport::new(mail_dir)))
            }
        }
    }

    /// Sends the rendered `mail` for `m` with the stable Message-ID `<outbox-id@domain>`, so
    /// a resend after a crash is recognisable downstream.
    pub fn send(&self, from: &Mailbox, m: &Message, mail: Rendered) -> Result<(), String> {
        let Rendered {
            subject,
            text,
            html,
        } = mail;
        let mut builder = lettre::Message::builder()
            .from(from.clone())
            .subject(subject)
            .message_id(Some(format!("<{}@{}>", m.id, from.email.domain())));
        for to in &m.recipients {
            builder = builder.to(to
                .parse::<Mailbox>()
                .map_err(|e| format!("bad recipient {to}: {e}"))?);
        }
        let email = builder
            .multipart(MultiPart::alternative_plain_html(text, html))
            .map_err(|e| e.to_string())?;
        match self {
            Self::Smtp(t) => t.send(&email).map(drop).map_err(|e| format!("SMTP: {e}")),
            Self::Files(t) => t
                .send(&email)
                .map(drop)
                .map_err(|e| format!("writing mail file: {e}")),
        }
    }
}
