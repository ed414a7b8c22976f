//! Jurisdiction (NIS2 Art. 26, spec §2.2, §5) and the parts of the entity profile that decide
//! it or go with it: main establishment, member states where public electronic
//! communications are provided, the EU representative of an entity not established in the
//! EU, the technical contact, 24x7 availability, last year's turnover (the 5 % test of
//! Impl. Reg. 2024/2690 Art. 3(1)(a)), the LEI with its ISO 7064 mod 97-10 check digits, and
//! whether the entity is a CER critical entity (Art. 23(10)).

use super::codes::Regime;
use super::contact::{EmailAddress, PhoneNumber};
use super::member_state::MemberState;
use super::names::EntityType;
use super::routing::{Reach, Recipient, RoutingTable};
use super::sector::Classification;
use super::validation::{Checker, Msg};
use serde::{Deserialize, Serialize};

/// Art. 26(1)(b): the types whose cases belong to the member state of main establishment.
pub const MAIN_ESTABLISHMENT_TYPES: &[&str] = &[
    "dns_service_provider",
    "tld_name_registry",
    "domain_registration_service_provider",
    "cloud_computing_provider",
    "data_centre_provider",
    "cdn_provider",
    "managed_service_provider",
    "managed_security_service_provider",
    "online_marketplace",
    "online_search_engine",
    "social_network_platform",
];

/// Art. 26(1)(a): providers of public electronic communications networks or services.
pub const PUBLIC_ECOMMS_TYPES: &[&str] = &["public_ecn_provider", "public_ecs_provider"];

/// Whether the member state of main establishment decides (Art. 26(1)(b)).
pub fn needs_main_establishment(t: EntityType) -> bool {
    MAIN_ESTABLISHMENT_TYPES.contains(&t.as_str())
}

/// Whether each member state where services are provided has jurisdiction (Art. 26(1)(a)).
pub fn is_public_ecomms(t: EntityType) -> bool {
    PUBLIC_ECOMMS_TYPES.contains(&t.as_str())
}

/// A contact person (spec §2.2 `technical_contact`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub role: Option<String>,
    pub email: String,
    pub phone: Option<String>,
}

/// The representative an entity not established in the EU designates (Art. 26(3)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Representative {
    pub name: String,
    pub ms: MemberState,
    pub email: String,
    pub phone: String,
}

/// The §2.2 profile parts beyond identity, classification and the primary contact.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EntityDetails {
    /// `ms_establishment: non_eu`: the entity's `member_state` is then its representative's.
    pub non_eu: bool,
    pub ms_main_establishment: Option<MemberState>,
    pub ms_services_provided: Vec<MemberState>,
    pub eu_representative: Option<Representative>,
    pub technical_contact: Option<Contact>,
    pub available_24x7: Option<bool>,
    /// Euros with two decimals, e.g. `"1200000.00"`.
    pub annual_turnover_prev_fy_eur: Option<String>,
    pub lei: Option<String>,
    pub is_cer_critical_entity: Option<bool>,
}

/// The raw form of [`EntityDetails`]: flat strings as the forms and the CLI send them.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct DetailsInput {
    pub ms_main_establishment: Option<String>,
    /// Member states separated by commas or spaces, e.g. `LU, DE, FR`.
    pub ms_services_provided: Option<String>,
    pub eu_representative_name: Option<String>,
    pub eu_representative_ms: Option<String>,
    pub eu_representative_email: Option<String>,
    pub eu_representative_phone: Option<String>,
    pub technical_contact_name: Option<String>,
    pub technical_contact_role: Option<String>,
    pub technical_contact_email: Option<String>,
    pub technical_contact_phone: Option<String>,
    pub available_24x7: Option<String>,
    pub annual_turnover_prev_fy_eur: Option<String>,
    pub lei: Option<String>,
    pub is_cer_critical_entity: Option<String>,
}

/// A Legal Entity Identifier: 18 characters A–Z/0–9, then two check digits that make the
/// whole, read with A=10 … Z=35, leave 1 modulo 97 (ISO 17442, ISO 7064 mod 97-10).
pub fn parse_lei(raw: &str) -> Result<String, Msg> {
    let v = raw.trim().to_ascii_uppercase();
    let shape = v.len() == 20
        && v[..18]
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && v[18..].bytes().all(|b| b.is_ascii_digit());
    if !shape {
        return Err(Msg::t("api-lei-shape"));
    }
    let mut rest: u32 = 0;
    for b in v.bytes() {
        let n = if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b - b'A') + 10
        };
        rest = if n >= 10 {
            (rest * 100 + n) % 97
        } else {
            (rest * 10 + n) % 97
        };
    }
    if rest == 1 {
        Ok(v)
    } else {
        Err(Msg::t("api-lei-check-digits"))
    }
}

fn member_state_list(c: &mut Checker, name: &str, raw: Option<&str>) -> Vec<MemberState> {
    let mut out: Vec<MemberState> = Vec::new();
    let items = raw.unwrap_or("").split([',', ' ', ';', '\n']);
    for item in items.map(str::trim).filter(|s| !s.is_empty()) {
        if let Some(ms) = c.check(name, MemberState::parse(item)) {
            if !out.contains(&ms) {
                out.push(ms);
            }
        }
    }
    out
}

