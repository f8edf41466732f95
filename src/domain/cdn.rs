//! The built-in CDN: upload forms for attachments, profile avatars and sticker packs, the
//! signatures that authorize uploads, and the object store behind them.
//!
//! Objects live under `cdn.dir` (default `<data_dir>/cdn/`), one file per object key
//! (`attachments/<key>`, `profiles/<key>`, `stickers/<packId>/...`). Several server
//! processes sharing one database must share this directory too (e.g. a network mount).
//!
//! Two kinds of signed upload exist, mirroring the CDNs real clients talk to:
//!
//! * **Attachments** (`GET /v4/attachments/form/upload`): a signed upload location
//!   `<origin>/upload/attachments/<key>?expires=<unix secs>&signature=<hex>` where
//!   `signature = hex(HMAC-SHA256(cdn key, "upload\n" + object key + "\n" + expires))`. It
//!   speaks the subset of the GCS resumable protocol Signal clients use for CDN 2: `POST`
//!   starts a session (201, `Location` = the same URL), `PUT` sends the bytes (whole, or in
//!   `Content-Range` chunks), and `PUT` with `Content-Range: bytes */<size>` asks how much
//!   was received (308 with `Range`, or 200 when complete). A session lives as long as its
//!   location (`upload_ttl_secs`, 7 days as GCS's sessions, which Android keeps resuming);
//!   a `PUT` to an expired or unknown session is a 404, after which clients start over
//!   with a new form (a `POST` with a bad or expired signature is a 403).
//!
//!   The path of upload locations is relative to the CDN's base (`public_url`, default
//!   `<origin>/cdn`), and `<origin>` is the base's scheme and host: Desktop uses locations
//!   as given (`<origin>/upload/...`), Android appends their path and query to its configured
//!   CDN 2 URL (`<origin>/cdn/upload/...`). The server answers both (`api/cdn.rs`), so one
//!   client configuration, CDN 0 and CDN 2 at `<public_url>`, serves both clients.
//! * **Avatars and stickers**: an S3 POST policy (`acl`, `x-amz-algorithm`,
//!   `x-amz-credential`, `x-amz-date`, `policy`, `x-amz-signature`) signed with SigV4 from a
//!   server-generated secret; the client posts a `multipart/form-data` form carrying these
//!   fields and the `file` to `<public_url>/`, and the server checks the signature, the
//!   expiry and the policy's conditions (key, acl, content length) before storing.
//!
//! Downloads are `GET <public_url>/<object key>` (no signature: keys are unguessable, and
//! the contents are encrypted by clients), with single byte ranges.
//!
//! Optionally (`[cdn.s3]`), avatar and sticker forms are signed for an S3-compatible bucket
//! instead, and clients upload there; attachments always use the built-in CDN, since S3
//! does not speak the resumable protocol clients use.

use std::path::{Path, PathBuf};

use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

pub use crate::config::cdn::{CdnConfig, S3Config};
use crate::config::Config;
use crate::error::{Error, Result};

/// Name of the server secret that signs uploads.
pub const SIGNING_SECRET: &str = "cdn_signing_key";
/// Access key id, region and bucket named in the local CDN's S3 policies.
pub const LOCAL_ACCESS_KEY: &str = "local";
pub const LOCAL_REGION: &str = "local";
pub const LOCAL_BUCKET: &str = "local";
pub const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// Largest avatar (S3 policy content-length-range), as the reference server.
pub const MAX_AVATAR_BYTES: u64 = 10 * 1024 * 1024;
/// Largest sticker pack manifest.
pub const MAX_STICKER_MANIFEST_BYTES: u64 = 10 * 1024;
/// Largest sticker image.
pub const MAX_STICKER_BYTES: u64 = 301 * 1024;

