//! Rate-limit challenges through HTTP: push challenges (issued to the primary device,
//! answered with the issued token) and captcha challenges.

use crate::common;

use common::{assert_json_error, model, register, send, test_number, TestAccount, TestServer};
use reqwest::Method;
use serde_json::{json, Value};
use signal_api::{
    ApiNoContext as _, HandleChallengeResponseResponse, RequestPushChallengeResponse,
    SetGcmRegistrationIdResponse,
};
use signal_server::domain::push::Notification;

async fn request_push(server: &TestServer, who: &TestAccount) -> reqwest::Response {
    send(server, Some(who), Method::POST, "/v1/challenge/push", None).await
}

async fn answer(server: &TestServer, who: &TestAccount, body: Value) -> reqwest::Response {
    send(server, Some(who), Method::PUT, "/v1/challenge", Some(&body)).await
}

/// `POST /v1/challenge/push` through the typed client, which must attempt a push.
async fn push_requested(server: &TestServer, who: &TestAccount) {
    let api = server.api_as(who);
    assert_eq!(
        api.request_push_challenge().await.unwrap(),
        RequestPushChallengeResponse::IndicatesAPayloadToTheAccount
    );
}

/// `PUT /v1/challenge` of `body` through the typed client, which must accept the proof.
async fn accepted(server: &TestServer, who: &TestAccount, body: Value) {
    let api = server.api_as(who);
    assert_eq!(
        api.handle_challenge_response(None, Some(model(body)))
            .await
            .unwrap(),
        HandleChallengeResponseResponse::IndicatesTheChallengeProofWasAccepted
    );
}

async fn set_gcm_token(server: &TestServer, who: &TestAccount) {
    let token = model(json!({"gcmRegistrationId": "fcm-token"}));
    let set = server.api_as(who).set_gcm_registration_id(token).await;
    assert_eq!(set.unwrap(), SetGcmRegistrationIdResponse::Success);
}

/// The rate-limit challenge tokens pushed to the FCM token `set_gcm_token` registers, oldest
/// first.
fn pushed_tokens(server: &TestServer) -> Vec<String> {
    server
        .outbox
        .pushes_to("fcm-token")
        .into_iter()
        .map(|n| match n {
            Notification::RateLimitChallenge(token) => token,
            other => panic!("unexpected push {other:?}"),
        })
        .collect()
}

#[tokio::test]
async fn push_challenge_is_issued_and_answered_once() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(10)).await;

    // Registered with fetchesMessages: no push token, so nothing can be pushed.
    assert_json_error(request_push(&server, &alice).await, 404).await;
    set_gcm_token(&server, &alice).await;
    push_requested(&server, &alice).await;
    let pushed = pushed_tokens(&server);
    assert_eq!(pushed.len(), 1, "one push to the primary device");
    let token = pushed[0].clone();
    assert_eq!(token.len(), 32);
    // While it is outstanding, asking again pushes nothing new.
    push_requested(&server, &alice).await;
    assert_eq!(pushed_tokens(&server), vec![token.clone()]);

    // A wrong token is refused; the issued one is accepted once.
    let wrong = json!({"type": "rateLimitPushChallenge", "challenge": "00".repeat(16)});
    assert_json_error(answer(&server, &alice, wrong).await, 428).await;
    let right = json!({"type": "rateLimitPushChallenge", "challenge": token});
    accepted(&server, &alice, right.clone()).await;
    assert_json_error(answer(&server, &alice, right).await, 428).await;

    // Another account cannot answer with Alice's token.
    let bob = register(&server, &test_number(11)).await;
    push_requested(&server, &alice).await;
    let token = pushed_tokens(&server).pop().unwrap();
    assert_eq!(
        pushed_tokens(&server).len(),
        2,
        "a new token once the first was used"
    );
    let body = json!({"type": "rateLimitPushChallenge", "challenge": token});
    assert_json_error(answer(&server, &bob, body.clone()).await, 428).await;
    accepted(&server, &alice, body).await;
    server.stop().await;
}

#[tokio::test]
async fn captcha_challenges_and_their_limits() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(12)).await;
    let captcha = |c: &str| json!({"type": "captcha", "token": "from-428", "captcha": c});
    assert_json_error(answer(&server, &alice, captcha("")).await, 428).await;
    accepted(&server, &alice, captcha("signal-hcaptcha.x.challenge.y")).await;
    accepted(&server, &alice, captcha("signal-hcaptcha.x.challenge.z")).await;
    // Two successful challenges per 12 hours.
    let response = answer(&server, &alice, captcha("signal-hcaptcha.x.challenge.w")).await;
    assert!(response.headers().contains_key("retry-after"));
    assert_json_error(response, 429).await;
    server.stop().await;
}

#[tokio::test]
async fn challenge_requests_are_authenticated_and_validated() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(13)).await;
    let response = send(&server, None, Method::POST, "/v1/challenge/push", None).await;
    assert_json_error(response, 401).await;
    let captcha = json!({"type": "captcha", "token": "t", "captcha": "c"});
    let response = send(&server, None, Method::PUT, "/v1/challenge", Some(&captcha)).await;
    assert_json_error(response, 401).await;
    let wrong_password = TestAccount {
        password: "nope".into(),
        ..alice
    };
    assert_json_error(request_push(&server, &wrong_password).await, 401).await;
    server.stop().await;
}

#[tokio::test]
async fn challenge_answers_must_fit_their_type() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(14)).await;
    // A push answer labelled as a captcha, and an unknown type.
    let response = answer(
        &server,
        &alice,
        json!({"type": "captcha", "challenge": "00"}),
    )
    .await;
    assert_json_error(response, 422).await;
    let response = answer(
        &server,
        &alice,
        json!({"type": "other", "token": "t", "captcha": "c"}),
    )
    .await;
    assert_json_error(response, 422).await;
    // Ten wrong push answers per 144 minutes, then 429.
    let wrong = json!({"type": "rateLimitPushChallenge", "challenge": "ab".repeat(16)});
    for _ in 0..10 {
        assert_json_error(answer(&server, &alice, wrong.clone()).await, 428).await;
    }
    assert_json_error(answer(&server, &alice, wrong).await, 429).await;
    server.stop().await;
}
