//! Who receives a report (spec §5): the routing table of authorities and its resolution.
//! The table is configuration, never code; see `config/authorities.example.toml`.

use super::codes::{code_enum, Regime};
use super::contact::EmailAddress;
use super::member_state::MemberState;
use super::names::{AuthorityCode, EntityType, Sector};
use super::sector::Classification;
use serde::Deserialize;
use std::collections::BTreeMap;

mod holidays;

code_enum!(
    /// The part an authority plays for a report.
    Role {
        Csirt = "csirt", CompetentAuthority = "competent_authority", SectoralAuthority = "sectoral_authority",
        Spoc = "spoc", Dpa = "dpa", DoraAuthority = "dora_authority", CraCoordinatorCsirt = "cra_coordinator_csirt",
        LawEnforcement = "law_enforcement", Enisa = "enisa", CerAuthority = "cer_authority",
    }
);

impl Role {
    /// Whether reports are routed to this role. ENISA and CER authorities are never routed a
    /// case: they receive only what an authority shares as a package (Art. 23(6), 23(10)).
    pub fn is_routed(self) -> bool {
        !matches!(self, Role::Enisa | Role::CerAuthority)
    }

    /// Whether this role holds the authority's powers over a report: feedback (Art. 23(5)),
    /// requests for intermediate reports (Art. 23(4)(c)), review, closing and waiving. The
    /// single point of contact is only "provided with relevant information" (Art. 23(1)).
    pub fn handles_reports(self) -> bool {
        !matches!(
            self,
            Role::Spoc | Role::LawEnforcement | Role::Enisa | Role::CerAuthority
        )
    }
}

/// What about a case reaches the single point of contact (Art. 23(1) 3rd subpara., §5).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reach {
    /// `cross_border_possible = yes` (named states or not) or another member state named.
    pub cross_border: bool,
    /// The entity or the incident spans more than one sector.
    pub cross_sectoral: bool,
}

impl Reach {
    /// The reach of a case of member state `ms`: flagged cross-border, naming another member
    /// state as affected, or touching more sectors than one.
    pub fn of(
        ms: MemberState,
        flagged: bool,
        cross_border_ms: &[MemberState],
        sectors: &[Sector],
    ) -> Self {
        Self {
            cross_border: flagged || cross_border_ms.iter().any(|m| *m != ms),
            cross_sectoral: sectors.iter().any(|s| Some(s) != sectors.first()),
        }
    }

    fn reaches_spoc(self) -> bool {
        self.cross_border || self.cross_sectoral
    }
}

/// One authority of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Authority {
    pub code: AuthorityCode,
    pub name: String,
    pub role: Role,
    pub regimes: Vec<Regime>,
    pub member_states: Vec<MemberState>,
    /// Empty = every sector; likewise below.
    pub sectors: Vec<Sector>,
    pub subsectors: Vec<String>,
    pub entity_types: Vec<EntityType>,
    /// Receives only cross-border or cross-sectoral cases (e.g. the SPOC, Art. 23(1)).
    pub cross_border_only: bool,
    pub emails: Vec<EmailAddress>,
    pub timezone: chrono_tz::Tz,
    pub languages: Vec<String>,
    /// Staff of this authority must use a second factor (TOTP) to sign in.
    pub require_totp: bool,
}

/// A routed recipient of one case: an authority of the member state of jurisdiction.
#[derive(Debug, Clone, PartialEq)]
pub struct Recipient {
    pub authority: Authority,
}

