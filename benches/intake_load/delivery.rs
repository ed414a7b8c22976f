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

    /// CPU seconds aiosmtpd has used: beside the wall time it shows whether the Python
    /// server, not the sender, sets the SMTP pace.
    pub fn cpu_seconds(&self) -> f64 {
        super::cpu_seconds(self.child.id())
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

/// A minimal SMTP server in this process answering every command at once and discarding the
/// content: delivery against it measures the sender alone (aiosmtpd, in Python, spends
/// several hundred µs of CPU per message itself).
pub fn fast_sink() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            std::thread::spawn(move || sink_session(stream));
        }
    });
    format!("smtp://127.0.0.1:{port}")
}

fn sink_session(stream: std::net::TcpStream) -> std::io::Result<()> {
    use std::io::{BufRead, BufReader, Write};
    stream.set_nodelay(true)?;
    let mut out = stream.try_clone()?;
    let mut input = BufReader::new(stream);
    out.write_all(b"220 sink\r\n")?;
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" => b"250-sink\r\n250 8BITMIME\r\n",
            "DATA" => {
                out.write_all(b"354 go on\r\n")?;
                let mut content = Vec::new();
                while !content.ends_with(b"\r\n.\r\n") {
                    if input.read_until(b'\n', &mut content)? == 0 {
                        return Ok(());
                    }
                }
                b"250 ok\r\n"
            }
            "QUIT" => {
                out.write_all(b"221 bye\r\n")?;
                return Ok(());
            }
            _ => b"250 ok\r\n",
        };
        out.write_all(reply)?;
    }
}
