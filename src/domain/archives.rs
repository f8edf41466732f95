//! Message and media backups (`/v1/archives*`).
//!
//! * An account commits two blinded `BackupAuthCredentialRequest`s (messages, media) with
//!   `PUT /v1/archives/backupid` (kept in `accounts.data` as `bcr`, `mbcr`) and fetches one
//!   `BackupAuthCredential` per day and type with `GET /v1/archives/auth`. The level is PAID
//!   while the account's backup voucher (`accounts.data.bv`, from redeemed receipts) lasts,
//!   FREE otherwise (or PAID for everyone with `backups.paid_by_default`).
//! * Every other operation is anonymous ([`authenticate`]): the `X-Signal-ZK-Auth` header is a
//!   `BackupAuthCredentialPresentation` and `X-Signal-ZK-Auth-Signature` an XEdDSA signature
//!   over its bytes by the backup-id key set with `PUT /v1/archives/keys`.
//! * Backups are rows of `backups`, keyed by `SHA-256(backupId)[..16]`, with random CDN
//!   directories. Objects live on the built-in CDN (`cdn.rs`): the message backup at
//!   `backups/<backupDir>/backup`, media at `backups/<backupDir>/<mediaDir>/<mediaId>`.

use base64::Engine;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QueryOrder, QuerySelect, Set,
};
use sha2::{Digest, Sha256};

pub use crate::config::backups::BackupsConfig;
use crate::config::Config;
use crate::crypto::zkgroup::backup::{
    BackupAuthCredentialPresentation, BackupCredentialType, BackupLevel,
};
use crate::crypto::zkgroup::SECONDS_PER_DAY;
use crate::db::{accounts, backup_media, backups};
use crate::domain::ratelimit::RateLimiters;
use crate::domain::zkgroup::ZkParams;
use crate::error::{Error, Result};

/// What backups use: the database, the configuration (`[backups]`, `[cdn]`), the zkgroup
/// backup keys and the rate limiters.
#[derive(Clone, Copy)]
pub struct Archives<'a> {
    pub db: &'a DatabaseConnection,
    pub config: &'a Config,
    pub zk: &'a ZkParams,
    pub limits: &'a RateLimiters,
}

/// Name of the message backup object inside the backup directory.
pub const BACKUP_NAME: &str = "backup";
/// Longest redemption window of `GET /v1/archives/auth` after today's start.
pub const MAX_REDEMPTION_DAYS: u64 = 7;
/// A backup not refreshed (`POST /v1/archives`) for this many days is deleted.
pub const EXPIRY_DAYS: i64 = 30;
/// Largest `limit` of `GET /v1/archives/media`.
pub const MAX_LIST_LIMIT: i32 = 10_000;
/// Default `limit` of `GET /v1/archives/media`.
pub const DEFAULT_LIST_LIMIT: i32 = 1_000;
/// Server secret signing CDN read credentials (`GET /v1/archives/auth/read`).
pub const READ_CREDENTIAL_SECRET: &str = "backup_cdn_read_key";

fn b64() -> &'static base64::engine::GeneralPurpose {
    &base64::engine::general_purpose::STANDARD
}

fn b64url() -> &'static base64::engine::GeneralPurpose {
    &base64::engine::general_purpose::URL_SAFE_NO_PAD
}

fn now_secs() -> i64 {
    crate::db::now_millis() / 1000
}

/// Decodes standard base64, padding optional (`Base64.getDecoder()`); `what` names the
/// field in the 400 (the reference's header classes and its BackupAuthCredentialAdapter and
/// public-key deserializers fail with a parse error, a 400).
pub fn decode_b64(what: &str, text: &str) -> Result<Vec<u8>> {
    crate::b64::std(text).ok_or_else(|| Error::BadRequest(format!("{what}: invalid base64")))
}

// ---------------------------------------------------------------------------------------
// Account side: committed requests and vouchers in `accounts.data`

fn account_data(account: &accounts::Model) -> serde_json::Map<String, serde_json::Value> {
    serde_json::from_str::<serde_json::Value>(&account.data)
        .ok()
        .and_then(|v| match v {
            serde_json::Value::Object(m) => Some(m),
            _ => None,
        })
        .unwrap_or_default()
}

