//! Server configuration: built-in defaults, then an optional TOML file, then `SIGNAL_*`
//! environment variables, each layer overriding the one before.
//!
//! The file is named by `--config <path>` or `SIGNAL_CONFIG`. Every field below can be set
//! from the environment as `SIGNAL_<FIELD NAME IN UPPER CASE>`; the value is read as a TOML
//! value when it parses as one (numbers, booleans, inline tables such as
//! `SIGNAL_TEST_NUMBERS='{"+15555550100" = "123456"}'`) and as a string otherwise.
//! `DATABASE_URL` is accepted as an alias of `SIGNAL_DATABASE_URL`.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub mod backups;
pub mod captcha;
pub mod cdn;
pub mod ratelimit;
pub mod services;
pub mod zkgroup;

pub use zkgroup::ZkgroupConfig;

/// Everything the server can be configured with.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Address and port to listen on (`SIGNAL_LISTEN`). Port 0 picks a free port.
    pub listen: SocketAddr,
    /// Address of the admin listener serving Prometheus metrics at `/metrics` (and
    /// `/healthz`, `/readyz`), e.g. `127.0.0.1:9090` (`SIGNAL_ADMIN_LISTEN`). Keep it off the
    /// public network. Default: none (no metrics listener).
    pub admin_listen: Option<SocketAddr>,
    /// The URL clients reach this server at, e.g. `https://chat.example.org`
    /// (`SIGNAL_PUBLIC_URL`); printed by `signal-server client-config`. Default:
    /// `http://<listen>`.
    pub public_url: Option<String>,
    /// Database URL (`SIGNAL_DATABASE_URL` or `DATABASE_URL`): `sqlite://...` or
    /// `postgres://...`. Default: the SQLite file `signal.db` in `data_dir`.
    pub database_url: Option<String>,
    /// Directory for the SQLite database and the server's generated keys (`SIGNAL_DATA_DIR`).
    pub data_dir: PathBuf,
    /// Log filter in `tracing` env-filter syntax (`SIGNAL_LOG`), e.g. `info,signal_server=debug`.
    pub log: String,
    /// Log format: `text` or `json` (`SIGNAL_LOG_FORMAT`).
    pub log_format: String,
    /// Phone numbers whose verification code is fixed (test numbers); no code is sent to them.
    pub test_numbers: BTreeMap<String, String>,
    /// Maximum number of devices per account, the primary included.
    pub max_devices: u8,
    /// Redis URL for cross-process message notification (`redis://127.0.0.1:6379`); in-process when unset.
    pub redis_url: Option<String>,
    /// Remote-config entries answered by `GET /v1/config`, by name. An entry is either a plain
    /// string (enabled for everyone, with that value) or a table bucketing accounts:
    /// `[remote_config.name]` `percentage = 0..100`, `uuids = ["<aci>", ...]` (always in the
    /// bucket), `value` (answered in the bucket), `default_value` (answered outside it) and
    /// `hash_key` (hashed instead of the name). An account is in the bucket when its ACI is
    /// listed or when `abs(first 8 bytes of SHA-1(ACI bytes || hash key or name), big-endian)
    /// % 100 < percentage`; it gets `enabled` = whether it is in the bucket.
    pub remote_config: BTreeMap<String, RemoteConfigEntry>,
    /// Seconds a graceful shutdown waits for open connections before closing them.
    pub shutdown_grace_secs: u64,
    /// Seconds a request waits for a database connection before it is answered 503 with
    /// `Retry-After` (`SIGNAL_DB_ACQUIRE_TIMEOUT_SECS`): an unreachable database is reported
    /// at once instead of holding every request.
    pub db_acquire_timeout_secs: u64,
    /// Rate-limiter overrides by limiter name (see `ratelimit.rs` for names and defaults),
    /// e.g. `[rate_limits.registration]` `bucket_size = 6`, `permit_every_secs = 30`.
    pub rate_limits: BTreeMap<String, ratelimit::LimitConfig>,
    /// Outside services (`[services.storage]`, `[services.directory]`, `[services.svr2]`,
    /// `[services.payments]`, `[services.turn]`, `[services.subscriptions]`): shared
    /// secrets and settings; see `services::ServicesConfig`. Unconfigured services answer 503.
    pub services: services::ServicesConfig,
    /// zkgroup key material (`[zkgroup]`); generated and kept in the database when unset.
    pub zkgroup: ZkgroupConfig,
    /// The built-in CDN for attachments, avatars and stickers (`[cdn]`; see `cdn.rs`).
    pub cdn: cdn::CdnConfig,
    /// Message and media backups (`[backups]`; see `archives.rs`).
    pub backups: backups::BackupsConfig,
    /// Seconds between maintenance sweeps that delete expired sessions, records, refilled
    /// rate-limit buckets, stale backups and abandoned uploads (`maintenance.rs`); 0: none.
    pub maintenance_interval_secs: u64,
    /// Seconds a provisioning websocket stays open (as the reference, 90): then it closes
    /// with 1000 "Timeout", also when its provisioning message was sent and not answered.
    pub provisioning_timeout_secs: u64,
    /// Open connections at most (websockets included); beyond, new ones wait in the
    /// listen backlog (`conn.rs`).
    pub max_connections: usize,
    /// Seconds a connection with no request in flight may stay silent before it is closed
    /// (Jetty's idle timeout is 30 s).
    pub idle_timeout_secs: u64,
    /// Seconds a client has to send a request's headers.
    pub header_read_timeout_secs: u64,
    /// Captcha verification for registration sessions and challenges (`[captcha]`; see
    /// `captcha.rs`). Without a provider no captcha is accepted, unless
    /// `accept_any_for_development` is set.
    pub captcha: captcha::CaptchaConfig,
    /// `SIGNAL_*` environment variables that name no setting (warned about at start).
    #[serde(skip)]
    pub unknown_env: Vec<String>,
}

