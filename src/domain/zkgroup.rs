//! The server's zkgroup key material and the credential operations the endpoints (and other
//! areas) call. The cryptography lives in [`crate::crypto::zkgroup`]; this module decides
//! where keys come from, validates request parameters and maps failures to HTTP errors.
//!
//! Key material: three sets, each either configured (`[zkgroup]` in the config, standard
//! base64) or generated on first start and kept in the `server_secrets` table:
//! * `ServerSecretParams` — group auth credentials, expiring profile-key credentials,
//!   receipt credentials, group-send endorsements;
//! * generic params for call links (the calling service's);
//! * generic params for backups.
//!
//! Clients must be built with the public halves, which [`publish`] logs and writes to
//! `<data_dir>/zkgroup-public-params`, `zkgroup-generic-public-params` and
//! `zkgroup-backup-public-params` (standard base64, one line).

use base64::Engine;
use sea_orm::ConnectionTrait;

use crate::config::zkgroup::{decode_generic, decode_server};
use crate::config::ZkgroupConfig;
use crate::crypto::zkgroup::backup::{
    BackupAuthCredentialPresentation, BackupAuthCredentialRequest, BackupCredentialType,
    BackupLevel,
};
use crate::crypto::zkgroup::receipt::{ReceiptCredentialPresentation, ReceiptCredentialRequest};
use crate::crypto::zkgroup::{
    auth, profile, GenericServerSecretParams, ServerSecretParams, ZkError, SECONDS_PER_DAY,
};
use crate::error::{Error, Result};
use crate::types::{Aci, Pni};

/// Secret names in the `server_secrets` table.
const SERVER_SECRET_NAME: &str = "zkgroup-server-secret-params";
const CALLING_SECRET_NAME: &str = "zkgroup-generic-server-secret-params";
const BACKUP_SECRET_NAME: &str = "zkgroup-backup-server-secret-params";

/// Longest redemption window of `GET /v1/certificate/auth/group` after today's start.
pub const MAX_REDEMPTION_DAYS: u64 = 7;

/// The three zkgroup secret sets.
#[derive(Clone)]
pub struct ZkParams {
    pub server: ServerSecretParams,
    /// Call links (`CallLinkAuthCredential`, `CreateCallLinkCredential`).
    pub calling: GenericServerSecretParams,
    /// Backups (`BackupAuthCredential`).
    pub backups: GenericServerSecretParams,
}

fn b64() -> &'static base64::engine::GeneralPurpose {
    &base64::engine::general_purpose::STANDARD
}

fn random32() -> [u8; 32] {
    rand::random()
}

/// The configured secrets, or the stored ones (generated on first use).
pub async fn load(db: &impl ConnectionTrait, cfg: &ZkgroupConfig) -> anyhow::Result<ZkParams> {
    let server = match &cfg.server_secret_params {
        Some(s) => decode_server(s).map_err(anyhow::Error::msg)?,
        None => {
            let bytes = crate::domain::secrets::get_or_create(db, SERVER_SECRET_NAME, || {
                ServerSecretParams::generate(&random32()).serialize()
            })
            .await?;
            ServerSecretParams::deserialize(&bytes)
                .map_err(|e| anyhow::anyhow!("stored {SERVER_SECRET_NAME}: {e}"))?
        }
    };
    let generic = |configured: &Option<String>, field: &'static str, name: &'static str| {
        let configured = configured.clone();
        async move {
            match configured {
                Some(s) => decode_generic(field, &s).map_err(anyhow::Error::msg),
                None => {
                    let bytes = crate::domain::secrets::get_or_create(db, name, || {
                        GenericServerSecretParams::generate(&random32()).serialize()
                    })
                    .await?;
                    GenericServerSecretParams::deserialize(&bytes)
                        .map_err(|e| anyhow::anyhow!("stored {name}: {e}"))
                }
            }
        }
    };
    let calling = generic(
        &cfg.generic_server_secret_params,
        "generic_server_secret_params",
        CALLING_SECRET_NAME,
    )
    .await?;
    let backups = generic(
        &cfg.backup_server_secret_params,
        "backup_server_secret_params",
        BACKUP_SECRET_NAME,
    )
    .await?;
    Ok(ZkParams {
        server,
        calling,
        backups,
    })
}

