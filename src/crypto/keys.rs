//! Serialized public keys as they travel in Signal's API, and prekey signature checks.
//!
//! * EC (Curve25519) keys: `0x05 ‖ u[32]`. Deserialization, like libsignal's, accepts
//!   trailing bytes after the 32-byte key, but [`EcPublicKey::serialize`] always yields
//!   the canonical 33 bytes (which is what the server stores and what is signed).
//! * KEM (Kyber1024) keys: exactly `0x08 ‖ key[1568]` (1569 bytes).
//! * Signed prekeys and KEM prekeys are XEdDSA-signed by the identity key over their
//!   full serialized form, type byte included.

use super::xeddsa;

/// Type byte of a serialized Curve25519 public key.
pub const EC_KEY_TYPE: u8 = 0x05;
/// Length of a serialized Curve25519 public key (type byte + 32).
pub const EC_SERIALIZED_LEN: usize = 33;
/// Type byte of a serialized Kyber1024 public key.
pub const KEM_KEY_TYPE: u8 = 0x08;
/// Length of a serialized Kyber1024 public key (type byte + 1568).
pub const KEM_SERIALIZED_LEN: usize = 1569;

/// Why a serialized key was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// The input was empty.
    #[error("empty key")]
    Empty,
    /// The type byte is not the one this key kind requires.
    #[error("bad key type {0:#04x}")]
    BadKeyType(u8),
    /// The key has the wrong length for its type.
    #[error("bad key length {0}")]
    BadLength(usize),
}

/// A Curve25519 public key (`0x05 ‖ u`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct EcPublicKey([u8; 32]);

/// An account identity key: an EC public key that signs prekeys.
pub type IdentityKey = EcPublicKey;

impl EcPublicKey {
    /// Wraps a raw 32-byte X25519 u-coordinate.
    pub fn from_public_key_bytes(u: [u8; 32]) -> Self {
        Self(u)
    }

    /// Parses `0x05 ‖ u[32] ‖ anything`; trailing bytes are ignored as libsignal does.
    pub fn deserialize(bytes: &[u8]) -> Result<Self, KeyError> {
        let (&key_type, rest) = bytes.split_first().ok_or(KeyError::Empty)?;
        if key_type != EC_KEY_TYPE {
            return Err(KeyError::BadKeyType(key_type));
        }
        let u = rest
            .get(..32)
            .and_then(|u| <[u8; 32]>::try_from(u).ok())
            .ok_or(KeyError::BadLength(bytes.len()))?;
        Ok(Self(u))
    }

    /// The canonical 33-byte serialization `0x05 ‖ u`.
    pub fn serialize(&self) -> [u8; EC_SERIALIZED_LEN] {
        let mut out = [0u8; EC_SERIALIZED_LEN];
        out[0] = EC_KEY_TYPE;
        out[1..].copy_from_slice(&self.0);
        out
    }

    /// The raw 32-byte u-coordinate.
    pub fn public_key_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Verifies an XEdDSA signature by this key over `message`. Signatures that are
    /// not exactly 64 bytes are rejected.
    pub fn verify_signature(&self, message: &[u8], signature: &[u8]) -> bool {
        <&[u8; 64]>::try_from(signature).is_ok_and(|sig| xeddsa::verify(&self.0, message, sig))
    }
}

impl std::fmt::Debug for EcPublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EcPublicKey({})", hex::encode(self.serialize()))
    }
}

impl From<&xeddsa::KeyPair> for EcPublicKey {
    fn from(pair: &xeddsa::KeyPair) -> Self {
        Self(*pair.public_key())
    }
}

/// A Kyber1024 public key, kept in its 1569-byte serialized form.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct KemPublicKey(Vec<u8>);

impl KemPublicKey {
    /// Parses `0x08 ‖ key[1568]`; any other type byte or length is rejected.
    pub fn deserialize(bytes: &[u8]) -> Result<Self, KeyError> {
        let &key_type = bytes.first().ok_or(KeyError::Empty)?;
        if key_type != KEM_KEY_TYPE {
            return Err(KeyError::BadKeyType(key_type));
        }
        if bytes.len() != KEM_SERIALIZED_LEN {
            return Err(KeyError::BadLength(bytes.len()));
        }
        Ok(Self(bytes.to_vec()))
    }

    /// The 1569-byte serialization, type byte included.
    pub fn serialize(&self) -> &[u8] {
        &self.0
    }
}

