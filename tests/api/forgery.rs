//! Every state-changing form route, as the route table lists them (`intake::web::form_posts`),
//! refuses a post without a valid CSRF token: for an anonymous visitor and for a signed-in
//! staff member, with no token, a wrong token, or another browser's token, and nothing changes.

use crate::helpers::Kind;
use crate::pages::{file_early_warning, Browser};
use crate::workspace::{add_user, login, world, PASSWORD};
use diesel::prelude::*;
use intake::domain::lifecycle::Stage;
use intake::domain::staff::StaffRole;
use intake::storage::{schema, Backend};

crate::on_both_kinds!(every_form_post_without_a_valid_token_is_refused);

/// Real values for the routes' path parameters.
struct Targets {
    draft: String,
    follow_up: String,
    user: String,
    case: String,
}

/// Every concrete path of a route pattern: each placeholder takes its real value, `{stage}`
/// every stage and `{action}` every workspace action. A new placeholder fails the test until
/// it gets a value here.
fn concrete(pattern: &str, t: &Targets) -> Vec<String> {
    let segments: Vec<&str> = pattern.split('/').collect();
    let mut out = vec![String::new()];
    for (i, segment) in segments.iter().enumerate().skip(1) {
        let values: Vec<String> = match (*segment, segments[i - 1]) {
            ("{token}", "draft") => vec![t.draft.clone()],
            ("{token}", "follow-up") => vec![t.follow_up.clone()],
            ("{stage}", _) => Stage::ALL.iter().map(|s| s.as_str().to_string()).collect(),
            ("{id}", "users") => vec![t.user.clone()],
            ("{id}", "cases") => vec![t.case.clone()],
            // No package exists: the guard must refuse before anything is looked up.
            ("{id}", "packages") => vec!["00000000-0000-7000-8000-000000000001".into()],
            ("{id}", "tokens") => vec!["00000000-0000-7000-8000-000000000002".into()],
            ("{regime}", _) => intake::domain::codes::Regime::ALL
                .iter()
                .map(|r| r.as_str().to_string())
                .collect(),
            ("{action}", _) => intake::app::handling::NAMES
                .iter()
                .map(|n| n.to_string())
                .collect(),
            (s, _) if s.starts_with('{') => panic!("no test value for {s} in {pattern}"),
            (s, _) => vec![s.to_string()],
        };
        out = out
            .iter()
            .flat_map(|p| values.iter().map(move |v| format!("{p}/{v}")))
            .collect();
    }
    out
}

/// Rows of every table a form could change.
fn footprint(db: &str) -> Vec<i64> {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    let c = &mut c;
    vec![
        schema::cases::table.count().get_result(c).unwrap(),
        schema::submissions::table.count().get_result(c).unwrap(),
        schema::drafts::table.count().get_result(c).unwrap(),
        schema::case_events::table.count().get_result(c).unwrap(),
        schema::staff_users::table.count().get_result(c).unwrap(),
        schema::staff_sessions::table.count().get_result(c).unwrap(),
        schema::audit_log::table.count().get_result(c).unwrap(),
        schema::outbox::table.count().get_result(c).unwrap(),
        schema::share_packages::table.count().get_result(c).unwrap(),
    ]
}

/// A saved new-report draft's token.
async fn draft(b: &mut Browser) -> String {
    let csrf = b.get("/report/new").await.csrf();
    let p = b
        .post("/report/new", &[("csrf", &csrf), ("action", "save")])
        .await;
    let to = p.location.expect("a draft link");
    to.trim_start_matches("/report/draft/")
        .split('?')
        .next()
        .unwrap()
        .to_string()
}

/// Posts to every form route with no token, a wrong token and a token minted for another
/// browser; each must be a 403 that changes nothing.
async fn forge_all(b: &mut Browser, t: &Targets, who: &str) {
    let stolen = b.token_of_another_browser().await;
    let before = footprint(&b.database_url);
    let routes = intake::web::form_posts();
    assert!(routes.len() >= 11, "{routes:?}");
    for pattern in &routes {
        for path in concrete(pattern, t) {
            for token in [None, Some("0".repeat(32)), Some(stolen.clone())] {
                let mut form = vec![
                    ("action", "submit"),
                    ("message", "Forged"),
                    ("email", "forger@evil.example"),
                    ("password", PASSWORD),
                    ("role", "admin"),
                    ("code", "000000"),
                ];
                if let Some(token) = &token {
                    form.push(("csrf", token));
                }
                let p = b.post(&path, &form).await;
                assert_eq!(p.status, 403, "{who}: POST {path} with token {token:?}");
            }
        }
    }
    assert_eq!(footprint(&b.database_url), before, "{who}: nothing changed");
}

async fn every_form_post_without_a_valid_token_is_refused(kind: Kind) {
    let w = world(kind).await;
    let mut b = w.b;
    let follow = file_early_warning(&mut b).await;
    let targets = Targets {
        draft: draft(&mut b).await,
        follow_up: follow
            .trim_start_matches("/report/follow-up/")
            .split('?')
            .next()
            .unwrap()
            .to_string(),
        user: add_user(
            &b.database_url,
            "LU-ILR-ENERGY",
            "admin@ilr.example",
            StaffRole::Admin,
            false,
        )
        .to_string(),
        case: w.lu_case,
    };

    b.get("/").await; // the anonymous visitor holds a CSRF cookie, but no session
    forge_all(&mut b, &targets, "anonymous").await;

    assert_eq!(login(&mut b, "admin@ilr.example", PASSWORD).await, 303);
    forge_all(&mut b, &targets, "staff").await;
    assert_eq!(
        b.get("/authority/queue").await.status,
        200,
        "still signed in: the forged sign-out did nothing"
    );
}
