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
        /// Read the password from standard input (at least 12 characters, hard to guess,
        /// without the e-mail's name). Either way the user must change it at first sign-in.
        #[arg(long)]
        password_stdin: bool,
        /// The workspace's language for this user: en, fr, de or nl (default: the
        /// authority's first language in the routing table).
        #[arg(long)]
        language: Option<String>,
    },
    /// Give a user a new generated password, printed once; the user must change it at the
    /// next sign-in, and their sessions end now.
    ResetPassword {
        #[arg(long)]
        authority: String,
        #[arg(long)]
        email: String,
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
        /// Days until the token expires (1 to 3650); default INTAKE_AUTHORITY_TOKEN_DAYS (90).
        #[arg(long)]
        days: Option<u32>,
    },
    /// List tokens (never their secrets): id, authority, label, created, expires, last used,
    /// revoked.
    List {
        /// Only this authority's tokens.
        #[arg(long)]
        authority: Option<String>,
    },
    /// Revoke a token by its id; every server refuses it from its next request.
    Revoke {
        /// The token id printed when it was created (or by `intake authority-token list`).
        id: String,
    },
}

pub(super) fn cli_actor(authority: &AuthorityCode) -> Actor {
    Actor {
        who: crate::domain::audit::Actor::System(whoami()),
        authority_code: Some(authority.clone()),
    }
}

pub(super) fn whoami() -> String {
    std::env::var("USER").unwrap_or_else(|_| "unknown".into())
}

/// The known authority `code`.
pub(super) fn known_authority(settings: &Settings, code: &str) -> anyhow::Result<AuthorityCode> {
    Ok(known_authority_and_language(settings, code)?.0)
}

/// The known authority `code` and its first language (English when it names none).
fn known_authority_and_language(
    settings: &Settings,
    code: &str,
) -> anyhow::Result<(AuthorityCode, Lang)> {
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
    let (authority, email, role, password_stdin, language) = match command {
        UserCommand::Add {
            authority,
            email,
            role,
            password_stdin,
            language,
        } => (authority, email, role, password_stdin, language),
        UserCommand::ResetPassword { authority, email } => {
            let authority = known_authority(settings, &authority)?;
            return reset_password(settings, &authority, &email, clock);
        }
    };
    let (authority, first) = known_authority_and_language(settings, &authority)?;
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
    if !generated {
        password::check_strength(&secret, &email)
            .map_err(|e| anyhow::anyhow!("--password-stdin: {e}"))?;
    }
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
    // The operator knows this password: its user chooses their own at first sign-in.
    staff::require_password_change(&mut c, id)?;
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
    eprintln!("{email} must choose their own password at the first sign-in.");
    Ok(())
}

/// `intake user reset-password`: a generated password, to be changed at the next sign-in.
fn reset_password(
    settings: &Settings,
    authority: &AuthorityCode,
    email: &str,
    clock: &dyn Clock,
) -> anyhow::Result<()> {
    let db = open_db(settings)?;
    let mut c = db.blocking_conn()?;
    let Some(user) = staff::users_of(&mut c, authority)?
        .into_iter()
        .find(|u| u.email.eq_ignore_ascii_case(email.trim()))
    else {
        anyhow::bail!("--email {email}: {authority} has no user with this address");
    };
    let secret = crate::secrets::random_token()[..24].to_string();
    let at = clock.now();
    staff::set_password(&mut c, user.id, &password::hash(&secret), true)?;
    staff::delete_sessions_of(&mut c, user.id)?;
    audit::append(
        &mut c,
        &settings.audit_key().map_err(anyhow::Error::msg)?,
        &cli_actor(authority),
        AuditAction::PasswordReset,
        None,
        serde_json::json!({"user": user.id, "email": user.email}),
        at,
    )?;
    eprintln!("new password for {} (shown once): {secret}", user.email);
    eprintln!("they must choose their own password at the next sign-in; their sessions ended.");
    Ok(())
}

pub fn token(settings: &Settings, command: TokenCommand, clock: &dyn Clock) -> anyhow::Result<()> {
    match command {
        TokenCommand::Create {
            authority,
            label,
            days,
        } => super::tokens::create(settings, clock, &authority, label, days),
        TokenCommand::List { authority } => {
            super::tokens::list(settings, clock, authority.as_deref())
        }
        TokenCommand::Revoke { id } => super::tokens::revoke(settings, clock, &id),
    }
}
