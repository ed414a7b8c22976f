//! Transactions on one SMTP connection. Where the server offers PIPELINING (RFC 2920), a
//! message's envelope (MAIL, RCPT, DATA) goes out in one write together with the content of
//! the message before it, and their replies come back together: one write and one read per
//! message instead of four round trips, which more than halves what sender and server spend
//! per message (the intake benchmark's SMTP pass). Without PIPELINING every command waits for
//! its reply, as RFC 5321 requires.
//!
//! A message counts as sent only once the server answered its content with 2xx. Any other
//! answer to its envelope, or a broken connection, fails it (and the message whose content
//! was on the same write, unless its answer arrived); the connection is then closed, since the
//! server may be waiting for content that will never come.

use lettre::address::Envelope;
use lettre::transport::smtp::client::SmtpConnection;
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{Extension, MailBodyParameter, MailParameter};
use lettre::transport::smtp::response::{Response, Severity};
use std::fmt::Write as _;
use std::time::Duration;

/// Each message's outcome, in the order the messages were given.
pub type Outcomes = Vec<Result<(), String>>;

/// An open SMTP connection and the message in flight on it.
pub struct Connection {
    conn: SmtpConnection,
    pipelining: bool,
    /// The message whose envelope was accepted (354) and whose dot-stuffed content goes out
    /// with the next envelope or at [`Connection::flush`], with its index in the outcomes.
    held: Option<(String, usize)>,
}

impl Connection {
    pub fn new(conn: SmtpConnection, pipelining: bool) -> Self {
        Self {
            conn,
            pipelining,
            held: None,
        }
    }

    pub fn pipelining(&self) -> bool {
        self.pipelining
    }

    /// Whether the server takes 8-bit text (RFC 6152), so bodies need no transfer encoding.
    pub fn eight_bit(&self) -> bool {
        self.conn
            .server_info()
            .supports_feature(Extension::EightBitMime)
    }

    /// Sends one message whose outcome is `outcomes[index]`: set now, or (pipelined) once
    /// the server answered its content. Returns false when the connection was closed.
    pub fn send(
        &mut self,
        envelope: &Envelope,
        email: &[u8],
        index: usize,
        outcomes: &mut Outcomes,
    ) -> bool {
        // A message this server cannot take fails alone: nothing was written for it.
        let options = match self.body_options(email) {
            Ok(options) => options,
            Err(e) => {
                outcomes[index] = Err(format!("SMTP: {e}"));
                return true;
            }
        };
        let result = if self.pipelining {
            self.pipelined(envelope, options, email, index, outcomes)
        } else {
            self.lockstep(envelope, options, email)
        };
        match result {
            Ok(()) => {
                outcomes[index] = Ok(());
                true
            }
            Err(e) => {
                outcomes[index] = Err(format!("SMTP: {e}"));
                self.close(outcomes);
                false
            }
        }
    }

    /// Writes the held content and reads its answer: the connection is then idle and may be
    /// kept. Returns false when the connection was closed.
    pub fn flush(&mut self, outcomes: &mut Outcomes) -> bool {
        let Some((content, index)) = self.held.take() else {
            return true;
        };
        match check(self.conn.command(content), Expect::Done) {
            Reply::Ok => true,
            Reply::Refused(e) => {
                outcomes[index] = Err(format!("SMTP: {e}"));
                true
            }
            Reply::Broken(e) => {
                outcomes[index] = Err(format!("SMTP: {e}"));
                self.close(outcomes);
                false
            }
        }
    }

    /// The underlying connection, once nothing is in flight.
    pub fn into_idle(self) -> Option<SmtpConnection> {
        self.held.is_none().then_some(self.conn)
    }

    /// Closes the connection; a held message's content never went out, so it failed too.
    /// lettre's `abort` says QUIT and waits for the answer: a server in the middle of a
    /// message's content (354 given) reads QUIT as content and never answers, so the wait is
    /// cut short. The content never ends with its `.` line, so the server discards it.
    pub fn close(&mut self, outcomes: &mut Outcomes) {
        if let Some((_, index)) = self.held.take() {
            outcomes[index] = Err("SMTP: connection closed before the content was sent".into());
        }
        let _ = self.conn.set_timeout(Some(Duration::from_millis(50)));
        self.conn.abort();
    }

    /// MAIL, each RCPT, DATA and the content, each waiting for its reply.
    fn lockstep(
        &mut self,
        envelope: &Envelope,
        options: Vec<MailParameter>,
        email: &[u8],
    ) -> Result<(), String> {
        let mut step =
            |command: String, expect: Expect| match check(self.conn.command(command), expect) {
                Reply::Ok => Ok(()),
                Reply::Refused(e) | Reply::Broken(e) => Err(e),
            };
        step(
            Mail::new(envelope.from().cloned(), options).to_string(),
            Expect::Done,
        )?;
        for to in envelope.to() {
            step(Rcpt::new(to.clone(), Vec::new()).to_string(), Expect::Done)?;
        }
        step(Data.to_string(), Expect::GoAhead)?;
        step(dot_stuffed(email), Expect::Done)
    }

