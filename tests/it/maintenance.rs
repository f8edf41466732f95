//! Maintenance sweeps: expired data is deleted from storage (the database and the built-in
//! CDN's directory), while what is still live stays. Clients never see the difference (they
//! already get expired data refused), so this test looks where an operator would: at the
//! database and the files. Time passing is simulated by back-dating rows and files.

use crate::common;

use std::time::{Duration, SystemTime};

use common::{assert_json_error, expect_json, get, register, test_number, TestServer};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Database, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;
use signal_server::db::verification_sessions;

/// Waits (up to 20 s) for `done` to hold, checking twice a second.
async fn eventually<F, Fut>(what: &str, mut done: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..40 {
        if done().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    panic!("not swept in time: {what}");
}

fn back_dated_file(path: &std::path::Path, age: Duration) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let file = std::fs::File::create(path).unwrap();
    file.set_modified(SystemTime::now() - age).unwrap();
}

#[tokio::test]
async fn sweeps_delete_expired_rows_and_abandoned_uploads_only() {
    let (mut config, dir, pg) = common::test_config().await;
    config.maintenance_interval_secs = 1;
    let server = TestServer::start_with(config, dir, pg).await;
    let db = Database::connect(server.config.database_url())
        .await
        .unwrap();

    // Two verification sessions; one of them expired (its expiry moved into the past).
    let create = |number: String| {
        let server = &server;
        async move {
            let response = server
                .client
                .post(server.url("/v1/verification/session"))
                .json(&json!({"number": number}))
                .send()
                .await
                .unwrap();
            expect_json(response, 200).await["id"]
                .as_str()
                .unwrap()
                .to_owned()
        }
    };
    let expired = create(test_number(40)).await;
    let live = create(test_number(41)).await;
    verification_sessions::Entity::update_many()
        .col_expr(verification_sessions::Column::ExpiresAt, Expr::value(0i64))
        .filter(verification_sessions::Column::Id.eq(expired.clone()))
        .exec(&db)
        .await
        .unwrap();
    assert_json_error(
        get(
            &server,
            None,
            &format!("/v1/verification/session/{expired}"),
        )
        .await,
        404,
    )
    .await;

    // Partial uploads on the built-in CDN: one abandoned eight days ago (upload sessions live
    // seven), one resumable two days on, one in progress, and a finished object as old as the
    // abandoned one.
    let cdn = server.config.cdn.dir(&server.config);
    let abandoned = cdn.join("attachments/abandoned.partial");
    let resumable = cdn.join("attachments/resumable.partial");
    let in_progress = cdn.join("attachments/in-progress.partial");
    let finished = cdn.join("attachments/finished");
    back_dated_file(&abandoned, Duration::from_secs(8 * 86_400));
    back_dated_file(&resumable, Duration::from_secs(2 * 86_400));
    back_dated_file(&in_progress, Duration::from_secs(60));
    back_dated_file(&finished, Duration::from_secs(8 * 86_400));

    eventually("expired session, abandoned upload", || async {
        let sessions = verification_sessions::Entity::find()
            .filter(verification_sessions::Column::Id.eq(expired.clone()))
            .count(&db)
            .await
            .unwrap();
        sessions == 0 && !abandoned.exists()
    })
    .await;

    // Everything live is still there and still works.
    let response = get(&server, None, &format!("/v1/verification/session/{live}")).await;
    assert_eq!(expect_json(response, 200).await["id"], live.as_str());
    assert!(in_progress.exists() && resumable.exists() && finished.exists());
    db.close().await.unwrap();
    server.stop().await;
}

#[tokio::test]
async fn sweeps_delete_messages_past_their_time_to_live() {
    use common::TestAccount;
    use signal_server::db::messages;
    let (mut config, dir, pg) = common::test_config().await;
    config.maintenance_interval_secs = 1;
    let server = TestServer::start_with(config, dir, pg).await;
    let db = Database::connect(server.config.database_url())
        .await
        .unwrap();
    let alice = register(&server, &test_number(44)).await;
    let bob = register(&server, &test_number(45)).await;
    let send = |to: &TestAccount, content: &str| {
        let body = json!({"messages": [{"type": 1, "destinationDeviceId": 1,
            "destinationRegistrationId": to.registration_id, "content": content}]});
        alice
            .auth(
                server
                    .client
                    .put(server.url(&format!("/v1/messages/{}", to.aci))),
            )
            .json(&body)
            .send()
    };
    expect_json(send(&bob, "b2xk").await.unwrap(), 200).await;
    expect_json(send(&bob, "bmV3").await.unwrap(), 200).await;
    let first = messages::Entity::find()
        .filter(messages::Column::DestinationAci.eq(uuid::Uuid::parse_str(&bob.aci).unwrap()))
        .all(&db)
        .await
        .unwrap();
    assert_eq!(first.len(), 2);
    // The first message was queued 30 days and a minute ago (reference §5.2: 30-day TTL).
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let old = first.iter().min_by_key(|m| m.id).unwrap().id;
    messages::Entity::update_many()
        .col_expr(
            messages::Column::ServerTimestamp,
            Expr::value(now - 30 * 86_400_000 - 60_000),
        )
        .filter(messages::Column::Id.eq(old))
        .exec(&db)
        .await
        .unwrap();
    let count = |id: i64| {
        messages::Entity::find()
            .filter(messages::Column::Id.eq(id))
            .count(&db)
    };
    eventually("expired message", || async {
        count(old).await.unwrap() == 0
    })
    .await;
    let newer = first.iter().max_by_key(|m| m.id).unwrap().id;
    assert_eq!(count(newer).await.unwrap(), 1, "live messages are kept");
    db.close().await.unwrap();
    server.stop().await;
}
