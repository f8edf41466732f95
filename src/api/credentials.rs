//! Credentials for outside services: storage service, CDSI, SVR2.

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::crypto::hmac_creds::ExternalServiceCredentials;
use crate::domain::ratelimit;
use crate::domain::services::{self, CheckResult};
use crate::error::{Error, Result};
use crate::state::AppState;

fn to_model(c: ExternalServiceCredentials) -> models::ExternalServiceCredentials {
    models::ExternalServiceCredentials {
        username: Some(c.username),
        password: Some(c.password),
    }
}

/// `GET /v2/directory/auth`
pub async fn get_auth_token(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<GetAuthTokenResponse> {
    let auth = ctx.require_auth()?;
    let generator = state.config.services.directory()?;
    let credentials =
        generator.generate(&services::identity(&auth.account.aci), services::now_secs());
    Ok(GetAuthTokenResponse::Status200(to_model(credentials)))
}

/// `GET /v1/storage/auth`
pub async fn get_auth1(state: &AppState, ctx: &RequestContext) -> Result<GetAuth1Response> {
    let auth = ctx.require_auth()?;
    let generator = state.config.services.storage()?;
    let credentials =
        generator.generate(&services::identity(&auth.account.aci), services::now_secs());
    Ok(GetAuth1Response::Status200(to_model(credentials)))
}

/// `POST /v2/backup/auth/check`
pub async fn auth_check(
    state: &AppState,
    request: models::AuthCheckRequest,
    ctx: &RequestContext,
) -> Result<AuthCheckResponse> {
    // The per-IP limiter runs before the body is validated, as on the real server.
    state
        .limits
        .check(ratelimit::BACKUP_AUTH_CHECK, &ctx.remote.ip().to_string())
        .await?;
    if !crate::domain::verification::valid_e164(&request.number) {
        return Err(Error::Unprocessable(
            "number must be an E.164 phone number".into(),
        ));
    }
    if request.tokens.is_empty() || request.tokens.len() > services::MAX_AUTH_CHECK_TOKENS {
        return Err(Error::Unprocessable(format!(
            "tokens must have 1..={} entries",
            services::MAX_AUTH_CHECK_TOKENS
        )));
    }
    let generator = state.config.services.svr2()?;
    let owner = crate::domain::accounts::find_by_number(&state.db, &request.number)
        .await?
        .map(|account| account.aci);
    let matches = services::check_svr2_tokens(
        &generator,
        &request.tokens,
        owner.as_ref(),
        services::now_secs(),
    )
    .into_iter()
    .map(|(token, result)| {
        let value = match result {
            CheckResult::Match => models::AuthCheckResponseV2MatchesValue::Match,
            CheckResult::NoMatch => models::AuthCheckResponseV2MatchesValue::NoMatch,
            CheckResult::Invalid => models::AuthCheckResponseV2MatchesValue::Invalid,
        };
        (token, value)
    })
    .collect();
    Ok(AuthCheckResponse::Status200(models::AuthCheckResponseV2 {
        matches,
    }))
}

/// `GET /v2/backup/auth`
pub async fn get_auth2(state: &AppState, ctx: &RequestContext) -> Result<GetAuth2Response> {
    let auth = ctx.require_auth()?;
    let generator = state.config.services.svr2()?;
    let credentials =
        generator.generate(&services::identity(&auth.account.aci), services::now_secs());
    Ok(GetAuth2Response::Status200(to_model(credentials)))
}
