//! The "is this significant?" helper (spec §4): NIS2 Art. 23(3) for every sector and the
//! thresholds of Implementing Regulation 2024/2690 for the digital entity types it covers.
//! It advises and never blocks: `indeterminate` recommends reporting.

use super::codes::Tri;
use serde::{Deserialize, Serialize};

/// The helper's questions, as a form sends them: every answer optional text.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct Answers {
    pub entity_type: Option<String>,
    /// Art. 23(3)(a): severe operational disruption of the services.
    pub severe_disruption: Option<String>,
    /// Art. 23(3)(a): financial loss for the entity (sectors without thresholds).
    pub severe_financial_loss: Option<String>,
    /// Art. 23(3)(b): considerable damage to other natural or legal persons.
    pub damage_to_others: Option<String>,
    pub financial_loss_eur: Option<String>,
    pub annual_turnover_eur: Option<String>,
    pub trade_secrets: Option<String>,
    pub death: Option<String>,
    pub health_damage: Option<String>,
    pub malicious_access: Option<String>,
    /// Art. 4: incidents in the last six months with the same apparent root cause, this one
    /// included, and their combined direct financial loss (EUR).
    pub recurring_count: Option<String>,
    pub recurring_loss_eur: Option<String>,
    pub unavailable_minutes: Option<String>,
    /// Art. 3(2): whether that unavailability was a scheduled interruption (planned
    /// maintenance); asked per availability figure, never for the whole incident.
    pub unavailable_scheduled: Option<String>,
    pub limited_minutes: Option<String>,
    pub limited_scheduled: Option<String>,
    pub slow_resolution: Option<String>,
    pub users_total_eu: Option<String>,
    pub users_affected: Option<String>,
    pub data_compromised: Option<String>,
    pub malicious_compromise: Option<String>,
    pub physical_access: Option<String>,
    pub dns_small_misconfiguration: Option<String>,
    pub weekly_unavailable_minutes: Option<String>,
    pub weekly_unavailable_scheduled: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Significant,
    NotSignificant,
    Indeterminate,
}

/// One criterion and how the answers decide it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Criterion {
    /// Stable code, stored in a report's `significance_basis` (e.g. `ir_a3_a`).
    pub code: &'static str,
    pub outcome: Tri,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub verdict: Verdict,
    /// Which rule set applied: `ir_2024_2690` or `nis2_art23_3`.
    pub rules: &'static str,
    pub criteria: Vec<Criterion>,
    /// Availability figures left out as scheduled interruptions (2024/2690 Art. 3(2)); the
    /// other criteria still count.
    pub excluded: Vec<&'static str>,
}

impl Assessment {
    /// Codes of the criteria that matched, for `significance_basis`.
    pub fn matched(&self) -> Vec<&'static str> {
        self.criteria
            .iter()
            .filter(|c| c.outcome == Tri::Yes)
            .map(|c| c.code)
            .collect()
    }
}

/// The entity types Implementing Regulation 2024/2690 sets thresholds for, with their article.
const IR_TYPES: &[(&str, u8)] = &[
    ("dns_service_provider", 5),
    ("tld_name_registry", 6),
    ("cloud_computing_provider", 7),
    ("data_centre_provider", 8),
    ("cdn_provider", 9),
    ("managed_service_provider", 10),
    ("managed_security_service_provider", 10),
    ("online_marketplace", 11),
    ("online_search_engine", 12),
    ("social_network_platform", 13),
    ("trust_service_provider", 14),
];

fn tri(v: &Option<String>) -> Tri {
    match v.as_deref().map(str::trim) {
        Some("yes" | "true") => Tri::Yes,
        Some("no" | "false") => Tri::No,
        _ => Tri::Unknown,
    }
}

fn number(v: &Option<String>) -> Option<f64> {
    v.as_deref()
        .map(|s| s.trim().replace([' ', '_'], ""))
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|n| n.is_finite() && *n >= 0.0)
}

