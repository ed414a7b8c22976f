//! NIS2 Annex I/II sectors, subsectors and entity types (spec §3.2), and their consistency.

use super::msg::Msg;
use super::names::{EntityType, Sector};
use serde::Serialize;

/// (sector, subsector, entity types). A `None` subsector means the sector has none.
pub const TABLE: &[(&str, Option<&str>, &[&str])] = &[
    (
        "energy",
        Some("electricity"),
        &[
            "electricity_supplier",
            "electricity_dso",
            "electricity_tso",
            "electricity_producer",
            "nemo",
            "electricity_market_participant",
            "recharging_point_operator",
        ],
    ),
    (
        "energy",
        Some("district_heating_cooling"),
        &["dhc_operator"],
    ),
    (
        "energy",
        Some("oil"),
        &[
            "oil_pipeline_operator",
            "oil_production_refining_storage_operator",
            "oil_central_stockholding_entity",
        ],
    ),
    (
        "energy",
        Some("gas"),
        &[
            "gas_supplier",
            "gas_dso",
            "gas_tso",
            "gas_storage_operator",
            "lng_operator",
            "natural_gas_undertaking",
            "gas_refining_treatment_operator",
        ],
    ),
    ("energy", Some("hydrogen"), &["hydrogen_operator"]),
    (
        "transport",
        Some("air"),
        &[
            "air_carrier",
            "airport_managing_body",
            "air_traffic_control_operator",
        ],
    ),
    (
        "transport",
        Some("rail"),
        &["rail_infrastructure_manager", "railway_undertaking"],
    ),
    (
        "transport",
        Some("water"),
        &[
            "water_transport_company",
            "port_managing_body",
            "vts_operator",
        ],
    ),
    (
        "transport",
        Some("road"),
        &["road_traffic_authority", "its_operator"],
    ),
    ("banking", None, &["credit_institution"]),
    (
        "financial_market_infrastructures",
        None,
        &["trading_venue_operator", "central_counterparty"],
    ),
    // Outside NIS2's annexes: the other financial entities of DORA Art. 2(1), which report
    // under DORA (lex specialis, NIS2 Art. 4).
    (
        "other_financial_entities",
        None,
        &[
            "payment_institution",
            "electronic_money_institution",
            "investment_firm",
            "crypto_asset_service_provider",
            "central_securities_depository",
            "insurance_undertaking",
            "reinsurance_undertaking",
        ],
    ),
    (
        "health",
        None,
        &[
            "healthcare_provider",
            "eu_reference_laboratory",
            "medicinal_rnd_entity",
            "pharma_manufacturer",
            "critical_medical_device_manufacturer",
        ],
    ),
    ("drinking_water", None, &["drinking_water_supplier"]),
    ("waste_water", None, &["waste_water_undertaking"]),
    (
        "digital_infrastructure",
        None,
        &[
            "ixp_provider",
            "dns_service_provider",
            "tld_name_registry",
            "cloud_computing_provider",
            "data_centre_provider",
            "cdn_provider",
            "trust_service_provider",
            "public_ecn_provider",
            "public_ecs_provider",
        ],
    ),
    (
        "ict_service_management",
        None,
        &[
            "managed_service_provider",
            "managed_security_service_provider",
        ],
    ),
    (
        "public_administration",
        None,
        &["central_government_entity", "regional_government_entity"],
    ),
    ("space", None, &["ground_infrastructure_operator"]),
    ("postal_courier", None, &["postal_service_provider"]),
    ("waste_management", None, &["waste_management_undertaking"]),
    ("chemicals", None, &["chemicals_manufacturer_distributor"]),
    ("food", None, &["food_business"]),
    ("manufacturing", Some("medical_devices"), &["manufacturer"]),
    (
        "manufacturing",
        Some("computer_electronic_optical"),
        &["manufacturer"],
    ),
    (
        "manufacturing",
        Some("electrical_equipment"),
        &["manufacturer"],
    ),
    ("manufacturing", Some("machinery_nec"), &["manufacturer"]),
    ("manufacturing", Some("motor_vehicles"), &["manufacturer"]),
    (
        "manufacturing",
        Some("other_transport_equipment"),
        &["manufacturer"],
    ),
    (
        "digital_providers",
        None,
        &[
            "online_marketplace",
            "online_search_engine",
            "social_network_platform",
        ],
    ),
    ("research", None, &["research_organisation"]),
    // Outside the annexes: in scope via Art. 2/28, or voluntary reporters (Art. 30).
    (
        "other",
        None,
        &["domain_registration_service_provider", "other"],
    ),
];

/// A consistent (sector, subsector, entity type) triple, as listed in the annexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Classification {
    pub sector: Sector,
    pub subsector: Option<&'static str>,
    pub entity_type: EntityType,
}

/// Which of the three inputs an error belongs to.
#[derive(Debug, PartialEq, Eq)]
pub enum ClassificationError {
    Sector(Msg),
    Subsector(Msg),
    EntityType(Msg),
}

