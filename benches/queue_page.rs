//! Time to render the authority queue (a page of 50) over HTTP with many stored cases.
//!
//! `cargo bench --bench queue_page` stores `BENCH_CASES` (default 100,000) cases routed to
//! the example authorities into a fresh SQLite file (or `BENCH_DATABASE_URL`), signs a
//! reviewer in, and times `GET /authority/queue` sequentially for several filter sets,
//! printing median and p90 per view.

use intake::auth::password;
use intake::config::Settings;
use intake::domain::case::Case;
use intake::domain::clock::{Clock, SystemClock};
use intake::domain::entity::{EntityInput, EntityProfile};
use intake::domain::report::{Report, ReportInput};
use intake::domain::staff::StaffRole;

/// The wall clock, as the service reads it.
fn now() -> chrono::DateTime<chrono::Utc> {
    SystemClock.now()
}
use intake::startup::Application;
use intake::storage::{cases, entities, staff, Backend};
use serde_json::json;
use std::time::{Duration, Instant};

fn preload(conn: &mut intake::storage::DbConn, n: usize) {
    use diesel::Connection;
    let routing = intake::domain::routing::RoutingTable::from_toml(include_str!(
        "../config/authorities.example.toml"
    ))
    .unwrap();
    let kinds = [
        "electricity_supplier",
        "gas_tso",
        "credit_institution",
        "cloud_computing_provider",
        "healthcare_provider",
    ];
    let sectors = [
        "energy",
        "energy",
        "banking",
        "digital_infrastructure",
        "health",
    ];
    let mut profiles = Vec::new();
    for (i, t) in kinds.iter().enumerate() {
        let p = EntityProfile::parse(&EntityInput {
            legal_name: Some(format!("Bench entity {i}")),
            member_state: Some("LU".into()),
            sector: Some(sectors[i].into()),
            entity_type: Some((*t).into()),
            email: Some("soc@bench.example".into()),
            // Required for the Art. 26(1)(b) types (the cloud provider); harmless for the rest.
            details: intake::domain::jurisdiction::DetailsInput {
                ms_main_establishment: Some("LU".into()),
                ..Default::default()
            },
            ..Default::default()
        })
        .unwrap();
        let e = entities::insert_entity(conn, &p, now()).unwrap();
        profiles.push((e, serde_json::to_string(&p).unwrap()));
    }
    let tz = chrono_tz::Europe::Luxembourg;
    for chunk in 0..n.div_ceil(10_000) {
        conn.transaction::<_, diesel::result::Error, _>(|c| {
            for i in chunk * 10_000..((chunk + 1) * 10_000).min(n) {
                let at = now();
                let (entity, snapshot) = &profiles[i % profiles.len()];
                let input: ReportInput = serde_json::from_value(json!({
                    "stage": "early_warning",
                    "aware_at": (at - chrono::Duration::minutes((i % 1380) as i64)).to_rfc3339(),
                    "title": format!("Incident {i} on billing servers"),
                    "summary": "Billing servers encrypted; invoices cannot be issued.",
                    "suspected_malicious": "yes", "cross_border_possible": "no",
                    "affected_services": ["billing"], "incident_status": "ongoing", "assistance_requested": false
                }))
                .unwrap();
                let reporter = entity.reporter();
                let report = Report::parse(input, &Case::opening_context(&reporter, tz, at)).unwrap();
                let reference = cases::allocate_reference(c, reporter.member_state, reporter.member_state.default_timezone(), at)?;
                let (case, sub) = Case::open(uuid::Uuid::now_v7(), reference, &reporter, tz, report, at, "bench").unwrap();
                cases::insert_case(c, &case, at)?;
                for s in &sub { cases::insert_submission(c, s, snapshot)?; }
                intake::app::mail::queue_for_filing(c, &routing, &case, &sub, &entity.profile, &[], at)?;
            }
            Ok(())
        })
        .unwrap();
    }
}

