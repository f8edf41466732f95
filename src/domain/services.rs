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
use signal_api::models;

pub use crate::config::services::{
    DerivedHmacServiceConfig, HmacServiceConfig, PaymentsConfig, ServicesConfig,
    SubscriptionsConfig, TurnConfig,
};
use crate::crypto::hmac_creds::{CredentialsGenerator, ExternalServiceCredentials};
use crate::error::{Error, Result};

/// SVR2 credentials presented to `POST /v2/backup/auth/check` are accepted for 30 days.
pub const SVR2_CHECK_MAX_AGE_SECS: u64 = 30 * 86_400;
/// At most this many tokens per `POST /v2/backup/auth/check`.
pub const MAX_AUTH_CHECK_TOKENS: usize = 10;

fn decode_key(value: &Option<String>) -> Option<Vec<u8>> {
    value.as_deref().and_then(|v| hex::decode(v.trim()).ok())
}

impl ServicesConfig {
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
pub fn identity(aci: &crate::types::Aci) -> String {
    aci.to_string()
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
    owner: Option<&crate::types::Aci>,
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
        let aci = crate::types::Aci(uuid::Uuid::new_v4());
        let other = crate::types::Aci(uuid::Uuid::new_v4());
        let now = 1_700_000_000;
        let token = |aci: &crate::types::Aci, t: u64| {
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
