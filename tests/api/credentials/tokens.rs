//! Authority tokens from the command line: listed with their expiry and last use (never the
//! secret), revoked and refused at once by every instance, refused once expired (saying so),
//! their last use written at most once a minute, and rate-limited like API keys.

use super::{audit_actions, intake, intake_with, Instance};
use crate::helpers::{fresh_database, spawn_app, Kind};
use crate::on_both_kinds;
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use intake::domain::clock::{ManualClock, SystemClock};
use intake::storage::{authority_tokens, staff, Backend};
use std::sync::Arc;

on_both_kinds!(
    a_token_is_listed_with_its_last_use_and_refused_everywhere_once_revoked,
    an_expired_token_is_refused_saying_so,
    the_last_use_is_written_at_most_once_a_minute,
    a_token_hammering_the_api_gets_429,
    the_command_line_refuses_bad_input_naming_it,
);

const QUEUE: &str = "/api/v1/authority/cases";

/// The list line of token `id`.
fn listed(db: &str, id: &str) -> String {
    let (ok, out, err) = intake(db, &["authority-token", "list", "--authority", "LU-CSIRT"]);
    assert!(ok, "{err}");
    out.lines()
        .find(|l| l.starts_with(id))
        .unwrap_or_else(|| panic!("token {id} not listed: {out}"))
        .to_string()
}

/// The id `intake authority-token create` reports on standard error.
fn token_id(stderr: &str) -> String {
    stderr
        .lines()
        .find_map(|l| l.strip_prefix("authority token "))
        .and_then(|l| l.split_whitespace().next())
        .unwrap_or_else(|| panic!("no token id in {stderr}"))
        .to_string()
}

/// The time printed after `word ` in a list line.
fn time_after(line: &str, word: &str) -> NaiveDateTime {
    let at = line.find(&format!("{word} ")).unwrap() + word.len() + 1;
    NaiveDateTime::parse_from_str(&line[at..at + 16], "%Y-%m-%d %H:%M").unwrap()
}

async fn a_token_is_listed_with_its_last_use_and_refused_everywhere_once_revoked(kind: Kind) {
    let app = spawn_app(kind).await;
    let db = app.database_url.clone();
    let (a, b) = (
        Instance::start(&db, Arc::new(SystemClock), |_| {}),
        Instance::start(&db, Arc::new(SystemClock), |_| {}),
    );
    let create = ["authority-token", "create", "--authority", "LU-CSIRT"];
    let (ok, token, err) = intake(
        &db,
        &[&create[..], &["--label", "ticketing", "--days", "30"]].concat(),
    );
    assert!(ok, "{err}");
    let token = token.trim().to_string();
    let id = token_id(&err);
    let line = listed(&db, &id);
    assert!(
        line.contains("last used never") && line.contains("active") && line.ends_with("ticketing"),
        "{line}"
    );
    assert!(
        !line.contains(&token[4..]),
        "the list never shows the secret: {line}"
    );
    assert_eq!(
        time_after(&line, "expires") - time_after(&line, "created"),
        Duration::days(30),
        "{line}"
    );

    for instance in [&a, &b] {
        let (status, _, body) = instance.get(QUEUE, &token).await;
        assert_eq!(status, 200, "{body}");
    }
    assert!(
        !listed(&db, &id).contains("last used never"),
        "the use is recorded"
    );

    let (ok, out, err) = intake(&db, &["authority-token", "revoke", &id]);
    assert!(ok && out.contains("revoked"), "{out}{err}");
    for instance in [&b, &a] {
        let (status, _, body) = instance.get(QUEUE, &token).await;
        assert_eq!(status, 401, "refused at once by every instance: {body}");
        let detail = body["detail"].as_str().unwrap();
        assert!(
            detail.contains("revoked"),
            "the holder is told why: {detail}"
        );
    }
    assert!(listed(&db, &id).contains(" revoked "));
    let revoked: Vec<_> = audit_actions(&db)
        .into_iter()
        .filter(|(action, _)| action == "token.revoked")
        .collect();
    assert_eq!(revoked.len(), 1, "the revocation is audited once");
    assert!(revoked[0].1.contains(&id), "{:?}", revoked[0]);
}

