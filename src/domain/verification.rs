//! Registration verification sessions, implemented in-process (the real server delegates
//! them to Signal's external registration service).
//!
//! A session belongs to one phone number. It starts with `captcha` requested (and, when a
//! push token was given, `pushChallenge` before it); answering either removes both, and only
//! then may a code be requested. Codes go out through a [`CodeSender`]; numbers configured
//! in `Config::test_numbers` get their fixed code and nothing is sent. The state is one
//! JSON document per session in `verification_sessions.data`.
//!
//! **Captcha.** Captcha solutions are checked by the configured provider (`captcha.rs`).
//!
//! **Per-number limits.** Besides the per-session delays, the rate limiters
//! `verificationSessionNumber` (sessions created per number), `smsDestination`,
//! `voxDestination` and `voxDestinationDaily` (codes sent per number, the reference's
//! limiters from before it delegated sends to its registration service) stop one number
//! from being pumped with codes through many sessions. Test numbers, to which nothing is
//! sent, are exempt from the send limits.
//!
//! Delays (seconds, reported as `nextSms`/`nextCall`/`nextVerificationAttempt`): the first
//! SMS or call may be requested at once, later ones after [`RESEND_DELAYS_SECS`]; at most
//! [`MAX_SENDS`] per transport and [`MAX_FAILED_CHECKS`] wrong codes per session.

use async_trait::async_trait;
use base64::Engine;
use sea_orm::{ConnectionTrait, EntityTrait, IntoActiveModel, Set};
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;

use crate::db::{now_millis, verification_sessions};
use crate::error::{Error, Result};

/// How long a session lives after its last change.
pub const SESSION_TTL_MS: i64 = 60 * 60 * 1000;
/// Wait before the 2nd, 3rd, ... code on the same transport.
pub const RESEND_DELAYS_SECS: [i64; 4] = [60, 120, 300, 600];
/// Codes per transport and session.
pub const MAX_SENDS: u32 = 5;
/// Wrong codes per session before it is exhausted.
pub const MAX_FAILED_CHECKS: u32 = 5;

/// How a code is delivered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Transport {
    Sms,
    Voice,
}

/// Delivers verification codes. Implement this to plug in an SMS/voice gateway.
#[async_trait]
pub trait CodeSender: Send + Sync {
    async fn send(&self, number: &str, code: &str, transport: Transport) -> Result<()>;
}

/// The self-hosting default: writes the code to the log, where the operator reads it. The
/// number is shown by its last four digits only (no phone numbers in the INFO log).
pub struct LogCodeSender;

/// `+1…0100`: a phone number's first digit and last four digits.
pub fn masked_number(number: &str) -> String {
    let chars: Vec<char> = number.chars().collect();
    if chars.len() <= 6 {
        return "…".into();
    }
    let head: String = chars[..2].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}…{tail}")
}

#[async_trait]
impl CodeSender for LogCodeSender {
    async fn send(&self, number: &str, code: &str, transport: Transport) -> Result<()> {
        tracing::info!(
            number = %masked_number(number),
            code,
            ?transport,
            "verification code (not sent: log code sender)"
        );
        Ok(())
    }
}

/// Information a session may require before a code can be requested.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Requested {
    #[serde(rename = "pushChallenge")]
    PushChallenge,
    #[serde(rename = "captcha")]
    Captcha,
}

/// The state of a session (stored as JSON).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SessionData {
    pub number: String,
    #[serde(default)]
    pub push_token: Option<String>,
    #[serde(default)]
    pub push_token_type: Option<String>,
    #[serde(default)]
    pub push_challenge: Option<String>,
    #[serde(default)]
    pub requested: Vec<Requested>,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub sms_sent: u32,
    #[serde(default)]
    pub last_sms_at: Option<i64>,
    #[serde(default)]
    pub calls_made: u32,
    #[serde(default)]
    pub last_call_at: Option<i64>,
    #[serde(default)]
    pub failed_checks: u32,
    #[serde(default)]
    pub verified: bool,
    #[serde(default)]
    pub mcc: Option<String>,
    #[serde(default)]
    pub mnc: Option<String>,
}

/// A loaded session: its id and state.
#[derive(Clone, Debug)]
pub struct Session {
    pub id: String,
    pub data: SessionData,
    pub created_at: i64,
}

