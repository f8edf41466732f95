//! Devices as a client sees them: listing, linking a new device with a link token (and the
//! new device logging in with its own credentials), waiting for the link, removing devices,
//! capabilities, client public keys, account-restore requests and transfer archives, every
//! error status, and that another account can neither see nor remove these devices.

use crate::common;
use crate::ok;

use reqwest::Method;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use common::api::{basic, model, Api, Basic};
use serde_json::{json, Value};
use signal_api::models;
use signal_api::{
    ApiNoContext as _, CreateDeviceTokenResponse, GetDevicesResponse, LinkDeviceResponse,
    RecordRestoreAccountRequestResponse, RecordTransferArchiveUploadedResponse,
    RemoveDeviceResponse, SetPublicKey1Response, WaitForDeviceTransferRequestResponse,
    WaitForLinkedDeviceResponse, WaitForTransferArchiveResponse,
};
use signal_server::crypto::xeddsa::KeyPair;

use common::{
    assert_json_error, expect_json, get, register, send, serialized_ec, signed_ec_key,
    signed_kem_key, test_number, TestAccount, TestServer,
};

// ---------------------------------------------------------------------------------------
// Accounts and keys

/// The Basic-auth user name of `account`'s device `device`: the bare ACI names the primary.
fn user(account: &TestAccount, device: u8) -> String {
    if device == 1 {
        account.aci.clone()
    } else {
        format!("{}.{device}", account.aci)
    }
}

/// A device of an account, with its own credentials.
type Dev = Basic;

/// A valid link request body for `account`, fetching messages (no push token).
fn link_body(account: &TestAccount, code: &str) -> Value {
    json!({
        "verificationCode": code,
        "accountAttributes": {
            "fetchesMessages": true,
            "registrationId": 123,
            "pniRegistrationId": 456,
            "name": STANDARD.encode(b"encrypted device name"),
            "capabilities": {"storage": true, "deleteSync": true},
        },
        "aciSignedPreKey": signed_ec_key(&account.aci_identity, 11),
        "pniSignedPreKey": signed_ec_key(&account.pni_identity, 12),
        "aciPqLastResortPreKey": signed_kem_key(&account.aci_identity, 13),
        "pniPqLastResortPreKey": signed_kem_key(&account.pni_identity, 14),
    })
}

/// `GET /v1/devices/provisioning/code` as the primary: (verificationCode, tokenIdentifier).
async fn link_code(server: &TestServer, account: &TestAccount) -> (String, String) {
    let token = ok!(
        server.api_as(account).create_device_token().await,
        CreateDeviceTokenResponse::TokenWasGeneratedSuccessfully
    );
    (
        token.verification_code.expect("verificationCode"),
        token.token_identifier.expect("tokenIdentifier"),
    )
}

/// `PUT /v1/devices/link` with the new device's password, as bytes on the wire (some tests
/// send bodies the model would refuse).
async fn put_link(server: &TestServer, password: &str, body: &Value) -> reqwest::Response {
    server
        .client
        .put(server.url("/v1/devices/link"))
        .header("authorization", basic(&test_number(600), password))
        .json(body)
        .send()
        .await
        .unwrap()
}

/// Links a new device; returns it with its credentials.
async fn link(server: &TestServer, account: &TestAccount, password: &str) -> (Dev, u8) {
    let (code, _) = link_code(server, account).await;
    let authorization = basic(&account.number, password);
    let linked = ok!(
        server
            .api()
            .link_device(model(link_body(account, &code)), Some(authorization), None)
            .await,
        LinkDeviceResponse::TheNewDeviceWasLinkedToTheCallingAccount
    );
    assert_eq!(
        linked.uuid.map(|u| u.to_string()),
        Some(account.aci.clone())
    );
    let id = linked.device_id.expect("deviceId") as u8;
    (Basic(user(account, id), password.to_owned()), id)
}

/// `GET /v1/devices` through `api`.
async fn devices(api: &Api) -> Vec<models::DeviceInfo> {
    ok!(api.get_devices().await, GetDevicesResponse::Success)
        .devices
        .expect("devices")
}

