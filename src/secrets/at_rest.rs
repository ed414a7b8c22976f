//! TOTP seeds at rest: sealed with ChaCha20-Poly1305 under a key derived from the server
//! secret, bound to the user they belong to. A copy of the database alone (a backup, a stolen
//! disk) no longer yields anyone's second factor.
//!
//! A sealed value reads `v1:` followed by hex of nonce (12 bytes) and ciphertext with tag. A
//! value without the prefix is a seed stored before sealing existed: readers take it as it is
//! and the start-up migration seals it.

use super::SecretKey;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use uuid::Uuid;

const PREFIX: &str = "v1:";

impl SecretKey {
    fn totp_cipher(&self) -> ChaCha20Poly1305 {
        let key = self.mac("totp-at-rest", b"");
        ChaCha20Poly1305::new(Key::from_slice(&key))
    }

    /// The stored form of `user`'s TOTP seed.
    pub fn seal_totp(&self, user: Uuid, seed: &str) -> Result<String, String> {
        let nonce: [u8; 12] = rand::random();
        let sealed = self
            .totp_cipher()
            .encrypt(
                Nonce::from_slice(&nonce),
                Payload {
                    msg: seed.as_bytes(),
                    aad: user.as_bytes(),
                },
            )
            .map_err(|_| "cannot seal a TOTP seed".to_string())?;
        Ok(format!(
            "{PREFIX}{}{}",
            hex::encode(nonce),
            hex::encode(sealed)
        ))
    }

    /// The seed from its stored form; a value stored before sealing passes as it is. A value
    /// sealed under another key or for another user is refused.
    pub fn open_totp(&self, user: Uuid, stored: &str) -> Result<String, String> {
        let Some(hex_text) = stored.strip_prefix(PREFIX) else {
            return Ok(stored.to_string());
        };
        let refused =
            || format!("the TOTP seed of user {user} cannot be opened with this server key");
        let bytes = hex::decode(hex_text).map_err(|_| refused())?;
        if bytes.len() < 12 {
            return Err(refused());
        }
        let (nonce, sealed) = bytes.split_at(12);
        let seed = self
            .totp_cipher()
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: user.as_bytes(),
                },
            )
            .map_err(|_| refused())?;
        String::from_utf8(seed).map_err(|_| refused())
    }

    /// Whether a stored value is sealed (the migration skips those).
    pub fn is_sealed(stored: &str) -> bool {
        stored.starts_with(PREFIX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_seed_opens_only_with_its_key_and_for_its_user() {
        let key = SecretKey::from_hex(&"5e".repeat(32)).unwrap();
        let other = SecretKey::from_hex(&"6f".repeat(32)).unwrap();
        let (alice, bob) = (Uuid::new_v4(), Uuid::new_v4());
        let sealed = key.seal_totp(alice, "GEZDGNBVGY3TQOJQ").unwrap();
        assert!(SecretKey::is_sealed(&sealed) && !sealed.contains("GEZDGNBVGY3TQOJQ"));
        assert_eq!(key.open_totp(alice, &sealed).unwrap(), "GEZDGNBVGY3TQOJQ");
        assert!(key.open_totp(bob, &sealed).is_err(), "bound to its user");
        assert!(other.open_totp(alice, &sealed).is_err(), "bound to its key");
        assert_ne!(sealed, key.seal_totp(alice, "GEZDGNBVGY3TQOJQ").unwrap());
        assert_eq!(key.open_totp(alice, "CLEARSEED").unwrap(), "CLEARSEED");
    }
}
