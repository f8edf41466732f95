//! `[cdn]`: the built-in CDN.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::Config;

/// Settings of the built-in CDN (`[cdn]` in the configuration file, `SIGNAL_CDN` as an
/// inline table in the environment).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct CdnConfig {
    /// Base URL under which clients reach this server's CDN, e.g.
    /// `https://chat.example.org/cdn` (configure it as the client's CDN 0 and CDN 2 URL).
    /// Default: `http://<Host of the request>/cdn`.
    pub public_url: Option<String>,
    /// Directory holding the objects. Default: `<data_dir>/cdn`.
    pub dir: Option<PathBuf>,
    /// CDN number announced in attachment upload forms.
    pub attachment_cdn: i32,
    /// Largest attachment accepted, in bytes.
    pub max_attachment_bytes: u64,
    /// Lifetime of a signed attachment upload location and of its resumable session, in
    /// seconds (7 days: Android keeps resuming an upload that long). Unfinished uploads are
    /// swept after it (`domain/maintenance.rs`).
    pub upload_ttl_secs: u64,
    /// Lifetime of an avatar or sticker upload policy, in seconds.
    pub policy_ttl_secs: u64,
    /// An S3-compatible bucket for avatars and sticker packs (optional). When set, their
    /// upload forms are S3 POST policies signed for this bucket, and clients upload to it
    /// directly (their CDN 0 URL must point at the bucket); attachments stay on the
    /// built-in CDN. Old avatars are not deleted from the bucket.
    pub s3: Option<S3Config>,
}

/// Credentials of an S3-compatible bucket (`[cdn.s3]`).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct S3Config {
    pub bucket: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
}

impl Default for CdnConfig {
    fn default() -> Self {
        CdnConfig {
            public_url: None,
            dir: None,
            attachment_cdn: 2,
            max_attachment_bytes: 100 * 1024 * 1024,
            upload_ttl_secs: 7 * 24 * 3600,
            policy_ttl_secs: 30 * 60,
            s3: None,
        }
    }
}

impl CdnConfig {
    /// Where objects are stored.
    pub fn dir(&self, config: &Config) -> PathBuf {
        self.dir
            .clone()
            .unwrap_or_else(|| config.data_dir.join("cdn"))
    }
}