/// The ids `GET /v1/devices` lists through `api`.
async fn device_ids(api: &Api) -> Vec<i64> {
    devices(api)
        .await
        .iter()
        .map(|d| d.id.expect("id"))
        .collect()
}

// ---------------------------------------------------------------------------------------
// Tests

#[tokio::test]
async fn lists_devices_and_links_a_device_that_logs_in_with_its_own_credentials() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(600)).await;

    let response = get(&server, None, "/v1/devices").await;
    assert_json_error(response, 401).await;
    assert_eq!(device_ids(&server.api_as(&alice)).await, vec![1]);
    // The primary may also name itself by its bare ACI.
    let bare = Basic(user(&alice, 1), alice.password.clone());
    assert_eq!(device_ids(&server.api_as(&bare)).await, vec![1]);

    let (code, token_identifier) = link_code(&server, &alice).await;
    assert!(code.starts_with(&format!("{}.", alice.aci)));
    assert_eq!(token_identifier.len(), 43);
    let response = put_link(&server, "new device password", &link_body(&alice, &code)).await;
    let body = expect_json(response, 200).await;
    assert_eq!(body["uuid"], alice.aci.as_str());
    assert_eq!(body["pni"], alice.pni.as_str());
    assert_eq!(body["deviceId"], 2);

    // The new device authenticates as aci.2 with its own password, and sees both devices.
    let linked = Basic(user(&alice, 2), "new device password".into());
    let devices = devices(&server.api_as(&linked)).await;
    assert_eq!(devices.len(), 2);
    assert_eq!(devices[1].id, Some(2));
    let name = devices[1].name.as_ref().expect("name");
    assert_eq!(name.0, b"encrypted device name");
    assert!(devices[1].created.unwrap() > 0);
    assert!(devices[1].last_seen.unwrap() > 0);
    // ... but not with a wrong password, nor with the primary's.
    for password in ["wrong", alice.password.as_str()] {
        let wrong = Basic(user(&alice, 2), password.to_owned());
        let error = ok!(
            server.api_as(&wrong).get_devices().await,
            GetDevicesResponse::CredentialsAreRequiredAndAreMissingOrWrong
        );
        assert_eq!(error.code, 401);
    }

    // The primary waiting on the token learns about the device.
    let info = ok!(
        server
            .api_as(&alice)
            .wait_for_linked_device(token_identifier, Some(5), None)
            .await,
        WaitForLinkedDeviceResponse::ADeviceWasLinkedToAnAccountUsingTheTokenAssociatedWithTheGivenTokenIdentifier
    );
    assert_eq!(info.id, Some(2));
    assert_eq!(info.name.expect("name").0, b"encrypted device name");

    // The token is single-use; a forged or garbled one is refused.
    let response = put_link(&server, "another password", &link_body(&alice, &code)).await;
    assert_json_error(response, 403).await;
    let (claims, _) = code.rsplit_once(':').unwrap();
    let forged = format!(
        "{claims}:{}",
        base64::engine::general_purpose::URL_SAFE.encode([7u8; 32])
    );
    let response = put_link(&server, "another password", &link_body(&alice, &forged)).await;
    assert_json_error(response, 403).await;
    let response = put_link(&server, "another password", &link_body(&alice, "garbage")).await;
    assert_json_error(response, 403).await;

    // The next device gets the lowest free id.
    let (_, id) = link(&server, &alice, "third device password").await;
    assert_eq!(id, 3);
    server.stop().await;
}