impl Classification {
    /// Checks the triple against the annexes; the subsector may be omitted where the entity
    /// type implies it (every type but `manufacturer`).
    pub fn parse(
        sector: &str,
        subsector: Option<&str>,
        entity_type: &str,
    ) -> Result<Self, ClassificationError> {
        use ClassificationError as E;
        let rows: Vec<_> = TABLE.iter().filter(|(s, _, _)| *s == sector).collect();
        if rows.is_empty() {
            return Err(E::Sector(Msg::t1(
                "api-field-one-of",
                "codes",
                sectors().join(", "),
            )));
        }
        let subsector = subsector.filter(|s| !s.is_empty());
        let with_type: Vec<_> = rows
            .iter()
            .filter(|(_, _, types)| types.contains(&entity_type))
            .collect();
        if with_type.is_empty() {
            let mut types: Vec<&str> = rows
                .iter()
                .flat_map(|(_, _, t)| t.iter().copied())
                .collect();
            types.dedup();
            return Err(E::EntityType(Msg::t2(
                "api-entity-type-of-sector",
                ("sector", sector),
                ("codes", types.join(", ")),
            )));
        }
        let row = match subsector {
            Some(sub) => match with_type.iter().find(|(_, s, _)| *s == Some(sub)) {
                Some(row) => row,
                None => {
                    let subs: Vec<&str> = with_type.iter().filter_map(|(_, s, _)| *s).collect();
                    return Err(E::Subsector(if subs.is_empty() {
                        Msg::t1("api-subsector-none", "sector", sector)
                    } else {
                        Msg::t1("api-field-one-of", "codes", subs.join(", "))
                    }));
                }
            },
            None if with_type.len() == 1 => with_type[0],
            None => {
                let subs: Vec<&str> = with_type.iter().filter_map(|(_, s, _)| *s).collect();
                return Err(E::Subsector(Msg::t2(
                    "api-subsector-required",
                    ("type", entity_type),
                    ("codes", subs.join(", ")),
                )));
            }
        };
        let (sector, subsector, types) = **row;
        let entity_type = types
            .iter()
            .copied()
            .find(|t| *t == entity_type)
            .unwrap_or("other");
        Ok(Self {
            sector: Sector::from_table(sector),
            subsector,
            entity_type: EntityType::from_table(entity_type),
        })
    }

    /// The static code of a known entity type, for values read back from storage.
    pub fn parse_type_only(entity_type: &str) -> Option<&'static str> {
        TABLE
            .iter()
            .flat_map(|(_, _, t)| t.iter().copied())
            .find(|t| *t == entity_type)
    }

    /// Trust service providers file a combined notification within 24 h (Art. 23(4)).
    pub fn is_trust_service_provider(&self) -> bool {
        self.entity_type.is_trust_service_provider()
    }
}

/// The sector of an entity type, when the type belongs to exactly one sector.
pub fn sector_of(entity_type: &str) -> Option<Sector> {
    let mut sectors = TABLE
        .iter()
        .filter(|(_, _, types)| types.contains(&entity_type))
        .map(|(s, _, _)| *s);
    let first = sectors.next()?;
    sectors
        .all(|s| s == first)
        .then_some(Sector::from_table(first))
}

/// Every sector code, in annex order.
pub fn sectors() -> Vec<&'static str> {
    let mut out: Vec<&str> = Vec::new();
    for (s, _, _) in TABLE {
        if !out.contains(s) {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subsector_is_implied_by_an_unambiguous_entity_type() {
        let c = Classification::parse("energy", None, "gas_tso").unwrap();
        assert_eq!(c.subsector, Some("gas"));
        assert!(
            Classification::parse("digital_infrastructure", None, "trust_service_provider")
                .unwrap()
                .is_trust_service_provider()
        );
    }

    #[test]
    fn dora_financial_entities_have_their_own_sector() {
        let c = Classification::parse("other_financial_entities", None, "investment_firm").unwrap();
        assert_eq!(
            (c.sector.as_str(), c.subsector),
            ("other_financial_entities", None)
        );
        assert_eq!(
            sector_of("crypto_asset_service_provider").map(|s| s.as_str()),
            Some("other_financial_entities")
        );
        assert!(sectors().contains(&"other_financial_entities"));
        assert!(matches!(
            Classification::parse("banking", None, "payment_institution"),
            Err(ClassificationError::EntityType(_))
        ));
    }

    #[test]
    fn manufacturer_needs_its_subsector() {
        assert!(matches!(
            Classification::parse("manufacturing", None, "manufacturer"),
            Err(ClassificationError::Subsector(_))
        ));
        assert_eq!(
            Classification::parse("manufacturing", Some("motor_vehicles"), "manufacturer")
                .unwrap()
                .subsector,
            Some("motor_vehicles")
        );
    }

    #[test]
    fn inconsistent_triples_name_the_wrong_part() {
        assert!(matches!(
            Classification::parse("banking", None, "gas_tso"),
            Err(ClassificationError::EntityType(_))
        ));
        assert!(matches!(
            Classification::parse("energy", Some("oil"), "gas_tso"),
            Err(ClassificationError::Subsector(_))
        ));
        assert!(matches!(
            Classification::parse("banking", Some("gas"), "credit_institution"),
            Err(ClassificationError::Subsector(_))
        ));
        assert!(matches!(
            Classification::parse("mining", None, "x"),
            Err(ClassificationError::Sector(_))
        ));
    }
}
