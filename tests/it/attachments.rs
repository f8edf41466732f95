//! The built-in CDN through HTTP: attachment upload forms and signed uploads (whole and
//! resumable), with the URLs as Desktop uses them (as given) and as Android builds them (its
//! configured CDN 2 URL + the path and query of each URL the server gives), downloads,
//! rejected signatures and expired sessions, sticker pack forms and their bounds, and the rate
//! limits on both forms.

use crate::common;
use crate::ok;

use common::{
    assert_json_error, expect_json, get, post_policy_form, register, test_config, test_number,
    TestAccount, TestServer,
};
use serde_json::{json, Value};
use signal_api::{ApiNoContext as _, GetAttachmentUploadFormResponse};

fn random_bytes(n: usize) -> Vec<u8> {
    (0..n).map(|_| rand::random::<u8>()).collect()
}

/// An attachment upload form (`GET /v4/attachments/form/upload`), its fields all present.
struct Form {
    cdn: i32,
    key: String,
    headers: std::collections::HashMap<String, String>,
    location: String,
}

async fn upload_form(server: &TestServer, who: &TestAccount) -> Form {
    let form = ok!(
        server.api_as(who).get_attachment_upload_form().await,
        GetAttachmentUploadFormResponse::Success
    );
    Form {
        cdn: form.cdn.expect("cdn"),
        key: form.key.expect("key"),
        headers: form.headers.expect("headers"),
        location: form.signed_upload_location.expect("signedUploadLocation"),
    }
}

/// `PUT` of `data[from..to]` to an upload session `url`, as `Content-Range` says.
async fn put_range(
    server: &TestServer,
    url: &str,
    data: &[u8],
    from: usize,
    to: usize,
) -> reqwest::Response {
    let range = format!("bytes {from}-{}/{}", to - 1, data.len());
    let put = server.client.put(url).header("content-range", range);
    put.body(data[from..to].to_vec()).send().await.unwrap()
}

/// The bytes at a download URL, which must answer 200.
async fn download(server: &TestServer, url: &str) -> Vec<u8> {
    let response = server.client.get(url).send().await.unwrap();
    assert_eq!(response.status(), 200, "GET {url}");
    response.bytes().await.unwrap().to_vec()
}

/// The CDN 0 and CDN 2 URL both clients are configured with, as the README documents it.
fn cdn_base(server: &TestServer) -> String {
    server.url("/cdn")
}

/// Android's `PushServiceSocket.buildConfiguredUrl`: scheme, host and port of its configured
/// CDN URL `base`, the path of `base` with the path segments of `url` appended (OkHttp's
/// `addEncodedPathSegments`, an empty last segment of `base` replaced), and the query of `url`.
fn android_url(base: &str, url: &str) -> String {
    let base = reqwest::Url::parse(base).unwrap();
    let url = reqwest::Url::parse(url).unwrap();
    let mut built = base.clone();
    built.set_path(&format!(
        "{}/{}",
        base.path().trim_end_matches('/'),
        &url.path()[1..]
    ));
    built.set_query(url.query());
    built.to_string()
}

/// Android's and Desktop's attachment download URL: `<cdn base>/attachments/<key>`.
fn download_url(base: &str, key: &str) -> String {
    format!("{}/attachments/{key}", base.trim_end_matches('/'))
}

/// Android's `getResumableUploadUrl`: `POST` to the form's location with the form's headers
/// (but `host`), an empty octet-stream body; the session is the answer's `Location`.
async fn android_start(server: &TestServer, base: &str, form: &Form) -> reqwest::Response {
    let url = android_url(base, &form.location);
    let mut start = server.client.post(url);
    for (name, value) in &form.headers {
        if !name.eq_ignore_ascii_case("host") {
            start = start.header(name.as_str(), value.as_str());
        }
    }
    start
        .header("content-type", "application/octet-stream")
        .body(Vec::new())
        .send()
        .await
        .unwrap()
}

