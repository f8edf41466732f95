//! Account self-management over HTTP: whoami, attributes, push tokens, registration lock,
//! discoverability, data report, device names, existence checks, deletion, change number
//! and PNI key distribution.
//!
//! Accounts are registered and devices linked through the API, as a client would. Besides what
//! a client observes over HTTP, deletion and PNI key distribution are also checked in storage
//! (nothing of a deleted account, and no PNI one-time key after a distribution, is left).

use crate::common;
use crate::ok;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use common::{
    assert_json_error, expect_json, get, model, register, register_devices, send, test_number,
    verified_session, AccountDevices, TestAccount, TestServer,
};
use rand::RngCore;
use reqwest::Method;
use sea_orm::{ActiveModelTrait, Database, DatabaseConnection, Set};
use serde_json::{json, Value};
use signal_api::models;
use signal_api::{
    AccountExistsResponse, ApiNoContext as _, DeleteApnRegistrationIdResponse,
    DeleteGcmRegistrationIdResponse, SetApnRegistrationIdResponse, SetGcmRegistrationIdResponse,
    SetPhoneNumberDiscoverabilityResponse, WhoAmIResponse,
};
use signal_server::crypto::xeddsa::KeyPair;
use signal_server::db::devices;
use signal_server::types::{Aci, DeviceId, Pni};
use uuid::Uuid;

async fn db(server: &TestServer) -> DatabaseConnection {
    Database::connect(server.config.database_url())
        .await
        .unwrap()
}

fn uuid(id: &str) -> Uuid {
    Uuid::parse_str(id).unwrap()
}

fn attributes() -> Value {
    json!({
        "fetchesMessages": true,
        "registrationId": 1234,
        "pniRegistrationId": 4321,
        "capabilities": {"storage": true},
        "discoverableByPhoneNumber": true,
        "unrestrictedUnidentifiedAccess": false,
    })
}

/// `GET /v1/accounts/whoami` as `account`, which must succeed.
async fn whoami(server: &TestServer, account: &TestAccount) -> models::AccountIdentityResponse {
    ok!(
        server.api_as(account).who_am_i().await,
        WhoAmIResponse::Success
    )
}

/// The status in the JSON error body `GET /v1/accounts/whoami` answers `account` with, when
/// its credentials no longer work.
async fn whoami_refused(server: &TestServer, account: &TestAccount) -> i32 {
    let refused = server.api_as(account).who_am_i().await;
    ok!(
        refused,
        WhoAmIResponse::CredentialsAreRequiredAndAreMissingOrWrong
    )
    .code
}

/// Whether `HEAD /v1/accounts/account/{id}` finds an account (it takes no credentials).
async fn exists(server: &TestServer, id: String) -> bool {
    match server.api().account_exists(id).await.unwrap() {
        AccountExistsResponse::AnAccountWithTheGivenIdentifierWasFound => true,
        AccountExistsResponse::AnAccountWasNotFoundForTheGivenIdentifier => false,
        other => panic!("HEAD /v1/accounts/account: {other:?}"),
    }
}

async fn data_report(server: &TestServer, account: &TestAccount) -> Value {
    let r = get(server, Some(account), "/v2/accounts/data_report").await;
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

async fn put(
    server: &TestServer,
    account: &TestAccount,
    path: &str,
    body: Value,
) -> reqwest::Response {
    send(server, Some(account), Method::PUT, path, Some(&body)).await
}

#[tokio::test]
async fn whoami_reports_the_callers_identity() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(500), 1).await;
    let b = register_devices(&server, &test_number(501), 1).await;
    let who = whoami(&server, &a).await;
    assert_eq!(who.uuid, Some(uuid(&a.aci)));
    assert_eq!(who.pni, Some(uuid(&a.pni)));
    assert_eq!(who.number, Some(a.number.clone()));
    // Registered with the storage capability.
    assert_eq!(who.storage_capable, Some(true));
    assert_eq!(whoami(&server, &b).await.uuid, Some(uuid(&b.aci)));

    let r = get(&server, None, "/v1/accounts/whoami").await;
    assert_json_error(r, 401).await;
    let r = server
        .client
        .get(server.url("/v1/accounts/whoami"))
        .basic_auth(a.aci.to_string(), Some(&b.password))
        .send()
        .await
        .unwrap();
    assert_json_error(r, 401).await;
    server.stop().await;
}

