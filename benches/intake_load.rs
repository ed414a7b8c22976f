//! Intake load benchmark: runs the release `intake serve` on loopback and drives it with N
//! concurrent API clients posting ~2 KB early warnings.
//!
//! Prints per client count: submissions/s, p50/p99 latency, server CPU per submission, peak
//! RSS; then how fast `intake outbox deliver` sends what the run queued, to .eml files and
//! to a real SMTP server on reused connections (Postfix's `smtp-sink` when installed, else
//! aiosmtpd), side by side with the best intake rate: delivery keeps pace when it sends at
//! least three messages per filing (each filing queues three). Last, the raw rate of writing
//! the same rows (case, submission, routing, outbox) into SQLite in one transaction. The
//! server runs with `INTAKE_DELIVER=false` so intake is measured alone.
//!
//! `cargo bench --bench intake_load` — environment knobs:
//! `BENCH_CLIENTS` (default `1,16,64`), `BENCH_SECONDS` per level (default 5),
//! `BENCH_DATABASE_URL` (default: a fresh SQLite file), `BENCH_PRELOAD` cases stored first (default 0),
//! `BENCH_SMTP_MESSAGES` sent again through SMTP (default 20000), `BENCH_SERVER_BIN` the
//! `intake` binary to serve and deliver with (default: this build's; set it to an older build
//! to compare two versions with the same client, interleaved).

use intake::domain::case::Case;
use intake::domain::clock::{Clock, SystemClock};
use intake::domain::entity::{EntityInput, EntityProfile};
use intake::domain::report::{Report, ReportInput};

/// The wall clock, as the service reads it.
fn now() -> chrono::DateTime<chrono::Utc> {
    SystemClock.now()
}
use intake::storage::{cases, entities, Backend};
use serde_json::json;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn body() -> serde_json::Value {
    let aware = (chrono::Utc::now() - chrono::Duration::hours(1)).to_rfc3339();
    json!({"report": {
        "stage": "early_warning", "aware_at": aware, "title": "Ransomware on billing servers",
        "summary": "Billing servers encrypted; invoices cannot be issued. ".repeat(30),
        "suspected_malicious": "yes", "cross_border_possible": "unknown",
        "affected_services": ["billing", "customer portal", "payment gateway"], "incident_status": "ongoing",
        "assistance_requested": true, "assistance_details": "Please share indicators from similar cases in the sector.",
        "awareness_basis": "internal_detection", "significance_basis": ["ir_a3_e"]
    }})
}

fn proc_field(pid: u32, file: &str, key: &str) -> u64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/{file}")).unwrap_or_default();
    text.lines()
        .find(|l| l.starts_with(key))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// utime + stime of the process, in seconds.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks: u64 = fields.get(11).and_then(|v| v.parse().ok()).unwrap_or(0)
        + fields.get(12).and_then(|v| v.parse().ok()).unwrap_or(0);
    ticks as f64 / 100.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted
        .get(((sorted.len() as f64 * p) as usize).min(sorted.len().saturating_sub(1)))
        .copied()
        .unwrap_or_default()
}

struct Server(Child);
impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[path = "intake_load/delivery.rs"]
mod delivery;

use delivery::{deliver, report_pace, requeue, Smtp};

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn bench_profile() -> EntityProfile {
    EntityProfile::parse(&EntityInput {
        legal_name: Some("Bench Energy SA".into()),
        member_state: Some("LU".into()),
        sector: Some("energy".into()),
        entity_type: Some("electricity_supplier".into()),
        email: Some("soc@bench.example".into()),
        ..Default::default()
    })
    .unwrap()
}

