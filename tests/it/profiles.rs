//! Versioned profiles through HTTP: set and read back (by ACI and PNI, versioned and
//! not), unidentified access, validation, the identity batch check, avatars on the
//! built-in CDN, and profiles cleared by re-registration.

use crate::common;

use reqwest::Method;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use common::{
    assert_json_error, expect_json, get, post_policy_form, register, send, test_number,
    TestAccount, TestServer,
};
use curve25519_dalek::constants::RISTRETTO_BASEPOINT_POINT;
use curve25519_dalek::Scalar;
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// A well-formed ProfileKeyCommitment: version 0 and three valid Ristretto points.
fn commitment() -> Vec<u8> {
    let mut bytes = vec![0u8];
    for _ in 0..3 {
        let s = Scalar::from_bytes_mod_order(rand::random());
        bytes.extend_from_slice((RISTRETTO_BASEPOINT_POINT * s).compress().as_bytes());
    }
    bytes
}

fn version() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

fn random_bytes(n: usize) -> Vec<u8> {
    (0..n).map(|_| rand::random::<u8>()).collect()
}

/// A full profile body with fields of valid sizes.
fn profile_body(version: &str) -> Value {
    json!({
        "version": version,
        "commitment": B64.encode(commitment()),
        "name": B64.encode(random_bytes(81)),
        "about": B64.encode(random_bytes(156)),
        "aboutEmoji": B64.encode(random_bytes(60)),
        "paymentAddress": B64.encode(random_bytes(582)),
        "phoneNumberSharing": B64.encode(random_bytes(29)),
        "avatar": false,
        "sameAvatar": false,
        "badgeIds": [],
    })
}

async fn set_profile(server: &TestServer, who: &TestAccount, body: &Value) -> reqwest::Response {
    send(server, Some(who), Method::PUT, "/v1/profile", Some(body)).await
}

async fn get_uak(server: &TestServer, path: &str, key: &[u8]) -> reqwest::Response {
    server
        .client
        .get(server.url(path))
        .header("Unidentified-Access-Key", B64.encode(key))
        .send()
        .await
        .unwrap()
}

/// `GET path` as `reader`, expecting 200; the JSON body.
async fn read_profile(server: &TestServer, reader: &TestAccount, path: &str) -> Value {
    expect_json(get(server, Some(reader), path).await, 200).await
}

fn uak_checksum(uak: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(uak).unwrap();
    mac.update(&[0u8; 32]);
    B64.encode(mac.finalize().into_bytes())
}

