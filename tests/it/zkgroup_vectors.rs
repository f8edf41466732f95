//! Byte-exact checks of the zkgroup server operations against vectors made by
//! `@signalapp/libsignal-client` 0.103.0 (`tests/client/zk-vectors.mjs` →
//! `tests/vectors/zkgroup.json`), plus rejection of tampered inputs.

use serde_json::Value;
use signal_server::crypto::zkgroup::auth::{
    issue_auth_credential_with_pni_zkc, issue_call_link_auth_credential,
    CreateCallLinkCredentialRequest,
};
use signal_server::crypto::zkgroup::backup::{
    verify_backup_auth_presentation, BackupAuthCredentialRequest, BackupCredentialType, BackupLevel,
};
use signal_server::crypto::zkgroup::group_send::GroupSendFullToken;
use signal_server::crypto::zkgroup::profile::{
    issue_expiring_profile_key_credential, ProfileKeyCommitment,
};
use signal_server::crypto::zkgroup::receipt::{
    verify_receipt_credential_presentation, ReceiptCredentialRequest,
};
use signal_server::crypto::zkgroup::ZkError;
use signal_server::crypto::zkgroup::{GenericServerSecretParams, ServerSecretParams, ZkServiceId};

fn vectors() -> Value {
    serde_json::from_str(include_str!("../vectors/zkgroup.json")).expect("vector JSON")
}

fn h(v: &Value) -> Vec<u8> {
    hex::decode(v.as_str().expect("hex string")).expect("hex")
}

fn h32(v: &Value) -> [u8; 32] {
    h(v).try_into().expect("32 bytes")
}

fn uuid(v: &Value) -> [u8; 16] {
    *uuid::Uuid::parse_str(v.as_str().expect("uuid"))
        .expect("uuid")
        .as_bytes()
}

fn service_id(s: &str) -> ZkServiceId {
    match s.strip_prefix("PNI:") {
        Some(p) => ZkServiceId::Pni(*uuid::Uuid::parse_str(p).unwrap().as_bytes()),
        None => ZkServiceId::Aci(*uuid::Uuid::parse_str(s).unwrap().as_bytes()),
    }
}

fn params(v: &Value) -> Vec<(ServerSecretParams, GenericServerSecretParams)> {
    v["params"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                ServerSecretParams::deserialize(&h(&p["secret"])).unwrap(),
                GenericServerSecretParams::deserialize(&h(&p["genericSecret"])).unwrap(),
            )
        })
        .collect()
}

fn flip(bytes: &[u8], at: usize) -> Vec<u8> {
    let mut b = bytes.to_vec();
    b[at] ^= 0x01;
    b
}

#[test]
fn server_params_generation_is_byte_exact() {
    let v = vectors();
    for p in v["params"].as_array().unwrap() {
        let secret = ServerSecretParams::generate(&h32(&p["random"]));
        assert_eq!(
            hex::encode(secret.serialize()),
            p["secret"].as_str().unwrap()
        );
        assert_eq!(
            hex::encode(secret.public_params()),
            p["public"].as_str().unwrap()
        );
        let generic = GenericServerSecretParams::generate(&h32(&p["genericRandom"]));
        assert_eq!(
            hex::encode(generic.serialize()),
            p["genericSecret"].as_str().unwrap()
        );
        assert_eq!(
            hex::encode(generic.public_params()),
            p["genericPublic"].as_str().unwrap()
        );

        // Parsing: the encodings round-trip; tampering is rejected.
        let enc = h(&p["secret"]);
        assert_eq!(
            ServerSecretParams::deserialize(&enc).unwrap().serialize(),
            enc
        );
        let mut trailing = enc.clone();
        trailing.push(0);
        assert!(ServerSecretParams::deserialize(&trailing).is_err());
        assert!(ServerSecretParams::deserialize(&flip(&enc, 0)).is_err());
        // A flipped byte in a secret scalar breaks the consistency with its public part.
        assert!(ServerSecretParams::deserialize(&flip(&enc, 5)).is_err());
        assert!(ServerSecretParams::deserialize(&enc[..enc.len() - 1]).is_err());
        let genc = h(&p["genericSecret"]);
        assert!(GenericServerSecretParams::deserialize(&flip(&genc, 0)).is_err());
        assert!(GenericServerSecretParams::deserialize(&flip(&genc, 70)).is_err());
        assert!(GenericServerSecretParams::deserialize(&genc[..384]).is_err());
    }
}