#[tokio::test]
async fn attributes_are_validated_and_fully_replaced() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(505), 1).await;
    let b = register_devices(&server, &test_number(506), 1).await;

    let mut attrs = attributes();
    attrs["unrestrictedUnidentifiedAccess"] = json!(true);
    attrs["unidentifiedAccessKey"] = json!(STANDARD.encode([7u8; 16]));
    let r = a
        .auth(server.client.put(server.url("/v1/accounts/attributes")))
        .header("X-Signal-Agent", "OWD")
        .json(&attrs)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let who = whoami(&server, &a).await;
    assert_eq!(who.storage_capable, Some(true));
    let report = data_report(&server, &a).await;
    assert_eq!(
        report["data"]["account"]["allowSealedSenderFromAnyone"],
        true
    );
    assert_eq!(report["data"]["devices"][0]["userAgent"], "OWD");
    // The other account is untouched.
    let report_b = data_report(&server, &b).await;
    assert_eq!(
        report_b["data"]["account"]["allowSealedSenderFromAnyone"],
        false
    );

    // Full replace: omitted fields fall back to their defaults.
    let minimal = json!({"registrationId": 1, "pniRegistrationId": 16383, "discoverableByPhoneNumber": false});
    assert_eq!(
        put(&server, &a, "/v1/accounts/attributes", minimal)
            .await
            .status(),
        204
    );
    let report = data_report(&server, &a).await;
    assert_eq!(
        report["data"]["account"]["allowSealedSenderFromAnyone"],
        false
    );
    assert_eq!(report["data"]["account"]["findAccountByPhoneNumber"], false);
    let who = whoami(&server, &a).await;
    assert_eq!(who.storage_capable, Some(false));
    // The other account keeps the capability it registered with.
    let who_b = whoami(&server, &b).await;
    assert_eq!(who_b.storage_capable, Some(true));

    for (field, value) in [
        ("registrationId", json!(0)),
        ("registrationId", json!(16384)),
        ("pniRegistrationId", json!(0)),
        ("unidentifiedAccessKey", json!(STANDARD.encode([1u8; 5]))),
        ("name", json!(STANDARD.encode([1u8; 226]))),
    ] {
        let mut body = attributes();
        body[field] = value;
        let r = put(&server, &a, "/v1/accounts/attributes", body).await;
        assert_json_error(r, 422).await;
    }
    let mut body = attributes();
    body.as_object_mut().unwrap().remove("pniRegistrationId");
    assert_json_error(put(&server, &a, "/v1/accounts/attributes", body).await, 422).await;
    let r = send(
        &server,
        None,
        Method::PUT,
        "/v1/accounts/attributes",
        Some(&attributes()),
    )
    .await;
    assert_json_error(r, 401).await;
    server.stop().await;
}

#[tokio::test]
async fn push_tokens_and_discoverability() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(510), 2).await;
    let (primary, linked) = (server.api_as(a.device(1)), server.api_as(a.device(2)));
    let (server_ref, account) = (&server, &a);
    let user_agent = |device: usize| async move {
        let report = data_report(server_ref, account).await;
        report["data"]["devices"][device]["userAgent"].clone()
    };
    let apn = model(json!({"apnRegistrationId": "apn-token"}));
    let set = primary.set_apn_registration_id(apn).await.unwrap();
    assert_eq!(set, SetApnRegistrationIdResponse::Success);
    for bad in [json!({"apnRegistrationId": ""}), json!({})] {
        assert_json_error(put(&server, &a, "/v1/accounts/apn", bad).await, 422).await;
    }
    let deleted = primary.delete_apn_registration_id().await.unwrap();
    assert_eq!(deleted, DeleteApnRegistrationIdResponse::Success);
    assert_eq!(user_agent(0).await, "OWI");
    let deleted = linked.delete_apn_registration_id().await.unwrap();
    assert_eq!(deleted, DeleteApnRegistrationIdResponse::Success);
    assert_eq!(user_agent(1).await, "OWP");

    // Setting the same FCM token twice is fine.
    for _ in 0..2 {
        let gcm = model(json!({"gcmRegistrationId": "fcm-token"}));
        let set = primary.set_gcm_registration_id(gcm).await.unwrap();
        assert_eq!(set, SetGcmRegistrationIdResponse::Success);
    }
    let deleted = primary.delete_gcm_registration_id().await.unwrap();
    assert_eq!(deleted, DeleteGcmRegistrationIdResponse::Success);
    assert_eq!(user_agent(0).await, "OWA");
    let r = send(&server, None, Method::DELETE, "/v1/accounts/gcm", None).await;
    assert_json_error(r, 401).await;

    let path = "/v2/accounts/phone_number_discoverability";
    let hidden = model(json!({"discoverableByPhoneNumber": false}));
    assert_eq!(
        primary
            .set_phone_number_discoverability(hidden)
            .await
            .unwrap(),
        SetPhoneNumberDiscoverabilityResponse::TheSettingWasSuccessfullyUpdated
    );
    assert_eq!(
        data_report(&server, &a).await["data"]["account"]["findAccountByPhoneNumber"],
        false
    );
    for bad in [json!({"discoverableByPhoneNumber": null}), json!({})] {
        assert_json_error(put(&server, &a, path, bad).await, 422).await;
    }
    server.stop().await;
}

