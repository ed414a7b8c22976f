//! Issue 12 finding 8 and the audit key, on the server as production starts it: `intake serve`
//! with the default log filter, its log read from its standard error. A follow-up token never
//! reaches the log, however the path is spelled (`/report/%66ollow-up/<token>` matches the
//! follow-up route too), and a start without `INTAKE_AUDIT_KEY` warns that the chain's key is
//! derived from the secret.

use crate::helpers::{free_port, fresh_database, Kind, TEST_SECRET};
use crate::pages::early_warning_form;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

crate::on_both_kinds!(the_served_log_never_shows_a_follow_up_token_and_warns_of_the_audit_key);

/// `intake serve` as an operator starts it (no `RUST_LOG`, no audit key), logging to `log`.
fn serve(db: &str, dir: &std::path::Path, port: u16, log: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_intake"))
        .arg("serve")
        .current_dir(dir)
        .env_remove("RUST_LOG")
        .env_remove("INTAKE_AUDIT_KEY")
        .env_remove("INTAKE_CONFIG")
        .env("INTAKE_DATABASE_URL", db)
        .env("INTAKE_BIND", format!("127.0.0.1:{port}"))
        .env("INTAKE_SECRET_KEY", TEST_SECRET.repeat(32))
        .env("INTAKE_MAIL_DIR", dir.join("mail"))
        .env("INTAKE_AUDIT_CHECKPOINTS", dir.join("checkpoints.log"))
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).unwrap())
        .spawn()
        .unwrap()
}

/// Waits (at most 20 s) until `check` holds of the log so far; the log.
async fn wait_for_log(log: &std::path::Path, check: impl Fn(&str) -> bool) -> String {
    let started = Instant::now();
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if check(&text) {
            return text;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the log never got there: {text}"
        );
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Files an early warning on the public form; the follow-up token it leads to.
async fn file(client: &awc::Client, base: &str) -> String {
    let mut page = client
        .get(format!("{base}/report/new"))
        .send()
        .await
        .unwrap();
    let cookie = page
        .headers()
        .get_all("set-cookie")
        .map(|c| c.to_str().unwrap().split(';').next().unwrap().to_string())
        .find(|c| c.starts_with("intake_csrf="))
        .expect("the form's cookie");
    let body = String::from_utf8(page.body().limit(1 << 22).await.unwrap().to_vec()).unwrap();
    let at = body.find("name=\"csrf\" value=\"").unwrap() + 19;
    let csrf = body[at..].split('"').next().unwrap().to_string();
    let data = early_warning_form();
    let mut form: Vec<(&str, &str)> = vec![("csrf", csrf.as_str()), ("action", "submit")];
    form.extend(data.iter().map(|(k, v)| (*k, v.as_str())));
    let done = client
        .post(format!("{base}/report/new"))
        .insert_header(("Cookie", cookie))
        .send_form(&form)
        .await
        .unwrap();
    assert_eq!(done.status().as_u16(), 303);
    let to = done.headers().get("location").unwrap().to_str().unwrap();
    let token = to.trim_start_matches("/report/follow-up/");
    token.split(['?', '#', '/']).next().unwrap().to_string()
}

async fn the_served_log_never_shows_a_follow_up_token_and_warns_of_the_audit_key(kind: Kind) {
    let (db, _guard) = fresh_database(kind);
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("serve.log");
    let port = free_port();
    let mut child = serve(&db, dir.path(), port, &log);
    let base = format!("http://127.0.0.1:{port}");
    wait_for_log(&log, |l| l.contains("intake serving on")).await;
    let client = awc::Client::builder()
        .disable_redirects()
        .timeout(Duration::from_secs(30))
        .finish();
    let token = file(&client, &base).await;
    assert!(token.len() >= 32, "{token}");

    let paths = [
        format!("/report/%66ollow-up/{token}"),
        format!("/report/follow-up/{token}"),
        format!("/report/follow-up/{token}/file/incident_notification"),
        format!("/report/%66ollow-up/{token}?again=1"),
    ];
    for path in &paths {
        let r = client.get(format!("{base}{path}")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200, "{path}");
    }
    let text = wait_for_log(&log, |l| {
        l.matches("GET /report/follow-up/<token>").count() >= 3
            && l.contains("GET /report/follow-up/<token>/file/incident_notification")
    })
    .await;
    let _ = child.kill();
    let _ = child.wait();
    let text = text + &std::fs::read_to_string(&log).unwrap();

    assert!(!text.contains(&token), "the token is in the log:\n{text}");
    assert!(
        !text.contains(&token[..16]),
        "part of the token is in the log:\n{text}"
    );
    assert!(
        !text.contains("%66ollow"),
        "the raw path is in the log:\n{text}"
    );
    assert!(text.contains("POST /report/new 303"), "{text}");
    assert!(
        text.contains("INTAKE_AUDIT_KEY is not set")
            && text.contains("derived from the secret key"),
        "the start warns of the audit key:\n{text}"
    );
}

/// The warning names the missing key only when it is missing.
#[test]
fn the_audit_key_warning_goes_once_the_key_is_set() {
    let warned = |audit_key: Option<&str>| {
        let s = intake::config::Settings::from_lookup(|k| match k {
            "INTAKE_AUDIT_KEY" => audit_key.map(str::to_string),
            "INTAKE_SECRET_KEY" => Some(TEST_SECRET.repeat(32)),
            _ => None,
        })
        .unwrap();
        s.warnings().iter().any(|w| w.contains("INTAKE_AUDIT_KEY"))
    };
    assert!(warned(None));
    assert!(!warned(Some(&"ab".repeat(32))));
}
