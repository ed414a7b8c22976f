//! Filing a report, the same for every door (JSON API and browser forms): check the stage
//! against the state machine, parse once, store the case, its immutable submission, its
//! follow-up link and its mail in the caller's transaction.

use crate::app::mail;
use crate::app::AppError;
use crate::domain::audit::{Actor as Who, AuditAction};
use crate::domain::case::{Case, Refusal, Reporter, Submission};
use crate::domain::entity::EntityProfile;
use crate::domain::lifecycle::{self, CaseState};
use crate::domain::msg::Msg;
use crate::domain::rejudge;
use crate::domain::report::{Report, ReportInput};
use crate::secrets::SecretKey;
use crate::storage::audit::{self, Actor};
use crate::storage::outbox::Message;
use crate::storage::{cases, follow_up, DbConn};
use crate::words::Lang;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use uuid::Uuid;

/// What every filing needs besides the report: the instance's routing and key.
pub struct Desk<'a> {
    pub routing: &'a crate::domain::routing::RoutingTable,
    pub secret: &'a SecretKey,
    /// Keys the audit entries a filing writes (an `aware_at` change).
    pub audit: &'a crate::domain::audit_chain::ChainKey,
}

/// Who files: the entity's profile as stored, its JSON snapshot, and the actor's name.
pub struct Filer<'a> {
    pub entity_id: Uuid,
    pub profile: &'a EntityProfile,
    pub snapshot: &'a str,
    pub by: &'a str,
    /// The language the filing was made in (the page's, or the API client's
    /// `Accept-Language`); `None` when the client named none.
    pub lang: Option<Lang>,
}

impl Filer<'_> {
    /// The same filer, filing in `lang` when one is known.
    pub fn speaking(self, lang: Option<Lang>) -> Self {
        Self { lang, ..self }
    }

    /// The reporter's language for a new case: the filing's, else the report's own `language`
    /// (the language of its free text) when the service speaks it, else English.
    fn opening_lang(&self, report: &Report) -> Lang {
        self.lang
            .or_else(|| report.facts.language.as_deref().and_then(Lang::from_tag))
            .unwrap_or_default()
    }

    pub fn reporter(&self) -> Reporter {
        Reporter {
            entity_id: self.entity_id,
            entity_type: self.profile.classification.entity_type,
            member_state: self.profile.home(),
        }
    }
}

/// Checks a report that would open a case, before any write: state machine first ("not now"
/// is the more useful answer), then every field.
pub fn check_opening(
    input: ReportInput,
    reporter: &Reporter,
    routing: &crate::domain::routing::RoutingTable,
    relief: bool,
    timezone: Tz,
    now: DateTime<Utc>,
) -> Result<Report, AppError> {
    let primary = crate::domain::regimes::default_primary(reporter.entity_type);
    lifecycle::admits(CaseState::Draft, &[], nis2_stage(&input, primary))
        .map_err(AppError::Conflict)?;
    let mut ctx = Case::opening_context(reporter, timezone, now);
    ctx.holidays = routing.bank_holidays(reporter.member_state).to_vec();
    ctx.weekend_relief = relief;
    Report::parse(input, &ctx).map_err(AppError::Validation)
}

/// The NIS2 stage a filing names, for NIS2's state machine to answer "not now" before the
/// fields are read; `None` for a filing on another regime's thread (DORA, GDPR, CRA), which
/// checks its own order when filed (spec §7), and for `answers` lists (checked per answer).
fn nis2_stage(input: &ReportInput, primary: crate::domain::codes::Regime) -> Option<&str> {
    use crate::domain::codes::Regime;
    if input.answers.as_ref().is_some_and(|a| !a.is_empty()) {
        return None;
    }
    let named = input
        .regime
        .as_ref()
        .map(|r| r.as_str().trim())
        .filter(|r| !r.is_empty());
    let on_nis2 = named.map_or(primary == Regime::Nis2, |r| r == Regime::Nis2.as_str());
    let stage = input.stage.as_ref().map(|s| s.as_str())?;
    let is_nis2 = crate::domain::lifecycle::Stage::from_code(stage.trim())
        .is_some_and(|s| crate::domain::lifecycle::NIS2_STAGES.contains(&s));
    (on_nis2 && is_nis2).then_some(stage)
}

/// DORA reports name the financial entity by its LEI (ITS 2025/302): the profile must have it.
fn dora_needs_lei(report: &Report, profile: &EntityProfile) -> Result<(), AppError> {
    let dora = report
        .answers
        .iter()
        .any(|a| a.regime == crate::domain::codes::Regime::Dora);
    if dora && profile.details.lei.is_none() {
        return Err(AppError::Validation(
            crate::domain::validation::FieldErrors::single(
                "entity.lei",
                crate::domain::msg::Msg::t("api-regime-dora-lei"),
            ),
        ));
    }
    Ok(())
}