#[test]
fn auth_credential_with_pni_zkc_is_byte_exact() {
    let v = vectors();
    let params = params(&v);
    for c in v["authWithPni"].as_array().unwrap() {
        let (secret, _) = &params[c["params"].as_u64().unwrap() as usize];
        let got = issue_auth_credential_with_pni_zkc(
            secret,
            uuid(&c["aci"]),
            uuid(&c["pni"]),
            c["redemptionTime"].as_u64().unwrap(),
            &h32(&c["random"]),
        )
        .unwrap();
        assert_eq!(hex::encode(got), c["response"].as_str().unwrap());
    }
}

#[test]
fn call_link_auth_credential_is_byte_exact() {
    let v = vectors();
    let params = params(&v);
    for c in v["callLinkAuth"].as_array().unwrap() {
        let (_, generic) = &params[c["params"].as_u64().unwrap() as usize];
        let got = issue_call_link_auth_credential(
            generic,
            uuid(&c["aci"]),
            c["redemptionTime"].as_u64().unwrap(),
            &h32(&c["random"]),
        )
        .unwrap();
        assert_eq!(hex::encode(got), c["response"].as_str().unwrap());
    }
}

#[test]
fn create_call_link_credential_is_byte_exact() {
    let v = vectors();
    let params = params(&v);
    for c in v["createCallLink"].as_array().unwrap() {
        let (_, generic) = &params[c["params"].as_u64().unwrap() as usize];
        let request_bytes = h(&c["request"]);
        let request = CreateCallLinkCredentialRequest::deserialize(&request_bytes).unwrap();
        let got = request
            .issue(
                generic,
                uuid(&c["aci"]),
                c["timestamp"].as_u64().unwrap(),
                &h32(&c["random"]),
            )
            .unwrap();
        assert_eq!(hex::encode(got), c["response"].as_str().unwrap());

        let mut trailing = request_bytes.clone();
        trailing.push(0);
        assert!(CreateCallLinkCredentialRequest::deserialize(&trailing).is_err());
        assert!(CreateCallLinkCredentialRequest::deserialize(&flip(&request_bytes, 0)).is_err());
        assert!(CreateCallLinkCredentialRequest::deserialize(&request_bytes[..96]).is_err());
    }
}

#[test]
fn group_send_full_token_verification_matches_libsignal() {
    let v = vectors();
    let params = params(&v);
    let mut valid = 0;
    for c in v["groupSend"].as_array().unwrap() {
        let (secret, _) = &params[c["params"].as_u64().unwrap() as usize];
        let token_bytes = h(&c["token"]);
        let token = GroupSendFullToken::deserialize(&token_bytes).unwrap();
        let recipients: Vec<ZkServiceId> = c["recipients"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| service_id(r.as_str().unwrap()))
            .collect();
        let now = c["now"].as_u64().unwrap();
        let result = token.verify(secret, recipients.clone(), now);
        assert_eq!(result.is_ok(), c["valid"].as_bool().unwrap(), "{c}");
        if c["valid"].as_bool().unwrap() {
            valid += 1;
            // The token a member would hold is what the server derives for these recipients.
            assert_eq!(
                GroupSendFullToken::for_recipients(secret, recipients.clone(), token.expiration)
                    .serialize(),
                token_bytes
            );
            // Order of recipients does not matter.
            let mut reversed = recipients.clone();
            reversed.reverse();
            assert!(token.verify(secret, reversed, now).is_ok());
            // Another server's key, a flipped token byte, a changed expiration, an extra
            // recipient: all rejected.
            let (other, _) = &params[(c["params"].as_u64().unwrap() as usize + 1) % params.len()];
            assert!(token.verify(other, recipients.clone(), now).is_err());
            let bad = GroupSendFullToken::deserialize(&flip(&token_bytes, 9)).unwrap();
            assert!(bad.verify(secret, recipients.clone(), now).is_err());
            let later = GroupSendFullToken::deserialize(&flip(&token_bytes, 26)).unwrap();
            assert!(later.verify(secret, recipients.clone(), now).is_err());
            let mut more = recipients.clone();
            more.push(ZkServiceId::Aci([7u8; 16]));
            assert!(token.verify(secret, more, now).is_err());
            // Malformed encodings.
            let mut trailing = token_bytes.clone();
            trailing.push(0);
            assert!(GroupSendFullToken::deserialize(&trailing).is_err());
            assert!(GroupSendFullToken::deserialize(&flip(&token_bytes, 0)).is_err());
            assert!(GroupSendFullToken::deserialize(&token_bytes[..32]).is_err());
        }
    }
    assert_eq!(valid, 6);
}

