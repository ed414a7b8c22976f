//! Contact data of a reporting entity (spec §2.2): parsed once, valid forever after.

use super::msg::Msg;
use serde::Serialize;
use validator::ValidateEmail;

/// An RFC 5322 addr-spec whose domain is a fully qualified domain name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn parse(input: &str) -> Result<Self, Msg> {
        let v = input.trim();
        let fqdn = v
            .rsplit_once('@')
            .is_some_and(|(_, domain)| super::ioc::is_domain(domain));
        if v.len() <= 254 && v.validate_email() && fqdn {
            Ok(Self(v.to_string()))
        } else {
            Err(Msg::t("api-email"))
        }
    }
}

impl AsRef<str> for EmailAddress {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// An E.164 phone number, `+` and 8 to 15 digits; spaces and dashes are dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn parse(input: &str) -> Result<Self, Msg> {
        let v: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.'))
            .collect();
        let digits = v.strip_prefix('+').unwrap_or("");
        let ok = (8..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0');
        if ok {
            Ok(Self(v))
        } else {
            Err(Msg::t("api-phone"))
        }
    }
}

impl AsRef<str> for PhoneNumber {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_needs_a_fully_qualified_domain() {
        assert!(EmailAddress::parse("soc@example.com").is_ok());
        assert!(EmailAddress::parse("soc@localhost").is_err());
        assert!(EmailAddress::parse("no at sign").is_err());
    }

    #[test]
    fn phone_numbers_are_normalised_to_e164() {
        assert_eq!(
            PhoneNumber::parse("+352 123-45678").unwrap().as_ref(),
            "+35212345678"
        );
        assert!(PhoneNumber::parse("0123456789").is_err());
        assert!(PhoneNumber::parse("+0123456789").is_err());
        assert!(PhoneNumber::parse("+1234").is_err());
    }
}
