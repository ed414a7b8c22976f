//! PostgreSQL restarted under the running service: requests during the gap get 503 with
//! `Retry-After`, the service recovers by itself, and nothing acknowledged is lost. Runs on a
//! private cluster so the other tests' database stays up.

use crate::helpers::*;
use std::process::Command;
use std::time::{Duration, Instant};

struct Cluster {
    bin: String,
    dir: tempfile::TempDir,
    port: u16,
}

fn as_postgres(cmd: &str, args: &[&str]) -> std::process::Output {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout == b"0\n")
        .unwrap_or(false);
    let mut c = if root {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--", cmd]);
        c
    } else {
        Command::new(cmd)
    };
    c.args(args).output().unwrap()
}

impl Cluster {
    fn start() -> Cluster {
        let bin = std::fs::read_dir("/usr/lib/postgresql")
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path().join("bin"))
            .filter(|p| p.join("initdb").exists())
            .max()
            .expect("PostgreSQL server binaries")
            .display()
            .to_string();
        let dir = tempfile::tempdir().unwrap();
        let _ = Command::new("chown")
            .args(["postgres", dir.path().to_str().unwrap()])
            .status();
        let data = dir.path().join("data");
        let out = as_postgres(
            &format!("{bin}/initdb"),
            &[
                "-D",
                data.to_str().unwrap(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "--no-sync",
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let c = Cluster {
            bin,
            dir,
            port: free_port(),
        };
        c.up();
        c
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn up(&self) {
        let opts = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("log").display().to_string();
        let out = as_postgres(
            &format!("{}/pg_ctl", self.bin),
            &["-D", &self.data(), "-l", &log, "-w", "-o", &opts, "start"],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn down(&self) {
        let out = as_postgres(
            &format!("{}/pg_ctl", self.bin),
            &["-D", &self.data(), "-m", "fast", "-w", "stop"],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = as_postgres(
            &format!("{}/pg_ctl", self.bin),
            &["-D", &self.data(), "-m", "immediate", "stop"],
        );
    }
}

#[actix_web::test]
async fn postgres_restarted_under_the_service_gives_503_then_recovers() {
    let cluster = Cluster::start();
    let mail = tempfile::tempdir().unwrap();
    let app =
        intake::startup::Application::build(&settings(&cluster.url(), mail.path(), None)).unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    actix_web::rt::spawn(app.run());
    let (_, key) = add_entity(&cluster.url(), "LU", "energy", "electricity_supplier");
    let client = awc::Client::builder()
        .timeout(Duration::from_secs(30))
        .finish();
    let file = || {
        let (client, key, base) = (client.clone(), key.clone(), base.clone());
        async move {
            client
                .post(format!("{base}/api/v1/incidents"))
                .insert_header(("Authorization", format!("Bearer {key}")))
                .send_json(&early_warning())
                .await
                .unwrap()
        }
    };
    assert_eq!(file().await.status().as_u16(), 201);

    cluster.down();
    let during = file().await;
    assert_eq!(
        during.status().as_u16(),
        503,
        "the database is down: retry later"
    );
    assert!(during.headers().get("retry-after").is_some());
    let health = client.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(health.status().as_u16(), 503);

    cluster.up();
    let started = Instant::now();
    loop {
        let r = file().await;
        if r.status().as_u16() == 201 {
            break;
        }
        assert_eq!(r.status().as_u16(), 503, "only 503 while recovering");
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the service did not recover"
        );
        actix_web::rt::time::sleep(Duration::from_millis(200)).await;
    }
    // Exactly the acknowledged filings are stored.
    use diesel::prelude::*;
    let mut c = intake::storage::Backend::from_url(&cluster.url())
        .unwrap()
        .connect()
        .unwrap();
    let n: i64 = intake::storage::schema::cases::table
        .count()
        .get_result(&mut c)
        .unwrap();
    assert_eq!(n, 2);
}