#[test]
fn expiring_profile_key_credential_is_byte_exact() {
    let v = vectors();
    let params = params(&v);
    for c in v["profile"].as_array().unwrap() {
        let (secret, _) = &params[c["params"].as_u64().unwrap() as usize];
        let request = h(&c["request"]);
        let commitment = h(&c["commitment"]);
        let aci = uuid(&c["aci"]);
        let exp = c["expiration"].as_u64().unwrap();
        let rnd = h32(&c["random"]);
        let got =
            issue_expiring_profile_key_credential(secret, &request, aci, &commitment, exp, &rnd)
                .unwrap();
        assert_eq!(hex::encode(&got), c["response"].as_str().unwrap());

        // The commitment parser.
        let parsed = ProfileKeyCommitment::deserialize(&commitment).unwrap();
        assert_eq!(parsed.serialize(), commitment);
        let mut trailing = commitment.clone();
        trailing.push(0);
        assert!(ProfileKeyCommitment::deserialize(&trailing).is_err());
        assert!(ProfileKeyCommitment::deserialize(&flip(&commitment, 0)).is_err());
        assert!(ProfileKeyCommitment::deserialize(&commitment[..96]).is_err());

        // The request proof must match the stored commitment.
        let other = h(&c["otherCommitment"]);
        assert_eq!(
            issue_expiring_profile_key_credential(secret, &request, aci, &other, exp, &rnd),
            Err(ZkError::Verification)
        );
        // A tampered proof byte, a tampered point, trailing bytes, a wrong version.
        let proof_byte = request.len() - 40;
        assert!(issue_expiring_profile_key_credential(
            secret,
            &flip(&request, proof_byte),
            aci,
            &commitment,
            exp,
            &rnd
        )
        .is_err());
        assert!(issue_expiring_profile_key_credential(
            secret,
            &flip(&request, 40),
            aci,
            &commitment,
            exp,
            &rnd
        )
        .is_err());
        let mut long = request.clone();
        long.push(0);
        assert!(matches!(
            issue_expiring_profile_key_credential(secret, &long, aci, &commitment, exp, &rnd),
            Err(ZkError::Deserialization(_))
        ));
        assert!(matches!(
            issue_expiring_profile_key_credential(
                secret,
                &flip(&request, 0),
                aci,
                &commitment,
                exp,
                &rnd
            ),
            Err(ZkError::Deserialization(_))
        ));
    }
}

