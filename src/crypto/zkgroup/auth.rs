//! Issuance of the credentials handed out by `GET /v1/certificate/auth/group` and
//! `POST /v1/call-link/create-auth`.

use super::params::{GenericServerSecretParams, ServerSecretParams};
use super::serial::Writer;
use super::system::{uid_points, ZkServiceId};
use super::zkcred::{self, BlindedRequest};
use super::ZkError;

/// Credential label of `AuthCredentialWithPniZkc`.
pub const AUTH_CREDENTIAL_ZKC_LABEL: &[u8] = b"20240222_Signal_AuthCredentialZkc";
/// Credential label of `CallLinkAuthCredential`.
pub const CALL_LINK_AUTH_LABEL: &[u8] = b"20230421_Signal_CallLinkAuthCredential";
/// Credential label of `CreateCallLinkCredential`.
pub const CREATE_CALL_LINK_LABEL: &[u8] = b"20230413_Signal_CreateCallLinkCredential";

/// Version byte of `AuthCredentialWithPniZkcResponse`.
const AUTH_CREDENTIAL_WITH_PNI_ZKC_VERSION: u8 = 3;

/// `AuthCredentialWithPniZkcResponse` (425 bytes) for `aci`/`pni` valid on the day starting
/// at `redemption_time` (epoch seconds). libsignal
/// `issueAuthCredentialWithPniZkcWithRandom(randomness, aci, pni, redemptionTime)`.
pub fn issue_auth_credential_with_pni_zkc(
    params: &ServerSecretParams,
    aci: [u8; 16],
    pni: [u8; 16],
    redemption_time: u64,
    randomness: &[u8; 32],
) -> Result<Vec<u8>, ZkError> {
    let mut attrs = uid_points(ZkServiceId::Aci(aci)).to_vec();
    attrs.extend(uid_points(ZkServiceId::Pni(pni)));
    let proof = zkcred::issue(
        &params.generic,
        AUTH_CREDENTIAL_ZKC_LABEL,
        &[&redemption_time.to_be_bytes()],
        &attrs,
        randomness,
    )?;
    Ok(Writer::new()
        .byte(AUTH_CREDENTIAL_WITH_PNI_ZKC_VERSION)
        .raw(&proof)
        .finish())
}

/// `CallLinkAuthCredentialResponse` (361 bytes) for `aci` on the day `redemption_time`.
/// libsignal `CallLinkAuthCredentialResponse.issueCredentialWithRandom`.
pub fn issue_call_link_auth_credential(
    params: &GenericServerSecretParams,
    aci: [u8; 16],
    redemption_time: u64,
    randomness: &[u8; 32],
) -> Result<Vec<u8>, ZkError> {
    let proof = zkcred::issue(
        &params.key,
        CALL_LINK_AUTH_LABEL,
        &[&redemption_time.to_be_bytes()],
        &uid_points(ZkServiceId::Aci(aci)),
        randomness,
    )?;
    // Version 0: issued with legacy (version 0) generic params.
    Ok(Writer::new().byte(0).raw(&proof).finish())
}

/// A parsed `CreateCallLinkCredentialRequest` (97 bytes, a [`BlindedRequest`] whose blinded
/// attribute is the room id).
#[derive(Clone, Debug)]
pub struct CreateCallLinkCredentialRequest(BlindedRequest);

impl CreateCallLinkCredentialRequest {
    pub const LEN: usize = BlindedRequest::LEN;

    pub fn deserialize(bytes: &[u8]) -> Result<Self, ZkError> {
        BlindedRequest::deserialize(bytes, "CreateCallLinkCredentialRequest").map(Self)
    }

    /// `CreateCallLinkCredentialResponse` (465 bytes) for `aci` at the day `timestamp`.
    /// libsignal `CreateCallLinkCredentialRequest#issueCredentialWithRandom`.
    pub fn issue(
        &self,
        params: &GenericServerSecretParams,
        aci: [u8; 16],
        timestamp: u64,
        randomness: &[u8; 32],
    ) -> Result<Vec<u8>, ZkError> {
        let proof = self.0.issue(
            &params.key,
            CREATE_CALL_LINK_LABEL,
            &[&timestamp.to_be_bytes()],
            &uid_points(ZkServiceId::Aci(aci)),
            randomness,
        )?;
        Ok(Writer::new().byte(0).u64(timestamp).raw(&proof).finish())
    }
}
