//! Which fields each form shows, in which fieldset, and how each is entered. Labels and hints
//! are words, so they live in the message catalogue (`[label]`, `[hint]`, `[section]`).

use crate::domain::codes::{EntityCategory, RegistrationScheme, Tri};
use crate::domain::member_state::MemberState;
use crate::domain::report::fields::{CodeList, Kind as FieldKind};
use crate::domain::report::{self, LANGUAGES};
use crate::domain::{sector, taxonomy};
use crate::words::{text_in, Lang};

pub use super::sections::{conditional, names, required, sections, voluntary_sections, Section};

/// How a field is entered in HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Email,
    Tel,
    Area,
    Number,
    /// `datetime-local`, read in the form's time zone.
    DateTime,
    Select,
    /// yes / no / unknown radios.
    Tri,
    /// yes / no radios.
    Bool,
    /// Several checkboxes of one name.
    Checks,
    /// One entry per line in a text area.
    Lines,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Email => "email",
            Kind::Tel => "tel",
            Kind::Area => "area",
            Kind::Number => "number",
            Kind::DateTime => "datetime",
            Kind::Select => "select",
            Kind::Tri => "tri",
            Kind::Bool => "bool",
            Kind::Checks => "checks",
            Kind::Lines => "lines",
        }
    }
}

/// The entity and contact block (spec §2.2) of a new report.
pub const ENTITY: &[&str] = &[
    "legal_name",
    "trade_name",
    "member_state",
    "sector",
    "subsector",
    "entity_type",
    "entity_category",
    "registration_id",
    "registration_scheme",
    "contact_name",
    "email",
    "phone",
    "ms_main_establishment",
    "ms_services_provided",
    "eu_representative_name",
    "eu_representative_ms",
    "eu_representative_email",
    "eu_representative_phone",
    "technical_contact_name",
    "technical_contact_role",
    "technical_contact_email",
    "technical_contact_phone",
    "available_24x7",
    "annual_turnover_prev_fy_eur",
    "lei",
    "is_cer_critical_entity",
];

/// How a field is entered: the entity block's and the form's own fields here, every report
/// field as the registry's kind says.
pub fn kind(name: &str) -> Kind {
    match name {
        "email" | "eu_representative_email" | "technical_contact_email" => Kind::Email,
        "phone" | "eu_representative_phone" | "technical_contact_phone" => Kind::Tel,
        "available_24x7" | "is_cer_critical_entity" => Kind::Bool,
        "annual_turnover_prev_fy_eur" => Kind::Number,
        "member_state"
        | "ms_main_establishment"
        | "eu_representative_ms"
        | "sector"
        | "subsector"
        | "entity_type"
        | "entity_category"
        | "registration_scheme"
        | "tz" => Kind::Select,
        _ => report::fields::find(name).map_or(Kind::Text, |f| entered(&f.kind)),
    }
}

/// The HTML input for a registry kind.
fn entered(kind: &FieldKind) -> Kind {
    match kind {
        FieldKind::Line { .. } | FieldKind::Uuid | FieldKind::Object(_) | FieldKind::Cvss => {
            Kind::Text
        }
        FieldKind::Text { .. } => Kind::Area,
        FieldKind::DateTime => Kind::DateTime,
        FieldKind::Tri => Kind::Tri,
        FieldKind::Bool => Kind::Bool,
        FieldKind::Code(_) => Kind::Select,
        FieldKind::Codes(_) => Kind::Checks,
        FieldKind::Money | FieldKind::Count | FieldKind::CountOrUnknown => Kind::Number,
        FieldKind::List(_) | FieldKind::Iocs | FieldKind::Timeline | FieldKind::Answers => {
            Kind::Lines
        }
    }
}

/// One choice of a select, radio or checkbox group; `group` labels an `<optgroup>`.
#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub group: String,
}

fn choice(value: &str, label: String) -> Choice {
    Choice {
        value: value.into(),
        label,
        group: String::new(),
    }
}

fn coded<T: Copy + std::fmt::Display>(lang: Lang, all: &[T]) -> Vec<Choice> {
    all.iter()
        .map(|v| {
            let code = v.to_string();
            choice(&code, words_in(lang, &code))
        })
        .collect()
}

/// A code as words in English: the catalogue's `[code]` entry, else the code with spaces.
pub fn words(code: &str) -> String {
    words_in(Lang::En, code)
}

