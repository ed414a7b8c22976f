//! JSON API v1.

pub mod incidents;
