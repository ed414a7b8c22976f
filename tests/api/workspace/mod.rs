//! The authority workspace over HTTP: sign-in (password, lockout, TOTP), the authorization
//! matrix across two authorities, every action's effect on the case, the reporter, the mail
//! and the audit log, exports, and the authority API. On both database backends.

mod access;
mod actions;
mod admin;
mod forced_change;
mod hardening;
mod language;
pub mod passwords;
mod second_factor;
mod sign_in;
mod sign_in_gaps;

use crate::helpers::{add_entity, early_warning, with, Kind};
use crate::pages::Browser;
use intake::auth::{password, totp};
use intake::domain::staff::StaffRole;
use intake::storage::{staff, Backend};
use serde_json::json;
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
        intake::words::Lang::En,
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
/// affecting DE (routed to LU and the LU SPOC only, spec v0.2 §5), a DE case.
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
