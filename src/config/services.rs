//! `[services]`: the outside services the chat server hands out credentials for.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use signal_api::models;

/// `[services]`: secrets and settings shared with the outside services. Everything is
/// optional; an operation whose service is not configured answers 503.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServicesConfig {
    /// `[services.storage]`: the storage service (`GET /v1/storage/auth`).
    pub storage: HmacServiceConfig,
    /// `[services.directory]`: CDSI contact discovery (`GET /v2/directory/auth`).
    pub directory: DerivedHmacServiceConfig,
    /// `[services.svr2]`: secure value recovery (`GET /v2/backup/auth`,
    /// `POST /v2/backup/auth/check`, and the credentials in 423 registration-lock answers).
    pub svr2: DerivedHmacServiceConfig,
    /// `[services.payments]`: MobileCoin payments (`GET /v1/payments/auth`,
    /// `GET /v1/payments/conversions`).
    pub payments: PaymentsConfig,
    /// `[services.turn]`: TURN relays for calls (`GET /v2/calling/relays`), coturn REST-API
    /// style credentials.
    pub turn: TurnConfig,
    /// `[services.subscriptions]`: donations and subscriptions.
    pub subscriptions: SubscriptionsConfig,
}

/// A service whose credentials are `username = ACI`, `password = ACI:timestamp:signature`.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct HmacServiceConfig {
    /// Hex. The HMAC-SHA256 key shared with the service
    /// (`userAuthenticationTokenSharedSecret` in Signal's configuration).
    pub user_auth_key: Option<String>,
}

/// A service whose usernames are derived from the ACI with a second key
/// (`username = hex(HMAC(user_id_key, ACI))` truncated), `password = timestamp:signature`.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DerivedHmacServiceConfig {
    /// Hex. The HMAC-SHA256 key that signs passwords (`userAuthenticationTokenSharedSecret`).
    pub user_auth_key: Option<String>,
    /// Hex. The HMAC-SHA256 key that derives usernames from ACIs (`userIdTokenSharedSecret`).
    pub user_id_key: Option<String>,
}

/// `[services.payments]`.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct PaymentsConfig {
    /// Hex. The HMAC-SHA256 key shared with the payments service
    /// (`paymentsService.userAuthenticationTokenSharedSecret`).
    pub user_auth_key: Option<String>,
    /// Currency conversions served by `GET /v1/payments/conversions`: base currency ->
    /// (currency -> rate), e.g. `[services.payments.conversions.MOB]` `USD = 0.25`.
    /// Empty: the operation answers 503.
    pub conversions: BTreeMap<String, BTreeMap<String, f64>>,
}

/// `[services.turn]`: a TURN server (e.g. coturn with `use-auth-secret`) sharing a secret
/// with the chat server.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct TurnConfig {
    /// The shared secret (coturn's `static-auth-secret`), used as-is (UTF-8) as the
    /// HMAC-SHA1 key.
    pub secret: Option<String>,
    /// TURN/STUN URLs handed to clients, e.g. `turn:turn.example.org:3478`.
    pub urls: Vec<String>,
    /// The same URLs with IP addresses instead of the host name (optional).
    pub urls_with_ips: Vec<String>,
    /// The host name clients use for TLS/SNI with `urls_with_ips` (optional).
    pub hostname: Option<String>,
    /// Lifetime of the credentials, in seconds (default one day).
    pub ttl_secs: u64,
}

impl Default for TurnConfig {
    fn default() -> Self {
        TurnConfig {
            secret: None,
            urls: Vec::new(),
            urls_with_ips: Vec::new(),
            hostname: None,
            ttl_secs: 86_400,
        }
    }
}

/// `[services.subscriptions]`.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SubscriptionsConfig {
    /// The body of `GET /v1/subscription/configuration`, verbatim, with the wire's field
    /// names (`currencies`, `levels`, `backup`, `sepaMaximumEuros`; see the API's
    /// `GetSubscriptionConfigurationResponse`). Default: no currencies and no levels (this
    /// server has no payment processor), backups with 30 free media days, and a SEPA maximum
    /// of 10000 euros.
    pub configuration: models::GetSubscriptionConfigurationResponse,
}

impl Default for SubscriptionsConfig {
    fn default() -> Self {
        SubscriptionsConfig {
            configuration: models::GetSubscriptionConfigurationResponse {
                currencies: Some(Default::default()),
                levels: Some(Default::default()),
                backup: Some(models::BackupConfiguration {
                    levels: Some(Default::default()),
                    free_tier_media_days: Some(30),
                }),
                sepa_maximum_euros: Some(10_000.0),
            },
        }
    }
}

impl ServicesConfig {
    /// Checks the settings (hex keys); called when the configuration is loaded.
    pub fn validate(&self) -> std::result::Result<(), String> {
        let keys = [
            (
                "services.storage.user_auth_key",
                &self.storage.user_auth_key,
            ),
            (
                "services.directory.user_auth_key",
                &self.directory.user_auth_key,
            ),
            (
                "services.directory.user_id_key",
                &self.directory.user_id_key,
            ),
            ("services.svr2.user_auth_key", &self.svr2.user_auth_key),
            ("services.svr2.user_id_key", &self.svr2.user_id_key),
            (
                "services.payments.user_auth_key",
                &self.payments.user_auth_key,
            ),
        ];
        for (name, value) in keys {
            if let Some(v) = value {
                match hex::decode(v.trim()) {
                    Ok(bytes) if !bytes.is_empty() => {}
                    _ => return Err(format!("{name} must be a non-empty hex string")),
                }
            }
        }
        if self.turn.secret.as_deref() == Some("") {
            return Err("services.turn.secret must not be empty".into());
        }
        Ok(())
    }
}
