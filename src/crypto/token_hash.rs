//! Signal's `SaltedTokenHash`: how device passwords, registration-lock tokens and
//! registration recovery passwords are stored.
//!
//! * `salt` is the lowercase hex of 16 random bytes; its *UTF-8 text* is the salt.
//! * v2 (current): `"2." + hex(HKDF-SHA256(ikm = token, salt = saltHex, info = "authtoken", L = 32))`.
//! * v1 (legacy): `hex(SHA1(saltHex + token))`; any hash not starting with `"2."` is v1.
//! * A hash prefixed with `"!"` is locked and never verifies.

use hkdf::Hkdf;
use sha1::Sha1;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

const V2_PREFIX: &str = "2.";
const LOCKED_PREFIX: &str = "!";
const HKDF_INFO: &[u8] = b"authtoken";

/// A stored credential: the hash of a secret token and the salt it was hashed with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaltedTokenHash {
    /// `"2." + hex` (v2), plain hex (legacy v1), or either prefixed with `"!"` (locked).
    pub hash: String,
    /// Lowercase hex of 16 random bytes.
    pub salt: String,
}

impl SaltedTokenHash {
    /// Hashes `token` (v2) with a fresh random salt.
    pub fn generate(token: &str) -> Self {
        let salt = hex::encode(rand::random::<[u8; 16]>());
        Self::generate_with_salt(token, &salt)
    }

    /// Hashes `token` (v2) with the given salt string.
    pub fn generate_with_salt(token: &str, salt: &str) -> Self {
        Self {
            hash: v2_hash(token, salt),
            salt: salt.to_owned(),
        }
    }

    /// Whether `token` matches this hash. Compares in constant time; a locked hash
    /// never matches. Callers should re-hash (v2) a legacy hash that verified.
    pub fn verify(&self, token: &str) -> bool {
        if self.is_locked() {
            return false;
        }
        let expected = if self.is_legacy() {
            v1_hash(token, &self.salt)
        } else {
            v2_hash(token, &self.salt)
        };
        expected.as_bytes().ct_eq(self.hash.as_bytes()).into()
    }

    /// Whether this is a legacy (SHA-1) hash, i.e. it does not start with `"2."`.
    pub fn is_legacy(&self) -> bool {
        !self.hash.starts_with(V2_PREFIX)
    }

    /// Whether this hash is locked (prefixed with `"!"`) and so never verifies.
    pub fn is_locked(&self) -> bool {
        self.hash.starts_with(LOCKED_PREFIX)
    }
}

fn v2_hash(token: &str, salt: &str) -> String {
    let mut okm = [0u8; 32];
    Hkdf::<Sha256>::new(Some(salt.as_bytes()), token.as_bytes())
        .expand(HKDF_INFO, &mut okm)
        .expect("32 bytes is a valid HKDF-SHA256 output length");
    format!("{V2_PREFIX}{}", hex::encode(okm))
}

fn v1_hash(token: &str, salt: &str) -> String {
    let mut hasher = Sha1::new();
    hasher.update(salt.as_bytes());
    hasher.update(token.as_bytes());
    hex::encode(hasher.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SALT: &str = "00112233445566778899aabbccddeeff";
    const TOKEN: &str = "correct horse battery staple";
    // Computed independently (Python hmac/hashlib).
    const V2: &str = "2.37c8fde73264fe093f37c8880ce3c858cb29373579647658708458ef9990eab9";
    const V1: &str = "ad5b02adf17dc39f781e2e9add233e2ab89c96bf";

    #[test]
    fn v2_known_answer() {
        let h = SaltedTokenHash::generate_with_salt(TOKEN, SALT);
        assert_eq!(h.hash, V2);
        assert!(!h.is_legacy());
        assert!(h.verify(TOKEN));
        assert!(!h.verify("correct horse battery stapl"));
        assert!(!h.verify(""));
    }

    #[test]
    fn v1_legacy_verifies() {
        let h = SaltedTokenHash {
            hash: V1.into(),
            salt: SALT.into(),
        };
        assert!(h.is_legacy());
        assert!(h.verify(TOKEN));
        assert!(!h.verify("wrong"));
    }

    #[test]
    fn locked_never_verifies() {
        for hash in [format!("!{V2}"), format!("!{V1}")] {
            let h = SaltedTokenHash {
                hash,
                salt: SALT.into(),
            };
            assert!(h.is_locked());
            assert!(!h.verify(TOKEN));
        }
    }

    #[test]
    fn random_salt() {
        let a = SaltedTokenHash::generate(TOKEN);
        let b = SaltedTokenHash::generate(TOKEN);
        assert_eq!(a.salt.len(), 32);
        assert!(a
            .salt
            .bytes()
            .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c)));
        assert_ne!(a.salt, b.salt);
        assert_ne!(a.hash, b.hash);
        assert!(a.verify(TOKEN) && b.verify(TOKEN));
    }

    #[test]
    fn malformed_stored_values_do_not_verify() {
        for hash in ["", "2.", "2.zz", "garbage"] {
            let h = SaltedTokenHash {
                hash: hash.into(),
                salt: SALT.into(),
            };
            assert!(!h.verify(TOKEN));
        }
    }
}
