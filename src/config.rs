//! Settings: defaults, then an optional TOML file (`INTAKE_CONFIG`), then `INTAKE_*`
//! environment variables. Values are parsed at load time so bad configuration fails at boot.

mod bounds;
mod contact;
mod proxies;

use crate::storage::Backend;
pub use bounds::{DraftRules, SlowClientLimits};
pub use proxies::TrustedProxies;
use serde::Deserialize;
use std::net::SocketAddr;

#[derive(Debug, Clone)]
pub struct Settings {
    /// `INTAKE_DATABASE_URL`: SQLite file or PostgreSQL URL.
    pub database: Backend,
    /// `INTAKE_BIND`: listen address.
    pub bind: SocketAddr,
    /// `INTAKE_BASE_URL`: absolute links in emails.
    pub base_url: String,
    /// `INTAKE_SMTP_URL`: unset → mail is written as `.eml` files under `data/mail/`.
    pub smtp_url: Option<String>,
    /// `INTAKE_MAIL_FROM`: sender address.
    pub mail_from: String,
    /// `INTAKE_AUTHORITIES`: routing file; unset → the shipped example.
    pub authorities: Option<String>,
    /// HTTP worker threads (`INTAKE_WORKERS`); default: one per core.
    pub workers: usize,
    /// `INTAKE_DELIVER`: run the mail delivery worker inside `serve` (default true); set
    /// false for web-only instances beside a dedicated `intake outbox deliver --watch`.
    pub deliver: bool,
    /// `INTAKE_MAIL_DIR`: where `.eml` files go without SMTP (default `data/mail`).
    pub mail_dir: Option<std::path::PathBuf>,
    /// `INTAKE_MAIL_RETRY_SECONDS`: first retry delay of a failed delivery (doubles up to 1 h).
    pub mail_retry_seconds: u64,
    /// `INTAKE_SECRET_KEY`: 64 hex digits; signs follow-up links and CSRF tokens. Unset →
    /// `secret.key` beside the data, created on first start (one instance only).
    pub secret_key: Option<String>,
    /// `INTAKE_FORM_RATE_LIMIT`: public form submissions per minute per client address.
    pub form_rate_limit: u32,
    /// `INTAKE_API_RATE_LIMIT`: API requests per minute per API key (0: unlimited).
    pub api_rate_limit: u32,
    /// `INTAKE_AUTHORITY_TOKEN_DAYS`: how long a new authority token lives (default 90;
    /// `intake authority-token create --days` overrides it per token).
    pub authority_token_days: u32,
    /// `INTAKE_SIGN_IN_CONCURRENCY`: password checks (19 MiB each) run at once; as many wait;
    /// more are refused with 503. Default: the number of cores.
    pub sign_in_concurrency: usize,
    /// The audit chain's key and checkpoints.
    pub audit: AuditSettings,
    /// `INTAKE_DRAFT_DAYS`, `INTAKE_DRAFT_QUOTA`: draft expiry and per-address quota.
    pub drafts: DraftRules,
    /// `INTAKE_CLEANUP_MINUTES`: how often `serve` runs the cleanup job.
    pub cleanup_minutes: u32,
    /// `INTAKE_BODY_TIMEOUT_SECONDS`, `INTAKE_REQUESTS_PER_ADDRESS`.
    pub slow_clients: SlowClientLimits,
    /// `INTAKE_TRUSTED_PROXIES`: CIDRs of the reverse proxies whose forwarding headers are
    /// believed (default: none).
    pub trusted_proxies: TrustedProxies,
    /// `INTAKE_SECURITY_CONTACT`: where to report vulnerabilities (`security.txt`).
    pub security_contact: Vec<String>,
}

/// Where the audit chain's key comes from and where its checkpoints go.
#[derive(Debug, Clone)]
pub struct AuditSettings {
    /// `INTAKE_AUDIT_KEY`: 64 hex digits; keys the audit chain. Unset → derived from the
    /// secret key. Kept out of the database so its writers cannot recompute the chain.
    pub key: Option<String>,
    /// `INTAKE_AUDIT_CHECKPOINTS`: the append-only file of signed chain heads (default
    /// `audit-checkpoints.log` in the data folder).
    pub checkpoints: Option<std::path::PathBuf>,
    /// `INTAKE_AUDIT_CHECKPOINT_MINUTES`: how often the server signs the head when it moved.
    pub checkpoint_minutes: u32,
}

