//! Profile-key commitments (stored by `PUT /v1/profile`) and expiring profile-key credential
//! issuance (`GET /v1/profile/{aci}/{version}/{credentialRequest}`).

use std::sync::OnceLock;

use curve25519_dalek::constants::RISTRETTO_BASEPOINT_POINT;
use curve25519_dalek::ristretto::RistrettoPoint;

use super::params::ServerSecretParams;
use super::serial::{decode, Writer};
use super::system::{legacy, uid_points, ZkServiceId};
use super::ZkError;
use crate::crypto::poksho::{PointArgs, ScalarArgs, Statement};
use crate::crypto::sho::Sho;

/// Generators of profile-key commitments `G_j1, G_j2, G_j3`.
fn commitment_generators() -> &'static [RistrettoPoint; 3] {
    static G: OnceLock<[RistrettoPoint; 3]> = OnceLock::new();
    G.get_or_init(|| {
        let mut sho = Sho::new(
            b"Signal_ZKGroup_20200424_Constant_ProfileKeyCommitment_SystemParams_Generate",
            b"",
        );
        [sho.get_point(), sho.get_point(), sho.get_point()]
    })
}

/// A `ProfileKeyCommitment` (97 bytes: reserved byte, `J1, J2, J3`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileKeyCommitment {
    j1: RistrettoPoint,
    j2: RistrettoPoint,
    j3: RistrettoPoint,
}

impl ProfileKeyCommitment {
    pub const LEN: usize = 97;

    /// Parses a commitment (exact length, reserved byte 0, valid points).
    pub fn deserialize(bytes: &[u8]) -> Result<Self, ZkError> {
        let [j1, j2, j3] = decode(bytes, "ProfileKeyCommitment", |r| r.points())?;
        Ok(ProfileKeyCommitment { j1, j2, j3 })
    }

    pub fn serialize(&self) -> Vec<u8> {
        Writer::new()
            .byte(0)
            .point(&self.j1)
            .point(&self.j2)
            .point(&self.j3)
            .finish()
    }
}

/// A `ProfileKeyCredentialRequest` (329 bytes): reserved byte, the client's public key `Y`,
/// the encrypted profile key `D1, D2, E1, E2`, and a proof (5 scalars) that it encrypts the
/// key committed to by a [`ProfileKeyCommitment`].
#[derive(Clone, Debug)]
pub struct ProfileKeyCredentialRequest {
    y: RistrettoPoint,
    d1: RistrettoPoint,
    d2: RistrettoPoint,
    e1: RistrettoPoint,
    e2: RistrettoPoint,
    proof: Vec<u8>,
}

impl ProfileKeyCredentialRequest {
    pub const LEN: usize = 329;

    pub fn deserialize(bytes: &[u8]) -> Result<Self, ZkError> {
        let ([y, d1, d2, e1, e2], proof) = decode(bytes, "ProfileKeyCredentialRequest", |r| {
            Ok((r.points()?, r.proof()?))
        })?;
        Ok(ProfileKeyCredentialRequest {
            y,
            d1,
            d2,
            e1,
            e2,
            proof,
        })
    }

    /// Verifies the request proof against the stored commitment.
    pub fn verify(&self, commitment: &ProfileKeyCommitment) -> Result<(), ZkError> {
        let [g_j1, g_j2, g_j3] = *commitment_generators();
        let mut st = Statement::new();
        st.add("Y", &[("y", "G")]);
        st.add("D1", &[("r1", "G")]);
        st.add("E1", &[("r2", "G")]);
        st.add("J3", &[("j3", "G_j3")]);
        st.add("D2-J1", &[("r1", "Y"), ("j3", "-G_j1")]);
        st.add("E2-J2", &[("r2", "Y"), ("j3", "-G_j2")]);
        let points: PointArgs = [
            ("Y", self.y),
            ("D1", self.d1),
            ("E1", self.e1),
            ("J3", commitment.j3),
            ("G_j3", g_j3),
            ("D2-J1", self.d2 - commitment.j1),
            ("-G_j1", -g_j1),
            ("E2-J2", self.e2 - commitment.j2),
            ("-G_j2", -g_j2),
        ]
        .into_iter()
        .collect();
        st.verify_proof(&self.proof, &points, b"")
            .map_err(|_| ZkError::Verification)
    }
}

/// `m5 = Sho("Signal_ZKGroup_20220524_Timestamp_Calc_m", u64be(t)).get_scalar()`.
fn timestamp_scalar(t: u64) -> curve25519_dalek::scalar::Scalar {
    Sho::new(
        b"Signal_ZKGroup_20220524_Timestamp_Calc_m",
        &t.to_be_bytes(),
    )
    .get_scalar()
}