/// One `remote_config` entry: a plain value enabled for everyone, or a bucketed entry.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum RemoteConfigEntry {
    /// Enabled for every account, with this value.
    Value(String),
    /// Enabled for a share of accounts and for listed ones.
    Bucketed(BucketedRemoteConfig),
}

/// A remote-config entry enabled for `percentage` percent of accounts (chosen by hashing
/// each ACI with `hash_key`, or the entry's name) and for the accounts in `uuids`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct BucketedRemoteConfig {
    /// Share of accounts in the bucket, 0..=100.
    pub percentage: u8,
    /// ACIs always in the bucket.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uuids: Vec<uuid::Uuid>,
    /// Value answered to accounts in the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Value answered to accounts outside the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// Hashed with the ACI instead of the entry's name, to bucket several entries alike.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash_key: Option<String>,
}

impl RemoteConfigEntry {
    /// Whether the account `aci` gets the entry `name` enabled, and the value it gets.
    pub fn evaluate(&self, name: &str, aci: uuid::Uuid) -> (bool, Option<String>) {
        match self {
            RemoteConfigEntry::Value(value) => (true, Some(value.clone())),
            RemoteConfigEntry::Bucketed(entry) => {
                let in_bucket = entry.uuids.contains(&aci)
                    || bucket(aci, entry.hash_key.as_deref().unwrap_or(name))
                        < u64::from(entry.percentage);
                let value = if in_bucket {
                    entry.value.clone()
                } else {
                    entry.default_value.clone()
                };
                (in_bucket, value)
            }
        }
    }
}