async fn the_command_line_refuses_bad_input_naming_it(kind: Kind) {
    let app = spawn_app(kind).await;
    let db = app.database_url.clone();
    let create = ["authority-token", "create", "--authority", "LU-CSIRT"];
    let (ok, _, err) = intake(&db, &create);
    assert!(ok, "{err}");
    let id = token_id(&err);
    let (ok, out, err) = intake(&db, &["authority-token", "revoke", &id]);
    assert!(ok && out.contains("revoked"), "{out}{err}");
    let (ok, out, _) = intake(&db, &["authority-token", "revoke", &id]);
    assert!(ok && out.contains("already revoked"), "{out}");
    let unknown = uuid::Uuid::now_v7().to_string();
    let (ok, _, err) = intake(&db, &["authority-token", "revoke", &unknown]);
    assert!(!ok && err.contains("no authority token"), "{err}");
    let (ok, _, err) = intake(&db, &["authority-token", "revoke", "nonsense"]);
    assert!(!ok && err.contains("UUID"), "{err}");
    let (ok, _, err) = intake(&db, &["authority-token", "list", "--authority", "XX-NONE"]);
    assert!(!ok && err.contains("--authority XX-NONE"), "{err}");
    let (ok, _, err) = intake(&db, &[&create[..], &["--days", "0"]].concat());
    assert!(!ok && err.contains("--days"), "{err}");

    let (ok, _, err) = intake_with(&db, Some("7"), &create);
    assert!(ok, "{err}");
    let line = listed(&db, &token_id(&err));
    let lifetime = time_after(&line, "expires") - time_after(&line, "created");
    assert_eq!(
        lifetime,
        Duration::days(7),
        "INTAKE_AUTHORITY_TOKEN_DAYS: {line}"
    );
    let (ok, _, err) = intake_with(&db, Some("soon"), &create);
    assert!(!ok && err.contains("INTAKE_AUTHORITY_TOKEN_DAYS"), "{err}");
}

fn t0() -> DateTime<Utc> {
    "2027-03-01T09:00:00Z".parse().unwrap()
}

/// A fresh database and an instance on `clock`; the database guard must outlive the test.
fn instance_at(
    kind: Kind,
    clock: &ManualClock,
    tune: impl FnOnce(&mut intake::config::Settings),
) -> (Instance, String, Option<tempfile::TempDir>) {
    let (db, guard) = fresh_database(kind);
    let instance = Instance::start(&db, Arc::new(clock.clone()), tune);
    (instance, db, guard)
}

fn issue(db: &str, authority: &str, at: DateTime<Utc>) -> (uuid::Uuid, String) {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    staff::create_authority_token(&mut c, &authority.parse().unwrap(), Some("t"), at).unwrap()
}

async fn an_expired_token_is_refused_saying_so(kind: Kind) {
    let clock = ManualClock::at(t0());
    let (app, db, _guard) = instance_at(kind, &clock, |_| {});
    let (_, token) = issue(&db, "LU-CSIRT", t0());
    assert_eq!(app.get(QUEUE, &token).await.0, 200);
    clock.advance(Duration::days(90) - Duration::minutes(1));
    assert_eq!(
        app.get(QUEUE, &token).await.0,
        200,
        "valid for 90 days by default"
    );
    clock.advance(Duration::minutes(2));
    let (status, _, body) = app.get(QUEUE, &token).await;
    assert_eq!(status, 401, "{body}");
    let detail = body["detail"].as_str().unwrap();
    assert!(
        detail.contains("expired on 2027-05-30"),
        "says it expired, and when: {detail}"
    );

    let (status, _, body) = app.get(QUEUE, &format!("iat_{}", "0".repeat(64))).await;
    assert_eq!(status, 401);
    let detail = body["detail"].as_str().unwrap();
    assert!(
        !detail.contains("expired") && !detail.contains("revoked"),
        "an unknown token learns nothing: {detail}"
    );
}

async fn the_last_use_is_written_at_most_once_a_minute(kind: Kind) {
    let clock = ManualClock::at(t0());
    let (app, db, _guard) = instance_at(kind, &clock, |_| {});
    let (id, token) = issue(&db, "LU-CSIRT", t0());
    let last_used = || {
        let mut c = Backend::from_url(&db).unwrap().connect().unwrap();
        let all = authority_tokens::list(&mut c, None).unwrap();
        all.into_iter().find(|t| t.id == id).unwrap().last_used_at
    };
    assert_eq!(last_used(), None);
    assert_eq!(app.get(QUEUE, &token).await.0, 200);
    assert_eq!(last_used(), Some(t0()));
    clock.advance(Duration::seconds(30));
    assert_eq!(app.get(QUEUE, &token).await.0, 200);
    assert_eq!(last_used(), Some(t0()), "no write within the minute");
    clock.advance(Duration::seconds(31));
    assert_eq!(app.get(QUEUE, &token).await.0, 200);
    assert_eq!(last_used(), Some(t0() + Duration::seconds(61)));
}

async fn a_token_hammering_the_api_gets_429(kind: Kind) {
    let clock = ManualClock::at(t0());
    let (app, db, _guard) = instance_at(kind, &clock, |s| s.api_rate_limit = 5);
    let (_, token) = issue(&db, "LU-CSIRT", t0());
    let (_, other) = issue(&db, "LU-CSIRT", t0());
    for _ in 0..5 {
        assert_eq!(app.get(QUEUE, &token).await.0, 200);
    }
    let (status, after, body) = app.get(QUEUE, &token).await;
    assert_eq!(status, 429, "{body}");
    assert_eq!(
        after.as_deref(),
        Some("12"),
        "5 a minute refill one every 12 s"
    );
    assert_eq!(
        app.get(QUEUE, &other).await.0,
        200,
        "each token has its own bucket"
    );
    clock.advance(Duration::seconds(12));
    assert_eq!(app.get(QUEUE, &token).await.0, 200, "and it refills");
}
