//! Closed code lists stored and exchanged as stable snake_case strings (spec §3).
//!
//! One macro builds each list, so the wire code, the database TEXT value, the OpenAPI enum and
//! the parser can never drift apart.

/// Declares a `Copy` enum whose variants map one-to-one to wire codes.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
                 serde::Serialize, serde::Deserialize)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $code)] $variant),+ }

        /// In the OpenAPI document: a string, one of the wire codes.
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($code),+]))
                    .into()
            }
        }
        impl utoipa::ToSchema for $name {}

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable wire and storage code.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Parses an exact code; `None` for anything else.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// "must be one of: a, b, c" for error messages.
            pub fn expected() -> $crate::domain::msg::Msg {
                let codes: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                $crate::domain::msg::Msg::t1("api-field-one-of", "codes", codes.join(", "))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::domain::msg::Msg;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::from_code(s).ok_or_else(Self::expected)
            }
        }
    };
}
pub(crate) use code_enum;

code_enum!(
    /// Legal regime of a case (spec §7). Only `nis2` has a stage catalogue so far.
    Regime { Nis2 = "nis2", CraVulnerability = "cra_vulnerability", CraIncident = "cra_incident", Dora = "dora", Gdpr = "gdpr" }
);

code_enum!(
    /// yes / no / unknown answers (spec §3.6 `tri`).
    Tri { Yes = "yes", No = "no", Unknown = "unknown" }
);

code_enum!(
    /// Impact severity, NIS Cooperation Group scale (spec §3.6).
    Severity { VeryLarge = "very_large", Large = "large", Minor = "minor", None = "none", Unknown = "unknown" }
);

code_enum!(
    /// Expected evolution of the incident.
    Outlook { Improving = "improving", Stable = "stable", Worsening = "worsening" }
);

code_enum!(
    /// Factual status of the incident, separate from the reporting progress.
    IncidentStatus { Ongoing = "ongoing", Contained = "contained", Resolved = "resolved" }
);

code_enum!(
    /// FIRST Traffic Light Protocol 2.0.
    Tlp { Clear = "clear", Green = "green", Amber = "amber", AmberStrict = "amber_strict", Red = "red" }
);

code_enum!(
    /// How the entity became aware of the incident (spec §2.3).
    AwarenessBasis {
        InternalDetection = "internal_detection", ThirdPartyReport = "third_party_report",
        CustomerReport = "customer_report", SupplierReport = "supplier_report",
        AuthorityReport = "authority_report", PublicSource = "public_source", Other = "other",
    }
);

code_enum!(
    /// Security property affected (spec §2.4).
    ImpactProperty { Availability = "availability", Integrity = "integrity", Confidentiality = "confidentiality", Authenticity = "authenticity" }
);

code_enum!(
    /// Effect on the service (spec §2.4).
    ServiceImpact { None = "none", Degraded = "degraded", PartialOutage = "partial_outage", FullOutage = "full_outage" }
);

code_enum!(
    /// Geographic spread (spec §2.4).
    GeoSpread { Local = "local", Regional = "regional", National = "national", MultiMs = "multi_ms", Global = "global" }
);

code_enum!(
    /// Whether a financial figure is estimated or measured.
    LossConfidence { Estimate = "estimate", Measured = "measured" }
);

code_enum!(
    /// Root-cause categories, NIS CG taxonomy CG 04/2018 (spec §3.5).
    RootCause {
        SystemFailure = "system_failure", NaturalPhenomenon = "natural_phenomenon", HumanError = "human_error",
        MaliciousAction = "malicious_action", ThirdPartyFailure = "third_party_failure", Unknown = "unknown",
    }
);

code_enum!(
    /// Entity category (spec §3.3); it changes supervision, not the reporting duties.
    EntityCategory { Essential = "essential", Important = "important", NotInScope = "not_in_scope", Unknown = "unknown" }
);

code_enum!(
    /// Registration scheme of the entity's identifier (spec §2.2).
    RegistrationScheme { NationalRegister = "national_register", Vat = "vat", Euid = "euid", Lei = "lei", Other = "other" }
);

code_enum!(
    /// Authority-side review status of one submission (spec §1.4).
    ReviewStatus { Received = "received", InReview = "in_review", Accepted = "accepted", RevisionRequested = "revision_requested" }
);
