//! Rate-limit challenges (`PUT /v1/challenge`, `POST /v1/challenge/push`).
//!
//! A push challenge is a random 16-byte token (sent as 32 hex characters) pushed to the
//! account's primary device as `{"rateLimitChallenge": "<token>"}` (through the configured
//! `push::PushSender`; the default one logs it). It is kept for 5 minutes in
//! `ephemeral_records` under `rate_limit_push_challenge::<aci>`; while one is outstanding,
//! requesting another re-sends nothing. Answering with the token consumes it.
//!
//! Captcha challenges are checked by the configured provider (`captcha.rs`).

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::db::{devices as device_rows, ephemeral_records, now_millis};
use crate::domain::push::PushTarget;
use crate::error::Result;
use crate::types::{Aci, DeviceId};

/// How long an issued push challenge can be answered.
pub const PUSH_CHALLENGE_TTL_MS: i64 = 5 * 60 * 1000;

fn key(aci: Aci) -> String {
    format!("rate_limit_push_challenge::{aci}")
}

/// What `POST /v1/challenge/push` did.
#[derive(Debug, PartialEq, Eq)]
pub enum PushChallenge {
    /// A new token was issued: it is to be pushed to the primary device.
    Issued(PushTarget, String),
    /// An unexpired token is still outstanding; nothing was sent.
    AlreadyOutstanding,
    /// The primary device has no push token (APNs or FCM): 404.
    NotPushRegistered,
}

/// Issues a push challenge for the account's primary device.
pub async fn send_push_challenge(db: &impl ConnectionTrait, aci: Aci) -> Result<PushChallenge> {
    let primary = device_rows::Entity::find_by_id((aci, DeviceId::PRIMARY))
        .one(db)
        .await?;
    let Some(primary) = primary else {
        return Ok(PushChallenge::NotPushRegistered);
    };
    let Some(target) = PushTarget::of_device(primary.gcm_id, primary.apn_id) else {
        return Ok(PushChallenge::NotPushRegistered);
    };
    if crate::domain::devices::read_record(db, &key(aci))
        .await?
        .is_some()
    {
        return Ok(PushChallenge::AlreadyOutstanding);
    }
    let token = hex::encode(rand::random::<[u8; 16]>());
    crate::domain::devices::write_record(db, &key(aci), token.clone(), PUSH_CHALLENGE_TTL_MS)
        .await?;
    Ok(PushChallenge::Issued(target, token))
}

/// Consumes the account's outstanding push challenge if `answer` is it.
pub async fn answer_push_challenge(
    db: &impl ConnectionTrait,
    aci: Aci,
    answer: &str,
) -> Result<bool> {
    // Tokens are issued as lowercase hex; compare the decoded bytes so case does not matter.
    let Ok(bytes) = hex::decode(answer) else {
        return Ok(false);
    };
    let result = ephemeral_records::Entity::delete_many()
        .filter(ephemeral_records::Column::Key.eq(key(aci)))
        .filter(ephemeral_records::Column::Value.eq(hex::encode(bytes)))
        .filter(ephemeral_records::Column::ExpiresAt.gt(now_millis()))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}