#[tokio::test]
async fn link_requires_the_password_header_and_valid_attributes_and_keys() {
    // Refusals after the token check (signatures, capabilities) take VERIFY_DEVICE permits.
    let server = TestServer::start_with_rate_limits(&[("verifyDevice", 100, 1.0)]).await;
    let alice = register(&server, &test_number(600)).await;
    let (code, _) = link_code(&server, &alice).await;
    let good = link_body(&alice, &code);

    // No Authorization header: 401.
    let response = send(&server, None, Method::PUT, "/v1/devices/link", Some(&good)).await;
    assert_json_error(response, 401).await;

    let mut cases: Vec<(&str, Value)> = Vec::new();
    let mut b = good.clone();
    b["aciSignedPreKey"] = signed_ec_key(&alice.pni_identity, 11);
    cases.push(("ACI key signed by the PNI identity", b));
    let mut b = good.clone();
    b["pniSignedPreKey"] = signed_ec_key(&alice.aci_identity, 12);
    cases.push(("PNI key signed by the ACI identity", b));
    let mut b = good.clone();
    b["aciPqLastResortPreKey"] = signed_kem_key(&KeyPair::generate(), 13);
    cases.push(("ACI KEM key signed by a stranger", b));
    let mut b = good.clone();
    b["pniPqLastResortPreKey"] = signed_kem_key(&alice.aci_identity, 14);
    cases.push(("PNI KEM key signed by the ACI identity", b));
    let mut b = good.clone();
    b["aciSignedPreKey"]["publicKey"] = json!(STANDARD.encode([1u8; 10]));
    cases.push(("malformed EC key", b));
    let mut b = good.clone();
    b["accountAttributes"]["registrationId"] = json!(0);
    cases.push(("registration id 0", b));
    let mut b = good.clone();
    b["accountAttributes"]["pniRegistrationId"] = json!(16384);
    cases.push(("PNI registration id 16384", b));
    let mut b = good.clone();
    b["accountAttributes"]["fetchesMessages"] = json!(false);
    cases.push(("no way to receive messages", b));
    let mut b = good.clone();
    b["apnToken"] = json!({"apnRegistrationId": "apn"});
    cases.push(("push token and fetchesMessages", b));
    let mut b = good.clone();
    b["accountAttributes"]["fetchesMessages"] = json!(false);
    b["apnToken"] = json!({"apnRegistrationId": "apn"});
    b["gcmToken"] = json!({"gcmRegistrationId": "gcm"});
    cases.push(("two push tokens", b));
    let mut b = good.clone();
    b["accountAttributes"]
        .as_object_mut()
        .unwrap()
        .remove("capabilities");
    cases.push(("no capabilities", b));
    let mut b = good.clone();
    b.as_object_mut().unwrap().remove("accountAttributes");
    cases.push(("no account attributes", b));
    let mut b = good.clone();
    b.as_object_mut().unwrap().remove("pniSignedPreKey");
    cases.push(("no PNI signed prekey", b));
    for (what, body) in cases {
        let response = put_link(&server, "pw", &body).await;
        assert_eq!(response.status(), 422, "{what}");
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["code"], 422, "{what}");
    }

    // None of the refusals used up the token; a push-token device links with it.
    let mut b = good.clone();
    b["accountAttributes"]["fetchesMessages"] = json!(false);
    b["gcmToken"] = json!({"gcmRegistrationId": "gcm-token"});
    let response = put_link(&server, "pw", &b).await;
    let body = expect_json(response, 200).await;
    assert_eq!(body["deviceId"], 2);
    server.stop().await;
}

#[tokio::test]
async fn device_limit_gives_411_before_the_primary_check() {
    let (mut config, dir, pg) = common::test_config().await;
    config.max_devices = 2;
    let server = TestServer::start_with(config, dir, pg).await;
    let alice = register(&server, &test_number(600)).await;
    let (spare_code, _) = link_code(&server, &alice).await;
    // Tokens are `aci.millis` signed, as the reference's: two minted in the same millisecond
    // are one token, and linking with one would use up the other.
    tokio::time::sleep(std::time::Duration::from_millis(3)).await;

    // Under the limit, a linked device may not mint tokens: 401.
    let (linked, _) = link(&server, &alice, "linked password").await;
    // Now at the limit: 411 for everyone, even before the primary-only check.
    for api in [server.api_as(&alice), server.api_as(&linked)] {
        assert_eq!(
            api.create_device_token().await.unwrap(),
            CreateDeviceTokenResponse::TheAuthenticatedAccountAlreadyHasTheMaximumAllowedNumberOfLinkedDevices
        );
    }
    // A token minted before the limit was reached cannot exceed it.
    let response = put_link(&server, "pw", &link_body(&alice, &spare_code)).await;
    assert_json_error(response, 411).await;

    // After removing the linked device there is room again; a linked device gets 401.
    assert_eq!(
        server.api_as(&alice).remove_device(2).await.unwrap(),
        RemoveDeviceResponse::Success
    );
    let response = put_link(&server, "pw2", &link_body(&alice, &spare_code)).await;
    let body = expect_json(response, 200).await;
    assert_eq!(body["deviceId"], 2, "the lowest free id is reused");
    server.stop().await;

    let (mut config, dir, pg) = common::test_config().await;
    config.max_devices = 3;
    let server = TestServer::start_with(config, dir, pg).await;
    let alice = register(&server, &test_number(600)).await;
    let (linked, _) = link(&server, &alice, "linked password").await;
    for api in [server.api_as(&linked), server.api()] {
        let error = ok!(
            api.create_device_token().await,
            CreateDeviceTokenResponse::CredentialsAreRequiredAndAreMissingOrWrong
        );
        assert_eq!(error.code, 401, "{error:?}");
    }
    server.stop().await;
}

