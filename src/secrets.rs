//! The server's secret key and the bearer tokens derived from it or drawn at random.
//!
//! A follow-up link must reach the reporter by mail, and mail is composed at send time from
//! the database, where the link may only exist as a hash. So the link's token is derived:
//! HMAC-SHA-256(key, case id). The database keeps SHA-256(token) for lookups; anyone holding
//! only the database can neither read nor forge a link.

pub mod at_rest;
mod bound;
pub mod files;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::path::Path;
use uuid::Uuid;

/// 256-bit server secret (`INTAKE_SECRET_KEY`, or `data/secret.key` created on first start).
#[derive(Clone)]
pub struct SecretKey([u8; 32]);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(…)")
    }
}

impl SecretKey {
    /// From configuration: 64 hex digits.
    pub fn from_hex(text: &str) -> Result<Self, String> {
        let bytes = hex::decode(text.trim())
            .ok()
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .ok_or("INTAKE_SECRET_KEY must be 64 hex digits (e.g. from `openssl rand -hex 32`)")?;
        Ok(Self(bytes))
    }

    /// Reads the key file, creating it (mode 0600) with a fresh random key if absent.
    pub fn load_or_create(path: &Path) -> Result<Self, String> {
        if let Ok(text) = std::fs::read_to_string(path) {
            return Self::from_hex(&text).map_err(|e| format!("{}: {e}", path.display()));
        }
        let key = Self(rand::random());
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        use std::io::Write;
        let written = options
            .open(path)
            .and_then(|mut f| f.write_all(hex::encode(key.0).as_bytes()).and(f.sync_all()));
        match written {
            Ok(()) => Ok(key),
            // Another instance created it first: use theirs.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Self::load_or_create(path),
            Err(e) => Err(format!("cannot create {}: {e}", path.display())),
        }
    }

    fn mac(&self, purpose: &str, subject: &[u8]) -> Vec<u8> {
        let mut m = <Hmac<Sha256> as Mac>::new_from_slice(&self.0).expect("any key length");
        m.update(purpose.as_bytes());
        m.update(&[0]);
        m.update(subject);
        m.finalize().into_bytes().to_vec()
    }

    /// The private follow-up token of a case: its id (32 hex digits, so the link's row is
    /// found by key) followed by 256 bits of HMAC that only this key can produce.
    pub fn follow_up_token(&self, case_id: Uuid) -> String {
        format!(
            "{}{}",
            case_id.simple(),
            hex::encode(self.mac("follow-up", case_id.as_bytes()))
        )
    }

    /// The audit chain's key when `INTAKE_AUDIT_KEY` is not set: derived under its own label,
    /// so it reveals nothing about this key or the tokens derived from it.
    pub fn audit_chain_key(&self) -> crate::domain::audit_chain::ChainKey {
        let mut bytes = [0u8; 32];
        bytes.copy_from_slice(&self.mac("intake audit chain key v1", &[])[..32]);
        crate::domain::audit_chain::ChainKey::from_bytes(bytes)
    }

    /// An anti-forgery token bound to a browser's nonce cookie.
    pub fn csrf_token(&self, nonce: &str) -> String {
        hex::encode(&self.mac("csrf", nonce.as_bytes())[..16])
    }
}

impl SecretKey {
    /// A keyed tag of a client address: lets the database count what one address saved
    /// (the draft quota) without storing the address, nor a hash anyone can reverse by
    /// trying every IPv4 address.
    pub fn address_tag(&self, address: &str) -> String {
        hex::encode(&self.mac("client-address", address.as_bytes())[..16])
    }
}

/// A fresh random bearer token (256 bits, hex), for draft links.
pub fn random_token() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

/// What the database stores instead of a token.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Equality that takes as long for a near miss as for a far one.
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follow_up_tokens_are_stable_per_key_and_case() {
        let k = SecretKey::from_hex(&"ab".repeat(32)).unwrap();
        let other = SecretKey::from_hex(&"cd".repeat(32)).unwrap();
        let case = Uuid::now_v7();
        assert_eq!(k.follow_up_token(case), k.follow_up_token(case));
        assert_ne!(k.follow_up_token(case), other.follow_up_token(case));
        assert_ne!(k.follow_up_token(case), k.follow_up_token(Uuid::now_v7()));
        assert_eq!(k.follow_up_token(case).len(), 96);
        assert!(k
            .follow_up_token(case)
            .starts_with(&case.simple().to_string()));
        assert!(SecretKey::from_hex("short").is_err());
    }

    #[test]
    fn key_file_is_created_once_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/secret.key");
        let a = SecretKey::load_or_create(&path).unwrap();
        let b = SecretKey::load_or_create(&path).unwrap();
        assert_eq!(a.0, b.0);
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("abc", "ab"));
    }
}
