//! Username hashes and links through HTTP.

use crate::common;
use crate::ok;

use reqwest::Method;

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL;
use base64::Engine;
use common::{
    assert_json_error, expect_json, get, model, register, send, test_number, TestAccount,
    TestServer,
};
use curve25519_dalek::Scalar;
use serde_json::{json, Value};
use signal_api::models;
use signal_api::{
    ApiNoContext as _, ConfirmUsernameHashResponse, LookupUsernameHashResponse,
    LookupUsernameLinkResponse, ReserveUsernameHashResponse, UpdateUsernameLinkResponse,
};
use signal_server::crypto::username::prove_username;

/// A fresh username hash with a valid proof, both encoded as clients send them (URL-safe base64
/// without padding).
fn username() -> (String, String) {
    let scalars = [0; 3].map(|_: u8| Scalar::from_bytes_mod_order(rand::random()));
    let (hash, proof) = prove_username(&scalars, &rand::random()).unwrap();
    (B64URL.encode(hash), B64URL.encode(proof))
}

async fn put(server: &TestServer, who: &TestAccount, path: &str, body: Value) -> reqwest::Response {
    send(server, Some(who), Method::PUT, path, Some(&body)).await
}

async fn reserve(server: &TestServer, who: &TestAccount, hashes: &[&str]) -> reqwest::Response {
    put(
        server,
        who,
        "/v1/accounts/username_hash/reserve",
        json!({"usernameHashes": hashes}),
    )
    .await
}

async fn confirm(
    server: &TestServer,
    who: &TestAccount,
    hash: &str,
    proof: &str,
) -> reqwest::Response {
    let body = json!({"usernameHash": hash, "zkProof": proof, "encryptedUsername": B64URL.encode(b"encrypted")});
    put(server, who, "/v1/accounts/username_hash/confirm", body).await
}

/// Reserves the first free hash of `hashes` for `who` (typed); returns the reserved hash.
async fn reserved(server: &TestServer, who: &TestAccount, hashes: &[&str]) -> String {
    let request = model(json!({ "usernameHashes": hashes }));
    let api = server.api_as(who);
    let reserved = ok!(
        api.reserve_username_hash(request).await,
        ReserveUsernameHashResponse::UsernameHashReservedSuccessfully
    );
    reserved.username_hash.expect("usernameHash")
}

/// Confirms `hash` with `proof` for `who` (typed).
async fn confirmed(
    server: &TestServer,
    who: &TestAccount,
    hash: &str,
    proof: &str,
) -> models::UsernameHashResponse {
    let request = model(
        json!({"usernameHash": hash, "zkProof": proof, "encryptedUsername": B64URL.encode(b"encrypted")}),
    );
    let api = server.api_as(who);
    ok!(
        api.confirm_username_hash(request).await,
        ConfirmUsernameHashResponse::UsernameHashConfirmedSuccessfully
    )
}

/// The account an anonymous `GET /v1/accounts/username_hash/{hash}` finds, if any.
async fn lookup(server: &TestServer, hash: &str) -> Option<String> {
    match server
        .api()
        .lookup_username_hash(hash.to_owned())
        .await
        .unwrap()
    {
        LookupUsernameHashResponse::AccountFoundForTheGivenUsername(found) => Some(found.uuid),
        LookupUsernameHashResponse::AccountNotFoundForTheGivenUsername => None,
        other => panic!("username lookup: {other:?}"),
    }
}

/// The encrypted username an anonymous `GET /v1/accounts/username_link/{handle}` finds.
async fn link_value(server: &TestServer, handle: &str) -> Option<models::EncryptedUsername> {
    let handle = uuid::Uuid::parse_str(handle).unwrap();
    match server.api().lookup_username_link(handle).await.unwrap() {
        LookupUsernameLinkResponse::UsernameLinkWithTheGivenHandleWasFound(value) => Some(value),
        LookupUsernameLinkResponse::UsernameLinkWasNotFoundForTheGivenHandle => None,
        other => panic!("username link lookup: {other:?}"),
    }
}

