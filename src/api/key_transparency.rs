//! Key transparency operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `GET /v1/key-transparency/distinguished`
pub async fn get_distinguished_key(
    _state: &AppState,
    _last_tree_head_size: Option<i64>,
    _ctx: &RequestContext,
) -> Result<GetDistinguishedKeyResponse> {
    Err(Error::NotImplemented(
        "GET /v1/key-transparency/distinguished",
    ))
}

/// `POST /v1/key-transparency/monitor`
pub async fn monitor(
    _state: &AppState,
    _key_transparency_monitor_request: models::KeyTransparencyMonitorRequest,
    _ctx: &RequestContext,
) -> Result<MonitorResponse> {
    Err(Error::NotImplemented("POST /v1/key-transparency/monitor"))
}

/// `POST /v1/key-transparency/search`
pub async fn search(
    _state: &AppState,
    _key_transparency_search_request: models::KeyTransparencySearchRequest,
    _ctx: &RequestContext,
) -> Result<SearchResponse> {
    Err(Error::NotImplemented("POST /v1/key-transparency/search"))
}
