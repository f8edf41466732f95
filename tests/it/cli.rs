//! The `signal-server` command line, run as a process: `--version`, `--help`, `migrate`,
//! `check-config`, `client-config`, `healthcheck`; and the example configuration in `deploy/`.

use crate::common;

use std::process::{Command, Output};

use base64::Engine;
use common::*;
use signal_server::Config;

/// `signal-server <args>` with only the given environment (none of the caller's `SIGNAL_*`).
fn run(args: &[&str], env: &[(&str, String)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_signal-server"));
    command.args(args).env_clear();
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("signal-server runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// The environment naming `config`'s database and data directory.
fn env_of(config: &Config) -> Vec<(&'static str, String)> {
    vec![
        ("SIGNAL_DATABASE_URL", config.database_url()),
        ("SIGNAL_DATA_DIR", config.data_dir.display().to_string()),
        ("SIGNAL_LISTEN", config.listen.to_string()),
    ]
}

#[test]
fn version_and_help_list_every_setting() {
    let output = run(&["--version"], &[]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output).trim(),
        format!("signal-server {}", env!("CARGO_PKG_VERSION"))
    );
    let output = run(&["--help"], &[]);
    assert!(output.status.success());
    let help = stdout(&output);
    for command in [
        "serve",
        "migrate",
        "check-config",
        "client-config",
        "healthcheck",
    ] {
        assert!(
            help.contains(&format!("  {command} ")),
            "{command} in\n{help}"
        );
    }
    let fields = signal_server::cli::config_fields();
    assert!(fields.len() >= 18, "{fields:?}");
    for field in fields {
        let env = format!("SIGNAL_{}", field.to_ascii_uppercase());
        assert!(
            help.contains(&format!("  {field}  ({env}; default: ")),
            "{field} / {env} missing from --help"
        );
    }
    // An unknown argument is a usage error, not a crash.
    let output = run(&["--bogus"], &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--bogus"));
}

#[test]
fn check_config_prints_effective_settings_without_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.toml");
    std::fs::write(
        &file,
        "max_devices = 3\n[services.turn]\nsecret = \"turn-secret-value\"\n",
    )
    .unwrap();
    let env = [
        ("SIGNAL_MAX_DEVICES", "4".to_string()),
        (
            "SIGNAL_DATABASE_URL",
            "postgres://signal:db-password-value@db.internal:5432/signal".to_string(),
        ),
    ];
    let output = run(&["--config", file.to_str().unwrap(), "check-config"], &env);
    assert!(output.status.success(), "{output:?}");
    let text = stdout(&output);
    assert!(!text.contains("turn-secret-value"), "{text}");
    assert!(!text.contains("db-password-value"), "{text}");
    let effective: toml::Table = toml::from_str(&text).unwrap();
    assert_eq!(
        effective["max_devices"].as_integer(),
        Some(4),
        "env wins over the file"
    );
    assert_eq!(
        effective["database_url"].as_str(),
        Some("postgres://signal:<redacted>@db.internal:5432/signal")
    );
    assert_eq!(
        effective["services"]["turn"]["secret"].as_str(),
        Some("<redacted>")
    );

    // An invalid configuration fails with the reason and no backtrace.
    let output = run(
        &["check-config"],
        &[("SIGNAL_LISTEN", "nowhere".to_string())],
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("invalid configuration"), "{stderr}");
}

#[tokio::test]
async fn client_config_matches_the_running_servers_keys() {
    let server = TestServer::start().await;
    let mut env = env_of(&server.config);
    env.push(("SIGNAL_PUBLIC_URL", "https://chat.example.org/".to_string()));
    let output = run(&["client-config"], &env);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["service_url"], "https://chat.example.org");
    assert_eq!(json["cdn_urls"]["2"], "https://chat.example.org/cdn");
    assert_eq!(json["attachment_cdn"], 2);
    // The same keys the server published in its data directory at start-up.
    let published = |file: &str| {
        std::fs::read_to_string(server.config.data_dir.join(file))
            .unwrap()
            .trim()
            .to_string()
    };
    assert_eq!(
        json["unidentified_delivery_trust_root"],
        published("trust-root.pub")
    );
    assert_eq!(
        json["zkgroup_server_public_params"],
        published("zkgroup-public-params")
    );
    assert_eq!(
        json["generic_server_public_params"],
        published("zkgroup-generic-public-params")
    );
    assert_eq!(
        json["backup_server_public_params"],
        published("zkgroup-backup-public-params")
    );
    let root = base64::engine::general_purpose::STANDARD
        .decode(json["unidentified_delivery_trust_root"].as_str().unwrap())
        .unwrap();
    assert_eq!((root.len(), root[0]), (33, 0x05));
    assert_eq!(json["sources"]["zkgroup_server_public_params"], "database");
    server.stop().await;
}

// The server runs on the other worker thread while this one waits for the process.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthcheck_exits_by_the_servers_liveness() {
    let server = TestServer::start().await;
    let addr = server.base.trim_start_matches("http://").to_string();
    let output = run(&["healthcheck"], &[("SIGNAL_LISTEN", addr.clone())]);
    assert!(output.status.success(), "{output:?}");
    server.stop().await;
    let output = run(
        &["healthcheck", "--timeout", "2"],
        &[("SIGNAL_LISTEN", addr)],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unhealthy"));
}

#[tokio::test]
async fn migrate_prepares_a_fresh_database() {
    let (config, dir, pg) = test_config().await;
    let output = run(&["migrate"], &env_of(&config));
    assert!(output.status.success(), "{output:?}");
    assert!(
        stdout(&output).starts_with("database migrated: "),
        "{output:?}"
    );
    // A server on the migrated database is ready at once.
    let server = TestServer::start_with(config, dir, pg).await;
    let ready: serde_json::Value = reqwest::get(server.url("/readyz"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ready["migrations"], "ok");
    server.stop().await;
}

#[test]
fn example_configuration_loads_and_covers_every_setting() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/deploy/signal-server.example.toml"
    );
    let config = Config::load(Some(std::path::Path::new(path)), Vec::new()).unwrap();
    let defaults = Config::default();
    assert_eq!(config.listen, defaults.listen);
    assert_eq!(config.max_devices, defaults.max_devices);
    let text = std::fs::read_to_string(path).unwrap();
    // Every setting appears, set or commented out, with a comment line above it.
    for field in signal_server::cli::config_fields() {
        let documented = text.lines().enumerate().any(|(i, line)| {
            let line = line.trim_start_matches("# ");
            let named = line.starts_with(&format!("{field} ="))
                || line.starts_with(&format!("[{field}]"))
                || line.starts_with(&format!("[{field}."));
            named && i > 0 && text.lines().nth(i - 1).is_some_and(|l| l.starts_with('#'))
        });
        assert!(documented, "{field} is not in {path}");
    }
}