#[tokio::test]
async fn reserve_confirm_lookup_and_delete() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(40)).await;
    let bob = register(&server, &test_number(41)).await;
    let (hash, proof) = username();
    // Confirming without a reservation is a conflict.
    assert_json_error(confirm(&server, &alice, &hash, &proof).await, 409).await;
    assert_eq!(reserved(&server, &alice, &[&hash]).await, hash);
    // Bob cannot take a hash Alice reserved.
    assert_json_error(reserve(&server, &bob, &[&hash]).await, 409).await;
    // A proof for another hash is refused.
    let (_, other_proof) = username();
    assert_json_error(confirm(&server, &alice, &hash, &other_proof).await, 422).await;
    let done = confirmed(&server, &alice, &hash, &proof).await;
    assert_eq!(done.username_hash.as_ref(), Some(&hash));
    assert!(done.username_link_handle.is_some());
    // Confirming again is idempotent.
    assert_eq!(confirmed(&server, &alice, &hash, &proof).await, done);
    let me: Value = get(&server, Some(&alice), "/v1/accounts/whoami")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["usernameHash"], hash);

    // Anonymous lookup finds Alice; authenticated lookup is refused; bad hashes are 422.
    let lookup_url = server.url(&format!("/v1/accounts/username_hash/{hash}"));
    assert_eq!(lookup(&server, &hash).await, Some(alice.aci.clone()));
    assert_json_error(
        bob.auth(server.client.get(&lookup_url))
            .send()
            .await
            .unwrap(),
        400,
    )
    .await;
    let short = server.url(&format!(
        "/v1/accounts/username_hash/{}",
        B64URL.encode([1u8; 8])
    ));
    assert_json_error(server.client.get(short).send().await.unwrap(), 422).await;
    let unknown = server.url(&format!("/v1/accounts/username_hash/{}", username().0));
    assert_json_error(server.client.get(unknown).send().await.unwrap(), 404).await;

    // Bob's reservation of the confirmed hash fails; with a free second choice he gets that.
    let (free, _) = username();
    assert_eq!(reserved(&server, &bob, &[&hash, &free]).await, free);
    // Bad requests.
    assert_json_error(reserve(&server, &bob, &[]).await, 422).await;
    assert_json_error(reserve(&server, &bob, &["AAAA"]).await, 422).await;

    // Deleting releases the hash from lookups but holds it against Bob for a while.
    let response = send(
        &server,
        Some(&alice),
        Method::DELETE,
        "/v1/accounts/username_hash",
        None,
    )
    .await;
    assert_eq!(response.status(), 204);
    assert_eq!(lookup(&server, &hash).await, None);
    assert_json_error(reserve(&server, &bob, &[&hash]).await, 409).await;
    // Alice may take it back.
    assert_eq!(reserved(&server, &alice, &[&hash]).await, hash);
    server.stop().await;
}

#[tokio::test]
async fn the_libsignal_vector_confirms() {
    let vector: Value =
        serde_json::from_str(include_str!("../vectors/username-vectors.json")).unwrap();
    let hash = B64URL.encode(hex::decode(vector["hash"].as_str().unwrap()).unwrap());
    let proof = B64URL.encode(hex::decode(vector["proof"].as_str().unwrap()).unwrap());
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(42)).await;
    assert_eq!(reserved(&server, &alice, &[&hash]).await, hash);
    confirmed(&server, &alice, &hash, &proof).await;
    server.stop().await;
}

