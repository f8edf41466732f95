//! Operating the server: the `/healthz` and `/readyz` probes, and the Prometheus metrics of
//! the admin listener (`admin_listen`), observed through HTTP.

mod common;

use std::time::Duration;

use common::*;
use signal_server::{Config, RunningServer};

/// A server with an admin listener, and its public and admin base URLs. It runs on the
/// database of a harness server (which drops it on `stop`).
struct Admin {
    harness: TestServer,
    server: RunningServer,
    base: String,
    admin: String,
}

impl Admin {
    async fn start(adjust: impl FnOnce(&mut Config)) -> Admin {
        let harness = TestServer::start().await;
        let mut config = harness.config.clone();
        config.admin_listen = Some("127.0.0.1:0".parse().unwrap());
        adjust(&mut config);
        let server = signal_server::start(config).await.expect("server starts");
        let base = format!("http://{}", server.addr);
        let admin = format!("http://{}", server.admin_addr.expect("admin listener"));
        Admin {
            harness,
            server,
            base,
            admin,
        }
    }

    async fn stop(self) {
        self.server.stop().await;
        self.harness.stop().await;
    }
}

async fn scrape(client: &reqwest::Client, admin: &str) -> String {
    let response = client.get(format!("{admin}/metrics")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(content_type.contains("openmetrics-text"), "{content_type}");
    response.text().await.unwrap()
}

/// The value of the series whose line starts with `series` (name and labels), if any.
fn value(metrics: &str, series: &str) -> Option<f64> {
    metrics
        .lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .map(|v| v.trim().parse().expect("numeric sample"))
}

#[tokio::test]
async fn probes_answer_unauthenticated_on_both_listeners() {
    let server = Admin::start(|_| {}).await;
    let (base, admin) = (server.base.clone(), server.admin.clone());
    let client = reqwest::Client::new();
    for root in [&base, &admin] {
        let live = expect_json(
            client.get(format!("{root}/healthz")).send().await.unwrap(),
            200,
        )
        .await;
        assert_eq!(live["status"], "ok");
        let ready = expect_json(
            client.get(format!("{root}/readyz")).send().await.unwrap(),
            200,
        )
        .await;
        assert_eq!(ready["status"], "ready", "{ready}");
        assert_eq!(ready["database"], "ok");
        assert_eq!(ready["migrations"], "ok");
        assert_eq!(ready["redis"], "not configured");
    }
    // Credentials are not looked at (even wrong ones), other methods are 405 with Allow.
    let response = client
        .get(format!("{base}/healthz"))
        .basic_auth("nobody", Some("wrong"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let response = client.post(format!("{base}/readyz")).send().await.unwrap();
    assert_eq!(response.headers()["allow"], "GET, HEAD");
    assert_json_error(response, 405).await;
    server.stop().await;
}

#[tokio::test]
async fn readiness_follows_the_redis_bus() {
    // A private Redis on a free port, stopped halfway (never the shared one).
    let mut redis = common::redis::PrivateRedis::start();
    let url = redis.url.clone();
    let server = Admin::start(|c| c.redis_url = Some(url)).await;
    let (base, admin) = (server.base.clone(), server.admin.clone());
    let client = reqwest::Client::new();
    let ready = expect_json(
        client.get(format!("{base}/readyz")).send().await.unwrap(),
        200,
    )
    .await;
    assert_eq!(ready["redis"], "ok");
    assert_eq!(
        value(&scrape(&client, &admin).await, "signal_bus_redis_up"),
        Some(1.0)
    );

    redis.kill();
    let mut last = serde_json::Value::Null;
    for _ in 0..100 {
        let response = client.get(format!("{base}/readyz")).send().await.unwrap();
        if response.status() == 503 {
            last = response.json().await.unwrap();
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(last["status"], "not ready", "{last}");
    assert_eq!(last["redis"], "disconnected");
    assert_eq!(last["database"], "ok");
    // Liveness does not depend on Redis.
    let live = client.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(live.status(), 200);
    assert_eq!(
        value(&scrape(&client, &admin).await, "signal_bus_redis_up"),
        Some(0.0)
    );
    server.stop().await;
}

#[tokio::test]
async fn metrics_count_requests_by_route_template_and_status() {
    let server = Admin::start(|c| {
        set_rate_limit(c, "checkAccountExistence", 1, 3600.0);
    })
    .await;
    let (base, admin) = (server.base.clone(), server.admin.clone());
    let client = reqwest::Client::new();
    // Not on the public port.
    assert_json_error(
        client.get(format!("{base}/metrics")).send().await.unwrap(),
        404,
    )
    .await;

    let before = scrape(&client, &admin).await;
    let series = r#"signal_http_requests_total{method="HEAD",route="/v1/accounts/account/{identifier}",status="404"}"#;
    let limited = r#"signal_http_requests_total{method="HEAD",route="/v1/accounts/account/{identifier}",status="429"}"#;
    let count = |text: &str, s: &str| value(text, s).unwrap_or(0.0);
    // Two different identifiers, one route template: the first is answered, the second
    // is refused by the limiter (one permit per hour).
    for id in [uuid::Uuid::new_v4(), uuid::Uuid::new_v4()] {
        client
            .head(format!("{base}/v1/accounts/account/{id}"))
            .send()
            .await
            .unwrap();
    }
    // Probes are not counted.
    client.get(format!("{base}/healthz")).send().await.unwrap();
    let after = scrape(&client, &admin).await;
    assert_eq!(
        count(&after, series) - count(&before, series),
        1.0,
        "{after}"
    );
    assert_eq!(
        count(&after, limited) - count(&before, limited),
        1.0,
        "{after}"
    );
    let histogram = r#"signal_http_request_duration_seconds_count{method="HEAD",route="/v1/accounts/account/{identifier}",status="404"}"#;
    assert_eq!(count(&after, histogram) - count(&before, histogram), 1.0);
    assert!(after.contains(r#"signal_http_request_duration_seconds_bucket{le="+Inf",method="HEAD",route="/v1/accounts/account/{identifier}",status="404"}"#));
    let rejections = r#"signal_rate_limit_rejections_total{limiter="checkAccountExistence"}"#;
    assert_eq!(count(&after, rejections) - count(&before, rejections), 1.0);
    assert!(!after.contains("/healthz"));
    // Scrape-time values of this server.
    assert!(value(&after, "signal_db_pool_connections").unwrap() >= 1.0);
    assert!(value(&after, "signal_db_pool_idle_connections").is_some());
    assert_eq!(value(&after, "signal_queued_messages"), Some(0.0));
    assert_eq!(value(&after, "signal_bus_redis_up"), Some(-1.0));
    assert!(after.ends_with("# EOF\n"));
    server.stop().await;
}

#[tokio::test]
async fn metrics_follow_websockets_and_queued_messages() {
    // The harness's server registers the accounts; the second server on its database has
    // the admin listener.
    let admin_server = Admin::start(|_| {}).await;
    let (server, second, admin) = (
        &admin_server.harness,
        &admin_server.server,
        &admin_server.admin,
    );
    let client = reqwest::Client::new();

    let gauge = r#"signal_websocket_connections{kind="provisioning"}"#;
    let open = |metrics: &str| value(metrics, gauge).unwrap_or(0.0);
    let before = open(&scrape(&client, admin).await);
    let url = format!("ws://{}/v1/websocket/provisioning/", second.addr);
    let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut seen = 0.0;
    for _ in 0..100 {
        seen = open(&scrape(&client, admin).await);
        if seen == before + 1.0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(seen, before + 1.0);
    drop(ws);
    for _ in 0..100 {
        seen = open(&scrape(&client, admin).await);
        if seen == before {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(seen, before);

    // A message queued for a device shows in the queue gauge (read from the database).
    let alice = register(server, &test_number(1)).await;
    let bob = register(server, &test_number(2)).await;
    let body = serde_json::json!({
        "messages": [{
            "type": 1,
            "destinationDeviceId": 1,
            "destinationRegistrationId": bob.registration_id,
            "content": "aGVsbG8=",
        }],
        "timestamp": 1,
    });
    let response = alice
        .auth(
            server
                .client
                .put(server.url(&format!("/v1/messages/{}", bob.aci))),
        )
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{}", response.text().await.unwrap());
    assert_eq!(
        value(&scrape(&client, admin).await, "signal_queued_messages"),
        Some(1.0)
    );
    admin_server.stop().await;
}