/// Logs the public params and writes them (base64) into `data_dir` for client builds.
pub fn publish(params: &ZkParams, data_dir: &std::path::Path) -> anyhow::Result<()> {
    let files = [
        ("zkgroup-public-params", params.server.public_params()),
        (
            "zkgroup-generic-public-params",
            params.calling.public_params(),
        ),
        (
            "zkgroup-backup-public-params",
            params.backups.public_params(),
        ),
    ];
    for (file, bytes) in files {
        let encoded = b64().encode(bytes);
        tracing::info!(public_params = %encoded, "{file}");
        std::fs::write(data_dir.join(file), format!("{encoded}\n"))?;
    }
    Ok(())
}

/// One credential of `GET /v1/certificate/auth/group`.
pub struct DayCredential {
    pub credential: Vec<u8>,
    pub redemption_time: u64,
}

/// The credentials of `GET /v1/certificate/auth/group`: one `AuthCredentialWithPniZkc` and
/// one `CallLinkAuthCredential` per day of `[start, end]`.
///
/// The window must be day-aligned, `today ≤ start ≤ end ≤ today + 7 d` (UTC), else 400.
pub fn group_auth_credentials(
    params: &ZkParams,
    aci: Aci,
    pni: Pni,
    start: Option<i64>,
    end: Option<i64>,
    now_secs: u64,
) -> Result<(Vec<DayCredential>, Vec<DayCredential>)> {
    let bad = |why: &str| Error::BadRequest(format!("invalid redemption window: {why}"));
    let start = start.ok_or_else(|| bad("redemptionStartSeconds is required"))?;
    let end = end.ok_or_else(|| bad("redemptionEndSeconds is required"))?;
    let (Ok(start), Ok(end)) = (u64::try_from(start), u64::try_from(end)) else {
        return Err(bad("negative time"));
    };
    let today = now_secs - now_secs % SECONDS_PER_DAY;
    if start % SECONDS_PER_DAY != 0 || end % SECONDS_PER_DAY != 0 {
        return Err(bad("times must be at the start of a UTC day"));
    }
    if start > end {
        return Err(bad("start after end"));
    }
    if start < today {
        return Err(bad("start before today"));
    }
    if end > today + MAX_REDEMPTION_DAYS * SECONDS_PER_DAY {
        return Err(bad("end more than 7 days ahead"));
    }
    let aci = *aci.0.as_bytes();
    let pni = *pni.0.as_bytes();
    let mut auth = Vec::new();
    let mut call_links = Vec::new();
    let mut day = start;
    while day <= end {
        auth.push(DayCredential {
            credential: auth::issue_auth_credential_with_pni_zkc(
                &params.server,
                aci,
                pni,
                day,
                &random32(),
            )
            .map_err(internal)?,
            redemption_time: day,
        });
        call_links.push(DayCredential {
            credential: auth::issue_call_link_auth_credential(
                &params.calling,
                aci,
                day,
                &random32(),
            )
            .map_err(internal)?,
            redemption_time: day,
        });
        day += SECONDS_PER_DAY;
    }
    Ok((auth, call_links))
}

fn internal(e: ZkError) -> Error {
    Error::Internal(e.to_string())
}

/// `POST /v1/call-link/create-auth`: a `CreateCallLinkCredentialResponse` for `aci` and
/// today's start (UTC). A malformed request is 400.
pub fn create_call_link_credential(
    params: &ZkParams,
    aci: Aci,
    request: &[u8],
    now_secs: u64,
) -> Result<DayCredential> {
    let request = auth::CreateCallLinkCredentialRequest::deserialize(request)
        .map_err(|e| Error::BadRequest(e.to_string()))?;
    let today = now_secs - now_secs % SECONDS_PER_DAY;
    let credential = request
        .issue(&params.calling, *aci.0.as_bytes(), today, &random32())
        .map_err(internal)?;
    Ok(DayCredential {
        credential,
        redemption_time: today,
    })
}

/// Checks a `ProfileKeyCommitment` (97 bytes) sent with `PUT /v1/profile`; malformed → 400.
pub fn validate_profile_key_commitment(commitment: &[u8]) -> Result<()> {
    profile::ProfileKeyCommitment::deserialize(commitment)
        .map(|_| ())
        .map_err(|e| Error::BadRequest(e.to_string()))
}

/// Expiration Signal-Server gives expiring profile-key credentials: now + 7 days,
/// truncated to the day (epoch seconds).
pub fn profile_key_credential_expiration(now_secs: u64) -> u64 {
    let t = now_secs + 7 * SECONDS_PER_DAY;
    t - t % SECONDS_PER_DAY
}

