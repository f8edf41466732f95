//! Remote configuration.

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::error::Result;
use crate::state::AppState;

/// `GET /v1/config`
///
/// The configured entries (`remote_config` in the configuration), each enabled for the
/// caller when it is in the entry's bucket (reference §2.15; plain values: for everyone).
pub async fn get_all(state: &AppState, ctx: &RequestContext) -> Result<GetAllResponse> {
    let auth = ctx.require_auth()?;
    let aci = auth.account.aci;
    let config = state
        .config
        .remote_config
        .iter()
        .map(|(name, entry)| {
            let (enabled, value) = entry.evaluate(name, aci.0);
            models::UserRemoteConfig {
                name: Some(name.clone()),
                enabled: Some(enabled),
                value,
            }
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