/// What clients see (`VerificationSessionResponse`), delays in seconds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionView {
    pub id: String,
    pub next_sms: Option<i64>,
    pub next_call: Option<i64>,
    pub next_verification_attempt: Option<i64>,
    pub allowed_to_request_code: bool,
    pub requested_information: Vec<Requested>,
    pub verified: bool,
}

/// Why a code request was refused.
#[derive(Debug)]
pub enum CodeRequestError {
    /// Already verified, or information still requested: 409 with the session.
    NotAllowed,
    /// Too early (Some(retry after)) or no sends left (None): 429 with the session.
    TooSoon(Option<u64>),
}

/// Why a code check was refused.
#[derive(Debug)]
pub enum CodeCheckError {
    /// Already verified, or no code sent yet: 409 with the session.
    NotAllowed,
    /// Too many wrong codes: 429 with the session.
    Exhausted,
}

/// E.164: `+` then 7..=15 digits, the first not 0.
pub fn valid_e164(number: &str) -> bool {
    number.strip_prefix('+').is_some_and(|digits| {
        (7..=15).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && !digits.starts_with('0')
    })
}

/// Session ids are base64url (unpadded) of 16 random bytes. `Err(422)` when the id is not
/// base64url at all, `Err(400)` when it decodes to something else.
pub fn check_session_id(id: &str) -> Result<()> {
    let bytes =
        crate::b64::url(id).ok_or_else(|| Error::Unprocessable("malformed session id".into()))?;
    if bytes.len() != 16 {
        return Err(Error::BadRequest("invalid session id".into()));
    }
    Ok(())
}

fn new_session_id() -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(rand::random::<[u8; 16]>())
}

fn delay_after(count: u32) -> i64 {
    let i = (count.max(1) - 1) as usize;
    RESEND_DELAYS_SECS[i.min(RESEND_DELAYS_SECS.len() - 1)]
}

/// Seconds until the next send on a transport may happen (`None`: no sends left).
fn next_send(count: u32, last: Option<i64>, now: i64) -> Option<i64> {
    if count >= MAX_SENDS {
        return None;
    }
    match last {
        None => Some(0),
        Some(at) => {
            let ready = at + delay_after(count) * 1000;
            Some(((ready - now).max(0) + 999) / 1000)
        }
    }
}

impl Session {
    pub fn allowed_to_request_code(&self) -> bool {
        self.data.requested.is_empty() && !self.data.verified
    }

    pub fn view(&self, now: i64) -> SessionView {
        let d = &self.data;
        let allowed = self.allowed_to_request_code();
        let next_verification_attempt =
            (d.code.is_some() && !d.verified && d.failed_checks < MAX_FAILED_CHECKS).then_some(0);
        SessionView {
            id: self.id.clone(),
            next_sms: if allowed {
                next_send(d.sms_sent, d.last_sms_at, now)
            } else {
                None
            },
            next_call: if allowed {
                next_send(d.calls_made, d.last_call_at, now)
            } else {
                None
            },
            next_verification_attempt,
            allowed_to_request_code: allowed,
            requested_information: d.requested.clone(),
            verified: d.verified,
        }
    }
}

/// Creates a session for `number` (already validated). A push token adds a push challenge
/// in front of the captcha; the challenge to push is returned with the session.
pub async fn create(
    db: &impl ConnectionTrait,
    number: &str,
    push_token: Option<(String, String)>,
    mcc: Option<String>,
    mnc: Option<String>,
) -> Result<(Session, Option<String>)> {
    let now = now_millis();
    let mut data = SessionData {
        number: number.to_owned(),
        requested: vec![Requested::Captcha],
        mcc,
        mnc,
        ..SessionData::default()
    };
    let id = new_session_id();
    let challenge = push_token.and_then(|(token, kind)| set_push_token(&mut data, token, kind));
    let row = verification_sessions::ActiveModel {
        id: Set(id.clone()),
        number: Set(number.to_owned()),
        data: Set(serde_json::to_string(&data).map_err(|e| Error::Internal(e.to_string()))?),
        created_at: Set(now),
        expires_at: Set(now + SESSION_TTL_MS),
    };
    crate::db::insert(db, row).await?;
    let session = Session {
        id,
        data,
        created_at: now,
    };
    Ok((session, challenge))
}