fn main() {
    let clients: Vec<usize> = std::env::var("BENCH_CLIENTS")
        .unwrap_or_else(|_| "1,16,64".into())
        .split(',')
        .filter_map(|c| c.trim().parse().ok())
        .collect();
    let seconds: u64 = env_or("BENCH_SECONDS", 5);
    let preload: usize = env_or("BENCH_PRELOAD", 0);
    let dir = tempfile::tempdir().unwrap();
    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("bench.db").display()));
    let backend = Backend::from_url(&url).unwrap();
    backend.migrate().unwrap();
    let profile = bench_profile();
    let mut conn = backend.connect().unwrap();
    let entity = entities::insert_entity(&mut conn, &profile, now()).unwrap();
    let key = entities::create_api_key(&mut conn, entity.id, None, now())
        .unwrap()
        .secret;
    if preload > 0 {
        let t = Instant::now();
        insert_rows(&mut conn, &entity, preload);
        println!(
            "preloaded {preload} cases in {:.1}s",
            t.elapsed().as_secs_f64()
        );
    }
    drop(conn);

    let intake_rate = intake_levels(&url, dir.path(), &key, &clients, seconds);
    if let Ok(meta) = std::fs::metadata(dir.path().join("bench.db-wal")) {
        println!("WAL size after the run: {:.1} MB", meta.len() as f64 / 1e6);
    }
    let files = deliver(&url, dir.path(), None);
    report_pace("to .eml files", files, intake_rate);
    requeue(&backend, env_or("BENCH_SMTP_MESSAGES", 20000));
    let smtp = Smtp::start(dir.path());
    let server_cpu = smtp.cpu_seconds();
    let by_smtp = deliver(&url, dir.path(), Some(&smtp.url()));
    let server_cpu = smtp.cpu_seconds() - server_cpu;
    report_pace(&format!("by SMTP ({})", smtp.name), by_smtp, intake_rate);
    println!(
        "  {} used {server_cpu:.1} CPU s of {:.1} s ({:.0} µs per message)",
        smtp.name,
        by_smtp.1,
        server_cpu / by_smtp.0.max(1.0) * 1e6
    );
    drop(smtp);
    requeue(&backend, env_or("BENCH_SMTP_MESSAGES", 20000));
    let to_sink = deliver(&url, dir.path(), Some(&delivery::fast_sink()));
    report_pace("by SMTP (in-process sink)", to_sink, intake_rate);
    raw_floor(dir.path(), &profile);
}

/// Starts the release server with delivery off and runs every client level; returns the best
/// submissions/s.
fn intake_levels(
    url: &str,
    dir: &std::path::Path,
    key: &str,
    clients: &[usize],
    seconds: u64,
) -> f64 {
    let port = free_port();
    let child = Command::new(server_bin())
        .arg("serve")
        .env("INTAKE_DATABASE_URL", url)
        .env("INTAKE_BIND", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "error")
        .env("INTAKE_DELIVER", "false") // intake alone; delivery is measured below
        .env("INTAKE_API_RATE_LIMIT", "0") // one key drives the whole load
        .env("INTAKE_MAIL_DIR", dir.join("mail"))
        .current_dir(dir)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server(child);
    let payload = serde_json::to_vec(&body()).unwrap();
    println!("body {} bytes, {seconds}s per level", payload.len());
    println!(
        "{:>7} {:>10} {:>9} {:>9} {:>12} {:>9}",
        "clients", "subm/s", "p50 ms", "p99 ms", "CPU µs/subm", "RSS MB"
    );
    let system = actix_rt::System::new();
    let best = system.block_on(async {
        let connector = awc::Connector::new().limit(256);
        let client = awc::Client::builder()
            .connector(connector)
            .timeout(Duration::from_secs(30))
            .finish();
        let base = format!("http://127.0.0.1:{port}");
        wait_healthy(&client, &base).await;
        let mut best: f64 = 0.0;
        for &n in clients {
            let level = Level {
                client: &client,
                url: format!("{base}/api/v1/incidents"),
                key,
                payload: &payload,
                pid: server.0.id(),
            };
            best = best.max(level.run(n, seconds).await);
        }
        best
    });
    drop(server);
    best
}

/// The `intake` binary under test: `BENCH_SERVER_BIN`, else this build's.
pub fn server_bin() -> std::path::PathBuf {
    std::env::var_os("BENCH_SERVER_BIN")
        .map(Into::into)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_intake").into())
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn wait_healthy(client: &awc::Client, base: &str) {
    let started = Instant::now();
    while client
        .get(format!("{base}/healthz"))
        .send()
        .await
        .map(|r| !r.status().is_success())
        .unwrap_or(true)
    {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "server did not start"
        );
        actix_rt::time::sleep(Duration::from_millis(50)).await;
    }
}

/// One client level against the running server.
struct Level<'a> {
    client: &'a awc::Client,
    url: String,
    key: &'a str,
    payload: &'a [u8],
    pid: u32,
}

