//! ENISA/TF-CSIRT Reference Security Incident Taxonomy, RSIT v1003 (spec §3.4).
//! Values stay in RSIT's own kebab-case for MISP `rsit:` interoperability.

use super::msg::Msg;

pub const RSIT: &[(&str, &[&str])] = &[
    ("abusive-content", &["spam", "harmful-speech", "violence"]),
    (
        "malicious-code",
        &[
            "infected-system",
            "c2-server",
            "malware-distribution",
            "malware-configuration",
        ],
    ),
    (
        "information-gathering",
        &["scanner", "sniffing", "social-engineering"],
    ),
    (
        "intrusion-attempts",
        &["ids-alert", "brute-force", "exploit"],
    ),
    (
        "intrusions",
        &[
            "privileged-account-compromise",
            "unprivileged-account-compromise",
            "application-compromise",
            "system-compromise",
            "burglary",
        ],
    ),
    (
        "availability",
        &["dos", "ddos", "misconfiguration", "sabotage", "outage"],
    ),
    (
        "information-content-security",
        &[
            "unauthorised-information-access",
            "unauthorised-information-modification",
            "data-loss",
            "data-leak",
        ],
    ),
    (
        "fraud",
        &[
            "unauthorised-use-of-resources",
            "copyright",
            "masquerade",
            "phishing",
        ],
    ),
    (
        "vulnerable",
        &[
            "weak-crypto",
            "ddos-amplifier",
            "potentially-unwanted-accessible",
            "information-disclosure",
            "vulnerable-system",
        ],
    ),
    ("other", &["other", "undetermined"]),
    ("test", &["test"]),
];

/// Normalises the documented snake_case alias to RSIT kebab-case.
fn kebab(s: &str) -> String {
    s.trim().replace('_', "-")
}

/// An RSIT class, e.g. `intrusions`.
pub fn parse_class(input: &str) -> Result<&'static str, Msg> {
    let k = kebab(input);
    RSIT.iter()
        .map(|(c, _)| *c)
        .find(|c| *c == k)
        .ok_or_else(|| {
            let all: Vec<&str> = RSIT.iter().map(|(c, _)| *c).collect();
            Msg::t1("api-rsit-class", "codes", all.join(", "))
        })
}

/// An RSIT type that belongs to `class`.
pub fn parse_type(class: &str, input: &str) -> Result<&'static str, Msg> {
    let k = kebab(input);
    let types = RSIT
        .iter()
        .find(|(c, _)| *c == class)
        .map(|(_, t)| *t)
        .unwrap_or(&[]);
    types.iter().copied().find(|t| *t == k).ok_or_else(|| {
        Msg::t2(
            "api-rsit-type",
            ("class", class),
            ("codes", types.join(", ")),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_must_belong_to_its_class_and_snake_case_alias_is_accepted() {
        assert_eq!(
            parse_class("information_content_security"),
            Ok("information-content-security")
        );
        assert_eq!(parse_type("availability", "ddos"), Ok("ddos"));
        assert!(parse_type("availability", "phishing").is_err());
        assert!(parse_class("ransomware").is_err());
    }
}
