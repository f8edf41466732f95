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
use super::serial::decode;
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
        decode(bytes, "GroupSendFullToken", |r| {
            Ok(GroupSendFullToken {
                raw_token: r.bytes(64)?.to_vec(),
                expiration: r.u64()?,
            })
        })
    }

    /// The token a group member holds for sending to `user_ids` (what the group server's
    /// endorsements unblind to, combined). For tests and tools; a real client obtains it
    /// from the group-storage service.
    pub fn for_recipients(
        params: &ServerSecretParams,
        user_ids: impl IntoIterator<Item = ZkServiceId>,
        expiration: u64,
    ) -> Self {
        GroupSendFullToken {
            raw_token: expected_token(params, user_ids, expiration).to_vec(),
            expiration,
        }
    }

    pub fn serialize(&self) -> Vec<u8> {
        super::serial::Writer::new()
            .byte(0)
            .bytes(&self.raw_token)
            .u64(self.expiration)
            .finish()
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
        let expected = expected_token(params, user_ids, self.expiration);
        if bool::from(self.raw_token.as_slice().ct_eq(&expected)) {
            Ok(())
        } else {
            Err(ZkError::Verification)
        }
    }
}

/// `SHA256(compress(sk' · Σ M1(user_id)))[..16]` with `sk' = (root_sk + t)^-1`,
/// `t = ShoHmacSha256("20240215_Signal_GroupSendEndorsement", u64be(expiration)).scalar`.
fn expected_token(
    params: &ServerSecretParams,
    user_ids: impl IntoIterator<Item = ZkServiceId>,
    expiration: u64,
) -> [u8; 16] {
    let mut tag = ShoHmacSha256::new(b"20240215_Signal_GroupSendEndorsement");
    tag.absorb_and_ratchet(&expiration.to_be_bytes());
    let t = tag.get_scalar();
    let sk_prime = (params.endorsement_sk + t).invert();
    let sum = user_ids
        .into_iter()
        .map(uid_m1)
        .fold(RistrettoPoint::identity(), |a, b| a + b);
    let digest = Sha256::digest((sk_prime * sum).compress().as_bytes());
    let mut out = [0u8; 16];
    out.copy_from_slice(&digest[..16]);
    out
}
