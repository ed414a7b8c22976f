//! `INTAKE_SECURITY_CONTACT`: where vulnerabilities in this deployment are reported, published
//! at `/.well-known/security.txt` (RFC 9116). Comma-separated `mailto:` or `https://` URIs; a
//! bare e-mail address becomes `mailto:`.

/// The contacts as URIs, checked at start (a bad one names itself and the variable).
pub fn parse(text: &str) -> Result<Vec<String>, String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|c| {
            let plain = !c.chars().any(|ch| ch.is_whitespace() || ch.is_control() || ch == '<' || ch == '>');
            let uri = if c.starts_with("mailto:") || c.starts_with("https://") {
                c.to_string()
            } else if c.contains('@') && !c.contains(':') {
                format!("mailto:{c}")
            } else {
                String::new()
            };
            if plain && uri.len() > "mailto:".len() && uri.len() <= 400 {
                Ok(uri)
            } else {
                Err(format!(
                    "INTAKE_SECURITY_CONTACT: {c:?} is not an e-mail address, a mailto: or an https:// URI"
                ))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn contacts_become_uris_and_bad_ones_are_named() {
        assert_eq!(
            super::parse("security@a.example, https://a.example/report").unwrap(),
            vec!["mailto:security@a.example", "https://a.example/report"]
        );
        assert!(super::parse("").unwrap().is_empty());
        for bad in ["http://a.example", "nobody", "a b@c.example", "mailto:"] {
            let e = super::parse(bad).unwrap_err();
            assert!(e.starts_with("INTAKE_SECURITY_CONTACT"), "{e}");
        }
    }
}
