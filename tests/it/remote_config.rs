//! `GET /v1/config` as a client sees it: plain entries enabled for everyone, bucketed entries
//! enabled by percentage (a stable hash of the ACI) or for listed ACIs, and the server time
//! in whole epoch seconds.

use crate::common;

use serde_json::Value;
use sha1::{Digest, Sha1};
use signal_server::config::{BucketedRemoteConfig, RemoteConfigEntry};

use common::{expect_json, get, register, test_number, TestAccount, TestServer};

fn bucketed(percentage: u8, uuids: &[&TestAccount], hash_key: Option<&str>) -> RemoteConfigEntry {
    RemoteConfigEntry::Bucketed(BucketedRemoteConfig {
        percentage,
        uuids: uuids.iter().map(|a| a.aci.parse().unwrap()).collect(),
        value: Some("on".into()),
        default_value: Some("off".into()),
        hash_key: hash_key.map(str::to_owned),
    })
}

/// The reference's bucket, computed independently: `abs(BE i64 of SHA-1(ACI || key)[..8]) % 100`.
fn expected_bucket(account: &TestAccount, key: &str) -> u64 {
    let aci: uuid::Uuid = account.aci.parse().unwrap();
    let digest = Sha1::new()
        .chain_update(aci.as_bytes())
        .chain_update(key.as_bytes())
        .finalize();
    let value = i64::from_be_bytes(digest[..8].try_into().unwrap());
    if value == i64::MIN {
        0
    } else {
        value.unsigned_abs() % 100
    }
}

/// The caller's entries by name: (enabled, value).
async fn entries(
    server: &TestServer,
    account: &TestAccount,
) -> (Vec<(String, bool, Value)>, Value) {
    let body = expect_json(get(server, Some(account), "/v1/config").await, 200).await;
    let config = body["config"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap().to_owned(),
                e["enabled"].as_bool().unwrap(),
                e["value"].clone(),
            )
        })
        .collect();
    (config, body["serverEpochTime"].clone())
}

fn entry<'a>(config: &'a [(String, bool, Value)], name: &str) -> (bool, &'a Value) {
    let (_, enabled, value) = config
        .iter()
        .find(|(n, _, _)| n == name)
        .unwrap_or_else(|| panic!("no entry {name} in {config:?}"));
    (*enabled, value)
}

#[tokio::test]
async fn server_epoch_time_is_whole_seconds() {
    let server = TestServer::start().await;
    let alice = register(&server, &test_number(1)).await;
    let before = chrono::Utc::now().timestamp();
    let (_, time) = entries(&server, &alice).await;
    let after = chrono::Utc::now().timestamp();
    let seconds = time
        .as_i64()
        .unwrap_or_else(|| panic!("serverEpochTime {time} is not a JSON integer"));
    assert!((before..=after).contains(&seconds), "{seconds}");
    server.stop().await;
}

#[tokio::test]
async fn entries_are_enabled_by_bucket_or_listed_uuid() {
    let server = TestServer::start().await;
    let mut accounts = Vec::new();
    for n in 0..6 {
        accounts.push(register(&server, &test_number(10 + n)).await);
    }
    let mut server = server;
    let config = &mut server.config.remote_config;
    config.insert("plain".into(), RemoteConfigEntry::Value("v".into()));
    config.insert("zero".into(), bucketed(0, &[], None));
    config.insert("hundred".into(), bucketed(100, &[], None));
    config.insert("listed".into(), bucketed(0, &[&accounts[0]], None));
    config.insert("half".into(), bucketed(50, &[], None));
    config.insert("keyed".into(), bucketed(50, &[], Some("shared-key")));
    config.insert(
        "bare".into(),
        RemoteConfigEntry::Bucketed(BucketedRemoteConfig {
            percentage: 0,
            uuids: Vec::new(),
            value: None,
            default_value: None,
            hash_key: None,
        }),
    );
    let server = server.restart().await;

    for (i, account) in accounts.iter().enumerate() {
        let (config, _) = entries(&server, account).await;
        assert_eq!(config.len(), 7, "{config:?}");
        assert_eq!(entry(&config, "plain"), (true, &Value::from("v")));
        assert_eq!(entry(&config, "zero"), (false, &Value::from("off")));
        assert_eq!(entry(&config, "hundred"), (true, &Value::from("on")));
        let listed = if i == 0 { (true, "on") } else { (false, "off") };
        assert_eq!(entry(&config, "listed"), (listed.0, &Value::from(listed.1)));
        assert!(!entry(&config, "bare").0);
        assert!(entry(&config, "bare").1.is_null());
        for (name, key) in [("half", "half"), ("keyed", "shared-key")] {
            let in_bucket = expected_bucket(account, key) < 50;
            let value = Value::from(if in_bucket { "on" } else { "off" });
            assert_eq!(entry(&config, name), (in_bucket, &value), "{name}");
        }
        // The same account gets the same answer every time.
        let (again, _) = entries(&server, account).await;
        assert_eq!(again, config);
    }
    server.stop().await;
}

#[test]
fn entries_load_from_the_configuration_file_in_both_forms() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.toml");
    std::fs::write(
        &file,
        "[remote_config]\n\
         plain = \"v\"\n\
         [remote_config.bucketed]\n\
         percentage = 25\n\
         uuids = [\"9ad241c5-7f54-434e-90ed-a42766cbf0f0\"]\n\
         value = \"on\"\n\
         default_value = \"off\"\n\
         hash_key = \"k\"\n",
    )
    .unwrap();
    let config = signal_server::Config::load(Some(&file), Vec::new()).unwrap();
    assert_eq!(
        config.remote_config["plain"],
        RemoteConfigEntry::Value("v".into())
    );
    assert_eq!(
        config.remote_config["bucketed"],
        RemoteConfigEntry::Bucketed(BucketedRemoteConfig {
            percentage: 25,
            uuids: vec!["9ad241c5-7f54-434e-90ed-a42766cbf0f0".parse().unwrap()],
            value: Some("on".into()),
            default_value: Some("off".into()),
            hash_key: Some("k".into()),
        })
    );
    let env = vec![(
        "SIGNAL_REMOTE_CONFIG".to_owned(),
        "{x = {percentage = 101}}".to_owned(),
    )];
    assert!(signal_server::Config::load(None, env).is_err());
}