/// The CDN's base URL for this request: the configured one, or derived from `Host`.
pub fn public_url(config: &Config, headers: &hyper::HeaderMap) -> String {
    if let Some(url) = &config.cdn.public_url {
        return url.trim_end_matches('/').to_owned();
    }
    let host = headers
        .get(hyper::header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .unwrap_or_else(|| config.listen.to_string());
    let scheme = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .filter(|p| *p == "https")
        .unwrap_or("http");
    format!("{scheme}://{host}/cdn")
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("any key length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// The key that signs uploads (a server secret, made on first use).
pub async fn signing_key(db: &impl sea_orm::ConnectionTrait) -> Result<Vec<u8>> {
    crate::domain::secrets::random_key(db, SIGNING_SECRET).await
}

// ---------------------------------------------------------------------------------------
// Object keys and the store

/// Checks an object key: `attachments/`, `profiles/`, `stickers/` or `backups/` followed by
/// path segments of letters, digits, `-`, `_`, `=` and `.`; no segment is empty or starts with
/// `.`, and no key ends in `.partial` (the store's own temporary and partial files).
pub fn valid_object_key(key: &str) -> bool {
    let Some((prefix, rest)) = key.split_once('/') else {
        return false;
    };
    matches!(prefix, "attachments" | "profiles" | "stickers" | "backups")
        && !rest.is_empty()
        && key.len() <= 512
        && !key.ends_with(".partial")
        && rest.split('/').all(|seg| {
            !seg.is_empty()
                && !seg.starts_with('.')
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'=' | b'.'))
        })
}

/// Objects stored as files under one directory.
pub struct Store {
    dir: PathBuf,
}

impl Store {
    pub fn new(dir: impl Into<PathBuf>) -> Store {
        Store { dir: dir.into() }
    }

    pub fn for_config(config: &Config) -> Store {
        Store::new(config.cdn.dir(config))
    }

    /// The file of an object; `None` for an invalid key.
    pub fn path(&self, key: &str) -> Option<PathBuf> {
        valid_object_key(key).then(|| self.dir.join(key))
    }

    fn partial_path(&self, key: &str) -> Option<PathBuf> {
        self.path(key).map(|p| {
            let mut name = p.file_name().unwrap_or_default().to_owned();
            name.push(".partial");
            p.with_file_name(name)
        })
    }

    /// An object's contents, `None` if absent.
    pub async fn read(&self, key: &str) -> Result<Option<Vec<u8>>> {
        let Some(path) = self.path(key) else {
            return Ok(None);
        };
        match tokio::fs::read(&path).await {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error(&path, e)),
        }
    }

    /// Whether the object exists.
    pub async fn exists(&self, key: &str) -> bool {
        match self.path(key) {
            Some(p) => tokio::fs::metadata(p).await.is_ok(),
            None => false,
        }
    }

    /// Stores (replacing) an object atomically.
    pub async fn write(&self, key: &str, bytes: &[u8]) -> Result<()> {
        let path = self
            .path(key)
            .ok_or_else(|| Error::BadRequest("invalid object key".into()))?;
        write_atomically(&path, bytes).await
    }

    /// Deletes an object; a missing one is fine.
    pub async fn delete(&self, key: &str) -> Result<()> {
        for path in [self.path(key), self.partial_path(key)]
            .into_iter()
            .flatten()
        {
            match tokio::fs::remove_file(&path).await {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(io_error(&path, e)),
            }
        }
        Ok(())
    }

    /// Bytes received so far of a resumable upload that is not complete.
    pub async fn partial_len(&self, key: &str) -> u64 {
        match self.partial_path(key) {
            Some(p) => tokio::fs::metadata(p).await.map(|m| m.len()).unwrap_or(0),
            None => 0,
        }
    }

    /// Appends a chunk starting at `offset` to a resumable upload; when `complete`, the
    /// object is published. The offset must equal what was received so far.
    pub async fn append(&self, key: &str, offset: u64, chunk: &[u8], complete: bool) -> Result<()> {
        use tokio::io::AsyncWriteExt;
        let partial = self
            .partial_path(key)
            .ok_or_else(|| Error::BadRequest("invalid object key".into()))?;
        let have = self.partial_len(key).await;
        if offset != have {
            return Err(Error::BadRequest(format!(
                "upload resumes at byte {have}, not {offset}"
            )));
        }
        if let Some(parent) = partial.parent() {
            tokio::fs::create_dir_all(parent)
                .await
                .map_err(|e| io_error(parent, e))?;
        }
        let mut file = tokio::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&partial)
            .await
            .map_err(|e| io_error(&partial, e))?;
        file.write_all(chunk)
            .await
            .map_err(|e| io_error(&partial, e))?;
        file.flush().await.map_err(|e| io_error(&partial, e))?;
        drop(file);
        if complete {
            let path = self.path(key).expect("validated above");
            tokio::fs::rename(&partial, &path)
                .await
                .map_err(|e| io_error(&path, e))?;
        }
        Ok(())
    }
}

async fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let parent = path.parent().unwrap_or(Path::new("."));
    tokio::fs::create_dir_all(parent)
        .await
        .map_err(|e| io_error(parent, e))?;
    let tmp = parent.join(format!(".tmp-{}", uuid::Uuid::new_v4()));
    tokio::fs::write(&tmp, bytes)
        .await
        .map_err(|e| io_error(&tmp, e))?;
    tokio::fs::rename(&tmp, path)
        .await
        .map_err(|e| io_error(path, e))
}

fn io_error(path: &Path, e: std::io::Error) -> Error {
    Error::Internal(format!("CDN storage {}: {e}", path.display()))
}

// ---------------------------------------------------------------------------------------
// Attachment upload locations

/// A new attachment key: base64url of 15 random bytes (20 characters).
pub fn new_attachment_key() -> String {
    let bytes: [u8; 15] = rand::random();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn upload_signature(key: &[u8], object_key: &str, expires: u64) -> [u8; 32] {
    hmac_sha256(key, format!("upload\n{object_key}\n{expires}").as_bytes())
}

/// The scheme and host (with port) of a URL: `https://h:1/cdn` → `https://h:1`.
pub fn origin(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(i) => &url[..after_scheme + i],
        None => url.trim_end_matches('/'),
    }
}

/// Path of an upload location relative to the CDN base (see the module documentation).
pub fn upload_path(object_key: &str) -> String {
    format!("/upload/{object_key}")
}

/// The signed upload location of `object_key` for the CDN at `base`, valid until `expires`
/// (unix seconds): `<origin of base>/upload/<object key>?expires=..&signature=..`.
pub fn signed_upload_location(base: &str, key: &[u8], object_key: &str, expires: u64) -> String {
    format!(
        "{}{}?expires={expires}&signature={}",
        origin(base),
        upload_path(object_key),
        hex::encode(upload_signature(key, object_key, expires))
    )
}