impl AuditSettings {
    /// The variables, else the file's keys (taken from it), else the defaults.
    fn load(env: &dyn Fn(&str) -> Option<String>, file: &mut FileSettings) -> Result<Self, String> {
        let minutes = match env("INTAKE_AUDIT_CHECKPOINT_MINUTES") {
            Some(v) => v.parse().map_err(|_| {
                format!("INTAKE_AUDIT_CHECKPOINT_MINUTES must be a number, got {v:?}")
            })?,
            None => file.audit_checkpoint_minutes.unwrap_or(60),
        };
        Ok(Self {
            key: env("INTAKE_AUDIT_KEY").or(file.audit_key.take()),
            checkpoints: env("INTAKE_AUDIT_CHECKPOINTS")
                .or(file.audit_checkpoints.take())
                .map(Into::into),
            checkpoint_minutes: minutes.max(1),
        })
    }
}

/// The same keys, as an optional TOML file spells them.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    database_url: Option<String>,
    bind: Option<String>,
    base_url: Option<String>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    authorities: Option<String>,
    workers: Option<usize>,
    mail_retry_seconds: Option<u64>,
    mail_dir: Option<String>,
    deliver: Option<bool>,
    secret_key: Option<String>,
    form_rate_limit: Option<u32>,
    api_rate_limit: Option<u32>,
    authority_token_days: Option<u32>,
    sign_in_concurrency: Option<usize>,
    audit_key: Option<String>,
    audit_checkpoints: Option<String>,
    audit_checkpoint_minutes: Option<u32>,
    draft_days: Option<u32>,
    draft_quota: Option<u32>,
    cleanup_minutes: Option<u32>,
    body_timeout_seconds: Option<u32>,
    header_timeout_seconds: Option<u32>,
    requests_per_address: Option<u32>,
    trusted_proxies: Option<String>,
    security_contact: Option<String>,
}

/// A numeric setting: the environment, else the file, else `default`; not a number is an
/// error naming the key.
fn number<T: std::str::FromStr>(
    env: &impl Fn(&str) -> Option<String>,
    key: &str,
    from_file: Option<T>,
    default: T,
) -> Result<T, String> {
    match env(key) {
        Some(v) => v
            .parse()
            .map_err(|_| format!("{key} must be a number, got {v:?}")),
        None => Ok(from_file.unwrap_or(default)),
    }
}

impl Settings {
    /// Loads from the process environment.
    pub fn load() -> Result<Self, String> {
        Self::from_lookup(|k| std::env::var(k).ok())
    }

