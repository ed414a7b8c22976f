//! The one integration-test binary: the real server on a free port, a fresh database per
//! test, every API test on SQLite and on PostgreSQL.

mod helpers;
mod hostile;
mod mail_helpers;
mod smtp;

mod audit;
mod bounds;
mod browser;
mod cli;
mod clock;
mod closure;
mod concurrency;
mod crash;
mod credentials;
mod forgery;
mod idempotency;
mod intake;
mod jurisdiction;
mod languages;
mod law;
mod leaks;
mod lifecycle;
mod mail_clock;
mod mail_i18n;
mod mail_languages;
mod mail_snapshots;
mod mail_transfer;
mod notifications;
mod operations;
mod outage;
mod outbox;
mod pages;
mod pg_restart;
mod problem_languages;
mod regimes;
mod regimes_access;
mod schema_fuzz;
mod sharing;
mod strict_types;
mod validation;
mod workspace;
