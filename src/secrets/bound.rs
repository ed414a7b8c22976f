//! Tokens bound to something the browser or the mailbox holds: the CSRF token of a staff
//! session, and the proof that a follow-up link came from the mail sent to an address.

use super::SecretKey;
use uuid::Uuid;

impl SecretKey {
    /// The anti-forgery token of a staff session: derived from the session's token, so a
    /// token from one session is worthless in any other (and reveals nothing of the session).
    pub fn staff_csrf_token(&self, session: &str) -> String {
        hex::encode(&self.mac("csrf-staff-session", session.as_bytes())[..16])
    }

    /// What the follow-up link in a mail to `address` about `case_id` carries (`?from=`):
    /// only that mail has it, so a visit with it shows the mailbox received the mail.
    pub fn mail_proof(&self, case_id: Uuid, address: &str) -> String {
        let subject = format!("{}\n{}", case_id.simple(), address.trim().to_lowercase());
        hex::encode(&self.mac("mail-proof", subject.as_bytes())[..16])
    }
}
