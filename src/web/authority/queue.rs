//! `/authority/queue`: the cases routed to the signed-in user's authority, most urgent first,
//! with filters kept in the URL, counts, pagination and CSV/JSON exports of the same view.

use super::{frame, queue_view, Staff};
use crate::app::AppError;
use crate::domain::codes::{Regime, ReviewStatus, Severity};
use crate::domain::lifecycle::{CaseState, Stage};
use crate::domain::member_state::MemberState;
use crate::domain::msg::Msg;
use crate::domain::names::{CaseReference, EntityType, Sector};
use crate::domain::sector::{self, Classification};
use crate::storage::queue::{self, Assignee, Filter, Row, Sort};
use crate::storage::staff;
use crate::web::pages::{page, PageError};
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub const PAGE_SIZE: i64 = 50;

/// How long the queue's counts may be reused. Counting means reading every one of an
/// authority's cases (tens of milliseconds at 100,000); the rows themselves are always live,
/// and an action by this instance's staff clears its authority's counts at once.
pub const COUNTS_TTL: std::time::Duration = std::time::Duration::from_secs(10);

/// Recently computed queue counts, per authority and filter.
#[derive(Default)]
pub struct CountCache(
    std::sync::Mutex<
        std::collections::HashMap<(String, String), (std::time::Instant, queue::Counts)>,
    >,
);

impl CountCache {
    fn get(&self, authority: &str, filter: &str) -> Option<queue::Counts> {
        let map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.get(&(authority.to_string(), filter.to_string()))
            .filter(|(at, _)| at.elapsed() < COUNTS_TTL)
            .map(|(_, c)| *c)
    }

    fn put(&self, authority: &str, filter: &str, counts: queue::Counts) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() > 10_000 {
            map.retain(|_, (at, _)| at.elapsed() < COUNTS_TTL);
        }
        map.insert(
            (authority.to_string(), filter.to_string()),
            (std::time::Instant::now(), counts),
        );
    }

    /// Forgets an authority's counts (after one of its staff changed a case).
    pub fn clear(&self, authority: &str) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|(a, _), _| a != authority);
    }
}

/// The queue's filters as the URL carries them.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[serde(default)]
pub struct QueueQuery {
    /// Case state, e.g. `notified`.
    pub state: Option<String>,
    /// The stage whose deadline is next, e.g. `incident_notification`.
    pub awaited: Option<String>,
    /// `1`: only cases with an overdue stage.
    pub overdue: Option<String>,
    /// `1`: only cases with a stage due within 24 hours.
    pub due_24h: Option<String>,
    /// `1`: only cases still owed initial feedback by your authority.
    pub feedback_owed: Option<String>,
    pub member_state: Option<String>,
    pub sector: Option<String>,
    pub entity_type: Option<String>,
    pub severity: Option<String>,
    /// `yes`: significance criteria were given; `no`: none.
    pub significance: Option<String>,
    /// Some submission has this review status.
    pub review_status: Option<String>,
    /// `me`, `none` or a user id.
    pub assignee: Option<String>,
    /// Only cases routed to you for this regime's thread: `nis2`, `dora`, `gdpr`,
    /// `cra_vulnerability` or `cra_incident`.
    pub regime: Option<String>,
    /// Free text over reference, title and entity name.
    pub q: Option<String>,
    /// `urgent` (default), `newest`, `oldest`, `reference`.
    pub sort: Option<String>,
    /// 1-based page.
    pub page: Option<String>,
}

