//! incident-intake: the service a cyber authority runs to receive NIS2 incident reports.

pub mod domain;
