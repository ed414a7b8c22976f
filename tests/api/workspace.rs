//! The authority workspace over HTTP: sign-in (password, lockout, TOTP), the authorization
//! matrix across two authorities, every action's effect on the case, the reporter, the mail
//! and the audit log, exports, and the authority API. On both database backends.

use crate::helpers::{add_entity, early_warning, notification, with, Kind};
use crate::pages::{file_early_warning, Browser};
use diesel::prelude::*;
use intake::auth::{password, totp};
use intake::domain::staff::StaffRole;
use intake::storage::{schema, staff, Backend};
use serde_json::{json, Value};
use uuid::Uuid;

pub const PASSWORD: &str = "correct horse battery staple";
/// A fixed TOTP secret, so tests can compute codes.
pub const SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

pub fn add_user(db: &str, authority: &str, email: &str, role: StaffRole, with_totp: bool) -> Uuid {
    let mut c = Backend::from_url(db).unwrap().connect().unwrap();
    let id = staff::insert_user(
        &mut c,
        &authority.parse().unwrap(),
        email,
        role,
        &password::hash(PASSWORD),
        chrono::Utc::now(),
    )
    .unwrap();
    if with_totp {
        staff::set_totp(
            &mut c,
            id,
            Some(SECRET),
            true,
            &[intake::secrets::hash_token("recovery001")],
        )
        .unwrap();
    }
    id
}

pub fn code_now() -> String {
    let secret = totp::from_base32(SECRET).unwrap();
    totp::code_at(&secret, (chrono::Utc::now().timestamp() / 30) as u64)
}

/// Signs in (with the TOTP code when the account has one); returns the final status.
pub async fn login(b: &mut Browser, email: &str, secret: &str) -> u16 {
    let csrf = b.get("/authority/login").await.csrf();
    let p = b
        .post(
            "/authority/login",
            &[
                ("csrf", &csrf),
                ("email", email),
                ("password", secret),
                ("next", "/authority/queue"),
            ],
        )
        .await;
    if p.status != 303 {
        return p.status;
    }
    let to = p.location.unwrap();
    if to.starts_with("/authority/login/totp") {
        let csrf = b.get(&to).await.csrf();
        let code = code_now();
        let p = b
            .post(
                "/authority/login/totp",
                &[
                    ("csrf", &csrf),
                    ("code", &code),
                    ("next", "/authority/queue"),
                ],
            )
            .await;
        return p.status;
    }
    303
}

/// Posts an action form on a case page; returns the status.
pub async fn act(b: &mut Browser, case: &str, action: &str, fields: &[(&str, &str)]) -> u16 {
    let page = b.get(&format!("/authority/cases/{case}")).await;
    let csrf = if page.status == 200 {
        page.csrf()
    } else {
        b.get("/authority/queue").await.csrf()
    };
    let mut form = vec![("csrf", csrf.as_str())];
    form.extend_from_slice(fields);
    b.post(&format!("/authority/cases/{case}/{action}"), &form)
        .await
        .status
}

/// Two authorities' cases: an LU case (CSIRT + energy regulator), an LU case possibly
/// affecting DE (DE-BSI informed), a DE case.
pub struct World {
    pub b: Browser,
    pub lu_key: String,
    pub lu_case: String,
    pub cross_case: String,
    pub de_case: String,
}

pub async fn world(kind: Kind) -> World {
    let b = Browser::start(kind, 1000).await;
    let (_, lu_key) = add_entity(&b.database_url, "LU", "energy", "electricity_supplier");
    let (_, de_key) = add_entity(&b.database_url, "DE", "energy", "electricity_supplier");
    let (s, lu) = b
        .api("POST", "/api/v1/incidents", &lu_key, Some(early_warning()))
        .await;
    assert_eq!(s, 201, "{lu}");
    let cross = with(
        early_warning(),
        json!({"title": "Cross-border outage", "cross_border_possible": "yes", "cross_border_ms": ["DE"]}),
    );
    let (s, cross) = b
        .api("POST", "/api/v1/incidents", &lu_key, Some(cross))
        .await;
    assert_eq!(s, 201, "{cross}");
    let (s, de) = b
        .api(
            "POST",
            "/api/v1/incidents",
            &de_key,
            Some(with(
                early_warning(),
                json!({"title": "German grid incident"}),
            )),
        )
        .await;
    assert_eq!(s, 201, "{de}");
    World {
        lu_case: lu["id"].as_str().unwrap().into(),
        cross_case: cross["id"].as_str().unwrap().into(),
        de_case: de["id"].as_str().unwrap().into(),
        lu_key,
        b,
    }
}

