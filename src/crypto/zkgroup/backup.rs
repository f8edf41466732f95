//! Backup auth credentials: blind issuance (`GET /v1/archives/auth`) and presentation
//! verification (the `X-Signal-ZK-Auth` header of the archive endpoints).

use curve25519_dalek::ristretto::RistrettoPoint;

use super::params::GenericServerSecretParams;
use super::serial::{decode, Writer};
use super::zkcred::{self, BlindedRequest};
use super::{ZkError, SECONDS_PER_DAY};
use crate::crypto::poksho::{PointArgs, Statement};
use crate::crypto::sho::Sho;

/// Credential label of `BackupAuthCredential`.
pub const BACKUP_AUTH_LABEL: &[u8] = b"20231003_Signal_BackupAuthCredential";

/// Backup level (`BackupLevel` in libsignal).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupLevel {
    Free = 200,
    Paid = 201,
}

impl BackupLevel {
    pub fn from_u64(v: u64) -> Option<Self> {
        match v {
            200 => Some(BackupLevel::Free),
            201 => Some(BackupLevel::Paid),
            _ => None,
        }
    }
}

/// Backup credential type (`BackupCredentialType` in libsignal).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupCredentialType {
    Messages = 1,
    Media = 2,
}

impl BackupCredentialType {
    pub fn from_u64(v: u64) -> Option<Self> {
        match v {
            1 => Some(BackupCredentialType::Messages),
            2 => Some(BackupCredentialType::Media),
            _ => None,
        }
    }
}

/// A parsed `BackupAuthCredentialRequest` (97 bytes, a [`BlindedRequest`] whose blinded
/// attribute is the backup id). Stored by `PUT /v1/archives/backupid`.
#[derive(Clone, Debug)]
pub struct BackupAuthCredentialRequest(BlindedRequest);

impl BackupAuthCredentialRequest {
    pub const LEN: usize = BlindedRequest::LEN;

    pub fn deserialize(bytes: &[u8]) -> Result<Self, ZkError> {
        BlindedRequest::deserialize(bytes, "BackupAuthCredentialRequest").map(Self)
    }

    /// Issues a `BackupAuthCredentialResponse` (417 bytes) for the day starting at
    /// `redemption_time` (epoch seconds). libsignal
    /// `BackupAuthCredentialRequest#issueCredentialWithRandom(timestamp, level, type, params, random)`.
    pub fn issue(
        &self,
        params: &GenericServerSecretParams,
        redemption_time: u64,
        level: BackupLevel,
        credential_type: BackupCredentialType,
        randomness: &[u8; 32],
    ) -> Result<Vec<u8>, ZkError> {
        let proof = self.0.issue(
            &params.key,
            BACKUP_AUTH_LABEL,
            &[
                &redemption_time.to_be_bytes(),
                &(level as u64).to_be_bytes(),
                &(credential_type as u64).to_be_bytes(),
            ],
            &[],
            randomness,
        )?;
        Ok(Writer::new()
            .byte(0)
            .u64(redemption_time)
            .u64(level as u64)
            .u64(credential_type as u64)
            .raw(&proof)
            .finish())
    }
}

/// A parsed `BackupAuthCredentialPresentation` (345 bytes).
#[derive(Clone, Debug)]
pub struct BackupAuthCredentialPresentation {
    pub backup_level: BackupLevel,
    pub credential_type: BackupCredentialType,
    /// Start of the day the credential is for, epoch seconds.
    pub redemption_time: u64,
    c_x0: RistrettoPoint,
    c_x1: RistrettoPoint,
    c_v: RistrettoPoint,
    c_y: Vec<RistrettoPoint>,
    proof: Vec<u8>,
    pub backup_id: [u8; 16],
}

