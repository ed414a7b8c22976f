//! Identifiers the CRA asks for (spec §7): a product's package URL or CPE name, and a CVSS
//! vector.

/// A package URL (`pkg:type/name…`) or a CPE name (2.3 formatted string or 2.2 URI).
pub fn is_product_id(v: &str) -> bool {
    let printable = v.len() <= 500 && v.bytes().all(|b| b.is_ascii_graphic());
    let purl = v.strip_prefix("pkg:").is_some_and(|rest| {
        rest.split_once('/')
            .is_some_and(|(t, n)| !t.is_empty() && !n.is_empty())
    });
    let cpe23 = v.starts_with("cpe:2.3:") && v.split(':').count() == 13;
    let cpe22 = v.starts_with("cpe:/") && v.len() > 6;
    printable && (purl || cpe23 || cpe22)
}

/// A CVSS v3.0/3.1 or v4.0 vector: the version prefix, then `/`-separated `Metric:Value`.
pub fn is_cvss_vector(v: &str) -> bool {
    let Some(rest) = ["CVSS:3.0/", "CVSS:3.1/", "CVSS:4.0/"]
        .iter()
        .find_map(|p| v.strip_prefix(p))
    else {
        return false;
    };
    v.len() <= 200
        && rest.split('/').all(|part| {
            part.split_once(':').is_some_and(|(m, val)| {
                !m.is_empty()
                    && !val.is_empty()
                    && m.bytes().all(|b| b.is_ascii_alphabetic())
                    && val.bytes().all(|b| b.is_ascii_alphanumeric())
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn product_ids_are_purls_or_cpes() {
        assert!(is_product_id("pkg:npm/%40acme/widget@1.2.3"));
        assert!(is_product_id("cpe:2.3:a:acme:widget:1.2.3:*:*:*:*:*:*:*"));
        assert!(is_product_id("cpe:/a:acme:widget:1.2"));
        assert!(!is_product_id("widget 1.2"));
        assert!(!is_product_id("pkg:npm"));
        assert!(!is_product_id("cpe:2.3:a:acme"));
    }

    #[test]
    fn cvss_vectors_name_their_version() {
        assert!(is_cvss_vector(
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
        ));
        assert!(is_cvss_vector(
            "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"
        ));
        assert!(!is_cvss_vector("AV:N/AC:L"));
        assert!(!is_cvss_vector("CVSS:3.1/AV"));
    }
}
