//! XEdDSA signatures over X25519 keys, in the exact variant libsignal uses.
//!
//! libsignal differs from the XEdDSA specification in one respect: the signer
//! does not force the Edwards sign bit of its public key to 0. Instead it stores
//! the sign bit of `A = a·B` in bit 7 of `sig[63]`, and the verifier uses that bit
//! to lift the Montgomery u-coordinate to the right Edwards point.
//!
//! * Signing: `a = clamp(k)`, `A = a·B`,
//!   `r = SHA512(0xFE ‖ 0xFF×31 ‖ k ‖ M ‖ Z) mod ℓ`, `R = r·B`,
//!   `h = SHA512(R ‖ A ‖ M) mod ℓ`, `s = r + h·a`; the signature is
//!   `R ‖ s` with `sign(A)` OR-ed into bit 7 of byte 63.
//! * Verification: `A = to_edwards(u, sig[63] >> 7)`; clear that bit; reject if
//!   any of the top 3 bits of `s` is set; accept iff `R == encode(s·B − h·A)`
//!   (cofactorless).

use curve25519_dalek::edwards::{CompressedEdwardsY, EdwardsPoint};
use curve25519_dalek::montgomery::MontgomeryPoint;
use curve25519_dalek::scalar::{clamp_integer, Scalar};
use sha2::{Digest, Sha512};
use subtle::ConstantTimeEq;

/// Length of an XEdDSA signature in bytes.
pub const SIGNATURE_LENGTH: usize = 64;

/// Computes `SHA512(parts...) mod ℓ`.
fn hash_to_scalar(parts: &[&[u8]]) -> Scalar {
    let mut hasher = Sha512::new();
    for part in parts {
        hasher.update(part);
    }
    let digest: [u8; 64] = hasher.finalize().into();
    Scalar::from_bytes_mod_order_wide(&digest)
}

/// Verifies a libsignal XEdDSA `signature` over `message` by the X25519 public key
/// whose Montgomery u-coordinate is `public_key` (32 bytes, no `0x05` type byte).
pub fn verify(public_key: &[u8; 32], message: &[u8], signature: &[u8; 64]) -> bool {
    let sign_bit = signature[63] >> 7;
    let Some(a_point) = MontgomeryPoint(*public_key).to_edwards(sign_bit) else {
        return false;
    };

    let mut s_bytes = [0u8; 32];
    s_bytes.copy_from_slice(&signature[32..]);
    s_bytes[31] &= 0x7F;
    if s_bytes[31] & 0xE0 != 0 {
        return false;
    }
    // s < 2^253 is not required to be reduced; B has order ℓ, so s·B == (s mod ℓ)·B.
    let s = Scalar::from_bytes_mod_order(s_bytes);

    let r_bytes = &signature[..32];
    let a_bytes = a_point.compress();
    let h = hash_to_scalar(&[r_bytes, a_bytes.as_bytes(), message]);

    let r_check = EdwardsPoint::vartime_double_scalar_mul_basepoint(&-h, &a_point, &s);
    r_check.compress().as_bytes().ct_eq(r_bytes).into()
}

/// Signs `message` with the X25519 private key `private_key`, using 64 bytes of
/// fresh randomness `random` (the `Z` of the XEdDSA specification).
pub fn sign(private_key: &[u8; 32], message: &[u8], random: &[u8; 64]) -> [u8; 64] {
    let a = Scalar::from_bytes_mod_order(clamp_integer(*private_key));
    let a_point: CompressedEdwardsY = EdwardsPoint::mul_base(&a).compress();
    let sign_bit = a_point.as_bytes()[31] & 0x80;

    let mut prefix = [0xFFu8; 32];
    prefix[0] = 0xFE;
    let r = hash_to_scalar(&[&prefix, private_key, message, random]);
    let r_point = EdwardsPoint::mul_base(&r).compress();

    let h = hash_to_scalar(&[r_point.as_bytes(), a_point.as_bytes(), message]);
    let s = r + h * a;

    let mut signature = [0u8; 64];
    signature[..32].copy_from_slice(r_point.as_bytes());
    signature[32..].copy_from_slice(s.as_bytes());
    // s < ℓ < 2^253, so bit 7 of the last byte is free for the sign of A.
    signature[63] |= sign_bit;
    signature
}

/// An X25519 key pair usable for XEdDSA signing.
#[derive(Clone)]
pub struct KeyPair {
    private_key: [u8; 32],
    public_key: [u8; 32],
}

impl KeyPair {
    /// Derives a key pair from 32 random bytes: the private key is the clamped
    /// scalar, the public key its X25519 u-coordinate.
    pub fn from_random_bytes(random: [u8; 32]) -> Self {
        let private_key = clamp_integer(random);
        let public_key = MontgomeryPoint::mul_base_clamped(private_key).to_bytes();
        Self {
            private_key,
            public_key,
        }
    }

