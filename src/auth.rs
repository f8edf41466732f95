//! HTTP Basic authentication of accounts: `ACI[.deviceId]:password`.
//!
//! Without a device id the primary (1) is meant. Phone numbers and PNIs are not accepted
//! as user names. The password is checked against the device's SaltedTokenHash in
//! constant time; any failure leaves the request anonymous, and operations that require
//! authentication then answer 401.

use base64::Engine;
use sea_orm::{ActiveValue::Set, EntityTrait, IntoActiveModel};
use uuid::Uuid;

use crate::crypto::token_hash::SaltedTokenHash;
use crate::db::{accounts, devices};
use crate::error::Result;
use crate::state::AppState;
use crate::types::{Aci, DeviceId, Pni};

/// A verified caller: the account and the device whose credentials were presented.
#[derive(Clone, Debug)]
pub struct AuthenticatedDevice {
    pub account: accounts::Model,
    pub device: devices::Model,
}

impl AuthenticatedDevice {
    pub fn aci(&self) -> Aci {
        Aci(self.account.aci)
    }
    pub fn pni(&self) -> Pni {
        Pni(self.account.pni)
    }
    pub fn device_id(&self) -> DeviceId {
        DeviceId(self.device.device_id as u8)
    }
    pub fn is_primary(&self) -> bool {
        self.device_id().is_primary()
    }
    /// The Basic user name this caller used, normalized.
    pub fn username(&self) -> String {
        format!("{}.{}", self.aci(), self.device_id())
    }
}

/// Splits a Basic `Authorization` header value into user name and password.
pub fn parse_basic(header: &str) -> Option<(String, String)> {
    let encoded = header
        .strip_prefix("Basic ")
        .or_else(|| header.strip_prefix("basic "))?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, password) = text.split_once(':')?;
    Some((user.to_owned(), password.to_owned()))
}

/// Parses `ACI` or `ACI.deviceId`.
pub fn parse_username(user: &str) -> Option<(Aci, DeviceId)> {
    let (aci, device) = match user.split_once('.') {
        Some((aci, device)) => (aci, DeviceId::new(device.parse::<i64>().ok()?)?),
        None => (user, DeviceId::PRIMARY),
    };
    Some((Aci(Uuid::parse_str(aci).ok()?), device))
}

/// Verifies Basic credentials; `Ok(None)` when they do not identify a device.
pub async fn authenticate(state: &AppState, header: &str) -> Result<Option<AuthenticatedDevice>> {
    let Some((user, password)) = parse_basic(header) else {
        return Ok(None);
    };
    let Some((aci, device_id)) = parse_username(&user) else {
        return Ok(None);
    };
    let Some(device) = devices::Entity::find_by_id((aci.0, i16::from(device_id.0)))
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let hash = SaltedTokenHash {
        hash: device.auth_token_hash.clone(),
        salt: device.auth_token_salt.clone(),
    };
    if !hash.verify(&password) {
        return Ok(None);
    }
    let Some(account) = accounts::Entity::find_by_id(aci.0).one(&state.db).await? else {
        return Ok(None);
    };
    let device = touch_last_seen(state, device).await?;
    Ok(Some(AuthenticatedDevice { account, device }))
}

/// Records the day a device was last seen, at most once a day (day-truncated, as the
/// real server stores it).
async fn touch_last_seen(state: &AppState, device: devices::Model) -> Result<devices::Model> {
    let today = crate::db::today_millis();
    if device.last_seen >= today {
        return Ok(device);
    }
    let mut active = device.into_active_model();
    active.last_seen = Set(today);
    Ok(crate::db::update(&state.db, active).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames() {
        let aci = "9ad241c5-7f54-434e-90ed-a42766cbf0f0";
        assert_eq!(parse_username(aci).unwrap().1, DeviceId(1));
        assert_eq!(parse_username(&format!("{aci}.3")).unwrap().1, DeviceId(3));
        assert!(parse_username(&format!("{aci}.0")).is_none());
        assert!(parse_username("+15555550100").is_none());
        assert!(parse_username(&format!("PNI:{aci}")).is_none());
        let header = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{aci}.2:pw:x"))
        );
        assert_eq!(
            parse_basic(&header),
            Some((format!("{aci}.2"), "pw:x".into()))
        );
    }
}
