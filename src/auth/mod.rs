//! Staff authentication primitives: argon2id passwords and TOTP second factors.

pub mod password;
pub mod password_advice;
pub mod totp;
