//! Receipt credentials (donations and paid backups): blind issuance
//! (`POST /v1/subscription/.../receipt_credentials`) and presentation verification
//! (`POST /v1/donation/redeem-receipt`, `POST /v1/archives/redeem-receipt`).

use curve25519_dalek::constants::RISTRETTO_BASEPOINT_POINT;
use curve25519_dalek::ristretto::RistrettoPoint;
use curve25519_dalek::scalar::Scalar;

use super::params::ServerSecretParams;
use super::serial::{decode, Writer};
use super::system::legacy;
use super::ZkError;
use crate::crypto::poksho::{PointArgs, ScalarArgs, Statement};
use crate::crypto::sho::Sho;

/// `m1 = Sho("Signal_ZKGroup_20210919_Receipt_CalcM1", u64be(expiration) ‖ u64be(level))`.
fn receipt_m1(expiration: u64, level: u64) -> Scalar {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&expiration.to_be_bytes());
    bytes[8..].copy_from_slice(&level.to_be_bytes());
    Sho::new(b"Signal_ZKGroup_20210919_Receipt_CalcM1", &bytes).get_scalar()
}

/// The receipt serial as a scalar (16 bytes little-endian).
fn serial_scalar(serial: &[u8; 16]) -> Scalar {
    let mut b = [0u8; 32];
    b[..16].copy_from_slice(serial);
    Scalar::from_bytes_mod_order(b)
}

/// A parsed `ReceiptCredentialRequest` (97 bytes: reserved, `Y`, `D1`, `D2`).
#[derive(Clone, Debug)]
pub struct ReceiptCredentialRequest {
    y: RistrettoPoint,
    d1: RistrettoPoint,
    d2: RistrettoPoint,
}

impl ReceiptCredentialRequest {
    pub const LEN: usize = 97;

    pub fn deserialize(bytes: &[u8]) -> Result<Self, ZkError> {
        let [y, d1, d2] = decode(bytes, "ReceiptCredentialRequest", |r| r.points())?;
        Ok(ReceiptCredentialRequest { y, d1, d2 })
    }

    /// Issues a `ReceiptCredentialResponse` (409 bytes) for a receipt that expires at
    /// `expiration` (epoch seconds) with `level`. libsignal
    /// `issueReceiptCredentialWithRandom(random, request, expiration, level)`.
    pub fn issue(
        &self,
        params: &ServerSecretParams,
        expiration: u64,
        level: u64,
        randomness: &[u8; 32],
    ) -> Result<Vec<u8>, ZkError> {
        let mut sho = Sho::new(
            b"Signal_ZKGroup_20210919_Random_ServerSecretParams_IssueReceiptCredential",
            randomness,
        );
        let kp = &params.receipt;
        let sys = legacy();
        let m1 = receipt_m1(expiration, level) * sys.g_m1;
        let t = sho.get_scalar();
        let u = sho.get_point();
        let v = kp.big_w + (kp.x0 + kp.x1 * t) * u + kp.y[0] * m1;
        let rprime = sho.get_scalar();
        let s1 = kp.y[1] * self.d1 + rprime * RISTRETTO_BASEPOINT_POINT;
        let s2 = kp.y[1] * self.d2 + rprime * self.y + v;

        let mut st = Statement::new();
        st.add("C_W", &[("w", "G_w"), ("wprime", "G_wprime")]);
        st.add(
            "G_V-I",
            &[
                ("x0", "G_x0"),
                ("x1", "G_x1"),
                ("y1", "G_y1"),
                ("y2", "G_y2"),
            ],
        );
        st.add("S1", &[("y2", "D1"), ("rprime", "G")]);
        st.add(
            "S2",
            &[
                ("y2", "D2"),
                ("rprime", "Y"),
                ("w", "G_w"),
                ("x0", "U"),
                ("x1", "tU"),
                ("y1", "M1"),
            ],
        );
        let scalars: ScalarArgs = [
            ("w", kp.w),
            ("wprime", kp.wprime),
            ("x0", kp.x0),
            ("x1", kp.x1),
            ("y1", kp.y[0]),
            ("y2", kp.y[1]),
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
            ("S1", s1),
            ("D1", self.d1),
            ("S2", s2),
            ("D2", self.d2),
            ("Y", self.y),
            ("U", u),
            ("tU", t * u),
            ("M1", m1),
        ]
        .into_iter()
        .collect();
        let mut proof_rnd = [0u8; 32];
        proof_rnd.copy_from_slice(&sho.squeeze(32));
        let proof = st
            .prove(&scalars, &points, b"", &proof_rnd)
            .map_err(|_| ZkError::Internal("receipt credential issuance proof"))?;
        Ok(Writer::new()
            .byte(0)
            .u64(expiration)
            .u64(level)
            .scalar(&t)
            .point(&u)
            .point(&s1)
            .point(&s2)
            .bytes(&proof)
            .finish())
    }
}

