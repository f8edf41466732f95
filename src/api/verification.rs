//! Verification operations: registration sessions (see `crate::domain::verification`).

use signal_api::models;
use signal_api::models::{
    CreateVerificationSessionRequestPushTokenType as PushTokenType,
    VerificationCodeRequestTransport, VerificationSessionResponseRequestedInformationInner as Info,
};
use signal_api::*;

use crate::api::context::RequestContext;
use crate::domain::captcha::Action;
use crate::domain::push::{self, Notification, PushTarget};
use crate::domain::ratelimit;
use crate::domain::verification::{
    self, Answer, CodeCheckError, CodeRequestError, Requested, Session, Transport,
};
use crate::error::{Error, Result};
use crate::state::AppState;

fn response(session: &Session) -> models::VerificationSessionResponse {
    let view = session.view(crate::db::now_millis());
    models::VerificationSessionResponse {
        id: view.id,
        next_sms: view.next_sms,
        next_call: view.next_call,
        next_verification_attempt: view.next_verification_attempt,
        allowed_to_request_code: view.allowed_to_request_code,
        requested_information: Some(
            view.requested_information
                .iter()
                .map(|r| match r {
                    Requested::PushChallenge => Info::PushChallenge,
                    Requested::Captcha => Info::Captcha,
                })
                .collect(),
        ),
        verified: view.verified,
    }
}

/// An error status whose body is the session.
fn with_session(status: u16, session: &Session, retry_after_secs: Option<u64>) -> Error {
    match Error::json(status, response(session)) {
        Error::Json { status, body, .. } => Error::Json {
            status,
            body,
            retry_after_secs,
        },
        other => other,
    }
}

/// Pushes a newly issued challenge to the session's push token.
async fn push_challenge(state: &AppState, session: &Session, challenge: Option<String>) {
    let (Some(challenge), Some(token), Some(kind)) = (
        challenge,
        &session.data.push_token,
        &session.data.push_token_type,
    ) else {
        return;
    };
    let to = PushTarget::from_session(token, kind);
    push::send_or_log(
        &*state.push_sender,
        &to,
        Notification::VerificationChallenge(challenge),
    )
    .await;
}

/// `pushToken` and `pushTokenType` come together or not at all (422).
fn push_token(
    token: Option<String>,
    kind: Option<PushTokenType>,
) -> Result<Option<(String, String)>> {
    match (token, kind) {
        (None, None) => Ok(None),
        (Some(t), Some(k)) if !t.is_empty() => Ok(Some((t, k.to_string()))),
        _ => Err(Error::Unprocessable(
            "pushToken and pushTokenType must be given together".into(),
        )),
    }
}

/// `POST /v1/verification/session`
pub async fn create_session(
    state: &AppState,
    request: models::CreateVerificationSessionRequest,
    _ctx: &RequestContext,
) -> Result<CreateSessionResponse> {
    if !verification::valid_e164(&request.number) {
        return Err(Error::Unprocessable("invalid phone number".into()));
    }
    let push = push_token(request.push_token, request.push_token_type)?;
    state
        .limits
        .check(ratelimit::VERIFICATION_SESSION_NUMBER, &request.number)
        .await?;
    let (session, challenge) =
        verification::create(&state.db, &request.number, push, request.mcc, request.mnc).await?;
    push_challenge(state, &session, challenge).await;
    Ok(CreateSessionResponse::TheVerificationSessionWasCreatedSuccessfully(response(&session)))
}

/// `GET /v1/verification/session/{sessionId}`
pub async fn get_session(
    state: &AppState,
    session_id: String,
    _ctx: &RequestContext,
) -> Result<GetSessionResponse> {
    let session = verification::load(&state.db, &session_id).await?;
    if session.data.verified {
        crate::domain::accounts::delete_recovery_password_for_number(
            &state.db,
            &session.data.number,
        )
        .await?;
    }
    Ok(GetSessionResponse::SessionWasRetrievedSuccessfully(
        response(&session),
    ))
}