impl std::fmt::Debug for KemPublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "KemPublicKey({}…)",
            hex::encode(&self.0[..8.min(self.0.len())])
        )
    }
}

/// Checks a prekey signature: `signature` must be an XEdDSA signature by `identity`
/// over `serialized_key`, the full serialized prekey (type byte included).
pub fn verify_signature(identity: &EcPublicKey, serialized_key: &[u8], signature: &[u8]) -> bool {
    identity.verify_signature(serialized_key, signature)
}

#[cfg(test)]
mod tests {
    use super::*;

    const VECTORS: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/protocol-vectors.json"
    ));

    fn field(path: &[&str]) -> Vec<u8> {
        let json: serde_json::Value = serde_json::from_str(VECTORS).unwrap();
        let mut v = &json;
        for p in path {
            v = &v[*p];
        }
        hex::decode(v.as_str().unwrap()).unwrap()
    }

    #[test]
    fn signed_prekey_vector() {
        let identity = IdentityKey::deserialize(&field(&["signature", "identityPublic"])).unwrap();
        let spk_bytes = field(&["signature", "signedPreKeyPublic"]);
        let spk = EcPublicKey::deserialize(&spk_bytes).unwrap();
        let sig = field(&["signature", "signature"]);
        assert!(verify_signature(&identity, &spk.serialize(), &sig));
        // The signature covers the type byte: the raw 32 bytes must not verify.
        assert!(!verify_signature(&identity, spk.public_key_bytes(), &sig));
        // Wrong signer, wrong length, tampered signature.
        assert!(!verify_signature(&spk, &spk.serialize(), &sig));
        assert!(!verify_signature(&identity, &spk.serialize(), &sig[..63]));
        let mut bad = sig.clone();
        bad[10] ^= 1;
        assert!(!verify_signature(&identity, &spk.serialize(), &bad));
    }

    #[test]
    fn kem_prekey_vector() {
        let identity = IdentityKey::deserialize(&field(&["signature", "identityPublic"])).unwrap();
        let kem_bytes = field(&["signature", "kemPublic"]);
        let kem = KemPublicKey::deserialize(&kem_bytes).unwrap();
        assert_eq!(kem.serialize(), &kem_bytes[..]);
        let sig = field(&["signature", "kemSignature"]);
        assert!(verify_signature(&identity, kem.serialize(), &sig));
        assert!(!verify_signature(&identity, &kem.serialize()[1..], &sig));
    }

    #[test]
    fn ec_key_parsing() {
        let bytes = field(&["signature", "identityPublic"]);
        let key = EcPublicKey::deserialize(&bytes).unwrap();
        assert_eq!(key.serialize().as_slice(), bytes.as_slice());
        // Trailing bytes are accepted and dropped on re-serialization.
        let mut long = bytes.clone();
        long.extend_from_slice(&[1, 2, 3]);
        assert_eq!(EcPublicKey::deserialize(&long).unwrap(), key);
        assert_eq!(EcPublicKey::deserialize(&[]), Err(KeyError::Empty));
        assert_eq!(
            EcPublicKey::deserialize(&bytes[..32]),
            Err(KeyError::BadLength(32))
        );
        assert_eq!(
            EcPublicKey::deserialize(&bytes[1..]).unwrap_err(),
            KeyError::BadKeyType(bytes[1])
        );
    }

    #[test]
    fn kem_key_parsing() {
        let bytes = field(&["signature", "kemPublic"]);
        assert_eq!(KemPublicKey::deserialize(&[]), Err(KeyError::Empty));
        assert_eq!(
            KemPublicKey::deserialize(&bytes[..1568]),
            Err(KeyError::BadLength(1568))
        );
        let mut long = bytes.clone();
        long.push(0);
        assert_eq!(
            KemPublicKey::deserialize(&long),
            Err(KeyError::BadLength(1570))
        );
        let mut mlkem = bytes.clone();
        mlkem[0] = 0x0A;
        assert_eq!(
            KemPublicKey::deserialize(&mlkem),
            Err(KeyError::BadKeyType(0x0A))
        );
    }

    #[test]
    fn own_keys_sign_prekeys() {
        let identity_pair = xeddsa::KeyPair::from_random_bytes([7; 32]);
        let identity = EcPublicKey::from(&identity_pair);
        let prekey = EcPublicKey::from(&xeddsa::KeyPair::from_random_bytes([9; 32])).serialize();
        let sig = identity_pair.sign_with_random(&prekey, &[3; 64]);
        assert!(verify_signature(&identity, &prekey, &sig));
    }
}