/// A parsed `ReceiptCredentialPresentation` (329 bytes).
#[derive(Clone, Debug)]
pub struct ReceiptCredentialPresentation {
    c_x0: RistrettoPoint,
    c_x1: RistrettoPoint,
    c_y1: RistrettoPoint,
    c_y2: RistrettoPoint,
    c_v: RistrettoPoint,
    proof: Vec<u8>,
    /// Receipt expiration, epoch seconds.
    pub expiration: u64,
    /// Receipt level (badge / backup tier).
    pub level: u64,
    /// The receipt serial; the server records it to refuse a second redemption.
    pub serial: [u8; 16],
}

impl ReceiptCredentialPresentation {
    pub const LEN: usize = 329;

    pub fn deserialize(bytes: &[u8]) -> Result<Self, ZkError> {
        decode(bytes, "ReceiptCredentialPresentation", |r| {
            let [c_x0, c_x1, c_y1, c_y2, c_v] = r.points()?;
            Ok(ReceiptCredentialPresentation {
                c_x0,
                c_x1,
                c_y1,
                c_y2,
                c_v,
                proof: r.proof()?,
                expiration: r.u64()?,
                level: r.u64()?,
                serial: r.array::<16>()?,
            })
        })
    }

    /// Verifies the presentation proof with the server's receipt key. (Expiration, level and
    /// serial uniqueness are the caller's business.) libsignal
    /// `verifyReceiptCredentialPresentation`.
    pub fn verify(&self, params: &ServerSecretParams) -> Result<(), ZkError> {
        let kp = &params.receipt;
        let sys = legacy();
        let m1 = receipt_m1(self.expiration, self.level) * sys.g_m1;
        let m2 = serial_scalar(&self.serial) * sys.g_m2;
        let z = self.c_v
            - kp.big_w
            - kp.x0 * self.c_x0
            - kp.x1 * self.c_x1
            - kp.y[0] * (self.c_y1 + m1)
            - kp.y[1] * (self.c_y2 + m2);
        let mut st = Statement::new();
        st.add("Z", &[("z", "I")]);
        st.add("C_x1", &[("t", "C_x0"), ("-zt", "G_x0"), ("z", "G_x1")]);
        st.add("C_y1", &[("z", "G_y1")]);
        st.add("C_y2", &[("z", "G_y2")]);
        let points: PointArgs = [
            ("Z", z),
            ("I", kp.i),
            ("C_x0", self.c_x0),
            ("C_x1", self.c_x1),
            ("C_y1", self.c_y1),
            ("C_y2", self.c_y2),
            ("G_x0", sys.g_x0),
            ("G_x1", sys.g_x1),
            ("G_y1", sys.g_y[0]),
            ("G_y2", sys.g_y[1]),
        ]
        .into_iter()
        .collect();
        st.verify_proof(&self.proof, &points, b"")
            .map_err(|_| ZkError::Verification)
    }
}

/// Parses and verifies a receipt presentation, returning it for the caller's expiration,
/// level and serial checks.
pub fn verify_receipt_credential_presentation(
    params: &ServerSecretParams,
    presentation: &[u8],
) -> Result<ReceiptCredentialPresentation, ZkError> {
    let p = ReceiptCredentialPresentation::deserialize(presentation)?;
    p.verify(params)?;
    Ok(p)
}