#[tokio::test]
async fn data_report_describes_account_and_devices() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(515), 2).await;
    let report = data_report(&server, &a).await;
    assert!(Uuid::parse_str(report["reportId"].as_str().unwrap()).is_ok());
    assert!(report["reportTimestamp"].is_string());
    assert_eq!(report["data"]["account"]["phoneNumber"], a.number);
    assert_eq!(report["data"]["account"]["findAccountByPhoneNumber"], true);
    assert_eq!(report["data"]["account"]["badges"], json!([]));
    let devices = report["data"]["devices"].as_array().unwrap();
    assert_eq!(devices.len(), 2);
    assert_eq!(devices[0]["id"], 1);
    assert_eq!(devices[1]["id"], 2);
    assert!(report["text"].as_str().unwrap().contains(&a.number));
    let r = get(&server, None, "/v2/accounts/data_report").await;
    assert_json_error(r, 401).await;
    server.stop().await;
}

#[tokio::test]
async fn account_exists_is_unauthenticated() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(520), 1).await;
    assert!(exists(&server, a.aci.to_string()).await);
    assert!(exists(&server, format!("PNI:{}", a.pni)).await);
    assert!(!exists(&server, Uuid::new_v4().to_string()).await);
    assert!(!exists(&server, format!("PNI:{}", a.aci)).await);
    // HEAD answers have no body: the statuses are all there is.
    let head = |id: &str| {
        server
            .client
            .head(server.url(&format!("/v1/accounts/account/{id}")))
    };
    assert_eq!(head("not-a-uuid").send().await.unwrap().status(), 400);
    let r = a.auth(head(&a.aci)).send().await.unwrap();
    assert_eq!(r.status(), 400);
    server.stop().await;
}

#[tokio::test]
async fn device_names() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(525), 2).await;
    let b = register_devices(&server, &test_number(526), 1).await;
    let name = json!({"deviceName": STANDARD.encode(b"encrypted name")});
    let set = |account: &AccountDevices, device: u8, query: &str| {
        account
            .device(device)
            .auth(
                server
                    .client
                    .put(server.url(&format!("/v1/accounts/name{query}"))),
            )
            .json(&name)
    };
    assert_eq!(set(&a, 1, "").send().await.unwrap().status(), 204);
    assert_eq!(
        set(&a, 1, "?deviceId=2").send().await.unwrap().status(),
        204
    );
    assert_eq!(
        set(&a, 2, "?deviceId=2").send().await.unwrap().status(),
        204
    );
    assert_eq!(set(&a, 2, "").send().await.unwrap().status(), 204);
    assert_json_error(set(&a, 2, "?deviceId=1").send().await.unwrap(), 403).await;
    assert_json_error(set(&a, 1, "?deviceId=3").send().await.unwrap(), 404).await;
    // Another account cannot reach the first one's devices.
    assert_json_error(set(&b, 1, "?deviceId=2").send().await.unwrap(), 404).await;
    let long = json!({"deviceName": STANDARD.encode([0u8; 226])});
    let r = send(
        &server,
        Some(&a),
        Method::PUT,
        "/v1/accounts/name",
        Some(&long),
    )
    .await;
    assert_json_error(r, 422).await;
    let r = send(&server, None, Method::PUT, "/v1/accounts/name", Some(&name)).await;
    assert_json_error(r, 401).await;
    server.stop().await;
}

#[tokio::test]
async fn registration_lock_set_and_remove() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(530), 1).await;
    let path = "/v1/accounts/registration_lock";
    assert_eq!(
        put(
            &server,
            &a,
            path,
            json!({"registrationLock": "a".repeat(64)})
        )
        .await
        .status(),
        204
    );
    assert_json_error(
        put(
            &server,
            &a,
            path,
            json!({"registrationLock": "a".repeat(63)}),
        )
        .await,
        422,
    )
    .await;
    assert_json_error(
        put(
            &server,
            &a,
            path,
            json!({"registrationLock": "a".repeat(65)}),
        )
        .await,
        422,
    )
    .await;
    assert_json_error(put(&server, &a, path, json!({})).await, 422).await;
    let r = send(&server, Some(&a), Method::DELETE, path, None).await;
    assert_eq!(r.status(), 204);
    let r = send(&server, None, Method::DELETE, path, None).await;
    assert_json_error(r, 401).await;
    server.stop().await;
}

