//! The pipelined session against a scripted server on loopback: which outcome each message
//! gets when the server refuses a recipient, refuses a content, or closes (RFC 2920, RFC 5321).

use super::*;
use lettre::transport::smtp::extension::ClientId;
use std::io::{BufRead, BufReader, Write};
use std::sync::{Arc, Mutex};

#[test]
fn lines_starting_with_a_dot_are_stuffed_and_the_terminator_follows() {
    assert_eq!(
        dot_stuffed(b".a\r\nb\r\n..c\r\nd.e"),
        "..a\r\nb\r\n...c\r\nd.e\r\n.\r\n"
    );
    assert_eq!(dot_stuffed(b".\r\n.\r\n."), "..\r\n..\r\n..\r\n.\r\n");
    assert_eq!(dot_stuffed(b"no dots"), "no dots\r\n.\r\n");
}

/// A server offering PIPELINING: 550 to a recipient at refused.example, 354 to DATA,
/// `content` to each content, 250 to the rest. What it read is kept, with `<EOF in content>`
/// when the client left in the middle of a content.
fn scripted(content: &'static str) -> (u16, Arc<Mutex<String>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(String::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut out = stream.try_clone().unwrap();
        let mut input = BufReader::new(stream);
        out.write_all(b"220 scripted\r\n").unwrap();
        let (mut line, mut in_content) = (String::new(), false);
        loop {
            line.clear();
            if input.read_line(&mut line).unwrap_or(0) == 0 {
                if in_content {
                    log.lock().unwrap().push_str("<EOF in content>");
                }
                return;
            }
            log.lock().unwrap().push_str(&line);
            let reply = match (in_content, line.as_str()) {
                (true, ".\r\n") => content,
                (true, _) => continue,
                (false, l) if l.starts_with("EHLO") => "250-scripted\r\n250 PIPELINING",
                (false, l) if l.contains("refused.example") => "550 5.1.1 refused",
                (false, l) if l.starts_with("DATA") => "354 go on",
                _ => "250 ok",
            };
            in_content = reply.starts_with("354");
            let _ = out.write_all(format!("{reply}\r\n").as_bytes());
        }
    });
    (port, seen)
}

fn connect(port: u16) -> Connection {
    let hello = ClientId::Domain("test".into());
    let timeout = Some(std::time::Duration::from_secs(5));
    let conn = SmtpConnection::connect(("127.0.0.1", port), timeout, &hello, None, None).unwrap();
    Connection::new(conn, true)
}

fn message(to: &[&str], text: &str) -> (Envelope, Vec<u8>) {
    let to = to.iter().map(|a| a.parse().unwrap()).collect();
    let envelope = Envelope::new(Some("intake@intake.example".parse().unwrap()), to).unwrap();
    (
        envelope,
        format!("Subject: t\r\n\r\n{text}\r\n").into_bytes(),
    )
}

fn send(
    c: &mut Connection,
    outcomes: &mut Outcomes,
    (envelope, email): (Envelope, Vec<u8>),
) -> bool {
    outcomes.push(Err("not sent".into()));
    let index = outcomes.len() - 1;
    c.send(&envelope, &email, index, outcomes)
}

/// Sends "one" and "two" to a server answering each content with `content`, then flushes:
/// the outcomes, whether the session is still usable, what the server read.
fn one_and_two(content: &'static str) -> (Outcomes, bool, String) {
    let (port, seen) = scripted(content);
    let (mut outcomes, mut c) = (Outcomes::new(), connect(port));
    let mut usable = true;
    for (to, text) in [("a@x.example", "one"), ("b@x.example", "two")] {
        usable = usable && send(&mut c, &mut outcomes, message(&[to], text));
    }
    let usable = usable && c.flush(&mut outcomes);
    let seen = seen.lock().unwrap().clone();
    (outcomes, usable, seen)
}

/// A refused content fails its own message only; the next one, whose envelope shared its
/// write, is still sent and answered.
#[test]
fn a_refused_content_fails_its_message_alone() {
    let (outcomes, usable, _) = one_and_two("250 ok");
    assert_eq!(outcomes, vec![Ok(()), Ok(())]);
    assert!(usable);
    // Every content refused: each message fails, the session stays in step.
    let (outcomes, usable, seen) = one_and_two("554 5.7.1 content refused");
    assert!(usable, "a refusal leaves the session usable");
    assert!(outcomes
        .iter()
        .all(|o| o.as_ref().is_err_and(|e| e.contains("554"))));
    assert_eq!(seen.matches("\r\n.\r\n").count(), 2);
}

/// One recipient refused while another is accepted: DATA still gets 354, but the message
/// fails and its content is never written nor ended, so the server delivers nothing. The
/// message before it, answered in the same read, is delivered.
#[test]
fn a_refused_recipient_ends_the_session_without_ending_the_content() {
    let (port, seen) = scripted("250 ok");
    let mut outcomes = Outcomes::new();
    let mut c = connect(port);
    assert!(send(
        &mut c,
        &mut outcomes,
        message(&["a@x.example"], "first")
    ));
    let mixed = message(&["b@x.example", "c@refused.example"], "second");
    assert!(
        !send(&mut c, &mut outcomes, mixed),
        "the connection is closed"
    );
    assert_eq!(outcomes[0], Ok(()));
    assert!(outcomes[1].as_ref().is_err_and(|e| e.contains("550")));
    // The server saw the first content ended, the second never.
    let started = std::time::Instant::now();
    while !seen.lock().unwrap().ends_with("<EOF in content>") {
        assert!(started.elapsed().as_secs() < 10, "{}", seen.lock().unwrap());
        std::thread::yield_now();
    }
    let seen = seen.lock().unwrap();
    assert!(seen.contains("first\r\n\r\n.\r\n"), "{seen}");
    assert!(
        !seen.contains("second"),
        "its content is never written: {seen}"
    );
}

/// 421 (the server is closing) is no answer to keep a session on: the held message it
/// answers fails, so does the one whose envelope shared the write, and the connection is
/// not kept.
#[test]
fn a_closing_server_fails_the_held_message_and_is_not_kept() {
    let (outcomes, usable, _) = one_and_two("421 4.3.2 shutting down");
    assert!(!usable);
    assert!(outcomes
        .iter()
        .all(|o| o.as_ref().is_err_and(|e| e.contains("421"))));
    // The same answer to the last message, read when the session is flushed.
    let (port, _) = scripted("421 4.3.2 shutting down");
    let (mut outcomes, mut c) = (Outcomes::new(), connect(port));
    assert!(send(
        &mut c,
        &mut outcomes,
        message(&["a@x.example"], "one")
    ));
    assert!(!c.flush(&mut outcomes));
    assert!(outcomes[0].as_ref().is_err_and(|e| e.contains("421")));
}
