//! `[zkgroup]`: the zkgroup server secrets.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::crypto::zkgroup::{GenericServerSecretParams, ServerSecretParams};

/// zkgroup secrets, each standard base64 (`SIGNAL_ZKGROUP='{server_secret_params = "..."}'`).
/// Unset values are generated on first start and stored in the `server_secrets` table, so
/// every process on the database shares them. The public halves are written to
/// `<data_dir>/zkgroup-public-params`, `zkgroup-generic-public-params` and
/// `zkgroup-backup-public-params`; clients must be built with them.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ZkgroupConfig {
    /// `ServerSecretParams` (2721 bytes): group auth credentials, profile-key and receipt
    /// credentials, group-send endorsements. Shared with the group-storage service.
    pub server_secret_params: Option<String>,
    /// `GenericServerSecretParams` version 0 (385 bytes) for call links (the calling
    /// service's params).
    pub generic_server_secret_params: Option<String>,
    /// `GenericServerSecretParams` version 0 (385 bytes) for backup auth credentials.
    pub backup_server_secret_params: Option<String>,
}

pub fn decode_server(text: &str) -> std::result::Result<ServerSecretParams, String> {
    let bytes = STANDARD
        .decode(text.trim())
        .map_err(|e| format!("zkgroup.server_secret_params: invalid base64: {e}"))?;
    ServerSecretParams::deserialize(&bytes)
        .map_err(|e| format!("zkgroup.server_secret_params: {e}"))
}

pub fn decode_generic(
    field: &str,
    text: &str,
) -> std::result::Result<GenericServerSecretParams, String> {
    let bytes = STANDARD
        .decode(text.trim())
        .map_err(|e| format!("zkgroup.{field}: invalid base64: {e}"))?;
    GenericServerSecretParams::deserialize(&bytes).map_err(|e| format!("zkgroup.{field}: {e}"))
}

/// Checks the configured secrets (base64, exact encoding, consistent public parts).
pub fn validate(cfg: &ZkgroupConfig) -> std::result::Result<(), String> {
    if let Some(s) = &cfg.server_secret_params {
        decode_server(s)?;
    }
    if let Some(s) = &cfg.generic_server_secret_params {
        decode_generic("generic_server_secret_params", s)?;
    }
    if let Some(s) = &cfg.backup_server_secret_params {
        decode_generic("backup_server_secret_params", s)?;
    }
    Ok(())
}