/// Issues an `ExpiringProfileKeyCredentialResponse` (497 bytes) for `aci`, expiring at
/// `expiration` (epoch seconds; Signal-Server uses now + 7 days truncated to the day).
///
/// `request` and `commitment` are the encoded client request and the commitment stored with
/// the profile version. Fails with [`ZkError::Deserialization`] for malformed bytes and
/// [`ZkError::Verification`] when the request proof does not match the commitment.
/// libsignal `issueExpiringProfileKeyCredentialWithRandom`.
pub fn issue_expiring_profile_key_credential(
    params: &ServerSecretParams,
    request: &[u8],
    aci: [u8; 16],
    commitment: &[u8],
    expiration: u64,
    randomness: &[u8; 32],
) -> Result<Vec<u8>, ZkError> {
    let request = ProfileKeyCredentialRequest::deserialize(request)?;
    let commitment = ProfileKeyCommitment::deserialize(commitment)?;
    request.verify(&commitment)?;

    let mut sho = Sho::new(
        b"Signal_ZKGroup_20220508_Random_ServerSecretParams_IssueExpiringProfileKeyCredential",
        randomness,
    );
    let kp = &params.expiring_profile_key;
    let sys = legacy();
    let [m1, m2] = uid_points(ZkServiceId::Aci(aci));
    let m5 = timestamp_scalar(expiration) * sys.g_m5;
    // y1..y5 are kp.y[0..5].
    let t = sho.get_scalar();
    let u = sho.get_point();
    let v = kp.big_w + (kp.x0 + kp.x1 * t) * u + kp.y[0] * m1 + kp.y[1] * m2 + kp.y[4] * m5;
    let rprime = sho.get_scalar();
    let s1 = rprime * RISTRETTO_BASEPOINT_POINT + kp.y[2] * request.d1 + kp.y[3] * request.e1;
    let s2 = rprime * request.y + v + kp.y[2] * request.d2 + kp.y[3] * request.e2;

    let mut st = Statement::new();
    st.add("C_W", &[("w", "G_w"), ("wprime", "G_wprime")]);
    st.add(
        "G_V-I",
        &[
            ("x0", "G_x0"),
            ("x1", "G_x1"),
            ("y1", "G_y1"),
            ("y2", "G_y2"),
            ("y3", "G_y3"),
            ("y4", "G_y4"),
            ("y5", "G_y5"),
        ],
    );
    st.add("S1", &[("y3", "D1"), ("y4", "E1"), ("rprime", "G")]);
    st.add(
        "S2",
        &[
            ("y3", "D2"),
            ("y4", "E2"),
            ("rprime", "Y"),
            ("w", "G_w"),
            ("x0", "U"),
            ("x1", "tU"),
            ("y1", "M1"),
            ("y2", "M2"),
            ("y5", "M5"),
        ],
    );
    let scalars: ScalarArgs = [
        ("w", kp.w),
        ("wprime", kp.wprime),
        ("x0", kp.x0),
        ("x1", kp.x1),
        ("y1", kp.y[0]),
        ("y2", kp.y[1]),
        ("y3", kp.y[2]),
        ("y4", kp.y[3]),
        ("y5", kp.y[4]),
        ("rprime", rprime),
    ]
    .into_iter()
    .collect();
    let points: PointArgs = [
        ("C_W", kp.c_w),
        ("G_w", sys.g_w),
        ("G_wprime", sys.g_wprime),
        ("G_V-I", sys.g_v - kp.i),
        ("G_x0", sys.g_x0),
        ("G_x1", sys.g_x1),
        ("G_y1", sys.g_y[0]),
        ("G_y2", sys.g_y[1]),
        ("G_y3", sys.g_y[2]),
        ("G_y4", sys.g_y[3]),
        ("G_y5", sys.g_y[4]),
        ("S1", s1),
        ("D1", request.d1),
        ("E1", request.e1),
        ("S2", s2),
        ("D2", request.d2),
        ("E2", request.e2),
        ("Y", request.y),
        ("U", u),
        ("tU", t * u),
        ("M1", m1),
        ("M2", m2),
        ("M5", m5),
    ]
    .into_iter()
    .collect();
    let mut proof_rnd = [0u8; 32];
    proof_rnd.copy_from_slice(&sho.squeeze(32));
    let proof = st
        .prove(&scalars, &points, b"", &proof_rnd)
        .map_err(|_| ZkError::Internal("profile key credential issuance proof"))?;
    Ok(Writer::new()
        .byte(0)
        .scalar(&t)
        .point(&u)
        .point(&s1)
        .point(&s2)
        .u64(expiration)
        .bytes(&proof)
        .finish())
}