/// Android's `getResumeInfoCdn2`: an empty `PUT` with `Content-Range: bytes */<length>`.
async fn android_resume_query(
    server: &TestServer,
    base: &str,
    session: &str,
    length: usize,
) -> reqwest::Response {
    server
        .client
        .put(android_url(base, session))
        .header("content-range", format!("bytes */{length}"))
        .body(Vec::new())
        .send()
        .await
        .unwrap()
}

async fn sticker_form(server: &TestServer, who: &TestAccount, count: i64) -> reqwest::Response {
    get(server, Some(who), &format!("/v1/sticker/pack/form/{count}")).await
}

#[tokio::test]
async fn attachment_upload_and_download() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(400)).await;
    let form = upload_form(&server, &alice).await;
    assert_eq!(form.cdn, 2);
    let key = form.key.clone();
    assert_eq!(key.len(), 20, "base64url of 15 bytes: {key}");
    let location = form.location.clone();
    assert!(
        location.starts_with(&server.url("/upload/attachments/")),
        "{location}"
    );
    assert_eq!(form.headers["x-goog-resumable"], "start");
    // The location (and the session it starts) lives 7 days, as long as Android resumes.
    let expires: u64 = reqwest::Url::parse(&location)
        .unwrap()
        .query_pairs()
        .find(|(k, _)| k == "expires")
        .unwrap()
        .1
        .parse()
        .unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(
        (7 * 86_400 - 60..=7 * 86_400 + 60).contains(&(expires - now)),
        "expires in {} s",
        expires - now
    );

    // Start a resumable session as Desktop does (URLs as given), then send the bytes.
    let mut start = server.client.post(&location);
    for (name, value) in &form.headers {
        start = start.header(name.as_str(), value.as_str());
    }
    let started = start.send().await.unwrap();
    assert_eq!(started.status(), 201);
    let session = started.headers()["location"].to_str().unwrap().to_owned();
    let data = random_bytes(70_000);
    let put = server
        .client
        .put(&session)
        .body(data.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), 200);

    let url = download_url(&cdn_base(&server), &key);
    assert_eq!(download(&server, &url).await, data);
    let partial = server
        .client
        .get(server.url(&format!("/cdn/attachments/{key}")))
        .header("range", "bytes=100-199")
        .send()
        .await
        .unwrap();
    assert_eq!(partial.status(), 206);
    assert_eq!(
        partial.headers()["content-range"].to_str().unwrap(),
        format!("bytes 100-199/{}", data.len())
    );
    assert_eq!(partial.bytes().await.unwrap().as_ref(), &data[100..200]);

    // Unknown objects and paths under /cdn are 404s; the API's unknown routes still are too.
    let missing = get(&server, None, "/cdn/attachments/AAAAAAAAAAAAAAAAAAAA").await;
    assert_json_error(missing, 404).await;
    for path in ["/cdn/elsewhere/x", "/cdn/attachments/../x", "/v9/nothing"] {
        assert_json_error(get(&server, None, path).await, 404).await;
    }

    // The form needs an account.
    let anonymous = get(&server, None, "/v4/attachments/form/upload").await;
    assert_json_error(anonymous, 401).await;
    server.stop().await;
}

