//! The DORA classification helper: is this ICT-related incident "major"? Commission Delegated
//! Regulation (EU) 2024/1772, Art. 1–7 (the criteria), Art. 8 (the rule) and Art. 9 (the
//! materiality thresholds). Like the NIS2 helper it advises and never blocks: unanswered
//! questions leave the verdict `indeterminate`, never `not_major`.

use super::codes::Tri;
use super::significance::Criterion;
use serde::{Deserialize, Serialize};

/// The helper's questions, as a GET form sends them: every answer optional text.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct Answers {
    /// Art. 6(a), (b): ICT services supporting critical or important functions, or financial
    /// services needing authorisation, registration or supervision, are affected.
    pub critical_services: Option<String>,
    /// Art. 6(c): a successful, malicious and unauthorised access to network and information
    /// systems (which by itself affects critical services).
    pub malicious_access: Option<String>,
    /// Art. 9(5)(b): that access may result in data losses.
    pub access_may_lose_data: Option<String>,
    /// Art. 9(1)(a), (b): clients affected and clients using the affected service.
    pub clients_affected: Option<String>,
    pub clients_total: Option<String>,
    /// Art. 9(1)(c): financial counterparts affected and all those of the affected service.
    pub counterparts_affected: Option<String>,
    pub counterparts_total: Option<String>,
    /// Art. 9(1)(d): transactions affected and the daily average number.
    pub transactions_affected: Option<String>,
    pub transactions_daily_average: Option<String>,
    /// Art. 9(1)(e): value of the transactions affected and the daily average value (EUR).
    pub transaction_value_eur: Option<String>,
    pub transaction_value_daily_average_eur: Option<String>,
    /// Art. 9(1)(f): clients or counterparts identified as relevant (Art. 1(3)) affected.
    pub relevant_clients_affected: Option<String>,
    /// Art. 9(2) with Art. 2(a)–(d): media, repeated complaints, regulatory breach, lost clients.
    pub reputational_impact: Option<String>,
    /// Art. 9(3): duration of the incident and downtime of services supporting critical or
    /// important functions, in hours (decimals allowed).
    pub duration_hours: Option<String>,
    pub downtime_hours: Option<String>,
    /// Art. 9(4): member states in which the incident has an impact (Art. 4).
    pub member_states_affected: Option<String>,
    /// Art. 9(5)(a): data losses (Art. 5) with an adverse impact on business objectives or
    /// regulatory compliance.
    pub data_losses: Option<String>,
    /// Art. 9(6): costs and losses incurred or likely (Art. 7), EUR.
    pub economic_impact_eur: Option<String>,
    /// Art. 8(2): incidents in the last six months with the same apparent root cause, this one
    /// included.
    pub recurring_count: Option<String>,
    /// The answers above describe all those incidents together (Art. 8(2)(c)).
    pub recurring_combined: Option<String>,
    /// A microenterprise or an entity of DORA Art. 16(1), for which Art. 8(2) does not apply.
    pub simplified_framework: Option<String>,
}

/// Major, not major, or not decided by the answers given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Major,
    NotMajor,
    Indeterminate,
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Major => "major",
            Verdict::NotMajor => "not_major",
            Verdict::Indeterminate => "indeterminate",
        }
    }
}

/// The outcome: the verdict, the rule of Art. 8 that decided it, and every criterion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub verdict: Verdict,
    /// `art8_1_a`, `art8_1_b`, `art8_2`, `art8_2_excluded`, `art8_1_no_critical_service`,
    /// `art8_1_thresholds` or `undecided`.
    pub rule: &'static str,
    /// The gate of Art. 8(1) first (`dora_a6`), then the thresholds of Art. 9.
    pub criteria: Vec<Criterion>,
}

