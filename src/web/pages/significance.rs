//! `GET /report/significance`: the "is this significant?" helper (spec §4). A GET form, so
//! the answers stay in the URL and nothing is stored; it advises and never blocks.

use super::{page, PageError};
use crate::domain::codes::Tri;
use crate::domain::significance::{self, Answers, Verdict};
use crate::web::forms::fields::{self, Choice};
use crate::web::forms::{FieldView, SectionView};
use crate::web::lang::page_tr;
use crate::words::{text_in, text_or_empty_in, Lang, Tr};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

#[derive(Template)]
#[template(path = "pages/significance.html")]
struct Helper {
    tr: Tr,
    title: String,
    sections: Vec<SectionView>,
    result: Option<Outcome>,
}

struct Outcome {
    verdict: String,
    advice: String,
    matched: Vec<String>,
    undecided: Vec<String>,
    /// Availability figures left out as scheduled interruptions (Art. 3(2)).
    excluded: Vec<String>,
    report_link: String,
}

const GENERAL: &[&str] = &[
    "entity_type",
    "severe_disruption",
    "severe_financial_loss",
    "damage_to_others",
];
const THRESHOLDS: &[&str] = &[
    "financial_loss_eur",
    "annual_turnover_eur",
    "trade_secrets",
    "death",
    "health_damage",
    "malicious_access",
    "recurring_count",
    "recurring_loss_eur",
];
const SERVICE: &[&str] = &[
    "unavailable_minutes",
    "unavailable_scheduled",
    "limited_minutes",
    "limited_scheduled",
    "weekly_unavailable_minutes",
    "weekly_unavailable_scheduled",
    "slow_resolution",
    "users_total_eu",
    "users_affected",
    "data_compromised",
    "malicious_compromise",
    "dns_small_misconfiguration",
    "physical_access",
];

fn field(lang: Lang, name: &str, answers: &serde_json::Value) -> FieldView {
    let (kind, choices) = match name {
        "entity_type" => ("select", fields::choices_in(lang, "entity_type")),
        n if n.ends_with("_eur")
            || n.ends_with("_minutes")
            || n.ends_with("_count")
            || n.starts_with("users_") =>
        {
            ("number", Vec::new())
        }
        _ => ("tri", fields::choices_in(lang, "tri")),
    };
    let mut groups: Vec<(String, Vec<Choice>)> = Vec::new();
    for c in choices {
        match groups.last_mut() {
            Some((g, list)) if *g == c.group => list.push(c),
            _ => groups.push((c.group.clone(), vec![c])),
        }
    }
    let value = answers
        .get(name)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string();
    FieldView {
        name: name.into(),
        id: format!("f-{name}"),
        label: text_in(lang, "significance", name),
        hint: text_or_empty_in(lang, "significance_hint", name),
        kind,
        required: false,
        condition: String::new(),
        checked: vec![value.clone()],
        value,
        groups,
        error: None,
    }
}

pub async fn show(req: HttpRequest, query: web::Query<Answers>) -> Result<HttpResponse, PageError> {
    let tr = page_tr(&req, None);
    let lang = tr.lang;
    let text = |s: &str, k: &str| text_in(lang, s, k);
    let answers = serde_json::to_value(&*query).unwrap_or_default();
    let section = |key: &str, names: &[&str]| SectionView {
        legend: text("significance_section", key),
        hint: text_or_empty_in(lang, "significance_section_hint", key),
        fields: names.iter().map(|n| field(lang, n, &answers)).collect(),
    };
    let asked = answers.as_object().is_some_and(|o| {
        o.values()
            .any(|v| v.as_str().is_some_and(|s| !s.is_empty()))
    });
    let result = asked.then(|| {
        let a = significance::assess(&query);
        let matched = a.matched();
        let verdict = match a.verdict {
            Verdict::Significant => "significant",
            Verdict::NotSignificant => "not_significant",
            Verdict::Indeterminate => "indeterminate",
        };
        Outcome {
            verdict: text("significance_verdict", verdict),
            advice: text("significance_advice", verdict),
            matched: matched
                .iter()
                .map(|c| format!("{c}: {}", text("criterion", c)))
                .collect(),
            undecided: a
                .criteria
                .iter()
                .filter(|c| c.outcome == Tri::Unknown)
                .map(|c| format!("{}: {}", c.code, text("criterion", c.code)))
                .collect(),
            excluded: a.excluded.iter().map(|f| text("significance", f)).collect(),
            report_link: format!(
                "/report/new?stage=early_warning&significance_basis={}",
                matched.join(",")
            ),
        }
    });
    page(
        StatusCode::OK,
        &Helper {
            title: tr.t("pages-significance-title"),
            tr,
            sections: vec![
                section("general", GENERAL),
                section("thresholds", THRESHOLDS),
                section("service", SERVICE),
            ],
            result,
        },
        None,
    )
}