/// Opens a case with its first (already checked) report: one submission per thread answered.
pub fn open(
    c: &mut DbConn,
    desk: &Desk,
    filer: &Filer,
    timezone: Tz,
    report: Report,
    now: DateTime<Utc>,
) -> Result<(Case, Vec<Submission>, Vec<Message>), AppError> {
    dora_needs_lei(&report, filer.profile)?;
    let reporter = filer.reporter();
    let cross_border_ms = report.facts.cross_border_ms.clone();
    let lang = filer.opening_lang(&report);
    let reference = cases::allocate_reference(c, reporter.member_state, timezone, now)?;
    let (case, submissions) = Case::open(
        Uuid::now_v7(),
        reference,
        &reporter,
        timezone,
        report,
        now,
        filer.by,
    )?;
    cases::insert_case_speaking(c, &case, lang, now)?;
    for s in &submissions {
        cases::insert_submission(c, s, filer.snapshot)?;
    }
    follow_up::insert_link(c, case.id, &desk.secret.follow_up_token(case.id), now)?;
    let mail = mail::queue_for_filing(
        c,
        desk.routing,
        &case,
        &submissions,
        filer.profile,
        &cross_border_ms,
        now,
    )?;
    Ok((case, submissions, mail))
}

/// Adds a report to a case the caller has locked in this transaction: one submission per
/// thread answered.
pub fn add(
    c: &mut DbConn,
    desk: &Desk,
    filer: &Filer,
    case: &mut Case,
    input: ReportInput,
    now: DateTime<Utc>,
) -> Result<Vec<Submission>, AppError> {
    if let Some(why) = case.ended_refusal() {
        return Err(AppError::Conflict(why));
    }
    lifecycle::admits(
        case.state,
        &case.filed_stages(),
        nis2_stage(&input, case.regime),
    )
    .map_err(AppError::Conflict)?;
    // The sort of report before its content: a voluntary filing on a mandatory case is
    // refused as such, not for its fields.
    let names_kind = input.kind.as_ref().is_some_and(|k| !k.0.trim().is_empty());
    if let Some(why) = case.kind_mismatch(names_kind || case.kind.is_some()) {
        return Err(AppError::Conflict(why));
    }
    let report = Report::parse(input, &case.context(now)).map_err(AppError::Validation)?;
    dora_needs_lei(&report, filer.profile)?;
    let expected = case.version;
    let cross_border_ms = report.facts.cross_border_ms.clone();
    let reason = report.facts.aware_at_change_reason.clone();
    let before = case.clone();
    let submissions = case.file(report, now, filer.by)?;
    let Some(first) = submissions.first() else {
        return Err(AppError::Conflict(Msg::t("api-filing-no-thread")));
    };
    if !cases::update_case(c, case, expected, now)? {
        return Err(AppError::Conflict(Msg::t("api-case-changed")));
    }
    for s in &submissions {
        cases::insert_submission(c, s, filer.snapshot)?;
    }
    // A later filing made in a language names the reporter's language from now on; one that
    // names none (an API call without `Accept-Language`) keeps the case's.
    if let Some(lang) = filer.lang {
        cases::set_language(c, case.id, lang)?;
    }
    let change = rejudge::aware_at_change(&before, case, first.id, reason.as_deref(), now);
    if let Some(change) = change {
        let actor = Actor {
            who: Who::parse(filer.by).unwrap_or(Who::Reporter),
            authority_code: None,
        };
        let detail = serde_json::to_value(&change).map_err(anyhow::Error::from)?;
        audit::append(
            c,
            desk.audit,
            &actor,
            AuditAction::AwareAtChanged,
            Some(case.id),
            detail,
            now,
        )?;
    }
    mail::queue_for_filing(
        c,
        desk.routing,
        case,
        &submissions,
        filer.profile,
        &cross_border_ms,
        now,
    )?;
    Ok(submissions)
}

impl From<Refusal> for AppError {
    fn from(r: Refusal) -> Self {
        match r {
            Refusal::NotAllowed(m) => AppError::Conflict(m),
            Refusal::Invalid(e) => AppError::Validation(e),
        }
    }
}

impl crate::storage::entities::ApiClient {
    /// The API key's entity as a filer; `by` names the key in the submission.
    pub fn filer<'a>(&'a self, by: &'a str) -> Filer<'a> {
        Filer {
            entity_id: self.entity.id,
            profile: &self.entity.profile,
            snapshot: &self.snapshot,
            by,
            lang: None,
        }
    }
}
