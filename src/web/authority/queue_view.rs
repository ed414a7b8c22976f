//! The view model of the staff review queue (`authority/queue.html`): the lines, the
//! quick-filter counts, paging links and the filter panel's choices.

use super::queue::{item, QueueItem, QueueQuery, PAGE_SIZE};
use super::Frame;
use crate::domain::codes::{ReviewStatus, Severity};
use crate::domain::lifecycle::{CaseState, Stage};
use crate::domain::member_state::MemberState;
use crate::domain::sector;
use crate::storage::queue::{Counts, Filter, Row};
use crate::storage::staff::StaffUser;
use crate::web::forms::fields::words;
use crate::words::text;
use askama::Template;
use chrono::{DateTime, Utc};

pub(super) struct Line {
    item: QueueItem,
    due: String,
    state: String,
}

pub(super) struct Count {
    label: &'static str,
    href: String,
    count: i64,
    active: bool,
}

#[derive(Template)]
#[template(path = "authority/queue.html")]
pub(super) struct QueuePage {
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

/// What was read for one page of the queue.
pub(super) struct Listed<'a> {
    pub rows: &'a [Row],
    pub counts: Counts,
    pub users: &'a [StaffUser],
    pub at: DateTime<Utc>,
    pub page_no: i64,
}

fn options<T: Copy + std::fmt::Display>(all: &[T]) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (v.to_string(), words(&v.to_string())))
        .collect()
}

/// "Stage: in 3 h 10 min" or "overdue by 2 d" for the queue's next deadline.
pub fn due_text(item: &QueueItem, at: DateTime<Utc>) -> String {
    match (item.next_due_stage.map(|s| s.as_str()), item.next_due_at) {
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

/// The queue page for query `q` (already read as `filter`).
pub(super) fn queue_page(frame: Frame, q: QueueQuery, filter: &Filter, l: Listed) -> QueuePage {
    let total = l.counts.total;
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let page_no = l.page_no;
    let link = |page: i64| {
        format!(
            "/authority/queue?{}",
            q.with(&[("page", &page.to_string())])
        )
    };
    let lines = l
        .rows
        .iter()
        .map(|r| {
            let item = item(r, l.users, l.at);
            Line {
                due: due_text(&item, l.at),
                state: words(item.state.as_str()),
                item,
            }
        })
        .collect();
    QueuePage {
        frame,
        lines,
        total,
        counts: quick_counts(&q, filter, l.counts),
        prev: (page_no > 1).then(|| link(page_no - 1)),
        next: (page_no < pages).then(|| link(page_no + 1)),
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
        users: l
            .users
            .iter()
            .map(|u| (u.id.to_string(), u.email.clone()))
            .collect(),
        query: q,
    }
}

/// The quick filters with their counts; each link toggles its filter.
fn quick_counts(q: &QueueQuery, filter: &Filter, counts: Counts) -> Vec<Count> {
    let quick = |count: i64, label: &'static str, key: &str, active: bool| Count {
        label,
        href: format!(
            "/authority/queue?{}",
            q.with(&[(key, if active { "" } else { "1" }), ("page", "")])
        ),
        count,
        active,
    };
    vec![
        quick(counts.overdue, "Overdue", "overdue", filter.overdue),
        quick(counts.due_24h, "Due within 24 h", "due_24h", filter.due_24h),
        quick(
            counts.feedback_owed,
            "Feedback owed",
            "feedback_owed",
            filter.feedback_owed,
        ),
    ]
}