#[test]
fn receipt_credential_issuance_and_presentation_match_libsignal() {
    let v = vectors();
    let params = params(&v);
    for c in v["receipt"].as_array().unwrap() {
        let i = c["params"].as_u64().unwrap() as usize;
        let (secret, _) = &params[i];
        let request_bytes = h(&c["request"]);
        let request = ReceiptCredentialRequest::deserialize(&request_bytes).unwrap();
        let got = request
            .issue(
                secret,
                c["expiration"].as_u64().unwrap(),
                c["level"].as_u64().unwrap(),
                &h32(&c["random"]),
            )
            .unwrap();
        assert_eq!(hex::encode(&got), c["response"].as_str().unwrap());
        assert!(ReceiptCredentialRequest::deserialize(&flip(&request_bytes, 0)).is_err());
        assert!(ReceiptCredentialRequest::deserialize(&request_bytes[..96]).is_err());

        let presentation = h(&c["presentation"]);
        let p = verify_receipt_credential_presentation(secret, &presentation).unwrap();
        assert_eq!(p.expiration, c["expiration"].as_u64().unwrap());
        assert_eq!(p.level, c["level"].as_u64().unwrap());
        assert_eq!(hex::encode(p.serial), c["serial"].as_str().unwrap());
        // Another server, a changed level / expiration / serial / proof: rejected.
        let (other, _) = &params[(i + 1) % params.len()];
        assert_eq!(
            verify_receipt_credential_presentation(other, &presentation).unwrap_err(),
            ZkError::Verification
        );
        let len = presentation.len();
        for at in [len - 17, len - 25, len - 1, 200] {
            assert!(
                verify_receipt_credential_presentation(secret, &flip(&presentation, at)).is_err(),
                "flipped byte {at}"
            );
        }
        let mut trailing = presentation.clone();
        trailing.push(0);
        assert!(matches!(
            verify_receipt_credential_presentation(secret, &trailing),
            Err(ZkError::Deserialization(_))
        ));
        assert!(verify_receipt_credential_presentation(secret, &flip(&presentation, 0)).is_err());
    }
}

#[test]
fn backup_auth_credential_issuance_and_presentation_match_libsignal() {
    let v = vectors();
    let params = params(&v);
    for c in v["backup"].as_array().unwrap() {
        let i = c["params"].as_u64().unwrap() as usize;
        let (_, generic) = &params[i];
        let request_bytes = h(&c["request"]);
        let request = BackupAuthCredentialRequest::deserialize(&request_bytes).unwrap();
        let day = c["redemptionTime"].as_u64().unwrap();
        let level = BackupLevel::from_u64(c["level"].as_u64().unwrap()).unwrap();
        let ty = BackupCredentialType::from_u64(c["type"].as_u64().unwrap()).unwrap();
        let got = request
            .issue(generic, day, level, ty, &h32(&c["random"]))
            .unwrap();
        assert_eq!(hex::encode(&got), c["response"].as_str().unwrap());
        assert!(BackupAuthCredentialRequest::deserialize(&flip(&request_bytes, 0)).is_err());

        let presentation = h(&c["presentation"]);
        let p = verify_backup_auth_presentation(generic, &presentation, day + 3600).unwrap();
        assert_eq!(hex::encode(p.backup_id), c["backupId"].as_str().unwrap());
        assert_eq!(p.backup_level, level);
        assert_eq!(p.credential_type, ty);
        // The day window: from a day before to two days after the redemption day.
        const DAY: u64 = 86_400;
        assert!(verify_backup_auth_presentation(generic, &presentation, day - DAY).is_ok());
        assert!(verify_backup_auth_presentation(generic, &presentation, day + 2 * DAY).is_ok());
        assert_eq!(
            verify_backup_auth_presentation(generic, &presentation, day - DAY - 1).unwrap_err(),
            ZkError::Verification
        );
        assert_eq!(
            verify_backup_auth_presentation(generic, &presentation, day + 2 * DAY + 1).unwrap_err(),
            ZkError::Verification
        );
        // Another server's params; a changed level (201 <-> 200), type, day, backup id or
        // proof byte; trailing bytes; wrong version.
        let (_, other) = &params[(i + 1) % params.len()];
        assert!(verify_backup_auth_presentation(other, &presentation, day).is_err());
        let len = presentation.len();
        for at in [1, 9, 17, 200, len - 1] {
            assert!(
                verify_backup_auth_presentation(generic, &flip(&presentation, at), day).is_err(),
                "flipped byte {at}"
            );
        }
        let mut trailing = presentation.clone();
        trailing.push(0);
        assert!(verify_backup_auth_presentation(generic, &trailing, day).is_err());
        assert!(verify_backup_auth_presentation(generic, &flip(&presentation, 0), day).is_err());
    }
}
