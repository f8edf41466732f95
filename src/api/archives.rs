//! Archives operations: message and media backups (`archives.rs`).

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::domain::archives::{self, BackupUser, CopyItem, UploadForm};
use crate::error::{Error, Result};
use crate::state::AppState;

async fn zk(
    state: &AppState,
    auth: &str,
    signature: &str,
    ctx: &RequestContext,
) -> Result<BackupUser> {
    archives::authenticate(state.archives(), ctx.auth.is_some(), auth, signature).await
}

fn descriptor(form: UploadForm) -> models::UploadDescriptorResponse {
    models::UploadDescriptorResponse {
        cdn: Some(form.cdn),
        key: Some(form.key),
        headers: Some(form.headers),
        signed_upload_location: Some(form.signed_upload_location),
    }
}

fn copy_item(r: models::CopyMediaRequest) -> CopyItem {
    CopyItem {
        source_cdn: r.source_attachment.cdn,
        source_key: r.source_attachment.key,
        object_length: r.object_length as i64,
        media_id: r.media_id,
        hmac_key: r.hmac_key,
        encryption_key: r.encryption_key,
    }
}

/// `GET /v1/archives/upload/form`
pub async fn backup(
    state: &AppState,
    x_signal_zk_auth: String,
    x_signal_zk_auth_signature: String,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<BackupResponse> {
    let user = zk(state, &x_signal_zk_auth, &x_signal_zk_auth_signature, ctx).await?;
    let form = archives::message_backup_upload_form(state.archives(), &ctx.headers, &user).await?;
    Ok(BackupResponse::Success(descriptor(form)))
}

/// `GET /v1/archives`
pub async fn backup_info(
    state: &AppState,
    x_signal_zk_auth: String,
    x_signal_zk_auth_signature: String,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<BackupInfoResponse> {
    let user = zk(state, &x_signal_zk_auth, &x_signal_zk_auth_signature, ctx).await?;
    let b = &user.backup;
    Ok(BackupInfoResponse::Success(models::BackupInfoResponse {
        cdn: Some(state.config.backups.cdn),
        backup_dir: Some(b.backup_dir.clone()),
        media_dir: Some(b.media_dir.clone()),
        backup_name: Some(archives::BACKUP_NAME.to_owned()),
        used_space: Some(b.bytes_used),
    }))
}

/// `PUT /v1/archives/media/batch`
pub async fn copy_media(
    state: &AppState,
    x_signal_zk_auth: String,
    x_signal_zk_auth_signature: String,
    copy_media_batch_request: models::CopyMediaBatchRequest,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<CopyMediaResponse> {
    let user = zk(state, &x_signal_zk_auth, &x_signal_zk_auth_signature, ctx).await?;
    user.require_type(crate::crypto::zkgroup::backup::BackupCredentialType::Media)?;
    user.require_level(crate::crypto::zkgroup::backup::BackupLevel::Paid)?;
    // 1 to 1000 items: checked against the schema before the handler runs.
    let items = copy_media_batch_request.items;
    let mut responses = Vec::with_capacity(items.len());
    for item in items {
        let media_id = item.media_id.clone();
        let entry = match archives::copy_media(state.archives(), &user, &copy_item(item)).await {
            Ok(cdn) => models::Entry {
                status: Some(200),
                failure_reason: None,
                cdn: Some(cdn),
                media_id,
            },
            Err(f) => models::Entry {
                status: Some(f.status as i32),
                failure_reason: Some(f.reason),
                cdn: None,
                media_id,
            },
        };
        responses.push(entry);
    }
    Ok(CopyMediaResponse::TheRequestWasProcessedAndEachOperation(
        models::CopyMediaBatchResponse {
            responses: Some(responses),
        },
    ))
}

/// `PUT /v1/archives/media`
pub async fn copy_media1(
    state: &AppState,
    x_signal_zk_auth: String,
    x_signal_zk_auth_signature: String,
    copy_media_request: models::CopyMediaRequest,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<CopyMedia1Response> {
    let user = zk(state, &x_signal_zk_auth, &x_signal_zk_auth_signature, ctx).await?;
    user.require_type(crate::crypto::zkgroup::backup::BackupCredentialType::Media)?;
    user.require_level(crate::crypto::zkgroup::backup::BackupLevel::Paid)?;
    let cdn = archives::copy_media(state.archives(), &user, &copy_item(copy_media_request)).await?;
    Ok(CopyMedia1Response::Success(models::CopyMediaResponse {
        cdn,
    }))
}

/// `DELETE /v1/archives`
pub async fn delete_backup(
    state: &AppState,
    x_signal_zk_auth: String,
    x_signal_zk_auth_signature: String,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<DeleteBackupResponse> {
    let user = zk(state, &x_signal_zk_auth, &x_signal_zk_auth_signature, ctx).await?;
    archives::delete_backup(state.archives(), &user).await?;
    Ok(DeleteBackupResponse::TheBackupHasBeenSuccessfullyRemoved)
}

/// `POST /v1/archives/media/delete`
pub async fn delete_media(
    state: &AppState,
    x_signal_zk_auth: String,
    x_signal_zk_auth_signature: String,
    delete_media: models::DeleteMedia,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<DeleteMediaResponse> {
    let user = zk(state, &x_signal_zk_auth, &x_signal_zk_auth_signature, ctx).await?;
    let items: Vec<(i32, String)> = delete_media
        .media_to_delete
        .unwrap_or_default()
        .into_iter()
        .map(|m| (m.cdn, m.media_id))
        .collect();
    // At most 1000 when present: checked against the schema before the handler runs.
    if items.is_empty() {
        return Err(Error::Unprocessable("mediaToDelete is required".into()));
    }
    archives::delete_media(state.archives(), &user, &items).await?;
    Ok(DeleteMediaResponse::TheProvidedObjectsWereSuccessfullyDeletedOrTheyDoNotExist)
}

/// `GET /v1/archives/auth`
pub async fn get_backup_zk_credentials(
    state: &AppState,
    redemption_start_seconds: i64,
    redemption_end_seconds: i64,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<GetBackupZkCredentialsResponse> {
    let caller = ctx.require_auth()?;
    let days = archives::backup_credentials(
        state.archives(),
        &caller.account,
        redemption_start_seconds,
        redemption_end_seconds,
    )
    .await?;
    let cred = |c: crate::domain::zkgroup::DayCredential| models::BackupAuthCredential {
        credential: Some(swagger::ByteArray(c.credential)),
        redemption_time: Some(c.redemption_time as i64),
    };
    let (mut messages, mut media) = (Vec::new(), Vec::new());
    for d in days {
        messages.push(cred(d.messages));
        media.push(cred(d.media));
    }
    Ok(GetBackupZkCredentialsResponse::Success(
        models::BackupAuthCredentialsResponse {
            credentials: Some(
                [
                    ("messages".to_owned(), messages),
                    ("media".to_owned(), media),
                ]
                .into(),
            ),
        },
    ))
}

/// `GET /v1/archives/media`
pub async fn list_media(
    state: &AppState,
    x_signal_zk_auth: String,
    x_signal_zk_auth_signature: String,
    _user_agent: Option<String>,
    cursor: Option<String>,
    limit: Option<i32>,
    ctx: &RequestContext,
) -> Result<ListMediaResponse> {
    let user = zk(state, &x_signal_zk_auth, &x_signal_zk_auth_signature, ctx).await?;
    let page = archives::list_media(state.archives(), &user, cursor.as_deref(), limit).await?;
    Ok(ListMediaResponse::Success(models::ListResponse {
        stored_media_objects: Some(
            page.objects
                .into_iter()
                .map(|o| models::StoredMediaObject {
                    cdn: o.cdn,
                    media_id: o.media_id,
                    object_length: o.object_length,
                })
                .collect(),
        ),
        backup_dir: Some(user.backup.backup_dir.clone()),
        media_dir: Some(user.backup.media_dir.clone()),
        cursor: page.cursor,
    }))
}

/// `GET /v1/archives/auth/read`
pub async fn read_auth(
    state: &AppState,
    x_signal_zk_auth: String,
    x_signal_zk_auth_signature: String,
    cdn: i32,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<ReadAuthResponse> {
    let user = zk(state, &x_signal_zk_auth, &x_signal_zk_auth_signature, ctx).await?;
    let headers = archives::read_auth(state.archives(), &user, cdn).await?;
    Ok(ReadAuthResponse::Success(models::ReadAuthResponse {
        headers: Some(headers),
    }))
}

/// `POST /v1/archives/redeem-receipt`
pub async fn redeem_receipt(
    state: &AppState,
    redeem_backup_receipt_request: models::RedeemBackupReceiptRequest,
    ctx: &RequestContext,
) -> Result<RedeemReceiptResponse> {
    let caller = ctx.require_auth()?;
    archives::redeem_receipt(
        state.archives(),
        &caller.account,
        &redeem_backup_receipt_request.receipt_credential_presentation,
    )
    .await?;
    Ok(RedeemReceiptResponse::TheReceiptWasRedeemed)
}

/// `POST /v1/archives`
pub async fn refresh(
    state: &AppState,
    x_signal_zk_auth: String,
    x_signal_zk_auth_signature: String,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<RefreshResponse> {
    let user = zk(state, &x_signal_zk_auth, &x_signal_zk_auth_signature, ctx).await?;
    archives::refresh(state.archives(), &user).await?;
    Ok(RefreshResponse::TheBackupWasSuccessfullyRefreshed)
}

/// `PUT /v1/archives/backupid`
pub async fn set_backup_id(
    state: &AppState,
    set_backup_id_request: models::SetBackupIdRequest,
    ctx: &RequestContext,
) -> Result<SetBackupIdResponse> {
    let caller = ctx.require_auth()?;
    archives::set_backup_id(
        state.archives(),
        &caller.account,
        &set_backup_id_request.messages_backup_auth_credential_request,
        &set_backup_id_request.media_backup_auth_credential_request,
    )
    .await?;
    Ok(SetBackupIdResponse::TheBackup)
}

/// `PUT /v1/archives/keys`
pub async fn set_public_key(
    state: &AppState,
    x_signal_zk_auth: String,
    x_signal_zk_auth_signature: String,
    set_public_key_request: models::ArchiveSetPublicKeyRequest,
    ctx: &RequestContext,
) -> Result<SetPublicKeyResponse> {
    archives::set_public_key(
        state.archives(),
        ctx.auth.is_some(),
        &x_signal_zk_auth,
        &x_signal_zk_auth_signature,
        &set_public_key_request.backup_id_public_key,
    )
    .await?;
    Ok(SetPublicKeyResponse::ThePublicKeyWasSet)
}

/// `GET /v1/archives/media/upload/form`
pub async fn upload_temporary_attachment(
    state: &AppState,
    x_signal_zk_auth: String,
    x_signal_zk_auth_signature: String,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<UploadTemporaryAttachmentResponse> {
    let user = zk(state, &x_signal_zk_auth, &x_signal_zk_auth_signature, ctx).await?;
    let form = archives::media_upload_form(state.archives(), &ctx.headers, &user).await?;
    Ok(UploadTemporaryAttachmentResponse::Success(descriptor(form)))
}
