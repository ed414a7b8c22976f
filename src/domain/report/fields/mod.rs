//! The report-field registry: for every field of a report (stage submission) its API name, its
//! kind (with limits and code list), what each NIS2 stage asks of it, whether a later filing
//! inherits it, and whether the form shows a hint. The parse step, the stage rules, the HTML
//! form, the OpenAPI schema and the message-catalogue check all read this one table; adding a
//! field is one entry in `table.rs` plus its words in `templates/locales/<lang>/catalogue.ftl`.

mod table;

pub use table::*;

use crate::domain::lifecycle::Stage;
use crate::domain::member_state::MemberState;
use crate::domain::taxonomy;

/// The 24 official EU languages (ISO 639-1).
pub const LANGUAGES: &[&str] = &[
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
];

/// What a stage asks of a field (spec §2: R, C, O; `No` = not asked, though still accepted
/// and carried forward when sent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Required,
    /// Required only under a rule of `rules.rs` (shown as optional on the form).
    Conditional,
    Optional,
    No,
}

/// A closed list of codes a field takes its values from.
#[derive(Debug, Clone, Copy)]
pub enum CodeList {
    /// A `code_enum!` list: its type name and its codes.
    Enum {
        name: &'static str,
        codes: fn() -> Vec<&'static str>,
    },
    /// EU member states (EEA EFTA states are refused, spec §3.1).
    MemberState,
    /// [`LANGUAGES`].
    Language,
    /// RSIT incident classes (spec §3.4).
    RsitClass,
    /// RSIT incident types, each belonging to a class.
    RsitType,
}

impl CodeList {
    /// The list's name, e.g. for the OpenAPI document and tests.
    pub fn name(&self) -> &'static str {
        match self {
            CodeList::Enum { name, .. } => name,
            CodeList::MemberState => "MemberState",
            CodeList::Language => "Language",
            CodeList::RsitClass => "RsitClass",
            CodeList::RsitType => "RsitType",
        }
    }

    /// Every accepted code.
    pub fn codes(&self) -> Vec<&'static str> {
        match self {
            CodeList::Enum { codes, .. } => codes(),
            CodeList::MemberState => MemberState::ALL
                .iter()
                .filter(|m| !m.is_eea_efta())
                .map(|m| m.as_str())
                .collect(),
            CodeList::Language => LANGUAGES.to_vec(),
            CodeList::RsitClass => taxonomy::RSIT.iter().map(|(c, _)| *c).collect(),
            CodeList::RsitType => taxonomy::RSIT
                .iter()
                .flat_map(|(_, types)| types.iter().copied())
                .collect(),
        }
    }
}

/// What one entry of a list of short strings must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A service name: at most 200 characters of single-line text.
    Service,
    /// A significance criterion code such as `ir_a3_a` (spec §4).
    Criterion,
    /// A CVE id.
    Cve,
    /// A MITRE ATT&CK technique id.
    AttackTechnique,
    /// A case id.
    Uuid,
    /// A product identifier: a package URL (`pkg:…`) or a CPE name (`cpe:2.3:…`, `cpe:/…`).
    ProductId,
}

/// How a field's value is written and checked.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// Single-line text of `min..=max` characters (no line breaks, spec §2.8).
    Line {
        min: usize,
        max: usize,
    },
    /// Multi-line text of `min..=max` characters.
    Text {
        min: usize,
        max: usize,
    },
    /// RFC 3339 date and time with offset.
    DateTime,
    /// yes / no / unknown.
    Tri,
    /// true / false.
    Bool,
    /// One code of a list.
    Code(CodeList),
    /// Several codes of a list.
    Codes(CodeList),
    /// Euros, at most two decimals.
    Money,
    /// A whole number ≥ 0.
    Count,
    /// A whole number ≥ 0, or `unknown`.
    CountOrUnknown,
    Uuid,
    /// A list of short strings.
    List(Item),
    /// Indicators of compromise: `{type, value, first_seen?, last_seen?, note?}[]`.
    Iocs,
    /// Timeline events: `{at, event}[]`.
    Timeline,
    /// An object of named parts (e.g. `cross_border_impact.ms`).
    Object(&'static [Field]),
    /// The threads a filing answers: `{regime, stage}[]` (spec §7).
    Answers,
    /// A CVSS v3.x or v4.0 vector string (`CVSS:3.1/AV:N/…`).
    Cvss,
}

