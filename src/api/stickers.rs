//! Stickers operations: the upload form of a new sticker pack (built-in CDN, `cdn.rs`).

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::domain::cdn::{self, PolicyForm};
use crate::domain::ratelimit;
use crate::error::{Error, Result};
use crate::state::AppState;

/// Stickers in one pack.
const MAX_STICKERS: u32 = 201;

/// `GET /v1/sticker/pack/form/{count}`
pub async fn get_stickers_form(
    state: &AppState,
    count: u32,
    ctx: &RequestContext,
) -> Result<GetStickersFormResponse> {
    let auth = ctx.require_auth()?;
    if !(1..=MAX_STICKERS).contains(&count) {
        return Err(Error::BadRequest(format!(
            "count must be between 1 and {MAX_STICKERS}"
        )));
    }
    state
        .limits
        .check(ratelimit::STICKER_PACK, &auth.aci().to_string())
        .await?;
    let pack_id = hex::encode(rand::random::<[u8; 16]>());
    let signer = cdn::form_signer(&state.config, &state.db).await?;
    let now = chrono::Utc::now();
    let ttl = state.config.cdn.policy_ttl_secs;
    let manifest = signer.form(
        &format!("stickers/{pack_id}/manifest.proto"),
        cdn::MAX_STICKER_MANIFEST_BYTES,
        now,
        ttl,
    );
    let stickers = (0..count)
        .map(|i| {
            let form = signer.form(
                &format!("stickers/{pack_id}/full/{i}"),
                cdn::MAX_STICKER_BYTES,
                now,
                ttl,
            );
            item(i as i32, form)
        })
        .collect();
    Ok(GetStickersFormResponse::Success(
        models::StickerPackFormUploadAttributes {
            manifest: Some(item(-1, manifest)),
            stickers: Some(stickers),
            pack_id: Some(pack_id),
        },
    ))
}

fn item(id: i32, form: PolicyForm) -> models::StickerPackFormUploadItem {
    super::policy_form_model!(models::StickerPackFormUploadItem, form, id: Some(id))
}
