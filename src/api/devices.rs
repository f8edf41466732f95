//! Devices operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `GET /v1/devices/provisioning/code`
pub async fn create_device_token(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<CreateDeviceTokenResponse> {
    Err(Error::NotImplemented("GET /v1/devices/provisioning/code"))
}

/// `GET /v1/devices`
pub async fn get_devices(_state: &AppState, _ctx: &RequestContext) -> Result<GetDevicesResponse> {
    Err(Error::NotImplemented("GET /v1/devices"))
}

/// `PUT /v1/devices/link`
pub async fn link_device(
    _state: &AppState,
    _link_device_request: models::LinkDeviceRequest,
    _authorization: Option<String>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<LinkDeviceResponse> {
    Err(Error::NotImplemented("PUT /v1/devices/link"))
}

/// `PUT /v1/devices/transfer_archive`
pub async fn record_transfer_archive_uploaded(
    _state: &AppState,
    _transfer_archive_uploaded_request: models::TransferArchiveUploadedRequest,
    _ctx: &RequestContext,
) -> Result<RecordTransferArchiveUploadedResponse> {
    Err(Error::NotImplemented("PUT /v1/devices/transfer_archive"))
}

/// `PUT /v1/devices/capabilities`
pub async fn set_capabilities(
    _state: &AppState,
    _request_body: std::collections::HashMap<String, bool>,
    _ctx: &RequestContext,
) -> Result<SetCapabilitiesResponse> {
    Err(Error::NotImplemented("PUT /v1/devices/capabilities"))
}

/// `PUT /v1/devices/public_key`
pub async fn set_public_key1(
    _state: &AppState,
    _set_public_key_request: Option<models::SetPublicKeyRequest>,
    _ctx: &RequestContext,
) -> Result<SetPublicKey1Response> {
    Err(Error::NotImplemented("PUT /v1/devices/public_key"))
}

/// `GET /v1/devices/transfer_archive`
pub async fn wait_for_transfer_archive(
    _state: &AppState,
    _timeout: Option<u32>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<WaitForTransferArchiveResponse> {
    Err(Error::NotImplemented("GET /v1/devices/transfer_archive"))
}

/// `PUT /v1/devices/restore_account/{token}`
pub async fn record_restore_account_request(
    _state: &AppState,
    _token: String,
    _restore_account_request: Option<models::RestoreAccountRequest>,
    _ctx: &RequestContext,
) -> Result<RecordRestoreAccountRequestResponse> {
    Err(Error::NotImplemented(
        "PUT /v1/devices/restore_account/{token}",
    ))
}

/// `DELETE /v1/devices/{device_id}`
pub async fn remove_device(
    _state: &AppState,
    _device_id: swagger::ByteArray,
    _ctx: &RequestContext,
) -> Result<RemoveDeviceResponse> {
    Err(Error::NotImplemented("DELETE /v1/devices/{device_id}"))
}

/// `GET /v1/devices/restore_account/{token}`
pub async fn wait_for_device_transfer_request(
    _state: &AppState,
    _token: String,
    _timeout: Option<u32>,
    _ctx: &RequestContext,
) -> Result<WaitForDeviceTransferRequestResponse> {
    Err(Error::NotImplemented(
        "GET /v1/devices/restore_account/{token}",
    ))
}

/// `GET /v1/devices/wait_for_linked_device/{tokenIdentifier}`
pub async fn wait_for_linked_device(
    _state: &AppState,
    _token_identifier: String,
    _timeout: Option<u32>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<WaitForLinkedDeviceResponse> {
    Err(Error::NotImplemented(
        "GET /v1/devices/wait_for_linked_device/{tokenIdentifier}",
    ))
}
