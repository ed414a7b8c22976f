//! Indicators of compromise (spec §2.4, §3.6): each value is checked against its type.

use super::codes::code_enum;
use super::msg::Msg;
use serde::Serialize;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

code_enum!(
    /// Kind of indicator; decides how the value is checked.
    IocType {
        Ipv4 = "ipv4", Ipv6 = "ipv6", Cidr = "cidr", Domain = "domain", Url = "url", Email = "email",
        Md5 = "md5", Sha1 = "sha1", Sha256 = "sha256", FileName = "file_name", Asn = "asn", Cve = "cve", Other = "other",
    }
);

/// One checked indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ioc {
    #[serde(rename = "type")]
    pub kind: IocType,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn hex_of_len(v: &str, len: usize) -> bool {
    v.len() == len && v.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A domain name: 2+ labels of letters, digits and inner hyphens (IDN letters allowed).
pub fn is_domain(v: &str) -> bool {
    let v = v.strip_suffix('.').unwrap_or(v);
    let labels: Vec<&str> = v.split('.').collect();
    v.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.chars().count() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

/// `CVE-YYYY-NNNN…` (spec §2.4 `cve_ids`).
pub fn is_cve(v: &str) -> bool {
    let Some(rest) = v.strip_prefix("CVE-") else {
        return false;
    };
    let Some((year, num)) = rest.split_once('-') else {
        return false;
    };
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && num.len() >= 4
        && num.bytes().all(|b| b.is_ascii_digit())
}

/// Normalises and checks `value` for `kind`; the error says what was expected.
pub fn check_value(kind: IocType, value: &str) -> Result<String, Msg> {
    let v = value.trim();
    let ok = |c: bool| {
        if c {
            Ok(v.to_string())
        } else {
            Err(Msg::t1("api-ioc-invalid", "kind", kind.as_str()))
        }
    };
    match kind {
        IocType::Ipv4 => ok(v.parse::<Ipv4Addr>().is_ok()),
        IocType::Ipv6 => ok(v.parse::<Ipv6Addr>().is_ok()),
        IocType::Cidr => {
            let valid = v.split_once('/').is_some_and(|(ip, len)| {
                match (ip.parse::<IpAddr>(), len.parse::<u8>()) {
                    (Ok(IpAddr::V4(_)), Ok(l)) => l <= 32,
                    (Ok(IpAddr::V6(_)), Ok(l)) => l <= 128,
                    _ => false,
                }
            });
            ok(valid)
        }
        IocType::Domain => ok(is_domain(v)),
        IocType::Url => {
            let valid = v.split_once("://").is_some_and(|(scheme, rest)| {
                let mut sc = scheme.chars();
                sc.next().is_some_and(|c| c.is_ascii_alphabetic())
                    && sc.all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
                    && !rest.is_empty()
            }) && !v.chars().any(|c| c.is_whitespace() || c.is_control());
            ok(valid)
        }
        IocType::Email => ok(super::contact::EmailAddress::parse(v).is_ok()),
        IocType::Md5 => ok(hex_of_len(v, 32)),
        IocType::Sha1 => ok(hex_of_len(v, 40)),
        IocType::Sha256 => ok(hex_of_len(v, 64)),
        IocType::FileName => ok(!v.is_empty() && v.len() <= 255 && !v.contains(['/', '\\'])),
        IocType::Asn => ok(v.strip_prefix("AS").is_some_and(|n| {
            !n.is_empty() && n.len() <= 10 && n.bytes().all(|b| b.is_ascii_digit())
        })),
        IocType::Cve => ok(is_cve(v)),
        IocType::Other => ok(!v.is_empty() && v.len() <= 2000),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_per_type() {
        let cases = [
            (IocType::Ipv4, "192.0.2.1", true),
            (IocType::Ipv4, "300.1.1.1", false),
            (IocType::Ipv6, "2001:db8::1", true),
            (IocType::Ipv6, "192.0.2.1", false),
            (IocType::Cidr, "10.0.0.0/8", true),
            (IocType::Cidr, "10.0.0.0/33", false),
            (IocType::Domain, "evil.example", true),
            (IocType::Domain, "bücher.example", true),
            (IocType::Domain, "-bad.example", false),
            (IocType::Domain, "localhost", false),
            (IocType::Url, "https://evil.example/x?y=1", true),
            (IocType::Url, "evil.example/x", false),
            (IocType::Url, "https://a b", false),
            (IocType::Email, "attacker@evil.example", true),
            (IocType::Email, "not-an-email", false),
            (IocType::Md5, "d41d8cd98f00b204e9800998ecf8427e", true),
            (IocType::Md5, "xyz", false),
            (
                IocType::Sha1,
                "da39a3ee5e6b4b0d3255bfef95601890afd80709",
                true,
            ),
            (
                IocType::Sha256,
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                true,
            ),
            (IocType::Sha256, "e3b0", false),
            (IocType::Asn, "AS64496", true),
            (IocType::Asn, "64496", false),
            (IocType::Cve, "CVE-2024-3094", true),
            (IocType::Cve, "CVE-24-1", false),
            (IocType::FileName, "invoice.pdf.exe", true),
            (IocType::FileName, "../etc/passwd", false),
        ];
        for (kind, value, valid) in cases {
            assert_eq!(check_value(kind, value).is_ok(), valid, "{kind} {value}");
        }
    }
}
