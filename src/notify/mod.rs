//! Notifications: composing and sending the mail the use cases queue in the durable outbox
//! (which mail a filing causes is decided in `app::mail`), the deadline scan and the audit
//! checkpoint job.

pub mod checkpoint;
mod eml;
pub mod mail;
pub mod mailer;
pub mod messages;
pub mod smtp;
pub mod worker;
