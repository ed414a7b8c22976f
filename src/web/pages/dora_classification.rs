//! `GET /report/dora-classification`: the DORA "is this a major ICT-related incident?" helper
//! (Delegated Regulation 2024/1772 Art. 8 and 9), built like the NIS2 significance helper: a
//! GET form, so the answers stay in the URL and nothing is stored; it advises, never blocks.

use super::{page, PageError};
use crate::domain::dora_classification::{self as dora, Answers};
use crate::web::forms::fields::{self, Choice};
use crate::web::forms::{FieldView, SectionView};
use crate::web::lang::page_tr;
use crate::words::{text_in, text_or_empty_in, Lang, Tr};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

#[derive(Template)]
#[template(path = "pages/dora_classification.html")]
struct Helper {
    tr: Tr,
    title: String,
    sections: Vec<SectionView>,
    result: Option<Outcome>,
}

struct Outcome {
    verdict: String,
    advice: String,
    rule: String,
    matched: Vec<String>,
    undecided: Vec<String>,
}

const GATE: &[&str] = &[
    "critical_services",
    "malicious_access",
    "access_may_lose_data",
];
const CLIENTS: &[&str] = &[
    "clients_affected",
    "clients_total",
    "counterparts_affected",
    "counterparts_total",
    "transactions_affected",
    "transactions_daily_average",
    "transaction_value_eur",
    "transaction_value_daily_average_eur",
    "relevant_clients_affected",
];
const IMPACT: &[&str] = &[
    "reputational_impact",
    "duration_hours",
    "downtime_hours",
    "member_states_affected",
    "data_losses",
    "economic_impact_eur",
];
const RECURRING: &[&str] = &[
    "recurring_count",
    "recurring_combined",
    "simplified_framework",
];

/// The yes/no/unknown questions; every other one takes a number.
const TRI: &[&str] = &[
    "critical_services",
    "malicious_access",
    "access_may_lose_data",
    "relevant_clients_affected",
    "reputational_impact",
    "data_losses",
    "recurring_combined",
    "simplified_framework",
];

fn field(tr: &Tr, name: &str, answers: &serde_json::Value, bad: &[&str]) -> FieldView {
    let lang: Lang = tr.lang;
    let (kind, choices) = if TRI.contains(&name) {
        ("tri", fields::choices_in(lang, "tri"))
    } else {
        ("number", Vec::new())
    };
    let mut groups: Vec<(String, Vec<Choice>)> = Vec::new();
    if !choices.is_empty() {
        groups.push((String::new(), choices));
    }
    let value = answers
        .get(name)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string();
    FieldView {
        name: name.into(),
        id: format!("f-{name}"),
        label: text_in(lang, "dora_question", name),
        hint: text_or_empty_in(lang, "dora_hint", name),
        kind,
        required: false,
        condition: String::new(),
        checked: vec![value.clone()],
        value,
        groups,
        error: bad.contains(&name).then(|| tr.t("pages-dora-not-a-number")),
    }
}

fn outcome(lang: Lang, query: &Answers) -> Outcome {
    let a = dora::assess(query);
    let text = |s: &str, k: &str| text_in(lang, s, k);
    let named = |codes: Vec<&'static str>| {
        codes
            .iter()
            .map(|c| format!("{c}: {}", text("dora_criterion", c)))
            .collect()
    };
    Outcome {
        verdict: text("dora_verdict", a.verdict.code()),
        advice: text("dora_advice", a.verdict.code()),
        rule: text("dora_rule", a.rule),
        matched: named(a.matched()),
        undecided: named(a.undecided()),
    }
}

pub async fn show(req: HttpRequest, query: web::Query<Answers>) -> Result<HttpResponse, PageError> {
    let tr = page_tr(&req, None);
    let lang = tr.lang;
    let answers = serde_json::to_value(&*query).unwrap_or_default();
    let bad = dora::bad_numbers(&query);
    let section = |key: &str, names: &[&str]| SectionView {
        legend: text_in(lang, "dora_section", key),
        hint: text_or_empty_in(lang, "dora_section_hint", key),
        fields: names
            .iter()
            .map(|n| field(&tr, n, &answers, &bad))
            .collect(),
    };
    let sections = vec![
        section("gate", GATE),
        section("clients", CLIENTS),
        section("impact", IMPACT),
        section("recurring", RECURRING),
    ];
    let asked = answers.as_object().is_some_and(|o| {
        o.values()
            .any(|v| v.as_str().is_some_and(|s| !s.trim().is_empty()))
    });
    let result = asked.then(|| outcome(lang, &query));
    page(
        StatusCode::OK,
        &Helper {
            title: tr.t("pages-dora-title"),
            tr,
            sections,
            result,
        },
        None,
    )
}
