//! Remote configuration.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::Result;
use crate::state::AppState;

/// `GET /v1/config`
///
/// The configured entries (`remote_config` in the configuration), all enabled for everyone.
pub async fn get_all(state: &AppState, ctx: &RequestContext) -> Result<GetAllResponse> {
    ctx.require_auth()?;
    let config = state
        .config
        .remote_config
        .iter()
        .map(|(name, value)| models::UserRemoteConfig {
            name: Some(name.clone()),
            enabled: Some(true),
            value: Some(value.clone()),
        })
        .collect();
    Ok(
        GetAllResponse::RemoteConfigurationValuesForTheAuthenticatedUser(
            models::UserRemoteConfigList {
                config: Some(config),
                server_epoch_time: Some(chrono::Utc::now().timestamp()),
            },
        ),
    )
}
