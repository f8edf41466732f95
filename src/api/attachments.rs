//! Attachments operations: upload forms for the built-in CDN (`cdn.rs`).

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::domain::cdn;
use crate::domain::ratelimit;
use crate::error::Result;
use crate::state::AppState;

/// `GET /v4/attachments/form/upload`
pub async fn get_attachment_upload_form(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<GetAttachmentUploadFormResponse> {
    let auth = ctx.require_auth()?;
    state
        .limits
        .check(ratelimit::ATTACHMENT_CREATE, &auth.aci().to_string())
        .await?;
    let key = cdn::new_attachment_key();
    let signing_key = cdn::signing_key(&state.db).await?;
    let cdn_config = &state.config.cdn;
    let expires = (crate::db::now_millis() / 1000) as u64 + cdn_config.upload_ttl_secs;
    let location = cdn::signed_upload_location(
        &cdn::public_url(&state.config, &ctx.headers),
        &signing_key,
        &format!("attachments/{key}"),
        expires,
    );
    let headers = [
        ("x-goog-resumable", "start".to_string()),
        (
            "x-goog-content-length-range",
            format!("1,{}", cdn_config.max_attachment_bytes),
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    Ok(GetAttachmentUploadFormResponse::Success(
        models::AttachmentDescriptorV3 {
            cdn: Some(cdn_config.attachment_cdn),
            key: Some(key),
            headers: Some(headers),
            signed_upload_location: Some(location),
        },
    ))
}
