//! Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits), as every
//! authenticator app implements them, and the enrolment QR code rendered on the server.

use hmac::{Hmac, Mac};
use sha1::Sha1;

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base32 without padding, as authenticator apps expect secrets.
pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for b in bytes {
        buffer = (buffer << 8) | u32::from(*b);
        bits += 8;
        while bits >= 5 {
            out.push(ALPHABET[((buffer >> (bits - 5)) & 31) as usize] as char);
            bits -= 5;
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

pub fn from_base32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0);
    for c in text.bytes().filter(|c| *c != b'=' && *c != b' ') {
        let v = ALPHABET.iter().position(|a| *a == c.to_ascii_uppercase())? as u32;
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            out.push((buffer >> (bits - 8)) as u8);
            bits -= 8;
        }
    }
    Some(out)
}

/// A fresh 160-bit secret, base32.
pub fn new_secret() -> String {
    base32(&rand::random::<[u8; 20]>())
}

/// The code for 30-second step `step`.
pub fn code_at(secret: &[u8], step: u64) -> String {
    let mut mac = <Hmac<Sha1> as Mac>::new_from_slice(secret).expect("any key length");
    mac.update(&step.to_be_bytes());
    let d = mac.finalize().into_bytes();
    let offset = (d[19] & 0x0f) as usize;
    let n = u32::from_be_bytes([
        d[offset] & 0x7f,
        d[offset + 1],
        d[offset + 2],
        d[offset + 3],
    ]);
    format!("{:06}", n % 1_000_000)
}

/// Whether `code` is valid now, allowing one step of clock drift either way.
pub fn verify(secret_b32: &str, code: &str, unix_seconds: i64) -> bool {
    matching_step(secret_b32, code, unix_seconds).is_some()
}

/// The time step whose code `code` is (now, or one step of drift either way), so that the
/// caller can accept each step only once.
pub fn matching_step(secret_b32: &str, code: &str, unix_seconds: i64) -> Option<u64> {
    let secret = from_base32(secret_b32)?;
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let step = (unix_seconds / 30) as u64;
    [step.saturating_sub(1), step, step + 1]
        .into_iter()
        .find(|s| crate::secrets::same(&code_at(&secret, *s), &code))
}

/// The `otpauth://` URI an authenticator app scans.
pub fn uri(issuer: &str, account: &str, secret_b32: &str) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'@' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    format!(
        "otpauth://totp/{}:{}?secret={secret_b32}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

/// The URI as an inline SVG QR code (no script, no external image).
pub fn qr_svg(uri: &str) -> String {
    match qrcode::QrCode::new(uri.as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .build(),
        Err(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_test_vectors() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", last 6 digits.
        let secret = b"12345678901234567890";
        assert_eq!(code_at(secret, 59 / 30), "287082");
        assert_eq!(code_at(secret, 1111111109 / 30), "081804");
        assert_eq!(code_at(secret, 2000000000 / 30), "279037");
        let b32 = base32(secret);
        assert_eq!(b32, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(from_base32(&b32).unwrap(), secret);
        assert!(verify(&b32, "279037", 2000000000));
        assert!(
            verify(&b32, "279 037", 2000000000 + 30),
            "one step of drift"
        );
        assert!(!verify(&b32, "279037", 2000000000 + 90));
        assert!(qr_svg(&uri("Intake", "a@b.example", &b32)).contains("<svg"));
    }
}
