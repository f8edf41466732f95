//! Verification sessions and registration through HTTP.

use crate::common;
use crate::ok;

use reqwest::Method;

use common::{
    assert_json_error, expect_json, get, model, post_registration, register, registration_body,
    send, test_number, verified_session, TestServer,
};
use serde_json::json;
use signal_api::models;
use signal_api::{ApiNoContext as _, RegisterResponse as Register, WhoAmIResponse};
use Register::{
    RegistrationLockIsEnabledAndTheSuppliedLockIsAbsentOrWrong as Locked,
    ThePhoneNumberAssociatedWithTheAuthenticatedAccountWasChangedSuccessfully as Created,
};

#[tokio::test]
async fn registers_and_authenticates() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(1)).await;
    let me = ok!(
        server.api_as(&alice).who_am_i().await,
        WhoAmIResponse::Success
    );
    assert_eq!(me.uuid.map(|u| u.to_string()), Some(alice.aci.clone()));
    assert_eq!(me.number, Some(alice.number.clone()));
    let wrong = server
        .client
        .get(server.url("/v1/accounts/whoami"))
        .basic_auth(alice.username(), Some("wrong"));
    assert_json_error(wrong.send().await.unwrap(), 401).await;
    server.stop().await;
}

#[tokio::test]
async fn reregistration_keeps_the_aci_and_the_pni_is_fixed_per_number() {
    let server = TestServer::start().await;
    let first = register(&server, &test_number(2)).await;
    let second = register(&server, &test_number(2)).await;
    assert_eq!(first.aci, second.aci);
    assert_eq!(first.pni, second.pni);
    // The old password no longer works; the new one does.
    let old = first.auth(server.client.get(server.url("/v1/accounts/whoami")));
    assert_json_error(old.send().await.unwrap(), 401).await;
    let me = ok!(
        server.api_as(&second).who_am_i().await,
        WhoAmIResponse::Success
    );
    assert_eq!(me.uuid.map(|u| u.to_string()), Some(second.aci.clone()));
    let other = register(&server, &test_number(3)).await;
    assert_ne!(other.aci, first.aci);
    assert_ne!(other.pni, first.pni);
    server.stop().await;
}

#[tokio::test]
async fn registration_rejects_bad_requests() {
    let server = TestServer::start().await;
    let number = test_number(4);
    let session = verified_session(&server, &number).await;
    let post = |body: serde_json::Value| {
        server
            .client
            .post(server.url("/v1/registration"))
            .basic_auth(&number, Some("password"))
            .json(&body)
            .send()
    };
    // A signature by another identity key.
    let (mut body, ..) = registration_body(&session, &[0; 16]);
    let (other, ..) = registration_body(&session, &[0; 16]);
    body["aciSignedPreKey"] = other["aciSignedPreKey"].clone();
    assert_json_error(post(body).await.unwrap(), 422).await;
    // Neither or both of sessionId and recoveryPassword.
    let (mut body, ..) = registration_body(&session, &[0; 16]);
    body.as_object_mut().unwrap().remove("sessionId");
    assert_json_error(post(body).await.unwrap(), 422).await;
    let (mut body, ..) = registration_body(&session, &[0; 16]);
    body["recoveryPassword"] = json!("AAAA");
    assert_json_error(post(body).await.unwrap(), 422).await;
    // Registration id out of range.
    let (mut body, ..) = registration_body(&session, &[0; 16]);
    body["accountAttributes"]["registrationId"] = json!(16_384);
    assert_json_error(post(body).await.unwrap(), 422).await;
    // A session for another number.
    let other_session = verified_session(&server, &test_number(5)).await;
    let (body, ..) = registration_body(&other_session, &[0; 16]);
    let response = post(body).await.unwrap();
    assert!(
        response.status().is_client_error(),
        "status {}",
        response.status()
    );
    // A session id that is not base64url, or not a session id: 400; an unknown one: 401.
    for (id, status) in [
        ("not base64!", 400),
        ("AAAA", 400),
        ("AAAAAAAAAAAAAAAAAAAAAA", 401),
    ] {
        let (body, ..) = registration_body(id, &[0; 16]);
        assert_json_error(post(body).await.unwrap(), status).await;
    }
    // No credentials at all.
    let (body, ..) = registration_body(&session, &[0; 16]);
    let response = send(&server, None, Method::POST, "/v1/registration", Some(&body)).await;
    assert!(response.status().is_client_error());
    // Malformed JSON.
    let response = server
        .client
        .post(server.url("/v1/registration"))
        .basic_auth(&number, Some("password"))
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .unwrap();
    assert_json_error(response, 400).await;
    server.stop().await;
}