/// `POST /v1/verification/session/{sessionId}/code`
pub async fn request_verification_code(
    state: &AppState,
    session_id: String,
    request: models::VerificationCodeRequest,
    _user_agent: Option<String>,
    _accept_language: Option<String>,
    _ctx: &RequestContext,
) -> Result<RequestVerificationCodeResponse> {
    let mut session = verification::load(&state.db, &session_id).await?;
    let transport = match request.transport {
        VerificationCodeRequestTransport::Sms => Transport::Sms,
        VerificationCodeRequestTransport::Voice => Transport::Voice,
    };
    let fixed = state.config.test_numbers.get(&session.data.number).cloned();
    let code = match session.request_code(transport, fixed.as_deref()) {
        Ok(code) => code,
        Err(CodeRequestError::NotAllowed) => return Err(with_session(409, &session, None)),
        Err(CodeRequestError::TooSoon(retry)) => return Err(with_session(429, &session, retry)),
    };
    if fixed.is_none() {
        if let Err(Error::RateLimited { retry_after_secs }) =
            limit_sends(state, &session.data.number, transport).await
        {
            let stored = verification::load(&state.db, &session.id).await?;
            return Err(with_session(429, &stored, retry_after_secs));
        }
        state
            .code_sender
            .send(&session.data.number, &code, transport)
            .await?;
    }
    verification::save(&state.db, &session).await?;
    Ok(RequestVerificationCodeResponse::VerificationCodeWasSuccessfullySent(response(&session)))
}

/// Codes sent to one number, whatever the session: `smsDestination`, or `voxDestination`
/// and `voxDestinationDaily`.
async fn limit_sends(state: &AppState, number: &str, transport: Transport) -> Result<()> {
    match transport {
        Transport::Sms => state.limits.check(ratelimit::SMS_DESTINATION, number).await,
        Transport::Voice => {
            state
                .limits
                .check(ratelimit::VOICE_DESTINATION, number)
                .await?;
            state
                .limits
                .check(ratelimit::VOICE_DESTINATION_DAILY, number)
                .await
        }
    }
}

/// `PATCH /v1/verification/session/{sessionId}`
pub async fn update_session(
    state: &AppState,
    session_id: String,
    request: models::UpdateVerificationSessionRequest,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<UpdateSessionResponse> {
    let push = push_token(request.push_token, request.push_token_type)?;
    let mut session = verification::load(&state.db, &session_id).await?;
    // A wrong push challenge or captcha stops the request: nothing in it is applied or saved.
    if let Some(answer) = request.push_challenge.as_deref() {
        let limiter = ratelimit::VERIFICATION_PUSH_CHALLENGE;
        if let Err(Error::RateLimited { retry_after_secs }) =
            state.limits.check(limiter, &session.id).await
        {
            return Err(with_session(429, &session, retry_after_secs));
        }
        if session.answer_push_challenge(answer) == Answer::Rejected {
            return Err(with_session(403, &session, None));
        }
    }
    if request.mcc.is_some() {
        session.data.mcc = request.mcc;
    }
    if request.mnc.is_some() {
        session.data.mnc = request.mnc;
    }
    let challenge = push.and_then(|(token, kind)| session.update_push_token(token, kind));
    if let Some(token) = request.captcha.as_deref() {
        let limiter = ratelimit::VERIFICATION_CAPTCHA;
        if let Err(Error::RateLimited { retry_after_secs }) =
            state.limits.check(limiter, &session.id).await
        {
            return Err(with_session(429, &session, retry_after_secs));
        }
        // A rejected captcha stops the request like a wrong push challenge: nothing is saved.
        let accepted = state
            .captcha
            .verify(Action::Registration, token, ctx.remote.ip())
            .await?;
        if session.answer_captcha(accepted) == Answer::Rejected {
            let stored = verification::load(&state.db, &session.id).await?;
            return Err(with_session(403, &stored, None));
        }
    }
    verification::save(&state.db, &session).await?;
    push_challenge(state, &session, challenge).await;
    Ok(
        UpdateSessionResponse::SessionWasUpdatedSuccessfullyWithTheInformationProvided(response(
            &session,
        )),
    )
}

/// `PUT /v1/verification/session/{sessionId}/code`
pub async fn verify_code(
    state: &AppState,
    session_id: String,
    request: models::SubmitVerificationCodeRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<VerifyCodeResponse> {
    let mut session = verification::load(&state.db, &session_id).await?;
    match session.check_code(&request.code) {
        Ok(verified) => {
            verification::save(&state.db, &session).await?;
            if verified {
                crate::domain::accounts::delete_recovery_password_for_number(
                    &state.db,
                    &session.data.number,
                )
                .await?;
            }
            Ok(
                VerifyCodeResponse::TheRequestToCheckAVerificationCodeWasProcessed(response(
                    &session,
                )),
            )
        }
        Err(CodeCheckError::NotAllowed) => Err(with_session(409, &session, None)),
        Err(CodeCheckError::Exhausted) => Err(with_session(429, &session, None)),
    }
}