impl Assessment {
    /// Codes of the criteria met.
    pub fn matched(&self) -> Vec<&'static str> {
        self.criteria
            .iter()
            .filter(|c| c.outcome == Tri::Yes)
            .map(|c| c.code)
            .collect()
    }

    /// Codes of the criteria the answers leave open.
    pub fn undecided(&self) -> Vec<&'static str> {
        self.criteria
            .iter()
            .filter(|c| c.outcome == Tri::Unknown)
            .map(|c| c.code)
            .collect()
    }
}

/// Answers that hold a number which is not one; the page names them.
pub fn bad_numbers(a: &Answers) -> Vec<&'static str> {
    [
        ("clients_affected", &a.clients_affected),
        ("clients_total", &a.clients_total),
        ("counterparts_affected", &a.counterparts_affected),
        ("counterparts_total", &a.counterparts_total),
        ("transactions_affected", &a.transactions_affected),
        ("transactions_daily_average", &a.transactions_daily_average),
        ("transaction_value_eur", &a.transaction_value_eur),
        (
            "transaction_value_daily_average_eur",
            &a.transaction_value_daily_average_eur,
        ),
        ("duration_hours", &a.duration_hours),
        ("downtime_hours", &a.downtime_hours),
        ("member_states_affected", &a.member_states_affected),
        ("economic_impact_eur", &a.economic_impact_eur),
        ("recurring_count", &a.recurring_count),
    ]
    .into_iter()
    .filter(|(_, v)| v.as_deref().is_some_and(|s| !s.trim().is_empty()) && number(v).is_none())
    .map(|(name, _)| name)
    .collect()
}

fn tri(v: &Option<String>) -> Tri {
    match v.as_deref().map(str::trim) {
        Some("yes" | "true") => Tri::Yes,
        Some("no" | "false") => Tri::No,
        _ => Tri::Unknown,
    }
}

/// A non-negative finite number; spaces and `_` as thousands separators, `,` as a decimal
/// comma — except before exactly three digits ("150,000"), which is ambiguous and refused.
fn number(v: &Option<String>) -> Option<f64> {
    let s = v
        .as_deref()?
        .trim()
        .replace([' ', '_', '\u{a0}', '\u{202f}'], "");
    if s.len() > 32 {
        return None;
    }
    let s = match s.split_once(',') {
        None => s,
        Some((int, frac)) => {
            let thousands = frac.len() == 3 && frac.chars().all(|c| c.is_ascii_digit());
            if thousands || frac.contains(',') || int.contains('.') {
                return None;
            }
            format!("{int}.{frac}")
        }
    };
    s.parse::<f64>().ok().filter(|n| n.is_finite() && *n >= 0.0)
}

/// `x > limit` (every threshold of Art. 9 reads "higher than", "longer than", "exceed").
fn over(x: Option<f64>, limit: f64) -> Tri {
    match x {
        Some(x) if x > limit => Tri::Yes,
        Some(_) => Tri::No,
        None => Tri::Unknown,
    }
}

