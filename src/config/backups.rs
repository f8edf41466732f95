//! `[backups]`: message and media backups.

use serde::{Deserialize, Serialize};

/// Settings of backups (`[backups]` in the configuration file, `SIGNAL_BACKUPS` as an
/// inline table in the environment).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct BackupsConfig {
    /// Whether accounts may use backups at all (otherwise `PUT /v1/archives/backupid` and
    /// `GET /v1/archives/auth` answer 403).
    pub enabled: bool,
    /// Issue PAID credentials to every account, not only to those with a redeemed receipt.
    pub paid_by_default: bool,
    /// Receipt level that buys the paid backup tier (`POST /v1/archives/redeem-receipt`).
    pub paid_receipt_level: u64,
    /// CDN number announced for backup objects (upload forms, stored media, read auth).
    /// The built-in CDN serves every number; configure clients' URL for it as `/cdn`.
    pub cdn: i32,
    /// Media bytes a backup may hold; a copy that would exceed it is 413.
    pub media_quota_bytes: u64,
}

impl Default for BackupsConfig {
    fn default() -> Self {
        BackupsConfig {
            enabled: true,
            paid_by_default: false,
            paid_receipt_level: 201,
            cdn: 2,
            media_quota_bytes: 100 * 1024 * 1024 * 1024,
        }
    }
}