/// A code as words in `lang`, capitalised like a label.
pub fn words_in(lang: Lang, code: &str) -> String {
    // Hyphens and underscores become spaces only in a code without words: a translation's
    // own hyphens ("C2-Server") stay.
    let t = match crate::words::text_or_empty_in(lang, "code", code) {
        t if t.is_empty() => code.replace(['-', '_'], " "),
        t => t,
    };
    let mut chars = t.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => t,
    }
}

fn member_states() -> impl Iterator<Item = MemberState> {
    MemberState::ALL
        .iter()
        .copied()
        .filter(|m| !m.is_eea_efta())
}

/// The choices of a select, radio or checkbox field: the entity block's lists, the time
/// zones, and for report fields the registry's code list (in English).
pub fn choices(name: &str) -> Vec<Choice> {
    choices_in(Lang::En, name)
}

/// [`choices`] with their words in `lang`.
pub fn choices_in(lang: Lang, name: &str) -> Vec<Choice> {
    let words = |c: &str| words_in(lang, c);
    let code_list = |l: CodeList| code_list(lang, l);
    match name {
        // `ms_establishment` (spec §2.2): a member state, or not established in the EU.
        "member_state" => {
            let mut all = code_list(CodeList::MemberState);
            all.push(choice("non_eu", text_in(lang, "phrase", "non_eu")));
            all
        }
        "ms_main_establishment" | "eu_representative_ms" => code_list(CodeList::MemberState),
        "sector" => sector::sectors()
            .into_iter()
            .map(|s| choice(s, words(s)))
            .collect(),
        "subsector" => subsectors(lang),
        "entity_type" => entity_types(lang),
        "entity_category" => coded(lang, EntityCategory::ALL),
        "registration_scheme" => coded(lang, RegistrationScheme::ALL),
        "tz" => time_zones(lang),
        "tri" => coded(lang, Tri::ALL),
        "bool" => vec![choice("true", words("yes")), choice("false", words("no"))],
        _ => report::fields::find(name)
            .and_then(|f| f.codes())
            .map(code_list)
            .unwrap_or_default(),
    }
}

/// A registry code list as choices, each in words.
fn code_list(lang: Lang, list: CodeList) -> Vec<Choice> {
    let text = |s: &str, k: &str| text_in(lang, s, k);
    let words = |c: &str| words_in(lang, c);
    match list {
        CodeList::MemberState => {
            // In the order of their names in `lang`, accents not counting.
            let mut all: Vec<Choice> = member_states()
                .map(|m| {
                    choice(
                        m.as_str(),
                        format!("{} ({})", text("member_state", m.as_str()), m.eu_code()),
                    )
                })
                .collect();
            all.sort_by_cached_key(|c| crate::words::sort_key(&c.label));
            all
        }
        CodeList::Language => LANGUAGES
            .iter()
            .map(|l| choice(l, text("language", l)))
            .collect(),
        CodeList::RsitType => taxonomy::RSIT
            .iter()
            .flat_map(|(c, types)| {
                types.iter().map(move |t| Choice {
                    group: words(c),
                    ..choice(t, words(t))
                })
            })
            .collect(),
        CodeList::RsitClass | CodeList::Enum { .. } => {
            list.codes().iter().map(|c| choice(c, words(c))).collect()
        }
    }
}

fn subsectors(lang: Lang) -> Vec<Choice> {
    let words = |c: &str| words_in(lang, c);
    let mut out: Vec<Choice> = Vec::new();
    for (s, sub, _) in sector::TABLE {
        if let Some(sub) = sub {
            if !out.iter().any(|c| c.value == *sub) {
                out.push(Choice {
                    group: words(s),
                    ..choice(sub, words(sub))
                });
            }
        }
    }
    out
}

fn entity_types(lang: Lang) -> Vec<Choice> {
    let words = |c: &str| words_in(lang, c);
    let mut out: Vec<Choice> = Vec::new();
    for (s, sub, types) in sector::TABLE {
        let group = match sub {
            Some(sub) => format!("{} – {}", words(s), words(sub)),
            None => words(s),
        };
        for t in *types {
            if !out.iter().any(|c| c.value == *t) {
                out.push(Choice {
                    group: group.clone(),
                    ..choice(t, words(t))
                });
            }
        }
    }
    out
}

fn time_zones(lang: Lang) -> Vec<Choice> {
    let mut zones: Vec<String> = member_states()
        .map(|m| m.default_timezone().name().to_string())
        .collect();
    zones.sort();
    zones.dedup();
    std::iter::once(choice("", text_in(lang, "phrase", "tz_default")))
        .chain(std::iter::once(choice("UTC", "UTC".into())))
        .chain(zones.iter().map(|z| choice(z, z.clone())))
        .collect()
}