#[tokio::test]
async fn set_and_read_versioned_and_base_profiles() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(300)).await;
    let bob = register(&server, &test_number(301)).await;
    let v1 = version();
    let body = profile_body(&v1);
    let response = set_profile(&server, &alice, &body).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.text().await.unwrap(),
        "",
        "no avatar form, no body"
    );

    // Versioned, by another account.
    let profile = read_profile(&server, &bob, &format!("/v1/profile/{}/{v1}", alice.aci)).await;
    for field in [
        "name",
        "about",
        "aboutEmoji",
        "paymentAddress",
        "phoneNumberSharing",
    ] {
        assert_eq!(profile[field], body[field], "{field}");
    }
    assert!(profile["avatar"].is_null());
    assert_eq!(profile["uuid"], alice.aci);
    assert_eq!(profile["identityKey"], B64.encode(alice.aci_identity_key()));
    assert_eq!(
        profile["unidentifiedAccess"],
        uak_checksum(&alice.unidentified_access_key)
    );
    assert_eq!(profile["unrestrictedUnidentifiedAccess"], false);
    assert_eq!(profile["capabilities"]["deleteSync"], true);
    assert_eq!(profile["capabilities"]["spqr"], false);
    assert_eq!(profile["badges"], json!([]));

    // Base profile by ACI and by PNI.
    let base = read_profile(&server, &bob, &format!("/v1/profile/{}", alice.aci)).await;
    assert_eq!(base["uuid"], alice.aci);
    assert_eq!(base["identityKey"], B64.encode(alice.aci_identity_key()));
    assert!(base.get("name").is_none());
    let pni_id = format!("PNI:{}", alice.pni);
    let by_pni = read_profile(&server, &bob, &format!("/v1/profile/{pni_id}")).await;
    assert_eq!(by_pni["uuid"], pni_id);
    assert_eq!(by_pni["identityKey"], B64.encode(alice.pni_identity_key()));
    assert!(by_pni["unidentifiedAccess"].is_null());
    assert_eq!(by_pni["unrestrictedUnidentifiedAccess"], false);
    assert_eq!(by_pni["badges"], json!([]));

    // A version that does not exist: the base profile, no versioned fields.
    let missing = read_profile(
        &server,
        &bob,
        &format!("/v1/profile/{}/{}", alice.aci, version()),
    )
    .await;
    assert_eq!(missing["uuid"], alice.aci);
    assert!(missing["name"].is_null() && missing["paymentAddress"].is_null());

    // A newer version: the old one no longer shows its payment address.
    let v2 = version();
    let body2 = profile_body(&v2);
    expect_json(set_profile(&server, &alice, &body2).await, 200).await;
    let old = read_profile(&server, &bob, &format!("/v1/profile/{}/{v1}", alice.aci)).await;
    assert_eq!(old["name"], body["name"]);
    assert!(old["paymentAddress"].is_null());
    let new = read_profile(&server, &bob, &format!("/v1/profile/{}/{v2}", alice.aci)).await;
    assert_eq!(new["paymentAddress"], body2["paymentAddress"]);
    assert_eq!(new["name"], body2["name"]);

    // Updating an existing version replaces its fields (empty about is allowed).
    let mut update = profile_body(&v2);
    update["about"] = json!("");
    update.as_object_mut().unwrap().remove("aboutEmoji");
    expect_json(set_profile(&server, &alice, &update).await, 200).await;
    let updated = read_profile(&server, &alice, &format!("/v1/profile/{}/{v2}", alice.aci)).await;
    assert_eq!(updated["about"], "");
    assert!(updated["aboutEmoji"].is_null());
    assert_eq!(updated["name"], update["name"]);
    server.stop().await;
}

