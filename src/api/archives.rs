//! Archives operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `GET /v1/archives/upload/form`
pub async fn backup(
    _state: &AppState,
    _x_signal_zk_auth: String,
    _x_signal_zk_auth_signature: String,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<BackupResponse> {
    Err(Error::NotImplemented("GET /v1/archives/upload/form"))
}

/// `GET /v1/archives`
pub async fn backup_info(
    _state: &AppState,
    _x_signal_zk_auth: String,
    _x_signal_zk_auth_signature: String,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<BackupInfoResponse> {
    Err(Error::NotImplemented("GET /v1/archives"))
}

/// `PUT /v1/archives/media/batch`
pub async fn copy_media(
    _state: &AppState,
    _x_signal_zk_auth: String,
    _x_signal_zk_auth_signature: String,
    _copy_media_batch_request: models::CopyMediaBatchRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<CopyMediaResponse> {
    Err(Error::NotImplemented("PUT /v1/archives/media/batch"))
}

/// `PUT /v1/archives/media`
pub async fn copy_media1(
    _state: &AppState,
    _x_signal_zk_auth: String,
    _x_signal_zk_auth_signature: String,
    _copy_media_request: models::CopyMediaRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<CopyMedia1Response> {
    Err(Error::NotImplemented("PUT /v1/archives/media"))
}

/// `DELETE /v1/archives`
pub async fn delete_backup(
    _state: &AppState,
    _x_signal_zk_auth: String,
    _x_signal_zk_auth_signature: String,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<DeleteBackupResponse> {
    Err(Error::NotImplemented("DELETE /v1/archives"))
}

/// `POST /v1/archives/media/delete`
pub async fn delete_media(
    _state: &AppState,
    _x_signal_zk_auth: String,
    _x_signal_zk_auth_signature: String,
    _delete_media: models::DeleteMedia,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<DeleteMediaResponse> {
    Err(Error::NotImplemented("POST /v1/archives/media/delete"))
}

/// `GET /v1/archives/auth`
pub async fn get_backup_zk_credentials(
    _state: &AppState,
    _redemption_start_seconds: i64,
    _redemption_end_seconds: i64,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<GetBackupZkCredentialsResponse> {
    Err(Error::NotImplemented("GET /v1/archives/auth"))
}

/// `GET /v1/archives/media`
pub async fn list_media(
    _state: &AppState,
    _x_signal_zk_auth: String,
    _x_signal_zk_auth_signature: String,
    _user_agent: Option<String>,
    _cursor: Option<String>,
    _limit: Option<i32>,
    _ctx: &RequestContext,
) -> Result<ListMediaResponse> {
    Err(Error::NotImplemented("GET /v1/archives/media"))
}

/// `GET /v1/archives/auth/read`
pub async fn read_auth(
    _state: &AppState,
    _x_signal_zk_auth: String,
    _x_signal_zk_auth_signature: String,
    _cdn: i32,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<ReadAuthResponse> {
    Err(Error::NotImplemented("GET /v1/archives/auth/read"))
}

/// `POST /v1/archives/redeem-receipt`
pub async fn redeem_receipt(
    _state: &AppState,
    _redeem_backup_receipt_request: models::RedeemBackupReceiptRequest,
    _ctx: &RequestContext,
) -> Result<RedeemReceiptResponse> {
    Err(Error::NotImplemented("POST /v1/archives/redeem-receipt"))
}

/// `POST /v1/archives`
pub async fn refresh(
    _state: &AppState,
    _x_signal_zk_auth: String,
    _x_signal_zk_auth_signature: String,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<RefreshResponse> {
    Err(Error::NotImplemented("POST /v1/archives"))
}

/// `PUT /v1/archives/backupid`
pub async fn set_backup_id(
    _state: &AppState,
    _set_backup_id_request: models::SetBackupIdRequest,
    _ctx: &RequestContext,
) -> Result<SetBackupIdResponse> {
    Err(Error::NotImplemented("PUT /v1/archives/backupid"))
}

/// `PUT /v1/archives/keys`
pub async fn set_public_key(
    _state: &AppState,
    _x_signal_zk_auth: String,
    _x_signal_zk_auth_signature: String,
    _set_public_key_request: models::SetPublicKeyRequest,
    _ctx: &RequestContext,
) -> Result<SetPublicKeyResponse> {
    Err(Error::NotImplemented("PUT /v1/archives/keys"))
}

/// `GET /v1/archives/media/upload/form`
pub async fn upload_temporary_attachment(
    _state: &AppState,
    _x_signal_zk_auth: String,
    _x_signal_zk_auth_signature: String,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<UploadTemporaryAttachmentResponse> {
    Err(Error::NotImplemented("GET /v1/archives/media/upload/form"))
}
