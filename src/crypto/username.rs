//! Verification of libsignal username proofs (`PUT /v1/accounts/username_hash/confirm`).
//!
//! A username hash is the compressed Ristretto point `hash = a·G1 + b·G2 + c·G3`, where
//! `a, b, c` are scalars derived from the username and `G1..G3` are constant points. The
//! client proves knowledge of `a, b, c` with a poksho proof over that single equation,
//! using the 32 hash bytes as the proof message. The server only needs to verify.

use std::sync::OnceLock;

use curve25519_dalek::ristretto::{CompressedRistretto, RistrettoPoint};
use curve25519_dalek::scalar::Scalar;

use super::poksho::{PointArgs, PokshoError, ScalarArgs, Statement};
use super::sho::Sho;

/// SHO label for the three username generator points.
pub const USERNAME_POINTS_LABEL: &[u8] = b"Signal_Username_20230130_Constant_Points_Generate";

/// Errors from username proof verification.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UsernameProofError {
    /// The username hash is not a valid compressed Ristretto point.
    #[error("username hash is not a valid Ristretto point")]
    InvalidHash,
    /// The proof bytes are malformed (length, response count, non-canonical scalar).
    #[error("malformed username proof")]
    MalformedProof,
    /// The proof is well formed but does not verify.
    #[error("username proof verification failed")]
    VerificationFailure,
}

impl From<PokshoError> for UsernameProofError {
    fn from(e: PokshoError) -> Self {
        match e {
            PokshoError::MalformedProof | PokshoError::NonCanonicalScalar => {
                UsernameProofError::MalformedProof
            }
            _ => UsernameProofError::VerificationFailure,
        }
    }
}

/// The constant points `G1, G2, G3`: three `get_point()` calls on
/// `Sho::new("Signal_Username_20230130_Constant_Points_Generate", "")` (zkgroup's wrapper,
/// i.e. including the absorb-and-ratchet of the empty data).
/// Computed once and cached.
pub fn username_generators() -> [RistrettoPoint; 3] {
    static POINTS: OnceLock<[RistrettoPoint; 3]> = OnceLock::new();
    *POINTS.get_or_init(|| {
        let mut sho = Sho::new(USERNAME_POINTS_LABEL, b"");
        [sho.get_point(), sho.get_point(), sho.get_point()]
    })
}

/// The poksho statement `username_hash = a·G1 + b·G2 + c·G3`.
fn statement() -> Statement {
    let mut st = Statement::new();
    st.add("username_hash", &[("a", "G1"), ("b", "G2"), ("c", "G3")]);
    st
}

fn point_args(hash: RistrettoPoint) -> PointArgs<'static> {
    let [g1, g2, g3] = username_generators();
    [("username_hash", hash), ("G1", g1), ("G2", g2), ("G3", g3)]
        .into_iter()
        .collect()
}

/// Verifies a libsignal username proof for the 32-byte username hash.
///
/// Returns `Ok(())` only if `username_hash` decompresses to a Ristretto point and `proof`
/// (`c || r_a || r_b || r_c`, 128 bytes) proves knowledge of its discrete-log
/// representation over `G1..G3`, bound to the hash bytes.
pub fn verify_username_proof(
    proof: &[u8],
    username_hash: &[u8; 32],
) -> Result<(), UsernameProofError> {
    let hash = CompressedRistretto(*username_hash)
        .decompress()
        .ok_or(UsernameProofError::InvalidHash)?;
    statement()
        .verify_proof(proof, &point_args(hash), username_hash)
        .map_err(UsernameProofError::from)
}

/// Computes the username hash `a·G1 + b·G2 + c·G3` for the given scalars (compressed).
pub fn username_hash_from_scalars(scalars: &[Scalar; 3]) -> [u8; 32] {
    let [g1, g2, g3] = username_generators();
    (g1 * scalars[0] + g2 * scalars[1] + g3 * scalars[2])
        .compress()
        .to_bytes()
}