#[tokio::test]
async fn unidentified_access_and_status_codes() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(310)).await;
    let bob = register(&server, &test_number(311)).await;
    let v = version();
    expect_json(set_profile(&server, &alice, &profile_body(&v)).await, 200).await;
    let uak = alice.unidentified_access_key;
    let unknown = uuid::Uuid::new_v4();

    // The right key reads base and versioned profiles.
    let base = expect_json(
        get_uak(&server, &format!("/v1/profile/{}", alice.aci), &uak).await,
        200,
    )
    .await;
    assert_eq!(base["uuid"], alice.aci);
    let versioned = expect_json(
        get_uak(&server, &format!("/v1/profile/{}/{v}", alice.aci), &uak).await,
        200,
    )
    .await;
    assert!(versioned["name"].is_string());

    // Wrong key, no key, unknown account, PNI target: 401 for anonymous callers.
    let wrong = [0x55u8; 16];
    assert_json_error(
        get_uak(&server, &format!("/v1/profile/{}", alice.aci), &wrong).await,
        401,
    )
    .await;
    assert_json_error(
        get_uak(&server, &format!("/v1/profile/{}/{v}", alice.aci), &wrong).await,
        401,
    )
    .await;
    assert_json_error(
        get(&server, None, &format!("/v1/profile/{}", alice.aci)).await,
        401,
    )
    .await;
    assert_json_error(
        get_uak(&server, &format!("/v1/profile/{unknown}"), &uak).await,
        401,
    )
    .await;
    assert_json_error(
        get_uak(&server, &format!("/v1/profile/PNI:{}", alice.pni), &uak).await,
        401,
    )
    .await;

    // Authenticated callers get 404 for unknown accounts.
    assert_json_error(
        get(&server, Some(&bob), &format!("/v1/profile/{unknown}")).await,
        404,
    )
    .await;
    assert_json_error(
        get(&server, Some(&bob), &format!("/v1/profile/{unknown}/{v}")).await,
        404,
    )
    .await;
    assert_json_error(
        get(&server, Some(&bob), "/v1/profile/not-a-uuid").await,
        400,
    )
    .await;

    // Group send tokens: bytes that are no token are refused, and a token is never combined
    // with other credentials (valid tokens: tests/client/profiles.test.mjs).
    let gse = |req: reqwest::RequestBuilder| req.header("Group-Send-Token", B64.encode([1u8; 32]));
    let r = gse(server
        .client
        .get(server.url(&format!("/v1/profile/{}", alice.aci))))
    .send()
    .await
    .unwrap();
    assert_json_error(r, 401).await;
    let r = gse(bob.auth(
        server
            .client
            .get(server.url(&format!("/v1/profile/{}", alice.aci))),
    ))
    .send()
    .await
    .unwrap();
    assert_json_error(r, 400).await;

    // Credential requests: the type is checked first, a missing version has no credential.
    let path = format!("/v1/profile/{}/{}/{}", alice.aci, version(), "00ff");
    assert_json_error(get(&server, Some(&bob), &path).await, 400).await;
    assert_json_error(
        get(&server, Some(&bob), &format!("{path}?credentialType=other")).await,
        400,
    )
    .await;
    let no_version = read_profile(
        &server,
        &bob,
        &format!("{path}?credentialType=expiringProfileKey"),
    )
    .await;
    assert_eq!(no_version["uuid"], alice.aci);
    assert!(no_version["credential"].is_null());
    let anonymous = server
        .client
        .get(server.url(&format!("{path}?credentialType=expiringProfileKey")))
        .header("Unidentified-Access-Key", B64.encode(wrong))
        .send()
        .await
        .unwrap();
    assert_json_error(anonymous, 401).await;
    // An existing version: the request must be hex.
    let bad_hex = format!(
        "/v1/profile/{}/{v}/zz?credentialType=expiringProfileKey",
        alice.aci
    );
    assert_json_error(get(&server, Some(&bob), &bad_hex).await, 400).await;
    // Hex that is not a ProfileKeyCredentialRequest (issued ones: tests/client/profiles.test.mjs).
    let not_a_request = format!(
        "/v1/profile/{}/{v}/00ff?credentialType=expiringProfileKey",
        alice.aci
    );
    assert_json_error(get(&server, Some(&bob), &not_a_request).await, 400).await;
    server.stop().await;
}

#[tokio::test]
async fn invalid_profiles_are_rejected() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(320)).await;

    // Missing or wrong credentials.
    let body = profile_body(&version());
    let r = send(&server, None, Method::PUT, "/v1/profile", Some(&body)).await;
    assert_json_error(r, 401).await;

    // Commitments: wrong length, wrong version byte, points off the curve.
    let mut short = body.clone();
    short["commitment"] = json!(B64.encode(&commitment()[..96]));
    assert_json_error(set_profile(&server, &alice, &short).await, 400).await;
    let mut versioned = body.clone();
    let mut c = commitment();
    c[0] = 1;
    versioned["commitment"] = json!(B64.encode(&c));
    assert_json_error(set_profile(&server, &alice, &versioned).await, 400).await;
    let mut off_curve = body.clone();
    let mut c = commitment();
    c[1..33].fill(0xff);
    off_curve["commitment"] = json!(B64.encode(&c));
    assert_json_error(set_profile(&server, &alice, &off_curve).await, 400).await;
    let mut object = body.clone();
    object["commitment"] = json!({"internalContentsForJNI": B64.encode(commitment())});
    assert_json_error(set_profile(&server, &alice, &object).await, 422).await;

    // Versions: 64 hex characters.
    for bad in ["abc", &"g".repeat(64), &"a".repeat(65)] {
        let mut b = body.clone();
        b["version"] = json!(bad);
        assert_json_error(set_profile(&server, &alice, &b).await, 422).await;
    }

    // Field sizes.
    for (field, len) in [
        ("name", 80),
        ("name", 0),
        ("about", 157),
        ("aboutEmoji", 61),
        ("paymentAddress", 583),
        ("phoneNumberSharing", 30),
    ] {
        let mut b = body.clone();
        b[field] = json!(B64.encode(random_bytes(len)));
        assert_json_error(set_profile(&server, &alice, &b).await, 422).await;
    }
    // The name is required (reference §2.6: a missing or null name counts as 0 bytes).
    let mut no_name = body.clone();
    no_name.as_object_mut().unwrap().remove("name");
    assert_json_error(set_profile(&server, &alice, &no_name).await, 422).await;
    no_name["name"] = Value::Null;
    assert_json_error(set_profile(&server, &alice, &no_name).await, 422).await;
    let mut name285 = body.clone();
    name285["name"] = json!(B64.encode(random_bytes(285)));
    expect_json(set_profile(&server, &alice, &name285).await, 200).await;

    // Nothing invalid was stored: only the last version exists.
    let r = read_profile(
        &server,
        &alice,
        &format!(
            "/v1/profile/{}/{}",
            alice.aci,
            body["version"].as_str().unwrap()
        ),
    )
    .await;
    assert_eq!(r["name"], name285["name"]);
    server.stop().await;
}

