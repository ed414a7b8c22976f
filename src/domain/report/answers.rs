//! Which threads a filing answers (spec §7): `report.regime` + `report.stage`, or
//! `report.answers: [{regime, stage}, …]`, checked against the entity and the case; and the
//! sibling regimes' own rules and lateness for each answer.

use super::facts::Facts;
use super::fields::{self as F, Need};
use super::input::{ReportInput, Scalar};
use super::Context;
use crate::domain::codes::Regime;
use crate::domain::lifecycle::Stage;
use crate::domain::regimes::{self, clocks::ThreadClock, Thread};
use crate::domain::validation::{Checker, Msg};

/// One thread a filing answers, with its verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer {
    pub regime: Regime,
    pub stage: Stage,
    /// Filed after the stage's due time (a `late_reason` was then required).
    pub late: bool,
}

fn s(v: &Option<Scalar>) -> Option<&str> {
    v.as_ref()
        .map(Scalar::as_str)
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// The (regime, stage) pairs the filing names, each checked: a known regime the entity may
/// file, a stage of that regime, a thread the case may hold; every pair at most once.
pub(super) fn resolve(c: &mut Checker, input: &ReportInput, ctx: &Context) -> Vec<(Regime, Stage)> {
    let primary = ctx
        .primary
        .unwrap_or_else(|| regimes::default_primary(ctx.entity_type));
    let mut out = Vec::new();
    // Voluntary notifications are NIS2 Art. 30's, open to every organisation.
    if ctx.kind.is_some() {
        let stage: Option<Stage> = c.code(F::STAGE.name, s(&input.stage));
        return stage.map(|st| (Regime::Nis2, st)).into_iter().collect();
    }
    match input.answers.as_deref().filter(|a| !a.is_empty()) {
        Some(list) => {
            if list.len() > 10 {
                c.fail(F::ANSWERS.name, Msg::t1("api-field-list-max", "max", 10));
                return out;
            }
            for (i, a) in list.iter().enumerate() {
                let at = |part: &str| format!("{}[{i}].{part}", F::ANSWERS.name);
                let regime: Option<Regime> = c.code(&at("regime"), s(&a.regime));
                let regime = c.require(&at("regime"), regime);
                let stage: Option<Stage> = c.code(&at("stage"), s(&a.stage));
                let stage = c.require(&at("stage"), stage);
                if let (Some(regime), Some(stage)) = (regime, stage) {
                    if check(c, &at("regime"), &at("stage"), regime, stage, primary, ctx) {
                        if out.contains(&(regime, stage)) {
                            c.fail(&at("stage"), Msg::t("api-answers-twice"));
                        }
                        out.push((regime, stage));
                    }
                }
            }
        }
        None => {
            let named: Option<Regime> = c.code(F::REGIME.name, s(&input.regime));
            let stage: Option<Stage> = c.code(F::STAGE.name, s(&input.stage));
            let stage = c.require(F::STAGE.name, stage);
            // A NIS2 stage from a DORA entity that named no regime: say why it is refused.
            let regime = named.unwrap_or(match stage {
                Some(st) if ctx.primary.is_none() && !regimes::stages(primary).contains(&st) => {
                    Regime::Nis2
                }
                _ => primary,
            });
            if let Some(stage) = stage {
                if check(
                    c,
                    F::REGIME.name,
                    F::STAGE.name,
                    regime,
                    stage,
                    primary,
                    ctx,
                ) {
                    out.push((regime, stage));
                }
            }
        }
    }
    out
}

fn check(
    c: &mut Checker,
    regime_at: &str,
    stage_at: &str,
    regime: Regime,
    stage: Stage,
    primary: Regime,
    ctx: &Context,
) -> bool {
    if let Some(why) = regimes::refused_for(ctx.entity_type, regime) {
        c.fail(regime_at, why);
        return false;
    }
    if ctx.primary.is_some() && !regimes::may_join(primary, regime) {
        c.fail(
            regime_at,
            Msg::t2(
                "api-regime-cannot-join",
                ("regime", regime.as_str()),
                ("primary", primary.as_str()),
            ),
        );
        return false;
    }
    if !regimes::stages(regime).contains(&stage) {
        c.fail(stage_at, regimes::not_a_stage(regime));
        return false;
    }
    true
}

/// The thread `regime` as this filing finds it, with the anchors the filing states applied
/// (they move before the verdict, like NIS2's, spec §1.1). Filing on a proposed thread
/// confirms it, so its clock is judged as an open thread's: a GDPR breach notification filed
/// after 72 h needs its reasons (Art. 33(1)) even when it is what confirms the thread.
pub fn thread_for(regime: Regime, f: &Facts, ctx: &Context) -> Thread {
    let existing = ctx
        .case
        .as_ref()
        .and_then(|k| k.threads.iter().find(|t| t.regime == regime).cloned());
    let mut t = existing
        .unwrap_or_else(|| Thread::opened(regime, ctx.weekend_relief, &ctx.holidays, ctx.now));
    t.apply_anchors(f);
    // Filing a proposed thread confirms it: its clock is judged as an open thread's.
    if t.status == super::super::regimes::ThreadStatus::Proposed {
        t.status = super::super::regimes::ThreadStatus::Open;
    }
    t
}

/// The sibling regime's required fields and rules for one answer, and its lateness.
pub(super) fn rules(
    c: &mut Checker,
    regime: Regime,
    stage: Stage,
    f: &Facts,
    ctx: &Context,
    earlier: &[(Regime, Stage)],
) -> bool {
    let present = f.to_json();
    for name in regimes::fields::required(regime, stage) {
        if name == F::STAGE.name || present.get(name).is_some() || c.errors.has(&c.path(name)) {
            continue;
        }
        let message = match F::find(name).map(|f| f.kind) {
            Some(F::Kind::List(_) | F::Kind::Codes(_)) => Msg::t("api-field-one-entry"),
            _ => Msg::t("api-field-required"),
        };
        c.fail(name, message);
    }
    debug_assert!(regimes::fields::need(regime, stage, "late_reason") == Need::Conditional);
    let before_law =
        regimes::applies_from(regime).filter(|from| f.aware_at.is_some_and(|a| a < *from));
    if let Some(from) = before_law {
        let (r, d) = (regime.as_str(), from.format("%Y-%m-%d").to_string());
        c.fail(
            F::AWARE_AT.name,
            Msg::t2("api-regime-not-yet", ("regime", r), ("date", d)),
        );
    }
    let thread = thread_for(regime, f, ctx);
    let aware_at = f.aware_at.or(ctx.case.as_ref().map(|k| k.clock.aware_at));
    let Some(aware_at) = aware_at else {
        return false;
    };
    let mut filed: Vec<_> = ctx
        .case
        .iter()
        .flat_map(|k| k.filed.iter())
        .filter(|x| x.regime == regime)
        .copied()
        .collect();
    // Stages answered earlier in the same filing count as filed now (joint filing).
    for (r, s) in earlier.iter().filter(|(r, _)| *r == regime) {
        filed.push(crate::domain::deadlines::Filed {
            id: uuid::Uuid::nil(),
            regime: *r,
            stage: *s,
            submitted_at: ctx.now,
            incident_status: f.incident_status,
        });
    }
    let clock = ThreadClock {
        thread: &thread,
        aware_at,
        tz: ctx.timezone,
        filed: &filed,
    };
    let late = clock.is_late(stage, ctx.now);
    if late && f.late_reason.is_none() && !c.errors.has(&c.path(F::LATE_REASON.name)) {
        c.fail(F::LATE_REASON.name, Msg::t("api-report-late-reason"));
    }
    late
}