#[tokio::test]
async fn waiting_for_a_linked_device() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(600)).await;
    let bob = register(&server, &test_number(601)).await;
    let (code, token_identifier) = link_code(&server, &alice).await;
    let wait_url = |id: &str, timeout: &str| {
        server.url(&format!(
            "/v1/devices/wait_for_linked_device/{id}?timeout={timeout}"
        ))
    };

    let wait = |api: Api, timeout| {
        let token_identifier = token_identifier.clone();
        async move {
            let response = api.wait_for_linked_device(token_identifier, Some(timeout), None);
            response.await.unwrap()
        }
    };
    use WaitForLinkedDeviceResponse::NoDeviceWasLinkedToTheAccountBeforeTheCallCompleted as Nothing;

    // Nothing linked yet: 204 after the timeout.
    assert_eq!(wait(server.api_as(&alice), 1).await, Nothing);
    // Malformed identifiers and timeouts: 400. No credentials: 401.
    for (id, timeout) in [
        ("short", "1"),
        ("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!", "1"),
        (token_identifier.as_str(), "0"),
        (token_identifier.as_str(), "3601"),
    ] {
        let response = alice
            .auth(server.client.get(wait_url(id, timeout)))
            .send()
            .await
            .unwrap();
        assert_json_error(response, 400).await;
    }
    let response = server
        .client
        .get(wait_url(&token_identifier, "1"))
        .send()
        .await
        .unwrap();
    assert_json_error(response, 401).await;

    // A waiter started before the link sees it when it happens.
    let waiter = tokio::spawn(wait(server.api_as(&alice), 30));
    let response = put_link(&server, "pw", &link_body(&alice, &code)).await;
    assert_eq!(expect_json(response, 200).await["deviceId"], 2);
    let info = ok!(
        waiter.await,
        WaitForLinkedDeviceResponse::ADeviceWasLinkedToAnAccountUsingTheTokenAssociatedWithTheGivenTokenIdentifier
    );
    assert_eq!(info.id, Some(2));

    // A linked device may not wait (400); another account never sees alice's link (204).
    let linked = Basic(user(&alice, 2), "pw".into());
    let response = linked
        .auth(server.client.get(wait_url(&token_identifier, "1")))
        .send()
        .await
        .unwrap();
    assert_json_error(response, 400).await;
    assert_eq!(wait(server.api_as(&bob), 1).await, Nothing);
    server.stop().await;
}