/// `x > limit`, unknown when `x` is.
fn over(x: Option<f64>, limit: f64) -> Tri {
    match x {
        Some(x) if x > limit => Tri::Yes,
        Some(_) => Tri::No,
        None => Tri::Unknown,
    }
}

fn any(parts: &[Tri]) -> Tri {
    if parts.contains(&Tri::Yes) {
        Tri::Yes
    } else if parts.iter().all(|t| *t == Tri::No) {
        Tri::No
    } else {
        Tri::Unknown
    }
}

fn both(a: Tri, b: Tri) -> Tri {
    match (a, b) {
        (Tri::Yes, Tri::Yes) => Tri::Yes,
        (Tri::No, _) | (_, Tri::No) => Tri::No,
        _ => Tri::Unknown,
    }
}

/// "more than m(p, n) users": more than min(p % of EU users, n). Without the EU user count the
/// test holds when more than n are affected, and is otherwise undecided (§4.4).
fn users_over(a: &Answers, percent: f64, n: f64) -> Tri {
    let affected = number(&a.users_affected);
    match number(&a.users_total_eu) {
        Some(total) => over(affected, (total * percent / 100.0).min(n)),
        None => match over(affected, n) {
            Tri::Yes => Tri::Yes,
            _ => Tri::Unknown,
        },
    }
}

/// Assesses the answers. Any criterion met makes the incident significant; all criteria
/// answered "no" make it not significant; anything else is indeterminate.
pub fn assess(a: &Answers) -> Assessment {
    let entity_type = a.entity_type.as_deref().unwrap_or("").trim();
    let article = IR_TYPES
        .iter()
        .find(|(t, _)| *t == entity_type)
        .map(|(_, art)| *art);
    let excluded: Vec<&'static str> = [
        ("unavailable_minutes", &a.unavailable_scheduled),
        ("limited_minutes", &a.limited_scheduled),
        (
            "weekly_unavailable_minutes",
            &a.weekly_unavailable_scheduled,
        ),
    ]
    .into_iter()
    .filter(|(_, s)| tri(s) == Tri::Yes)
    .map(|(figure, _)| figure)
    .collect();
    let (rules, criteria) = match article {
        Some(art) => ("ir_2024_2690", implementing_regulation(a, art)),
        None => (
            "nis2_art23_3",
            vec![
                Criterion {
                    code: "art23_3_a",
                    outcome: any(&[tri(&a.severe_disruption), tri(&a.severe_financial_loss)]),
                },
                Criterion {
                    code: "art23_3_b",
                    outcome: tri(&a.damage_to_others),
                },
            ],
        ),
    };
    let verdict = match any(&criteria.iter().map(|c| c.outcome).collect::<Vec<_>>()) {
        Tri::Yes => Verdict::Significant,
        Tri::No => Verdict::NotSignificant,
        Tri::Unknown => Verdict::Indeterminate,
    };
    Assessment {
        verdict,
        rules,
        criteria,
        excluded,
    }
}

/// Art. 3(a): a financial loss above min(EUR 500 000, 5 % of the annual turnover).
fn loss_threshold(a: &Answers) -> Tri {
    over_loss_threshold(a, number(&a.financial_loss_eur))
}

/// Art. 4: at least two incidents (this one included) within six months with the same
/// apparent root cause whose combined loss meets Art. 3(a). A bare "recurring" decides nothing.
fn recurring(a: &Answers) -> Tri {
    let count = match number(&a.recurring_count) {
        Some(n) if n >= 2.0 => Tri::Yes,
        Some(_) => Tri::No,
        None => Tri::Unknown,
    };
    both(count, over_loss_threshold(a, number(&a.recurring_loss_eur)))
}

/// An availability figure, or zero when it was a scheduled interruption (Art. 3(2)).
fn figure(minutes: &Option<String>, scheduled: &Option<String>) -> Option<f64> {
    match tri(scheduled) {
        Tri::Yes => Some(0.0),
        _ => number(minutes),
    }
}

