//! Outside services the chat server hands clients credentials for, or answers for:
//! the storage service, CDSI (contact discovery), SVR2 (secure value recovery), MobileCoin
//! payments, TURN relays (coturn), currency conversions and the donation configuration.
//!
//! The shared secrets come from the `[services]` configuration (see [`ServicesConfig`]);
//! an operation whose service is not configured answers 503 naming the missing setting.
//! HMAC credentials follow signal-server-behaviour.md §7 (see `crypto::hmac_creds`).

use std::collections::BTreeMap;

use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use signal_api::models;

use crate::crypto::hmac_creds::{CredentialsGenerator, ExternalServiceCredentials};
use crate::error::{Error, Result};

/// SVR2 credentials presented to `POST /v2/backup/auth/check` are accepted for 30 days.
pub const SVR2_CHECK_MAX_AGE_SECS: u64 = 30 * 86_400;
/// At most this many tokens per `POST /v2/backup/auth/check`.
pub const MAX_AUTH_CHECK_TOKENS: usize = 10;

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

fn decode_key(value: &Option<String>) -> Option<Vec<u8>> {
    value.as_deref().and_then(|v| hex::decode(v.trim()).ok())
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

    /// Storage-service credentials generator, or 503.
    pub fn storage(&self) -> Result<CredentialsGenerator> {
        decode_key(&self.storage.user_auth_key)
            .map(CredentialsGenerator::storage)
            .ok_or_else(|| unconfigured("storage service", "services.storage.user_auth_key"))
    }

    /// Payments-service credentials generator, or 503.
    pub fn payments(&self) -> Result<CredentialsGenerator> {
        decode_key(&self.payments.user_auth_key)
            .map(CredentialsGenerator::storage)
            .ok_or_else(|| unconfigured("payments service", "services.payments.user_auth_key"))
    }

    /// CDSI credentials generator, or 503.
    pub fn directory(&self) -> Result<CredentialsGenerator> {
        let key = decode_key(&self.directory.user_auth_key).ok_or_else(|| {
            unconfigured(
                "contact discovery (CDSI)",
                "services.directory.user_auth_key",
            )
        })?;
        let user_key = decode_key(&self.directory.user_id_key).ok_or_else(|| {
            unconfigured("contact discovery (CDSI)", "services.directory.user_id_key")
        })?;
        Ok(CredentialsGenerator::directory_v2(key, user_key))
    }

    /// SVR2 credentials generator, or 503.
    pub fn svr2(&self) -> Result<CredentialsGenerator> {
        let key = decode_key(&self.svr2.user_auth_key).ok_or_else(|| {
            unconfigured(
                "secure value recovery (SVR2)",
                "services.svr2.user_auth_key",
            )
        })?;
        let user_key = decode_key(&self.svr2.user_id_key).ok_or_else(|| {
            unconfigured("secure value recovery (SVR2)", "services.svr2.user_id_key")
        })?;
        Ok(CredentialsGenerator::svr2(key, user_key))
    }
}

/// The 503 for a service whose setting is missing.
pub fn unconfigured(service: &str, setting: &str) -> Error {
    Error::Unavailable(format!("{service} is not configured (set {setting})"))
}

/// Seconds since the Unix epoch.
pub fn now_secs() -> u64 {
    (crate::db::now_millis() / 1000) as u64
}

/// The identity the HMAC credentials are issued for: the ACI as a lowercase hyphenated UUID.
pub fn identity(aci: &uuid::Uuid) -> String {
    aci.as_hyphenated().to_string()
}

// ---- SVR2 credential check ----------------------------------------------------------

/// The outcome for one token of `POST /v2/backup/auth/check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckResult {
    Match,
    NoMatch,
    Invalid,
}