/// One report field.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// The API name (and form name, and catalogue key).
    pub name: &'static str,
    pub kind: Kind,
    /// NIS2: what each stage asks, in [`NIS2_STAGES`](crate::domain::lifecycle::NIS2_STAGES) order. Sibling regimes (DORA, GDPR, CRA)
    /// add their own column here, e.g. `dora: [Need; N]` over their stage list.
    pub nis2: [Need; 5],
    /// A later filing inherits the value when it leaves the field empty (spec §2.8).
    pub carried: bool,
    /// The form shows a hint under the label (its words are in the catalogue's `[hint]`).
    pub hint: bool,
    /// Asked by voluntary notifications (Art. 30, spec §7) rather than by a NIS2 stage.
    pub voluntary: bool,
}

impl Field {
    /// What `stage` asks of this field.
    pub fn need(&self, stage: Stage) -> Need {
        crate::domain::lifecycle::NIS2_STAGES
            .iter()
            .position(|s| *s == stage)
            .map_or(Need::No, |i| self.nis2[i])
    }

    /// The code list of a code or code-list field (yes/no/unknown for tri-state ones).
    pub fn codes(&self) -> Option<CodeList> {
        match self.kind {
            Kind::Code(l) | Kind::Codes(l) => Some(l),
            Kind::Tri => Some(TRI),
            _ => None,
        }
    }
}

/// Every report field, in the API's order.
pub fn all() -> &'static [Field] {
    FIELDS
}

/// The field called `name`; `outer.inner` names a part of an object field.
pub fn find(name: &str) -> Option<&'static Field> {
    match name.split_once('.') {
        Some((outer, inner)) => match find(outer)?.kind {
            Kind::Object(parts) => parts.iter().find(|p| p.name == inner),
            _ => None,
        },
        None => FIELDS.iter().find(|f| f.name == name),
    }
}

/// Names of the fields a later filing does not inherit.
pub fn not_carried() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().filter(|f| !f.carried).map(|f| f.name)
}

/// Every name the form or the catalogue knows a field by: plain fields, and `outer.inner`
/// for the parts of object fields.
pub fn form_names() -> Vec<String> {
    let mut out = Vec::new();
    for f in FIELDS {
        match f.kind {
            Kind::Object(parts) => {
                out.extend(parts.iter().map(|p| format!("{}.{}", f.name, p.name)))
            }
            _ => out.push(f.name.to_string()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_names_exactly_the_fields_the_input_accepts() {
        let input = serde_json::to_value(super::super::ReportInput::default()).unwrap_or_default();
        let mut accepted: Vec<&str> = input
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let mut registered: Vec<&str> = all().iter().map(|f| f.name).collect();
        accepted.sort();
        registered.sort();
        assert_eq!(accepted, registered);
    }

    #[test]
    fn lookups_find_fields_and_parts() {
        assert_eq!(find("title").map(|f| f.name), Some("title"));
        assert_eq!(find("cross_border_impact.ms").map(|f| f.name), Some("ms"));
        assert!(find("title.x").is_none() && find("nonsense").is_none());
        let once: Vec<&str> = not_carried().collect();
        assert!(once.contains(&"late_reason") && !once.contains(&"title"));
        let sibling: Vec<&str> = crate::domain::regimes::fields::named().collect();
        assert!(all().iter().all(|f| f.voluntary
            || sibling.contains(&f.name)
            || ["regime", "answers"].contains(&f.name)
            || f.need(Stage::FinalReport) != Need::No
            || f.need(Stage::EarlyWarning) != Need::No
            || f.need(Stage::IncidentNotification) != Need::No
            || f.need(Stage::IntermediateReport) != Need::No
            || f.need(Stage::ProgressReport) != Need::No));
    }
}
