//! The review queue: the cases routed to one authority, filtered and sorted in SQL, so the
//! scope is enforced where the data is read.

use super::schema::{case_recipients, cases, entities, submissions};
use super::{corrupt, from_db, to_db, DbConn};
use crate::domain::codes::{Regime, ReviewStatus, Severity};
use crate::domain::lifecycle::{CaseState, Stage};
use crate::domain::member_state::MemberState;
use crate::domain::names::{AuthorityCode, CaseReference, EntityType, Sector};
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

diesel::define_sql_function!(fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Most urgent open deadline first; cases without one last.
    #[default]
    Urgent,
    Newest,
    Oldest,
    Reference,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Assignee {
    Nobody,
    User(Uuid),
}

/// Every filter of the queue; all optional and combined with AND.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub state: Option<CaseState>,
    pub awaited: Option<Stage>,
    pub overdue: bool,
    pub due_24h: bool,
    pub feedback_owed: bool,
    pub member_state: Option<MemberState>,
    pub sector: Option<&'static str>,
    pub entity_type: Option<&'static str>,
    pub severity: Option<Severity>,
    pub significant: Option<bool>,
    pub review_status: Option<ReviewStatus>,
    pub assignee: Option<Assignee>,
    /// Only cases routed for this regime's thread (`case_recipients.regime`, spec §7).
    pub regime: Option<Regime>,
    /// Matched case-insensitively against reference, title and entity name.
    pub text: Option<String>,
    pub sort: Sort,
}

/// One line of the queue.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub case_id: Uuid,
    pub reference: CaseReference,
    pub title: String,
    pub state: CaseState,
    pub severity: Option<Severity>,
    pub next_due_stage: Option<Stage>,
    pub next_due_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub member_state: MemberState,
    pub entity_type: EntityType,
    pub entity_name: String,
    pub sector: Sector,
    pub informed: bool,
    pub assignee_id: Option<Uuid>,
    pub feedback_at: Option<DateTime<Utc>>,
    /// The part this authority plays for the case (the SPOC owes no feedback).
    pub role: crate::domain::routing::Role,
    /// The thread that brought the case to this authority (spec §7).
    pub regime: Regime,
}

/// The queue's own conditions, on the authority's rows of `case_recipients` alone: each is
/// defined here once, for the filters of rows and counts and for the counts' one-pass sums.
#[diesel::dsl::auto_type]
fn overdue_at(at: NaiveDateTime) -> _ {
    case_recipients::queue_due_at.lt(at)
}

#[diesel::dsl::auto_type]
fn due_between(at: NaiveDateTime, soon: NaiveDateTime) -> _ {
    case_recipients::queue_due_at
        .ge(at)
        .and(case_recipients::queue_due_at.le(soon))
}

#[diesel::dsl::auto_type]
fn feedback_owed() -> _ {
    case_recipients::feedback_at
        .is_null()
        .and(case_recipients::informed.eq(false))
        // The single point of contact is informed (Art. 23(1)); feedback is the CSIRT's or
        // the competent authority's (Art. 23(5)). Literal: the code of `Role::Spoc`.
        .and(case_recipients::role.ne("spoc"))
        // Art. 23(5)'s initial feedback is NIS2's duty; the other regimes have none. Literal:
        // the code of `Regime::Nis2`.
        .and(case_recipients::regime.eq("nis2"))
        // Literals: `auto_type` needs expressions it can type; they are the codes of
        // `CaseState::Closed` and `CaseState::Withdrawn`.
        .and(case_recipients::case_state.ne("closed"))
        .and(case_recipients::case_state.ne("withdrawn"))
}

/// Applies the conditions of `f` on queue rows (`case_recipients` only) to the boxed query
/// `q`, whether it joins the cases or not.
macro_rules! on_queue_rows {
    ($q:expr, $f:expr, $now:expr) => {{
        let f: &Filter = $f;
        let mut q = $q;
        if let Some(s) = f.state {
            q = q.filter(case_recipients::case_state.eq(s.as_str()));
        }
        if f.overdue {
            q = q.filter(overdue_at(to_db($now)));
        }
        if f.due_24h {
            q = q.filter(due_between(to_db($now), to_db($now + Duration::hours(24))));
        }
        if f.feedback_owed {
            q = q.filter(feedback_owed());
        }
        if let Some(r) = f.regime {
            q = q.filter(case_recipients::regime.eq(r.as_str()));
        }
        match &f.assignee {
            Some(Assignee::Nobody) => q = q.filter(case_recipients::assignee_id.is_null()),
            Some(Assignee::User(u)) => q = q.filter(case_recipients::assignee_id.eq(u.to_string())),
            None => {}
        }
        q
    }};
}

