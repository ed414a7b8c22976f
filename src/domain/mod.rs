//! The reporting domain: knows neither HTTP nor SQL.

pub mod audit;
pub mod audit_chain;
pub mod case;
pub mod clock;
pub mod closure;
pub mod codes;
pub mod contact;
pub mod deadlines;
pub mod enisa_summary;
pub mod entity;
pub mod events;
pub mod ioc;
pub mod jurisdiction;
pub mod lifecycle;
pub mod member_state;
pub mod msg;
pub mod names;
pub mod package;
pub mod rejudge;
pub mod report;
pub mod routing;
pub mod sector;
pub mod significance;
pub mod staff;
pub mod taxonomy;
pub mod validation;