fn stored_request(
    data: &serde_json::Map<String, serde_json::Value>,
    field: &str,
) -> Option<Vec<u8>> {
    data.get(field)
        .and_then(|v| v.as_str())
        .and_then(|s| b64().decode(s).ok())
}

/// The voucher `(receipt level, expiration secs)`, expired or not.
fn voucher(data: &serde_json::Map<String, serde_json::Value>) -> Option<(i64, i64)> {
    let bv = data.get("bv")?;
    Some((bv.get("rl")?.as_i64()?, bv.get("e")?.as_i64()?))
}

async fn write_account_data(
    db: &impl ConnectionTrait,
    account: &accounts::Model,
    data: serde_json::Map<String, serde_json::Value>,
) -> Result<accounts::Model> {
    let text = serde_json::Value::Object(data).to_string();
    crate::domain::accounts_manage::update_account(db, account, |a| a.data = Set(text)).await
}

fn ensure_enabled(archives: Archives<'_>) -> Result<()> {
    if archives.config.backups.enabled {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "backups are not enabled on this server".into(),
        ))
    }
}

/// `PUT /v1/archives/backupid`: stores both requests (base64); unchanged → nothing to do.
pub async fn set_backup_id(
    archives: Archives<'_>,
    account: &accounts::Model,
    messages_request: &str,
    media_request: &str,
) -> Result<()> {
    ensure_enabled(archives)?;
    let messages = decode_b64("messagesBackupAuthCredentialRequest", messages_request)?;
    let media = decode_b64("mediaBackupAuthCredentialRequest", media_request)?;
    crate::domain::zkgroup::validate_backup_auth_credential_request(&messages)?;
    crate::domain::zkgroup::validate_backup_auth_credential_request(&media)?;
    let mut data = account_data(account);
    let old_messages = stored_request(&data, "bcr");
    let old_media = stored_request(&data, "mbcr");
    if old_messages.as_deref() == Some(&messages[..]) && old_media.as_deref() == Some(&media[..]) {
        return Ok(());
    }
    let aci = account.aci.to_string();
    archives
        .limits
        .check(crate::domain::ratelimit::SET_BACKUP_ID, &aci)
        .await?;
    let paid = voucher(&data).is_some_and(|(_, e)| e > now_secs());
    if paid && old_media.as_deref() != Some(&media[..]) {
        archives
            .limits
            .check(crate::domain::ratelimit::SET_PAID_MEDIA_BACKUP_ID, &aci)
            .await?;
    }
    data.insert("bcr".into(), b64().encode(&messages).into());
    data.insert("mbcr".into(), b64().encode(&media).into());
    write_account_data(archives.db, account, data).await?;
    Ok(())
}

/// One day's credentials of `GET /v1/archives/auth`.
pub struct DayCredentials {
    pub messages: crate::domain::zkgroup::DayCredential,
    pub media: crate::domain::zkgroup::DayCredential,
}

/// `GET /v1/archives/auth`: one credential per day of `[start, end]` and per type.
pub async fn backup_credentials(
    archives: Archives<'_>,
    account: &accounts::Model,
    start: i64,
    end: i64,
) -> Result<Vec<DayCredentials>> {
    ensure_enabled(archives)?;
    let now = now_secs();
    let day = SECONDS_PER_DAY as i64;
    let today = now - now.rem_euclid(day);
    if start.rem_euclid(day) != 0 || end.rem_euclid(day) != 0 {
        return Err(Error::BadRequest(
            "redemption times must be day-aligned (UTC)".into(),
        ));
    }
    if start > end {
        return Err(Error::BadRequest(
            "redemptionStartSeconds is after redemptionEndSeconds".into(),
        ));
    }
    if start < today || end > today + MAX_REDEMPTION_DAYS as i64 * day {
        return Err(Error::BadRequest(format!(
            "redemption window must lie within today and the next {MAX_REDEMPTION_DAYS} days"
        )));
    }
    let mut data = account_data(account);
    let (Some(messages), Some(media)) =
        (stored_request(&data, "bcr"), stored_request(&data, "mbcr"))
    else {
        return Err(Error::NotFound);
    };
    let mut voucher_expiration = None;
    if let Some((_, expiration)) = voucher(&data) {
        if expiration <= now {
            data.remove("bv");
            write_account_data(archives.db, account, data).await?;
        } else {
            voucher_expiration = Some(expiration);
        }
    }
    let mut out = Vec::new();
    let mut t = start;
    while t <= end {
        let level = if archives.config.backups.paid_by_default
            || voucher_expiration.is_some_and(|e| e > t)
        {
            BackupLevel::Paid
        } else {
            BackupLevel::Free
        };
        let issue = |request: &[u8], ty| {
            crate::domain::zkgroup::issue_backup_auth_credential(
                archives.zk,
                request,
                t as u64,
                level,
                ty,
            )
            .map(|credential| crate::domain::zkgroup::DayCredential {
                credential,
                redemption_time: t as u64,
            })
        };
        out.push(DayCredentials {
            messages: issue(&messages, BackupCredentialType::Messages)?,
            media: issue(&media, BackupCredentialType::Media)?,
        });
        t += day;
    }
    Ok(out)
}

