//! Sealed-sender certificates. A trust-root key pair (whose public key clients pin) signs
//! a server certificate; the server certificate's key signs the short-lived sender
//! certificates handed to accounts. All keys are made on first start and kept as server
//! secrets, so every process on the database signs with the same chain.

use base64::Engine;
use prost::Message as _;
use sea_orm::ConnectionTrait;

use crate::crypto::xeddsa::KeyPair;
use crate::error::Result;
use crate::proto::{
    SenderCertificate, SenderCertificateBody, ServerCertificate, ServerCertificateBody,
};

/// The server certificate's key id (0xDEADC357 is revoked in libsignal and never used).
pub const SERVER_CERTIFICATE_ID: u32 = 1;
/// How long a sender certificate is valid.
pub const SENDER_CERTIFICATE_DAYS: u64 = 7;

async fn key_pair(db: &impl ConnectionTrait, name: &str) -> Result<KeyPair> {
    let secret = crate::domain::secrets::random_key(db, name).await?;
    let mut bytes = [0u8; 32];
    bytes.copy_from_slice(&secret[..32]);
    Ok(KeyPair::from_random_bytes(bytes))
}

fn serialized(key: &KeyPair) -> Vec<u8> {
    let mut out = vec![0x05];
    out.extend_from_slice(key.public_key());
    out
}

/// The trust root's public key, 33 bytes.
pub async fn trust_root_public_key(db: &impl ConnectionTrait) -> Result<Vec<u8>> {
    Ok(serialized(&key_pair(db, "sealed-sender-trust-root").await?))
}

/// The serialized server certificate (signed once, then kept).
async fn server_certificate(db: &impl ConnectionTrait) -> Result<(Vec<u8>, KeyPair)> {
    let root = key_pair(db, "sealed-sender-trust-root").await?;
    let server_key = key_pair(db, "sealed-sender-server-key").await?;
    let body = ServerCertificateBody {
        id: Some(SERVER_CERTIFICATE_ID),
        key: Some(serialized(&server_key)),
    }
    .encode_to_vec();
    let certificate =
        crate::domain::secrets::get_or_create(db, "sealed-sender-server-certificate", || {
            let signature = root.sign(&body);
            ServerCertificate {
                certificate: Some(body.clone()),
                signature: Some(signature.to_vec()),
            }
            .encode_to_vec()
        })
        .await?;
    Ok((certificate, server_key))
}

/// A sender certificate for one device of an account, valid for seven days.
pub async fn sender_certificate(
    db: &impl ConnectionTrait,
    aci: &str,
    e164: Option<&str>,
    device_id: u8,
    identity_key: &[u8],
    now_ms: u64,
) -> Result<Vec<u8>> {
    let (signer, server_key) = server_certificate(db).await?;
    let body = SenderCertificateBody {
        sender_e164: e164.map(str::to_owned),
        sender_device: Some(u32::from(device_id)),
        expires: Some(now_ms + SENDER_CERTIFICATE_DAYS * 86_400_000),
        identity_key: Some(identity_key.to_vec()),
        signer: Some(signer),
        sender_uuid: Some(aci.to_owned()),
    }
    .encode_to_vec();
    let signature = server_key.sign(&body);
    Ok(SenderCertificate {
        certificate: Some(body),
        signature: Some(signature.to_vec()),
    }
    .encode_to_vec())
}

/// Logs the trust root and writes it (base64) to `<data_dir>/trust-root.pub` for clients.
pub async fn publish_trust_root(
    db: &impl ConnectionTrait,
    data_dir: &std::path::Path,
) -> anyhow::Result<()> {
    let encoded =
        base64::engine::general_purpose::STANDARD.encode(trust_root_public_key(db).await?);
    tracing::info!(trust_root = %encoded, "sealed-sender trust root public key");
    std::fs::write(data_dir.join("trust-root.pub"), format!("{encoded}\n"))?;
    Ok(())
}