/// Sets the session's push token; a new token, while a captcha is still requested, issues a
/// push challenge (returned, to be pushed) unless one was issued before.
fn set_push_token(data: &mut SessionData, token: String, kind: String) -> Option<String> {
    let new_token = data.push_token.as_deref() != Some(token.as_str());
    data.push_token = Some(token);
    data.push_token_type = Some(kind);
    if new_token
        && data.push_challenge.is_none()
        && !data.verified
        && data.requested.contains(&Requested::Captcha)
    {
        let challenge = hex::encode(rand::random::<[u8; 16]>());
        data.push_challenge = Some(challenge.clone());
        data.requested.insert(0, Requested::PushChallenge);
        return Some(challenge);
    }
    None
}

/// Loads a live session; 404 when unknown or expired.
pub async fn load(db: &impl ConnectionTrait, id: &str) -> Result<Session> {
    check_session_id(id)?;
    let row = verification_sessions::Entity::find_by_id(id.to_owned())
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    if row.expires_at <= now_millis() {
        verification_sessions::Entity::delete_by_id(id.to_owned())
            .exec(db)
            .await?;
        return Err(Error::NotFound);
    }
    let data: SessionData = serde_json::from_str(&row.data)
        .map_err(|e| Error::Internal(format!("corrupt session {id}: {e}")))?;
    Ok(Session {
        id: row.id,
        data,
        created_at: row.created_at,
    })
}

/// Proves control of `number` with the verification session `id`, for registration and
/// change number (reference §2.1a): 400 if the id is invalid, 401 if the session is unknown
/// or expired, 400 if it is for another number, 401 if it is not verified (the number is
/// checked first).
pub async fn check_verified_session(
    db: &impl ConnectionTrait,
    id: &str,
    number: &str,
) -> Result<()> {
    check_session_id(id).map_err(|_| Error::BadRequest("invalid session id".into()))?;
    let session = match load(db, id).await {
        Ok(session) => session,
        Err(Error::NotFound) => return Err(Error::Unauthorized),
        Err(e) => return Err(e),
    };
    if session.data.number != number {
        return Err(Error::BadRequest(
            "the session was verified for another number".into(),
        ));
    }
    if !session.data.verified {
        return Err(Error::Unauthorized);
    }
    Ok(())
}

/// Stores a session's state and extends its life.
pub async fn save(db: &impl ConnectionTrait, session: &Session) -> Result<()> {
    let row = verification_sessions::Entity::find_by_id(session.id.clone())
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    let mut active = row.into_active_model();
    active.data =
        Set(serde_json::to_string(&session.data).map_err(|e| Error::Internal(e.to_string()))?);
    active.expires_at = Set(now_millis() + SESSION_TTL_MS);
    crate::db::update(db, active).await?;
    Ok(())
}

/// Outcome of answering requested information.
#[derive(Debug, PartialEq, Eq)]
pub enum Answer {
    Accepted,
    Rejected,
}

impl Session {
    /// Updates the push token; a new one issues a push challenge if still useful, returned to
    /// be pushed.
    pub fn update_push_token(&mut self, token: String, kind: String) -> Option<String> {
        set_push_token(&mut self.data, token, kind)
    }

    /// Checks a push-challenge answer in constant time; a match clears both requirements.
    pub fn answer_push_challenge(&mut self, answer: &str) -> Answer {
        let ok = self
            .data
            .push_challenge
            .as_deref()
            .is_some_and(|c| bool::from(c.as_bytes().ct_eq(answer.as_bytes())));
        if ok {
            self.data.requested.clear();
            Answer::Accepted
        } else {
            Answer::Rejected
        }
    }

    /// Records a captcha the provider assessed (`accepted`): an accepted one clears both
    /// requirements.
    pub fn answer_captcha(&mut self, accepted: bool) -> Answer {
        if !accepted {
            return Answer::Rejected;
        }
        self.data.requested.clear();
        Answer::Accepted
    }

