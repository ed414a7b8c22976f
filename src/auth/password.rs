//! Passwords are stored as argon2id PHC strings (OWASP parameters: 19 MiB, 2 passes) and
//! judged by strength (zxcvbn, the user's own words) before they are accepted.

use crate::words::{Lang, Tr};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use zxcvbn::matching::patterns::MatchPattern;

fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The lowest zxcvbn score accepted: 3 is "safely unguessable" (about 10^10 guesses), enough
/// against an offline attack on a stolen argon2id hash.
pub const MIN_SCORE: zxcvbn::Score = zxcvbn::Score::Three;

/// Words an attacker tries first against this service's staff: its own names.
const SERVICE_WORDS: [&str; 8] = [
    "incident",
    "intake",
    "incident-intake",
    "incidentintake",
    "nis2",
    "csirt",
    "authority",
    "staff",
];

/// Why a password is too weak, so each place can say it in its reader's language
/// ([`Weakness::say`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Weakness {
    /// Fewer than 12 characters.
    TooShort,
    /// More than 1024 bytes.
    TooLong,
    /// Holds the e-mail's local part.
    EmailName(String),
    /// Holds a name found in the e-mail's local part.
    Name(String),
    /// zxcvbn's score is below [`MIN_SCORE`]; `ours` when it was built from the user's address
    /// or this service's names; `advice` is zxcvbn's own feedback (its warning and suggestions,
    /// said in the reader's language by [`super::password_advice`]), if it gave some.
    Guessable {
        ours: bool,
        advice: Option<zxcvbn::feedback::Feedback>,
    },
}

impl Weakness {
    /// The reason as a sentence in the translator's language, zxcvbn's advice included.
    pub fn say(&self, tr: &Tr) -> String {
        let advice =
            |a: &Option<zxcvbn::feedback::Feedback>| super::password_advice::say(tr, a.as_ref());
        match self {
            Weakness::TooShort => tr.t("staff-password-too-short"),
            Weakness::TooLong => tr.t("staff-password-too-long"),
            Weakness::EmailName(n) => tr.t1("staff-password-email-name", "name", n),
            Weakness::Name(n) => tr.t1("staff-password-name", "name", n),
            Weakness::Guessable {
                ours: true,
                advice: a,
            } => tr.t1("staff-password-guessable-ours", "advice", &advice(a)),
            Weakness::Guessable {
                ours: false,
                advice: a,
            } => tr.t1("staff-password-guessable", "advice", &advice(a)),
        }
    }
}

/// Rejects passwords too weak to protect incident data, with the reason in English (for the
/// command line); see [`weakness`].
pub fn check_strength(password: &str, email: &str) -> Result<(), String> {
    match weakness(password, email) {
        Some(w) => Err(w.say(&Tr::new(Lang::En))),
        None => Ok(()),
    }
}

/// Why a password is too weak to protect incident data, if it is: fewer than 12 characters,
/// more than 1024 bytes, containing the user's e-mail name (the part before `@`) or a name in
/// it, or judged guessable by zxcvbn (score below [`MIN_SCORE`], with the user's address and
/// this service's names counted as known words).
pub fn weakness(password: &str, email: &str) -> Option<Weakness> {
    if password.chars().count() < 12 {
        return Some(Weakness::TooShort);
    }
    if password.len() > 1024 {
        return Some(Weakness::TooLong);
    }
    let lower = password.to_lowercase();
    let (local, names) = personal_words(email);
    if local.chars().count() >= 3 && lower.contains(&local) {
        return Some(Weakness::EmailName(local));
    }
    if let Some(name) = names.iter().find(|n| lower.contains(n.as_str())) {
        return Some(Weakness::Name(name.clone()));
    }
    let mut known: Vec<&str> = SERVICE_WORDS.to_vec();
    known.push(email);
    known.push(&local);
    known.extend(names.iter().map(String::as_str));
    let judged = zxcvbn::zxcvbn(password, &known);
    if judged.score() >= MIN_SCORE {
        return None;
    }
    let ours = judged.sequence().iter().any(|m| match &m.pattern {
        MatchPattern::Dictionary(d) => known.contains(&d.matched_word.as_str()),
        _ => false,
    });
    Some(Weakness::Guessable {
        ours,
        advice: judged.feedback().cloned(),
    })
}

/// The e-mail's local part (lower case) and the names in it (`jane.doe` has `jane` and `doe`),
/// those of at least three letters: shorter ones would refuse half of all passwords.
fn personal_words(email: &str) -> (String, Vec<String>) {
    let local = email
        .trim()
        .split('@')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let names = local
        .split(|c: char| !c.is_alphabetic())
        .filter(|n| n.chars().count() >= 3 && *n != local)
        .map(str::to_string)
        .collect();
    (local, names)
}

pub fn hash(password: &str) -> String {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>()).expect("16-byte salt");
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 hashing")
        .to_string()
}

pub fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| hasher().verify_password(password.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

/// A hash to verify against when the account does not exist, so that a wrong email costs
/// the same time as a wrong password.
pub fn decoy() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash("decoy password that matches nothing"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn argon2id_round_trip() {
        let h = super::hash("correct horse battery staple");
        assert!(h.starts_with("$argon2id$"));
        assert!(super::verify("correct horse battery staple", &h));
        assert!(!super::verify("Correct horse battery staple", &h));
    }

    #[test]
    fn strength_is_judged_by_guessability_and_the_users_own_words() {
        let email = "jane.doe@csirt.example";
        let weak = |p: &str| super::check_strength(p, email).unwrap_err();
        assert!(weak("short").contains("at least 12 characters"));
        assert!(weak("password123456").contains("too easy to guess"));
        assert!(weak("incident-intake").contains("this service's name"));
        assert!(weak("jane.doe@csirt.example").contains("e-mail name"));
        assert!(weak("my name is doe, really").contains("your name \"doe\""));
        assert!(weak("aaaaaaaaaaaaaaaa").contains("Repeats like"));
        assert!(super::check_strength("correct horse battery staple", email).is_ok());
        assert!(super::check_strength("Ferns quietly outgrow 7 brass lanterns", email).is_ok());
        assert!(super::check_strength("li li li li li li", "li@x.example").is_err());
    }
}