#[tokio::test]
async fn batch_identity_check_reports_mismatches() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(330)).await;
    let bob = register(&server, &test_number(331)).await;
    let fingerprint = |key: &[u8]| B64.encode(&Sha256::digest(key)[..4]);
    let body = json!({"elements": [
        {"uuid": alice.aci, "fingerprint": fingerprint(&alice.aci_identity_key())},
        {"uuid": format!("PNI:{}", bob.pni), "fingerprint": B64.encode([1u8, 2, 3, 4])},
        {"uuid": bob.aci, "fingerprint": fingerprint(&bob.aci_identity_key())},
        {"uuid": uuid::Uuid::new_v4().to_string(), "fingerprint": B64.encode([0u8; 4])},
    ]});
    // Unauthenticated.
    let r = send(
        &server,
        None,
        Method::POST,
        "/v1/profile/identity_check/batch",
        Some(&body),
    )
    .await;
    let result = expect_json(r, 200).await;
    assert_eq!(
        result["elements"],
        json!([{"uuid": format!("PNI:{}", bob.pni), "identityKey": B64.encode(bob.pni_identity_key())}])
    );

    let bad = json!({"elements": [{"uuid": alice.aci, "fingerprint": B64.encode([0u8; 5])}]});
    let r = send(
        &server,
        None,
        Method::POST,
        "/v1/profile/identity_check/batch",
        Some(&bad),
    )
    .await;
    assert_json_error(r, 422).await;
    let too_many: Vec<Value> = (0..1001)
        .map(|_| json!({"uuid": alice.aci, "fingerprint": B64.encode([0u8; 4])}))
        .collect();
    let r = send(
        &server,
        None,
        Method::POST,
        "/v1/profile/identity_check/batch",
        Some(&json!({"elements": too_many})),
    )
    .await;
    assert_json_error(r, 422).await;
    server.stop().await;
}