/// `POST /v1/archives/redeem-receipt`: a paid receipt becomes the account's voucher.
pub async fn redeem_receipt(
    archives: Archives<'_>,
    account: &accounts::Model,
    presentation: &str,
) -> Result<()> {
    // As the reference's request deserializer: text that is not base64 of a presentation is
    // a 422; a presentation is verified (400) before the commitment is looked at (409).
    let bytes = crate::b64::field_std(presentation, "receiptCredentialPresentation")?;
    if crate::crypto::zkgroup::receipt::ReceiptCredentialPresentation::deserialize(&bytes).is_err()
    {
        return Err(Error::Unprocessable(
            "receiptCredentialPresentation is not a receipt credential presentation".into(),
        ));
    }
    let receipt = crate::domain::receipts::verify(archives.zk, &bytes)?;
    let mut data = account_data(account);
    if stored_request(&data, "mbcr").is_none() {
        return Err(Error::Conflict(
            "the account has no media backup-id commitment".into(),
        ));
    }
    if receipt.level != archives.config.backups.paid_receipt_level {
        return Err(Error::BadRequest(format!(
            "receipt level {} does not buy backups",
            receipt.level
        )));
    }
    let txn = crate::db::begin_write(archives.db).await?;
    crate::domain::receipts::record(&txn, &receipt, account.aci).await?;
    let expiration = match voucher(&data) {
        Some((_, e)) if e > receipt.expiration as i64 => e,
        _ => receipt.expiration as i64,
    };
    data.insert(
        "bv".into(),
        serde_json::json!({"rl": receipt.level, "e": expiration}),
    );
    write_account_data(&txn, account, data).await?;
    txn.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Anonymous (ZK) authentication

/// A caller authenticated by a backup presentation and its signature.
pub struct BackupUser {
    pub presentation: BackupAuthCredentialPresentation,
    pub backup: backups::Model,
}

impl BackupUser {
    pub fn level(&self) -> BackupLevel {
        self.presentation.backup_level
    }

    /// 403 unless the credential carries `level` or better.
    pub fn require_level(&self, level: BackupLevel) -> Result<()> {
        if (self.level() as u64) < (level as u64) {
            return Err(Error::Forbidden(
                "this operation needs a paid backup credential".into(),
            ));
        }
        Ok(())
    }

    /// 401 unless the credential is of type `ty`.
    pub fn require_type(&self, ty: BackupCredentialType) -> Result<()> {
        if self.presentation.credential_type != ty {
            return Err(Error::Unauthorized);
        }
        Ok(())
    }
}

/// `SHA-256(backupId)[..16]`, the key of a backup row.
pub fn hashed_backup_id(backup_id: &[u8; 16]) -> Vec<u8> {
    Sha256::digest(backup_id)[..16].to_vec()
}

fn verify_signature(public_key: &[u8], message: &[u8], signature: &[u8]) -> bool {
    let (Ok(pk), Ok(sig)) = (
        <[u8; 33]>::try_from(public_key),
        <[u8; 64]>::try_from(signature),
    ) else {
        return false;
    };
    pk[0] == 0x05 && crate::crypto::xeddsa::verify(pk[1..].try_into().unwrap(), message, &sig)
}

/// Decodes and verifies the `X-Signal-ZK-Auth` presentation; valid Basic credentials give
/// 400, invalid ones are ignored as on any anonymous endpoint (reference §12.2). Returns the
/// presentation, its bytes and the decoded signature.
fn verify_headers(
    archives: Archives<'_>,
    authenticated: bool,
    zk_auth: &str,
    signature: &str,
) -> Result<(BackupAuthCredentialPresentation, Vec<u8>, Vec<u8>)> {
    if authenticated {
        return Err(Error::BadRequest(
            "archive operations must not carry Basic credentials".into(),
        ));
    }
    let bytes = decode_b64("X-Signal-ZK-Auth", zk_auth)?;
    let signature = decode_b64("X-Signal-ZK-Auth-Signature", signature)?;
    let presentation = crate::domain::zkgroup::verify_backup_presentation(
        archives.zk,
        &bytes,
        now_secs().max(0) as u64,
    )?;
    Ok((presentation, bytes, signature))
}

/// The ZK authentication of the anonymous archive operations: presentation valid now
/// (else 401), a backup with a public key for its backup id (else 401), and the signature
/// by that key over the presentation bytes (else 401).
pub async fn authenticate(
    archives: Archives<'_>,
    authenticated: bool,
    zk_auth: &str,
    signature: &str,
) -> Result<BackupUser> {
    let (presentation, bytes, signature) =
        verify_headers(archives, authenticated, zk_auth, signature)?;
    let backup = backups::Entity::find_by_id(hashed_backup_id(&presentation.backup_id))
        .one(archives.db)
        .await?
        .ok_or(Error::Unauthorized)?;
    let key = backup.public_key.as_deref().ok_or(Error::Unauthorized)?;
    if !verify_signature(key, &bytes, &signature) {
        return Err(Error::Unauthorized);
    }
    if backup.last_refresh < now_secs() - EXPIRY_DAYS * SECONDS_PER_DAY as i64 {
        // Not refreshed for too long: purged (as the real server's expiry job would have).
        purge(archives.db, archives.config, &backup).await?;
        return Err(Error::Unauthorized);
    }
    Ok(BackupUser {
        presentation,
        backup,
    })
}

fn random_dir() -> String {
    b64url().encode(rand::random::<[u8; 16]>())
}

/// `PUT /v1/archives/keys`: the signature must verify with the provided key; the key is
/// stored (creating the backup) unless one is stored already, and a different one is 401.
pub async fn set_public_key(
    archives: Archives<'_>,
    authenticated: bool,
    zk_auth: &str,
    signature: &str,
    public_key: &str,
) -> Result<()> {
    let (presentation, bytes, signature) =
        verify_headers(archives, authenticated, zk_auth, signature)?;
    let key = decode_b64("backupIdPublicKey", public_key)?;
    if key.len() != 33 || key[0] != 0x05 {
        return Err(Error::BadRequest(
            "backupIdPublicKey must be a 33-byte EC public key".into(),
        ));
    }
    if !verify_signature(&key, &bytes, &signature) {
        return Err(Error::Unauthorized);
    }
    let id = hashed_backup_id(&presentation.backup_id);
    let txn = crate::db::begin_write(archives.db).await?;
    match backups::Entity::find_by_id(id.clone()).one(&txn).await? {
        Some(b) => match &b.public_key {
            Some(stored) if *stored != key => return Err(Error::Unauthorized),
            Some(_) => {}
            None => {
                let mut a = b.into_active_model();
                a.public_key = Set(Some(key));
                a.update(&txn).await?;
            }
        },
        None => {
            let now = now_secs();
            backups::ActiveModel {
                hashed_backup_id: Set(id),
                public_key: Set(Some(key)),
                backup_dir: Set(random_dir()),
                media_dir: Set(random_dir()),
                last_refresh: Set(now),
                last_media_refresh: Set(now),
                bytes_used: Set(0),
                num_objects: Set(0),
                message_backup_present: Set(false),
            }
            .insert(&txn)
            .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// `POST /v1/archives`: bumps the refresh time (and the media one for media credentials).
pub async fn refresh(archives: Archives<'_>, user: &BackupUser) -> Result<()> {
    let now = now_secs();
    let mut a = user.backup.clone().into_active_model();
    a.last_refresh = Set(now);
    if user.presentation.credential_type == BackupCredentialType::Media {
        a.last_media_refresh = Set(now);
    }
    crate::db::update(archives.db, a).await?;
    Ok(())
}

/// `DELETE /v1/archives`: deletes the backup's objects, media records and row (with its
/// public key).
pub async fn delete_backup(archives: Archives<'_>, user: &BackupUser) -> Result<()> {
    purge(archives.db, archives.config, &user.backup).await
}

/// Deletes a backup: its media records, its row (with its public key) and its objects.
pub async fn purge(
    db: &DatabaseConnection,
    config: &Config,
    backup: &backups::Model,
) -> Result<()> {
    let id = backup.hashed_backup_id.clone();
    let txn = crate::db::begin_write(db).await?;
    backup_media::Entity::delete_many()
        .filter(backup_media::Column::HashedBackupId.eq(id.clone()))
        .exec(&txn)
        .await?;
    backups::Entity::delete_by_id(id).exec(&txn).await?;
    txn.commit().await?;
    let dir = crate::domain::cdn::CdnConfig::dir(&config.cdn, config)
        .join("backups")
        .join(&backup.backup_dir);
    match tokio::fs::remove_dir_all(&dir).await {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => tracing::warn!(dir = %dir.display(), error = %e, "cannot delete backup objects"),
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// CDN-backed operations

/// Object key of the message backup.
pub fn message_backup_key(backup: &backups::Model) -> String {
    format!("backups/{}/{BACKUP_NAME}", backup.backup_dir)
}

/// Object key of a media object.
pub fn media_key(backup: &backups::Model, media_id: &str) -> String {
    format!(
        "backups/{}/{}/{media_id}",
        backup.backup_dir, backup.media_dir
    )
}

/// An upload form for `object_key` on the built-in CDN (resumable upload).
pub struct UploadForm {
    pub cdn: i32,
    pub key: String,
    pub headers: std::collections::HashMap<String, String>,
    pub signed_upload_location: String,
}

async fn upload_form(
    archives: Archives<'_>,
    headers: &hyper::HeaderMap,
    cdn: i32,
    key: String,
    object_key: &str,
) -> Result<UploadForm> {
    let signing_key = crate::domain::cdn::signing_key(archives.db).await?;
    let expires = now_secs().max(0) as u64 + archives.config.cdn.upload_ttl_secs;
    let location = crate::domain::cdn::signed_upload_location(
        &crate::domain::cdn::public_url(archives.config, headers),
        &signing_key,
        object_key,
        expires,
    );
    let headers = [
        ("x-goog-resumable", "start".to_string()),
        (
            "x-goog-content-length-range",
            format!("1,{}", archives.config.cdn.max_attachment_bytes),
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    Ok(UploadForm {
        cdn,
        key,
        headers,
        signed_upload_location: location,
    })
}

/// `GET /v1/archives/upload/form`: marks the message backup present and hands out an
/// upload form for `backups/<backupDir>/backup`.
pub async fn message_backup_upload_form(
    archives: Archives<'_>,
    headers: &hyper::HeaderMap,
    user: &BackupUser,
) -> Result<UploadForm> {
    user.require_type(BackupCredentialType::Messages)?;
    user.require_level(BackupLevel::Free)?;
    if !user.backup.message_backup_present {
        let mut a = user.backup.clone().into_active_model();
        a.message_backup_present = Set(true);
        crate::db::update(archives.db, a).await?;
    }
    let key = format!("{}/{BACKUP_NAME}", user.backup.backup_dir);
    upload_form(
        archives,
        headers,
        archives.config.backups.cdn,
        key,
        &message_backup_key(&user.backup),
    )
    .await
}

/// `GET /v1/archives/media/upload/form`: a temporary attachment upload form (the client
/// then copies the attachment into its backup).
pub async fn media_upload_form(
    archives: Archives<'_>,
    headers: &hyper::HeaderMap,
    user: &BackupUser,
) -> Result<UploadForm> {
    user.require_type(BackupCredentialType::Media)?;
    user.require_level(BackupLevel::Paid)?;
    archives
        .limits
        .check(
            crate::domain::ratelimit::BACKUP_ATTACHMENT_CREATE,
            &hex::encode(&user.backup.hashed_backup_id),
        )
        .await?;
    let key = crate::domain::cdn::new_attachment_key();
    let object_key = format!("attachments/{key}");
    upload_form(
        archives,
        headers,
        archives.config.cdn.attachment_cdn,
        key,
        &object_key,
    )
    .await
}

/// One item of a media copy.
pub struct CopyItem {
    pub source_cdn: i32,
    pub source_key: String,
    pub object_length: i64,
    pub media_id: String,
    pub hmac_key: String,
    pub encryption_key: String,
}

/// Why a copy failed: the status of the batch entry and its reason.
pub struct CopyFailure {
    pub status: u16,
    pub reason: String,
}

impl From<CopyFailure> for Error {
    fn from(f: CopyFailure) -> Error {
        match f.status {
            410 => Error::Gone(f.reason),
            413 => Error::PayloadTooLarge,
            _ => Error::BadRequest(f.reason),
        }
    }
}

fn fail(status: u16, reason: impl Into<String>) -> CopyFailure {
    CopyFailure {
        status,
        reason: reason.into(),
    }
}

/// Length of a copied object: `IV ‖ AES-256-CBC(PKCS#7) ‖ HMAC-SHA256`.
pub fn encrypted_length(plain: u64) -> u64 {
    16 + (plain / 16 + 1) * 16 + 32
}

/// Re-encrypts `plain` for the backup: `IV ‖ AES-256-CBC(encryption key, IV, plain with
/// PKCS#7 padding) ‖ HMAC-SHA256(hmac key, IV ‖ ciphertext)`, as the real server's copy.
pub fn encrypt_for_backup(plain: &[u8], encryption_key: &[u8; 32], hmac_key: &[u8; 32]) -> Vec<u8> {
    encrypt_with_iv(plain, encryption_key, hmac_key, rand::random())
}

fn encrypt_with_iv(
    plain: &[u8],
    encryption_key: &[u8; 32],
    hmac_key: &[u8; 32],
    iv: [u8; 16],
) -> Vec<u8> {
    use aes::cipher::{block_padding::Pkcs7, BlockEncryptMut, KeyIvInit};
    use hmac::{Hmac, KeyInit, Mac};
    let ciphertext = cbc::Encryptor::<aes::Aes256>::new(encryption_key.into(), &iv.into())
        .encrypt_padded_vec_mut::<Pkcs7>(plain);
    let mut out = Vec::with_capacity(encrypted_length(plain.len() as u64) as usize);
    out.extend_from_slice(&iv);
    out.extend_from_slice(&ciphertext);
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(hmac_key).expect("any key length");
    mac.update(&out);
    out.extend_from_slice(&mac.finalize().into_bytes());
    out
}

fn key32(what: &str, text: &str) -> std::result::Result<[u8; 32], CopyFailure> {
    decode_b64(what, text)
        .ok()
        .and_then(|k| <[u8; 32]>::try_from(k).ok())
        .ok_or_else(|| fail(400, format!("{what} must be 32 bytes of base64")))
}

/// Validates a media id (base64url of 15 bytes).
fn valid_media_id(media_id: &str) -> bool {
    crate::b64::url(media_id).is_some_and(|b| b.len() == 15)
}

/// `PUT /v1/archives/media` (and each item of the batch): copies an uploaded attachment
/// into the backup, re-encrypted, and counts it against the quota. Returns the CDN number.
pub async fn copy_media(
    archives: Archives<'_>,
    user: &BackupUser,
    item: &CopyItem,
) -> std::result::Result<i32, CopyFailure> {
    if !valid_media_id(&item.media_id) {
        return Err(fail(400, "mediaId must be 15 bytes of base64url"));
    }
    let encryption_key = key32("encryptionKey", &item.encryption_key)?;
    let hmac_key = key32("hmacKey", &item.hmac_key)?;
    if item.object_length <= 0 {
        return Err(fail(400, "objectLength must be positive"));
    }
    if item.source_cdn != archives.config.cdn.attachment_cdn {
        return Err(fail(400, "unknown source cdn"));
    }
    let source_key = format!("attachments/{}", item.source_key);
    let store = crate::domain::cdn::Store::for_config(archives.config);
    if !crate::domain::cdn::valid_object_key(&source_key) {
        return Err(fail(400, "invalid source key"));
    }
    let internal = |e: Error| fail(500, e.to_string());
    let Some(path) = store.path(&source_key) else {
        return Err(fail(400, "invalid source key"));
    };
    let source_len = match tokio::fs::metadata(&path).await {
        Ok(m) if m.is_file() => m.len(),
        _ => return Err(fail(410, "source attachment not found")),
    };
    if source_len != item.object_length as u64 {
        return Err(fail(
            400,
            "objectLength does not match the source attachment",
        ));
    }
    let dest_len = encrypted_length(source_len) as i64;
    let id = user.backup.hashed_backup_id.clone();
    let existing = backup_media::Entity::find_by_id((id.clone(), item.media_id.clone()))
        .one(archives.db)
        .await
        .map_err(|e| internal(e.into()))?;
    let current = backups::Entity::find_by_id(id.clone())
        .one(archives.db)
        .await
        .map_err(|e| internal(e.into()))?
        .ok_or_else(|| fail(410, "backup deleted"))?;
    let freed = existing.as_ref().map_or(0, |m| m.object_length);
    if (current.bytes_used - freed + dest_len) as u64 > archives.config.backups.media_quota_bytes {
        return Err(fail(413, "media quota exhausted"));
    }
    let plain = store
        .read(&source_key)
        .await
        .map_err(internal)?
        .ok_or_else(|| fail(410, "source attachment not found"))?;
    if plain.len() as u64 != source_len {
        return Err(fail(
            400,
            "objectLength does not match the source attachment",
        ));
    }
    let encrypted = encrypt_for_backup(&plain, &encryption_key, &hmac_key);
    let dest = media_key(&current, &item.media_id);
    store.write(&dest, &encrypted).await.map_err(internal)?;
    let cdn = archives.config.backups.cdn;
    let record = async {
        let txn = crate::db::begin_write(archives.db).await?;
        let row = backup_media::ActiveModel {
            hashed_backup_id: Set(id.clone()),
            media_id: Set(item.media_id.clone()),
            cdn: Set(cdn),
            object_length: Set(dest_len),
            created_at: Set(crate::db::now_millis()),
        };
        let (bytes_delta, objects_delta) = if existing.is_some() {
            row.update(&txn).await?;
            (dest_len - freed, 0)
        } else {
            row.insert(&txn).await?;
            (dest_len, 1)
        };
        adjust_usage(&txn, &id, bytes_delta, objects_delta).await?;
        txn.commit().await?;
        Ok::<_, Error>(())
    };
    record.await.map_err(internal)?;
    Ok(cdn)
}

async fn adjust_usage(
    db: &impl ConnectionTrait,
    id: &[u8],
    bytes: i64,
    objects: i64,
) -> Result<()> {
    use sea_orm::sea_query::{Expr, ExprTrait};
    backups::Entity::update_many()
        .col_expr(
            backups::Column::BytesUsed,
            Expr::col(backups::Column::BytesUsed).add(bytes),
        )
        .col_expr(
            backups::Column::NumObjects,
            Expr::col(backups::Column::NumObjects).add(objects),
        )
        .filter(backups::Column::HashedBackupId.eq(id.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}

/// A page of `GET /v1/archives/media`.
pub struct MediaPage {
    pub objects: Vec<backup_media::Model>,
    pub cursor: Option<String>,
}

/// `GET /v1/archives/media`: media ordered by id, after `cursor` (the last id of the
/// previous page).
pub async fn list_media(
    archives: Archives<'_>,
    user: &BackupUser,
    cursor: Option<&str>,
    limit: Option<i32>,
) -> Result<MediaPage> {
    // FREE suffices: media can be listed and deleted after a paid tier has lapsed.
    user.require_type(BackupCredentialType::Media)?;
    user.require_level(BackupLevel::Free)?;
    let limit = limit.unwrap_or(DEFAULT_LIST_LIMIT);
    if !(1..=MAX_LIST_LIMIT).contains(&limit) {
        return Err(Error::BadRequest(format!(
            "limit must be within 1..{MAX_LIST_LIMIT}"
        )));
    }
    let mut q = backup_media::Entity::find()
        .filter(backup_media::Column::HashedBackupId.eq(user.backup.hashed_backup_id.clone()));
    if let Some(c) = cursor {
        q = q.filter(backup_media::Column::MediaId.gt(c));
    }
    let mut objects = q
        .order_by_asc(backup_media::Column::MediaId)
        .limit(limit as u64 + 1)
        .all(archives.db)
        .await?;
    let more = objects.len() > limit as usize;
    objects.truncate(limit as usize);
    let cursor = more
        .then(|| objects.last().map(|o| o.media_id.clone()))
        .flatten();
    Ok(MediaPage { objects, cursor })
}

/// `POST /v1/archives/media/delete`: deletes the named media (missing ones are fine).
pub async fn delete_media(
    archives: Archives<'_>,
    user: &BackupUser,
    items: &[(i32, String)],
) -> Result<()> {
    user.require_type(BackupCredentialType::Media)?;
    user.require_level(BackupLevel::Free)?;
    if items
        .iter()
        .any(|(cdn, _)| *cdn != archives.config.backups.cdn)
    {
        return Err(Error::BadRequest("unknown cdn".into()));
    }
    if items.iter().any(|(_, id)| !valid_media_id(id)) {
        return Err(Error::BadRequest(
            "mediaId must be 15 bytes of base64url".into(),
        ));
    }
    let store = crate::domain::cdn::Store::for_config(archives.config);
    let id = user.backup.hashed_backup_id.clone();
    for (_, media_id) in items {
        let txn = crate::db::begin_write(archives.db).await?;
        let Some(row) = backup_media::Entity::find_by_id((id.clone(), media_id.clone()))
            .one(&txn)
            .await?
        else {
            continue;
        };
        store.delete(&media_key(&user.backup, media_id)).await?;
        backup_media::Entity::delete_by_id((id.clone(), media_id.clone()))
            .exec(&txn)
            .await?;
        adjust_usage(&txn, &id, -row.object_length, -1).await?;
        txn.commit().await?;
    }
    Ok(())
}

/// The generator of CDN read credentials (`read$backups/<backupDir>`).
pub async fn read_credentials_generator(
    db: &impl ConnectionTrait,
) -> Result<crate::crypto::hmac_creds::CredentialsGenerator> {
    let key = crate::domain::secrets::random_key(db, READ_CREDENTIAL_SECRET).await?;
    Ok(crate::crypto::hmac_creds::CredentialsGenerator::tus(key))
}

/// `GET /v1/archives/auth/read`: `Authorization` header for reading the backup directory.
pub async fn read_auth(
    archives: Archives<'_>,
    user: &BackupUser,
    cdn: i32,
) -> Result<std::collections::HashMap<String, String>> {
    user.require_level(BackupLevel::Free)?;
    if cdn != archives.config.backups.cdn {
        return Err(Error::BadRequest(format!("unknown cdn {cdn}")));
    }
    let generator = read_credentials_generator(archives.db).await?;
    let creds = generator.generate(
        &format!("read$backups/{}", user.backup.backup_dir),
        now_secs().max(0) as u64,
    );
    let basic = b64().encode(format!("{}:{}", creds.username, creds.password));
    Ok([("Authorization".to_string(), format!("Basic {basic}"))].into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_copies_are_aes_256_cbc_then_hmac() {
        use hmac::{Hmac, KeyInit, Mac};
        // NIST SP 800-38A F.2.5 (CBC-AES256.Encrypt), first block.
        let key: [u8; 32] =
            hex::decode("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4")
                .unwrap()
                .try_into()
                .unwrap();
        let iv: [u8; 16] = hex::decode("000102030405060708090a0b0c0d0e0f")
            .unwrap()
            .try_into()
            .unwrap();
        let plain = hex::decode("6bc1bee22e409f96e93d7e117393172a").unwrap();
        let hmac_key = [9u8; 32];
        let out = encrypt_with_iv(&plain, &key, &hmac_key, iv);
        assert_eq!(out.len() as u64, encrypted_length(plain.len() as u64));
        assert_eq!(&out[..16], &iv);
        assert_eq!(
            hex::encode(&out[16..32]),
            "f58c4c04d6e5f1ba779eabfb5f7bfbd6"
        );
        // A full block of plaintext gets a whole block of PKCS#7 padding.
        assert_eq!(out.len(), 16 + 32 + 32);
        let (signed, tag) = out.split_at(out.len() - 32);
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&hmac_key).unwrap();
        mac.update(signed);
        assert_eq!(&mac.finalize().into_bytes()[..], tag);
    }
}
