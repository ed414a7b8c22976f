//! Share packages (spec v0.2 §6; NIS2 Art. 23(6), 23(8), 23(10)): what the receiving
//! authority hands to another authority (another member state's SPOC or CSIRT, ENISA, a CER
//! or data-protection authority) instead of the whole case. Which fields may be shared, the
//! checks on a package request, and the frozen content a recipient sees.

use super::codes::{code_enum, Tlp};
use super::names::AuthorityCode;
use super::routing::RoutingTable;
use super::validation::{FieldErrors, Msg};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use uuid::Uuid;

code_enum!(
    /// A piece of a case that may go into a package. Contacts, notes, the conversation, the
    /// audit trail and staff names are never among them.
    PackageField {
        Reference = "reference", EntityName = "entity_name", MemberState = "member_state",
        Sector = "sector", EntityType = "entity_type", Title = "title", Summary = "summary",
        AwareAt = "aware_at", DetectedAt = "detected_at", StartedAt = "started_at",
        SuspectedMalicious = "suspected_malicious", CrossBorderPossible = "cross_border_possible",
        CrossBorderMs = "cross_border_ms", AffectedServices = "affected_services",
        IncidentStatus = "incident_status", InitialAssessment = "initial_assessment",
        Severity = "severity", Outlook = "outlook", ImpactProperties = "impact_properties",
        ServiceImpact = "service_impact", UsersAffected = "users_affected",
        OutageStart = "outage_start", OutageEnd = "outage_end", GeoSpread = "geo_spread",
        FinancialLossEur = "financial_loss_eur", IncidentClass = "incident_class",
        IncidentType = "incident_type", RootCauseCategory = "root_cause_category",
        RootCauseDescription = "root_cause_description", Iocs = "iocs", CveIds = "cve_ids",
        AttackTechniques = "attack_techniques", MitigationTaken = "mitigation_taken",
        MitigationApplied = "mitigation_applied", MitigationOngoing = "mitigation_ongoing",
        DetailedDescription = "detailed_description", CrossBorderImpact = "cross_border_impact",
        HandledAt = "handled_at",
    }
);

impl PackageField {
    /// Whether the field names the entity; refused while its identity is redacted.
    pub fn is_identity(self) -> bool {
        matches!(self, Self::EntityName | Self::Reference)
    }
}

/// Longest note on a package.
pub const NOTE_MAX: usize = 4_000;

/// The raw request, from the API's JSON or the case page's form.
#[derive(Debug, Clone, Default)]
pub struct PackageInput {
    pub recipients: Vec<String>,
    pub fields: Vec<String>,
    pub tlp: Option<String>,
    pub note: Option<String>,
    /// Absent means redacted: the entity's identity is shared only when asked for.
    pub redact_identity: Option<bool>,
}

/// A checked request: known recipients other than the sender, at least one field.
#[derive(Debug, Clone, PartialEq)]
pub struct PackageRequest {
    pub recipients: Vec<AuthorityCode>,
    pub fields: Vec<PackageField>,
    pub tlp: Tlp,
    pub note: String,
    pub redact_identity: bool,
}

impl PackageRequest {
    /// Checks a request of `sender` against the routing table; every error names its field.
    pub fn parse(
        input: &PackageInput,
        table: &RoutingTable,
        sender: &AuthorityCode,
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut recipients: Vec<AuthorityCode> = Vec::new();
        for raw in &input.recipients {
            let known = AuthorityCode::parse(raw.trim())
                .ok()
                .filter(|c| table.authority(c).is_some());
            match known {
                None => errors.add(
                    "recipients",
                    Msg::t1("api-package-unknown-authority", "value", format!("{raw:?}")),
                ),
                Some(c) if &c == sender => {
                    errors.add("recipients", Msg::t("api-package-own-authority"))
                }
                Some(c) if !recipients.contains(&c) => recipients.push(c),
                Some(_) => {}
            }
        }
        if input.recipients.is_empty() {
            errors.add("recipients", Msg::t("api-package-no-recipient"));
        }
        let redact_identity = input.redact_identity.unwrap_or(true);
        let mut fields: Vec<PackageField> = Vec::new();
        for raw in &input.fields {
            match PackageField::from_code(raw.trim()) {
                None => errors.add(
                    "fields",
                    Msg::t1("api-package-unknown-field", "value", format!("{raw:?}")),
                ),
                Some(f) if f.is_identity() && redact_identity => errors.add(
                    "fields",
                    Msg::t1("api-package-identity", "field", f.as_str()),
                ),
                Some(f) if !fields.contains(&f) => fields.push(f),
                Some(_) => {}
            }
        }
        if input.fields.is_empty() {
            errors.add("fields", Msg::t("api-package-no-field"));
        }
        let tlp = match input
            .tlp
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            None => Some(Tlp::Amber),
            Some(t) => Tlp::from_code(t).or_else(|| {
                let codes: Vec<&str> = Tlp::ALL.iter().map(|t| t.as_str()).collect();
                errors.add("tlp", Msg::t1("api-package-tlp", "codes", codes.join(", ")));
                None
            }),
        };
        let mut check = super::validation::Checker::new("");
        let note = check.text("note", input.note.as_deref(), 1, NOTE_MAX);
        errors.extend(check.errors);
        match tlp {
            Some(tlp) if errors.is_empty() => Ok(Self {
                recipients,
                fields,
                tlp,
                note: note.unwrap_or_default(),
                redact_identity,
            }),
            _ => Err(errors),
        }
    }
}

