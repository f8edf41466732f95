//! Rate-limit challenges.

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::domain::captcha::Action;
use crate::domain::challenges::{self, PushChallenge};
use crate::domain::push::{self, Notification};
use crate::domain::ratelimit;
use crate::error::{message_body, Error, Result};
use crate::state::AppState;

const PUSH_TYPE: &str = "rateLimitPushChallenge";
const CAPTCHA_TYPE: &str = "captcha";

fn challenge_failed(message: &str) -> Error {
    let status = hyper::StatusCode::from_u16(428).expect("valid status");
    Error::json(428, message_body(status, message))
}

/// `PUT /v1/challenge`
pub async fn handle_challenge_response(
    state: &AppState,
    _user_agent: Option<String>,
    request: Option<models::HandleChallengeResponseRequest>,
    ctx: &RequestContext,
) -> Result<HandleChallengeResponseResponse> {
    let auth = ctx.require_auth()?;
    let aci = auth.aci().to_string();
    let Some(request) = request else {
        return Err(Error::Unprocessable(
            "a challenge answer is required".into(),
        ));
    };
    let answer: swagger::OneOf2<_, _> = request.into();
    match answer {
        swagger::OneOf2::A(push) if push.r#type == PUSH_TYPE => {
            state
                .limits
                .check(ratelimit::PUSH_CHALLENGE_ATTEMPT, &aci)
                .await?;
            if !challenges::answer_push_challenge(&state.db, auth.account.aci, &push.challenge)
                .await?
            {
                return Err(challenge_failed(
                    "the push challenge does not match an outstanding one",
                ));
            }
            state
                .limits
                .check(ratelimit::PUSH_CHALLENGE_SUCCESS, &aci)
                .await?;
        }
        swagger::OneOf2::B(captcha) if captcha.r#type == CAPTCHA_TYPE => {
            state
                .limits
                .check(ratelimit::CAPTCHA_CHALLENGE_ATTEMPT, &aci)
                .await?;
            let solved = state
                .captcha
                .verify(Action::Challenge, &captcha.captcha, ctx.remote.ip())
                .await?;
            if !solved {
                return Err(challenge_failed("the captcha is not solved"));
            }
            state
                .limits
                .check(ratelimit::CAPTCHA_CHALLENGE_SUCCESS, &aci)
                .await?;
        }
        swagger::OneOf2::A(other) => return Err(unknown_type(&other.r#type)),
        swagger::OneOf2::B(other) => return Err(unknown_type(&other.r#type)),
    }
    state
        .limits
        .check(ratelimit::RATE_LIMIT_RESET, &aci)
        .await?;
    Ok(HandleChallengeResponseResponse::IndicatesTheChallengeProofWasAccepted)
}

fn unknown_type(kind: &str) -> Error {
    Error::Unprocessable(format!(
        "challenge type {kind:?} does not fit the answer (expected \"{PUSH_TYPE}\" with challenge, or \"{CAPTCHA_TYPE}\" with token and captcha)"
    ))
}

/// `POST /v1/challenge/push`
pub async fn request_push_challenge(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<RequestPushChallengeResponse> {
    let auth = ctx.require_auth()?;
    match challenges::send_push_challenge(&state.db, auth.account.aci).await? {
        PushChallenge::Issued(to, token) => {
            let notification = Notification::RateLimitChallenge(token);
            push::send_or_log(&*state.push_sender, &to, notification).await;
            Ok(RequestPushChallengeResponse::IndicatesAPayloadToTheAccount)
        }
        PushChallenge::AlreadyOutstanding => {
            Ok(RequestPushChallengeResponse::IndicatesAPayloadToTheAccount)
        }
        PushChallenge::NotPushRegistered => Err(Error::json(
            404,
            message_body(
                hyper::StatusCode::NOT_FOUND,
                "the primary device has no push token",
            ),
        )),
    }
}