impl Level<'_> {
    /// `n` clients post for `seconds`; prints the level's line and returns submissions/s.
    async fn run(&self, n: usize, seconds: u64) -> f64 {
        let cpu0 = cpu_seconds(self.pid);
        let t0 = Instant::now();
        let deadline = t0 + Duration::from_secs(seconds);
        let tasks: Vec<_> = (0..n)
            .map(|_| {
                let (client, url) = (self.client.clone(), self.url.clone());
                let (key, payload) = (self.key.to_string(), self.payload.to_vec());
                actix_rt::spawn(post_until(client, url, key, payload, deadline))
            })
            .collect();
        let mut all = Vec::new();
        let mut failed = 0;
        for t in tasks {
            let (lat, f) = t.await.unwrap();
            all.extend(lat);
            failed += f;
        }
        let elapsed = t0.elapsed().as_secs_f64();
        let cpu = cpu_seconds(self.pid) - cpu0;
        all.sort();
        let count = all.len().max(1) as f64;
        let rate = all.len() as f64 / elapsed;
        println!(
            "{n:>7} {:>10.0} {:>9.2} {:>9.2} {:>12.0} {:>9.1}{}",
            rate,
            percentile(&all, 0.50).as_secs_f64() * 1e3,
            percentile(&all, 0.99).as_secs_f64() * 1e3,
            cpu / count * 1e6,
            proc_field(self.pid, "status", "VmHWM:") as f64 / 1024.0,
            if failed > 0 {
                format!("  ({failed} failed)")
            } else {
                String::new()
            }
        );
        rate
    }
}

/// One client posting filings until `deadline`: its latencies and failure count.
async fn post_until(
    client: awc::Client,
    url: String,
    key: String,
    payload: Vec<u8>,
    deadline: Instant,
) -> (Vec<Duration>, usize) {
    let mut lat = Vec::new();
    let mut failed = 0usize;
    while Instant::now() < deadline {
        let t = Instant::now();
        let r = client
            .post(&url)
            .insert_header(("Authorization", format!("Bearer {key}")))
            .insert_header(("Content-Type", "application/json"))
            .send_body(payload.clone())
            .await;
        match r {
            Ok(mut res) if res.status().as_u16() == 201 => {
                let _ = res.body().await;
                lat.push(t.elapsed());
            }
            _ => failed += 1,
        }
    }
    (lat, failed)
}

/// The floor: the same rows inserted straight into a fresh SQLite file in one transaction.
fn raw_floor(dir: &std::path::Path, profile: &EntityProfile) {
    let raw = Backend::from_url(&format!("sqlite://{}", dir.join("raw.db").display())).unwrap();
    raw.migrate().unwrap();
    let mut conn = raw.connect().unwrap();
    let entity = entities::insert_entity(&mut conn, profile, now()).unwrap();
    let n = 20_000;
    let t = Instant::now();
    insert_rows(&mut conn, &entity, n);
    println!(
        "raw SQLite insert of the same rows, one transaction: {:.0} cases/s",
        n as f64 / t.elapsed().as_secs_f64()
    );
}

/// Inserts `n` cases with their early warning, as the API does, in one transaction.
fn insert_rows(
    conn: &mut intake::storage::DbConn,
    entity: &intake::domain::entity::Entity,
    n: usize,
) {
    use diesel::Connection;
    let input: ReportInput = serde_json::from_value(body()["report"].clone()).unwrap();
    let reporter = entity.reporter();
    let tz = chrono_tz::Europe::Luxembourg;
    let snapshot = serde_json::to_string(&entity.profile).unwrap();
    let routing = intake::domain::routing::RoutingTable::from_toml(include_str!(
        "../config/authorities.example.toml"
    ))
    .unwrap();
    conn.transaction::<_, diesel::result::Error, _>(|c| {
        for _ in 0..n {
            let at = now();
            let report =
                Report::parse(input.clone(), &Case::opening_context(&reporter, tz, at)).unwrap();
            let reference = cases::allocate_reference(
                c,
                reporter.member_state,
                reporter.member_state.default_timezone(),
                at,
            )?;
            let (case, sub) = Case::open(
                uuid::Uuid::now_v7(),
                reference,
                &reporter,
                tz,
                report,
                at,
                "bench",
            )
            .unwrap();
            cases::insert_case(c, &case, at)?;
            for s in &sub {
                cases::insert_submission(c, s, &snapshot)?;
            }
            intake::app::mail::queue_for_filing(
                c,
                &routing,
                &case,
                &sub,
                &entity.profile,
                &[],
                at,
            )?;
        }
        Ok(())
    })
    .unwrap();
}
