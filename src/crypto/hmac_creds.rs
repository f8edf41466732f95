//! Credentials for external services (storage, payments, CDSI, SVR2, TUS uploads),
//! HMAC-SHA256 based, as Signal-Server's `ExternalServiceCredentialsGenerator` makes them.
//!
//! ```text
//! username = derivation key set ? hex(trunc_N(HMAC(derivationKey, identity))) : identity
//! data     = usernameIsTimestamp ? username : username + ":" + ts
//! sig      = hex(trunc_10(HMAC(key, data)))       (untruncated if truncateSignature = false)
//! password = (prependUsername ? data : ts) + ":" + sig
//! ```
//!
//! Every operation takes the current time (epoch seconds) as an argument, so results
//! are deterministic.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

const DELIMITER: char = ':';
/// Bytes of the MAC kept when signatures are truncated.
pub const TRUNCATED_SIGNATURE_LENGTH: usize = 10;
/// Default number of MAC bytes kept for derived usernames.
pub const DEFAULT_DERIVED_USERNAME_LENGTH: usize = 10;

/// A username/password pair handed to a client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalServiceCredentials {
    pub username: String,
    pub password: String,
}

/// Generates and validates credentials for one external service.
#[derive(Clone)]
pub struct CredentialsGenerator {
    key: Vec<u8>,
    user_derivation_key: Option<Vec<u8>>,
    derived_username_length: usize,
    prepend_username: bool,
    truncate_signature: bool,
    username_is_timestamp: bool,
}

impl std::fmt::Debug for CredentialsGenerator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CredentialsGenerator")
            .field("derives_username", &self.user_derivation_key.is_some())
            .field("derived_username_length", &self.derived_username_length)
            .field("prepend_username", &self.prepend_username)
            .field("truncate_signature", &self.truncate_signature)
            .field("username_is_timestamp", &self.username_is_timestamp)
            .finish_non_exhaustive()
    }
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC accepts keys of any length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

impl CredentialsGenerator {
    /// A generator signing with `key`, with Signal's defaults: no username derivation,
    /// username prepended to the password, signature truncated to 10 bytes.
    pub fn new(key: impl Into<Vec<u8>>) -> Self {
        Self {
            key: key.into(),
            user_derivation_key: None,
            derived_username_length: DEFAULT_DERIVED_USERNAME_LENGTH,
            prepend_username: true,
            truncate_signature: true,
            username_is_timestamp: false,
        }
    }

    /// Storage service and payments: `username = aci`, `password = aci:ts:sig`.
    pub fn storage(key: impl Into<Vec<u8>>) -> Self {
        Self::new(key)
    }

    /// CDSI (`/v2/directory/auth`): 10-byte derived username, `password = ts:sig`.
    pub fn directory_v2(key: impl Into<Vec<u8>>, user_id_key: impl Into<Vec<u8>>) -> Self {
        Self::new(key)
            .with_user_derivation_key(user_id_key, 10)
            .prepend_username(false)
    }

    /// SVR2 (`/v2/backup/auth`): 16-byte derived username, `password = ts:sig`.
    pub fn svr2(key: impl Into<Vec<u8>>, user_id_key: impl Into<Vec<u8>>) -> Self {
        Self::new(key)
            .with_user_derivation_key(user_id_key, 16)
            .prepend_username(false)
    }

    /// CDN3 TUS uploads: `username = entity`, `password = ts:sig`.
    pub fn tus(key: impl Into<Vec<u8>>) -> Self {
        Self::new(key).prepend_username(false)
    }

    /// Derives usernames as `hex(trunc_len(HMAC(key, identity)))` (length capped at 32).
    pub fn with_user_derivation_key(
        mut self,
        key: impl Into<Vec<u8>>,
        truncate_len: usize,
    ) -> Self {
        self.user_derivation_key = Some(key.into());
        self.derived_username_length = truncate_len.min(32);
        self
    }

    /// Whether the password starts with the signed data (`user:ts:sig`) or only `ts:sig`.
    pub fn prepend_username(mut self, prepend: bool) -> Self {
        self.prepend_username = prepend;
        self
    }