fn main() {
    let n: usize = std::env::var("BENCH_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    let url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.path().join("bench.db").display()));
    let backend = Backend::from_url(&url).unwrap();
    backend.migrate().unwrap();
    let mut conn = backend.connect().unwrap();
    let t = Instant::now();
    preload(&mut conn, n);
    println!(
        "stored {n} cases in {:.1}s ({})",
        t.elapsed().as_secs_f64(),
        backend.name()
    );
    // LU-CSIRT receives every LU case and requires TOTP: the bench enrols a known secret.
    let user = staff::insert_user(
        &mut conn,
        &"LU-CSIRT".parse().unwrap(),
        "bench@csirt.example",
        StaffRole::Reviewer,
        &password::hash("bench password 123"),
        intake::words::Lang::En,
        now(),
    )
    .unwrap();
    staff::set_totp(&mut conn, user, Some(TOTP_SECRET), true, &[]).unwrap();
    drop(conn);

    let settings = Settings::from_lookup(|k| match k {
        "INTAKE_DATABASE_URL" => Some(url.clone()),
        "INTAKE_BIND" => Some("127.0.0.1:0".into()),
        "INTAKE_DELIVER" => Some("false".into()),
        "INTAKE_SECRET_KEY" => Some("ab".repeat(32)),
        "INTAKE_MAIL_DIR" => Some(dir.path().join("mail").display().to_string()),
        _ => None,
    })
    .unwrap();
    actix_web::rt::System::new().block_on(async move {
        let app = Application::build(&settings).unwrap();
        let base = format!("http://127.0.0.1:{}", app.port());
        actix_web::rt::spawn(app.run());
        let client = awc::Client::builder()
            .disable_redirects()
            .timeout(Duration::from_secs(60))
            .finish();
        let cookie = sign_in(&client, &base).await;
        for (name, query) in [
            ("default (most urgent first)", ""),
            ("overdue", "overdue=1"),
            ("due within 24 h", "due_24h=1"),
            ("sector = banking", "sector=banking"),
            ("free text", "q=incident%2099"),
            ("newest first, page 100", "sort=newest&page=100"),
        ] {
            time_page(&client, &base, &cookie, name, query).await;
        }
    });
}

/// Times 60 loads of one queue view (the first apart: its counts are not cached yet).
async fn time_page(client: &awc::Client, base: &str, cookie: &str, name: &str, query: &str) {
    let mut times = Vec::new();
    let mut first = Duration::ZERO;
    for i in 0..60 {
        let t = Instant::now();
        let mut res = client
            .get(format!("{base}/authority/queue?{query}"))
            .insert_header(("Cookie", cookie.to_string()))
            .send()
            .await
            .unwrap();
        let body = res.body().limit(8 << 20).await.unwrap();
        assert_eq!(res.status(), 200, "{}", String::from_utf8_lossy(&body));
        if query.is_empty() {
            let rows = String::from_utf8_lossy(&body)
                .matches("href=\"/authority/cases/")
                .count();
            assert_eq!(rows, 50, "a full page of 50 cases");
        }
        if i == 0 {
            first = t.elapsed();
        } else if i >= 10 {
            times.push(t.elapsed());
        }
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "queue page {name:<30} median {:>6.2} ms   p90 {:>6.2} ms   first (counts not cached) {:>6.1} ms",
        ms(times[times.len() / 2]),
        ms(times[times.len() * 9 / 10]),
        ms(first)
    );
}

const TOTP_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// Signs the bench user in: password, then the current TOTP code.
async fn sign_in(client: &awc::Client, base: &str) -> String {
    let mut res = client
        .get(format!("{base}/authority/login"))
        .send()
        .await
        .unwrap();
    let body = String::from_utf8_lossy(&res.body().await.unwrap()).to_string();
    let csrf_cookie = res
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let at = body.find("name=\"csrf\" value=\"").unwrap() + 19;
    let csrf = body[at..].split('"').next().unwrap().to_string();
    let res = client
        .post(format!("{base}/authority/login"))
        .insert_header(("Cookie", csrf_cookie.clone()))
        .send_form(&[
            ("csrf", csrf.as_str()),
            ("email", "bench@csirt.example"),
            ("password", "bench password 123"),
        ])
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let session = res
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let cookie = format!("{csrf_cookie}; {session}");
    let secret = intake::auth::totp::from_base32(TOTP_SECRET).unwrap();
    let code = intake::auth::totp::code_at(&secret, (chrono::Utc::now().timestamp() / 30) as u64);
    let res = client
        .post(format!("{base}/authority/login/totp"))
        .insert_header(("Cookie", cookie.clone()))
        .send_form(&[("csrf", csrf.as_str()), ("code", code.as_str())])
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "second factor");
    cookie
}
