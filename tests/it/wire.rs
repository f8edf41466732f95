//! Wire fidelity with Signal-Server: each base64 field accepts exactly what the reference's
//! decoder for it accepts (docs/base64-audit.md), request bodies in a media type an operation
//! does not read are 415, and undecodable access headers are 401.

use crate::common;

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;
use common::{assert_json_error, expect_status, register, send, test_number, TestServer};
use curve25519_dalek::Scalar;
use reqwest::Method;
use serde_json::{json, Value};
use signal_server::crypto::username::prove_username;

/// A username hash and proof whose standard base64 has `+` or `/` (so the two alphabets
/// differ) and whose proof needs padding (128 bytes: 171 characters unpadded, 172 padded).
fn username_with_both_alphabets() -> ([u8; 32], Vec<u8>) {
    loop {
        let scalars = [0; 3].map(|_: u8| Scalar::from_bytes_mod_order(rand::random()));
        let (hash, proof) = prove_username(&scalars, &rand::random()).unwrap();
        let differs = |bytes: &[u8]| STANDARD.encode(bytes).contains(['+', '/']);
        if differs(&hash) && differs(&proof) {
            return (hash, proof.to_vec());
        }
    }
}

/// `send` with an owned body, so closures can return the future.
async fn call(
    server: &TestServer,
    who: Option<&common::TestAccount>,
    method: Method,
    path: &str,
    body: Value,
) -> reqwest::Response {
    send(server, who, method, path, Some(&body)).await
}

async fn reserve(server: &TestServer, who: &common::TestAccount, hash: &str) -> reqwest::Response {
    let body = json!({"usernameHashes": [hash]});
    send(
        server,
        Some(who),
        Method::PUT,
        "/v1/accounts/username_hash/reserve",
        Some(&body),
    )
    .await
}

async fn confirm(
    server: &TestServer,
    who: &common::TestAccount,
    hash: &str,
    proof: &str,
) -> reqwest::Response {
    let body = json!({
        "usernameHash": hash,
        "zkProof": proof,
        "encryptedUsername": URL_SAFE_NO_PAD.encode(b"encrypted username"),
    });
    send(
        server,
        Some(who),
        Method::PUT,
        "/v1/accounts/username_hash/confirm",
        Some(&body),
    )
    .await
}

/// Username hashes and proofs are read with `Base64.getUrlDecoder()`: the URL-safe alphabet
/// with or without padding; the standard alphabet is refused (422).
#[tokio::test]
async fn username_fields_are_url_safe_with_optional_padding() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(951)).await;
    let (hash, proof) = username_with_both_alphabets();
    let hash_url = URL_SAFE_NO_PAD.encode(hash);

    assert_json_error(reserve(&server, &alice, &STANDARD.encode(hash)).await, 422).await;
    assert_json_error(
        reserve(&server, &alice, &STANDARD_NO_PAD.encode(hash)).await,
        422,
    )
    .await;
    // 43 characters plus one '=' is the exact padding; two are not.
    assert_json_error(
        reserve(&server, &alice, &format!("{hash_url}==")).await,
        422,
    )
    .await;
    let reserved = reserve(&server, &alice, &URL_SAFE.encode(hash)).await;
    let reserved = common::expect_json(reserved, 200).await;
    assert_eq!(
        reserved["usernameHash"], hash_url,
        "written URL-safe without padding"
    );

    // Desktop and Android: URL-safe without padding, 171 characters for the 128-byte proof.
    let proof_url = URL_SAFE_NO_PAD.encode(&proof);
    assert_eq!(proof_url.len(), 171);
    assert_json_error(
        confirm(&server, &alice, &hash_url, &STANDARD.encode(&proof)).await,
        422,
    )
    .await;
    // 171 characters take one '=' of padding, not two.
    assert_json_error(
        confirm(&server, &alice, &hash_url, &format!("{proof_url}==")).await,
        422,
    )
    .await;
    let confirmed =
        common::expect_json(confirm(&server, &alice, &hash_url, &proof_url).await, 200).await;
    assert_eq!(confirmed["usernameHash"], hash_url);

    // The lookup path is read with the URL decoder too: padded or not, never '+'.
    for path_hash in [hash_url.clone(), URL_SAFE.encode(hash)] {
        let path = format!("/v1/accounts/username_hash/{path_hash}");
        let found =
            common::expect_json(send(&server, None, Method::GET, &path, None).await, 200).await;
        assert_eq!(found["uuid"], alice.aci);
    }
    let standard = STANDARD_NO_PAD.encode(hash);
    if !standard.contains('/') {
        let path = format!(
            "/v1/accounts/username_hash/{}",
            standard.replace('+', "%2B")
        );
        assert_json_error(send(&server, None, Method::GET, &path, None).await, 422).await;
    }
    server.stop().await;
}

