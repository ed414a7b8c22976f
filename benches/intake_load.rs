//! Intake load benchmark: runs the release `intake serve` on loopback and drives it with N
//! concurrent API clients posting ~2 KB early warnings.
//!
//! Prints per client count: submissions/s, p50/p99 latency, server CPU per submission, peak
//! RSS; then how fast `intake outbox deliver` sends what the run queued (to .eml files), and
//! the raw rate of writing the same rows (case, submission, routing, outbox) into SQLite in
//! one transaction. The server runs with `INTAKE_DELIVER=false` so intake is measured alone.
//!
//! `cargo bench --bench intake_load` — environment knobs:
//! `BENCH_CLIENTS` (default `1,16,64`), `BENCH_SECONDS` per level (default 5),
//! `BENCH_DATABASE_URL` (default: a fresh SQLite file), `BENCH_PRELOAD` cases stored first (default 0).

use intake::domain::case::Case;
use intake::domain::entity::{EntityInput, EntityProfile};
use intake::domain::report::{Report, ReportInput};
use intake::domain::validation::now;
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

fn main() {
    let clients: Vec<usize> = std::env::var("BENCH_CLIENTS")
        .unwrap_or_else(|_| "1,16,64".into())
        .split(',')
        .filter_map(|c| c.trim().parse().ok())
        .collect();
    let seconds: u64 = std::env::var("BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let preload: usize = std::env::var("BENCH_PRELOAD")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let dir = tempfile::tempdir().unwrap();
    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("bench.db").display()));
    let backend = Backend::from_url(&url).unwrap();
    backend.migrate().unwrap();
    let profile = EntityProfile::parse(&EntityInput {
        legal_name: Some("Bench Energy SA".into()),
        member_state: Some("LU".into()),
        sector: Some("energy".into()),
        entity_type: Some("electricity_supplier".into()),
        email: Some("soc@bench.example".into()),
        ..Default::default()
    })
    .unwrap();
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

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(env!("CARGO_BIN_EXE_intake"))
        .arg("serve")
        .env("INTAKE_DATABASE_URL", &url)
        .env("INTAKE_BIND", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "error")
        .env("INTAKE_DELIVER", "false") // intake alone; delivery is measured below
        .env("INTAKE_API_RATE_LIMIT", "0") // one key drives the whole load
        .env("INTAKE_MAIL_DIR", dir.path().join("mail"))
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let server = Server(child);
    let pid = server.0.id();
    let payload = serde_json::to_vec(&body()).unwrap();
    println!(
        "backend {}, body {} bytes, {seconds}s per level",
        backend.name(),
        payload.len()
    );
    println!(
        "{:>7} {:>10} {:>9} {:>9} {:>12} {:>9}",
        "clients", "subm/s", "p50 ms", "p99 ms", "CPU µs/subm", "RSS MB"
    );

    let system = actix_rt::System::new();
    system.block_on(async {
        let connector = awc::Connector::new().limit(256);
        let client = awc::Client::builder()
            .connector(connector)
            .timeout(Duration::from_secs(30))
            .finish();
        let base = format!("http://127.0.0.1:{port}");
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
        for &n in &clients {
            let cpu0 = cpu_seconds(pid);
            let t0 = Instant::now();
            let deadline = t0 + Duration::from_secs(seconds);
            let tasks: Vec<_> = (0..n)
                .map(|_| {
                    let (client, url, key, payload) = (
                        client.clone(),
                        format!("{base}/api/v1/incidents"),
                        key.clone(),
                        payload.clone(),
                    );
                    actix_rt::spawn(async move {
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
                    })
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
            let cpu = cpu_seconds(pid) - cpu0;
            all.sort();
            let count = all.len().max(1) as f64;
            println!(
                "{n:>7} {:>10.0} {:>9.2} {:>9.2} {:>12.0} {:>9.1}{}",
                all.len() as f64 / elapsed,
                percentile(&all, 0.50).as_secs_f64() * 1e3,
                percentile(&all, 0.99).as_secs_f64() * 1e3,
                cpu / count * 1e6,
                proc_field(pid, "status", "VmHWM:") as f64 / 1024.0,
                if failed > 0 {
                    format!("  ({failed} failed)")
                } else {
                    String::new()
                }
            );
        }
    });
    drop(server);
    if let Ok(meta) = std::fs::metadata(dir.path().join("bench.db-wal")) {
        println!("WAL size after the run: {:.1} MB", meta.len() as f64 / 1e6);
    }

    // Delivery of everything the run queued, by `intake outbox deliver` into .eml files.
    let t = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_intake"))
        .args(["outbox", "deliver"])
        .env("INTAKE_DATABASE_URL", &url)
        .env("INTAKE_MAIL_DIR", dir.path().join("mail"))
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    let delivered: f64 = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0.0);
    println!(
        "outbox delivery to .eml files: {delivered:.0} messages in {:.1}s = {:.0} messages/s",
        t.elapsed().as_secs_f64(),
        delivered / t.elapsed().as_secs_f64()
    );

    // The floor: the same rows inserted straight into a fresh SQLite file in one transaction.
    let raw =
        Backend::from_url(&format!("sqlite://{}", dir.path().join("raw.db").display())).unwrap();
    raw.migrate().unwrap();
    let mut conn = raw.connect().unwrap();
    let entity = entities::insert_entity(&mut conn, &profile, now()).unwrap();
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
            let reference = cases::allocate_reference(c, reporter.member_state, at)?;
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
            cases::insert_submission(c, &sub, &snapshot)?;
            intake::notify::queue_for_filing(c, &routing, &case, &sub, &entity.profile, &[], at)?;
        }
        Ok(())
    })
    .unwrap();
}
