//! Waiting on the outbox itself instead of on the clock: the mail tests poll for a state
//! (every message sent, a failed attempt recorded) and then assert counts, so no fixed sleep
//! stands for "nothing else happened".

use intake::storage::outbox::{self, Status};
use std::time::{Duration, Instant};

fn outbox_state(database_url: &str) -> Vec<outbox::Listed> {
    let mut conn = intake::storage::Backend::from_url(database_url)
        .unwrap()
        .connect()
        .unwrap();
    outbox::list(&mut conn, None, 1_000_000).unwrap()
}

/// Waits (at most 3 minutes) until the outbox holds `expected` messages and all are sent;
/// a message sent is marked so only after its server accepted it.
pub async fn wait_until_all_sent(database_url: &str, expected: usize) {
    let started = Instant::now();
    loop {
        let state = outbox_state(database_url);
        let sent = state
            .iter()
            .filter(|l| l.message.status == Status::Sent)
            .count();
        if state.len() == expected && sent == expected {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(180),
            "{sent} of {} messages sent, {expected} expected",
            state.len()
        );
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits (at most 3 minutes) until every message queued so far is sent, however many.
pub async fn wait_until_delivered(database_url: &str) {
    let started = Instant::now();
    loop {
        let state = outbox_state(database_url);
        if !state.is_empty() && state.iter().all(|l| l.message.status == Status::Sent) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(180),
            "mail still waiting"
        );
        actix_web::rt::time::sleep(Duration::from_millis(100)).await;
    }
}