/// An empty `registrationLock` in the attributes clears the lock, as an absent one does: the
/// number can be registered again without a lock (no 423).
#[tokio::test]
async fn empty_registration_lock_attribute_clears_the_lock() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(531), 1).await;
    let mut attrs = attributes();
    attrs["registrationLock"] = json!("l".repeat(64));
    let r = put(&server, &a, "/v1/accounts/attributes", attrs.clone()).await;
    assert_eq!(r.status(), 204);
    attrs["registrationLock"] = json!("");
    let r = put(&server, &a, "/v1/accounts/attributes", attrs).await;
    assert_eq!(r.status(), 204);
    let again = register(&server, &a.number).await;
    assert_eq!(again.aci, a.aci);
    server.stop().await;
}

#[tokio::test]
async fn delete_account_removes_everything() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(535), 2).await;
    let b = register_devices(&server, &test_number(536), 1).await;
    for account in [&a, &b] {
        seed_stored_data(&server, account).await;
    }
    // A linked device may delete the account.
    let r = a
        .device(2)
        .auth(server.client.delete(server.url("/v1/accounts/me")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    assert_eq!(whoami_refused(&server, &a).await, 401);
    assert!(!exists(&server, a.aci.to_string()).await);
    assert!(!exists(&server, format!("PNI:{}", a.pni)).await);
    // The other account is unaffected, in storage too.
    assert_eq!(whoami(&server, &b).await.uuid, Some(uuid(&b.aci)));
    assert_eq!(stored_rows(&server, &a).await, [0, 0, 0, 0, 0]);
    assert_eq!(stored_rows(&server, &b).await, [1, 1, 1, 2, 1]);
    let r = send(&server, None, Method::DELETE, "/v1/accounts/me", None).await;
    assert_json_error(r, 401).await;
    server.stop().await;
}

/// New PNI key material for the devices `ids`, signed by a fresh PNI identity key.
fn pni_keys(ids: &[i16], signer: Option<&KeyPair>) -> (Value, KeyPair) {
    let identity = KeyPair::generate();
    let signer = signer.unwrap_or(&identity);
    let mut identity_key = vec![5u8];
    identity_key.extend_from_slice(identity.public_key());
    let mut signed = serde_json::Map::new();
    let mut last_resort = serde_json::Map::new();
    let mut reg_ids = serde_json::Map::new();
    for id in ids {
        let ec = KeyPair::generate();
        let mut ec_key = vec![5u8];
        ec_key.extend_from_slice(ec.public_key());
        let mut kem = vec![8u8; 1569];
        rand::rng().fill_bytes(&mut kem[1..]);
        signed.insert(id.to_string(), json!({"keyId": 7, "publicKey": STANDARD.encode(&ec_key), "signature": STANDARD.encode(signer.sign(&ec_key))}));
        last_resort.insert(id.to_string(), json!({"keyId": 8, "publicKey": STANDARD.encode(&kem), "signature": STANDARD.encode(signer.sign(&kem))}));
        reg_ids.insert(id.to_string(), json!(300 + i32::from(*id)));
    }
    (
        json!({
            "pniIdentityKey": STANDARD.encode(&identity_key),
            "devicePniSignedPrekeys": signed,
            "devicePniPqLastResortPrekeys": last_resort,
            "pniRegistrationIds": reg_ids,
            "deviceMessages": [],
        }),
        identity,
    )
}

fn device_message(device: i16, registration_id: i32) -> Value {
    json!({"type": 1, "destinationDeviceId": device, "destinationRegistrationId": registration_id,
           "content": STANDARD.encode(b"sync")})
}

#[tokio::test]
async fn distribute_pni_keys() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(540), 2).await;
    let path = "/v2/accounts/phone_number_identity_key_distribution";
    let (mut body, _) = pni_keys(&[1, 2], None);
    body["deviceMessages"] = json!([device_message(2, a.device(2).registration_id)]);

    let r = a
        .device(2)
        .auth(server.client.put(server.url(path)))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_json_error(r, 403).await;

    // Signatures must be made with the new PNI identity key.
    let (mut bad, _) = pni_keys(&[1, 2], Some(&KeyPair::generate()));
    bad["deviceMessages"] = body["deviceMessages"].clone();
    assert_json_error(put(&server, &a, path, bad).await, 422).await;

    // Messages must cover every linked device, keys every device.
    let mut missing = body.clone();
    missing["deviceMessages"] = json!([]);
    let r = put(&server, &a, path, missing).await;
    let v = expect_json(r, 409).await;
    assert_eq!(v, json!({"missingDevices": [2], "extraDevices": []}));
    let mut extra = body.clone();
    extra["deviceMessages"] = json!([
        device_message(2, a.device(2).registration_id),
        device_message(3, 1)
    ]);
    let v: Value = put(&server, &a, path, extra).await.json().await.unwrap();
    assert_eq!(v, json!({"missingDevices": [], "extraDevices": [3]}));
    let (mut too_few_keys, _) = pni_keys(&[1], None);
    too_few_keys["deviceMessages"] = body["deviceMessages"].clone();
    let r = put(&server, &a, path, too_few_keys).await;
    assert_eq!(r.status(), 409);
    let mut stale = body.clone();
    stale["deviceMessages"] = json!([device_message(2, 9999)]);
    let r = put(&server, &a, path, stale).await;
    assert_eq!(r.status(), 410);
    assert_eq!(
        r.json::<Value>().await.unwrap(),
        json!({"staleDevices": [2]})
    );
    let mut big = body.clone();
    big["deviceMessages"][0]["content"] = json!(STANDARD.encode(vec![1u8; 256 * 1024 + 1]));
    assert_json_error(put(&server, &a, path, big).await, 413).await;
    let mut bad_type = body.clone();
    bad_type["deviceMessages"][0]["type"] = json!(5);
    assert_json_error(put(&server, &a, path, bad_type).await, 422).await;
    let mut bad_reg = body.clone();
    bad_reg["pniRegistrationIds"]["1"] = json!(0);
    assert_json_error(put(&server, &a, path, bad_reg).await, 422).await;

    // Nothing was stored by the rejected requests.
    let reader = register(&server, &test_number(541)).await;
    assert_eq!(
        pni_bundle_state(&server, &reader, &a, 2).await,
        (Some(12), a.device(2).pni_registration_id)
    );
    seed_stored_data(&server, &a).await;
    let r = put(&server, &a, path, body.clone()).await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        pni_bundle_state(&server, &reader, &a, 1).await,
        (Some(7), 301)
    );
    assert_eq!(
        pni_bundle_state(&server, &reader, &a, 2).await,
        (Some(7), 302)
    );
    // PNI one-time keys are dropped, ACI ones kept.
    assert_eq!(stored_rows(&server, &a).await[3], 1);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["uuid"], a.aci.to_string());
    assert_eq!(v["pni"], a.pni.to_string());
    assert_eq!(v["number"], a.number);
    // Device 2 got the device message as a sync message carrying the PNI.
    let queue: Value = a
        .device(2)
        .auth(server.client.get(server.url("/v1/messages")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let sync = &queue["messages"][0];
    assert_eq!(sync["sourceUuid"], a.aci.to_string());
    assert_eq!(sync["updatedPni"], a.pni.to_string());
    let r = send(&server, None, Method::PUT, path, Some(&body)).await;
    assert_json_error(r, 401).await;
    server.stop().await;
}

#[tokio::test]
async fn change_number() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(545), 2).await;
    let b = register_devices(&server, &test_number(546), 1).await;
    let c = register_devices(&server, &test_number(547), 1).await;
    let path = "/v2/accounts/number";
    let recovery = [9u8; 32];
    // b and c hold numbers with a recovery password; c also has a registration lock.
    for holder in [&b, &c] {
        let mut attrs = attributes();
        attrs["recoveryPassword"] = json!(STANDARD.encode(recovery));
        if holder.aci == c.aci {
            attrs["registrationLock"] = json!("r".repeat(64));
        }
        assert_eq!(
            put(&server, holder, "/v1/accounts/attributes", attrs)
                .await
                .status(),
            204
        );
    }
    let request = |number: &str| {
        let (mut body, _) = pni_keys(&[1, 2], None);
        body["number"] = json!(number);
        body["recoveryPassword"] = json!(STANDARD.encode(recovery));
        body["deviceMessages"] = json!([device_message(2, a.device(2).registration_id)]);
        body
    };

    let r = a
        .device(2)
        .auth(server.client.put(server.url(path)))
        .json(&request(&b.number))
        .send()
        .await
        .unwrap();
    assert_json_error(r, 403).await;
    let mut both = request(&b.number);
    both["sessionId"] = json!("session");
    assert_json_error(put(&server, &a, path, both).await, 422).await;
    let mut neither = request(&b.number);
    neither.as_object_mut().unwrap().remove("recoveryPassword");
    assert_json_error(put(&server, &a, path, neither).await, 422).await;
    let mut wrong = request(&b.number);
    wrong["recoveryPassword"] = json!(STANDARD.encode([1u8; 32]));
    assert_json_error(put(&server, &a, path, wrong).await, 403).await;
    let mut session = request(&b.number);
    session.as_object_mut().unwrap().remove("recoveryPassword");
    // An unknown session is 401; an id that is no session id at all is 400.
    session["sessionId"] = json!("AAAAAAAAAAAAAAAAAAAAAA");
    assert_json_error(put(&server, &a, path, session.clone()).await, 401).await;
    session["sessionId"] = json!("no-such-session");
    assert_json_error(put(&server, &a, path, session.clone()).await, 400).await;
    session["sessionId"] = json!("not base64!");
    assert_json_error(put(&server, &a, path, session).await, 400).await;
    let (mut bad_sig, _) = pni_keys(&[1, 2], Some(&KeyPair::generate()));
    bad_sig["number"] = json!(b.number);
    bad_sig["recoveryPassword"] = json!(STANDARD.encode(recovery));
    bad_sig["deviceMessages"] = json!([device_message(2, a.device(2).registration_id)]);
    assert_json_error(put(&server, &a, path, bad_sig).await, 422).await;
    let mut mismatched = request(&b.number);
    mismatched["deviceMessages"] = json!([]);
    assert_eq!(put(&server, &a, path, mismatched).await.status(), 409);
    let mut stale = request(&b.number);
    stale["deviceMessages"] = json!([device_message(2, 1)]);
    assert_eq!(put(&server, &a, path, stale).await.status(), 410);
    // Nothing changed so far.
    assert_eq!(whoami(&server, &a).await.number, Some(a.number.clone()));
    assert_eq!(whoami(&server, &b).await.uuid, Some(uuid(&b.aci)));

    // c's number is locked: 423, and c's credentials are locked.
    let r = put(&server, &a, path, request(&c.number)).await;
    let v = expect_json(r, 423).await;
    assert!(v["timeRemaining"].as_i64().unwrap() > 0);
    assert!(v["svr2Credentials"]["password"].is_string(), "423 body {v}");
    assert_eq!(whoami_refused(&server, &c).await, 401);
    let mut with_lock = request(&c.number);
    with_lock["reglock"] = json!("r".repeat(64));
    assert_eq!(put(&server, &a, path, with_lock).await.status(), 200);
    // Move on to b's number: b is displaced and a takes the number's PNI.
    let r = put(&server, &a, path, request(&b.number)).await;
    let v = expect_json(r, 200).await;
    assert_eq!(v["uuid"], a.aci.to_string());
    assert_eq!(v["number"], b.number);
    assert_eq!(v["pni"], b.pni.to_string());
    assert_eq!(whoami_refused(&server, &b).await, 401);
    let who = whoami(&server, &a).await;
    assert_eq!(who.number.as_ref(), Some(&b.number));
    assert_eq!(who.pni, Some(uuid(&b.pni)));
    assert!(!exists(&server, b.aci.to_string()).await);
    // The same number again is a key distribution: no verification needed.
    let mut same = request(&b.number);
    same["recoveryPassword"] = json!(STANDARD.encode([1u8; 32]));
    assert_eq!(put(&server, &a, path, same).await.status(), 200);
    server.stop().await;
}