async fn each_authority_sees_exactly_its_own_cases(kind: Kind) {
    let mut w = world(kind).await;
    let db = w.b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "lu-admin@ilr.example",
        StaffRole::Admin,
        false,
    );
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "lu-observer@ilr.example",
        StaffRole::Observer,
        false,
    );
    add_user(&db, "DE-BSI", "de@bsi.example", StaffRole::Reviewer, false);
    let b = &mut w.b;

    // Anonymous, and a reporter's follow-up cookie-less visit: sent to sign in.
    for path in [
        "/authority/queue",
        &format!("/authority/cases/{}", w.lu_case),
        "/authority/queue.csv",
        "/authority/users",
    ] {
        let p = b.get(path).await;
        assert_eq!(p.status, 303, "{path}");
        assert!(p.location.unwrap().starts_with("/authority/login"));
    }
    // A reporter's API key is no authority token.
    assert_eq!(
        b.api("GET", "/api/v1/authority/cases", &w.lu_key, None)
            .await
            .0,
        401
    );

    // LU energy regulator: the two LU cases, not the German one.
    assert_eq!(login(b, "lu-admin@ilr.example", PASSWORD).await, 303);
    let q = b.get("/authority/queue").await;
    assert_eq!(q.status, 200);
    assert!(q.body.contains(&w.lu_case) && q.body.contains(&w.cross_case));
    assert!(!q.body.contains(&w.de_case));
    let csv = b.get("/authority/queue.csv").await;
    assert!(csv.body.contains(&w.lu_case) && !csv.body.contains(&w.de_case));
    assert_eq!(
        b.get(&format!("/authority/cases/{}", w.de_case))
            .await
            .status,
        404
    );
    assert_eq!(
        b.get(&format!("/authority/cases/{}/export.json", w.de_case))
            .await
            .status,
        404
    );
    assert_eq!(
        act(b, &w.de_case, "note", &[("message", "peeking")]).await,
        404
    );
    assert_eq!(
        b.get(&format!("/authority/cases/{}", w.lu_case))
            .await
            .status,
        200
    );

    // An observer reads but cannot act.
    b.forget_cookie();
    assert_eq!(login(b, "lu-observer@ilr.example", PASSWORD).await, 303);
    assert_eq!(
        b.get(&format!("/authority/cases/{}", w.lu_case))
            .await
            .status,
        200
    );
    assert_eq!(
        act(
            b,
            &w.lu_case,
            "feedback",
            &[("kind", "acknowledgement"), ("message", "hi")]
        )
        .await,
        403
    );
    assert_eq!(b.get("/authority/users").await.status, 403);

    // DE-BSI: its own case, and the LU cross-border case marked as a copy for information.
    b.forget_cookie();
    assert_eq!(login(b, "de@bsi.example", PASSWORD).await, 303);
    let q = b.get("/authority/queue").await;
    assert!(q.body.contains(&w.de_case) && q.body.contains(&w.cross_case));
    assert!(!q.body.contains(&w.lu_case));
    assert!(q.body.contains("for information"));
    assert_eq!(
        b.get(&format!("/authority/cases/{}", w.lu_case))
            .await
            .status,
        404
    );
    assert_eq!(
        act(
            b,
            &w.cross_case,
            "feedback",
            &[("kind", "acknowledgement"), ("message", "hi")]
        )
        .await,
        403
    );
    assert_eq!(
        act(b, &w.cross_case, "note", &[("message", "watch this")]).await,
        303
    );
    assert_eq!(
        act(
            b,
            &w.de_case,
            "feedback",
            &[("kind", "acknowledgement"), ("message", "Received.")]
        )
        .await,
        303
    );

    // Authority tokens: the same scope.
    let mut c = Backend::from_url(&db).unwrap().connect().unwrap();
    let (_, lu_token) = staff::create_authority_token(
        &mut c,
        &"LU-ILR-ENERGY".parse().unwrap(),
        None,
        chrono::Utc::now(),
    )
    .unwrap();
    let (s, list) = b
        .api("GET", "/api/v1/authority/cases", &lu_token, None)
        .await;
    assert_eq!(s, 200);
    let ids: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&w.lu_case.as_str()) && !ids.contains(&w.de_case.as_str()),
        "{ids:?}"
    );
    assert_eq!(
        b.api(
            "GET",
            &format!("/api/v1/authority/cases/{}", w.de_case),
            &lu_token,
            None
        )
        .await
        .0,
        404
    );
    assert_eq!(
        b.api(
            "GET",
            &format!("/api/v1/authority/cases/{}", w.lu_case),
            &lu_token,
            None
        )
        .await
        .0,
        200
    );
    assert_eq!(
        b.api("GET", "/api/v1/authority/cases", "iat_nonsense", None)
            .await
            .0,
        401
    );
    // The DE note stays inside DE-BSI.
    let (_, case) = b
        .api(
            "GET",
            &format!("/api/v1/authority/cases/{}", w.cross_case),
            &lu_token,
            None,
        )
        .await;
    assert!(!case.to_string().contains("watch this"));
    // The reporter's API sees neither notes nor other entities' cases.
    let (_, mine) = b
        .api(
            "GET",
            &format!("/api/v1/incidents/{}", w.cross_case),
            &w.lu_key,
            None,
        )
        .await;
    assert!(!mine.to_string().contains("watch this"));
}

