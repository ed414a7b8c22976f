//! incident-intake: the service a cyber authority runs to receive NIS2 incident reports.

pub mod app;
pub mod auth;
pub mod cli;
pub mod config;
pub mod domain;
pub mod notify;
pub mod secrets;
pub mod startup;
pub mod storage;
pub mod web;
pub mod words;
