//! Certificates operations.

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::error::Result;
use crate::state::AppState;

/// `GET /v1/certificate/delivery`
pub async fn get_delivery_certificate(
    state: &AppState,
    include_e164: Option<bool>,
    ctx: &RequestContext,
) -> Result<GetDeliveryCertificateResponse> {
    let caller = ctx.require_auth()?;
    let e164 = include_e164
        .unwrap_or(true)
        .then_some(caller.account.number.as_str());
    let certificate = crate::domain::certificates::sender_certificate(
        &state.db,
        &caller.aci().to_string(),
        e164,
        caller.device_id().get(),
        &caller.account.identity_key,
        crate::db::now_millis() as u64,
    )
    .await?;
    Ok(GetDeliveryCertificateResponse::Success(
        models::DeliveryCertificate {
            certificate: Some(swagger::ByteArray(certificate)),
        },
    ))
}

/// `GET /v1/certificate/auth/group`
pub async fn get_group_authentication_credentials(
    state: &AppState,
    _user_agent: Option<String>,
    redemption_start_seconds: Option<i64>,
    redemption_end_seconds: Option<i64>,
    ctx: &RequestContext,
) -> Result<GetGroupAuthenticationCredentialsResponse> {
    let caller = ctx.require_auth()?;
    let (auth, call_links) = crate::domain::zkgroup::group_auth_credentials(
        &state.zk,
        caller.aci(),
        caller.pni(),
        redemption_start_seconds,
        redemption_end_seconds,
        crate::domain::zkgroup::now_secs(),
    )?;
    Ok(GetGroupAuthenticationCredentialsResponse::Success(
        models::GroupCredentials {
            credentials: Some(
                auth.into_iter()
                    .map(|c| models::GroupCredential {
                        credential: Some(swagger::ByteArray(c.credential)),
                        redemption_time: Some(c.redemption_time as i64),
                    })
                    .collect(),
            ),
            call_link_auth_credentials: Some(
                call_links
                    .into_iter()
                    .map(|c| models::CallLinkAuthCredential {
                        credential: Some(swagger::ByteArray(c.credential)),
                        redemption_time: Some(c.redemption_time as i64),
                    })
                    .collect(),
            ),
            pni: Some(caller.account.pni.0),
        },
    ))
}