/// Creates a username proof for the hash of `scalars` (mainly for tests).
/// `randomness` must be 32 fresh random bytes.
pub fn prove_username(
    scalars: &[Scalar; 3],
    randomness: &[u8; 32],
) -> Result<([u8; 32], Vec<u8>), UsernameProofError> {
    let hash_bytes = username_hash_from_scalars(scalars);
    let hash = CompressedRistretto(hash_bytes)
        .decompress()
        .ok_or(UsernameProofError::InvalidHash)?;
    let witness: ScalarArgs = [("a", scalars[0]), ("b", scalars[1]), ("c", scalars[2])]
        .into_iter()
        .collect();
    let proof = statement()
        .prove(&witness, &point_args(hash), &hash_bytes, randomness)
        .map_err(UsernameProofError::from)?;
    Ok((hash_bytes, proof))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::sho::ShoHmacSha256;

    const VECTORS: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/username-vectors.json"
    ));

    /// All `(hash, proof)` pairs in the vector file (a single object or an array of them).
    fn vectors() -> Vec<([u8; 32], Vec<u8>)> {
        let v: serde_json::Value = serde_json::from_str(VECTORS).expect("vector json");
        let items = match v {
            serde_json::Value::Array(a) => a,
            other => vec![other],
        };
        items
            .iter()
            .map(|item| {
                let hash = hex::decode(item["hash"].as_str().expect("hash")).expect("hex");
                let proof = hex::decode(item["proof"].as_str().expect("proof")).expect("hex");
                (hash.try_into().expect("32-byte hash"), proof)
            })
            .collect()
    }

    #[test]
    fn libsignal_vectors_verify() {
        let vs = vectors();
        assert!(!vs.is_empty());
        for (hash, proof) in &vs {
            assert_eq!(proof.len(), 128);
            assert_eq!(verify_username_proof(proof, hash), Ok(()));
        }
    }

    #[test]
    fn generators_use_wrapper_with_empty_data() {
        // The plain SHO (without absorbing the empty data) must NOT verify the vectors.
        let mut plain = ShoHmacSha256::new(USERNAME_POINTS_LABEL);
        let alt = [plain.get_point(), plain.get_point(), plain.get_point()];
        assert_ne!(alt, username_generators());
        let (hash, proof) = vectors().remove(0);
        let h = CompressedRistretto(hash).decompress().expect("point");
        let args: PointArgs = [
            ("username_hash", h),
            ("G1", alt[0]),
            ("G2", alt[1]),
            ("G3", alt[2]),
        ]
        .into_iter()
        .collect();
        assert_eq!(
            statement().verify_proof(&proof, &args, &hash),
            Err(PokshoError::VerificationFailure)
        );
    }

    #[test]
    fn wrong_hash_and_tampering_rejected() {
        let (hash, proof) = vectors().remove(0);
        // A different valid point.
        let other = username_hash_from_scalars(&[Scalar::ONE, Scalar::ONE, Scalar::ONE]);
        assert_eq!(
            verify_username_proof(&proof, &other),
            Err(UsernameProofError::VerificationFailure)
        );
        // An invalid point encoding.
        let mut bad = hash;
        bad[31] ^= 0x80;
        assert_eq!(
            verify_username_proof(&proof, &bad),
            Err(UsernameProofError::InvalidHash)
        );
        // A bit flip in every byte of the proof is rejected.
        for i in 0..proof.len() {
            let mut p = proof.clone();
            p[i] ^= 1 << (i % 8);
            assert!(verify_username_proof(&p, &hash).is_err(), "byte {i}");
        }
        // Truncated / extended proofs.
        for len in 0..proof.len() {
            assert!(verify_username_proof(&proof[..len], &hash).is_err());
        }
        let mut longer = proof.clone();
        longer.extend_from_slice(&[0u8; 32]);
        assert_eq!(
            verify_username_proof(&longer, &hash),
            Err(UsernameProofError::MalformedProof)
        );
        longer.truncate(129);
        assert!(verify_username_proof(&longer, &hash).is_err());
    }

    #[test]
    fn garbage_never_panics() {
        let mut state = 0x1234_5678_9abc_def0u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for round in 0..500 {
            let len = (next() % 300) as usize;
            let proof: Vec<u8> = (0..len).map(|_| next() as u8).collect();
            let mut hash = [0u8; 32];
            hash.iter_mut().for_each(|b| *b = next() as u8);
            if round % 2 == 0 {
                hash[31] &= 0x7f;
                hash[0] &= 0xfe;
            }
            assert!(verify_username_proof(&proof, &hash).is_err());
        }
        // Canonical-but-random 128-byte proofs against the real hash.
        let (hash, _) = vectors().remove(0);
        for _ in 0..200 {
            let mut proof = vec![0u8; 128];
            proof.iter_mut().for_each(|b| *b = next() as u8);
            for chunk in proof.chunks_mut(32) {
                chunk[31] &= 0x0f;
            }
            assert!(verify_username_proof(&proof, &hash).is_err());
        }
    }

    #[test]
    fn own_proofs_roundtrip() {
        let scalars = [
            Sho::new(b"t", b"a").get_scalar(),
            Sho::new(b"t", b"b").get_scalar(),
            Sho::new(b"t", b"c").get_scalar(),
        ];
        let (hash, proof) = prove_username(&scalars, &[42u8; 32]).unwrap();
        assert_eq!(proof.len(), 128);
        assert_eq!(verify_username_proof(&proof, &hash), Ok(()));
        let (vhash, _) = vectors().remove(0);
        assert_eq!(
            verify_username_proof(&proof, &vhash),
            Err(UsernameProofError::VerificationFailure)
        );
    }
}
