//! Issue 12, the smaller leaks: the client address behind reverse proxies, CSRF tokens bound
//! to the staff session and `__Host-` cookies over https, mail to addresses that have not
//! answered, and header-bound input that must be a 400 (never a 500). On both backends.

mod cookies;
mod headers;
mod proxies;
mod security_txt;
mod session_csrf;
mod unverified_mail;