#[tokio::test]
async fn an_unverified_session_cannot_register() {
    let server = TestServer::start().await;
    let number = test_number(6);
    let response = send(
        &server,
        None,
        Method::POST,
        "/v1/verification/session",
        Some(&json!({"number": number})),
    )
    .await;
    let session: serde_json::Value = response.json().await.unwrap();
    assert_eq!(session["verified"], false);
    let (body, ..) = registration_body(session["id"].as_str().unwrap(), &[0; 16]);
    let response = server
        .client
        .post(server.url("/v1/registration"))
        .basic_auth(&number, Some("pw"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert!(
        response.status().is_client_error(),
        "status {}",
        response.status()
    );
    server.stop().await;
}

#[tokio::test]
async fn verification_sessions_follow_the_protocol() {
    let server = TestServer::start().await;
    let client = &server.client;
    // Bad numbers and unknown sessions.
    let response = client
        .post(server.url("/v1/verification/session"))
        .json(&json!({"number": "12345"}))
        .send()
        .await
        .unwrap();
    assert!(response.status().is_client_error());
    let response = client
        .get(server.url("/v1/verification/session/AAAAAAAAAAAAAAAAAAAAAA"))
        .send()
        .await
        .unwrap();
    assert_json_error(response, 404).await;

    let number = test_number(7);
    let session: serde_json::Value = client
        .post(server.url("/v1/verification/session"))
        .json(&json!({"number": number}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(session["allowedToRequestCode"], false);
    assert!(session["requestedInformation"]
        .as_array()
        .unwrap()
        .iter()
        .any(|v| v == "captcha"));
    let url = server.url(&format!(
        "/v1/verification/session/{}",
        session["id"].as_str().unwrap()
    ));
    // A code cannot be requested before the captcha is answered.
    let response = client
        .post(format!("{url}/code"))
        .json(&json!({"transport": "sms", "client": "ios"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 409);
    let response = client
        .patch(&url)
        .json(&json!({"captcha": "solved"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let response = client
        .post(format!("{url}/code"))
        .json(&json!({"transport": "sms", "client": "ios"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    // A wrong code does not verify the session.
    let response = client
        .put(format!("{url}/code"))
        .json(&json!({"code": "000000"}))
        .send()
        .await
        .unwrap();
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["verified"], false);
    let response = client
        .put(format!("{url}/code"))
        .json(&json!({"code": common::TEST_CODE}))
        .send()
        .await
        .unwrap();
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["verified"], true);
    // Once verified, no more codes.
    let response = client
        .post(format!("{url}/code"))
        .json(&json!({"transport": "sms", "client": "ios"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 409);
    let fetched: serde_json::Value = client.get(&url).send().await.unwrap().json().await.unwrap();
    assert_eq!(fetched["verified"], true);
    server.stop().await;
}

#[tokio::test]
async fn registration_attempts_per_number_are_rate_limited() {
    let server = TestServer::start().await;
    let number = test_number(8);
    let session = verified_session(&server, &number).await;
    let mut answers = Vec::new();
    for _ in 0..7 {
        let (body, ..) = registration_body(&session, &[0; 16]);
        answers.push(
            post_registration(&server, &number, "pw", &body)
                .await
                .unwrap(),
        );
    }
    let refused = answers.pop().unwrap();
    for answer in &answers {
        assert!(matches!(answer, Created(_)), "{answer:?}");
    }
    let Register::TooManyAttempts { retry_after } = refused else {
        panic!("the seventh attempt: {refused:?}");
    };
    assert!(
        retry_after.is_some_and(|s| (1..=30).contains(&s)),
        "Retry-After {retry_after:?}"
    );
    server.stop().await;
}

#[tokio::test]
async fn registration_lock_and_device_transfer() {
    let server = TestServer::start().await;
    let number = test_number(9);
    let alice = register(&server, &number).await;
    let lock = "a".repeat(64);
    let response = send(
        &server,
        Some(&alice),
        Method::PUT,
        "/v1/accounts/registration_lock",
        Some(&json!({"registrationLock": lock})),
    )
    .await;
    assert!(
        response.status().is_success(),
        "set lock: {}",
        response.status()
    );
    // Without the lock: 423 with the time left and SVR2 credentials; Alice's credentials are locked.
    let session = verified_session(&server, &number).await;
    let (body, ..) = registration_body(&session, &[0; 16]);
    let failure = ok!(
        post_registration(&server, &number, "pw2", &body).await,
        Locked
    );
    assert!(failure.time_remaining.unwrap() > 0);
    assert!(failure.svr2_credentials.unwrap().username.is_some());
    let whoami = alice.auth(server.client.get(server.url("/v1/accounts/whoami")));
    assert_json_error(whoami.send().await.unwrap(), 401).await;
    // With the lock: registered again, same ACI.
    let (mut body, ..) = registration_body(&session, &[0; 16]);
    body["accountAttributes"]["registrationLock"] = json!(lock);
    let created = ok!(
        post_registration(&server, &number, "pw3", &body).await,
        Created
    );
    assert_eq!(created.uuid.map(|u| u.to_string()), Some(alice.aci.clone()));
    assert_eq!(created.reregistration, Some(true));

    // A primary that can transfer: 409 unless the new device skips the transfer.
    let number = test_number(10);
    let session = verified_session(&server, &number).await;
    let (mut body, ..) = registration_body(&session, &[0; 16]);
    body["accountAttributes"]["capabilities"] = json!({"transfer": true});
    let created = post_registration(&server, &number, "pw", &body)
        .await
        .unwrap();
    assert!(matches!(created, Created(_)), "{created:?}");
    let (mut body, ..) = registration_body(&session, &[0; 16]);
    body["skipDeviceTransfer"] = json!(false);
    let refused = post_registration(&server, &number, "pw", &body)
        .await
        .unwrap();
    assert_eq!(
        refused,
        Register::TheCallerHasNotExplicitlyElectedToSkipTransferringDataFromAnotherDevice
    );
    server.stop().await;
}

#[tokio::test]
async fn push_challenges_and_codes_reach_the_device_and_the_phone() {
    use signal_server::domain::push::Notification;
    use signal_server::domain::verification::Transport;
    let server = TestServer::start().await;
    // Not a test number: its code is sent (to the harness's outbox, standing in for SMS).
    let number = "+14155550142";
    let body = json!({"number": number, "pushToken": "apn-token-1", "pushTokenType": "apn"});
    let response = send(
        &server,
        None,
        Method::POST,
        "/v1/verification/session",
        Some(&body),
    )
    .await;
    let session = expect_json(response, 200).await;
    assert_eq!(
        session["requestedInformation"],
        json!(["pushChallenge", "captcha"])
    );
    let url = format!(
        "/v1/verification/session/{}",
        session["id"].as_str().unwrap()
    );
    let pushed = server.outbox.pushes_to("apn-token-1");
    let [Notification::VerificationChallenge(challenge)] = pushed.as_slice() else {
        panic!("one verification challenge pushed, got {pushed:?}");
    };

    // A wrong answer is 403 with the session; the pushed one satisfies both requirements.
    let wrong = json!({"pushChallenge": "00".repeat(16)});
    let response = send(&server, None, Method::PATCH, &url, Some(&wrong)).await;
    assert_eq!(expect_json(response, 403).await["verified"], false);
    // It stops the whole request: the captcha and the new push token in it are not applied.
    let mixed = json!({"pushChallenge": "00".repeat(16), "captcha": "test-captcha",
                       "pushToken": "apn-token-2", "pushTokenType": "apn"});
    let response = send(&server, None, Method::PATCH, &url, Some(&mixed)).await;
    let body = expect_json(response, 403).await;
    assert_eq!(body["allowedToRequestCode"], false, "{body}");
    let stored = expect_json(get(&server, None, &url).await, 200).await;
    assert_eq!(
        stored["requestedInformation"],
        json!(["pushChallenge", "captcha"])
    );
    assert_eq!(stored["allowedToRequestCode"], false);
    let right = json!({"pushChallenge": challenge});
    let response = send(&server, None, Method::PATCH, &url, Some(&right)).await;
    let session = expect_json(response, 200).await;
    assert_eq!(session["requestedInformation"], json!([]));
    assert_eq!(session["allowedToRequestCode"], true);
    // The same token again pushes nothing new.
    let same = json!({"pushToken": "apn-token-1", "pushTokenType": "apn"});
    expect_json(
        send(&server, None, Method::PATCH, &url, Some(&same)).await,
        200,
    )
    .await;
    assert_eq!(server.outbox.pushes_to("apn-token-1").len(), 1);

    // The code goes out by the transport asked for, and verifies the session.
    let request = json!({"transport": "voice", "client": "ios"});
    let code_url = format!("{url}/code");
    expect_json(
        send(&server, None, Method::POST, &code_url, Some(&request)).await,
        200,
    )
    .await;
    let codes = server.outbox.codes_to(number);
    let [(code, Transport::Voice)] = codes.as_slice() else {
        panic!("one voice code sent, got {codes:?}");
    };
    let answer = json!({"code": code});
    let response = send(&server, None, Method::PUT, &code_url, Some(&answer)).await;
    assert_eq!(expect_json(response, 200).await["verified"], true);
    // Test numbers have fixed codes: nothing is sent to them.
    common::verified_session(&server, &test_number(8)).await;
    assert!(server.outbox.codes_to(&test_number(8)).is_empty());
    server.stop().await;
}

/// The registration response carries the account's entitlements as whoami reports them:
/// badges (kept on re-registration) and the backup entitlement.
#[tokio::test]
async fn registration_response_reports_entitlements_like_whoami() {
    use sea_orm::{ActiveModelTrait, Database, EntityTrait, IntoActiveModel, Set};
    use signal_server::db::accounts;
    let server = TestServer::start().await;
    let number = test_number(11);
    let alice = register(&server, &number).await;
    // Badges and backup vouchers come from receipt redemptions; seeded here directly.
    let db = Database::connect(server.config.database_url())
        .await
        .unwrap();
    let aci = signal_server::types::Aci(uuid::Uuid::parse_str(&alice.aci).unwrap());
    let row = accounts::Entity::find_by_id(aci)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let expiration = signal_server::db::now_millis() / 1000 + 86_400;
    let mut active = row.into_active_model();
    active.badges = Set(
        json!([{"id": "BOOST", "expiration": expiration, "visible": true},
               {"id": "OLD", "expiration": 1, "visible": true}])
        .to_string(),
    );
    active.data = Set(json!({"bv": {"rl": 201, "e": expiration}}).to_string());
    active.update(&db).await.unwrap();

    let session = verified_session(&server, &number).await;
    let (body, ..) = registration_body(&session, &[0; 16]);
    let registered = post_registration(&server, &number, "pw2", &body).await;
    let created = ok!(registered, Created);
    assert_eq!(created.reregistration, Some(true));
    let entitlements = created.entitlements.expect("entitlements");
    let expected: models::Entitlements = model(json!({
        "badges": [{"id": "BOOST", "expirationSeconds": expiration, "visible": true}],
        "backup": {"backupLevel": 201, "expirationSeconds": expiration},
    }));
    assert_eq!(entitlements, expected);
    let device = common::api::Basic(format!("{}.1", alice.aci), "pw2".into());
    let me = ok!(
        server.api_as(&device).who_am_i().await,
        WhoAmIResponse::Success
    );
    assert_eq!(me.entitlements, Some(entitlements));
    server.stop().await;
}

#[tokio::test]
async fn a_rejected_captcha_stops_the_session_update() {
    let server = TestServer::start().await;
    let body = json!({"number": test_number(12)});
    let response = send(
        &server,
        None,
        Method::POST,
        "/v1/verification/session",
        Some(&body),
    )
    .await;
    let session = expect_json(response, 200).await;
    let url = format!(
        "/v1/verification/session/{}",
        session["id"].as_str().unwrap()
    );
    // An empty captcha is rejected; the push token sent with it is not taken.
    let update = json!({"captcha": "", "pushToken": "fcm-token-9", "pushTokenType": "fcm"});
    let response = send(&server, None, Method::PATCH, &url, Some(&update)).await;
    let refused = expect_json(response, 403).await;
    assert_eq!(refused["requestedInformation"], json!(["captcha"]));
    assert!(server.outbox.pushes_to("fcm-token-9").is_empty());
    let stored = expect_json(get(&server, None, &url).await, 200).await;
    assert_eq!(stored["requestedInformation"], json!(["captcha"]));
    server.stop().await;
}