/// `GET /v1/profile/{aci}/{version}/{credentialRequest}`: verifies the client's
/// `ProfileKeyCredentialRequest` (329 bytes, hex-decoded by the caller) against the
/// `ProfileKeyCommitment` stored with that profile version and issues an
/// `ExpiringProfileKeyCredentialResponse` (497 bytes) expiring at `expiration` (see
/// [`profile_key_credential_expiration`]). A malformed request or a proof that does not
/// match the commitment is 400.
pub fn issue_expiring_profile_key_credential(
    params: &ZkParams,
    request: &[u8],
    aci: Aci,
    commitment: &[u8],
    expiration: u64,
) -> Result<Vec<u8>> {
    profile::issue_expiring_profile_key_credential(
        &params.server,
        request,
        *aci.0.as_bytes(),
        commitment,
        expiration,
        &random32(),
    )
    .map_err(|e| match e {
        ZkError::Internal(_) => internal(e),
        _ => Error::BadRequest(format!("invalid profile key credential request: {e}")),
    })
}

/// Receipt-credential issuance for the subscription / boost endpoints: a
/// `ReceiptCredentialResponse` (409 bytes) for the client's `ReceiptCredentialRequest`
/// (97 bytes), a receipt expiring at `expiration` (epoch seconds) with `level`.
/// A malformed request is 400.
pub fn issue_receipt_credential(
    params: &ZkParams,
    request: &[u8],
    expiration: u64,
    level: u64,
) -> Result<Vec<u8>> {
    let request = ReceiptCredentialRequest::deserialize(request)
        .map_err(|e| Error::BadRequest(e.to_string()))?;
    request
        .issue(&params.server, expiration, level, &random32())
        .map_err(internal)
}

/// Verifies a `ReceiptCredentialPresentation` (redeem-receipt endpoints); malformed or not
/// verifying → 400. Returns it so the caller can check `expiration`, `level` and record
/// `serial` (refusing a second redemption).
pub fn verify_receipt_presentation(
    params: &ZkParams,
    presentation: &[u8],
) -> Result<ReceiptCredentialPresentation> {
    let p = ReceiptCredentialPresentation::deserialize(presentation)
        .map_err(|e| Error::BadRequest(e.to_string()))?;
    p.verify(&params.server).map_err(|_| {
        Error::BadRequest("receipt credential presentation failed to verify".into())
    })?;
    Ok(p)
}

/// Checks a stored `BackupAuthCredentialRequest` (97 bytes, `PUT /v1/archives/backupid`);
/// malformed → 400.
pub fn validate_backup_auth_credential_request(request: &[u8]) -> Result<()> {
    BackupAuthCredentialRequest::deserialize(request)
        .map(|_| ())
        .map_err(|e| Error::BadRequest(e.to_string()))
}

/// `GET /v1/archives/auth`: a `BackupAuthCredentialResponse` (417 bytes) for a stored
/// request, the day starting at `redemption_time`, `level` and `credential_type`.
/// A malformed stored request is 400.
pub fn issue_backup_auth_credential(
    params: &ZkParams,
    request: &[u8],
    redemption_time: u64,
    level: BackupLevel,
    credential_type: BackupCredentialType,
) -> Result<Vec<u8>> {
    let request = BackupAuthCredentialRequest::deserialize(request)
        .map_err(|e| Error::BadRequest(e.to_string()))?;
    request
        .issue(
            &params.backups,
            redemption_time,
            level,
            credential_type,
            &random32(),
        )
        .map_err(internal)
}

/// Verifies an `X-Signal-ZK-Auth` `BackupAuthCredentialPresentation` at `now_secs` (the
/// credential's day must satisfy `day − 1 d ≤ now ≤ day + 2 d`). Malformed → 400; failing
/// verification or outside the window → 401. The caller then checks the
/// `X-Signal-ZK-Auth-Signature` with the stored backup-id key over the same bytes.
pub fn verify_backup_presentation(
    params: &ZkParams,
    presentation: &[u8],
    now_secs: u64,
) -> Result<BackupAuthCredentialPresentation> {
    let p = BackupAuthCredentialPresentation::deserialize(presentation)
        .map_err(|e| Error::BadRequest(e.to_string()))?;
    p.verify(&params.backups, now_secs)
        .map_err(|_| Error::Unauthorized)?;
    Ok(p)
}

