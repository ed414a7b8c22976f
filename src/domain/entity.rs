//! Reporting entities (spec §2.2): registered once, snapshotted into every submission.

use super::case::Reporter;
use super::codes::{EntityCategory, RegistrationScheme};
use super::contact::{EmailAddress, PhoneNumber};
use super::member_state::MemberState;
use super::sector::{Classification, ClassificationError};
use super::validation::{Checker, FieldErrors};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Raw entity profile, as the CLI (and later the forms) collect it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct EntityInput {
    pub legal_name: Option<String>,
    pub trade_name: Option<String>,
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
}

impl EntityProfile {
    pub fn parse(input: &EntityInput) -> Result<Self, FieldErrors> {
        let mut c = Checker::new("");
        let legal_name = c.line("legal_name", input.legal_name.as_deref(), 2, 300);
        let legal_name = c.require("legal_name", legal_name);
        let member_state = input
            .member_state
            .as_deref()
            .and_then(|v| c.check("member_state", MemberState::parse(v)));
        let member_state = c.require("member_state", member_state);
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
        let classification = match (sector, entity_type) {
            (Some(s), Some(t)) => {
                match Classification::parse(s, input.subsector.as_deref().map(str::trim), t) {
                    Ok(cl) => Some(cl),
                    Err(ClassificationError::Sector(m)) => c.check("sector", Err(m)),
                    Err(ClassificationError::Subsector(m)) => c.check("subsector", Err(m)),
                    Err(ClassificationError::EntityType(m)) => c.check("entity_type", Err(m)),
                }
            }
            _ => None,
        };
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
            })
        };
        match build() {
            Some(profile) if c.errors.is_empty() => Ok(profile),
            _ => Err(c.errors),
        }
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
            member_state: self.profile.member_state,
        }
    }
}