/// The account's bucket 0..100 for `key`: `abs(BE i64 of SHA-1(aci || key)[0..8]) % 100`,
/// with `abs(i64::MIN)` taken as 0, as the real server does.
fn bucket(aci: uuid::Uuid, key: &str) -> u64 {
    use sha1::{Digest, Sha1};
    let mut hasher = Sha1::new();
    hasher.update(aci.as_bytes());
    hasher.update(key.as_bytes());
    let digest = hasher.finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    let value = i64::from_be_bytes(first);
    let magnitude = if value == i64::MIN {
        0
    } else {
        value.unsigned_abs()
    };
    magnitude % 100
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: "127.0.0.1:8080".parse().expect("valid default address"),
            admin_listen: None,
            public_url: None,
            database_url: None,
            data_dir: PathBuf::from("data"),
            log: "info".into(),
            log_format: "text".into(),
            test_numbers: BTreeMap::new(),
            max_devices: 6,
            redis_url: None,
            remote_config: BTreeMap::new(),
            shutdown_grace_secs: 10,
            db_acquire_timeout_secs: 5,
            rate_limits: BTreeMap::new(),
            services: Default::default(),
            zkgroup: ZkgroupConfig::default(),
            cdn: cdn::CdnConfig::default(),
            backups: backups::BackupsConfig::default(),
            maintenance_interval_secs: 3600,
            provisioning_timeout_secs: 90,
            max_connections: 10_000,
            idle_timeout_secs: 30,
            header_read_timeout_secs: 30,
            captcha: Default::default(),
            unknown_env: Vec::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {0}: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

impl Config {
    /// Loads the configuration from the optional file and the given environment.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config, ConfigError> {
        let mut table = toml::Table::try_from(Config::default())
            .map_err(|e| ConfigError::Invalid(e.to_string()))?;
        if let Some(path) = file {
            let text = std::fs::read_to_string(path)
                .map_err(|e| ConfigError::Read(path.to_path_buf(), e))?;
            let file_table: toml::Table =
                toml::from_str(&text).map_err(|e| ConfigError::Invalid(e.to_string()))?;
            merge(&mut table, file_table);
        }
        let mut from_env = toml::Table::new();
        let mut unknown_env = Vec::new();
        let fields = field_names();
        for (key, value) in env {
            let name = match key.as_str() {
                "DATABASE_URL" => "database_url".to_string(),
                "SIGNAL_CONFIG" => continue,
                k => match k.strip_prefix("SIGNAL_") {
                    Some(rest) => rest.to_ascii_lowercase(),
                    None => continue,
                },
            };
            // Other programs' variables share the prefix (a script's SIGNAL_SERVER_BIN):
            // named settings only; the rest is reported, not fatal.
            if !fields.contains(&name.as_str()) {
                unknown_env.push(key);
                continue;
            }
            // SIGNAL_DATABASE_URL wins over DATABASE_URL.
            if key == "DATABASE_URL" && from_env.contains_key("database_url") {
                continue;
            }
            from_env.insert(name, parse_env_value(&value));
        }
        merge(&mut table, from_env);
        let mut config: Config = table
            .try_into()
            .map_err(|e: toml::de::Error| ConfigError::Invalid(e.to_string()))?;
        unknown_env.sort();
        config.unknown_env = unknown_env;
        if let Some(name) = config.remote_config.iter().find_map(|(name, entry)| {
            matches!(entry, RemoteConfigEntry::Bucketed(b) if b.percentage > 100).then_some(name)
        }) {
            return Err(ConfigError::Invalid(format!(
                "remote_config.{name}: percentage must be 0..100"
            )));
        }
        zkgroup::validate(&config.zkgroup).map_err(ConfigError::Invalid)?;
        config.services.validate().map_err(ConfigError::Invalid)?;
        config.captcha.validate().map_err(ConfigError::Invalid)?;
        Ok(config)
    }

    /// The log filter to install: `log`, with the generated server's per-field warnings
    /// silenced (it logs every ignored JSON field at WARN, one line per field an
    /// unauthenticated client sends; unknown fields are ignored silently, as on the reference).
    pub fn log_filter(&self) -> String {
        format!("{},signal_api::server=error", self.log)
    }

    /// The database URL in use: the configured one, or SQLite in the data directory.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("signal.db").display()
            ),
        }
    }
}

/// The names of [`Config`]'s fields, as its `Deserialize` implementation declares them.
fn field_names() -> &'static [&'static str] {
    /// A deserializer that only records the field list `deserialize_struct` is handed.
    struct Fields(Option<&'static [&'static str]>);
    #[derive(Debug)]
    struct Stop;
    impl std::fmt::Display for Stop {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("stop")
        }
    }
    impl std::error::Error for Stop {}
    impl serde::de::Error for Stop {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Stop
        }
    }
    impl<'de> serde::Deserializer<'de> for &mut Fields {
        type Error = Stop;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
            Err(Stop)
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Stop> {
            self.0 = Some(fields);
            Err(Stop)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }
    static FIELDS: std::sync::OnceLock<&'static [&'static str]> = std::sync::OnceLock::new();
    FIELDS.get_or_init(|| {
        let mut probe = Fields(None);
        let _ = Config::deserialize(&mut probe);
        probe.0.unwrap_or(&[])
    })
}

/// Lays `over` onto `base` key by key: a table set in both is merged the same way, so a file's
/// `[cdn]` that sets one key keeps the defaults of the others, and `SIGNAL_CDN = "{ dir = ... }"`
/// keeps the file's other `[cdn]` keys. Any other value replaces the one below it.
fn merge(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(below)), toml::Value::Table(above)) => merge(below, above),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

