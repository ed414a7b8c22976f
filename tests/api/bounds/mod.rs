//! Issue 12, bounded resources and secrets at rest: what clients without an account can make
//! the service keep (drafts), what it forgets again (the cleanup job), and what an attacker
//! holding the data folder reads. Every test drives the injected clock, on both backends.

use crate::pages::Browser;
use diesel::prelude::*;
use intake::domain::clock::ManualClock;
use intake::storage::{schema, Backend};
use std::sync::Arc;

mod at_rest;
mod cleanup;
mod csv;
mod csv_cells;
mod drafts;
mod keep_alive;
mod slow_clients;
mod trickled_headers;

/// A browser on an app whose clock starts at `at`, with `tune` applied to its settings.
pub async fn browser_at(
    kind: crate::helpers::Kind,
    at: &str,
    tune: impl FnOnce(&mut intake::config::Settings),
) -> (Browser, ManualClock) {
    let clock = ManualClock::at(at.parse().unwrap());
    let b = Browser::start_tuned(kind, Arc::new(clock.clone()), |s| {
        s.form_rate_limit = 100;
        tune(s);
    })
    .await;
    (b, clock)
}

/// The stored form (JSON text) of every draft.
pub fn stored_drafts(database_url: &str) -> Vec<String> {
    let mut c = Backend::from_url(database_url).unwrap().connect().unwrap();
    schema::drafts::table
        .select(schema::drafts::form)
        .load(&mut c)
        .unwrap()
}

/// Rows in a table the cleanup job empties.
pub fn rows(database_url: &str, table: &str) -> i64 {
    let mut c = Backend::from_url(database_url).unwrap().connect().unwrap();
    match table {
        "drafts" => schema::drafts::table.count().get_result(&mut c),
        "idempotency_keys" => schema::idempotency_keys::table.count().get_result(&mut c),
        "staff_sessions" => schema::staff_sessions::table.count().get_result(&mut c),
        "sign_in_failures" => schema::sign_in_failures::table.count().get_result(&mut c),
        other => panic!("{other}"),
    }
    .unwrap()
}

/// Saves a new draft from the form page; returns the reply.
pub async fn save_draft(b: &mut Browser, fields: &[(&str, &str)]) -> crate::pages::Page {
    let csrf = b.get("/report/new").await.csrf();
    let mut form = vec![
        ("csrf", csrf.as_str()),
        ("stage", "early_warning"),
        ("action", "save"),
    ];
    form.extend_from_slice(fields);
    b.post("/report/new", &form).await
}
