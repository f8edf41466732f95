//! The command line: `signal-server [--config <file>] [serve|migrate|check-config|
//! client-config|healthcheck]`. `--help` lists every setting of [`Config`] with its
//! environment variable, its default and its documentation (read from `src/config/mod.rs`).

use std::path::PathBuf;
use std::time::Duration;

use base64::Engine;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use serde::de::Error as _;

use crate::Config;

/// A spec-first Rust implementation of the Signal chat server.
#[derive(Debug, Parser)]
#[command(name = "signal-server", version, about)]
pub struct Cli {
    /// TOML configuration file; `SIGNAL_*` environment variables override its settings.
    #[arg(short, long, env = "SIGNAL_CONFIG", global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum Command {
    /// Run the server until SIGINT or SIGTERM (the default).
    Serve,
    /// Apply the database migrations and exit.
    Migrate,
    /// Load and validate the configuration and print the effective settings as TOML, with
    /// secrets redacted.
    CheckConfig,
    /// Print, as JSON, what a client build needs to talk to this server: its URL, the CDN
    /// URLs and numbers, the sealed-sender trust root and the three zkgroup public params.
    /// Reads (and on first use creates) the server's keys in the database.
    ClientConfig,
    /// Exit 0 when `GET /healthz` on the configured listen address answers 200, else 1
    /// (for container health checks).
    Healthcheck {
        /// Seconds to wait for the answer.
        #[arg(long, default_value_t = 5)]
        timeout: u64,
    },
}

impl Cli {
    /// Parses the process arguments (exits with the usage on errors, `--help`, `--version`).
    pub fn parse_args() -> Cli {
        let matches = Cli::command()
            .after_help("`signal-server --help` lists every setting and its environment variable.")
            .after_long_help(settings_help())
            .get_matches();
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
    }

    /// The configuration: defaults, the file, then the environment.
    pub fn load_config(&self) -> anyhow::Result<Config> {
        let config = Config::load(self.config.as_deref(), std::env::vars())?;
        crate::domain::ratelimit::check_names(&config).map_err(anyhow::Error::msg)?;
        Ok(config)
    }
}

/// The names of [`Config`]'s fields, as serde sees them (every top-level setting).
pub fn config_fields() -> &'static [&'static str] {
    struct Capture<'a>(&'a mut &'static [&'static str]);
    impl<'de> serde::Deserializer<'de> for Capture<'_> {
        type Error = serde::de::value::Error;
        fn deserialize_any<V: serde::de::Visitor<'de>>(
            self,
            _: V,
        ) -> Result<V::Value, Self::Error> {
            Err(Self::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(Self::Error::custom("fields captured"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }
    let mut fields: &'static [&'static str] = &[];
    let _ = <Config as serde::Deserialize>::deserialize(Capture(&mut fields));
    fields
}

/// The doc comment of each field of `Config` in `src/config/mod.rs`, by field name.
pub fn config_docs() -> Vec<(&'static str, String)> {
    let source = include_str!("config/mod.rs");
    let mut docs = Vec::new();
    let mut in_struct = false;
    let mut doc = String::new();
    // A field serde skips (`#[serde(skip)]`) is no setting.
    let mut skip = false;
    for line in source.lines() {
        if line.starts_with("pub struct Config {") {
            in_struct = true;
            continue;
        }
        if !in_struct {
            continue;
        }
        if line == "}" {
            break;
        }
        let line = line.trim();
        if let Some(text) = line.strip_prefix("///") {
            if !doc.is_empty() {
                doc.push(' ');
            }
            doc.push_str(text.trim());
        } else if line == "#[serde(skip)]" {
            skip = true;
        } else if let Some((name, _)) = line.strip_prefix("pub ").and_then(|l| l.split_once(':')) {
            let doc = std::mem::take(&mut doc);
            if !std::mem::take(&mut skip) {
                docs.push((name.trim(), doc));
            }
        }
    }
    docs
}

/// The environment variable of a setting.
pub fn env_var(field: &str) -> String {
    format!("SIGNAL_{}", field.to_ascii_uppercase())
}

/// `--help`'s list of settings.
pub fn settings_help() -> String {
    let defaults = toml::Table::try_from(Config::default()).unwrap_or_default();
    let docs = config_docs();
    let mut out = String::from(
        "Settings: built-in defaults, then the --config TOML file, then environment variables \
         (a value is read as TOML when it parses as one: numbers, booleans, inline tables \
         such as SIGNAL_CDN='{public_url = \"https://chat.example.org/cdn\"}'). \
         deploy/signal-server.example.toml documents every setting.\n",
    );
    for field in config_fields() {
        let default = match defaults.get(*field) {
            None => "unset".to_string(),
            Some(toml::Value::Table(t)) if t.is_empty() => "empty".to_string(),
            Some(toml::Value::Table(_)) => format!("see [{field}]"),
            Some(value) => value.to_string(),
        };
        let doc = docs
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, doc)| doc.as_str())
            .unwrap_or("");
        out.push_str(&format!(
            "\n  {field}  ({}; default: {default})\n      {}\n",
            env_var(field),
            wrap(doc, 86).join("\n      ")
        ));
    }
    out
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("one line");
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

