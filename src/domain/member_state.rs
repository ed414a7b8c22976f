//! EU member states (spec §3.1): ISO 3166-1 alpha-2 storage, `EL` accepted for Greece.

use super::codes::code_enum;
use super::msg::Msg;

code_enum!(
    /// A member state; EEA EFTA states exist but are refused until NIS2 applies there.
    MemberState {
        AT = "AT", BE = "BE", BG = "BG", HR = "HR", CY = "CY", CZ = "CZ", DK = "DK", EE = "EE",
        FI = "FI", FR = "FR", DE = "DE", GR = "GR", HU = "HU", IE = "IE", IT = "IT", LV = "LV",
        LT = "LT", LU = "LU", MT = "MT", NL = "NL", PL = "PL", PT = "PT", RO = "RO", SK = "SK",
        SI = "SI", ES = "ES", SE = "SE", IS = "IS", LI = "LI", NO = "NO",
    }
);

impl MemberState {
    /// Parses user input: case-insensitive, `EL` normalised to `GR`, EEA EFTA states refused.
    pub fn parse(input: &str) -> Result<Self, Msg> {
        let code = input.trim().to_ascii_uppercase();
        let code = if code == "EL" { "GR".to_string() } else { code };
        match Self::from_code(&code) {
            Some(ms) if ms.is_eea_efta() => Err(Msg::t1("api-member-state-efta", "code", code)),
            Some(ms) => Ok(ms),
            None => Err(Msg::t("api-member-state")),
        }
    }

    pub fn is_eea_efta(self) -> bool {
        matches!(self, Self::IS | Self::LI | Self::NO)
    }

    /// The code used in EU-facing exports (`EL` for Greece).
    pub fn eu_code(self) -> &'static str {
        if self == Self::GR {
            "EL"
        } else {
            self.as_str()
        }
    }

    /// Default legal time zone, used when no authority configures its own.
    pub fn default_timezone(self) -> chrono_tz::Tz {
        use chrono_tz::Europe as E;
        match self {
            Self::AT => E::Vienna,
            Self::BE => E::Brussels,
            Self::BG => E::Sofia,
            Self::HR => E::Zagreb,
            Self::CY => chrono_tz::Asia::Nicosia,
            Self::CZ => E::Prague,
            Self::DK => E::Copenhagen,
            Self::EE => E::Tallinn,
            Self::FI => E::Helsinki,
            Self::FR => E::Paris,
            Self::DE => E::Berlin,
            Self::GR => E::Athens,
            Self::HU => E::Budapest,
            Self::IE => E::Dublin,
            Self::IT => E::Rome,
            Self::LV => E::Riga,
            Self::LT => E::Vilnius,
            Self::LU => E::Luxembourg,
            Self::MT => E::Malta,
            Self::NL => E::Amsterdam,
            Self::PL => E::Warsaw,
            Self::PT => E::Lisbon,
            Self::RO => E::Bucharest,
            Self::SK => E::Bratislava,
            Self::SI => E::Ljubljana,
            Self::ES => E::Madrid,
            Self::SE => E::Stockholm,
            Self::IS => chrono_tz::Atlantic::Reykjavik,
            Self::LI => E::Vaduz,
            Self::NO => E::Oslo,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn el_and_gr_both_mean_greece_and_input_is_case_insensitive() {
        assert_eq!(MemberState::parse("EL"), Ok(MemberState::GR));
        assert_eq!(MemberState::parse("gr"), Ok(MemberState::GR));
        assert_eq!(MemberState::GR.eu_code(), "EL");
    }

    #[test]
    fn eea_efta_and_unknown_codes_are_refused() {
        assert!(MemberState::parse("NO")
            .unwrap_err()
            .english()
            .contains("EEA"));
        assert!(MemberState::parse("US").is_err());
        assert!(MemberState::parse("").is_err());
    }
}
