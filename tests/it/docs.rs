//! The API reference: `GET /api.yaml` serves the contract, `GET /docs` renders it with the
//! embedded Redoc bundle, checked in a real browser (Debian `chromium`, headless; `.ci/run`
//! installs it). The rendered page's screenshot is kept as
//! `target/tmp/docs-<database>.png`.

use crate::common;

use common::*;

const API_YAML: &str = include_str!("../../api.yaml");

/// The headless browser: `$CHROMIUM`, else `chromium` or `chromium-browser` on the PATH.
fn chromium() -> String {
    if let Ok(path) = std::env::var("CHROMIUM") {
        return path;
    }
    for name in ["chromium", "chromium-browser"] {
        let found = std::process::Command::new("sh")
            .args(["-c", &format!("command -v {name}")])
            .output()
            .is_ok_and(|o| o.status.success());
        if found {
            return name.to_string();
        }
    }
    panic!("this test needs a headless chromium: apt-get install -y chromium (or set CHROMIUM)");
}

/// Runs chromium headless on `url` with the extra `args`, after letting the page's scripts
/// run for up to 30 s of virtual time.
async fn headless(url: &str, profile: &std::path::Path, args: &[String]) -> std::process::Output {
    let mut command = tokio::process::Command::new(chromium());
    command
        .arg("--headless")
        .arg("--no-sandbox")
        .arg("--disable-gpu")
        .arg("--disable-dev-shm-usage")
        .arg("--no-first-run")
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--virtual-time-budget=30000")
        .args(args)
        .arg(url)
        .kill_on_drop(true);
    tokio::time::timeout(std::time::Duration::from_secs(120), command.output())
        .await
        .expect("chromium finishes within 2 minutes")
        .expect("chromium runs")
}

#[tokio::test]
async fn the_contract_is_served_and_rendered_in_a_browser() {
    let server = TestServer::start().await;
    let response = server
        .client
        .get(server.url("/api.yaml"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("application/yaml"));
    assert_eq!(response.text().await.unwrap(), API_YAML);
    let script = server
        .client
        .get(server.url("/docs/redoc.standalone.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(script.status(), 200);
    assert!(script.text().await.unwrap().len() > 500_000);
    let response = server
        .client
        .post(server.url("/docs"))
        .send()
        .await
        .unwrap();
    assert_json_error(response, 405).await;

    // Every operation of the contract is in the DOM once Redoc has run.
    let operation_ids: Vec<&str> = API_YAML
        .lines()
        .filter_map(|l| l.trim().strip_prefix("operationId: "))
        .collect();
    assert!(operation_ids.len() >= 100, "{}", operation_ids.len());
    let profile = tempfile::tempdir().unwrap();
    let url = server.url("/docs");
    let output = headless(&url, profile.path(), &["--dump-dom".to_string()]).await;
    assert!(
        output.status.success(),
        "{:?}",
        String::from_utf8_lossy(&output.stderr)
    );
    let dom = String::from_utf8_lossy(&output.stdout);
    let missing: Vec<&&str> = operation_ids
        .iter()
        .filter(|id| !dom.contains(&format!("id=\"operation/{id}\"")))
        .collect();
    assert!(missing.is_empty(), "not rendered: {missing:?}");
    // Rendered text, not only anchors: a summary of the contract and its title.
    assert!(dom.contains("Check whether an account exists"));
    assert!(dom.contains("Signal Server API"));

    let database = if uses_postgres() {
        "postgres"
    } else {
        "sqlite"
    };
    let shot =
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("docs-{database}.png"));
    let _ = std::fs::remove_file(&shot);
    let args = [
        "--window-size=1280,1600".to_string(),
        format!("--screenshot={}", shot.display()),
    ];
    let output = headless(&url, profile.path(), &args).await;
    assert!(output.status.success());
    let png = std::fs::read(&shot).expect("screenshot written");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    server.stop().await;
}