#[tokio::test]
async fn username_links() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(43)).await;
    let link = json!({"usernameLinkEncryptedValue": B64URL.encode(b"secret link"), "keepLinkHandle": false});
    // No username yet: 409.
    assert_json_error(
        put(&server, &alice, "/v1/accounts/username_link", link.clone()).await,
        409,
    )
    .await;
    let (hash, proof) = username();
    assert_eq!(reserved(&server, &alice, &[&hash]).await, hash);
    confirmed(&server, &alice, &hash, &proof).await;
    let api = server.api_as(&alice);
    let update = |value: Value| {
        let api = &api;
        async move {
            let updated = api.update_username_link(model(value)).await;
            ok!(
                updated,
                UpdateUsernameLinkResponse::UsernameLinkUpdatedSuccessfully
            )
            .username_link_handle
            .to_string()
        }
    };
    let handle = update(link.clone()).await;
    let value = link_value(&server, &handle).await.expect("the link");
    let secret = B64URL.decode(&value.username_link_encrypted_value).unwrap();
    assert_eq!(secret, b"secret link");
    // keepLinkHandle keeps it; otherwise a new one replaces it.
    let keep = json!({"usernameLinkEncryptedValue": B64URL.encode(b"v2"), "keepLinkHandle": true});
    assert_eq!(update(keep).await, handle);
    let fresh = update(link).await;
    assert_ne!(fresh, handle);
    assert_eq!(link_value(&server, &handle).await, None);
    // Too long a value: 422. Deleting the link: 204, then 404.
    let long =
        json!({"usernameLinkEncryptedValue": B64URL.encode([1u8; 129]), "keepLinkHandle": false});
    assert_json_error(
        put(&server, &alice, "/v1/accounts/username_link", long).await,
        422,
    )
    .await;
    let response = send(
        &server,
        Some(&alice),
        Method::DELETE,
        "/v1/accounts/username_link",
        None,
    )
    .await;
    assert_eq!(response.status(), 204);
    assert_eq!(link_value(&server, &fresh).await, None);
    server.stop().await;
}

/// Re-registration overwrites the account: its username and link are gone (lookups 404), but
/// the hash is held for the same ACI: another account cannot reserve it, the re-registered
/// account can reserve and confirm it again.
#[tokio::test]
async fn reregistration_drops_the_username_but_holds_its_hash() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(44)).await;
    let bob = register(&server, &test_number(45)).await;
    let (hash, proof) = username();
    assert_eq!(reserved(&server, &alice, &[&hash]).await, hash);
    let first = confirmed(&server, &alice, &hash, &proof).await;
    let handle = first.username_link_handle.expect("usernameLinkHandle");
    assert_eq!(lookup(&server, &hash).await, Some(alice.aci.clone()));
    assert!(link_value(&server, &handle).await.is_some());

    let alice = register(&server, &alice.number).await;
    assert_eq!(lookup(&server, &hash).await, None);
    assert_eq!(link_value(&server, &handle).await, None);
    let me = expect_json(get(&server, Some(&alice), "/v1/accounts/whoami").await, 200).await;
    assert!(me.get("usernameHash").is_none_or(Value::is_null), "{me}");
    assert!(
        me.get("usernameLinkHandle").is_none_or(Value::is_null),
        "{me}"
    );

    assert_json_error(reserve(&server, &bob, &[&hash]).await, 409).await;
    assert_eq!(reserved(&server, &alice, &[&hash]).await, hash);
    let again = confirmed(&server, &alice, &hash, &proof).await;
    assert_eq!(again.username_hash.as_ref(), Some(&hash));
    assert_eq!(lookup(&server, &hash).await, Some(alice.aci.clone()));
    server.stop().await;
}

/// A reservation request is validated before it takes a USERNAME_RESERVE permit: invalid
/// requests (422) leave the only permit of a bucket of 1 for a valid one.
#[tokio::test]
async fn invalid_reservations_take_no_permit() {
    let server = TestServer::start_with_rate_limits(&[("usernameReserve", 1, 3600.0)]).await;
    let alice = register(&server, &test_number(46)).await;
    assert_json_error(reserve(&server, &alice, &[]).await, 422).await;
    assert_json_error(reserve(&server, &alice, &["AAAA"]).await, 422).await;
    let (hash, _) = username();
    assert_eq!(reserved(&server, &alice, &[&hash]).await, hash);
    let (other, _) = username();
    assert_eq!(reserve(&server, &alice, &[&other]).await.status(), 429);
    server.stop().await;
}