/// Applies the conditions of `f` on the case and its entity to the joined boxed query `q`.
macro_rules! on_cases {
    ($q:expr, $f:expr) => {{
        let f: &Filter = $f;
        let mut q = $q;
        if let Some(s) = f.awaited {
            q = q.filter(cases::next_due_stage.eq(s.as_str()));
        }
        if let Some(m) = f.member_state {
            q = q.filter(cases::member_state.eq(m.as_str()));
        }
        if let Some(s) = f.sector {
            q = q.filter(entities::sector.eq(s));
        }
        if let Some(t) = f.entity_type {
            q = q.filter(cases::entity_type.eq(t));
        }
        if let Some(s) = f.severity {
            q = q.filter(cases::severity.eq(s.as_str()));
        }
        if let Some(significant) = f.significant {
            let with_basis = diesel::dsl::exists(
                submissions::table
                    .filter(submissions::case_id.eq(cases::id))
                    .filter(submissions::facts.like("%\"significance_basis\"%")),
            );
            q = if significant {
                q.filter(with_basis)
            } else {
                q.filter(diesel::dsl::not(with_basis))
            };
        }
        if let Some(r) = f.review_status {
            q = q.filter(diesel::dsl::exists(
                submissions::table
                    .filter(submissions::case_id.eq(cases::id))
                    .filter(submissions::review_status.eq(r.as_str())),
            ));
        }
        if let Some(pattern) = f.text_pattern() {
            q = q.filter(
                lower(cases::reference)
                    .like(pattern.clone())
                    .escape('\\')
                    .or(lower(cases::title).like(pattern.clone()).escape('\\'))
                    .or(lower(entities::legal_name).like(pattern).escape('\\')),
            );
        }
        q
    }};
}

/// The authority's cases matching `f`, as a boxed query (one definition for rows and counts).
macro_rules! filtered {
    ($authority:expr, $f:expr, $now:expr) => {{
        let q = case_recipients::table
            .inner_join(cases::table.inner_join(entities::table))
            .filter(case_recipients::authority_code.eq($authority.to_string()))
            .into_boxed();
        let q = on_queue_rows!(q, $f, $now);
        on_cases!(q, $f)
    }};
}

type RowTuple = (
    String,
    CaseReference,
    String,
    CaseState,
    Option<Severity>,
    Option<Stage>,
    Option<NaiveDateTime>,
    NaiveDateTime,
    MemberState,
    EntityType,
    String,
    Sector,
    bool,
    Option<String>,
    Option<NaiveDateTime>,
    crate::domain::routing::Role,
    Regime,
);

/// A page of the queue.
pub fn page(
    c: &mut DbConn,
    authority: &AuthorityCode,
    f: &Filter,
    now: DateTime<Utc>,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<Row>> {
    let q = filtered!(authority, f, now).select((
        cases::id,
        cases::reference,
        cases::title,
        cases::state,
        cases::severity,
        cases::next_due_stage,
        cases::next_due_at,
        cases::created_at,
        cases::member_state,
        cases::entity_type,
        entities::legal_name,
        entities::sector,
        case_recipients::informed,
        case_recipients::assignee_id,
        case_recipients::feedback_at,
        case_recipients::role,
        case_recipients::regime,
    ));
    let q = match f.sort {
        // Voluntary notifications come after mandatory reports (Art. 30(2)).
        Sort::Urgent => q.order((
            cases::voluntary.asc(),
            case_recipients::queue_due_at.asc(),
            case_recipients::case_id.asc(),
        )),
        Sort::Newest => q.order((
            case_recipients::received_at.desc(),
            case_recipients::case_id.desc(),
        )),
        Sort::Oldest => q.order((
            case_recipients::received_at.asc(),
            case_recipients::case_id.asc(),
        )),
        Sort::Reference => q.order(cases::reference.asc()),
    };
    let rows: Vec<RowTuple> = q.limit(limit).offset(offset).load(c)?;
    rows.into_iter()
        .map(|r| {
            Ok(Row {
                case_id: Uuid::parse_str(&r.0).map_err(|_| corrupt("case id", &r.0))?,
                reference: r.1,
                title: r.2,
                state: r.3,
                severity: r.4,
                next_due_stage: r.5,
                next_due_at: r.6.map(from_db),
                created_at: from_db(r.7),
                member_state: r.8,
                entity_type: r.9,
                entity_name: r.10,
                sector: r.11,
                informed: r.12,
                assignee_id: r.13.and_then(|a| Uuid::parse_str(&a).ok()),
                feedback_at: r.14.map(from_db),
                role: r.15,
                regime: r.16,
            })
        })
        .collect()
}

/// Counts for the queue's header: all cases matching `f`, and how many of them are overdue,
/// due within 24 hours, or owed feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub total: i64,
    pub overdue: i64,
    pub due_24h: i64,
    pub feedback_owed: i64,
}