fn over_loss_threshold(a: &Answers, loss: Option<f64>) -> Tri {
    match number(&a.annual_turnover_eur) {
        Some(turnover) => over(loss, (turnover * 0.05).min(500_000.0)),
        // Without the turnover only a loss above EUR 500 000 is decided.
        None => match over(loss, 500_000.0) {
            Tri::Yes => Tri::Yes,
            Tri::No if loss == Some(0.0) => Tri::No,
            _ => Tri::Unknown,
        },
    }
}

fn implementing_regulation(a: &Answers, art: u8) -> Vec<Criterion> {
    let unavailable = figure(&a.unavailable_minutes, &a.unavailable_scheduled);
    let limited = figure(&a.limited_minutes, &a.limited_scheduled);
    // Art. 11–13 count users hit by limited availability without a duration: a scheduled
    // limitation does not count either.
    let limited_for = |p, n| match tri(&a.limited_scheduled) {
        Tri::Yes => Tri::No,
        _ => users_over(a, p, n),
    };
    let data = tri(&a.data_compromised);
    let malicious = tri(&a.malicious_compromise);
    let physical = tri(&a.physical_access);
    let slow = tri(&a.slow_resolution);
    // Data compromise "as cloud" (Art. 7(c)): suspectedly malicious at any scale, or more
    // than m(5, 1 000 000) users affected.
    let data_as_cloud = any(&[
        both(data, malicious),
        both(data, users_over(a, 5.0, 1_000_000.0)),
    ]);
    let limited_users = both(over(limited, 60.0), users_over(a, 5.0, 1_000_000.0));
    let specific = match art {
        5 => any(&[
            over(unavailable, 30.0),
            slow,
            both(
                data,
                match tri(&a.dns_small_misconfiguration) {
                    Tri::Yes => Tri::No,
                    Tri::No => Tri::Yes,
                    Tri::Unknown => Tri::Unknown,
                },
            ),
        ]),
        6 => any(&[over(unavailable, 0.0), slow, data]),
        7 | 9 | 10 => any(&[over(unavailable, 30.0), limited_users, data_as_cloud]),
        8 => any(&[
            over(unavailable, 0.0),
            over(limited, 60.0),
            both(data, malicious),
            physical,
        ]),
        11..=13 => any(&[
            both(over(unavailable, 0.0), users_over(a, 5.0, 1_000_000.0)),
            limited_for(5.0, 1_000_000.0),
            data_as_cloud,
        ]),
        _ => any(&[
            over(unavailable, 20.0),
            over(
                figure(
                    &a.weekly_unavailable_minutes,
                    &a.weekly_unavailable_scheduled,
                ),
                60.0,
            ),
            both(over(limited, 0.0), users_over(a, 1.0, 200_000.0)),
            both(data, users_over(a, 0.1, 100.0)),
            physical,
        ]),
    };
    let code = article_code(art);
    let c = |code, outcome| Criterion { code, outcome };
    vec![
        c("ir_a3_a", loss_threshold(a)),
        c("ir_a3_b", tri(&a.trade_secrets)),
        c("ir_a3_c", tri(&a.death)),
        c("ir_a3_d", tri(&a.health_damage)),
        c("ir_a3_e", tri(&a.malicious_access)),
        c("ir_a4", recurring(a)),
        c(code, specific),
    ]
}

/// The criterion code of an entity-type article of 2024/2690.
fn article_code(art: u8) -> &'static str {
    match art {
        5 => "ir_a5",
        6 => "ir_a6",
        7 => "ir_a7",
        8 => "ir_a8",
        9 => "ir_a9",
        10 => "ir_a10",
        11 => "ir_a11",
        12 => "ir_a12",
        13 => "ir_a13",
        _ => "ir_a14",
    }
}

#[cfg(test)]
mod tests;
