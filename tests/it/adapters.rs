//! Operations whose outside service this server does not have (App Attest, key
//! transparency, payment processors, receipt credentials) answer 503 after the checks the
//! real server makes first; subscriber records and the donation configuration are real.

use crate::common;

use base64::engine::general_purpose::URL_SAFE as B64URL;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL_NO_PAD;
use base64::Engine;
use common::{
    assert_json_error, expect_json, register, send, test_config, test_number, TestServer,
};
use serde_json::{json, Value};

use reqwest::Method;

#[tokio::test]
async fn devicecheck_needs_app_attest() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(20)).await;
    let key_id = B64URL.encode(rand::random::<[u8; 32]>());
    let request = B64URL.encode(br#"{"challenge":"abc","action":"backup"}"#);
    let attest = format!("/v1/devicecheck/attest?keyId={key_id}");
    let assert = format!("/v1/devicecheck/assert?keyId={key_id}&request={request}");
    for (method, path) in [
        (Method::GET, "/v1/devicecheck/attest".to_string()),
        (Method::PUT, attest.clone()),
        (
            Method::GET,
            "/v1/devicecheck/assert?action=backup".to_string(),
        ),
        (Method::POST, assert.clone()),
    ] {
        assert_json_error(send(&server, None, method.clone(), &path, None).await, 401).await;
        let body =
            assert_json_error(send(&server, Some(&alice), method, &path, None).await, 503).await;
        assert!(
            body["message"].as_str().unwrap().contains("App Attest"),
            "{body}"
        );
    }
    // Malformed key ids and requests are refused before that.
    let response = send(
        &server,
        Some(&alice),
        Method::PUT,
        "/v1/devicecheck/attest?keyId=%25%25",
        None,
    )
    .await;
    assert_json_error(response, 422).await;
    let path = format!(
        "/v1/devicecheck/assert?keyId={key_id}&request={}",
        B64URL.encode(b"not json")
    );
    assert_json_error(
        send(&server, Some(&alice), Method::POST, &path, None).await,
        422,
    )
    .await;
    server.stop().await;
}

#[tokio::test]
async fn key_transparency_is_unauthenticated_and_unavailable() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(21)).await;
    let identity_key = base64::engine::general_purpose::STANDARD.encode(alice.aci_identity_key());
    let search =
        json!({"aci": alice.aci, "aciIdentityKey": identity_key, "distinguishedTreeHeadSize": 1});
    let path = "/v1/key-transparency/search";
    // Authenticated: 400 (forced unauthenticated).
    assert_json_error(
        send(&server, Some(&alice), Method::POST, path, Some(&search)).await,
        400,
    )
    .await;
    let body = assert_json_error(
        send(&server, None, Method::POST, path, Some(&search)).await,
        503,
    )
    .await;
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("key transparency"),
        "{body}"
    );
    // A PNI is not an ACI; an e164 needs its access key.
    let mut pni = search.clone();
    pni["aci"] = json!(format!("PNI:{}", alice.pni.trim_start_matches("PNI:")));
    assert_json_error(
        send(&server, None, Method::POST, path, Some(&pni)).await,
        422,
    )
    .await;
    let mut e164 = search.clone();
    e164["e164"] = json!(alice.number);
    assert_json_error(
        send(&server, None, Method::POST, path, Some(&e164)).await,
        422,
    )
    .await;

    let path = "/v1/key-transparency/distinguished?lastTreeHeadSize=5";
    assert_json_error(
        send(&server, Some(&alice), Method::GET, path, None).await,
        400,
    )
    .await;
    assert_json_error(send(&server, None, Method::GET, path, None).await, 503).await;
    server.stop().await;
}

fn subscriber_id() -> [u8; 32] {
    rand::random()
}