/// Checks SVR2 tokens (`username:password`) a client holds against the ACI that now owns
/// the number (`owner`; `None` when no account has it), as the real server does:
/// a token that does not parse, has a bad signature or is older than 30 days is invalid;
/// of several valid tokens for one username only the newest counts (the others are
/// invalid); a counted token matches when its username is the one derived from `owner`.
pub fn check_svr2_tokens(
    generator: &CredentialsGenerator,
    tokens: &[String],
    owner: Option<&uuid::Uuid>,
    now: u64,
) -> Vec<(String, CheckResult)> {
    let mut results = Vec::new();
    // username -> (token, timestamp) of the newest valid token so far
    let mut best: BTreeMap<String, (String, u64)> = BTreeMap::new();
    for token in tokens {
        let Some((username, password)) = token.split_once(':') else {
            results.push((token.clone(), CheckResult::Invalid));
            continue;
        };
        let Some(timestamp) = generator.validate_and_get_timestamp(
            username,
            password,
            Some(SVR2_CHECK_MAX_AGE_SECS),
            now,
        ) else {
            results.push((token.clone(), CheckResult::Invalid));
            continue;
        };
        match best.get(username) {
            Some((_, best_ts)) if *best_ts >= timestamp => {
                results.push((token.clone(), CheckResult::Invalid));
            }
            _ => {
                if let Some((previous, _)) =
                    best.insert(username.to_owned(), (token.clone(), timestamp))
                {
                    results.push((previous, CheckResult::Invalid));
                }
            }
        }
    }
    let owner_username = owner.map(|aci| generator.username_for(&identity(aci)));
    for (username, (token, _)) in best {
        let result = if owner_username.as_deref() == Some(username.as_str()) {
            CheckResult::Match
        } else {
            CheckResult::NoMatch
        };
        results.push((token, result));
    }
    results
}

// ---- TURN relays --------------------------------------------------------------------

/// coturn REST-API credentials: `username = "<expiry>:<id>"`,
/// `password = base64(HMAC-SHA1(secret, username))`.
pub fn turn_credentials(secret: &str, expiry: u64, id: &str) -> ExternalServiceCredentials {
    let username = format!("{expiry}:{id}");
    let mut mac = <Hmac<sha1::Sha1> as KeyInit>::new_from_slice(secret.as_bytes())
        .expect("HMAC accepts keys of any length");
    mac.update(username.as_bytes());
    let digest: [u8; 20] = mac.finalize().into_bytes().into();
    let password = base64::engine::general_purpose::STANDARD.encode(digest);
    ExternalServiceCredentials { username, password }
}

/// The relays answered by `GET /v2/calling/relays`, or 503 when no TURN server is configured.
/// The credentials' id is random, so the TURN server does not learn who calls.
pub fn calling_relays(config: &TurnConfig, now: u64) -> Result<models::GetCallingRelaysResponse> {
    let secret = config
        .secret
        .as_deref()
        .ok_or_else(|| unconfigured("TURN relay", "services.turn.secret"))?;
    if config.urls.is_empty() {
        return Err(unconfigured("TURN relay", "services.turn.urls"));
    }
    let id = rand::random::<u32>().to_string();
    let credentials = turn_credentials(secret, now + config.ttl_secs, &id);
    Ok(models::GetCallingRelaysResponse {
        relays: Some(vec![models::TurnToken {
            username: Some(credentials.username),
            password: Some(credentials.password),
            urls: Some(config.urls.clone()),
            urls_with_ips: Some(config.urls_with_ips.clone()),
            hostname: config.hostname.clone(),
            ttl: Some(config.ttl_secs as i64),
        }]),
    })
}

// ---- currency conversions -----------------------------------------------------------

/// When the conversion table was first served (ms): its `timestamp`, as the real server
/// reports when its cached table was fetched.
pub fn conversions_loaded_at() -> i64 {
    static LOADED_AT: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    *LOADED_AT.get_or_init(crate::db::now_millis)
}