/// The whole table, plus the platform administrators.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoutingTable {
    pub admins: Vec<EmailAddress>,
    pub authorities: Vec<Authority>,
    /// Bank holidays per member state, sorted and without duplicates: a DORA deadline on one
    /// of them may move to the next working day (RTS 2025/301 Art. 5(2)).
    pub bank_holidays: BTreeMap<MemberState, Vec<chrono::NaiveDate>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileTable {
    #[serde(default)]
    admins: Vec<String>,
    #[serde(default)]
    authority: Vec<FileAuthority>,
    #[serde(default)]
    bank_holidays: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileAuthority {
    code: String,
    name: String,
    role: String,
    #[serde(default)]
    regimes: Vec<String>,
    member_states: Vec<String>,
    #[serde(default)]
    sectors: Vec<String>,
    #[serde(default)]
    subsectors: Vec<String>,
    #[serde(default)]
    entity_types: Vec<String>,
    #[serde(default)]
    cross_border_only: bool,
    emails: Vec<String>,
    timezone: String,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    require_totp: bool,
}

/// Parses every value of a list key, naming the authority and the key on error.
fn parse_all<T>(
    values: Vec<String>,
    at: &str,
    key: &str,
    parse: fn(&str) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    values
        .iter()
        .map(|v| parse(v).map_err(|m| format!("{at}: {key} {m}")))
        .collect()
}

impl RoutingTable {
    /// Time zone of the authority in charge of a case; "one month" is computed in it (§1.3).
    /// Unrouted cases use the member state's legal time.
    pub fn timezone_for(&self, ms: MemberState, c: &Classification) -> chrono_tz::Tz {
        self.route(Regime::Nis2, ms, c, Reach::default())
            .first()
            .map(|r| r.authority.timezone)
            .unwrap_or_else(|| ms.default_timezone())
    }

    /// Parses the TOML table; every error names the authority and the key.
    pub fn from_toml(text: &str) -> Result<Self, String> {
        let file: FileTable = toml::from_str(text).map_err(|e| e.to_string())?;
        let email =
            |v: &String, at: &str| EmailAddress::parse(v).map_err(|m| format!("{at}: {v:?} {m}"));
        let admins = file
            .admins
            .iter()
            .map(|a| email(a, "admins"))
            .collect::<Result<_, _>>()?;
        let mut authorities = Vec::new();
        for a in file.authority {
            let at = format!("authority {}", a.code);
            let wild = |v: Vec<String>| v.into_iter().filter(|s| s != "*").collect::<Vec<_>>();
            let authority = Authority {
                role: a.role.parse().map_err(|m| format!("{at}: role {m}"))?,
                regimes: if a.regimes.is_empty() {
                    vec![Regime::Nis2]
                } else {
                    a.regimes
                        .iter()
                        .map(|r| r.parse().map_err(|m| format!("{at}: regime {m}")))
                        .collect::<Result<_, String>>()?
                },
                member_states: a
                    .member_states
                    .iter()
                    .map(|m| MemberState::parse(m).map_err(|e| format!("{at}: {e}")))
                    .collect::<Result<_, _>>()?,
                sectors: parse_all(wild(a.sectors), &at, "sectors", Sector::parse)?,
                subsectors: wild(a.subsectors),
                entity_types: parse_all(
                    wild(a.entity_types),
                    &at,
                    "entity_types",
                    EntityType::parse,
                )?,
                cross_border_only: a.cross_border_only,
                require_totp: a.require_totp,
                emails: a
                    .emails
                    .iter()
                    .map(|e| email(e, &at))
                    .collect::<Result<_, _>>()?,
                timezone: a
                    .timezone
                    .parse()
                    .map_err(|_| format!("{at}: unknown time zone {:?}", a.timezone))?,
                languages: a.languages,
                code: AuthorityCode::parse(&a.code).map_err(|m| format!("{at}: code {m}"))?,
                name: a.name,
            };
            if authority.emails.is_empty() {
                return Err(format!("{at}: needs at least one email address"));
            }
            if authorities
                .iter()
                .any(|x: &Authority| x.code == authority.code)
            {
                return Err(format!("{at}: code used twice"));
            }
            authorities.push(authority);
        }
        Ok(Self {
            admins,
            authorities,
            bank_holidays: holidays::parse(file.bank_holidays)?,
        })
    }

    /// How specifically `a` covers this report, or `None` if it does not.
    fn specificity(
        a: &Authority,
        regime: Regime,
        ms: MemberState,
        c: &Classification,
    ) -> Option<u8> {
        let listed = |list: &[String], v: Option<&str>| {
            list.is_empty() || v.is_some_and(|v| list.iter().any(|x| x == v))
        };
        let either = |list: &[Sector], v: Sector| list.is_empty() || list.contains(&v);
        if !a.regimes.contains(&regime) || !a.member_states.contains(&ms) {
            return None;
        }
        if !either(&a.sectors, c.sector)
            || !listed(&a.subsectors, c.subsector)
            || !(a.entity_types.is_empty() || a.entity_types.contains(&c.entity_type))
        {
            return None;
        }
        Some(if !a.entity_types.is_empty() {
            3
        } else if !a.subsectors.is_empty() {
            2
        } else if !a.sectors.is_empty() {
            1
        } else {
            0
        })
    }

    /// Per role, the most specific authorities of `ms` for this report.
    fn in_charge(
        &self,
        regime: Regime,
        ms: MemberState,
        c: &Classification,
        reach: Reach,
    ) -> Vec<&Authority> {
        let matches: Vec<(&Authority, u8)> = self
            .authorities
            .iter()
            .filter(|a| a.role.is_routed())
            .filter(|a| reach.reaches_spoc() || !(a.cross_border_only || a.role == Role::Spoc))
            .filter_map(|a| Self::specificity(a, regime, ms, c).map(|s| (a, s)))
            .collect();
        matches
            .iter()
            .filter(|(a, s)| !matches.iter().any(|(b, t)| b.role == a.role && t > s))
            .map(|(a, _)| *a)
            .collect()
    }

    /// The recipients of a case: the authorities in charge in the member state of
    /// jurisdiction, with its single point of contact when the case reaches across borders or
    /// sectors. Authorities of other member states named as affected get nothing by routing:
    /// Art. 23(6) leaves informing them to the receiving authority (share packages, §6).
    pub fn route(
        &self,
        regime: Regime,
        ms: MemberState,
        c: &Classification,
        reach: Reach,
    ) -> Vec<Recipient> {
        self.in_charge(regime, ms, c, reach)
            .into_iter()
            .map(|a| Recipient {
                authority: a.clone(),
            })
            .collect()
    }

    /// An authority of the table by its code.
    pub fn authority(&self, code: &AuthorityCode) -> Option<&Authority> {
        self.authorities.iter().find(|a| &a.code == code)
    }
}

#[cfg(test)]
#[path = "routing_tests.rs"]
mod tests;