#[tokio::test]
async fn android_uploads_and_downloads_through_its_configured_cdn2_url() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(405)).await;
    // With and without a trailing slash on the configured URL.
    for base in [cdn_base(&server), format!("{}/", cdn_base(&server))] {
        let form = upload_form(&server, &alice).await;
        let key = form.key.clone();
        let started = android_start(&server, &base, &form).await;
        assert_eq!(started.status(), 201);
        let session = started.headers()["location"].to_str().unwrap().to_owned();
        let data = random_bytes(30_000);

        // Nothing received yet: 308 without Range (Android resumes at 0).
        let query = android_resume_query(&server, &base, &session, data.len()).await;
        assert_eq!(query.status(), 308);
        assert!(query.headers().get("range").is_none());
        // A first part arrives, then the upload is interrupted.
        let first = put_range(&server, &android_url(&base, &session), &data, 0, 10_000).await;
        assert_eq!(first.status(), 308);
        // Android asks where to resume and sends the rest from there.
        let query = android_resume_query(&server, &base, &session, data.len()).await;
        assert_eq!(query.status(), 308);
        let range = query.headers()["range"].to_str().unwrap().to_owned();
        let offset: usize = range.split('-').nth(1).unwrap().parse::<usize>().unwrap() + 1;
        assert_eq!(offset, 10_000);
        let url = android_url(&base, &session);
        let rest = put_range(&server, &url, &data, offset, data.len()).await;
        assert_eq!(rest.status(), 200);
        // A finished upload answers the resume query with 200 (nothing left to send).
        let query = android_resume_query(&server, &base, &session, data.len()).await;
        assert_eq!(query.status(), 200);

        assert_eq!(download(&server, &download_url(&base, &key)).await, data);
        let ranged = server
            .client
            .get(download_url(&base, &key))
            .header("range", "bytes=29000-")
            .send()
            .await
            .unwrap();
        assert_eq!(ranged.status(), 206);
        assert_eq!(ranged.bytes().await.unwrap().as_ref(), &data[29_000..]);
    }
    server.stop().await;
}

#[tokio::test]
async fn an_expired_session_is_a_404_and_android_starts_over_with_a_new_form() {
    let (mut config, dir, pg) = test_config().await;
    config.cdn.upload_ttl_secs = 2;
    let server = TestServer::start_with(config, dir, pg).await;
    let alice = register(&server, &test_number(406)).await;
    let base = cdn_base(&server);
    let form = upload_form(&server, &alice).await;
    let started = android_start(&server, &base, &form).await;
    assert_eq!(started.status(), 201);
    let session = started.headers()["location"].to_str().unwrap().to_owned();
    let data = random_bytes(5_000);
    let first = put_range(&server, &android_url(&base, &session), &data, 0, 1000).await;
    assert_eq!(first.status(), 308);
    tokio::time::sleep(std::time::Duration::from_millis(3100)).await;

    // The session is gone: the resume query and a chunk are 404s with a JSON body, under
    // Android's URL and Desktop's alike.
    let query = android_resume_query(&server, &base, &session, data.len()).await;
    assert_json_error(query, 404).await;
    for url in [android_url(&base, &session), session.clone()] {
        let chunk = put_range(&server, &url, &data, 1000, data.len()).await;
        assert_json_error(chunk, 404).await;
    }
    // Starting a session with the expired form is refused (403), as a signed URL is.
    assert_json_error(android_start(&server, &base, &form).await, 403).await;

    // Android starts over with a new form.
    let form = upload_form(&server, &alice).await;
    let key = form.key.clone();
    let started = android_start(&server, &base, &form).await;
    assert_eq!(started.status(), 201);
    let session = started.headers()["location"].to_str().unwrap().to_owned();
    let whole = put_range(&server, &android_url(&base, &session), &data, 0, data.len()).await;
    assert_eq!(whole.status(), 200);
    assert_eq!(download(&server, &download_url(&base, &key)).await, data);
    server.stop().await;
}

#[tokio::test]
async fn resumable_upload_in_chunks() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(410)).await;
    let form = upload_form(&server, &alice).await;
    let key = form.key.clone();
    let location = form.location.clone();
    let data = random_bytes(10_000);
    let chunk = |from: usize, to: usize| put_range(&server, &location, &data, from, to);
    let first = chunk(0, 4000).await;
    assert_eq!(first.status(), 308);
    assert_eq!(first.headers()["range"].to_str().unwrap(), "bytes=0-3999");
    let status = server
        .client
        .put(&location)
        .header("content-range", format!("bytes */{}", data.len()))
        .send()
        .await
        .unwrap();
    assert_eq!(status.status(), 308);
    assert_eq!(status.headers()["range"].to_str().unwrap(), "bytes=0-3999");
    // Not yet downloadable; a chunk at the wrong offset is refused.
    let early = get(&server, None, &format!("/cdn/attachments/{key}")).await;
    assert_eq!(early.status(), 404);
    assert_json_error(chunk(5000, 6000).await, 400).await;
    assert_eq!(chunk(4000, data.len()).await.status(), 200);
    let url = server.url(&format!("/cdn/attachments/{key}"));
    assert_eq!(download(&server, &url).await, data);
    server.stop().await;
}

