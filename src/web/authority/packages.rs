//! Share packages in the staff workspace (spec v0.2 §6; NIS2 Art. 23(6)): the form and the
//! list of sent packages on the case page (`authority/case_packages.html`), the form posts
//! that share and revoke, and the recipient's pages: its received packages and one package,
//! read-only, without the case, its notes, audit trail or staff names.

use super::case::{case_id, load, render as render_case, Loaded, Outcome};
use super::speak::{tr_of, words};
use super::{frame, Frame, Staff};
use crate::app::packages;
use crate::app::AppError;
use crate::domain::audit::AuditAction;
use crate::domain::codes::Tlp;
use crate::domain::package::{Package, PackageField, PackageInput};
use crate::domain::routing::RoutingTable;
use crate::web::forms::csrf::Posted;
use crate::web::forms::display::show_value_in;
use crate::web::pages::{page, see_other, PageError};
use crate::web::AppState;
use crate::words::Tr;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use askama::Template;
use chrono_tz::Tz;
use uuid::Uuid;

/// The `?done=` words of the two posts, shown as a notice on the case page.
pub const DONE: [&str; 3] = ["share-package", "revoke-package", "delay-dissemination"];

/// One package on the sender's case page.
pub struct SentRow {
    pub id: String,
    pub recipients: String,
    pub fields: String,
    pub tlp: String,
    pub created: String,
    pub by: String,
    pub revoked: String,
    /// How often the recipients read it, in words.
    pub views: String,
    /// The revoke button's name for screen readers.
    pub revoke_label: String,
}

/// The case page's share section: the form's choices and the packages already sent.
pub struct ShareSection {
    pub can_share: bool,
    pub recipients: Vec<(String, String)>,
    /// Recipients the law names for this case (NIS2 Art. 35, CRA Art. 14(7)), offered first.
    pub proposed: Vec<(String, String)>,
    /// The case has a CRA thread this authority coordinates: it may delay dissemination.
    pub offers_delay: bool,
    /// Delays recorded so far, in words.
    pub delays: Vec<String>,
    pub fields: Vec<(String, String)>,
    pub tlps: Vec<(String, String)>,
    pub sent: Vec<SentRow>,
}

fn tlp_label(t: Tlp) -> String {
    format!("TLP:{}", t.as_str().replace('_', "+").to_uppercase())
}

/// What the case page shows about packages for staff of `staff`'s authority.
pub fn section(tr: &Tr, routing: &RoutingTable, staff: &Staff, l: &Loaded, tz: Tz) -> ShareSection {
    let views = |p: &Package| {
        let id = p.id.to_string();
        l.package_reads.iter().filter(|d| d.contains(&id)).count()
    };
    let lang = tr.lang;
    let when = |t| crate::words::local_in(lang, t, tz);
    let proposed = super::dissemination::proposed(tr, routing, staff, l);
    ShareSection {
        can_share: staff.user.role.can_act(),
        recipients: (routing.authorities.iter())
            // Authorities routed for this viewer's threads see what it sees already.
            .filter(|a| !l.routed.iter().any(|r| r.authority_code == a.code))
            .filter(|a| !proposed.iter().any(|(c, _)| c == a.code.as_str()))
            .map(|a| {
                (
                    a.code.to_string(),
                    format!("{} ({}, {})", a.name, a.code, words(lang, a.role.as_str())),
                )
            })
            .collect(),
        offers_delay: super::dissemination::offers_delay(l),
        delays: super::dissemination::delays(tr, l, tz),
        proposed,
        fields: (PackageField::ALL.iter())
            .map(|f| {
                (
                    f.as_str().to_string(),
                    crate::words::text_in(lang, "label", f.as_str()),
                )
            })
            .collect(),
        tlps: Tlp::ALL
            .iter()
            .map(|t| (t.as_str().to_string(), tlp_label(*t)))
            .collect(),
        sent: (l.packages.iter())
            .map(|p| SentRow {
                id: p.id.to_string(),
                recipients: recipients(p),
                revoke_label: revoke_label(tr, p, &when(p.created_at)),
                fields: p
                    .fields
                    .iter()
                    .map(|f| f.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                tlp: tlp_label(p.tlp),
                created: when(p.created_at),
                by: crate::domain::audit::Actor::parse(&p.created_by)
                    .map(|a| a.display_name())
                    .unwrap_or_default(),
                revoked: p.revoked_at.map(when).unwrap_or_default(),
                views: tr.n("staff-share-views", views(p)),
            })
            .collect(),
    }
}

fn recipients(p: &Package) -> String {
    let all: Vec<&str> = p.recipients.iter().map(|r| r.as_str()).collect();
    all.join(", ")
}

fn revoke_label(tr: &Tr, p: &Package, created: &str) -> String {
    let to = recipients(p);
    tr.t2("staff-share-revoke-label", ("at", created), ("to", &to))
}

/// `POST /authority/cases/{id}/packages`: shares a package, then the case page again.
pub async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    Posted(form): Posted,
    staff: Staff,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = case_id(&path)?;
    let input = PackageInput {
        recipients: form
            .all("recipients")
            .into_iter()
            .map(str::to_string)
            .collect(),
        fields: form.all("fields").into_iter().map(str::to_string).collect(),
        tlp: form.get("tlp").map(str::to_string),
        note: form.get("note").map(str::to_string),
        redact_identity: Some(form.get("share_identity") != Some("yes")),
    };
    let (routing, o, now) = (state.routing.clone(), staff.officer(), state.clock.now());
    let key = state.audit_key.clone();
    let done = state
        .db
        .write(move |c| packages::create(c, &key, &routing, &o, id, &input, now))
        .await;
    match done {
        Ok(_) => {
            state.wake.notify_one();
            Ok(see_other(format!(
                "/authority/cases/{id}?done=share-package#packages"
            )))
        }
        Err(e @ (AppError::Validation(_) | AppError::Forbidden(_))) => {
            let l = load(
                &state,
                staff.actor(),
                staff.user.authority_code.clone(),
                id,
                AuditAction::CaseView,
            )
            .await?;
            let tr = tr_of(&req, &staff);
            let message = super::speak::refusal(&tr, &e);
            let note = form.get("note").unwrap_or_default().to_string();
            render_case(
                &req,
                &state,
                &staff,
                &l,
                e.status_code(),
                Outcome {
                    notice: None,
                    error: Some(tr.t1("staff-share-refused", "reason", &message)),
                    kept: ("share-package", &note),
                },
            )
        }
        Err(e) => Err(PageError(e)),
    }
}

