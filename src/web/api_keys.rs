//! A short-lived in-memory cache of verified API keys, so the intake path touches the
//! database once per request (the write) instead of twice. Entries expire after
//! [`TTL`]: a key revoked in the database stops working within that time.

use crate::storage::entities::{hash_secret, ApiClient};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const TTL: Duration = Duration::from_secs(30);
const MAX_ENTRIES: usize = 10_000;

#[derive(Default)]
pub struct ApiKeyCache {
    /// Keyed by the key's hash, never the secret itself.
    entries: Mutex<HashMap<String, (ApiClient, Instant)>>,
}

impl ApiKeyCache {
    pub fn get(&self, secret: &str) -> Option<ApiClient> {
        let map = self.entries.lock().ok()?;
        map.get(&hash_secret(secret))
            .filter(|(_, at)| at.elapsed() < TTL)
            .map(|(c, _)| c.clone())
    }

    /// Drops every cached key of an entity whose profile changed, so the next request
    /// reads the new profile.
    pub fn forget_entity(&self, entity_id: uuid::Uuid) {
        if let Ok(mut map) = self.entries.lock() {
            map.retain(|_, (c, _)| c.entity.id != entity_id);
        }
    }

    pub fn put(&self, secret: &str, client: &ApiClient) {
        if let Ok(mut map) = self.entries.lock() {
            if map.len() >= MAX_ENTRIES {
                map.retain(|_, (_, at)| at.elapsed() < TTL);
                if map.len() >= MAX_ENTRIES {
                    map.clear();
                }
            }
            map.insert(hash_secret(secret), (client.clone(), Instant::now()));
        }
    }
}