#[tokio::test]
async fn removing_devices() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(600)).await;
    let bob = register(&server, &test_number(601)).await;
    let (second, _) = link(&server, &alice, "second").await;
    let (third, _) = link(&server, &alice, "third").await;
    let remove = |api: Api, id: i32| async move { api.remove_device(id).await.unwrap() };
    let refused = |response: RemoveDeviceResponse| match response {
        RemoveDeviceResponse::CredentialsAreRequiredAndAreMissingOrWrong(e)
        | RemoveDeviceResponse::ThePrimaryDevice(e)
        | RemoveDeviceResponse::MalformedRequest(e) => e.code,
        other => panic!("expected a refusal, got {other:?}"),
    };
    use RemoveDeviceResponse::Success;

    assert_eq!(refused(remove(server.api(), 2).await), 401);
    // A linked device may remove only itself: anything else is 401, even the primary.
    assert_eq!(refused(remove(server.api_as(&second), 3).await), 401);
    assert_eq!(refused(remove(server.api_as(&second), 1).await), 401);
    // Nobody removes the primary.
    assert_eq!(refused(remove(server.api_as(&alice), 1).await), 403);
    // An unknown device id is a no-op; a non-number or out-of-range id names no route.
    assert_eq!(remove(server.api_as(&alice), 9).await, Success);
    let delete = |path: &str| alice.auth(server.client.delete(server.url(path)));
    assert_json_error(delete("/v1/devices/two").send().await.unwrap(), 400).await;
    assert_json_error(delete("/v1/devices/300").send().await.unwrap(), 404).await;

    // Another account cannot see alice's devices, and removing "its" device 2 leaves alice's alone.
    assert_eq!(device_ids(&server.api_as(&bob)).await, vec![1]);
    assert_eq!(remove(server.api_as(&bob), 2).await, Success);
    assert_eq!(device_ids(&server.api_as(&alice)).await, vec![1, 2, 3]);

    // A linked device removes itself; the primary removes another. Their credentials die.
    assert_eq!(remove(server.api_as(&third), 3).await, Success);
    assert_eq!(remove(server.api_as(&alice), 2).await, Success);
    for dev in [&second, &third] {
        let error = ok!(
            server.api_as(dev).get_devices().await,
            GetDevicesResponse::CredentialsAreRequiredAndAreMissingOrWrong
        );
        assert_eq!(error.code, 401);
    }
    assert_eq!(device_ids(&server.api_as(&alice)).await, vec![1]);
    // The freed id is handed out again, with the new device's own password.
    let (again, id) = link(&server, &alice, "again").await;
    assert_eq!(id, 2);
    assert_eq!(device_ids(&server.api_as(&again)).await, vec![1, 2]);
    server.stop().await;
}

#[tokio::test]
async fn capabilities_prevent_downgrades_on_link() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(600)).await;
    let put_caps = |body: Value| {
        server
            .client
            .put(server.url("/v1/devices/capabilities"))
            .json(&body)
    };

    assert_json_error(
        put_caps(json!({"deleteSync": true})).send().await.unwrap(),
        401,
    )
    .await;
    let response = alice
        .auth(put_caps(
            json!({"deleteSync": true, "storage": false, "unknownThing": true}),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);

    // Every device has deleteSync now: a new device without it is refused (409)...
    let (code, _) = link_code(&server, &alice).await;
    let mut body = link_body(&alice, &code);
    body["accountAttributes"]["capabilities"] = json!({"storage": true});
    assert_json_error(put_link(&server, "pw", &body).await, 409).await;
    // ... and one with it is linked (the refusal did not use the token).
    let response = put_link(&server, "pw", &link_body(&alice, &code)).await;
    assert_eq!(response.status(), 200);

    // Once the primary drops it again, devices without it may join.
    let response = alice
        .auth(put_caps(json!({"deleteSync": false})))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let (code, _) = link_code(&server, &alice).await;
    let mut body = link_body(&alice, &code);
    body["accountAttributes"]["capabilities"] = json!({});
    assert_eq!(put_link(&server, "pw3", &body).await.status(), 200);
    // Bad bodies: 400 for malformed JSON, 422 for the wrong shape.
    let response = alice
        .auth(server.client.put(server.url("/v1/devices/capabilities")))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_json_error(response, 400).await;
    let response = alice
        .auth(put_caps(json!({"deleteSync": "yes"})))
        .send()
        .await
        .unwrap();
    assert_json_error(response, 422).await;
    server.stop().await;
}

