//! Stickers operations.

use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `GET /v1/sticker/pack/form/{count}`
pub async fn get_stickers_form(
    _state: &AppState,
    _count: u32,
    _ctx: &RequestContext,
) -> Result<GetStickersFormResponse> {
    Err(Error::NotImplemented("GET /v1/sticker/pack/form/{count}"))
}