const REDACTED: &str = "<redacted>";

/// Whether a setting named `key` holds a secret.
fn is_secret(key: &str) -> bool {
    key != "hash_key"
        && (key.contains("secret")
            || key.contains("password")
            || key.contains("token")
            || key.ends_with("_key"))
}

/// `url` without the password of its user info.
fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    match rest[..authority_end].rsplit_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split_once(':').map_or(userinfo, |(u, _)| u);
            let password = if userinfo.contains(':') {
                format!(":{REDACTED}")
            } else {
                String::new()
            };
            format!(
                "{scheme}://{user}{password}@{host}{}",
                &rest[authority_end..]
            )
        }
        None => url.to_string(),
    }
}

fn redact(table: &mut toml::Table) {
    for (key, value) in table.iter_mut() {
        match value {
            toml::Value::Table(inner) => redact(inner),
            toml::Value::String(s) if is_secret(key) => *s = REDACTED.to_string(),
            toml::Value::String(s) if key.ends_with("url") => *s = redact_url(s),
            _ => {}
        }
    }
}

/// The effective configuration as TOML, secrets redacted (`check-config`).
pub fn effective_config(config: &Config) -> anyhow::Result<String> {
    let mut table = toml::Table::try_from(config)?;
    redact(&mut table);
    Ok(toml::to_string_pretty(&table)?)
}

/// The URL clients reach this server at.
pub fn service_url(config: &Config) -> String {
    match &config.public_url {
        Some(url) => url.trim_end_matches('/').to_string(),
        None => format!("http://{}", config.listen),
    }
}

/// What a client build needs (`client-config`), reading the keys from the database (made
/// there on first use, as the server does on start-up).
pub async fn client_config(config: &Config) -> anyhow::Result<serde_json::Value> {
    std::fs::create_dir_all(&config.data_dir)?;
    let db = crate::db::connect(&config.database_url()).await?;
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let trust_root = crate::domain::certificates::trust_root_public_key(&db).await?;
    let zk = crate::domain::zkgroup::load(&db, &config.zkgroup).await?;
    let service_url = service_url(config);
    let cdn_url = match &config.cdn.public_url {
        Some(url) => url.trim_end_matches('/').to_string(),
        None => format!("{service_url}/cdn"),
    };
    let configured = |set: bool| if set { "configuration" } else { "database" };
    let z = &config.zkgroup;
    Ok(serde_json::json!({
        "service_url": service_url,
        "websocket_url": format!("{}/v1/websocket/", service_url.replacen("http", "ws", 1)),
        "cdn_urls": {
            "0": cdn_url,
            "2": cdn_url,
            "3": cdn_url,
        },
        "attachment_cdn": config.cdn.attachment_cdn,
        "backup_cdn": config.backups.cdn,
        "unidentified_delivery_trust_root": b64(&trust_root),
        "zkgroup_server_public_params": b64(&zk.server.public_params()),
        "generic_server_public_params": b64(&zk.calling.public_params()),
        "backup_server_public_params": b64(&zk.backups.public_params()),
        "sources": {
            "unidentified_delivery_trust_root": "database",
            "zkgroup_server_public_params": configured(z.server_secret_params.is_some()),
            "generic_server_public_params": configured(z.generic_server_secret_params.is_some()),
            "backup_server_public_params": configured(z.backup_server_secret_params.is_some()),
        },
    }))
}

/// Applies the migrations (`migrate`); returns how many are applied in all.
pub async fn migrate(config: &Config) -> anyhow::Result<usize> {
    use migration::MigratorTrait;
    std::fs::create_dir_all(&config.data_dir)?;
    let db = crate::db::connect(&config.database_url()).await?;
    Ok(migration::Migrator::get_applied_migrations(&db)
        .await?
        .len())
}