    /// Whether the signature is truncated to 10 bytes (20 hex chars).
    pub fn truncate_signature(mut self, truncate: bool) -> Self {
        self.truncate_signature = truncate;
        self
    }

    /// Whether the username already carries the timestamp (`prefix:ts`), so the signed
    /// data is the username alone.
    pub fn username_is_timestamp(mut self, is_timestamp: bool) -> Self {
        self.username_is_timestamp = is_timestamp;
        self
    }

    /// The username handed out for `identity`.
    pub fn username_for(&self, identity: &str) -> String {
        match &self.user_derivation_key {
            Some(k) => {
                hex::encode(&hmac_sha256(k, identity.as_bytes())[..self.derived_username_length])
            }
            None => identity.to_owned(),
        }
    }

    fn signature(&self, data: &str) -> String {
        let mac = hmac_sha256(&self.key, data.as_bytes());
        let len = if self.truncate_signature {
            TRUNCATED_SIGNATURE_LENGTH
        } else {
            mac.len()
        };
        hex::encode(&mac[..len])
    }

    fn signed_data(&self, username: &str, timestamp: &str) -> String {
        if self.username_is_timestamp {
            username.to_owned()
        } else {
            format!("{username}{DELIMITER}{timestamp}")
        }
    }

    /// Credentials for `identity` (e.g. an ACI string), issued at `now` (epoch seconds).
    pub fn generate(&self, identity: &str, now: u64) -> ExternalServiceCredentials {
        let username = self.username_for(identity);
        let timestamp = now.to_string();
        let data = self.signed_data(&username, &timestamp);
        let signature = self.signature(&data);
        let prefix = if self.prepend_username {
            data
        } else {
            timestamp
        };
        ExternalServiceCredentials {
            username,
            password: format!("{prefix}{DELIMITER}{signature}"),
        }
    }

