//! What one recipient sees of a case with several threads (spec §7): its own threads, the
//! submissions and deadline rows of those threads, and the shared facts its regimes' field
//! sets name — never another thread's regime-specific sections (a data-protection authority
//! sees the GDPR thread, not the DORA classification). Every read path of the authorities
//! (staff pages, exports, the authority API, packages) goes through [`view_for`].

use super::fields::{facts_for, field_set};
use crate::domain::case::{Case, Submission};
use crate::domain::codes::Regime;
use crate::domain::deadlines::Deadline;
use chrono::{DateTime, Utc};

/// A case as one recipient may see it.
#[derive(Debug, Clone)]
pub struct Visible {
    /// The case with only the visible threads, filings and shared facts.
    pub case: Case,
    /// The submissions of the visible threads, each with only the visible facts.
    pub submissions: Vec<Submission>,
    /// The regimes whose threads the viewer sees; never empty for a routed viewer.
    pub regimes: Vec<Regime>,
    /// Whether the viewer sees every thread of the case (then nothing was filtered).
    pub whole: bool,
}

/// Every regime a case has a thread of: its primary regime and its sibling threads.
pub fn case_regimes(case: &Case) -> Vec<Regime> {
    let mut all = vec![case.regime];
    for t in &case.threads {
        if !all.contains(&t.regime) {
            all.push(t.regime);
        }
    }
    all
}

/// The regimes of `case` a recipient serving `served` sees, plus `routed_for`, the thread
/// that brought it the case (`case_recipients.regime`), which it always sees.
pub fn regimes_for(case: &Case, served: &[Regime], routed_for: Option<Regime>) -> Vec<Regime> {
    let mut seen: Vec<Regime> = case_regimes(case)
        .into_iter()
        .filter(|r| served.contains(r))
        .collect();
    if let Some(r) = routed_for {
        if !seen.contains(&r) {
            seen.push(r);
        }
    }
    seen
}

/// Whether a recipient serving `regimes` may see the shared fact `name`.
pub fn fact_visible(regimes: &[Regime], name: &str) -> bool {
    regimes.iter().any(|r| field_set(*r).contains(&name))
}

/// `case` and its `submissions` as a recipient serving `regimes` (see [`regimes_for`]) sees
/// them. A recipient serving every thread of the case sees it whole, unfiltered.
pub fn view_for(case: Case, submissions: Vec<Submission>, regimes: &[Regime]) -> Visible {
    let whole = case_regimes(&case).iter().all(|r| regimes.contains(r));
    if whole {
        return Visible {
            case,
            submissions,
            regimes: regimes.to_vec(),
            whole,
        };
    }
    let mut case = case;
    case.threads.retain(|t| regimes.contains(&t.regime));
    case.filed.retain(|f| regimes.contains(&f.regime));
    case.facts = facts_for(&case.facts, regimes);
    if !regimes.contains(&Regime::Nis2) {
        // Waivers are of NIS2 stages (spec §1.5); the other threads end their own way.
        case.waivers.clear();
    }
    if !fact_visible(regimes, "severity") {
        case.severity = None;
    }
    let submissions = submissions
        .into_iter()
        .filter(|s| regimes.contains(&s.regime))
        .map(|mut s| {
            s.facts = facts_for(&s.facts, regimes);
            s.provided.retain(|n| fact_visible(regimes, n));
            s
        })
        .collect();
    Visible {
        case,
        submissions,
        regimes: regimes.to_vec(),
        whole,
    }
}

/// The deadline rows of `case` a recipient serving `regimes` sees: its threads' only.
pub fn deadlines_for(case: &Case, regimes: &[Regime], now: DateTime<Utc>) -> Vec<Deadline> {
    (case.deadlines(now).into_iter())
        .filter(|d| regimes.contains(&d.regime))
        .collect()
}

/// For each row of the case's deadline table in order, whether `regimes` sees it (for views
/// built from the whole table).
pub fn row_mask(case: &Case, regimes: &[Regime], now: DateTime<Utc>) -> Vec<bool> {
    (case.deadlines(now).iter())
        .map(|d| regimes.contains(&d.regime))
        .collect()
}
