//! The delivery half of the intake benchmark: `intake outbox deliver` over what the intake
//! run queued, to .eml files and to aiosmtpd, and its pace beside the intake rate.

use intake::storage::Backend;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `intake outbox deliver` over everything queued; returns (messages, seconds).
pub fn deliver(url: &str, dir: &std::path::Path, smtp: Option<&str>) -> (f64, f64) {
    let t = Instant::now();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_intake"));
    cmd.args(["outbox", "deliver"])
        .env("INTAKE_DATABASE_URL", url)
        .env("INTAKE_MAIL_DIR", dir.join("mail"))
        .env("RUST_LOG", "error");
    if let Some(smtp) = smtp {
        cmd.env("INTAKE_SMTP_URL", smtp);
    }
    let out = cmd.output().unwrap();
    let delivered: f64 = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0.0);
    (delivered, t.elapsed().as_secs_f64())
}

/// Prints a delivery rate beside the intake rate: messages per filing must reach three.
pub fn report_pace(how: &str, (messages, seconds): (f64, f64), intake_rate: f64) {
    let rate = messages / seconds.max(1e-9);
    println!(
        "outbox delivery {how}: {messages:.0} messages in {seconds:.1}s = {rate:.0} messages/s; \
         intake {intake_rate:.0} submissions/s; ratio {:.2} messages per filing (keeps pace at >= 3)",
        rate / intake_rate.max(1e-9)
    );
}

/// Puts up to `n` delivered messages back in the queue for the SMTP pass (aiosmtpd, a
/// Python server, would take minutes over the whole run's mail).
pub fn requeue(backend: &Backend, n: usize) {
    use diesel::RunQueryDsl;
    let sql = format!(
        "UPDATE outbox SET status = 'pending', attempts = 0, sent_at = NULL, \
         leased_until = NULL, lease_owner = NULL \
         WHERE id IN (SELECT id FROM outbox ORDER BY id LIMIT {n})"
    );
    let mut conn = backend.connect().unwrap();
    match &mut conn {
        intake::storage::DbConn::Postgres(c) => diesel::sql_query(&sql).execute(c),
        intake::storage::DbConn::Sqlite(c) => diesel::sql_query(&sql).execute(c),
    }
    .unwrap();
}

/// aiosmtpd discarding what it receives (`Sink`), so the figure is the sender's.
pub struct Smtp {
    child: Child,
    port: u16,
}

impl Smtp {
    pub fn start(dir: &std::path::Path) -> Self {
        let port = super::free_port();
        let child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Sink"])
            .current_dir(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start aiosmtpd (python3 -m pip install aiosmtpd)");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "aiosmtpd did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self { child, port }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