impl Filter {
    /// Whether every condition is on the authority's own queue rows (no join needed).
    fn on_queue_rows_only(&self) -> bool {
        self.awaited.is_none()
            && self.member_state.is_none()
            && self.sector.is_none()
            && self.entity_type.is_none()
            && self.severity.is_none()
            && self.significant.is_none()
            && self.review_status.is_none()
            && self.text.is_none()
    }

    /// The free-text filter as a case-insensitive `LIKE` pattern (escape `\`).
    fn text_pattern(&self) -> Option<String> {
        let text = self
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())?;
        let escaped = text
            .to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        Some(format!("%{escaped}%"))
    }
}

pub fn counts(
    c: &mut DbConn,
    authority: &AuthorityCode,
    f: &Filter,
    now: DateTime<Utc>,
) -> QueryResult<Counts> {
    if !f.on_queue_rows_only() {
        let with = |g: fn(&mut Filter)| {
            let mut f = f.clone();
            g(&mut f);
            f
        };
        return Ok(Counts {
            total: count(c, authority, f, now)?,
            overdue: count(c, authority, &with(|f| f.overdue = true), now)?,
            due_24h: count(c, authority, &with(|f| f.due_24h = true), now)?,
            feedback_owed: count(c, authority, &with(|f| f.feedback_owed = true), now)?,
        });
    }
    // One pass over the authority's rows of `case_recipients`, no join: the common case.
    use diesel::dsl::{case_when, count_star, sum};
    use diesel::sql_types::Integer;
    let (at, soon) = (to_db(now), to_db(now + Duration::hours(24)));
    let q = case_recipients::table
        .filter(case_recipients::authority_code.eq(authority))
        .into_boxed();
    let q = on_queue_rows!(q, f, now);
    let (one, zero) = (1.into_sql::<Integer>(), 0.into_sql::<Integer>());
    let (total, overdue, due_24h, feedback_owed): (i64, Option<i64>, Option<i64>, Option<i64>) = q
        .select((
            count_star(),
            sum(case_when(overdue_at(at), one).otherwise(zero)),
            sum(case_when(due_between(at, soon), one).otherwise(zero)),
            sum(case_when(feedback_owed(), one).otherwise(zero)),
        ))
        .first(c)?;
    Ok(Counts {
        total,
        overdue: overdue.unwrap_or(0),
        due_24h: due_24h.unwrap_or(0),
        feedback_owed: feedback_owed.unwrap_or(0),
    })
}

/// How many of the authority's cases match `f`.
pub fn count(
    c: &mut DbConn,
    authority: &AuthorityCode,
    f: &Filter,
    now: DateTime<Utc>,
) -> QueryResult<i64> {
    filtered!(authority, f, now).count().get_result(c)
}

/// Whether a case is routed to the authority (the scope check of every case-level access).
pub fn in_scope(c: &mut DbConn, authority: &AuthorityCode, case_id: Uuid) -> QueryResult<bool> {
    let n: i64 = case_recipients::table
        .filter(case_recipients::authority_code.eq(authority))
        .filter(case_recipients::case_id.eq(case_id.to_string()))
        .count()
        .get_result(c)?;
    Ok(n > 0)
}
