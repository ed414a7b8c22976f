//! Reporting entities (spec §2.2): registered once, snapshotted into every submission.

use super::case::Reporter;
use super::codes::{EntityCategory, RegistrationScheme};
use super::contact::{EmailAddress, PhoneNumber};
use super::jurisdiction::{DetailsInput, EntityDetails};
use super::member_state::MemberState;
use super::sector::{Classification, ClassificationError};
use super::validation::{Checker, FieldErrors};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Raw entity profile, as the CLI and the forms collect it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct EntityInput {
    pub legal_name: Option<String>,
    pub trade_name: Option<String>,
    /// `ms_establishment` (spec §2.2): a member state, or `non_eu`.
    #[serde(alias = "ms_establishment")]
    pub member_state: Option<String>,
    pub sector: Option<String>,
    pub subsector: Option<String>,
    pub entity_type: Option<String>,
    pub entity_category: Option<String>,
    pub registration_id: Option<String>,
    pub registration_scheme: Option<String>,
    pub contact_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Main establishment, services, EU representative, technical contact and the rest.
    #[serde(flatten)]
    pub details: DetailsInput,
}

/// A checked entity profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityProfile {
    pub legal_name: String,
    pub trade_name: Option<String>,
    pub member_state: MemberState,
    #[serde(flatten)]
    pub classification: Classification,
    pub entity_category: EntityCategory,
    pub registration_id: Option<String>,
    pub registration_scheme: Option<RegistrationScheme>,
    pub contact_name: Option<String>,
    pub email: EmailAddress,
    pub phone: Option<PhoneNumber>,
    #[serde(flatten)]
    pub details: EntityDetails,
}

impl EntityProfile {
    /// The member states with jurisdiction over this entity's cases (Art. 26); the first one
    /// gives a case its reference, its authority's time zone and its `member_state`.
    pub fn jurisdiction(&self) -> Vec<MemberState> {
        self.details
            .jurisdiction(self.member_state, self.classification.entity_type)
    }

    /// The first member state of [`Self::jurisdiction`].
    pub fn home(&self) -> MemberState {
        self.jurisdiction()
            .first()
            .copied()
            .unwrap_or(self.member_state)
    }

    pub fn parse(input: &EntityInput) -> Result<Self, FieldErrors> {
        let mut c = Checker::new("");
        let legal_name = c.line("legal_name", input.legal_name.as_deref(), 2, 300);
        let legal_name = c.require("legal_name", legal_name);
        let raw_ms = input.member_state.as_deref().map(str::trim);
        let non_eu = raw_ms.is_some_and(|v| v.eq_ignore_ascii_case("non_eu"));
        let member_state = raw_ms
            .filter(|_| !non_eu)
            .and_then(|v| c.check("member_state", MemberState::parse(v)));
        let classification = classify(&mut c, input);
        let entity_category = c
            .code("entity_category", input.entity_category.as_deref())
            .unwrap_or(EntityCategory::Unknown);
        let email = input
            .email
            .as_deref()
            .and_then(|v| c.check("email", EmailAddress::parse(v)));
        let email = c.require("email", email);
        let phone = input
            .phone
            .as_deref()
            .filter(|p| !p.trim().is_empty())
            .and_then(|v| c.check("phone", PhoneNumber::parse(v)));
        let trade_name = c.line("trade_name", input.trade_name.as_deref(), 1, 300);
        let registration_id = c.line("registration_id", input.registration_id.as_deref(), 1, 100);
        let registration_scheme =
            c.code("registration_scheme", input.registration_scheme.as_deref());
        let contact_name = c.line("contact_name", input.contact_name.as_deref(), 1, 200);
        let entity_type = classification.as_ref().map(|cl| cl.entity_type);
        let details = EntityDetails::parse(&mut c, &input.details, entity_type, non_eu);
        // Not established in the EU: the representative's member state stands in (Art. 26(3)).
        let member_state = match &details.eu_representative {
            Some(r) if non_eu => Some(r.ms),
            _ => c.require("member_state", member_state),
        };
        let build = || {
            Some(EntityProfile {
                legal_name: legal_name?,
                trade_name,
                member_state: member_state?,
                classification: classification?,
                entity_category,
                registration_id,
                registration_scheme,
                contact_name,
                email: email?,
                phone,
                details,
            })
        };
        match build() {
            Some(profile) if c.errors.is_empty() => Ok(profile),
            _ => Err(c.errors),
        }
    }
}

/// Sector, subsector and entity type, consistent with each other (spec §3.2).
fn classify(c: &mut Checker, input: &EntityInput) -> Option<Classification> {
    // The sector may be left out when the entity type names it.
    let sector = input
        .sector
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .or_else(|| {
            input
                .entity_type
                .as_deref()
                .and_then(|t| crate::domain::sector::sector_of(t.trim()))
                .map(|s| s.as_str())
        });
    let sector = c.require("sector", sector);
    let entity_type = c.require(
        "entity_type",
        input
            .entity_type
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty()),
    );
    match (sector, entity_type) {
        (Some(s), Some(t)) => {
            match Classification::parse(s, input.subsector.as_deref().map(str::trim), t) {
                Ok(cl) => Some(cl),
                Err(ClassificationError::Sector(m)) => c.check("sector", Err(m)),
                Err(ClassificationError::Subsector(m)) => c.check("subsector", Err(m)),
                Err(ClassificationError::EntityType(m)) => c.check("entity_type", Err(m)),
            }
        }
        _ => None,
    }
}

/// A registered entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub id: Uuid,
    pub profile: EntityProfile,
}

impl Entity {
    pub fn reporter(&self) -> Reporter {
        Reporter {
            entity_id: self.id,
            entity_type: self.profile.classification.entity_type,
            member_state: self.profile.home(),
        }
    }
}