#[tokio::test]
async fn tampered_and_expired_upload_locations_are_refused() {
    let (mut config, dir, pg) = test_config().await;
    config.cdn.upload_ttl_secs = 1;
    config.cdn.policy_ttl_secs = 1;
    let server = TestServer::start_with(config, dir, pg).await;
    let alice = register(&server, &test_number(420)).await;
    let form = upload_form(&server, &alice).await;
    let location = form.location.clone();
    let data = random_bytes(100);

    // Another signature, another key, or no signature at all.
    let (path, query) = location.split_once('?').unwrap();
    let signature = query
        .split('&')
        .find_map(|p| p.strip_prefix("signature="))
        .unwrap();
    let mut flipped = signature.to_owned();
    let last = if flipped.ends_with('0') { "1" } else { "0" };
    flipped.replace_range(flipped.len() - 1.., last);
    let tampered = location.replace(signature, &flipped);
    let other_key = format!(
        "{}?{query}",
        path.replace(&form.key, "BBBBBBBBBBBBBBBBBBBB")
    );
    let later_expiry = location.replace("expires=", "expires=9");
    // A tampered signature, another key, no signature at all, a later expiry: no session
    // (404) to put bytes in, and no session started (403).
    for url in [
        tampered.as_str(),
        other_key.as_str(),
        path,
        later_expiry.as_str(),
    ] {
        let r = server
            .client
            .put(url)
            .body(data.clone())
            .send()
            .await
            .unwrap();
        assert_json_error(r, 404).await;
        assert_json_error(server.client.post(url).send().await.unwrap(), 403).await;
    }

    // Expired: the location lived for one second.
    let sticker = sticker_form(&server, &alice, 1)
        .await
        .json::<Value>()
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    assert_json_error(
        server
            .client
            .put(&location)
            .body(data.clone())
            .send()
            .await
            .unwrap(),
        404,
    )
    .await;
    assert_json_error(server.client.post(&location).send().await.unwrap(), 403).await;
    assert_json_error(
        post_policy_form(&server, &sticker["manifest"], b"manifest").await,
        403,
    )
    .await;
    server.stop().await;
}

#[tokio::test]
async fn sticker_pack_forms() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(430)).await;
    for bad in [0, 202] {
        assert_json_error(sticker_form(&server, &alice, bad).await, 400).await;
    }
    let anonymous = get(&server, None, "/v1/sticker/pack/form/1").await;
    assert_json_error(anonymous, 401).await;

    let r = sticker_form(&server, &alice, 201).await;
    let big = expect_json(r, 200).await;
    assert_eq!(big["stickers"].as_array().unwrap().len(), 201);

    let form: Value = sticker_form(&server, &alice, 2).await.json().await.unwrap();
    let pack_id = form["packId"].as_str().unwrap();
    assert_eq!(pack_id.len(), 32);
    assert_eq!(form["manifest"]["id"], -1);
    assert_eq!(
        form["manifest"]["key"],
        format!("stickers/{pack_id}/manifest.proto")
    );
    let stickers = form["stickers"].as_array().unwrap();
    assert_eq!(stickers.len(), 2);
    assert_eq!(stickers[1]["id"], 1);
    assert_eq!(stickers[1]["key"], format!("stickers/{pack_id}/full/1"));

    // Upload the manifest and a sticker, and fetch them back.
    let manifest = random_bytes(500);
    assert_eq!(
        post_policy_form(&server, &form["manifest"], &manifest)
            .await
            .status(),
        204
    );
    let sticker = random_bytes(20_000);
    assert_eq!(
        post_policy_form(&server, &stickers[0], &sticker)
            .await
            .status(),
        204
    );
    let got = get(
        &server,
        None,
        &format!("/cdn/stickers/{pack_id}/manifest.proto"),
    )
    .await;
    assert_eq!(got.bytes().await.unwrap().as_ref(), &manifest[..]);
    let got = get(&server, None, &format!("/cdn/stickers/{pack_id}/full/0")).await;
    assert_eq!(got.bytes().await.unwrap().as_ref(), &sticker[..]);

    // The policies' size limits: manifest 10 KiB, sticker 301 KiB; empty files are refused.
    assert_json_error(
        post_policy_form(&server, &form["manifest"], &random_bytes(10 * 1024 + 1)).await,
        403,
    )
    .await;
    assert_json_error(
        post_policy_form(&server, &stickers[1], &random_bytes(301 * 1024 + 1)).await,
        403,
    )
    .await;
    assert_json_error(post_policy_form(&server, &stickers[1], b"").await, 403).await;
    // A policy field changed after signing.
    let mut tampered = stickers[1].clone();
    tampered["acl"] = json!("public-read");
    assert_json_error(post_policy_form(&server, &tampered, b"x").await, 403).await;
    server.stop().await;
}