#[tokio::test]
async fn client_public_keys() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(600)).await;
    let put_key = |body: Value| {
        server
            .client
            .put(server.url("/v1/devices/public_key"))
            .json(&body)
    };
    let key = STANDARD.encode(serialized_ec(&KeyPair::generate()));

    assert_json_error(
        put_key(json!({"publicKey": key})).send().await.unwrap(),
        401,
    )
    .await;
    // Storing, then replacing.
    for _ in 0..2 {
        let request = Some(model(json!({"publicKey": key})));
        assert_eq!(
            server
                .api_as(&alice)
                .set_public_key1(request)
                .await
                .unwrap(),
            SetPublicKey1Response::PublicKeyStoredSuccessfully
        );
    }
    for bad in [
        json!({"publicKey": STANDARD.encode([5u8; 10])}),
        json!({"publicKey": STANDARD.encode([9u8; 33])}),
        json!({"publicKey": "not base64!"}),
        json!({}),
    ] {
        let response = alice.auth(put_key(bad.clone())).send().await.unwrap();
        assert_json_error(response, 422).await;
    }
    server.stop().await;
}

#[tokio::test]
async fn restore_account_requests() {
    let server = TestServer::start().await;
    let url = |token: &str, query: &str| {
        server.url(&format!("/v1/devices/restore_account/{token}{query}"))
    };
    let wait = |token: &str, timeout| {
        let (api, token) = (server.api(), token.to_owned());
        async move {
            api.wait_for_device_transfer_request(token, Some(timeout))
                .await
                .unwrap()
        }
    };
    let record = |token: &str, body: Value| {
        let (api, token) = (server.api(), token.to_owned());
        async move {
            let recorded = api.record_restore_account_request(token, Some(model(body)));
            assert_eq!(
                recorded.await.unwrap(),
                RecordRestoreAccountRequestResponse::Success
            );
        }
    };
    use WaitForDeviceTransferRequestResponse::{
        ARestoreAccountRequestWasReceivedForTheGivenToken as Received,
        NoRestoreAccountRequestForTheGivenTokenWasReceivedBeforeTheCallCompleted as Nothing,
    };

    assert_eq!(wait("tok-1", 1).await, Nothing);
    let body = json!({"method": "DEVICE_TRANSFER", "deviceTransferBootstrap": "AAECAw"});
    record("tok-1", body.clone()).await;
    assert_eq!(wait("tok-1", 1).await, Received(model(body)));
    // Other tokens see nothing.
    assert_eq!(wait("tok-2", 1).await, Nothing);

    // A waiter started first gets the request when it is recorded.
    let waiter = tokio::spawn(wait("tok-3", 30));
    record("tok-3", json!({"method": "DECLINE"})).await;
    let got = ok!(waiter.await, Received);
    assert_eq!(got.method, models::RestoreAccountRequestMethod::Decline);

    // Validation: 422 on the PUT, 400 on the GET.
    let long = "x".repeat(65);
    let bootstrap = "A".repeat(4097);
    for (token, body) in [
        (long.as_str(), json!({"method": "DECLINE"})),
        ("tok-4", json!({"method": "TELEPATHY"})),
        (
            "tok-4",
            json!({"method": "DEVICE_TRANSFER", "deviceTransferBootstrap": bootstrap}),
        ),
        ("tok-4", json!({})),
    ] {
        let response = server.client.put(url(token, "")).json(&body).send();
        assert_json_error(response.await.unwrap(), 422).await;
    }
    for (token, query) in [(long.as_str(), "?timeout=1"), ("tok-1", "?timeout=0")] {
        let response = server.client.get(url(token, query)).send();
        assert_json_error(response.await.unwrap(), 400).await;
    }
    server.stop().await;
}