/// `serve` with stderr piped until its start-up summary line; the lines read so far.
async fn start_up_lines(env: &[(&str, String)]) -> Vec<String> {
    use tokio::io::AsyncBufReadExt;
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_signal-server"));
    command
        .arg("serve")
        .env_clear()
        .envs(env.iter().map(|(k, v)| (k, v)))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true);
    let mut child = command.spawn().unwrap();
    let mut lines = tokio::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let mut seen = Vec::new();
    let read = async {
        while let Some(line) = lines.next_line().await.unwrap() {
            let done = line.contains("signal-server listening");
            seen.push(line);
            if done {
                break;
            }
        }
    };
    tokio::time::timeout(std::time::Duration::from_secs(30), read)
        .await
        .expect("start-up summary within 30 s");
    child.kill().await.unwrap();
    seen
}

#[tokio::test]
async fn logs_are_plain_or_json_when_not_on_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let env = vec![
        ("SIGNAL_DATA_DIR", dir.path().display().to_string()),
        ("SIGNAL_LISTEN", "127.0.0.1:0".to_string()),
    ];
    let lines = start_up_lines(&env).await;
    assert!(lines.iter().all(|l| !l.contains('\u{1b}')), "{lines:?}");
    let summary = lines.last().unwrap();
    for field in [
        "addr=127.0.0.1:",
        "admin=off",
        "storage=sqlite",
        "redis=off",
        "adapters=none",
    ] {
        assert!(summary.contains(field), "{field} in {summary}");
    }
    assert!(summary.contains("client-config"), "{summary}");

    let mut env = env;
    env.push(("SIGNAL_LOG_FORMAT", "json".to_string()));
    env.push(("SIGNAL_SERVICES", "{turn = {secret = \"x\"}}".to_string()));
    let lines = start_up_lines(&env).await;
    for line in &lines {
        serde_json::from_str::<serde_json::Value>(line).unwrap_or_else(|e| panic!("{e}: {line}"));
    }
    let summary: serde_json::Value = serde_json::from_str(lines.last().unwrap()).unwrap();
    assert_eq!(summary["fields"]["adapters"], "turn");
    assert_eq!(summary["fields"]["message"], "signal-server listening");
}
