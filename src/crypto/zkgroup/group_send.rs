//! `GroupSendFullToken` verification (the `Group-Send-Token` header).
//!
//! A token is `reserved(0) ‖ u64 len ‖ token bytes ‖ u64 expiration` (33 bytes for the
//! 16-byte tokens libsignal makes). It is valid for a set of recipients at `now` iff
//! `now ≤ expiration` and `token == SHA256(compress(sk' · Σ M1(recipient)))[..16]` where
//! `sk' = (root_sk + t)^-1` and `t` is derived from the expiration.

use curve25519_dalek::ristretto::RistrettoPoint;
use curve25519_dalek::traits::Identity;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::params::ServerSecretParams;
use super::serial::Reader;
use super::system::{uid_m1, ZkServiceId};
use super::ZkError;
use crate::crypto::sho::ShoHmacSha256;

/// A parsed `GroupSendFullToken`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupSendFullToken {
    raw_token: Vec<u8>,
    /// Expiration, epoch seconds.
    pub expiration: u64,
}

impl GroupSendFullToken {
    pub fn deserialize(bytes: &[u8]) -> Result<Self, ZkError> {
        let mut r = Reader::new(bytes, "GroupSendFullToken");
        r.expect_byte(0)?;
        let raw_token = r.bytes(64)?.to_vec();
        let expiration = r.u64()?;
        r.finish()?;
        Ok(GroupSendFullToken {
            raw_token,
            expiration,
        })
    }

    /// Checks the token for exactly the recipients `user_ids` at `now` (epoch seconds).
    pub fn verify(
        &self,
        params: &ServerSecretParams,
        user_ids: impl IntoIterator<Item = ZkServiceId>,
        now: u64,
    ) -> Result<(), ZkError> {
        if now > self.expiration {
            return Err(ZkError::Verification);
        }
        let mut tag = ShoHmacSha256::new(b"20240215_Signal_GroupSendEndorsement");
        tag.absorb_and_ratchet(&self.expiration.to_be_bytes());
        let t = tag.get_scalar();
        let sk_prime = (params.endorsement_sk + t).invert();
        let sum = user_ids
            .into_iter()
            .map(uid_m1)
            .fold(RistrettoPoint::identity(), |a, b| a + b);
        let expected = Sha256::digest((sk_prime * sum).compress().as_bytes());
        if bool::from(self.raw_token.as_slice().ct_eq(&expected[..16])) {
            Ok(())
        } else {
            Err(ZkError::Verification)
        }
    }
}