/// `GET /healthz` on the configured listen address (`healthcheck`): Ok when it answers 200.
pub async fn healthcheck(config: &Config, timeout: Duration) -> anyhow::Result<()> {
    use http_body_util::Empty;
    use hyper_util::rt::TokioIo;
    let mut addr = config.listen;
    if addr.ip().is_unspecified() {
        addr.set_ip(match addr {
            std::net::SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
            std::net::SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
        });
    }
    let check = async {
        let stream = tokio::net::TcpStream::connect(addr).await?;
        let (mut sender, conn) =
            hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(conn);
        let request = hyper::Request::get("/healthz")
            .header(hyper::header::HOST, addr.to_string())
            .body(Empty::<bytes::Bytes>::new())?;
        let status = sender.send_request(request).await?.status();
        anyhow::ensure!(
            status == hyper::StatusCode::OK,
            "GET /healthz answered {status}"
        );
        Ok(())
    };
    tokio::time::timeout(timeout, check)
        .await
        .map_err(|_| anyhow::anyhow!("no answer from {addr} within {timeout:?}"))?
}

/// The start-up summary line's fields.
pub struct Summary {
    /// `sqlite (<file>)` or `postgres`.
    pub storage: String,
    /// `off`, `connected (<url>)` or `disconnected (<url>)`, passwords redacted.
    pub redis: String,
    /// The outside services with credentials configured, or `none`.
    pub adapters: String,
    /// Where clients' keys come from.
    pub client_config: String,
}

/// The one start-up summary line's fields: storage backend, Redis, configured adapters,
/// where the client configuration comes from.
pub fn summary(config: &Config, redis_up: Option<bool>) -> Summary {
    let url = config.database_url();
    let storage = match url.split_once(':').map(|(scheme, _)| scheme) {
        Some("sqlite") => format!("sqlite ({})", url.trim_start_matches("sqlite://")),
        Some(scheme) => scheme.to_string(),
        None => "unknown".to_string(),
    };
    let redis = match (&config.redis_url, redis_up) {
        (None, _) => "off (events stay in this process)".to_string(),
        (Some(url), Some(true)) => format!("connected ({})", redact_url(url)),
        (Some(url), _) => format!("disconnected ({})", redact_url(url)),
    };
    let s = &config.services;
    let adapters: Vec<&str> = [
        ("storage", s.storage.user_auth_key.is_some()),
        ("directory", s.directory.user_auth_key.is_some()),
        ("svr2", s.svr2.user_auth_key.is_some()),
        ("payments", s.payments.user_auth_key.is_some()),
        ("turn", s.turn.secret.is_some()),
        ("s3", config.cdn.s3.is_some()),
    ]
    .into_iter()
    .filter_map(|(name, set)| set.then_some(name))
    .collect();
    let adapters = if adapters.is_empty() {
        "none".to_string()
    } else {
        adapters.join(",")
    };
    let zkgroup = if config.zkgroup.server_secret_params.is_some() {
        "configuration"
    } else {
        "database"
    };
    let client_config = format!(
        "trust root from the database, zkgroup params from the {zkgroup}; \
         `signal-server client-config` prints them for client builds"
    );
    Summary {
        storage,
        redis,
        adapters,
        client_config,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_is_documented_in_help() {
        let fields = config_fields();
        assert!(fields.contains(&"listen") && fields.contains(&"admin_listen"));
        let docs = config_docs();
        let help = settings_help();
        for field in fields {
            let doc = docs.iter().find(|(name, _)| name == field);
            assert!(
                doc.is_some_and(|(_, d)| !d.is_empty()),
                "{field} has no doc comment"
            );
            assert!(help.contains(&format!("\n  {field}  (SIGNAL_")), "{field}");
        }
        assert_eq!(docs.len(), fields.len());
    }

    #[test]
    fn secrets_are_redacted() {
        let config = Config::load(
            None,
            [
                (
                    "SIGNAL_DATABASE_URL",
                    "postgres://app:hunter2@db:5432/signal",
                ),
                (
                    "SIGNAL_SERVICES",
                    "{turn = {secret = \"s3cr3t\"}, storage = {user_auth_key = \"abcd\"}}",
                ),
                ("SIGNAL_REDIS_URL", "redis://:pw@redis:6379"),
            ]
            .map(|(k, v)| (k.to_string(), v.to_string())),
        )
        .unwrap();
        let text = effective_config(&config).unwrap();
        for secret in ["hunter2", "s3cr3t", "abcd", ":pw@"] {
            assert!(!text.contains(secret), "{secret} in\n{text}");
        }
        assert!(
            text.contains("postgres://app:<redacted>@db:5432/signal"),
            "{text}"
        );
        assert!(text.contains("listen = \"127.0.0.1:8080\""), "{text}");
        // The redacted output still parses as a configuration.
        let parsed: toml::Table = toml::from_str(&text).unwrap();
        assert!(parsed.contains_key("services"));
    }
}