#[tokio::test]
async fn transfer_archives() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(600)).await;
    let bob = register(&server, &test_number(601)).await;
    let (linked, id) = link(&server, &alice, "linked").await;
    let created = devices(&server.api_as(&alice)).await[1].created.unwrap();
    let archive_url = |query: &str| server.url(&format!("/v1/devices/transfer_archive{query}"));
    let wait = |api: Api, timeout| async move {
        api.wait_for_transfer_archive(Some(timeout), None)
            .await
            .unwrap()
    };
    let record = |body: &Value| {
        let (api, body) = (server.api_as(&alice), model(body.clone()));
        async move {
            let recorded = api.record_transfer_archive_uploaded(body).await.unwrap();
            assert_eq!(recorded, RecordTransferArchiveUploadedResponse::Success);
        }
    };
    use WaitForTransferArchiveResponse::{
        EitherANewTransferArchiveWasUploadedForTheAuthenticatedDevice as Uploaded,
        NoTransferArchiveWasUploadedBeforeTheCallCompleted as Nothing,
    };

    // Nothing uploaded: 204 after the timeout.
    assert_eq!(wait(server.api_as(&linked), 1).await, Nothing);
    let response = server.client.get(archive_url("?timeout=1")).send();
    assert_json_error(response.await.unwrap(), 401).await;
    let response = linked.auth(server.client.get(archive_url("?timeout=4000")));
    assert_json_error(response.send().await.unwrap(), 400).await;

    let upload = json!({
        "destinationDeviceId": id,
        "destinationDeviceCreated": created,
        "transferArchive": {"cdn": 3, "key": "abc"},
    });
    let put = |body: &Value| server.client.put(archive_url("")).json(body);
    assert_json_error(put(&upload).send().await.unwrap(), 401).await;
    // A waiter started before the upload gets the archive when it is recorded.
    let waiter = tokio::spawn(wait(server.api_as(&linked), 30));
    record(&upload).await;
    let archive = Uploaded(model(json!({"cdn": 3, "key": "abc"})));
    assert_eq!(waiter.await.unwrap(), archive);
    assert_eq!(wait(server.api_as(&linked), 2).await, archive);
    // The primary (another device) and another account's device 2 see nothing.
    assert_eq!(wait(server.api_as(&alice), 1).await, Nothing);
    let (bobs, _) = link(&server, &bob, "bob linked").await;
    assert_eq!(wait(server.api_as(&bobs), 1).await, Nothing);

    // An error result replaces the archive.
    let failed = json!({
        "destinationDeviceId": id,
        "destinationDeviceCreated": created,
        "transferArchive": {"error": "RELINK_REQUESTED"},
    });
    record(&failed).await;
    let got = wait(server.api_as(&linked), 2).await;
    assert_eq!(got, Uploaded(model(json!({"error": "RELINK_REQUESTED"}))));

    // Validation: 422.
    for bad in [
        json!({"destinationDeviceId": 0, "destinationDeviceCreated": created, "transferArchive": {"cdn": 3, "key": "k"}}),
        json!({"destinationDeviceId": 128, "destinationDeviceCreated": created, "transferArchive": {"cdn": 3, "key": "k"}}),
        json!({"destinationDeviceId": 2, "destinationDeviceCreated": 0, "transferArchive": {"cdn": 3, "key": "k"}}),
        json!({"destinationDeviceId": 2, "destinationDeviceCreated": created, "transferArchive": {"cdn": 3, "key": "k".repeat(65)}}),
        json!({"destinationDeviceId": 2, "destinationDeviceCreated": created, "transferArchive": {"error": "OOPS"}}),
        json!({"destinationDeviceId": 2, "destinationDeviceCreated": created}),
    ] {
        let response = alice.auth(put(&bad)).send().await.unwrap();
        let status = response.status();
        let text = response.text().await.unwrap();
        assert_eq!(status, 422, "{bad} -> {text}");
    }
    server.stop().await;
}

#[tokio::test]
async fn link_tokens_survive_a_restart() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(600)).await;
    let (code, _) = link_code(&server, &alice).await;
    let server = server.restart().await;
    let response = put_link(&server, "pw", &link_body(&alice, &code)).await;
    assert_eq!(response.status(), 200);
    server.stop().await;
}

