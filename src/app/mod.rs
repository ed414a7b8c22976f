//! The use cases: what a reporter, a staff member or the system does, independent of how the
//! request arrived. Web handlers call these; these call storage, notify and the domain.

pub mod dissemination;
pub mod drafts;
pub mod error;
pub mod filing;
pub mod handling;
pub mod housekeeping;
pub mod linking;
pub mod mail;
pub mod packages;
pub mod store;
pub mod thread_pages;
pub mod threads;
pub mod visibility;

pub use error::AppError;
pub use store::Store;