/// Current time in epoch seconds.
pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> ZkParams {
        ZkParams {
            server: ServerSecretParams::generate(&[1; 32]),
            calling: GenericServerSecretParams::generate(&[2; 32]),
            backups: GenericServerSecretParams::generate(&[3; 32]),
        }
    }

    fn vectors() -> serde_json::Value {
        serde_json::from_str(include_str!("../../tests/vectors/zkgroup.json")).unwrap()
    }

    fn h(v: &serde_json::Value) -> Vec<u8> {
        hex::decode(v.as_str().unwrap()).unwrap()
    }

    #[test]
    fn redemption_window_rules() {
        let p = params();
        let aci = Aci(uuid::Uuid::new_v4());
        let pni = Pni(uuid::Uuid::new_v4());
        let now = 20_000 * SECONDS_PER_DAY + 3_600;
        let today = 20_000 * SECONDS_PER_DAY;
        let d = SECONDS_PER_DAY as i64;
        let t = today as i64;
        let ok = |s: i64, e: i64| group_auth_credentials(&p, aci, pni, Some(s), Some(e), now);
        let (a, c) = ok(t, t + 7 * d).unwrap();
        assert_eq!((a.len(), c.len()), (8, 8));
        assert_eq!(a[7].redemption_time, today + 7 * SECONDS_PER_DAY);
        for (s, e) in [
            (t - d, t),
            (t, t + 8 * d),
            (t + d, t),
            (t + 1, t + d),
            (t, t + d - 1),
            (-d, t),
        ] {
            assert!(matches!(ok(s, e), Err(Error::BadRequest(_))), "{s} {e}");
        }
        assert!(group_auth_credentials(&p, aci, pni, None, Some(t), now).is_err());
        assert!(group_auth_credentials(&p, aci, pni, Some(t), None, now).is_err());
    }

    #[test]
    fn profile_receipt_and_backup_wrappers_map_errors() {
        let v = vectors();
        let pv = &v["params"][0];
        let zk = ZkParams {
            server: ServerSecretParams::deserialize(&h(&pv["secret"])).unwrap(),
            calling: GenericServerSecretParams::deserialize(&h(&pv["genericSecret"])).unwrap(),
            backups: GenericServerSecretParams::deserialize(&h(&pv["genericSecret"])).unwrap(),
        };
        let c = &v["profile"][0];
        let aci = Aci(uuid::Uuid::parse_str(c["aci"].as_str().unwrap()).unwrap());
        let exp = c["expiration"].as_u64().unwrap();
        let response = issue_expiring_profile_key_credential(
            &zk,
            &h(&c["request"]),
            aci,
            &h(&c["commitment"]),
            exp,
        )
        .unwrap();
        assert_eq!(response.len(), 497);
        assert!(matches!(
            issue_expiring_profile_key_credential(
                &zk,
                &h(&c["request"]),
                aci,
                &h(&c["otherCommitment"]),
                exp
            ),
            Err(Error::BadRequest(_))
        ));
        validate_profile_key_commitment(&h(&c["commitment"])).unwrap();
        assert!(matches!(
            validate_profile_key_commitment(&[0xffu8; 97]),
            Err(Error::BadRequest(_))
        ));
        assert_eq!(
            profile_key_credential_expiration(20_000 * SECONDS_PER_DAY + 5),
            20_007 * SECONDS_PER_DAY
        );

        let r = &v["receipt"][0];
        assert_eq!(
            issue_receipt_credential(&zk, &h(&r["request"]), 1, 2)
                .unwrap()
                .len(),
            409
        );
        assert!(matches!(
            issue_receipt_credential(&zk, &[0xffu8; 97], 1, 2),
            Err(Error::BadRequest(_))
        ));
        let p = verify_receipt_presentation(&zk, &h(&r["presentation"])).unwrap();
        assert_eq!(p.level, r["level"].as_u64().unwrap());
        let other = ZkParams {
            server: params().server,
            ..zk.clone()
        };
        assert!(matches!(
            verify_receipt_presentation(&other, &h(&r["presentation"])),
            Err(Error::BadRequest(_))
        ));

        let b = &v["backup"][0];
        let day = b["redemptionTime"].as_u64().unwrap();
        validate_backup_auth_credential_request(&h(&b["request"])).unwrap();
        let issued = issue_backup_auth_credential(
            &zk,
            &h(&b["request"]),
            day,
            BackupLevel::Paid,
            BackupCredentialType::Media,
        )
        .unwrap();
        assert_eq!(issued.len(), 417);
        verify_backup_presentation(&zk, &h(&b["presentation"]), day).unwrap();
        assert!(matches!(
            verify_backup_presentation(&zk, &h(&b["presentation"]), day + 3 * SECONDS_PER_DAY),
            Err(Error::Unauthorized)
        ));
        assert!(matches!(
            verify_backup_presentation(&zk, &[0u8; 10], day),
            Err(Error::BadRequest(_))
        ));
    }
}