    /// Prepares a code for `transport`: checks that one may be sent now, records the send
    /// and returns the code to deliver. The code stays the same for the whole session.
    pub fn request_code(
        &mut self,
        transport: Transport,
        fixed_code: Option<&str>,
    ) -> Result<String, CodeRequestError> {
        if !self.allowed_to_request_code() {
            return Err(CodeRequestError::NotAllowed);
        }
        let now = now_millis();
        let d = &mut self.data;
        let (count, last) = match transport {
            Transport::Sms => (&mut d.sms_sent, &mut d.last_sms_at),
            Transport::Voice => (&mut d.calls_made, &mut d.last_call_at),
        };
        match next_send(*count, *last, now) {
            None => return Err(CodeRequestError::TooSoon(None)),
            Some(wait) if wait > 0 => return Err(CodeRequestError::TooSoon(Some(wait as u64))),
            Some(_) => {}
        }
        *count += 1;
        *last = Some(now);
        let code = match (fixed_code, &d.code) {
            (Some(fixed), _) => fixed.to_owned(),
            (None, Some(existing)) => existing.clone(),
            (None, None) => format!("{:06}", rand::random_range(0..1_000_000u32)),
        };
        d.code = Some(code.clone());
        Ok(code)
    }

    /// Checks a submitted code. `Ok(true)` verifies the session; `Ok(false)` is a wrong code.
    pub fn check_code(&mut self, code: &str) -> Result<bool, CodeCheckError> {
        let d = &mut self.data;
        if d.verified || d.code.is_none() {
            return Err(CodeCheckError::NotAllowed);
        }
        if d.failed_checks >= MAX_FAILED_CHECKS {
            return Err(CodeCheckError::Exhausted);
        }
        let expected = d.code.as_deref().unwrap_or_default();
        if bool::from(expected.as_bytes().ct_eq(code.trim().as_bytes())) {
            d.verified = true;
            Ok(true)
        } else {
            d.failed_checks += 1;
            Ok(false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        Session {
            id: new_session_id(),
            data: SessionData {
                number: "+15555550100".into(),
                requested: vec![Requested::Captcha],
                ..Default::default()
            },
            created_at: 0,
        }
    }

    #[test]
    fn logged_numbers_are_masked() {
        assert_eq!(masked_number("+15555550100"), "+1…0100");
        assert_eq!(masked_number("+1"), "…");
    }

    #[test]
    fn numbers() {
        assert!(valid_e164("+15555550100"));
        assert!(valid_e164("+4930123"));
        assert!(!valid_e164("15555550100"));
        assert!(!valid_e164("+1555"));
        assert!(!valid_e164("+1234567890123456"));
        assert!(!valid_e164("+0555555010"));
        assert!(!valid_e164("+1555a550100"));
    }

    #[test]
    fn session_ids() {
        assert!(check_session_id(&new_session_id()).is_ok());
        assert!(matches!(
            check_session_id("not base64!"),
            Err(Error::Unprocessable(_))
        ));
        assert!(matches!(
            check_session_id("AAAA"),
            Err(Error::BadRequest(_))
        ));
    }

    #[test]
    fn push_challenge_then_code() {
        let mut s = session();
        s.update_push_token("tok".into(), "fcm".into());
        assert_eq!(
            s.data.requested,
            vec![Requested::PushChallenge, Requested::Captcha]
        );
        assert_eq!(s.answer_push_challenge("wrong"), Answer::Rejected);
        let challenge = s.data.push_challenge.clone().unwrap();
        assert_eq!(s.answer_push_challenge(&challenge), Answer::Accepted);
        assert!(s.allowed_to_request_code());
        let code = s.request_code(Transport::Sms, None).unwrap();
        assert_eq!(code.len(), 6);
        assert!(matches!(
            s.request_code(Transport::Sms, None),
            Err(CodeRequestError::TooSoon(Some(60)))
        ));
        assert_eq!(s.request_code(Transport::Voice, None).unwrap(), code);
        assert!(!s.check_code("nope").unwrap());
        assert!(s.check_code(&code).unwrap());
        assert!(matches!(
            s.check_code(&code),
            Err(CodeCheckError::NotAllowed)
        ));
        assert!(matches!(
            s.request_code(Transport::Sms, None),
            Err(CodeRequestError::NotAllowed)
        ));
    }

    #[test]
    fn wrong_codes_exhaust() {
        let mut s = session();
        assert_eq!(s.answer_captcha(false), Answer::Rejected);
        assert_eq!(s.answer_captcha(true), Answer::Accepted);
        s.request_code(Transport::Sms, Some("123456")).unwrap();
        for _ in 0..MAX_FAILED_CHECKS {
            assert!(!s.check_code("000000").unwrap());
        }
        assert!(matches!(
            s.check_code("123456"),
            Err(CodeCheckError::Exhausted)
        ));
        assert_eq!(s.view(now_millis()).next_verification_attempt, None);
    }
}
