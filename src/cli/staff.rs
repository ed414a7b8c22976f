//! `intake user` and `intake authority-token`: the authority side's
//! administration from the command line.

use super::open_db;
use crate::auth::password;
use crate::config::Settings;
use crate::domain::audit::AuditAction;
use crate::domain::clock::Clock;
use crate::domain::names::AuthorityCode;
use crate::domain::staff::StaffRole;
use crate::storage::audit::{self, Actor};
use crate::storage::staff;
use crate::words::Lang;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a staff account of an authority; prints a generated password unless
    /// --password-stdin gives one.
    Add {
        /// Authority code from the routing table, e.g. LU-CSIRT.
        #[arg(long)]
        authority: String,
        #[arg(long)]
        email: String,
        /// admin (also manages users), reviewer (handles cases) or observer (reads).
        #[arg(long)]
        role: String,
        /// Read the password (at least 12 characters) from standard input.
        #[arg(long)]
        password_stdin: bool,
        /// The workspace's language for this user: en, fr, de or nl (default: the
        /// authority's first language in the routing table).
        #[arg(long)]
        language: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Issue an API token to an authority and print it once (only its hash is stored).
    Create {
        #[arg(long)]
        authority: String,
        #[arg(long)]
        label: Option<String>,
    },
}

fn cli_actor(authority: &AuthorityCode) -> Actor {
    Actor {
        who: crate::domain::audit::Actor::System(whoami()),
        authority_code: Some(authority.clone()),
    }
}

fn whoami() -> String {
    std::env::var("USER").unwrap_or_else(|_| "unknown".into())
}

/// The known authority `code` and its first language (English when it names none).
fn known_authority(settings: &Settings, code: &str) -> anyhow::Result<(AuthorityCode, Lang)> {
    let routing = settings.routing().map_err(anyhow::Error::msg)?;
    let Some(found) = routing.authorities.iter().find(|a| a.code == code) else {
        let codes: Vec<&str> = routing
            .authorities
            .iter()
            .map(|a| a.code.as_str())
            .collect();
        anyhow::bail!(
            "--authority {code} is not in the routing table; known: {}",
            codes.join(", ")
        );
    };
    let first = found.languages.iter().find_map(|t| Lang::from_tag(t));
    Ok((found.code.clone(), first.unwrap_or_default()))
}

pub fn user(settings: &Settings, command: UserCommand, clock: &dyn Clock) -> anyhow::Result<()> {
    let UserCommand::Add {
        authority,
        email,
        role,
        password_stdin,
        language,
    } = command;
    let (authority, first) = known_authority(settings, &authority)?;
    let language = match language {
        None => first,
        Some(tag) => Lang::ALL
            .iter()
            .copied()
            .find(|l| l.tag() == tag.trim())
            .ok_or_else(|| anyhow::anyhow!("--language {tag:?}: use en, fr, de or nl"))?,
    };
    let role: StaffRole = role.parse().map_err(|e| anyhow::anyhow!("--role {e}"))?;
    crate::domain::contact::EmailAddress::parse(&email)
        .map_err(|e| anyhow::anyhow!("--email {e}"))?;
    let (secret, generated) = if password_stdin {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        (line.trim_end_matches(['\r', '\n']).to_string(), false)
    } else {
        (crate::secrets::random_token()[..24].to_string(), true)
    };
    password::check_strength(&secret).map_err(|e| anyhow::anyhow!("the password {e}"))?;
    let hash = password::hash(&secret);
    let db = open_db(settings)?;
    let mut c = db.blocking_conn()?;
    let taken = staff::users_of(&mut c, &authority)?;
    if taken
        .iter()
        .any(|u| u.email.eq_ignore_ascii_case(email.trim()))
    {
        anyhow::bail!("{authority} already has a user with email {email}");
    }
    let at = clock.now();
    let id = staff::insert_user(&mut c, &authority, &email, role, &hash, language, at)?;
    audit::append(
        &mut c,
        &settings.audit_key().map_err(anyhow::Error::msg)?,
        &cli_actor(&authority),
        AuditAction::UserCreated,
        None,
        serde_json::json!({"user": id, "email": email, "role": role, "language": language.tag()}),
        at,
    )?;
    println!("{id}");
    if generated {
        eprintln!("password for {email} (shown once): {secret}");
    }
    Ok(())
}

pub fn token(settings: &Settings, command: TokenCommand, clock: &dyn Clock) -> anyhow::Result<()> {
    let TokenCommand::Create { authority, label } = command;
    let (authority, _) = known_authority(settings, &authority)?;
    let db = open_db(settings)?;
    let mut c = db.blocking_conn()?;
    let at = clock.now();
    let (id, token) = staff::create_authority_token(&mut c, &authority, label.as_deref(), at)?;
    audit::append(
        &mut c,
        &settings.audit_key().map_err(anyhow::Error::msg)?,
        &cli_actor(&authority),
        AuditAction::TokenCreated,
        None,
        serde_json::json!({"token": id, "label": label}),
        at,
    )?;
    println!("{token}");
    eprintln!(
        "authority token {id} for {authority} created; store it now, it cannot be shown again."
    );
    Ok(())
}
