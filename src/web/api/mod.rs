//! JSON API v1.

pub mod authority;
pub mod incidents;
pub mod linking;
pub mod messages;
pub mod profile;