/// The configured conversion table, or 503 when none is configured.
pub fn conversions(
    config: &PaymentsConfig,
    loaded_at_ms: i64,
) -> Result<models::CurrencyConversionEntityList> {
    if config.conversions.is_empty() {
        return Err(unconfigured(
            "currency conversion",
            "services.payments.conversions",
        ));
    }
    Ok(models::CurrencyConversionEntityList {
        currencies: Some(
            config
                .conversions
                .iter()
                .map(|(base, rates)| models::CurrencyConversionEntity {
                    base: Some(base.clone()),
                    conversions: Some(rates.iter().map(|(k, v)| (k.clone(), *v)).collect()),
                })
                .collect(),
        ),
        timestamp: Some(loaded_at_ms),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turn_credentials_match_coturn() {
        // Python: base64.b64encode(hmac.new(b"secret", b"1700000000:42", hashlib.sha1).digest())
        let c = turn_credentials("secret", 1_700_000_000, "42");
        assert_eq!(c.username, "1700000000:42");
        let mut mac = <Hmac<sha1::Sha1> as KeyInit>::new_from_slice(b"secret").unwrap();
        mac.update(b"1700000000:42");
        let expected: [u8; 20] = mac.finalize().into_bytes().into();
        assert_eq!(
            base64::engine::general_purpose::STANDARD
                .decode(&c.password)
                .unwrap(),
            expected.to_vec()
        );
    }

    #[test]
    fn svr2_check_keeps_newest_per_username() {
        let g = CredentialsGenerator::svr2(b"k".to_vec(), b"u".to_vec());
        let aci = uuid::Uuid::new_v4();
        let other = uuid::Uuid::new_v4();
        let now = 1_700_000_000;
        let token = |aci: &uuid::Uuid, t: u64| {
            let c = g.generate(&identity(aci), t);
            format!("{}:{}", c.username, c.password)
        };
        let old = token(&aci, now - 100);
        let new = token(&aci, now - 10);
        let expired = token(&aci, now - SVR2_CHECK_MAX_AGE_SECS - 1);
        let theirs = token(&other, now);
        let tokens = vec![
            old.clone(),
            new.clone(),
            expired.clone(),
            theirs.clone(),
            "garbage".into(),
        ];
        let results: BTreeMap<_, _> = check_svr2_tokens(&g, &tokens, Some(&aci), now)
            .into_iter()
            .collect();
        assert_eq!(results[&old], CheckResult::Invalid);
        assert_eq!(results[&new], CheckResult::Match);
        assert_eq!(results[&expired], CheckResult::Invalid);
        assert_eq!(results[&theirs], CheckResult::NoMatch);
        assert_eq!(results["garbage"], CheckResult::Invalid);
        let results: BTreeMap<_, _> = check_svr2_tokens(&g, &tokens, None, now)
            .into_iter()
            .collect();
        assert_eq!(results[&new], CheckResult::NoMatch);
    }
}

#[cfg(test)]
mod config_tests {
    use crate::config::Config;

    #[test]
    fn services_load_from_toml_and_reject_bad_keys() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("c.toml");
        std::fs::write(
            &file,
            r#"
[services.storage]
user_auth_key = "00ff"
[services.svr2]
user_auth_key = "0102"
user_id_key = "0304"
[services.turn]
secret = "s"
urls = ["turn:example.org"]
[services.payments.conversions.MOB]
USD = 0.5
"#,
        )
        .unwrap();
        let c = Config::load(Some(&file), Vec::new()).unwrap();
        assert!(c.services.storage().is_ok());
        assert!(c.services.svr2().is_ok());
        assert!(c.services.directory().is_err());
        assert_eq!(c.services.turn.ttl_secs, 86_400);
        assert_eq!(c.services.payments.conversions["MOB"]["USD"], 0.5);
        // The default subscription configuration survives a partial [services] table.
        assert_eq!(
            c.services.subscriptions.configuration.sepa_maximum_euros,
            Some(10_000.0)
        );

        std::fs::write(&file, "[services.storage]\nuser_auth_key = \"not hex\"\n").unwrap();
        assert!(Config::load(Some(&file), Vec::new()).is_err());
        std::fs::write(&file, "[services.storage]\nno_such = 1\n").unwrap();
        assert!(Config::load(Some(&file), Vec::new()).is_err());
    }
}