impl BackupAuthCredentialPresentation {
    pub fn deserialize(bytes: &[u8]) -> Result<Self, ZkError> {
        const WHAT: &str = "BackupAuthCredentialPresentation";
        decode(bytes, WHAT, |r| {
            let backup_level =
                BackupLevel::from_u64(r.u64()?).ok_or(ZkError::Deserialization(WHAT))?;
            let credential_type =
                BackupCredentialType::from_u64(r.u64()?).ok_or(ZkError::Deserialization(WHAT))?;
            let redemption_time = r.u64()?;
            let [c_x0, c_x1, c_v] = r.points()?;
            let n = r.u64()?;
            if n > zkcred::MAX_ATTRS as u64 {
                return Err(ZkError::Deserialization(WHAT));
            }
            let c_y = (0..n).map(|_| r.point()).collect::<Result<Vec<_>, _>>()?;
            Ok(BackupAuthCredentialPresentation {
                backup_level,
                credential_type,
                redemption_time,
                c_x0,
                c_x1,
                c_v,
                c_y,
                proof: r.proof()?,
                backup_id: r.array::<16>()?,
            })
        })
    }

    /// Verifies the presentation at `now` (epoch seconds): the credential's day must satisfy
    /// `day − 1 d ≤ now ≤ day + 2 d`, and the proof must show a credential issued with
    /// `params` over this level, type, day and backup id. libsignal
    /// `BackupAuthCredentialPresentation#verify(params, now)`.
    pub fn verify(&self, params: &GenericServerSecretParams, now: u64) -> Result<(), ZkError> {
        let start = self
            .redemption_time
            .checked_sub(SECONDS_PER_DAY)
            .ok_or(ZkError::Verification)?;
        let end = self
            .redemption_time
            .checked_add(2 * SECONDS_PER_DAY)
            .ok_or(ZkError::Verification)?;
        if !(start..=end).contains(&now) {
            return Err(ZkError::Verification);
        }
        let [c_y0, c_y1] = self.c_y[..] else {
            return Err(ZkError::Verification);
        };
        let key = &params.key;
        let sys = super::system::zkc();
        let p0 = zkcred::public_attribute_point(
            BACKUP_AUTH_LABEL,
            &[
                &self.redemption_time.to_be_bytes(),
                &(self.backup_level as u64).to_be_bytes(),
                &(self.credential_type as u64).to_be_bytes(),
            ],
        );
        let backup_id_point = Sho::new(b"20231003_Signal_BackupId", &self.backup_id).get_point();
        let z = self.c_v
            - key.big_w
            - key.x0 * self.c_x0
            - key.x1 * self.c_x1
            - key.y[0] * c_y0
            - key.y[1] * c_y1
            - key.y[0] * p0
            - key.y[1] * backup_id_point;
        let mut st = Statement::new();
        st.add("Z", &[("z", "I")]);
        st.add("C_x1", &[("t", "C_x0"), ("z0", "G_x0"), ("z", "G_x1")]);
        st.add("C_y1", &[("z", "G_y1")]);
        st.add("C_y0", &[("z", "G_y0")]);
        let points: PointArgs = [
            ("I", key.public_key().i_for(2)),
            ("C_x0", self.c_x0),
            ("C_x1", self.c_x1),
            ("G_x0", sys.g_x0),
            ("G_x1", sys.g_x1),
            ("G_y0", sys.g_y[0]),
            ("G_y1", sys.g_y[1]),
            ("C_y0", c_y0),
            ("C_y1", c_y1),
            ("Z", z),
        ]
        .into_iter()
        .collect();
        st.verify_proof(&self.proof, &points, b"")
            .map_err(|_| ZkError::Verification)
    }
}

/// Parses and verifies a presentation (see [`BackupAuthCredentialPresentation::verify`]),
/// returning it so the caller can read the backup id, level and type.
pub fn verify_backup_auth_presentation(
    params: &GenericServerSecretParams,
    presentation: &[u8],
    now: u64,
) -> Result<BackupAuthCredentialPresentation, ZkError> {
    let p = BackupAuthCredentialPresentation::deserialize(presentation)?;
    p.verify(params, now)?;
    Ok(p)
}