#[tokio::test]
async fn upload_forms_are_rate_limited() {
    let (mut config, dir, pg) = test_config().await;
    for name in ["attachmentCreate", "stickerPack"] {
        common::set_rate_limit(&mut config, name, 2, 3600.0);
    }
    let server = TestServer::start_with(config, dir, pg).await;
    let alice = register(&server, &test_number(440)).await;
    for _ in 0..2 {
        upload_form(&server, &alice).await;
        assert_eq!(sticker_form(&server, &alice, 1).await.status(), 200);
    }
    let r = get(&server, Some(&alice), "/v4/attachments/form/upload").await;
    assert!(r.headers().contains_key("retry-after"));
    assert_json_error(r, 429).await;
    assert_json_error(sticker_form(&server, &alice, 1).await, 429).await;
    server.stop().await;
}

#[tokio::test]
async fn forms_are_signed_for_a_configured_s3_bucket() {
    use hmac::{Hmac, KeyInit, Mac};
    let hmac = |key: &[u8], data: &[u8]| {
        let mut mac = <Hmac<sha2::Sha256> as KeyInit>::new_from_slice(key).unwrap();
        mac.update(data);
        mac.finalize().into_bytes().to_vec()
    };
    let (mut config, dir, pg) = test_config().await;
    config.cdn.s3 = Some(signal_server::domain::cdn::S3Config {
        bucket: "signal-avatars".into(),
        region: "eu-west-1".into(),
        access_key_id: "AKIDTEST".into(),
        secret_access_key: "s3-secret".into(),
    });
    let server = TestServer::start_with(config, dir, pg).await;
    let alice = register(&server, &test_number(450)).await;
    let form: Value = sticker_form(&server, &alice, 1).await.json().await.unwrap();
    let manifest = &form["manifest"];
    let credential = manifest["credential"].as_str().unwrap();
    let day = &manifest["date"].as_str().unwrap()[..8];
    assert_eq!(
        credential,
        format!("AKIDTEST/{day}/eu-west-1/s3/aws4_request")
    );
    // The signature is SigV4 over the policy with the bucket's secret.
    let mut key = hmac(b"AWS4s3-secret", day.as_bytes());
    for part in ["eu-west-1", "s3", "aws4_request"] {
        key = hmac(&key, part.as_bytes());
    }
    let policy = manifest["policy"].as_str().unwrap();
    assert_eq!(
        manifest["signature"],
        hex::encode(hmac(&key, policy.as_bytes()))
    );
    use base64::Engine;
    let decoded: Value = serde_json::from_slice(
        &base64::engine::general_purpose::STANDARD
            .decode(policy)
            .unwrap(),
    )
    .unwrap();
    assert!(decoded["conditions"]
        .as_array()
        .unwrap()
        .contains(&json!({"bucket": "signal-avatars"})));
    // Such a form is for the bucket, not for the built-in CDN.
    assert_json_error(post_policy_form(&server, manifest, b"manifest").await, 403).await;
    server.stop().await;
}