fn parse_env_value(value: &str) -> toml::Value {
    toml::from_str::<toml::Table>(&format!("v = {value}"))
        .ok()
        .and_then(|mut t| t.remove("v"))
        .unwrap_or_else(|| toml::Value::String(value.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn layers_override_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("c.toml");
        std::fs::write(
            &file,
            "listen = \"127.0.0.1:9000\"\nmax_devices = 3\nlog = \"debug\"\n",
        )
        .unwrap();
        let c = Config::load(
            Some(&file),
            env(&[("SIGNAL_MAX_DEVICES", "4"), ("HOME", "/x")]),
        )
        .unwrap();
        assert_eq!(c.listen.port(), 9000);
        assert_eq!(c.max_devices, 4);
        assert_eq!(c.log, "debug");
        let c = Config::load(
            None,
            env(&[("SIGNAL_TEST_NUMBERS", "{\"+15555550100\" = \"123456\"}")]),
        )
        .unwrap();
        assert_eq!(c.test_numbers["+15555550100"], "123456");
        let c = Config::load(
            None,
            env(&[
                ("DATABASE_URL", "postgres://a"),
                ("SIGNAL_DATABASE_URL", "postgres://b"),
            ]),
        )
        .unwrap();
        assert_eq!(c.database_url.as_deref(), Some("postgres://b"));
        // Unknown SIGNAL_* variables are other programs' business: reported, not fatal.
        let c = Config::load(
            None,
            env(&[("SIGNAL_NO_SUCH_FIELD", "1"), ("SIGNAL_SERVER_BIN", "/x")]),
        )
        .unwrap();
        assert_eq!(c.unknown_env, ["SIGNAL_NO_SUCH_FIELD", "SIGNAL_SERVER_BIN"]);
        assert_eq!(c.max_devices, Config::default().max_devices);
        // A known setting with a bad value still is.
        assert!(Config::load(None, env(&[("SIGNAL_MAX_DEVICES", "many")])).is_err());
        assert!(Config::load(None, env(&[("SIGNAL_LISTEN", "not an address")])).is_err());
    }

    #[test]
    fn tables_merge_key_by_key() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("c.toml");
        std::fs::write(
            &file,
            "[cdn]\npublic_url = \"https://cdn.example\"\nattachment_cdn = 3\n",
        )
        .unwrap();
        let c = Config::load(
            Some(&file),
            env(&[("SIGNAL_CDN", "{ attachment_cdn = 2 }")]),
        )
        .unwrap();
        assert_eq!(c.cdn.public_url.as_deref(), Some("https://cdn.example"));
        assert_eq!(c.cdn.attachment_cdn, 2);
        let defaults = Config::default().cdn;
        assert_eq!(c.cdn.max_attachment_bytes, defaults.max_attachment_bytes);
        assert_eq!(c.cdn.upload_ttl_secs, defaults.upload_ttl_secs);
    }

    #[test]
    fn zkgroup_params_are_validated() {
        use base64::Engine;
        let b64 = |b: &[u8]| base64::engine::general_purpose::STANDARD.encode(b);
        let server = crate::crypto::zkgroup::ServerSecretParams::generate(&[5u8; 32]).serialize();
        let generic =
            crate::crypto::zkgroup::GenericServerSecretParams::generate(&[6u8; 32]).serialize();
        let value = format!(
            "{{server_secret_params = \"{}\", generic_server_secret_params = \"{}\"}}",
            b64(&server),
            b64(&generic)
        );
        let c = Config::load(None, env(&[("SIGNAL_ZKGROUP", &value)])).unwrap();
        assert_eq!(c.zkgroup.server_secret_params, Some(b64(&server)));
        assert!(c.zkgroup.backup_server_secret_params.is_none());
        // Wrong kind, bad base64, truncated, unknown field: refused at load.
        for bad in [
            format!("{{server_secret_params = \"{}\"}}", b64(&generic)),
            "{generic_server_secret_params = \"not base64!\"}".to_string(),
            format!(
                "{{backup_server_secret_params = \"{}\"}}",
                b64(&generic[..384])
            ),
            "{server_secret = \"\"}".to_string(),
        ] {
            assert!(
                Config::load(None, env(&[("SIGNAL_ZKGROUP", &bad)])).is_err(),
                "{bad}"
            );
        }
    }
}
