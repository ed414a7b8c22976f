//! `/authority/queue`: the cases routed to the signed-in user's authority, most urgent first,
//! with filters kept in the URL, counts, pagination and CSV/JSON exports of the same view.

use super::{frame, Frame, Staff};
use crate::app::AppError;
use crate::domain::codes::{ReviewStatus, Severity};
use crate::domain::lifecycle::{CaseState, Stage};
use crate::domain::member_state::MemberState;
use crate::domain::sector::{self, Classification};
use crate::domain::validation::now;
use crate::notify::catalog::text;
use crate::storage::queue::{self, Assignee, Filter, Row, Sort};
use crate::storage::staff;
use crate::web::forms::fields::words;
use crate::web::pages::{page, PageError};
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
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
        let bad = |what: &str, v: &str| AppError::BadRequest(format!("unknown {what} {v:?}"));
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
    pub reference: String,
    pub title: String,
    pub entity: String,
    pub member_state: String,
    pub sector: String,
    pub entity_type: String,
    pub state: String,
    pub severity: Option<String>,
    pub next_due_stage: Option<String>,
    pub next_due_at: Option<DateTime<Utc>>,
    pub overdue: bool,
    pub received_at: DateTime<Utc>,
    /// Copied for information (cross-border), not for handling.
    pub informed: bool,
    pub assignee: Option<String>,
    pub feedback_owed: bool,
}

pub fn item(r: &Row, users: &[staff::StaffUser], at: DateTime<Utc>) -> QueueItem {
    QueueItem {
        id: r.case_id,
        reference: r.reference.clone(),
        title: r.title.clone(),
        entity: r.entity_name.clone(),
        member_state: r.member_state.clone(),
        sector: r.sector.clone(),
        entity_type: r.entity_type.clone(),
        state: r.state.as_str().into(),
        severity: r.severity.map(|s| s.as_str().into()),
        next_due_stage: r.next_due_stage.map(|s| s.as_str().into()),
        next_due_at: r.next_due_at,
        overdue: r.next_due_at.is_some_and(|d| d < at),
        received_at: r.created_at,
        informed: r.informed,
        assignee: r
            .assignee_id
            .and_then(|a| users.iter().find(|u| u.id == a))
            .map(|u| u.email.clone()),
        feedback_owed: r.feedback_at.is_none() && !r.informed && !r.state.is_terminal(),
    }
}

struct Line {
    item: QueueItem,
    due: String,
    state: String,
}

struct Count {
    label: &'static str,
    href: String,
    count: i64,
    active: bool,
}

#[derive(Template)]
#[template(path = "authority/queue.html")]
struct QueuePage {
    frame: Frame,
    lines: Vec<Line>,
    total: i64,
    counts: Vec<Count>,
    query: QueueQuery,
    /// Some filter besides sorting and paging is set: the filter panel starts open.
    filtering: bool,
    page: i64,
    pages: i64,
    prev: Option<String>,
    next: Option<String>,
    export: String,
    states: Vec<(String, String)>,
    stages: Vec<(String, String)>,
    member_states: Vec<String>,
    sectors: Vec<(String, String)>,
    severities: Vec<(String, String)>,
    reviews: Vec<(String, String)>,
    users: Vec<(String, String)>,
}

fn options<T: Copy + std::fmt::Display>(all: &[T]) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (v.to_string(), words(&v.to_string())))
        .collect()
}

pub fn due_text(item: &QueueItem, at: DateTime<Utc>) -> String {
    match (item.next_due_stage.as_deref(), item.next_due_at) {
        (Some(stage), Some(due)) => {
            let minutes = (due - at).num_minutes();
            let span = |m: i64| {
                if m.abs() >= 1440 {
                    format!("{} d", m.abs() / 1440)
                } else {
                    format!("{} h {} min", m.abs() / 60, m.abs() % 60)
                }
            };
            let when = if minutes >= 0 {
                format!("in {}", span(minutes))
            } else {
                format!("overdue by {}", span(minutes))
            };
            format!("{}: {when}", words(&text("stage", stage)))
        }
        _ => "–".into(),
    }
}

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
    let at = now();
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
    let total = counts.total;
    let quick = |i: i64, label: &'static str, key: &str, active: bool| Count {
        label,
        href: format!(
            "/authority/queue?{}",
            q.with(&[(key, if active { "" } else { "1" }), ("page", "")])
        ),
        count: i,
        active,
    };
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let (frame, cookie) = frame(&req, &state, &staff, "Review queue");
    let lines = rows
        .iter()
        .map(|r| {
            let item = item(r, &users, at);
            Line {
                due: due_text(&item, at),
                state: words(&item.state),
                item,
            }
        })
        .collect();
    let t = QueuePage {
        frame,
        lines,
        total,
        counts: vec![
            quick(counts.overdue, "Overdue", "overdue", filter.overdue),
            quick(counts.due_24h, "Due within 24 h", "due_24h", filter.due_24h),
            quick(
                counts.feedback_owed,
                "Feedback owed",
                "feedback_owed",
                filter.feedback_owed,
            ),
        ],
        prev: (page_no > 1).then(|| {
            format!(
                "/authority/queue?{}",
                q.with(&[("page", &(page_no - 1).to_string())])
            )
        }),
        next: (page_no < pages).then(|| {
            format!(
                "/authority/queue?{}",
                q.with(&[("page", &(page_no + 1).to_string())])
            )
        }),
        export: q.with(&[("page", "")]),
        filtering: !q.with(&[("page", ""), ("sort", "")]).is_empty(),
        page: page_no,
        pages,
        states: options(CaseState::ALL),
        stages: options(Stage::ALL),
        member_states: MemberState::ALL
            .iter()
            .filter(|m| !m.is_eea_efta())
            .map(|m| m.as_str().to_string())
            .collect(),
        sectors: sector::sectors()
            .into_iter()
            .map(|s| (s.to_string(), words(s)))
            .collect(),
        severities: options(Severity::ALL),
        reviews: options(ReviewStatus::ALL),
        users: users
            .iter()
            .map(|u| (u.id.to_string(), u.email.clone()))
            .collect(),
        query: q,
    };
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
    let (authority, at) = (authority.clone(), now());
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