#[tokio::test]
async fn restore_bootstrap_is_limited_to_4096_decoded_bytes() {
    let server = TestServer::start().await;
    let put = |token: &str, bootstrap: String| {
        server
            .client
            .put(server.url(&format!("/v1/devices/restore_account/{token}")))
            .json(&json!({"method": "DEVICE_TRANSFER", "deviceTransferBootstrap": bootstrap}))
            .send()
    };
    // 4096 bytes are 5464 base64 characters: accepted, padded or not.
    let full = STANDARD.encode([7u8; 4096]);
    assert_eq!(put("b-1", full.clone()).await.unwrap().status(), 204);
    let unpadded = base64::engine::general_purpose::STANDARD_NO_PAD.encode([7u8; 4095]);
    assert_eq!(put("b-2", unpadded).await.unwrap().status(), 204);
    let response = server
        .client
        .get(server.url("/v1/devices/restore_account/b-1?timeout=1"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        expect_json(response, 200).await["deviceTransferBootstrap"],
        full
    );
    // One byte more, or text that is not base64: 422.
    for bad in [
        STANDARD.encode([7u8; 4097]),
        "not base64!".to_owned(),
        "AAAAA".to_owned(),
    ] {
        assert_json_error(put("b-3", bad).await.unwrap(), 422).await;
    }
    server.stop().await;
}

#[tokio::test]
async fn link_checks_the_body_before_the_token_and_counts_every_attempt_with_a_valid_token() {
    let server = TestServer::start_with_rate_limits(&[("verifyDevice", 1, 3600.0)]).await;
    let alice = register(&server, &test_number(600)).await;

    // An invalid body is 422 even with a token that is no token.
    let mut bad_body = link_body(&alice, "not-a-token");
    bad_body["accountAttributes"]["registrationId"] = json!(0);
    assert_json_error(put_link(&server, "pw", &bad_body).await, 422).await;
    let response = put_link(&server, "pw", &link_body(&alice, "not-a-token")).await;
    assert_json_error(response, 403).await;

    // A wrong signature with a valid token takes the only VERIFY_DEVICE permit.
    let (code, _) = link_code(&server, &alice).await;
    let mut bad_signature = link_body(&alice, &code);
    bad_signature["aciSignedPreKey"] = signed_ec_key(&alice.pni_identity, 11);
    assert_json_error(put_link(&server, "pw", &bad_signature).await, 422).await;
    let response = put_link(&server, "pw", &link_body(&alice, &code)).await;
    assert_json_error(response, 429).await;
    server.stop().await;
}

#[tokio::test]
async fn a_linked_device_is_last_seen_on_the_day() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(600)).await;
    let (linked, _) = link(&server, &alice, "linked").await;
    for rb in [
        alice.auth(server.client.get(server.url("/v1/devices"))),
        linked.auth(server.client.get(server.url("/v1/devices"))),
    ] {
        let list = expect_json(rb.send().await.unwrap(), 200).await;
        let device = &list["devices"][1];
        let last_seen = device["lastSeen"].as_i64().unwrap();
        let created = device["created"].as_i64().unwrap();
        assert_eq!(last_seen % 86_400_000, 0, "{device}");
        assert_eq!(last_seen, created / 86_400_000 * 86_400_000, "{device}");
    }
    server.stop().await;
}

#[tokio::test]
async fn transfer_archive_bodies_are_checked_before_the_limiter() {
    let server = TestServer::start_with_rate_limits(&[("uploadTransferArchive", 1, 3600.0)]).await;
    let alice = register(&server, &test_number(600)).await;
    let (_, id) = link(&server, &alice, "linked").await;
    let list = expect_json(
        alice
            .auth(server.client.get(server.url("/v1/devices")))
            .send()
            .await
            .unwrap(),
        200,
    )
    .await;
    let created = list["devices"][1]["created"].as_i64().unwrap();
    let put = |key: &str| {
        let body = json!({
            "destinationDeviceId": id,
            "destinationDeviceCreated": created,
            "transferArchive": {"cdn": 3, "key": key},
        });
        alice
            .auth(
                server
                    .client
                    .put(server.url("/v1/devices/transfer_archive")),
            )
            .json(&body)
            .send()
    };
    // Keys must be base64url; refusals take no permit.
    for bad in ["abc+/", "abc=", "a b", ""] {
        assert_json_error(put(bad).await.unwrap(), 422).await;
    }
    assert_eq!(put("aB3-_x").await.unwrap().status(), 204);
    assert_json_error(put("aB3-_x").await.unwrap(), 429).await;
    server.stop().await;
}