/// A 128-byte proof padded URL-safe (172 characters) is what the reference also accepts.
#[tokio::test]
async fn padded_url_safe_proofs_are_accepted() {
    let server = TestServer::start().await;
    let bob = register(&server, &test_number(952)).await;
    let (hash, proof) = username_with_both_alphabets();
    let hash_url = URL_SAFE_NO_PAD.encode(hash);
    expect_status(reserve(&server, &bob, &hash_url).await, 200).await;
    let padded = URL_SAFE.encode(&proof);
    assert!(padded.ends_with('='));
    expect_status(confirm(&server, &bob, &hash_url, &padded).await, 200).await;
    server.stop().await;
}

/// Fields read with `ByteArrayAdapter` and its kin (`Base64.getDecoder()`): the standard
/// alphabet, padding optional but exact; the URL-safe alphabet is refused (422).
#[tokio::test]
async fn standard_fields_take_padding_optionally() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(953)).await;
    // 0xfb 0xff: '+' and '/' in the standard alphabet; 14 bytes need padding.
    let name = [0xfbu8, 0xff, 0xbf, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    let set_name = |text: String| {
        let body = json!({ "deviceName": text });
        call(
            &server,
            Some(&alice),
            Method::PUT,
            "/v1/accounts/name",
            body,
        )
    };
    expect_status(set_name(STANDARD.encode(name)).await, 204).await;
    expect_status(set_name(STANDARD_NO_PAD.encode(name)).await, 204).await;
    assert_json_error(set_name(URL_SAFE_NO_PAD.encode(name)).await, 422).await;
    // 14 bytes take one '=' of padding, not two.
    assert_json_error(
        set_name(format!("{}==", STANDARD_NO_PAD.encode(name))).await,
        422,
    )
    .await;
    // 225 bytes is the limit (300 characters), in either padding.
    expect_status(set_name(STANDARD_NO_PAD.encode([7u8; 225])).await, 204).await;
    assert_json_error(set_name(STANDARD_NO_PAD.encode([7u8; 226])).await, 422).await;

    // The key digest (ByteArrayAdapter): unpadded is read like padded.
    let check = |digest: String| {
        let body = json!({"identityType": "aci", "digest": digest});
        call(&server, Some(&alice), Method::POST, "/v2/keys/check", body)
    };
    let digest = [0xfbu8; 32];
    let padded = check(STANDARD.encode(digest)).await.status();
    assert!(padded == 200 || padded == 409, "{padded}");
    assert_eq!(check(STANDARD_NO_PAD.encode(digest)).await.status(), padded);
    assert_json_error(check(URL_SAFE_NO_PAD.encode(digest)).await, 422).await;

    // Account attributes: name (ByteArrayAdapter) unpadded is fine.
    let attributes = |name: String, uak: String| {
        json!({
            "fetchesMessages": true, "registrationId": alice.registration_id,
            "pniRegistrationId": alice.pni_registration_id, "name": name,
            "unidentifiedAccessKey": uak, "unrestrictedUnidentifiedAccess": false,
            "discoverableByPhoneNumber": true, "capabilities": {"storage": true},
        })
    };
    let uak = STANDARD.encode(alice.unidentified_access_key);
    let body = attributes(STANDARD_NO_PAD.encode(name), uak.clone());
    let r = send(
        &server,
        Some(&alice),
        Method::PUT,
        "/v1/accounts/attributes",
        Some(&body),
    )
    .await;
    expect_status(r, 204).await;
    let body = attributes(URL_SAFE_NO_PAD.encode(name), uak);
    let r = send(
        &server,
        Some(&alice),
        Method::PUT,
        "/v1/accounts/attributes",
        Some(&body),
    )
    .await;
    assert_json_error(r, 422).await;
    server.stop().await;
}

/// Fields the reference reads with Jackson's default `byte[]` decoder need their padding
/// (a Jackson mapping error: 422).
#[tokio::test]
async fn jackson_fields_require_padding() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(954)).await;
    let attributes = |uak: String| {
        json!({
            "fetchesMessages": true, "registrationId": alice.registration_id,
            "pniRegistrationId": alice.pni_registration_id,
            "unidentifiedAccessKey": uak, "unrestrictedUnidentifiedAccess": false,
            "discoverableByPhoneNumber": true, "capabilities": {"storage": true},
        })
    };
    let put = |body: Value| {
        call(
            &server,
            Some(&alice),
            Method::PUT,
            "/v1/accounts/attributes",
            body,
        )
    };
    let uak = alice.unidentified_access_key;
    expect_status(put(attributes(STANDARD.encode(uak))).await, 204).await;
    assert_json_error(put(attributes(STANDARD_NO_PAD.encode(uak))).await, 422).await;
    server.stop().await;
}