fn set(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl QueueQuery {
    /// The typed filter; a value that names nothing is a 400, not silently ignored.
    pub fn filter(&self, me: Option<Uuid>) -> Result<Filter, AppError> {
        let bad = |what: &str, v: &str| {
            AppError::BadRequest(Msg::t2("api-queue-unknown", ("what", what), ("value", v)))
        };
        let on = |v: &Option<String>| matches!(set(v), Some("1" | "true" | "yes" | "on"));
        Ok(Filter {
            state: set(&self.state)
                .map(|v| CaseState::from_code(v).ok_or_else(|| bad("state", v)))
                .transpose()?,
            awaited: set(&self.awaited)
                .map(|v| Stage::from_code(v).ok_or_else(|| bad("stage", v)))
                .transpose()?,
            overdue: on(&self.overdue),
            due_24h: on(&self.due_24h),
            feedback_owed: on(&self.feedback_owed),
            member_state: set(&self.member_state)
                .map(|v| MemberState::parse(v).map_err(|_| bad("member state", v)))
                .transpose()?,
            sector: set(&self.sector)
                .map(|v| {
                    sector::sectors()
                        .into_iter()
                        .find(|s| *s == v)
                        .ok_or_else(|| bad("sector", v))
                })
                .transpose()?,
            entity_type: set(&self.entity_type)
                .map(|v| Classification::parse_type_only(v).ok_or_else(|| bad("entity type", v)))
                .transpose()?,
            severity: set(&self.severity)
                .map(|v| Severity::from_code(v).ok_or_else(|| bad("severity", v)))
                .transpose()?,
            significant: match set(&self.significance) {
                None => None,
                Some("yes") => Some(true),
                Some("no") => Some(false),
                Some(v) => return Err(bad("significance", v)),
            },
            review_status: set(&self.review_status)
                .map(|v| ReviewStatus::from_code(v).ok_or_else(|| bad("review status", v)))
                .transpose()?,
            assignee: match set(&self.assignee) {
                None => None,
                Some("none") => Some(Assignee::Nobody),
                Some("me") => me.map(Assignee::User),
                Some(v) => Some(Assignee::User(
                    Uuid::parse_str(v).map_err(|_| bad("assignee", v))?,
                )),
            },
            regime: set(&self.regime)
                .map(|v| Regime::from_code(v).ok_or_else(|| bad("regime", v)))
                .transpose()?,
            text: set(&self.q).map(|t| t.chars().take(200).collect()),
            sort: match set(&self.sort) {
                None | Some("urgent") => Sort::Urgent,
                Some("newest") => Sort::Newest,
                Some("oldest") => Sort::Oldest,
                Some("reference") => Sort::Reference,
                Some(v) => return Err(bad("sort", v)),
            },
        })
    }

    pub fn page(&self) -> i64 {
        set(&self.page)
            .and_then(|p| p.parse().ok())
            .filter(|p| *p >= 1 && *p <= 100_000)
            .unwrap_or(1)
    }

    /// The query string of this view with some keys replaced (for links that keep filters).
    pub fn with(&self, changes: &[(&str, &str)]) -> String {
        let mut pairs: Vec<(String, String)> = serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|(k, v)| {
                v.as_str()
                    .filter(|s| !s.is_empty())
                    .map(|s| (k, s.to_string()))
            })
            .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
            .collect();
        pairs.extend(
            changes
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| (k.to_string(), v.to_string())),
        );
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    }
}

/// One queue line as staff read it; also the JSON/CSV export record.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QueueItem {
    pub id: Uuid,
    pub reference: CaseReference,
    pub title: String,
    pub entity: String,
    pub member_state: MemberState,
    pub sector: Sector,
    pub entity_type: EntityType,
    pub state: CaseState,
    pub severity: Option<Severity>,
    pub next_due_stage: Option<Stage>,
    pub next_due_at: Option<DateTime<Utc>>,
    pub overdue: bool,
    pub received_at: DateTime<Utc>,
    /// Copied for information (cross-border), not for handling.
    pub informed: bool,
    pub assignee: Option<String>,
    pub feedback_owed: bool,
    /// The thread that brought the case to your authority (spec §7).
    pub regime: Regime,
}