    /// Generates a fresh key pair from the thread-local CSPRNG.
    pub fn generate() -> Self {
        Self::from_random_bytes(rand::random())
    }

    /// The (clamped) 32-byte private key.
    pub fn private_key(&self) -> &[u8; 32] {
        &self.private_key
    }

    /// The 32-byte X25519 public u-coordinate (no `0x05` type byte).
    pub fn public_key(&self) -> &[u8; 32] {
        &self.public_key
    }

    /// Signs `message` with caller-supplied randomness (deterministic).
    pub fn sign_with_random(&self, message: &[u8], random: &[u8; 64]) -> [u8; 64] {
        sign(&self.private_key, message, random)
    }

    /// Signs `message` with fresh randomness from the thread-local CSPRNG.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        let mut random = [0u8; 64];
        rand::Rng::fill(&mut rand::rng(), &mut random[..]);
        self.sign_with_random(message, &random)
    }
}

impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyPair")
            .field("public_key", &hex::encode(self.public_key))
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BULK: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/xeddsa-bulk.json"
    ));

    struct Vector {
        pk: [u8; 32],
        msg: Vec<u8>,
        sig: [u8; 64],
    }

    fn vectors() -> Vec<Vector> {
        let json: serde_json::Value = serde_json::from_str(BULK).unwrap();
        json.as_array()
            .unwrap()
            .iter()
            .map(|v| {
                let pk = hex::decode(v["pk"].as_str().unwrap()).unwrap();
                assert_eq!(pk.len(), 33);
                assert_eq!(pk[0], 0x05);
                Vector {
                    pk: pk[1..].try_into().unwrap(),
                    msg: hex::decode(v["msg"].as_str().unwrap()).unwrap(),
                    sig: hex::decode(v["sig"].as_str().unwrap())
                        .unwrap()
                        .try_into()
                        .unwrap(),
                }
            })
            .collect()
    }

    #[test]
    fn verifies_all_libsignal_signatures() {
        let vs = vectors();
        assert_eq!(vs.len(), 200);
        let with_sign_bit = vs.iter().filter(|v| v.sig[63] & 0x80 != 0).count();
        assert!(with_sign_bit > 0, "vectors should exercise the sign bit");
        for (i, v) in vs.iter().enumerate() {
            assert!(verify(&v.pk, &v.msg, &v.sig), "vector {i} failed");
        }
    }

    #[test]
    fn rejects_tampered_signatures() {
        for v in vectors().iter().take(50) {
            // Flip a bit in R, in s, in the sign bit, in the message, in the key.
            for (byte, bit) in [(0usize, 0u8), (40, 3), (63, 7), (62, 1)] {
                let mut sig = v.sig;
                sig[byte] ^= 1 << bit;
                assert!(!verify(&v.pk, &v.msg, &sig));
            }
            let mut msg = v.msg.clone();
            msg[0] ^= 1;
            assert!(!verify(&v.pk, &msg, &v.sig));
            let mut longer = v.msg.clone();
            longer.push(0);
            assert!(!verify(&v.pk, &longer, &v.sig));
            let mut pk = v.pk;
            pk[5] ^= 0x10;
            assert!(!verify(&pk, &v.msg, &v.sig));
            // Top bits of s set.
            let mut sig = v.sig;
            sig[63] |= 0x40;
            assert!(!verify(&v.pk, &v.msg, &sig));
        }
    }

    #[test]
    fn sign_then_verify_roundtrip() {
        let mut sign_bits = [0usize; 2];
        for i in 0u8..32 {
            let kp = KeyPair::from_random_bytes([i.wrapping_mul(37).wrapping_add(1); 32]);
            let msg = [i; 33];
            let sig = kp.sign_with_random(&msg, &[i; 64]);
            sign_bits[usize::from(sig[63] >> 7)] += 1;
            assert!(verify(kp.public_key(), &msg, &sig));
            assert!(!verify(kp.public_key(), &msg[1..], &sig));
            // Deterministic given the randomness; different randomness differs.
            assert_eq!(sig, kp.sign_with_random(&msg, &[i; 64]));
            assert_ne!(sig, kp.sign_with_random(&msg, &[i ^ 0xFF; 64]));
        }
        assert!(
            sign_bits[0] > 0 && sign_bits[1] > 0,
            "both sign bits exercised"
        );
        let kp = KeyPair::generate();
        assert!(verify(kp.public_key(), b"hello", &kp.sign(b"hello")));
    }

    #[test]
    fn invalid_inputs_do_not_panic() {
        assert!(!verify(&[0u8; 32], b"", &[0u8; 64]));
        assert!(!verify(&[0xFFu8; 32], b"x", &[0xFFu8; 64]));
        // u = p - 1 has no Edwards image.
        let mut minus_one = [0xFFu8; 32];
        minus_one[0] = 0xEC;
        minus_one[31] = 0x7F;
        assert!(!verify(&minus_one, b"x", &[0u8; 64]));
    }
}