    /// The held content, then this message's MAIL, RCPTs and DATA, in one write; then the
    /// replies in the same order. On success this message's content is held in turn.
    fn pipelined(
        &mut self,
        envelope: &Envelope,
        options: Vec<MailParameter>,
        email: &[u8],
        index: usize,
        outcomes: &mut Outcomes,
    ) -> Result<(), String> {
        // The held content is the start of this write.
        let (mut out, before) = match self.held.take() {
            Some((content, before)) => (content, Some(before)),
            None => (String::with_capacity(256), None),
        };
        let _ = write!(out, "{}", Mail::new(envelope.from().cloned(), options));
        for to in envelope.to() {
            let _ = write!(out, "{}", Rcpt::new(to.clone(), Vec::new()));
        }
        let _ = write!(out, "{Data}");
        let mut first = Some(self.conn.command(out));
        let mut reply = |expect| {
            check(
                first.take().unwrap_or_else(|| self.conn.read_response()),
                expect,
            )
        };
        if let Some(before) = before {
            match reply(Expect::Done) {
                Reply::Ok => {}
                Reply::Refused(e) => outcomes[before] = Err(format!("SMTP: {e}")),
                Reply::Broken(e) => {
                    outcomes[before] = Err(format!("SMTP: {e}"));
                    return Err(e);
                }
            }
        }
        // MAIL and each RCPT want 250, DATA wants 354; a refusal is kept until all are read.
        let mut refused = None;
        let commands = envelope.to().len() + 2;
        for i in 1..=commands {
            let expect = if i == commands {
                Expect::GoAhead
            } else {
                Expect::Done
            };
            match reply(expect) {
                Reply::Ok => {}
                Reply::Refused(e) => {
                    refused.get_or_insert(e);
                }
                Reply::Broken(e) => return Err(refused.unwrap_or(e)),
            }
        }
        match refused {
            Some(e) => Err(e),
            None => {
                self.held = Some((dot_stuffed(email), index));
                Ok(())
            }
        }
    }

    /// `BODY=8BITMIME` for content that is not ASCII, where the server takes it.
    fn body_options(&self, email: &[u8]) -> Result<Vec<MailParameter>, String> {
        if email.is_ascii() {
            return Ok(Vec::new());
        }
        if !self.eight_bit() {
            return Err("message is not ASCII and the server does not offer 8BITMIME".into());
        }
        Ok(vec![MailParameter::Body(MailBodyParameter::EightBitMime)])
    }
}

/// What a command's reply must be (RFC 5321 §4.3.2): 2xx, or 354 after DATA.
#[derive(Clone, Copy)]
enum Expect {
    Done,
    GoAhead,
}

/// A reply read against what its command expects.
enum Reply {
    Ok,
    /// The server said no (4xx/5xx): the session is still in step.
    Refused(String),
    /// No usable answer: the connection failed, timed out or is closing (421), or the server
    /// answered out of step (a 3xx where a 2xx belongs, or anything but 354 to DATA that is
    /// not a refusal). The connection must go.
    Broken(String),
}

fn check(reply: Result<Response, lettre::transport::smtp::Error>, expect: Expect) -> Reply {
    match reply {
        Ok(r) => {
            let fits = match expect {
                Expect::Done => r.code().severity == Severity::PositiveCompletion,
                Expect::GoAhead => r.has_code(354),
            };
            match fits {
                true => Reply::Ok,
                false => Reply::Broken(format!("unexpected reply {}", r.code())),
            }
        }
        Err(e) => match e.status().map(u16::from) {
            Some(code) if code != 421 => Reply::Refused(e.to_string()),
            _ => Reply::Broken(e.to_string()),
        },
    }
}

/// Message content as sent after DATA: lines starting with `.` get another, then `\r\n.\r\n`
/// (RFC 5321 §4.5.2), exactly as lettre's own codec does. Content that is not UTF-8 is read
/// lossily, as before.
fn dot_stuffed(email: &[u8]) -> String {
    // Composed mail is UTF-8: the plain check is several times faster than the lossy one.
    let text = match std::str::from_utf8(email) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(email),
    };
    // Room for the dots and for the next message's envelope, written after it.
    let mut out = String::with_capacity(text.len() + 512);
    if text.starts_with('.') {
        out.push('.');
    }
    let mut from = 0;
    for i in memchr::memmem::find_iter(text.as_bytes(), b"\n.") {
        out.push_str(&text[from..=i]);
        out.push('.');
        from = i + 1;
    }
    out.push_str(&text[from..]);
    out.push_str("\r\n.\r\n");
    out
}

#[cfg(test)]
#[path = "pipeline_tests.rs"]
mod tests;