#[tokio::test]
async fn avatars_upload_to_the_local_cdn() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(340)).await;
    let bob = register(&server, &test_number(341)).await;
    let v = version();
    let mut body = profile_body(&v);
    body["avatar"] = json!(true);
    let form = expect_json(set_profile(&server, &alice, &body).await, 200).await;
    let key = form["key"].as_str().unwrap().to_owned();
    assert!(key.starts_with("profiles/"), "{form}");
    assert_eq!(form["acl"], "private");
    assert_eq!(form["algorithm"], "AWS4-HMAC-SHA256");
    assert!(form["credential"]
        .as_str()
        .unwrap()
        .ends_with("/s3/aws4_request"));
    for f in ["date", "policy", "signature"] {
        assert!(form[f].as_str().is_some_and(|s| !s.is_empty()), "{f}");
    }
    let profile = read_profile(&server, &bob, &format!("/v1/profile/{}/{v}", alice.aci)).await;
    assert_eq!(profile["avatar"], key);

    // A tampered signature or a different key is refused; the real form is accepted.
    let avatar = random_bytes(3000);
    let mut tampered = form.clone();
    tampered["signature"] = json!("00".repeat(32));
    assert_json_error(post_policy_form(&server, &tampered, &avatar).await, 403).await;
    let mut other_key = form.clone();
    other_key["key"] = json!("profiles/someoneelse");
    assert_json_error(post_policy_form(&server, &other_key, &avatar).await, 403).await;
    let r = post_policy_form(&server, &form, &avatar).await;
    assert_eq!(r.status(), 204, "{}", r.text().await.unwrap());
    let download = get(&server, None, &format!("/cdn/{key}")).await;
    assert_eq!(download.status(), 200);
    assert_eq!(download.bytes().await.unwrap().as_ref(), &avatar[..]);

    // Same avatar: kept, no form.
    body["sameAvatar"] = json!(true);
    let same = expect_json(set_profile(&server, &alice, &body).await, 200).await;
    assert!(same.get("key").is_none());
    let profile = read_profile(&server, &bob, &format!("/v1/profile/{}/{v}", alice.aci)).await;
    assert_eq!(profile["avatar"], key);

    // No avatar: cleared, and the old object is deleted.
    body["avatar"] = json!(false);
    expect_json(set_profile(&server, &alice, &body).await, 200).await;
    let profile = read_profile(&server, &bob, &format!("/v1/profile/{}/{v}", alice.aci)).await;
    assert!(profile["avatar"].is_null());
    let gone = get(&server, None, &format!("/cdn/{key}")).await;
    assert_json_error(gone, 404).await;
    server.stop().await;
}

#[tokio::test]
async fn reregistration_and_deletion_clear_profiles_and_avatars() {
    let server = TestServer::start().await;
    let number = test_number(350);
    let alice = register(&server, &number).await;
    let bob = register(&server, &test_number(351)).await;
    let v = version();
    let mut body = profile_body(&v);
    body["avatar"] = json!(true);
    let form = expect_json(set_profile(&server, &alice, &body).await, 200).await;
    assert_eq!(
        post_policy_form(&server, &form, b"avatar").await.status(),
        204
    );
    let avatar_url = server.url(&format!("/cdn/{}", form["key"].as_str().unwrap()));
    assert_eq!(
        server
            .client
            .get(&avatar_url)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    let again = register(&server, &number).await;
    assert_eq!(again.aci, alice.aci);
    let profile = read_profile(&server, &bob, &format!("/v1/profile/{}/{v}", alice.aci)).await;
    assert!(
        profile["name"].is_null(),
        "profile survived re-registration: {profile}"
    );
    assert!(profile["avatar"].is_null());
    assert_json_error(server.client.get(&avatar_url).send().await.unwrap(), 404).await;

    let form = expect_json(set_profile(&server, &again, &body).await, 200).await;
    assert_eq!(
        post_policy_form(&server, &form, b"avatar").await.status(),
        204
    );
    let avatar_url = server.url(&format!("/cdn/{}", form["key"].as_str().unwrap()));
    let r = send(
        &server,
        Some(&again),
        Method::DELETE,
        "/v1/accounts/me",
        None,
    )
    .await;
    assert_eq!(r.status(), 204);
    assert_json_error(
        get(
            &server,
            Some(&bob),
            &format!("/v1/profile/{}/{v}", alice.aci),
        )
        .await,
        404,
    )
    .await;
    assert_json_error(server.client.get(&avatar_url).send().await.unwrap(), 404).await;
    server.stop().await;
}

#[tokio::test]
async fn authenticated_profile_reads_are_rate_limited() {
    let server = TestServer::start_with_rate_limits(&[("profile", 2, 3600.0)]).await;
    let alice = register(&server, &test_number(360)).await;
    let bob = register(&server, &test_number(361)).await;
    for _ in 0..2 {
        read_profile(&server, &bob, &format!("/v1/profile/{}", alice.aci)).await;
    }
    let limited = get(&server, Some(&bob), &format!("/v1/profile/{}", alice.aci)).await;
    assert!(limited.headers().contains_key("retry-after"));
    assert_json_error(limited, 429).await;
    // Anonymous reads are not limited by the requester (there is none).
    let uak = alice.unidentified_access_key;
    expect_json(
        get_uak(&server, &format!("/v1/profile/{}", alice.aci), &uak).await,
        200,
    )
    .await;
    server.stop().await;
}