/// Checks a signed upload location's query (`expires`, `signature`) for `object_key`.
pub fn verify_upload_location(
    key: &[u8],
    object_key: &str,
    query: Option<&str>,
    now_secs: u64,
) -> Result<()> {
    let forbidden = |why: &str| Error::Forbidden(format!("upload location rejected: {why}"));
    let (mut expires, mut signature) = (None, None);
    for pair in query.unwrap_or_default().split('&') {
        match pair.split_once('=') {
            Some(("expires", v)) => expires = v.parse::<u64>().ok(),
            Some(("signature", v)) => signature = hex::decode(v).ok(),
            _ => {}
        }
    }
    let (Some(expires), Some(signature)) = (expires, signature) else {
        return Err(forbidden("missing or malformed signature"));
    };
    let expected = upload_signature(key, object_key, expires);
    if !bool::from(expected[..].ct_eq(&signature[..])) {
        return Err(forbidden("bad signature"));
    }
    if now_secs > expires {
        return Err(forbidden("expired"));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// S3 POST policies (avatars, stickers)

/// The AWS Signature V4 signing key: `"AWS4" + secret → day → region → service →
/// "aws4_request"`, each step an HMAC-SHA256.
pub fn sigv4_signing_key(secret: &str, day: &str, region: &str, service: &str) -> [u8; 32] {
    let k_date = hmac_sha256(format!("AWS4{secret}").as_bytes(), day.as_bytes());
    let k_region = hmac_sha256(&k_date, region.as_bytes());
    let k_service = hmac_sha256(&k_region, service.as_bytes());
    hmac_sha256(&k_service, b"aws4_request")
}

/// The signer of avatar and sticker upload forms: the S3-compatible bucket when `[cdn.s3]`
/// is configured (clients then upload there directly), the built-in CDN otherwise.
pub async fn form_signer(
    config: &Config,
    db: &impl sea_orm::ConnectionTrait,
) -> Result<PolicySigner> {
    Ok(match &config.cdn.s3 {
        Some(s3) => PolicySigner::s3(s3),
        None => PolicySigner::local(&signing_key(db).await?),
    })
}

/// Signs S3 POST policies with AWS Signature V4.
pub struct PolicySigner {
    pub access_key: String,
    pub secret: String,
    pub region: String,
    pub bucket: String,
}

/// The fields of a signed policy form, as sent to clients.
#[derive(Clone, Debug, PartialEq)]
pub struct PolicyForm {
    pub key: String,
    pub credential: String,
    pub acl: String,
    pub algorithm: String,
    pub date: String,
    pub policy: String,
    pub signature: String,
}

impl PolicySigner {
    /// The local CDN's signer: its secret is the hex of the server's CDN key.
    pub fn local(key: &[u8]) -> PolicySigner {
        PolicySigner {
            access_key: LOCAL_ACCESS_KEY.into(),
            secret: hex::encode(key),
            region: LOCAL_REGION.into(),
            bucket: LOCAL_BUCKET.into(),
        }
    }

    /// The signer of an S3-compatible bucket (`[cdn.s3]`).
    pub fn s3(config: &S3Config) -> PolicySigner {
        PolicySigner {
            access_key: config.access_key_id.clone(),
            secret: config.secret_access_key.clone(),
            region: config.region.clone(),
            bucket: config.bucket.clone(),
        }
    }

    /// `hex(HMAC(signing key(day, region, "s3"), policy))`.
    pub fn sign(&self, day: &str, region: &str, policy_b64: &str) -> String {
        hex::encode(hmac_sha256(
            &sigv4_signing_key(&self.secret, day, region, "s3"),
            policy_b64.as_bytes(),
        ))
    }

    /// A form that lets its holder upload one object of at most `max_bytes` under
    /// `object_key` until `now + ttl`.
    pub fn form(
        &self,
        object_key: &str,
        max_bytes: u64,
        now: chrono::DateTime<chrono::Utc>,
        ttl_secs: u64,
    ) -> PolicyForm {
        let day = now.format("%Y%m%d").to_string();
        let date = now.format("%Y%m%dT%H%M%SZ").to_string();
        let credential = format!("{}/{day}/{}/s3/aws4_request", self.access_key, self.region);
        let expiration = (now + chrono::Duration::seconds(ttl_secs as i64))
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string();
        let policy = serde_json::json!({
            "expiration": expiration,
            "conditions": [
                {"bucket": self.bucket},
                {"key": object_key},
                {"acl": "private"},
                ["starts-with", "$Content-Type", ""],
                ["content-length-range", 1, max_bytes],
                {"x-amz-credential": credential},
                {"x-amz-algorithm": ALGORITHM},
                {"x-amz-date": date},
            ]
        });
        let policy = base64::engine::general_purpose::STANDARD.encode(policy.to_string());
        let signature = self.sign(&day, &self.region, &policy);
        PolicyForm {
            key: object_key.to_owned(),
            credential,
            acl: "private".into(),
            algorithm: ALGORITHM.into(),
            date,
            policy,
            signature,
        }
    }

    /// Checks a posted form (field names lower-cased) and a file of `file_len` bytes
    /// against this signer: signature, expiry and every condition of the policy. Returns
    /// the object key to store the file under. Failures are 403, as S3 answers.
    pub fn verify_post(
        &self,
        fields: &std::collections::HashMap<String, String>,
        file_len: u64,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<String> {
        let forbidden = |why: String| Error::Forbidden(format!("upload policy rejected: {why}"));
        let field = |name: &str| {
            fields
                .get(name)
                .map(String::as_str)
                .ok_or_else(|| forbidden(format!("missing field {name}")))
        };
        if field("x-amz-algorithm")? != ALGORITHM {
            return Err(forbidden("unsupported algorithm".into()));
        }
        let credential = field("x-amz-credential")?;
        let parts: Vec<&str> = credential.split('/').collect();
        let [access_key, day, region, "s3", "aws4_request"] = parts[..] else {
            return Err(forbidden("malformed credential".into()));
        };
        if access_key != self.access_key {
            return Err(forbidden("unknown access key".into()));
        }
        let policy_b64 = field("policy")?;
        let expected = self.sign(day, region, policy_b64);
        let given = field("x-amz-signature")?;
        if !bool::from(expected.as_bytes().ct_eq(given.as_bytes())) {
            return Err(forbidden("bad signature".into()));
        }
        let policy: serde_json::Value = base64::engine::general_purpose::STANDARD
            .decode(policy_b64)
            .ok()
            .and_then(|p| serde_json::from_slice(&p).ok())
            .ok_or_else(|| forbidden("malformed policy".into()))?;
        let expiration = policy["expiration"]
            .as_str()
            .and_then(|e| chrono::DateTime::parse_from_rfc3339(e).ok())
            .ok_or_else(|| forbidden("policy has no valid expiration".into()))?;
        if now > expiration {
            return Err(forbidden("policy expired".into()));
        }
        let conditions = policy["conditions"]
            .as_array()
            .ok_or_else(|| forbidden("policy has no conditions".into()))?;
        let mut key = None;
        for condition in conditions {
            match condition {
                serde_json::Value::Object(map) => {
                    for (name, want) in map {
                        let name = name.to_ascii_lowercase();
                        let want = want.as_str().unwrap_or_default();
                        if name == "bucket" {
                            if want != self.bucket {
                                return Err(forbidden("wrong bucket".into()));
                            }
                            continue;
                        }
                        if field(&name)? != want {
                            return Err(forbidden(format!("field {name} does not match")));
                        }
                        if name == "key" {
                            key = Some(want.to_owned());
                        }
                    }
                }
                serde_json::Value::Array(items) => match items.first().and_then(|v| v.as_str()) {
                    Some("content-length-range") => {
                        let min = items.get(1).and_then(|v| v.as_u64()).unwrap_or(0);
                        let max = items.get(2).and_then(|v| v.as_u64()).unwrap_or(0);
                        if file_len < min || file_len > max {
                            return Err(forbidden(format!(
                                "file of {file_len} bytes outside {min}..={max}"
                            )));
                        }
                    }
                    Some("starts-with") => {
                        let name = items
                            .get(1)
                            .and_then(|v| v.as_str())
                            .unwrap_or_default()
                            .trim_start_matches('$')
                            .to_ascii_lowercase();
                        let prefix = items.get(2).and_then(|v| v.as_str()).unwrap_or_default();
                        let value = fields.get(&name).map(String::as_str).unwrap_or_default();
                        if !value.starts_with(prefix) {
                            return Err(forbidden(format!("field {name} does not match")));
                        }
                    }
                    _ => return Err(forbidden("unknown policy condition".into())),
                },
                _ => return Err(forbidden("unknown policy condition".into())),
            }
        }
        let key = key.ok_or_else(|| forbidden("policy names no key".into()))?;
        if !valid_object_key(&key) {
            return Err(forbidden("invalid key".into()));
        }
        Ok(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configured_from_toml_and_environment() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("c.toml");
        std::fs::write(
            &file,
            "[cdn]\npublic_url = \"https://chat.example.org/cdn\"\nmax_attachment_bytes = 1000\n",
        )
        .unwrap();
        let c = Config::load(Some(&file), Vec::new()).unwrap();
        assert_eq!(c.cdn.max_attachment_bytes, 1000);
        assert_eq!(c.cdn.attachment_cdn, 2);
        assert_eq!(c.cdn.dir(&c), c.data_dir.join("cdn"));
        let env = vec![(
            "SIGNAL_CDN".to_string(),
            r#"{ s3 = { bucket = "b", region = "r", access_key_id = "a", secret_access_key = "s" } }"#
                .to_string(),
        )];
        let c = Config::load(None, env).unwrap();
        assert_eq!(c.cdn.s3.unwrap().bucket, "b");
        let bad = vec![("SIGNAL_CDN".to_string(), "{ nope = 1 }".to_string())];
        assert!(Config::load(None, bad).is_err());
    }

    #[test]
    fn object_keys() {
        assert!(valid_object_key("attachments/abcDEF-_09"));
        assert!(valid_object_key("stickers/00ff/full/3"));
        assert!(valid_object_key("stickers/00ff/manifest.proto"));
        assert!(!valid_object_key("attachments/../x"));
        assert!(!valid_object_key("attachments/"));
        assert!(!valid_object_key("other/x"));
        assert!(!valid_object_key("profiles/a//b"));
        assert!(!valid_object_key("attachments/.tmp-1"));
        assert!(!valid_object_key("attachments/abc.partial"));
    }

    #[test]
    fn policy_round_trip() {
        let signer = PolicySigner::local(&[7u8; 32]);
        let now = chrono::Utc::now();
        let form = signer.form("profiles/abc", 100, now, 60);
        let mut fields: std::collections::HashMap<String, String> = [
            ("key", form.key.as_str()),
            ("acl", "private"),
            ("x-amz-algorithm", form.algorithm.as_str()),
            ("x-amz-credential", form.credential.as_str()),
            ("x-amz-date", form.date.as_str()),
            ("policy", form.policy.as_str()),
            ("x-amz-signature", form.signature.as_str()),
            ("content-type", "application/octet-stream"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(
            signer.verify_post(&fields, 10, now).unwrap(),
            "profiles/abc"
        );
        assert!(signer.verify_post(&fields, 101, now).is_err());
        assert!(signer
            .verify_post(&fields, 10, now + chrono::Duration::seconds(120))
            .is_err());
        fields.insert("key".into(), "profiles/other".into());
        assert!(signer.verify_post(&fields, 10, now).is_err());
    }

    #[test]
    fn sigv4_key_matches_the_aws_example() {
        // AWS's published SigV4 example (IAM, 2015-08-30): signing key and signature.
        let key = sigv4_signing_key(
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            "20150830",
            "us-east-1",
            "iam",
        );
        assert_eq!(
            hex::encode(key),
            "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"
        );
        let string_to_sign = "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\nf536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59";
        assert_eq!(
            hex::encode(hmac_sha256(&key, string_to_sign.as_bytes())),
            "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
        );
    }

    #[test]
    fn upload_locations() {
        let key = [1u8; 32];
        let url = signed_upload_location("http://h:8/cdn", &key, "attachments/k", 100);
        assert!(url.starts_with("http://h:8/upload/attachments/k?expires=100&"));
        for (base, origin_) in [
            ("https://h/cdn/", "https://h"),
            ("https://h", "https://h"),
            ("https://h/", "https://h"),
            ("http://h:8/a/b", "http://h:8"),
        ] {
            assert_eq!(origin(base), origin_);
        }
        let query = url.split_once('?').unwrap().1;
        assert!(verify_upload_location(&key, "attachments/k", Some(query), 50).is_ok());
        assert!(verify_upload_location(&key, "attachments/k", Some(query), 101).is_err());
        assert!(verify_upload_location(&key, "attachments/j", Some(query), 50).is_err());
        assert!(verify_upload_location(&[2u8; 32], "attachments/k", Some(query), 50).is_err());
    }
}