    /// Loads from any key lookup (tests pass their own).
    pub fn from_lookup(env: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let mut file: FileSettings = match env("INTAKE_CONFIG") {
            Some(path) => {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("cannot read INTAKE_CONFIG {path}: {e}"))?;
                toml::from_str(&text).map_err(|e| format!("invalid INTAKE_CONFIG {path}: {e}"))?
            }
            None => FileSettings::default(),
        };
        let audit = AuditSettings::load(&env, &mut file)?;
        let (drafts, cleanup_minutes, slow_clients) = bounds::load(&env, &file)?;
        let pick = |key: &str, from_file: Option<String>, default: &str| {
            env(key)
                .or(from_file)
                .unwrap_or_else(|| default.to_string())
        };
        let database_url = pick(
            "INTAKE_DATABASE_URL",
            file.database_url,
            "sqlite://data/intake.db",
        );
        let bind = pick("INTAKE_BIND", file.bind, "127.0.0.1:8080");
        let workers = workers(env("INTAKE_WORKERS"), file.workers)?;
        let proxies = pick("INTAKE_TRUSTED_PROXIES", file.trusted_proxies, "");
        let contact = pick("INTAKE_SECURITY_CONTACT", file.security_contact, "");
        Ok(Self {
            database: Backend::from_url(&database_url)
                .map_err(|e| format!("INTAKE_DATABASE_URL: {e}"))?,
            bind: bind.parse().map_err(|_| {
                format!("INTAKE_BIND must be host:port such as 127.0.0.1:8080, got {bind:?}")
            })?,
            base_url: pick("INTAKE_BASE_URL", file.base_url, "http://127.0.0.1:8080")
                .trim_end_matches('/')
                .to_string(),
            smtp_url: env("INTAKE_SMTP_URL")
                .or(file.smtp_url)
                .filter(|s| !s.is_empty()),
            mail_from: pick("INTAKE_MAIL_FROM", file.mail_from, "intake@localhost"),
            authorities: env("INTAKE_AUTHORITIES").or(file.authorities),
            workers: workers.max(1),
            deliver: match env("INTAKE_DELIVER").as_deref() {
                Some("true" | "1" | "yes") => true,
                Some("false" | "0" | "no") => false,
                Some(v) => return Err(format!("INTAKE_DELIVER must be true or false, got {v:?}")),
                None => file.deliver.unwrap_or(true),
            },
            mail_dir: env("INTAKE_MAIL_DIR").or(file.mail_dir).map(Into::into),
            mail_retry_seconds: number(
                &env,
                "INTAKE_MAIL_RETRY_SECONDS",
                file.mail_retry_seconds,
                30,
            )?,
            secret_key: env("INTAKE_SECRET_KEY").or(file.secret_key),
            form_rate_limit: number(&env, "INTAKE_FORM_RATE_LIMIT", file.form_rate_limit, 30)?
                .max(1),
            api_rate_limit: number(&env, "INTAKE_API_RATE_LIMIT", file.api_rate_limit, 600)?,
            authority_token_days: authority_token_days(
                env("INTAKE_AUTHORITY_TOKEN_DAYS"),
                file.authority_token_days,
            )?,
            sign_in_concurrency: sign_in_concurrency(
                env("INTAKE_SIGN_IN_CONCURRENCY"),
                file.sign_in_concurrency,
            )?,
            audit,
            drafts,
            cleanup_minutes,
            slow_clients,
            trusted_proxies: TrustedProxies::parse(&proxies)?,
            security_contact: contact::parse(&contact)?,
        })
    }

    /// The routing table: the file named by `INTAKE_AUTHORITIES`, or the shipped example.
    pub fn routing(&self) -> Result<crate::domain::routing::RoutingTable, String> {
        let text = match &self.authorities {
            Some(path) => std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read INTAKE_AUTHORITIES {path}: {e}"))?,
            None => include_str!("../config/authorities.example.toml").to_string(),
        };
        let what = self
            .authorities
            .as_deref()
            .unwrap_or("the example routing table");
        crate::domain::routing::RoutingTable::from_toml(&text)
            .map_err(|e| format!("INTAKE_AUTHORITIES {what}: {e}"))
    }

    /// The sender, parsed.
    pub fn mail_from(&self) -> Result<lettre::message::Mailbox, String> {
        self.mail_from
            .parse()
            .map_err(|e| format!("INTAKE_MAIL_FROM {:?}: {e}", self.mail_from))
    }

    /// Where the service keeps files of its own: beside a SQLite database, else `./data`.
    fn data_dir(&self) -> std::path::PathBuf {
        match &self.database {
            Backend::Sqlite(p) => p
                .parent()
                .map(|d| d.to_path_buf())
                .unwrap_or_else(|| "data".into()),
            Backend::Postgres(_) => "data".into(),
        }
    }

    /// The secret key: configured, or kept in `secret.key` in the data folder.
    pub fn secret_key(&self) -> Result<crate::secrets::SecretKey, String> {
        match &self.secret_key {
            Some(hex) => crate::secrets::SecretKey::from_hex(hex),
            None => crate::secrets::SecretKey::load_or_create(&self.data_dir().join("secret.key")),
        }
    }

    /// The audit chain's key: configured, or derived from the secret key.
    pub fn audit_key(&self) -> Result<crate::domain::audit_chain::ChainKey, String> {
        match &self.audit.key {
            Some(hex) => crate::domain::audit_chain::ChainKey::from_hex(hex),
            None => Ok(self.secret_key()?.audit_chain_key()),
        }
    }

    /// The checkpoint file: configured, or `audit-checkpoints.log` in the data folder.
    pub fn audit_checkpoints(&self) -> std::path::PathBuf {
        match &self.audit.checkpoints {
            Some(path) => path.clone(),
            None => self.data_dir().join("audit-checkpoints.log"),
        }
    }

    /// Where `.eml` files go without SMTP: `data/mail/` beside a SQLite database, else `./data/mail`.
    pub fn mail_dir(&self) -> std::path::PathBuf {
        match &self.mail_dir {
            Some(dir) => dir.clone(),
            None => self.data_dir().join("mail"),
        }
    }

    /// Loud warnings for settings that are fine on a laptop and wrong in production.
    pub fn warnings(&self) -> Vec<String> {
        let mut w = Vec::new();
        if self.smtp_url.is_none() {
            w.push(format!(
                "INTAKE_SMTP_URL is not set: notification mail is written to {} and NOT sent \
                 (the files hold reporters' follow-up links: keep the folder private)",
                self.mail_dir().display()
            ));
        }
        if self.authorities.is_none() {
            w.push("INTAKE_AUTHORITIES is not set: the example routing table is in use".into());
        }
        if self.secret_key.is_none() {
            w.push(format!(
                "INTAKE_SECRET_KEY is not set: using {} (several instances must share one key)",
                self.data_dir().join("secret.key").display()
            ));
        }
        if self.audit.key.is_none() {
            w.push(
                "INTAKE_AUDIT_KEY is not set: the audit chain's key is derived from the secret \
                 key; keep a separate key off the database host (docs/security.md)"
                    .into(),
            );
        }
        if self.base_url.starts_with("http://127.0.0.1")
            || self.base_url.starts_with("http://localhost")
        {
            w.push(format!(
                "INTAKE_BASE_URL is {}: links in emails will only work on this machine",
                self.base_url
            ));
        }
        w
    }
}

