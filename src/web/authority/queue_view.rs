//! The view model of the staff review queue (`authority/queue.html`): the lines, the
//! quick-filter counts, paging links and the filter panel's choices.

use super::queue::{item, QueueItem, QueueQuery, PAGE_SIZE};
use super::speak::{capitalised, span, words};
use super::Frame;
use crate::domain::codes::{Regime, ReviewStatus, Severity};
use crate::domain::lifecycle::{CaseState, Stage};
use crate::domain::member_state::MemberState;
use crate::domain::sector;
use crate::storage::queue::{Counts, Filter, Row};
use crate::storage::staff::StaffUser;
use crate::words::{text_in, Lang, Tr};
use askama::Template;
use chrono::{DateTime, Utc};

pub(super) struct Line {
    item: QueueItem,
    due: String,
    state: String,
    sector: String,
    severity: String,
    /// The thread that brought the case here, in words (spec §7).
    regime: String,
}

pub(super) struct Count {
    label: String,
    href: String,
    count: i64,
    active: bool,
}

#[derive(Template)]
#[template(path = "authority/queue.html")]
pub(super) struct QueuePage {
    frame: Frame,
    lines: Vec<Line>,
    /// "(12 cases)", the table's caption and "Page 1 of 3", in the user's language.
    cases: String,
    caption: String,
    page_of: String,
    counts: Vec<Count>,
    query: QueueQuery,
    /// Some filter besides sorting and paging is set: the filter panel starts open.
    filtering: bool,
    prev: Option<String>,
    next: Option<String>,
    export: String,
    states: Vec<(String, String)>,
    stages: Vec<(String, String)>,
    /// Code and name in the user's language, in the order of the names.
    member_states: Vec<(String, String)>,
    sectors: Vec<(String, String)>,
    severities: Vec<(String, String)>,
    reviews: Vec<(String, String)>,
    users: Vec<(String, String)>,
    regimes: Vec<(String, String)>,
}

/// What was read for one page of the queue.
pub(super) struct Listed<'a> {
    pub rows: &'a [Row],
    pub counts: Counts,
    pub users: &'a [StaffUser],
    pub at: DateTime<Utc>,
    pub page_no: i64,
}

fn options<T: Copy + std::fmt::Display>(lang: Lang, all: &[T]) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (v.to_string(), words(lang, &v.to_string())))
        .collect()
}

/// Every stage, in the catalogue's stage words (the sibling regimes' stages included).
fn stage_options(lang: Lang) -> Vec<(String, String)> {
    Stage::ALL
        .iter()
        .map(|s| {
            (
                s.to_string(),
                capitalised(&text_in(lang, "stage", s.as_str())),
            )
        })
        .collect()
}

/// "Stage: in 3 h 10 min" or "overdue by 2 d" for the queue's next deadline.
pub fn due_text(tr: &Tr, item: &QueueItem, at: DateTime<Utc>) -> String {
    match (item.next_due_stage.map(|s| s.as_str()), item.next_due_at) {
        (Some(stage), Some(due)) => {
            let minutes = (due - at).num_minutes();
            // Whole days once a day or more away, as the queue always showed them.
            let s = if minutes.abs() >= 1440 {
                tr.t1("staff-span-whole-days", "days", minutes.abs() / 1440)
            } else {
                span(tr, minutes)
            };
            let stage = super::speak::capitalised(&text_in(tr.lang, "stage", stage));
            if minutes >= 0 {
                tr.t2("staff-due-in", ("stage", &stage), ("span", &s))
            } else {
                tr.t2("staff-due-overdue", ("stage", &stage), ("span", &s))
            }
        }
        _ => "–".into(),
    }
}

/// The queue page for query `q` (already read as `filter`).
pub(super) fn queue_page(frame: Frame, q: QueueQuery, filter: &Filter, l: Listed) -> QueuePage {
    let lang = frame.tr.lang;
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
                due: due_text(&frame.tr, &item, l.at),
                state: words(lang, item.state.as_str()),
                sector: words(lang, item.sector.as_str()),
                severity: item
                    .severity
                    .map_or(String::new(), |s| words(lang, s.as_str())),
                regime: text_in(lang, "regime", item.regime.as_str()),
                item,
            }
        })
        .collect();
    QueuePage {
        counts: quick_counts(&frame.tr, &q, filter, l.counts),
        cases: frame.tr.n("staff-queue-cases", total),
        caption: (frame.tr).t2("staff-queue-caption", ("page", page_no), ("pages", pages)),
        page_of: (frame.tr).t2("staff-pager-page", ("page", page_no), ("pages", pages)),
        frame,
        lines,
        prev: (page_no > 1).then(|| link(page_no - 1)),
        next: (page_no < pages).then(|| link(page_no + 1)),
        export: q.with(&[("page", "")]),
        filtering: !q.with(&[("page", ""), ("sort", "")]).is_empty(),
        states: options(lang, CaseState::ALL),
        stages: stage_options(lang),
        member_states: member_state_options(lang),
        sectors: sector::sectors()
            .into_iter()
            .map(|s| (s.to_string(), words(lang, s)))
            .collect(),
        severities: options(lang, Severity::ALL),
        reviews: options(lang, ReviewStatus::ALL),
        regimes: (Regime::ALL.iter())
            .map(|r| (r.as_str().to_string(), text_in(lang, "regime", r.as_str())))
            .collect(),
        users: l
            .users
            .iter()
            .map(|u| (u.id.to_string(), u.email.clone()))
            .collect(),
        query: q,
    }
}

/// The quick filters with their counts; each link toggles its filter.
fn quick_counts(tr: &Tr, q: &QueueQuery, filter: &Filter, counts: Counts) -> Vec<Count> {
    let quick = |count: i64, label: String, key: &str, active: bool| Count {
        label,
        href: format!(
            "/authority/queue?{}",
            q.with(&[(key, if active { "" } else { "1" }), ("page", "")])
        ),
        count,
        active,
    };
    vec![
        quick(
            counts.overdue,
            tr.t("staff-quick-overdue"),
            "overdue",
            filter.overdue,
        ),
        quick(
            counts.due_24h,
            tr.t("staff-quick-due-24h"),
            "due_24h",
            filter.due_24h,
        ),
        quick(
            counts.feedback_owed,
            tr.t("staff-quick-feedback-owed"),
            "feedback_owed",
            filter.feedback_owed,
        ),
    ]
}

/// The member states as a select's options, named in `lang` and sorted by those names with
/// accents not counting.
fn member_state_options(lang: Lang) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = MemberState::ALL
        .iter()
        .filter(|m| !m.is_eea_efta())
        .map(|m| {
            (
                m.as_str().to_string(),
                super::case_words::member_state_name(lang, *m),
            )
        })
        .collect();
    all.sort_by_cached_key(|(_, name)| crate::words::sort_key(name));
    all
}
