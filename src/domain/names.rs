//! Names that are parsed once and then carried as types: authority codes, case references,
//! sectors and entity types. Each keeps its text private; storage, serde and OpenAPI see a
//! plain string.

use super::member_state::MemberState;
use super::sector::TABLE;

/// Gives a parsed text newtype its string face: `Display`, `AsRef<str>`, comparison with
/// `&str`, `FromStr`, serde as a plain string (parsed again on the way in) and an OpenAPI
/// schema of type string. The type provides `parse(&str) -> Result<Self, String>` and
/// `as_str(&self) -> &str`.
macro_rules! text_newtype {
    ($name:ident) => {
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        /// Lets `&name` stand where `&str` is expected, so call sites need no conversion.
        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                self.as_str()
            }
        }
        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }
        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.as_str() == other
            }
        }
        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }
        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.as_str()
            }
        }
        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                self.as_str() == other
            }
        }
        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                self == other.as_str()
            }
        }
        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.as_str().to_string()
            }
        }
        impl From<&$name> for String {
            fn from(v: &$name) -> String {
                v.as_str().to_string()
            }
        }
        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                Self::parse(s)
            }
        }
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                Self::parse(&text).map_err(serde::de::Error::custom)
            }
        }
        /// In the OpenAPI document: a string.
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .into()
            }
        }
        impl utoipa::ToSchema for $name {}
    };
}

/// The code of an authority in the routing table (`LU-CSIRT`): the key of its staff, tokens,
/// queue rows, recipients and audit entries.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AuthorityCode(String);

impl AuthorityCode {
    /// 1 to 64 ASCII letters, digits, `-`, `_` or `.`.
    pub fn parse(code: &str) -> Result<Self, String> {
        let ok = !code.is_empty()
            && code.len() <= 64
            && code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if ok {
            Ok(Self(code.to_string()))
        } else {
            Err(format!(
                "{code:?} is not an authority code (1 to 64 letters, digits, '-', '_' or '.')"
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
text_newtype!(AuthorityCode);

/// A case's public reference, `{MS}-{YYYY}-{seq6}` (spec §2.1), e.g. `LU-2026-000042`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CaseReference(String);

impl CaseReference {
    /// The `n`th reference of `ms` in `year`; `{MS}` is the EU label (`EL` for Greece).
    pub fn new(ms: MemberState, year: i32, n: i64) -> Self {
        Self(format!("{}-{year:04}-{n:06}", ms.eu_code()))
    }

    /// The year of a reference allocated at `now`: the calendar year in the jurisdiction
    /// authority's time zone `tz` (spec §2.1: 00:30 on 1 January 2028 in Luxembourg is 2028).
    pub fn year_at(now: chrono::DateTime<chrono::Utc>, tz: chrono_tz::Tz) -> i32 {
        use chrono::Datelike;
        now.with_timezone(&tz).year()
    }

    /// Accepts exactly the stored form: a member-state code (`EL`, and `GR` of references
    /// allocated before v0.2), a 4-digit year and a number of at least 6 digits, separated
    /// by `-`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("{text:?} is not a case reference such as LU-2026-000042");
        let mut parts = text.split('-');
        let (Some(ms), Some(year), Some(n), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if (ms != "EL" && MemberState::from_code(ms).is_none()) || year.len() != 4 || !digits(year)
        {
            return Err(bad());
        }
        if n.len() < 6 || n.len() > 18 || !digits(n) {
            return Err(bad());
        }
        Ok(Self(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}
text_newtype!(CaseReference);

/// A NIS2 sector of the annexes (spec §3.2), e.g. `energy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sector(&'static str);

impl Sector {
    /// A sector code of the annex table.
    pub fn parse(code: &str) -> Result<Self, String> {
        TABLE
            .iter()
            .map(|(s, _, _)| *s)
            .find(|s| *s == code)
            .map(Self)
            .ok_or_else(|| format!("must be one of: {}", super::sector::sectors().join(", ")))
    }

    /// Only for codes taken from the annex table itself.
    pub(crate) fn from_table(code: &'static str) -> Self {
        Self(code)
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }
}
text_newtype!(Sector);

/// An entity type of the annexes (spec §3.2), e.g. `gas_tso`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityType(&'static str);

impl EntityType {
    /// `other`: outside the annexes; also what an unreadable form input is checked as.
    pub const OTHER: EntityType = EntityType("other");

    /// An entity type code of the annex table.
    pub fn parse(code: &str) -> Result<Self, String> {
        TABLE
            .iter()
            .flat_map(|(_, _, t)| t.iter().copied())
            .find(|t| *t == code)
            .map(Self)
            .ok_or_else(|| format!("{code:?} is not an entity type of the NIS2 annexes"))
    }

    /// Only for codes taken from the annex table itself.
    pub(crate) fn from_table(code: &'static str) -> Self {
        Self(code)
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }

    /// Trust service providers file a combined notification within 24 h (Art. 23(4)).
    pub fn is_trust_service_provider(self) -> bool {
        self.0 == "trust_service_provider"
    }
}
text_newtype!(EntityType);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authority_codes_are_short_plain_words() {
        assert_eq!(AuthorityCode::parse("LU-CSIRT").unwrap(), "LU-CSIRT");
        assert!(AuthorityCode::parse("").is_err());
        assert!(AuthorityCode::parse("LU CSIRT").is_err());
        assert!(AuthorityCode::parse("user:1").is_err());
        assert!(AuthorityCode::parse(&"A".repeat(65)).is_err());
    }

    #[test]
    fn case_references_follow_the_spec_pattern() {
        let r = CaseReference::new(MemberState::LU, 2026, 42);
        assert_eq!(r.as_str(), "LU-2026-000042");
        assert_eq!(CaseReference::parse("LU-2026-000042"), Ok(r));
        assert!(CaseReference::parse("LU-2026-1234567").is_ok());
        assert_eq!(
            CaseReference::new(MemberState::GR, 2028, 7).as_str(),
            "EL-2028-000007"
        );
        assert!(CaseReference::parse("EL-2028-000007").is_ok());
        assert!(
            CaseReference::parse("GR-2026-000001").is_ok(),
            "older references stay valid"
        );
        for bad in [
            "",
            "LU-2026-42",
            "XX-2026-000042",
            "LU-26-000042",
            "LU-2026-00004a",
        ] {
            assert!(CaseReference::parse(bad).is_err(), "{bad}");
        }
        assert!(CaseReference::parse("LU-2026-000042-1").is_err());
    }

    #[test]
    fn sectors_and_entity_types_come_from_the_annexes() {
        assert_eq!(Sector::parse("energy").unwrap().as_str(), "energy");
        assert!(Sector::parse("mining").is_err());
        let t = EntityType::parse("trust_service_provider").unwrap();
        assert!(t.is_trust_service_provider());
        assert!(EntityType::parse("gas_tso").is_ok_and(|t| !t.is_trust_service_provider()));
        assert!(EntityType::parse("Gas_TSO").is_err());
    }

    #[test]
    fn serde_and_display_use_the_plain_string() {
        let code = AuthorityCode::parse("DE-BSI").unwrap();
        assert_eq!(serde_json::to_string(&code).unwrap(), "\"DE-BSI\"");
        assert_eq!(code.to_string(), "DE-BSI");
        let back: EntityType = serde_json::from_str("\"gas_tso\"").unwrap();
        assert_eq!(back, "gas_tso");
        assert!(serde_json::from_str::<CaseReference>("\"nope\"").is_err());
    }
}
