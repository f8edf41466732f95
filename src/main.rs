//! `signal-server [--config <file.toml>] [serve|migrate|check-config|client-config|healthcheck]`
//! (see `cli.rs`; `--help` lists every setting).

use std::io::IsTerminal;

use signal_server::cli::{Cli, Command};
use signal_server::Config;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse_args();
    let config = cli.load_config()?;
    let _log_writer = init_logging(&config);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => {
            let applied = signal_server::cli::migrate(&config).await?;
            println!("database migrated: {applied} migrations applied");
            Ok(())
        }
        Command::CheckConfig => {
            print!("{}", signal_server::cli::effective_config(&config)?);
            Ok(())
        }
        Command::ClientConfig => {
            let value = signal_server::cli::client_config(&config).await?;
            println!("{}", serde_json::to_string_pretty(&value)?);
            Ok(())
        }
        Command::Healthcheck { timeout } => {
            let timeout = std::time::Duration::from_secs(timeout);
            if let Err(e) = signal_server::cli::healthcheck(&config, timeout).await {
                eprintln!("unhealthy: {e}");
                std::process::exit(1);
            }
            Ok(())
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let server = signal_server::start(config.clone()).await?;
    let summary = signal_server::cli::summary(&config, server.redis_up);
    tracing::info!(
        addr = %server.addr,
        admin = %server.admin_addr.map_or("off".to_string(), |a| format!("http://{a}/metrics")),
        storage = %summary.storage,
        redis = %summary.redis,
        adapters = %summary.adapters,
        client_config = %summary.client_config,
        "signal-server listening"
    );
    shutdown_signal().await;
    server.stop().await;
    Ok(())
}

/// Logs to standard error through a writer thread: a request never waits for the log, and
/// a log that cannot be written (a full disk, a closed pipe) loses lines instead of failing
/// requests (lines beyond the writer's buffer are dropped too; errors are not reported on
/// stderr, which may be the same file). The guard flushes the log when `main` returns.
fn init_logging(config: &Config) -> tracing_appender::non_blocking::WorkerGuard {
    let filter = tracing_subscriber::EnvFilter::try_new(config.log_filter())
        .unwrap_or_else(|_| "info".into());
    let (writer, guard) = tracing_appender::non_blocking(std::io::stderr());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer)
        .with_ansi(std::io::stderr().is_terminal())
        .log_internal_errors(false);
    if config.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
    guard
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("SIGTERM handler");
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
