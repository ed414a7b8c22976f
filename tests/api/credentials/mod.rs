//! Revocable credentials (issue 12 finding 3): authority tokens expire, record their last use
//! and can be listed and revoked (command line and workspace); tokens are rate-limited like API
//! keys; a revoked key or token is refused on the next request by every instance sharing the
//! database. On both database backends.

mod keys;
mod tokens;
mod workspace;

use crate::helpers::{settings, TEST_SECRET};
use intake::domain::clock::SharedClock;
use intake::startup::Application;
use std::process::Command;
use std::time::Duration;

/// Another instance of the service on the same database (as behind a load balancer).
pub struct Instance {
    pub address: String,
    client: awc::Client,
    _mail: tempfile::TempDir,
}

impl Instance {
    pub fn start(
        database_url: &str,
        clock: SharedClock,
        tune: impl FnOnce(&mut intake::config::Settings),
    ) -> Instance {
        let mail = tempfile::tempdir().unwrap();
        let mut s = settings(database_url, mail.path(), None);
        tune(&mut s);
        let app = Application::build_with_clock(&s, clock).expect("build the second instance");
        let address = format!("http://127.0.0.1:{}", app.port());
        actix_web::rt::spawn(app.run());
        Instance {
            address,
            client: awc::Client::builder()
                .timeout(Duration::from_secs(30))
                .finish(),
            _mail: mail,
        }
    }

    /// A GET with a bearer credential: the status, the `Retry-After` header and the body.
    pub async fn get(&self, path: &str, bearer: &str) -> (u16, Option<String>, serde_json::Value) {
        let mut res = self
            .client
            .get(format!("{}{path}", self.address))
            .insert_header(("Authorization", format!("Bearer {bearer}")))
            .send()
            .await
            .expect("GET");
        let after = res
            .headers()
            .get("retry-after")
            .map(|v| v.to_str().unwrap().to_string());
        let body = res.body().limit(16 << 20).await.unwrap();
        (
            res.status().as_u16(),
            after,
            serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null),
        )
    }
}

/// The `intake` command line against `database_url`: (success, stdout, stderr).
pub fn intake(database_url: &str, args: &[&str]) -> (bool, String, String) {
    intake_with(database_url, None, args)
}

/// [`intake`] with `INTAKE_AUTHORITY_TOKEN_DAYS` set to `days`.
pub fn intake_with(
    database_url: &str,
    days: Option<&str>,
    args: &[&str],
) -> (bool, String, String) {
    let files = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_intake"));
    command
        .args(args)
        .env("INTAKE_DATABASE_URL", database_url)
        .env("INTAKE_SECRET_KEY", TEST_SECRET.repeat(32))
        .env("INTAKE_AUDIT_CHECKPOINTS", files.path().join("checkpoints"))
        .env_remove("INTAKE_AUTHORITY_TOKEN_DAYS");
    if let Some(days) = days {
        command.env("INTAKE_AUTHORITY_TOKEN_DAYS", days);
    }
    let out = command.output().expect("run intake");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The audit log's actions, oldest first, with their detail.
pub fn audit_actions(database_url: &str) -> Vec<(String, String)> {
    use diesel::prelude::*;
    use intake::storage::{schema::audit_log, Backend};
    let mut c = Backend::from_url(database_url).unwrap().connect().unwrap();
    audit_log::table
        .order(audit_log::seq)
        .select((audit_log::action, audit_log::detail))
        .load(&mut c)
        .unwrap()
}