pub fn item(r: &Row, users: &[staff::StaffUser], at: DateTime<Utc>) -> QueueItem {
    use crate::domain::regimes::{stages, visible::fact_visible};
    // The case's most urgent stage, when it is one of this recipient's thread.
    let next_due =
        (r.next_due_stage.zip(r.next_due_at)).filter(|(s, _)| stages(r.regime).contains(s));
    QueueItem {
        id: r.case_id,
        reference: r.reference.clone(),
        title: r.title.clone(),
        entity: r.entity_name.clone(),
        member_state: r.member_state,
        sector: r.sector,
        entity_type: r.entity_type,
        state: r.state,
        // Another thread's sections are not this recipient's (spec §7).
        severity: r.severity.filter(|_| fact_visible(&[r.regime], "severity")),
        next_due_stage: next_due.map(|(s, _)| s),
        next_due_at: next_due.map(|(_, d)| d),
        overdue: next_due.is_some_and(|(_, d)| d < at),
        received_at: r.created_at,
        informed: r.informed,
        assignee: r
            .assignee_id
            .and_then(|a| users.iter().find(|u| u.id == a))
            .map(|u| u.email.clone()),
        feedback_owed: r.feedback_at.is_none()
            && !r.informed
            && r.role.handles_reports()
            && r.regime == Regime::Nis2
            && !r.state.is_terminal(),
        regime: r.regime,
    }
}

/// `/authority/queue`: the authority's queue, filtered, with the quick-filter counts (cached
/// for [`COUNTS_TTL`]); the page itself is built in [`queue_view`](super::queue_view).
pub async fn show(
    req: HttpRequest,
    state: web::Data<AppState>,
    staff: Staff,
    query: web::Query<QueueQuery>,
) -> Result<HttpResponse, PageError> {
    let q = query.into_inner();
    let filter = q.filter(Some(staff.user.id))?;
    let page_no = q.page();
    let authority = staff.user.authority_code.clone();
    let at = state.clock.now();
    let f = filter.clone();
    let count_key = q.with(&[("page", ""), ("sort", "")]);
    let cached = state
        .queue_counts
        .get(&staff.user.authority_code, &count_key);
    let (rows, counts, users) = state
        .db
        .read(move |c| {
            let rows = queue::page(c, &authority, &f, at, PAGE_SIZE, (page_no - 1) * PAGE_SIZE)?;
            let counts = match cached {
                Some(counts) => counts,
                None => queue::counts(c, &authority, &f, at)?,
            };
            let users = staff::users_of(c, &authority)?;
            Ok((rows, counts, users))
        })
        .await?;
    state
        .queue_counts
        .put(&staff.user.authority_code, &count_key, counts);
    let title = super::speak::tr_of(&req, &staff).t("staff-queue-title");
    let (frame, cookie) = frame(&req, &state, &staff, &title);
    let listed = queue_view::Listed {
        rows: &rows,
        counts,
        users: &users,
        at,
        page_no,
    };
    let t = queue_view::queue_page(frame, q, &filter, listed);
    page(StatusCode::OK, &t, cookie)
}

/// A page of the queue for the authority API: items, total, page and page count.
pub async fn fetch(
    state: &AppState,
    authority: &crate::domain::names::AuthorityCode,
    q: &QueueQuery,
    me: Option<Uuid>,
) -> Result<(Vec<QueueItem>, i64, i64, i64), AppError> {
    let filter = q.filter(me)?;
    let page_no = q.page();
    let (authority, at) = (authority.clone(), state.clock.now());
    let (items, total) = state
        .db
        .read(move |c| {
            let rows = queue::page(
                c,
                &authority,
                &filter,
                at,
                PAGE_SIZE,
                (page_no - 1) * PAGE_SIZE,
            )?;
            let total = queue::count(c, &authority, &filter, at)?;
            let users = staff::users_of(c, &authority)?;
            Ok((
                rows.iter().map(|r| item(r, &users, at)).collect::<Vec<_>>(),
                total,
            ))
        })
        .await?;
    Ok((
        items,
        total,
        page_no,
        ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
    ))
}