/// Starts a verification session for `number` through the API, verified or not.
async fn create_session(server: &TestServer, number: &str, verified: bool) -> String {
    if verified {
        return verified_session(server, number).await;
    }
    let response = send(
        server,
        None,
        Method::POST,
        "/v1/verification/session",
        Some(&json!({"number": number})),
    )
    .await;
    expect_json(response, 200).await["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn change_number_with_a_verified_session() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(550), 1).await;
    let b = register_devices(&server, &test_number(551), 1).await;
    let new_number = test_number(598);
    let new_number = new_number.as_str();
    let request = |session: &str, number: &str| {
        let (mut body, _) = pni_keys(&[1], None);
        body["number"] = json!(number);
        body["sessionId"] = json!(session);
        body
    };
    let path = "/v2/accounts/number";
    let unverified = create_session(&server, new_number, false).await;
    assert_json_error(
        put(&server, &a, path, request(&unverified, new_number)).await,
        401,
    )
    .await;
    // An unverified session for another number: the number is checked first (400).
    let unverified_other = create_session(&server, &test_number(597), false).await;
    assert_json_error(
        put(&server, &a, path, request(&unverified_other, new_number)).await,
        400,
    )
    .await;
    let other = create_session(&server, &test_number(599), true).await;
    assert_json_error(
        put(&server, &a, path, request(&other, new_number)).await,
        400,
    )
    .await;
    assert_json_error(put(&server, &a, path, request(&other, "12345")).await, 400).await;
    let verified = create_session(&server, new_number, true).await;
    // Another account's request is checked against its own devices and number.
    let r = put(&server, &b, path, request(&verified, new_number)).await;
    let v = expect_json(r, 200).await;
    assert_eq!(v["uuid"], b.aci.to_string());
    assert_eq!(v["number"], new_number);
    let new_pni = v["pni"].as_str().unwrap().to_owned();
    assert_ne!(new_pni, b.pni.to_string());
    // The old PNI no longer names an account; the new one does.
    assert!(!exists(&server, format!("PNI:{}", b.pni)).await);
    assert!(exists(&server, format!("PNI:{new_pni}")).await);
    // a is untouched.
    let who = whoami(&server, &a).await;
    assert_eq!(who.number.as_ref(), Some(&a.number));
    assert_eq!(who.pni, Some(uuid(&a.pni)));
    server.stop().await;
}

/// Stores one message, one profile, one recovery password and ACI/PNI one-time keys for an account.
async fn seed_stored_data(server: &TestServer, account: &TestAccount) {
    use signal_server::db::{messages, one_time_prekeys, profiles, recovery_passwords};
    let db = db(server).await;
    messages::ActiveModel {
        guid: Set(Uuid::new_v4()),
        destination_aci: Set(Aci(uuid(&account.aci))),
        destination_device: Set(DeviceId::PRIMARY),
        source_aci: Set(None),
        client_timestamp: Set(1),
        server_timestamp: Set(1),
        story: Set(false),
        ephemeral: Set(false),
        envelope: Set(vec![1, 2, 3]),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    profiles::ActiveModel {
        aci: Set(Aci(uuid(&account.aci))),
        version: Set("v1".into()),
        name: Set(None),
        about: Set(None),
        about_emoji: Set(None),
        avatar: Set(None),
        payment_address: Set(None),
        phone_number_sharing: Set(None),
        commitment: Set(vec![0; 4]),
    }
    .insert(&db)
    .await
    .unwrap();
    recovery_passwords::ActiveModel {
        pni: Set(Pni(uuid(&account.pni))),
        hash: Set("x".into()),
        salt: Set("y".into()),
        expires_at: Set(i64::MAX),
    }
    .insert(&db)
    .await
    .unwrap();
    for identity in [uuid(&account.aci), uuid(&account.pni)] {
        one_time_prekeys::ActiveModel {
            identity: Set(identity),
            device_id: Set(DeviceId::PRIMARY),
            kind: Set(0),
            key_id: Set(1),
            public_key: Set(vec![5; 33]),
            signature: Set(None),
        }
        .insert(&db)
        .await
        .unwrap();
    }
}

/// Rows stored for an account: [messages, profiles, recovery passwords, one-time keys (ACI+PNI), devices].
async fn stored_rows(server: &TestServer, account: &TestAccount) -> [u64; 5] {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    use signal_server::db::{messages, one_time_prekeys, profiles, recovery_passwords};
    let db = db(server).await;
    [
        messages::Entity::find()
            .filter(messages::Column::DestinationAci.eq(uuid(&account.aci)))
            .count(&db)
            .await
            .unwrap(),
        profiles::Entity::find()
            .filter(profiles::Column::Aci.eq(uuid(&account.aci)))
            .count(&db)
            .await
            .unwrap(),
        recovery_passwords::Entity::find()
            .filter(recovery_passwords::Column::Pni.eq(uuid(&account.pni)))
            .count(&db)
            .await
            .unwrap(),
        one_time_prekeys::Entity::find()
            .filter(
                one_time_prekeys::Column::Identity.is_in([uuid(&account.aci), uuid(&account.pni)]),
            )
            .count(&db)
            .await
            .unwrap(),
        devices::Entity::find()
            .filter(devices::Column::Aci.eq(uuid(&account.aci)))
            .count(&db)
            .await
            .unwrap(),
    ]
}

/// The PNI signed prekey id and PNI registration id of `account`'s `device`, as another
/// account fetching its PNI bundle sees them.
async fn pni_bundle_state(
    server: &TestServer,
    reader: &TestAccount,
    account: &AccountDevices,
    device: u8,
) -> (Option<i64>, i32) {
    let path = format!("/v2/keys/PNI:{}/{device}", account.pni);
    let bundle = expect_json(get(server, Some(reader), &path).await, 200).await;
    let d = &bundle["devices"][0];
    (
        d["signedPreKey"]["keyId"].as_i64(),
        d["registrationId"].as_i64().unwrap() as i32,
    )
}

/// Change number with a session for `number`, and optionally a registration lock.
fn change_number_request(session: &str, number: &str, reglock: Option<&str>) -> Value {
    let (mut body, _) = pni_keys(&[1], None);
    body["number"] = json!(number);
    body["sessionId"] = json!(session);
    if let Some(lock) = reglock {
        body["reglock"] = json!(lock);
    }
    body
}

/// Change number's registration-lock check is registration's: a lock supplied for a number
/// whose holder has no lock in force takes no PIN permit (reference §2.14a step 5.2).
#[tokio::test]
async fn change_number_takes_pin_permits_only_for_a_lock_in_force() {
    let server = TestServer::start_with_rate_limits(&[("pin", 1, 86_400.0)]).await;
    let a = register_devices(&server, &test_number(560), 1).await;
    let b = register_devices(&server, &test_number(561), 1).await;
    let d = register_devices(&server, &test_number(562), 1).await;
    let session = verified_session(&server, &b.number).await;
    let path = "/v2/accounts/number";
    let lock = "z".repeat(64);
    let body = change_number_request(&session, &b.number, Some(&lock));
    expect_json(put(&server, &a, path, body).await, 200).await;
    // The number is now a's, still without a lock: no permit was needed for either request.
    let body = change_number_request(&session, &b.number, Some(&lock));
    let v = expect_json(put(&server, &d, path, body).await, 200).await;
    assert_eq!(v["number"], b.number);
    server.stop().await;
}

/// A failed registration-lock check on change number deletes the holder's recovery password
/// unless the caller used it and sent no lock; a passed check resets the PIN limiter.
#[tokio::test]
async fn change_number_reglock_failure_deletes_the_recovery_password() {
    let server = TestServer::start_with_rate_limits(&[("pin", 2, 86_400.0)]).await;
    let a = register_devices(&server, &test_number(565), 1).await;
    let c = register_devices(&server, &test_number(566), 1).await;
    let d = register_devices(&server, &test_number(567), 1).await;
    let recovery = [4u8; 32];
    let lock = "c".repeat(64);
    let mut attrs = attributes();
    attrs["recoveryPassword"] = json!(STANDARD.encode(recovery));
    attrs["registrationLock"] = json!(lock);
    let r = put(&server, &c, "/v1/accounts/attributes", attrs).await;
    assert_eq!(r.status(), 204);
    let session = verified_session(&server, &c.number).await;
    let path = "/v2/accounts/number";

    // Wrong lock on the session path: 423 (one PIN permit), and the recovery password is gone.
    let wrong = change_number_request(&session, &c.number, Some(&"w".repeat(64)));
    let v = expect_json(put(&server, &a, path, wrong).await, 423).await;
    assert!(v["timeRemaining"].as_i64().unwrap() > 0, "{v}");
    let mut with_password = change_number_request(&session, &c.number, Some(&lock));
    let body = with_password.as_object_mut().unwrap();
    body.remove("sessionId");
    body.insert("recoveryPassword".into(), json!(STANDARD.encode(recovery)));
    assert_json_error(put(&server, &a, path, with_password).await, 403).await;

    // The right lock (the second permit) passes and resets the PIN limiter.
    let right = change_number_request(&session, &c.number, Some(&lock));
    expect_json(put(&server, &a, path, right).await, 200).await;
    let mut attrs = attributes();
    attrs["registrationLock"] = json!("a".repeat(64));
    let r = put(&server, &a, "/v1/accounts/attributes", attrs).await;
    assert_eq!(r.status(), 204);
    let wrong = change_number_request(&session, &c.number, Some(&"w".repeat(64)));
    expect_json(put(&server, &d, path, wrong).await, 423).await;
    server.stop().await;
}

/// A deleted account's ACI is kept for its number's PNI: registering the number again (within
/// 30 days) gets it back. The same holds for an account displaced by a change of number, once
/// its number is free again.
#[tokio::test]
async fn registering_a_recently_deleted_number_reuses_the_aci() {
    let server = TestServer::start().await;
    let a = register_devices(&server, &test_number(570), 1).await;
    let r = send(&server, Some(&a), Method::DELETE, "/v1/accounts/me", None).await;
    assert_eq!(r.status(), 204);
    let again = register(&server, &a.number).await;
    assert_eq!(again.aci, a.aci);
    assert_eq!(again.pni, a.pni);
    // A number whose account was never deleted gets a fresh ACI.
    let other = register(&server, &test_number(571)).await;
    assert_ne!(other.aci, a.aci);

    // b is displaced by c taking its number; when c moves on, b's number gets b's ACI.
    let b = register_devices(&server, &test_number(572), 1).await;
    let c = register_devices(&server, &test_number(573), 1).await;
    let path = "/v2/accounts/number";
    let session = verified_session(&server, &b.number).await;
    let body = change_number_request(&session, &b.number, None);
    expect_json(put(&server, &c, path, body).await, 200).await;
    let free = test_number(574);
    let session = verified_session(&server, &free).await;
    let body = change_number_request(&session, &free, None);
    expect_json(put(&server, &c, path, body).await, 200).await;
    let b_again = register(&server, &b.number).await;
    assert_eq!(b_again.aci, b.aci);
    assert_eq!(b_again.pni, b.pni);
    server.stop().await;
}
