//! `signal-server [--config <file.toml>]`: runs the server until SIGINT or SIGTERM.

use std::path::PathBuf;

use signal_server::Config;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut config_file = std::env::var_os("SIGNAL_CONFIG").map(PathBuf::from);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--config" | "-c" => {
                config_file = Some(
                    args.next()
                        .ok_or_else(|| anyhow::anyhow!("--config needs a path"))?
                        .into(),
                )
            }
            "--help" | "-h" => {
                println!("usage: signal-server [--config <file.toml>]\nSettings: see README.md (SIGNAL_* environment variables).");
                return Ok(());
            }
            other => anyhow::bail!("unknown argument {other:?}; try --help"),
        }
    }
    let config = Config::load(config_file.as_deref(), std::env::vars())?;
    init_logging(&config);
    let server = signal_server::start(config).await?;
    tracing::info!(addr = %server.addr, "signal-server listening");
    shutdown_signal().await;
    server.stop().await;
    Ok(())
}

fn init_logging(config: &Config) {
    let filter =
        tracing_subscriber::EnvFilter::try_new(&config.log).unwrap_or_else(|_| "info".into());
    // Colour codes only on a terminal (not in files, journald or container logs).
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stdout());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi);
    if config.log_format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
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