/// `Unidentified-Access-Key` and `Group-Send-Token` headers that are not base64 are 401, as
/// the reference's header classes answer.
#[tokio::test]
async fn undecodable_access_headers_are_401() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(955)).await;
    let profile = server.url(&format!("/v1/profile/{}", alice.aci));
    let r = server
        .client
        .get(&profile)
        .header("Unidentified-Access-Key", "not base64!")
        .send();
    assert_json_error(r.await.unwrap(), 401).await;
    // Unpadded standard base64 of the right key is read like the padded form.
    let key = STANDARD_NO_PAD.encode(alice.unidentified_access_key);
    let r = server
        .client
        .get(&profile)
        .header("Unidentified-Access-Key", key)
        .send();
    expect_status(r.await.unwrap(), 200).await;

    let keys = server.url(&format!("/v2/keys/{}/1", alice.aci));
    let r = server
        .client
        .get(&keys)
        .header("Group-Send-Token", "not base64!")
        .send();
    assert_json_error(r.await.unwrap(), 401).await;
    server.stop().await;
}

/// Key transparency search reads `usernameHash` with the URL decoder and
/// `unidentifiedAccessKey` with the standard one; the operation then answers 503 here.
#[tokio::test]
async fn key_transparency_search_decodes_as_the_reference() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(956)).await;
    let (hash, _) = username_with_both_alphabets();
    let search = |username_hash: String| {
        let body = json!({
            "aci": alice.aci,
            "aciIdentityKey": STANDARD.encode(alice.aci_identity_key()),
            "usernameHash": username_hash,
            "e164": alice.number,
            "unidentifiedAccessKey": STANDARD_NO_PAD.encode(alice.unidentified_access_key),
            "unidentifiedAccessKeyProvidedWithE164": true,
        });
        call(
            &server,
            None,
            Method::POST,
            "/v1/key-transparency/search",
            body,
        )
    };
    assert_json_error(search(URL_SAFE_NO_PAD.encode(hash)).await, 503).await;
    assert_json_error(search(STANDARD.encode(hash)).await, 422).await;
    server.stop().await;
}

/// Operations that read JSON answer 415 to another media type, and to a body without a
/// Content-Type (JAX-RS takes it as application/octet-stream); charset parameters are fine.
#[tokio::test]
async fn non_json_bodies_are_415() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(957)).await;
    let name = json!({"deviceName": STANDARD.encode(b"name")}).to_string();
    let put = |path: &str, content_type: Option<&str>, body: String| {
        let mut request = alice.auth(server.client.put(server.url(path))).body(body);
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        request.send()
    };
    for path in [
        "/v1/accounts/name",
        "/v1/accounts/registration_lock",
        "/v1/devices/capabilities",
    ] {
        let r = put(path, Some("text/plain"), name.clone()).await.unwrap();
        let body = assert_json_error(r, 415).await;
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains("application/json"),
            "{body}"
        );
        assert_json_error(put(path, None, name.clone()).await.unwrap(), 415).await;
    }
    let r = put(
        "/v1/accounts/name",
        Some("application/json; charset=utf-8"),
        name.clone(),
    );
    expect_status(r.await.unwrap(), 204).await;
    let r = put("/v1/accounts/name", Some("Application/JSON"), name.clone());
    expect_status(r.await.unwrap(), 204).await;
    // Before authentication, as JAX-RS selects the method first.
    let r = server
        .client
        .put(server.url("/v1/accounts/name"))
        .header("content-type", "text/plain")
        .body(name.clone())
        .send();
    assert_json_error(r.await.unwrap(), 415).await;
    // The multi-recipient send reads only its own media type.
    let r = server
        .client
        .put(server.url("/v1/messages/multi_recipient?ts=1"))
        .header("content-type", "application/json")
        .header("Unidentified-Access-Key", STANDARD.encode([0u8; 16]))
        .body("{}")
        .send();
    assert_json_error(r.await.unwrap(), 415).await;
    server.stop().await;
}

/// The one-time donation operations refuse account credentials with 403 (documented).
#[tokio::test]
async fn paypal_boosts_refuse_account_credentials() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(958)).await;
    let cases = [
        (
            "/v1/subscription/boost/paypal/create",
            json!({"currency": "usd", "amount": 500, "level": 1, "returnUrl": "https://a.example", "cancelUrl": "https://b.example"}),
        ),
        (
            "/v1/subscription/boost/paypal/confirm",
            json!({"currency": "usd", "amount": 500, "level": 1, "payerId": "p", "paymentId": "i", "paymentToken": "t"}),
        ),
        (
            "/v1/subscription/boost/receipt_credentials",
            json!({"paymentIntentId": "pi", "receiptCredentialRequest": STANDARD.encode([0u8; 8]), "processor": "STRIPE"}),
        ),
    ];
    for (path, body) in cases {
        assert_json_error(
            send(&server, Some(&alice), Method::POST, path, Some(&body)).await,
            403,
        )
        .await;
    }
    server.stop().await;
}