#[tokio::test]
async fn subscriber_records_are_kept() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(22)).await;
    let id = subscriber_id();
    let path = format!("/v1/subscription/{}", B64URL_NO_PAD.encode(id));

    // Unknown until created.
    assert_json_error(send(&server, None, Method::GET, &path, None).await, 404).await;
    assert_eq!(
        send(&server, None, Method::PUT, &path, None).await.status(),
        200
    );
    assert_eq!(
        send(&server, None, Method::PUT, &path, None).await.status(),
        200
    );
    let response = send(&server, None, Method::GET, &path, None).await;
    let body = expect_json(response, 200).await;
    assert!(
        body.get("subscription").is_none_or(Value::is_null),
        "{body}"
    );
    // Padded base64url names the same subscriber.
    let padded = format!("/v1/subscription/{}", B64URL.encode(id));
    assert_eq!(
        send(&server, None, Method::GET, &padded, None)
            .await
            .status(),
        200
    );

    // Same record key (first 16 bytes), other secret half: 403.
    let mut other = id;
    other[31] ^= 1;
    let other_path = format!("/v1/subscription/{}", B64URL_NO_PAD.encode(other));
    assert_json_error(
        send(&server, None, Method::GET, &other_path, None).await,
        403,
    )
    .await;
    assert_json_error(
        send(&server, None, Method::PUT, &other_path, None).await,
        403,
    )
    .await;
    assert_json_error(
        send(&server, None, Method::DELETE, &other_path, None).await,
        403,
    )
    .await;

    // Malformed ids are 404; account credentials are 403.
    let short = format!("/v1/subscription/{}", B64URL_NO_PAD.encode([1u8; 31]));
    assert_json_error(send(&server, None, Method::PUT, &short, None).await, 404).await;
    assert_json_error(
        send(
            &server,
            None,
            Method::PUT,
            "/v1/subscription/not*base64",
            None,
        )
        .await,
        404,
    )
    .await;
    assert_json_error(
        send(&server, Some(&alice), Method::GET, &path, None).await,
        403,
    )
    .await;

    // Payment-processor operations: 503 after the subscriber checks.
    let create = format!("{path}/create_payment_method?type=CARD");
    let body = assert_json_error(send(&server, None, Method::POST, &create, None).await, 503).await;
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("payment processor"),
        "{body}"
    );
    let paypal_type = format!("{path}/create_payment_method?type=PAYPAL");
    assert_json_error(
        send(&server, None, Method::POST, &paypal_type, None).await,
        400,
    )
    .await;
    let unknown = format!(
        "/v1/subscription/{}/create_payment_method",
        B64URL_NO_PAD.encode(subscriber_id())
    );
    assert_json_error(send(&server, None, Method::POST, &unknown, None).await, 404).await;
    let level = format!("{path}/level/500/usd/{}", uuid::Uuid::new_v4());
    assert_json_error(send(&server, None, Method::PUT, &level, None).await, 503).await;
    let receipt = format!("{path}/receipt_credentials");
    let request = json!({"receiptCredentialRequest": base64::engine::general_purpose::STANDARD.encode([0u8; 64])});
    assert_json_error(
        send(&server, None, Method::POST, &receipt, Some(&request)).await,
        503,
    )
    .await;

    // Deleting cancels; an unknown subscriber cannot be deleted.
    assert_eq!(
        send(&server, None, Method::DELETE, &path, None)
            .await
            .status(),
        200
    );
    let unknown = format!("/v1/subscription/{}", B64URL_NO_PAD.encode(subscriber_id()));
    assert_json_error(
        send(&server, None, Method::DELETE, &unknown, None).await,
        404,
    )
    .await;
    server.stop().await;
}

#[tokio::test]
async fn donations_need_a_payment_processor() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(23)).await;
    let boost = json!({"currency": "usd", "amount": 500, "paymentMethod": "CARD"});
    let path = "/v1/subscription/boost/create";
    assert_json_error(
        send(&server, Some(&alice), Method::POST, path, Some(&boost)).await,
        403,
    )
    .await;
    assert_json_error(
        send(&server, None, Method::POST, path, Some(&boost)).await,
        503,
    )
    .await;

    let redeem = json!({"receiptCredentialPresentation": base64::engine::general_purpose::STANDARD.encode([0u8; 64]), "visible": true, "primary": false});
    let path = "/v1/donation/redeem-receipt";
    assert_json_error(
        send(&server, None, Method::POST, path, Some(&redeem)).await,
        401,
    )
    .await;
    // 64 zero bytes are no receipt presentation (redemption: tests/client/donations.test.mjs).
    assert_json_error(
        send(&server, Some(&alice), Method::POST, path, Some(&redeem)).await,
        400,
    )
    .await;
    server.stop().await;
}

#[tokio::test]
async fn subscription_configuration_is_served_from_configuration() {
    // Default: no currencies or levels, 30 free media days.
    let server = TestServer::start().await;
    let response = send(
        &server,
        None,
        Method::GET,
        "/v1/subscription/configuration",
        None,
    )
    .await;
    let body = expect_json(response, 200).await;
    assert_eq!(body["currencies"], json!({}));
    assert_eq!(body["levels"], json!({}));
    assert_eq!(body["backup"]["freeTierMediaDays"], 30);
    server.stop().await;

    // Configured through TOML, with the wire's field names.
    let (mut config, dir, pg) = test_config().await;
    let toml_text = r#"
        sepaMaximumEuros = 5000
        [currencies.usd]
        minimum = 2.5
        oneTime = { "1" = [5, 10, 20] }
        subscription = { "500" = 5 }
        supportedPaymentMethods = ["CARD"]
        [levels.500]
        name = "Supporter"
        badge = { id = "R_LOW", category = "donor", name = "Supporter", description = "", sprites6 = [], svg = "", imageUrl = "" }
    "#;
    config.services.subscriptions.configuration = toml::from_str(toml_text).unwrap();
    let server = TestServer::start_with(config, dir, pg).await;
    let body: Value = send(
        &server,
        None,
        Method::GET,
        "/v1/subscription/configuration",
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(body["sepaMaximumEuros"], 5000.0);
    assert_eq!(
        body["currencies"]["usd"]["oneTime"]["1"],
        json!([5.0, 10.0, 20.0])
    );
    assert_eq!(body["levels"]["500"]["badge"]["id"], "R_LOW");
    server.stop().await;
}