/// HTTP workers: the variable, else the file, else the number of cores.
fn workers(var: Option<String>, file: Option<usize>) -> Result<usize, String> {
    Ok(match var {
        Some(w) => w
            .parse()
            .map_err(|_| format!("INTAKE_WORKERS must be a number, got {w:?}"))?,
        None => file.unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
        }),
    })
}

/// Concurrent password checks: the variable, else the file, else the number of cores.
fn sign_in_concurrency(var: Option<String>, file: Option<usize>) -> Result<usize, String> {
    let n = match var {
        Some(v) => v
            .parse()
            .map_err(|_| format!("INTAKE_SIGN_IN_CONCURRENCY must be a number, got {v:?}"))?,
        None => file.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())),
    };
    Ok(n.max(1))
}

/// `INTAKE_AUTHORITY_TOKEN_DAYS`, else the file's key, else 90: from 1 to 3650 days.
fn authority_token_days(env: Option<String>, file: Option<u32>) -> Result<u32, String> {
    let days = match env {
        Some(v) => v.trim().parse().ok().filter(|d| (1..=3650).contains(d)).ok_or_else(|| {
            format!("INTAKE_AUTHORITY_TOKEN_DAYS must be a number of days from 1 to 3650, got {v:?}")
        })?,
        None => file.unwrap_or(crate::storage::authority_tokens::DEFAULT_DAYS),
    };
    Ok(days.clamp(1, 3650))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_configuration_gives_the_documented_defaults() {
        let s = Settings::from_lookup(|_| None).unwrap();
        assert_eq!(s.database, Backend::Sqlite("data/intake.db".into()));
        assert_eq!(s.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(s.mail_from, "intake@localhost");
        assert!(s.warnings().iter().any(|w| w.contains("SMTP")));
    }

    #[test]
    fn environment_overrides_and_bad_values_fail_with_the_key_name() {
        let s = Settings::from_lookup(|k| (k == "INTAKE_BIND").then(|| "0.0.0.0:9000".to_string()))
            .unwrap();
        assert_eq!(s.bind.port(), 9000);
        let e = Settings::from_lookup(|k| {
            (k == "INTAKE_DATABASE_URL").then(|| "mysql://x".to_string())
        })
        .unwrap_err();
        assert!(e.starts_with("INTAKE_DATABASE_URL"), "{e}");
    }
}
