//! JSON API v1.

pub mod authority;
pub mod closing;
pub mod incidents;
pub mod linking;
pub mod messages;
pub mod packages;
pub mod profile;
pub mod threads;
pub mod withdrawal;