fn contact(c: &mut Checker, i: &DetailsInput) -> Option<Contact> {
    let name = c.line(
        "technical_contact_name",
        i.technical_contact_name.as_deref(),
        1,
        200,
    );
    let role = c.line(
        "technical_contact_role",
        i.technical_contact_role.as_deref(),
        1,
        200,
    );
    let email = i
        .technical_contact_email
        .as_deref()
        .filter(|v| !v.trim().is_empty());
    let email = email.and_then(|v| c.check("technical_contact_email", EmailAddress::parse(v)));
    let phone = i
        .technical_contact_phone
        .as_deref()
        .filter(|v| !v.trim().is_empty());
    let phone = phone.and_then(|v| c.check("technical_contact_phone", PhoneNumber::parse(v)));
    let any = name.is_some() || role.is_some() || email.is_some() || phone.is_some();
    if !any {
        return None;
    }
    let name = c.require("technical_contact_name", name);
    let email = c.require("technical_contact_email", email);
    Some(Contact {
        name: name?,
        role,
        email: email?.as_ref().to_string(),
        phone: phone.map(|p| p.as_ref().to_string()),
    })
}

fn representative(c: &mut Checker, i: &DetailsInput, required: bool) -> Option<Representative> {
    let name = c.line(
        "eu_representative_name",
        i.eu_representative_name.as_deref(),
        2,
        300,
    );
    let ms = c.code::<MemberStateCode>("eu_representative_ms", i.eu_representative_ms.as_deref());
    let email = i
        .eu_representative_email
        .as_deref()
        .filter(|v| !v.trim().is_empty());
    let email = email.and_then(|v| c.check("eu_representative_email", EmailAddress::parse(v)));
    let phone = i
        .eu_representative_phone
        .as_deref()
        .filter(|v| !v.trim().is_empty());
    let phone = phone.and_then(|v| c.check("eu_representative_phone", PhoneNumber::parse(v)));
    if !required && name.is_none() && ms.is_none() && email.is_none() && phone.is_none() {
        return None;
    }
    let name = c.require("eu_representative_name", name);
    let ms = c.require("eu_representative_ms", ms);
    let email = c.require("eu_representative_email", email);
    let phone = c.require("eu_representative_phone", phone);
    Some(Representative {
        name: name?,
        ms: ms?.0,
        email: email?.as_ref().to_string(),
        phone: phone?.as_ref().to_string(),
    })
}

/// A member state read through `FromStr`, so [`Checker::code`] can name the field.
struct MemberStateCode(MemberState);

impl std::str::FromStr for MemberStateCode {
    type Err = Msg;
    fn from_str(s: &str) -> Result<Self, Msg> {
        MemberState::parse(s).map(MemberStateCode)
    }
}

impl EntityDetails {
    /// Checks the §2.2 parts against the entity type; `non_eu` when `ms_establishment` said
    /// so. Errors go to `c` under the input's flat names.
    pub fn parse(
        c: &mut Checker,
        i: &DetailsInput,
        entity_type: Option<EntityType>,
        non_eu: bool,
    ) -> EntityDetails {
        let main = i.ms_main_establishment.as_deref();
        let ms_main_establishment = c.code::<MemberStateCode>("ms_main_establishment", main);
        let ms_services_provided =
            member_state_list(c, "ms_services_provided", i.ms_services_provided.as_deref());
        if let Some(t) = entity_type {
            if needs_main_establishment(t) && !non_eu && ms_main_establishment.is_none() {
                c.fail("ms_main_establishment", Msg::t("api-main-establishment"));
            }
            if is_public_ecomms(t) && ms_services_provided.is_empty() {
                c.fail("ms_services_provided", Msg::t("api-services-provided"));
            }
        }
        let eu_representative = representative(c, i, non_eu);
        let technical_contact = contact(c, i);
        let available_24x7 = c.boolean("available_24x7", i.available_24x7.as_deref());
        let turnover = i.annual_turnover_prev_fy_eur.as_deref();
        let annual_turnover_prev_fy_eur = c.euros("annual_turnover_prev_fy_eur", turnover);
        let lei = i.lei.as_deref().filter(|v| !v.trim().is_empty());
        let lei = lei.and_then(|v| c.check("lei", parse_lei(v)));
        let cer = c.boolean(
            "is_cer_critical_entity",
            i.is_cer_critical_entity.as_deref(),
        );
        EntityDetails {
            non_eu,
            ms_main_establishment: ms_main_establishment.map(|m| m.0),
            ms_services_provided,
            eu_representative,
            technical_contact,
            available_24x7,
            annual_turnover_prev_fy_eur,
            lei,
            is_cer_critical_entity: cer,
        }
    }

    /// The member states with jurisdiction over this entity's cases (Art. 26), the first
    /// being the one whose authority's clock and reference the case takes.
    pub fn jurisdiction(&self, established: MemberState, t: EntityType) -> Vec<MemberState> {
        if self.non_eu {
            if let Some(r) = &self.eu_representative {
                return vec![r.ms];
            }
        }
        if is_public_ecomms(t) && !self.ms_services_provided.is_empty() {
            // The member state of establishment first, when served: the case's own.
            let mut all = self.ms_services_provided.clone();
            if let Some(i) = all.iter().position(|m| *m == established) {
                all.swap(0, i);
            }
            return all;
        }
        match self.ms_main_establishment {
            Some(m) if needs_main_establishment(t) => vec![m],
            _ => vec![established],
        }
    }
}

impl RoutingTable {
    /// The recipients in every member state of jurisdiction (Art. 26(1)(a): a public
    /// e-comms provider's case goes to each member state where it provides the service).
    pub fn route_all(
        &self,
        regime: Regime,
        jurisdiction: &[MemberState],
        c: &Classification,
        reach: Reach,
    ) -> Vec<Recipient> {
        let mut out: Vec<Recipient> = Vec::new();
        for ms in jurisdiction {
            for r in self.route(regime, *ms, c, reach) {
                if !out.iter().any(|x| x.authority.code == r.authority.code) {
                    out.push(r);
                }
            }
        }
        out
    }
}

#[cfg(test)]
#[path = "jurisdiction_tests.rs"]
mod tests;