/// `POST /authority/packages/{id}/revoke`: the sender withdraws a package.
pub async fn revoke(
    state: web::Data<AppState>,
    Posted(_form): Posted,
    staff: Staff,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = case_id(&path)?;
    let (o, now) = (staff.officer(), state.clock.now());
    let key = state.audit_key.clone();
    let p = state
        .db
        .write(move |c| packages::revoke(c, &key, &o, id, now))
        .await?;
    Ok(see_other(format!(
        "/authority/cases/{}?done=revoke-package#packages",
        p.case_id
    )))
}

#[derive(Template)]
#[template(path = "authority/packages.html")]
struct Received {
    frame: Frame,
    /// Each package as (id, from, TLP, when, link text).
    items: Vec<(String, String, String, String, String)>,
}

/// `GET /authority/packages`: the packages shared with the staff member's authority.
pub async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let a = staff.user.authority_code.clone();
    let list = state.db.read(move |c| packages::received(c, &a)).await?;
    let tz = timezone(&state, &staff);
    let tr = tr_of(&req, &staff);
    let items = list
        .iter()
        .map(|p| {
            let v = crate::web::api::packages::view(&state.routing, p);
            let from = format!("{} ({})", v.from.name, v.from.code);
            let at = crate::words::local_in(tr.lang, p.created_at, tz);
            let open = tr.t2("staff-packages-open", ("from", &from), ("at", &at));
            (p.id.to_string(), from, tlp_label(p.tlp), at, open)
        })
        .collect();
    let title = tr.t("staff-nav-packages");
    let (frame, cookie) = frame(&req, &state, &staff, &title);
    page(StatusCode::OK, &Received { frame, items }, cookie)
}

#[derive(Template)]
#[template(path = "authority/package.html")]
struct One {
    frame: Frame,
    from: String,
    tlp: String,
    created: String,
    note: String,
    redacted: bool,
    rows: Vec<(String, String)>,
}

/// `GET /authority/packages/{id}`: one package, read-only (the read is audited).
pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let id = Uuid::parse_str(&path).map_err(|_| PageError(AppError::NotFound))?;
    let (actor, a, now) = (
        staff.actor(),
        staff.user.authority_code.clone(),
        state.clock.now(),
    );
    let key = state.audit_key.clone();
    let p = state
        .db
        .write(move |c| packages::view(c, &key, &actor, &a, id, now))
        .await?;
    let tz = timezone(&state, &staff);
    let v = crate::web::api::packages::view(&state.routing, &p);
    let tr = tr_of(&req, &staff);
    let rows = p
        .fields
        .iter()
        .map(|f| {
            let value = p
                .content
                .get(f.as_str())
                .map(|x| show_value_in(tr.lang, f.as_str(), x, tz));
            (
                crate::words::text_in(tr.lang, "label", f.as_str()),
                value
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| tr.t("staff-not-provided")),
            )
        })
        .collect();
    let title = tr.t("staff-package-title");
    let (frame, cookie) = frame(&req, &state, &staff, &title);
    let t = One {
        frame,
        from: format!("{} ({})", v.from.name, v.from.code),
        tlp: tlp_label(p.tlp),
        created: crate::words::local_in(tr.lang, p.created_at, tz),
        note: p.note.clone(),
        redacted: p.redact_identity,
        rows,
    };
    page(StatusCode::OK, &t, cookie)
}

/// The staff member's own authority's time zone, for times on these pages.
fn timezone(state: &AppState, staff: &Staff) -> Tz {
    state
        .routing
        .authority(&staff.user.authority_code)
        .map(|a| a.timezone)
        .unwrap_or(chrono_tz::UTC)
}