/// What a case offers to a package: its identity and its merged facts.
pub struct CaseFacts<'a> {
    pub reference: &'a str,
    pub entity_name: &'a str,
    pub member_state: &'a str,
    pub sector: &'a str,
    pub entity_type: &'a str,
    pub facts: &'a Value,
}

/// The values of exactly the chosen fields, frozen when the package is made; a field the
/// case does not hold yet is left out.
pub fn content(fields: &[PackageField], case: &CaseFacts) -> Map<String, Value> {
    let mut out = Map::new();
    for f in fields {
        let value = match f {
            PackageField::Reference => Some(Value::from(case.reference)),
            PackageField::EntityName => Some(Value::from(case.entity_name)),
            PackageField::MemberState => Some(Value::from(case.member_state)),
            PackageField::Sector => Some(Value::from(case.sector)),
            PackageField::EntityType => Some(Value::from(case.entity_type)),
            other => case.facts.get(other.as_str()).cloned(),
        };
        if let Some(v) = value.filter(|v| !v.is_null()) {
            out.insert(f.as_str().to_string(), v);
        }
    }
    out
}

/// A package as stored: who shared what with whom, and whether it still stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Package {
    pub id: Uuid,
    pub case_id: Uuid,
    pub sender: AuthorityCode,
    pub recipients: Vec<AuthorityCode>,
    pub fields: Vec<PackageField>,
    pub content: Map<String, Value>,
    pub tlp: Tlp,
    pub note: String,
    pub redact_identity: bool,
    pub created_at: DateTime<Utc>,
    /// The actor's stored text; shown to the sender only, never to a recipient.
    pub created_by: String,
    pub revoked_at: Option<DateTime<Utc>>,
    pub revoked_by: Option<String>,
}

impl Package {
    /// Whether `authority` may read it now: a recipient, until it is revoked.
    pub fn readable_by(&self, authority: &AuthorityCode) -> bool {
        self.revoked_at.is_none() && self.recipients.contains(authority)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> RoutingTable {
        RoutingTable::from_toml(include_str!("../../config/authorities.example.toml")).unwrap()
    }

    fn input(recipients: &[&str], fields: &[&str]) -> PackageInput {
        PackageInput {
            recipients: recipients.iter().map(|s| s.to_string()).collect(),
            fields: fields.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn a_package_needs_known_recipients_and_chosen_fields() {
        let lu = AuthorityCode::parse("LU-CSIRT").unwrap();
        let ok = PackageRequest::parse(&input(&["DE-BSI", "EU-ENISA"], &["title"]), &table(), &lu)
            .unwrap();
        assert_eq!((ok.tlp, ok.redact_identity), (Tlp::Amber, true));
        let e = PackageRequest::parse(&input(&["XX-NOBODY"], &[]), &table(), &lu).unwrap_err();
        assert!(e.has("recipients") && e.has("fields"), "{e}");
        let e =
            PackageRequest::parse(&input(&["LU-CSIRT"], &["title"]), &table(), &lu).unwrap_err();
        assert!(e.has("recipients"), "{e}");
        let e = PackageRequest::parse(&input(&["DE-BSI"], &["entity_name"]), &table(), &lu)
            .unwrap_err();
        assert!(e.to_string().contains("redact_identity"), "{e}");
    }

    #[test]
    fn the_content_holds_exactly_the_chosen_fields() {
        let facts = serde_json::json!({"title": "T", "summary": "S", "severity": null});
        let case = CaseFacts {
            reference: "LU-2026-000001",
            entity_name: "ACME",
            member_state: "LU",
            sector: "energy",
            entity_type: "gas_tso",
            facts: &facts,
        };
        let c = content(&[PackageField::Title, PackageField::Severity], &case);
        assert_eq!(Value::Object(c), serde_json::json!({"title": "T"}));
    }

    /// Art. 23(6), 23(10): ENISA and CER authorities receive packages, never routed cases.
    #[test]
    fn enisa_and_cer_authorities_are_never_routed_a_case() {
        let bank =
            crate::domain::sector::Classification::parse("banking", None, "credit_institution")
                .unwrap();
        let reach = crate::domain::routing::Reach {
            cross_border: true,
            cross_sectoral: true,
        };
        for ms in [
            crate::domain::member_state::MemberState::LU,
            crate::domain::member_state::MemberState::DE,
        ] {
            let got: Vec<String> =
                (table().route(crate::domain::codes::Regime::Nis2, ms, &bank, reach))
                    .iter()
                    .map(|r| r.authority.code.to_string())
                    .collect();
            assert!(
                !got.iter().any(|c| c == "EU-ENISA" || c == "LU-HCPN-CER"),
                "{got:?}"
            );
        }
    }
}