async fn actions_change_the_case_reach_the_reporter_and_are_audited(kind: Kind) {
    let mut w = world(kind).await;
    let db = w.b.database_url.clone();
    let me = add_user(
        &db,
        "LU-ILR-ENERGY",
        "ana@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    let b = &mut w.b;
    assert_eq!(login(b, "ana@ilr.example", PASSWORD).await, 303);
    let case = w.lu_case.clone();

    // Feedback owed, then given.
    assert!(b
        .get("/authority/queue?feedback_owed=1")
        .await
        .body
        .contains(&case));
    assert_eq!(
        act(
            b,
            &case,
            "feedback",
            &[
                ("kind", "initial_feedback"),
                ("message", "Isolate the VPN appliance.")
            ]
        )
        .await,
        303
    );
    assert!(!b
        .get("/authority/queue?feedback_owed=1")
        .await
        .body
        .contains(&case));
    let (_, seen) = b
        .api("GET", &format!("/api/v1/incidents/{case}"), &w.lu_key, None)
        .await;
    let messages = seen["messages"].as_array().unwrap();
    assert_eq!(messages[0]["kind"], "feedback");
    assert_eq!(messages[0]["body"], "Isolate the VPN appliance.");

    // An intermediate report is requested: a pending stage with its deadline.
    let due = (chrono::Utc::now() + chrono::Duration::days(2)).to_rfc3339();
    assert_eq!(
        act(
            b,
            &case,
            "request",
            &[("questions", "How did they get in?"), ("due_at", &due)]
        )
        .await,
        303
    );
    let (_, seen) = b
        .api("GET", &format!("/api/v1/incidents/{case}"), &w.lu_key, None)
        .await;
    let row = seen["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["stage"] == "intermediate_report")
        .cloned()
        .unwrap();
    assert_eq!(row["status"], "pending");
    assert!(b
        .get("/authority/queue?awaited=intermediate_report")
        .await
        .body
        .contains(&case));
    // The reporter answers; the request is closed.
    let answer = json!({"report": {"stage": "intermediate_report", "status_update": "Entry through an unpatched VPN appliance.", "incident_status": "ongoing"}});
    assert_eq!(
        b.api(
            "POST",
            &format!("/api/v1/incidents/{case}/reports"),
            &w.lu_key,
            Some(answer)
        )
        .await
        .0,
        201
    );
    let (_, seen) = b
        .api("GET", &format!("/api/v1/incidents/{case}"), &w.lu_key, None)
        .await;
    assert!(!seen["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["stage"] == "intermediate_report"));
    // The reporter writes back through the API; staff see it.
    assert_eq!(
        b.api(
            "POST",
            &format!("/api/v1/incidents/{case}/messages"),
            &w.lu_key,
            Some(json!({"message": "Thanks, done."}))
        )
        .await
        .0,
        201
    );
    assert!(b
        .get(&format!("/authority/cases/{case}"))
        .await
        .body
        .contains("Thanks, done."));

    // Review, assignment, public awareness.
    let (_, seen) = b
        .api("GET", &format!("/api/v1/incidents/{case}"), &w.lu_key, None)
        .await;
    let first = seen["reports"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        act(
            b,
            &case,
            "review",
            &[("submission_id", &first), ("status", "revision_requested")]
        )
        .await,
        422,
        "a revision request needs a comment"
    );
    assert_eq!(
        act(
            b,
            &case,
            "review",
            &[("submission_id", &first), ("status", "accepted")]
        )
        .await,
        303
    );
    let (_, seen) = b
        .api("GET", &format!("/api/v1/incidents/{case}"), &w.lu_key, None)
        .await;
    assert_eq!(seen["reports"][0]["review_status"], "accepted");
    assert_eq!(
        act(b, &case, "assign", &[("user_id", &me.to_string())]).await,
        303
    );
    let mine = b.get("/authority/queue?assignee=me").await;
    assert!(mine.body.contains(&case) && !mine.body.contains(&w.cross_case));
    assert_eq!(
        act(
            b,
            &case,
            "public-awareness",
            &[
                ("decision", "not_needed"),
                ("message", "Consulted the entity.")
            ]
        )
        .await,
        303
    );

    // Close: the reporter can no longer file; reopen restores the state.
    assert_eq!(
        act(b, &case, "close", &[("reason", "x")]).await,
        422,
        "a reason of 3+ characters"
    );
    assert_eq!(
        act(
            b,
            &case,
            "close",
            &[("reason", "Handled; no further reports needed.")]
        )
        .await,
        303
    );
    let (s, _) = b
        .api(
            "POST",
            &format!("/api/v1/incidents/{case}/reports"),
            &w.lu_key,
            Some(notification()),
        )
        .await;
    assert_eq!(s, 409);
    assert_eq!(
        act(b, &case, "reopen", &[("reason", "New information")]).await,
        303
    );
    let (_, seen) = b
        .api("GET", &format!("/api/v1/incidents/{case}"), &w.lu_key, None)
        .await;
    assert_eq!(seen["state"], "early_warning_submitted");

    // Mail: the reporter was told about feedback, the request, closing and reopening.
    let mut c = Backend::from_url(&db).unwrap().connect().unwrap();
    let updates: i64 = schema::outbox::table
        .filter(schema::outbox::kind.eq("reporter_update"))
        .filter(schema::outbox::case_id.eq(&case))
        .count()
        .get_result(&mut c)
        .unwrap();
    assert_eq!(updates, 4);
    // Audit: every act and view, chained.
    let actions: Vec<String> = schema::audit_log::table
        .filter(schema::audit_log::case_id.eq(&case))
        .select(schema::audit_log::action)
        .load(&mut c)
        .unwrap();
    for a in [
        "case.view",
        "case.feedback",
        "case.intermediate_request",
        "case.review",
        "case.assignment",
        "case.closed",
        "case.reopened",
        "case.public_awareness",
        "case.message_from_reporter",
    ] {
        assert!(
            actions.iter().any(|x| x == a),
            "{a} missing from {actions:?}"
        );
    }
    assert_eq!(
        intake::storage::audit::verify(&mut c)
            .unwrap()
            .map(|n| n > 10),
        Ok(true)
    );
    // Case export and the ENISA summary.
    let export = b.get(&format!("/authority/cases/{case}/export.json")).await;
    let export: Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(export["case"]["id"], case.as_str());
    let quarter = {
        use chrono::Datelike;
        let t = chrono::Utc::now();
        format!("{}-Q{}", t.year(), (t.month() - 1) / 3 + 1)
    };
    let enisa = b
        .get(&format!(
            "/authority/exports/enisa?quarter={quarter}&format=json"
        ))
        .await;
    let enisa: Value = serde_json::from_str(&enisa.body).unwrap();
    assert_eq!(
        enisa["cases"],
        Value::Null,
        "2 cases is below the suppression threshold"
    );
    assert_eq!(enisa["breakdown"]["sector"][0]["value"], "energy");
}

async fn reporters_see_feedback_and_answer_on_their_follow_up_page(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let db = b.database_url.clone();
    let follow_up = file_early_warning(&mut b).await;
    let follow_up = follow_up.split('?').next().unwrap().to_string();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "ana@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(login(&mut b, "ana@ilr.example", PASSWORD).await, 303);
    let q = b.get("/authority/queue").await;
    let at = q.body.find("/authority/cases/").unwrap() + 17;
    let case = q.body[at..at + 36].to_string();
    assert_eq!(
        act(
            &mut b,
            &case,
            "message",
            &[("message", "Please call our duty officer.")]
        )
        .await,
        303
    );
    let page = b.get(&follow_up).await;
    assert!(page.body.contains("Please call our duty officer."));
    let csrf = page.csrf();
    let p = b
        .post(
            &format!("{follow_up}/message"),
            &[("csrf", &csrf), ("message", "Called at 10:00.")],
        )
        .await;
    assert_eq!(p.status, 303);
    assert!(b
        .get(&format!("/authority/cases/{case}"))
        .await
        .body
        .contains("Called at 10:00."));
}

async fn sign_in_locks_out_and_requires_totp_where_the_authority_says(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let db = b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "eva@ilr.example",
        StaffRole::Admin,
        false,
    );
    for _ in 0..4 {
        assert_eq!(
            login(&mut b, "eva@ilr.example", "wrong password!!").await,
            401
        );
    }
    assert_eq!(
        login(&mut b, "nobody@ilr.example", "wrong password!!").await,
        401,
        "unknown email looks the same"
    );
    assert_eq!(
        login(&mut b, "eva@ilr.example", "wrong password!!").await,
        401
    );
    assert_eq!(
        login(&mut b, "eva@ilr.example", PASSWORD).await,
        429,
        "locked after 5 failures"
    );

    // LU-CSIRT requires TOTP: a user without one must enrol before anything else.
    add_user(
        &db,
        "LU-CSIRT",
        "new@csirt.example",
        StaffRole::Reviewer,
        false,
    );
    b.forget_cookie();
    assert_eq!(login(&mut b, "new@csirt.example", PASSWORD).await, 303);
    let q = b.get("/authority/queue").await;
    assert_eq!(q.location.as_deref(), Some("/authority/account/totp"));
    let enrol = b.get("/authority/account/totp").await;
    assert!(
        enrol.body.contains("<svg"),
        "QR code rendered on the server"
    );
    let at = enrol.body.find("id=\"totp-secret\">").unwrap() + 17;
    let secret = enrol.body[at..].split('<').next().unwrap().to_string();
    let code = totp::code_at(
        &totp::from_base32(&secret).unwrap(),
        (chrono::Utc::now().timestamp() / 30) as u64,
    );
    let done = b
        .post(
            "/authority/account/totp",
            &[("csrf", &enrol.csrf()), ("code", &code)],
        )
        .await;
    assert_eq!(done.status, 200);
    assert!(done.body.contains("recovery-codes"));
    assert_eq!(b.get("/authority/queue").await.status, 200);

    // An enrolled user needs the code; a recovery code works once.
    add_user(
        &db,
        "LU-CSIRT",
        "two@csirt.example",
        StaffRole::Reviewer,
        true,
    );
    b.forget_cookie();
    assert_eq!(login(&mut b, "two@csirt.example", PASSWORD).await, 303);
    b.forget_cookie();
    let csrf = b.get("/authority/login").await.csrf();
    let p = b
        .post(
            "/authority/login",
            &[
                ("csrf", &csrf),
                ("email", "two@csirt.example"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert!(p.location.unwrap().starts_with("/authority/login/totp"));
    assert_eq!(
        b.get("/authority/queue").await.status,
        303,
        "no access between password and code"
    );
    let csrf = b.get("/authority/login/totp").await.csrf();
    assert_eq!(
        b.post(
            "/authority/login/totp",
            &[("csrf", &csrf), ("code", "000000")]
        )
        .await
        .status,
        401
    );
    assert_eq!(
        b.post(
            "/authority/login/totp",
            &[("csrf", &csrf), ("code", "recovery001")]
        )
        .await
        .status,
        303
    );
    let mut c = Backend::from_url(&db).unwrap().connect().unwrap();
    let u = staff::find_user_by_email(&mut c, "two@csirt.example")
        .unwrap()
        .unwrap();
    assert!(u.recovery_codes.is_empty(), "the recovery code is used up");
    // A session idle for longer than 30 minutes is over.
    diesel::update(schema::staff_sessions::table)
        .set(
            schema::staff_sessions::last_seen_at
                .eq((chrono::Utc::now() - chrono::Duration::minutes(31)).naive_utc()),
        )
        .execute(&mut c)
        .unwrap();
    let idle = b.get("/authority/queue").await;
    assert_eq!(idle.status, 303);
    assert!(idle.location.unwrap().starts_with("/authority/login"));
    assert_eq!(login(&mut b, "two@csirt.example", PASSWORD).await, 303);
    // Signing out ends the session.
    let csrf = b.get("/authority/queue").await.csrf();
    assert_eq!(
        b.post("/authority/logout", &[("csrf", &csrf)]).await.status,
        303
    );
    assert_eq!(b.get("/authority/queue").await.status, 303);
}

async fn admins_manage_their_users(kind: Kind) {
    let mut b = Browser::start(kind, 1000).await;
    let db = b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "eva@ilr.example",
        StaffRole::Admin,
        false,
    );
    let other = add_user(&db, "DE-BSI", "de@bsi.example", StaffRole::Reviewer, false);
    assert_eq!(login(&mut b, "eva@ilr.example", PASSWORD).await, 303);
    let page = b.get("/authority/users").await;
    assert!(
        !page.body.contains("de@bsi.example"),
        "other authorities' users are invisible"
    );
    let added = b
        .post(
            "/authority/users",
            &[
                ("csrf", &page.csrf()),
                ("email", "rik@ilr.example"),
                ("role", "reviewer"),
            ],
        )
        .await;
    assert_eq!(added.status, 200);
    let at = added.body.find("the password ").unwrap() + 13;
    let secret = added.body[at..].split(' ').next().unwrap().to_string();
    let page = b.get("/authority/users").await;
    assert_eq!(
        b.post(
            &format!("/authority/users/{other}"),
            &[("csrf", &page.csrf()), ("role", "admin")]
        )
        .await
        .status,
        404
    );
    b.forget_cookie();
    assert_eq!(login(&mut b, "rik@ilr.example", &secret).await, 303);
}

async fn audit_verify_finds_a_tampered_row(kind: Kind) {
    let mut w = world(kind).await;
    let db = w.b.database_url.clone();
    add_user(
        &db,
        "LU-ILR-ENERGY",
        "ana@ilr.example",
        StaffRole::Reviewer,
        false,
    );
    assert_eq!(login(&mut w.b, "ana@ilr.example", PASSWORD).await, 303);
    for _ in 0..3 {
        w.b.get(&format!("/authority/cases/{}", w.lu_case)).await;
    }
    let verify = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_intake"))
            .args(["audit", "verify"])
            .env("INTAKE_DATABASE_URL", &db)
            .output()
            .unwrap()
    };
    let ok = verify();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("intact"));
    let mut c = Backend::from_url(&db).unwrap().connect().unwrap();
    diesel::update(schema::audit_log::table.filter(schema::audit_log::seq.eq(3)))
        .set(schema::audit_log::actor.eq("someone else"))
        .execute(&mut c)
        .unwrap();
    let broken = verify();
    assert!(!broken.status.success());
    let err = String::from_utf8_lossy(&broken.stderr);
    assert!(err.contains("entry 3"), "{err}");
    // Deleting a row is found too.
    diesel::delete(schema::audit_log::table.filter(schema::audit_log::seq.eq(3)))
        .execute(&mut c)
        .unwrap();
    let err = String::from_utf8_lossy(&verify().stderr).to_string();
    assert!(err.contains("entry 3 is missing"), "{err}");
}

/// Sign-in attempts are limited per address before any account is even looked at.
async fn sign_in_is_rate_limited_per_address(kind: Kind) {
    let mut b = Browser::start(kind, 3).await; // the sign-in limit follows the form limit
    add_user(
        &b.database_url.clone(),
        "LU-ILR-ENERGY",
        "eva@ilr.example",
        StaffRole::Admin,
        false,
    );
    for _ in 0..3 {
        assert_eq!(
            login(&mut b, "nobody@ilr.example", "wrong password!!").await,
            401
        );
    }
    assert_eq!(
        login(&mut b, "eva@ilr.example", PASSWORD).await,
        429,
        "even the right password waits"
    );
}

crate::on_both_kinds!(
    sign_in_is_rate_limited_per_address,
    each_authority_sees_exactly_its_own_cases,
    actions_change_the_case_reach_the_reporter_and_are_audited,
    reporters_see_feedback_and_answer_on_their_follow_up_page,
    sign_in_locks_out_and_requires_totp_where_the_authority_says,
    admins_manage_their_users,
    audit_verify_finds_a_tampered_row,
);
