//! The delivery half of the intake benchmark: `intake outbox deliver` over what the intake
//! run queued, to .eml files and to a real SMTP server (smtp-sink or aiosmtpd), and its pace
//! beside the intake rate.

use intake::storage::Backend;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `intake outbox deliver` over everything queued; returns (messages, seconds).
pub fn deliver(url: &str, dir: &std::path::Path, smtp: Option<&str>) -> (f64, f64) {
    let t = Instant::now();
    let mut cmd = Command::new(super::server_bin());
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

/// A real SMTP server on loopback discarding what it receives, so the figure is the sender's
/// (as far as the server keeps up): Postfix's `smtp-sink`, a C server built for load tests
/// (Debian package `postfix`), when installed; else aiosmtpd (`aiosmtpd.handlers.Sink`), whose
/// Python uses several hundred µs of CPU per message and so sets the pace on two cores.
/// `BENCH_SMTP=aiosmtpd` picks aiosmtpd even when smtp-sink is there.
pub struct Smtp {
    child: Child,
    port: u16,
    /// The server's name, as printed beside its rate.
    pub name: &'static str,
}

/// `smtp-sink`, where Debian installs it or on the `PATH`.
fn smtp_sink() -> Option<std::path::PathBuf> {
    if std::env::var("BENCH_SMTP").is_ok_and(|v| v == "aiosmtpd") {
        return None;
    }
    let dirs = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&dirs)
        .chain(["/usr/sbin".into(), "/usr/local/sbin".into()])
        .map(|d| d.join("smtp-sink"))
        .find(|p| p.is_file())
}

impl Smtp {
    pub fn start(dir: &std::path::Path) -> Self {
        let port = super::free_port();
        let address = format!("127.0.0.1:{port}");
        let (mut cmd, name) = match smtp_sink() {
            // -u: the user to run as when started as root (smtp-sink refuses to stay root).
            Some(sink) => {
                let mut cmd = Command::new(sink);
                if is_root() {
                    cmd.args(["-u", "nobody"]);
                }
                cmd.args([address.as_str(), "256"]);
                (cmd, "smtp-sink")
            }
            None => {
                let mut cmd = Command::new("python3");
                cmd.args(["-m", "aiosmtpd", "-n", "-l", address.as_str()])
                    .args(["-c", "aiosmtpd.handlers.Sink"]);
                (cmd, "aiosmtpd")
            }
        };
        let child = cmd
            .current_dir(dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start an SMTP server (apt-get install postfix, or pip install aiosmtpd)");
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "{name} did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Self { child, port, name }
    }

    /// CPU seconds the SMTP server has used: beside the wall time it shows whether the
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

/// Whether the bench runs as root (then smtp-sink is told to switch to `nobody`).
fn is_root() -> bool {
    super::proc_field(std::process::id(), "status", "Uid:") == 0
}

/// A minimal SMTP server in this process, offering PIPELINING and discarding the content:
/// delivery against it measures the sender nearly alone (aiosmtpd, in Python, spends
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

/// One session of the in-process sink. Replies are buffered and written when the client has
/// nothing more in flight, as pipelining servers do (RFC 2920), so the sink spends one write
/// per round trip.
fn sink_session(stream: std::net::TcpStream) -> std::io::Result<()> {
    use std::io::{BufRead, BufReader, BufWriter, Write};
    stream.set_nodelay(true)?;
    let mut out = BufWriter::new(stream.try_clone()?);
    let mut input = BufReader::with_capacity(64 * 1024, stream);
    out.write_all(b"220 sink\r\n")?;
    out.flush()?;
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let verb = line.get(..4).unwrap_or(b"").to_ascii_uppercase();
        let reply: &[u8] = match &verb[..] {
            b"EHLO" => b"250-sink\r\n250-PIPELINING\r\n250 8BITMIME\r\n",
            b"DATA" => {
                out.write_all(b"354 go on\r\n")?;
                out.flush()?;
                let mut content = Vec::new();
                while !content.ends_with(b"\r\n.\r\n") {
                    if input.read_until(b'\n', &mut content)? == 0 {
                        return Ok(());
                    }
                }
                b"250 ok\r\n"
            }
            b"QUIT" => {
                out.write_all(b"221 bye\r\n")?;
                return out.flush();
            }
            _ => b"250 ok\r\n",
        };
        out.write_all(reply)?;
        if input.buffer().is_empty() {
            out.flush()?;
        }
    }
}