/// `affected` is more than `percent` % of `total`; nothing affected decides "no" alone.
fn share_over(affected: Option<f64>, total: Option<f64>, percent: f64) -> Tri {
    match (affected, total) {
        (Some(0.0), _) => Tri::No,
        // Compared as a·100 > total·percent: no rounding at the threshold.
        (Some(a), Some(t)) if a * 100.0 > t * percent => Tri::Yes,
        (Some(_), Some(_)) => Tri::No,
        _ => Tri::Unknown,
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

/// The thresholds of Art. 9 other than 9(5)(b), each with its code.
fn thresholds(a: &Answers) -> Vec<Criterion> {
    let n = number;
    let clients = any(&[
        share_over(n(&a.clients_affected), n(&a.clients_total), 10.0),
        over(n(&a.clients_affected), 100_000.0),
        share_over(n(&a.counterparts_affected), n(&a.counterparts_total), 30.0),
        share_over(
            n(&a.transactions_affected),
            n(&a.transactions_daily_average),
            10.0,
        ),
        share_over(
            n(&a.transaction_value_eur),
            n(&a.transaction_value_daily_average_eur),
            10.0,
        ),
        tri(&a.relevant_clients_affected),
    ]);
    let spread = match n(&a.member_states_affected) {
        Some(m) if m >= 2.0 => Tri::Yes,
        Some(_) => Tri::No,
        None => Tri::Unknown,
    };
    let c = |code, outcome| Criterion { code, outcome };
    vec![
        c("dora_a9_1", clients),
        c("dora_a9_2", tri(&a.reputational_impact)),
        c(
            "dora_a9_3",
            any(&[
                over(n(&a.duration_hours), 24.0),
                over(n(&a.downtime_hours), 2.0),
            ]),
        ),
        c("dora_a9_4", spread),
        c("dora_a9_5_a", tri(&a.data_losses)),
        c("dora_a9_6", over(n(&a.economic_impact_eur), 100_000.0)),
    ]
}

/// Art. 8(2) applies to these answers: `Yes` when they cover two or more recurring
/// incidents, `No` when they describe one incident, `Unknown` when the count is missing.
fn recurring(a: &Answers) -> Tri {
    if tri(&a.recurring_combined) != Tri::Yes {
        return Tri::No;
    }
    match number(&a.recurring_count) {
        Some(c) if c >= 2.0 => Tri::Yes,
        Some(_) => Tri::No,
        None => Tri::Unknown,
    }
}

/// Applies Art. 8: critical services affected (Art. 6), and either a malicious unauthorised
/// access that may lead to data losses (Art. 9(5)(b)) or two or more of the other thresholds
/// of Art. 9. Answers covering recurring incidents together decide under Art. 8(2), which does
/// not apply to microenterprises and the entities of DORA Art. 16(1).
pub fn assess(a: &Answers) -> Assessment {
    let access = tri(&a.malicious_access);
    let gate = any(&[tri(&a.critical_services), access]);
    let access_b = both(access, tri(&a.access_may_lose_data));
    let others = thresholds(a);
    let met = others.iter().filter(|c| c.outcome == Tri::Yes).count();
    let open = others.iter().filter(|c| c.outcome == Tri::Unknown).count();
    let two = if met >= 2 {
        Tri::Yes
    } else if met + open >= 2 {
        Tri::Unknown
    } else {
        Tri::No
    };
    let major = both(gate, any(&[access_b, two]));
    let recurring = recurring(a);
    let excluded = tri(&a.simplified_framework);
    let by_major = |yes: &'static str| match major {
        Tri::Yes => (Verdict::Major, yes),
        _ => (Verdict::Indeterminate, "undecided"),
    };
    let single = if access_b == Tri::Yes {
        "art8_1_a"
    } else {
        "art8_1_b"
    };
    let (verdict, rule) = match (major, recurring, excluded) {
        (Tri::No, _, _) if gate == Tri::No => (Verdict::NotMajor, "art8_1_no_critical_service"),
        (Tri::No, Tri::Yes, _) => (Verdict::NotMajor, "art8_2"),
        (Tri::No, _, _) => (Verdict::NotMajor, "art8_1_thresholds"),
        (_, Tri::No, _) => by_major(single),
        (_, Tri::Yes, Tri::Yes) => (Verdict::NotMajor, "art8_2_excluded"),
        (_, Tri::Yes, Tri::No) => by_major("art8_2"),
        // The count of recurring incidents, or whether Art. 8(2) applies, is missing.
        _ => (Verdict::Indeterminate, "undecided"),
    };
    let mut criteria = vec![Criterion {
        code: "dora_a6",
        outcome: gate,
    }];
    criteria.push(Criterion {
        code: "dora_a9_5_b",
        outcome: access_b,
    });
    criteria.extend(others);
    criteria.push(Criterion {
        code: "dora_a8_2",
        outcome: match (verdict, rule) {
            (Verdict::Major, "art8_2") => Tri::Yes,
            (Verdict::Indeterminate, _) if recurring != Tri::No => Tri::Unknown,
            _ => Tri::No,
        },
    });
    Assessment {
        verdict,
        rule,
        criteria,
    }
}

#[cfg(test)]
mod tests;