    /// Checks a `username`/`password` pair issued by this generator and returns its
    /// timestamp. With `max_age = Some(secs)`, credentials older than `secs` at `now`
    /// are rejected. The signature is compared in constant time.
    pub fn validate_and_get_timestamp(
        &self,
        username: &str,
        password: &str,
        max_age: Option<u64>,
        now: u64,
    ) -> Option<u64> {
        // Like Java's String.split: trailing empty parts are dropped.
        let mut parts: Vec<&str> = password.split(DELIMITER).collect();
        while parts.last() == Some(&"") {
            parts.pop();
        }
        let (timestamp, actual_signature) = match (parts.as_slice(), self.prepend_username) {
            (&[user, ts, sig], true) => {
                let expected_user = if self.username_is_timestamp {
                    format!("{user}{DELIMITER}{ts}")
                } else {
                    user.to_owned()
                };
                if expected_user != username {
                    return None;
                }
                (ts, sig)
            }
            (&[ts, sig], false) => (ts, sig),
            _ => return None,
        };

        let expected_signature = self.signature(&self.signed_data(username, timestamp));
        let (Ok(expected), Ok(actual)) = (
            hex::decode(expected_signature),
            hex::decode(actual_signature),
        ) else {
            return None;
        };
        if !bool::from(expected.ct_eq(&actual)) {
            return None;
        }

        let timestamp: u64 = timestamp.parse().ok()?;
        match max_age {
            Some(max) if now.saturating_sub(timestamp) > max => None,
            _ => Some(timestamp),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values computed independently with Python's hmac module.
    const KEY: &[u8] = b"storage-secret";
    const UID_KEY: &[u8] = b"user-derivation";
    const ACI: &str = "b1a2c3d4-0000-4000-8000-000000000001";
    const NOW: u64 = 1_700_000_000;
    const DAY: u64 = 86_400;

    #[test]
    fn storage_style() {
        let g = CredentialsGenerator::storage(KEY);
        let c = g.generate(ACI, NOW);
        assert_eq!(c.username, ACI);
        assert_eq!(c.password, format!("{ACI}:1700000000:0c7be329e1a118df7107"));
        assert_eq!(
            g.validate_and_get_timestamp(&c.username, &c.password, None, NOW + 10),
            Some(NOW)
        );
        // Username must match the one embedded in the password.
        assert_eq!(
            g.validate_and_get_timestamp("someone-else", &c.password, None, NOW),
            None
        );
    }

    #[test]
    fn untruncated_signature() {
        let g = CredentialsGenerator::new(KEY).truncate_signature(false);
        let c = g.generate(ACI, NOW);
        assert_eq!(
            c.password,
            format!(
                "{ACI}:1700000000:0c7be329e1a118df7107f800d6b7914b96630bff32cf4e7c453c9d6d8262dcb5"
            )
        );
        assert_eq!(
            g.validate_and_get_timestamp(&c.username, &c.password, None, NOW),
            Some(NOW)
        );
    }

    #[test]
    fn directory_style_derived_username() {
        let g = CredentialsGenerator::directory_v2(KEY, UID_KEY);
        let c = g.generate(ACI, NOW);
        assert_eq!(c.username, "94b6b5c4e7b0274bb86a");
        assert_eq!(c.password, "1700000000:b6b600bd11897c0f104b");
        assert_eq!(
            g.validate_and_get_timestamp(&c.username, &c.password, None, NOW),
            Some(NOW)
        );
    }

    #[test]
    fn svr2_style_and_max_age() {
        let g = CredentialsGenerator::svr2(KEY, UID_KEY);
        let c = g.generate(ACI, NOW);
        assert_eq!(c.username, "94b6b5c4e7b0274bb86a092591ebd24b");
        assert_eq!(c.password, "1700000000:931af55c4046fe4cfc37");
        let max = Some(30 * DAY);
        assert_eq!(
            g.validate_and_get_timestamp(&c.username, &c.password, max, NOW + 30 * DAY),
            Some(NOW)
        );
        assert_eq!(
            g.validate_and_get_timestamp(&c.username, &c.password, max, NOW + 30 * DAY + 1),
            None
        );
        // A timestamp in the future is not "too old".
        assert_eq!(
            g.validate_and_get_timestamp(&c.username, &c.password, max, NOW - 5),
            Some(NOW)
        );
    }

    #[test]
    fn username_is_timestamp() {
        let g = CredentialsGenerator::new(KEY).username_is_timestamp(true);
        let username = format!("prefix:{NOW}");
        let c = g.generate(&username, NOW);
        assert_eq!(c.username, username);
        let sig = hex::encode(&hmac_sha256(KEY, username.as_bytes())[..10]);
        assert_eq!(c.password, format!("{username}:{sig}"));
        assert_eq!(
            g.validate_and_get_timestamp(&c.username, &c.password, None, NOW),
            Some(NOW)
        );
    }

    #[test]
    fn rejects_tampering_and_malformed_input() {
        let g = CredentialsGenerator::storage(KEY);
        let c = g.generate(ACI, NOW);
        let v = |u: &str, p: &str| g.validate_and_get_timestamp(u, p, None, NOW);
        assert_eq!(
            v(ACI, &format!("{ACI}:1700000001:0c7be329e1a118df7107")),
            None
        );
        assert_eq!(
            v(ACI, &format!("{ACI}:1700000000:0c7be329e1a118df7108")),
            None
        );
        assert_eq!(
            v(ACI, &format!("{ACI}:1700000000:0c7be329e1a118df71")),
            None
        );
        assert_eq!(v(ACI, &format!("{ACI}:1700000000:zz")), None);
        assert_eq!(v(ACI, "1700000000:0c7be329e1a118df7107"), None);
        assert_eq!(v(ACI, ""), None);
        assert_eq!(v(ACI, ":::"), None);
        assert_eq!(v(ACI, &format!("{}:extra", c.password)), None);
        // Uppercase hex is the same signature.
        assert_eq!(
            v(
                ACI,
                &c.password.to_uppercase().replace(&ACI.to_uppercase(), ACI)
            ),
            Some(NOW)
        );
        // Another key does not validate.
        let other = CredentialsGenerator::storage(b"other".to_vec());
        assert_eq!(
            other.validate_and_get_timestamp(ACI, &c.password, None, NOW),
            None
        );
        // Format must match the configuration.
        let tus = CredentialsGenerator::tus(KEY);
        assert_eq!(
            tus.validate_and_get_timestamp(ACI, &c.password, None, NOW),
            None
        );
    }
}
