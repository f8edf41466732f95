//! Donation subscribers and the donation configuration.
//!
//! A subscriber id is 32 random bytes a client makes up, sent base64url in the path. The
//! record is keyed by its first 16 bytes (`user`); the password stored with it is
//! HMAC-SHA256(key = last 16 bytes, data = user), so only the holder of the whole id can
//! use the record. A malformed id is 404; a password mismatch 403; an unknown subscriber
//! 404, except on `PUT`, which creates it. These operations forbid account credentials
//! (403), as the real server does.
//!
//! This server has no payment processor (Stripe, Braintree, App Store, Play Billing), so no
//! record ever has a processor customer: `GET` answers no subscription, and the operations
//! that need a processor answer 503.

use hmac::{Hmac, KeyInit, Mac};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait, IntoActiveModel, Set};
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::config::services::SubscriptionsConfig;
use crate::db::{now_millis, subscribers};
use crate::domain::profiles;
use crate::domain::zkgroup::ZkParams;
use crate::error::{Error, Result};

/// The 503 of every operation that needs a payment processor.
pub fn no_payment_processor() -> Error {
    Error::Unavailable("no payment processor configured".into())
}

/// The 503 of operations that issue or redeem zkgroup receipt credentials.
pub fn no_receipt_credentials() -> Error {
    Error::Unavailable(
        "receipt credentials are not available on this server (no payment processor and no receipt credential issuance configured)"
            .into(),
    )
}

/// Donation and subscriber operations must not carry account credentials: 403.
pub fn forbid_auth(authenticated: bool) -> Result<()> {
    match authenticated {
        true => Err(Error::Forbidden(
            "subscription operations must not be authenticated".into(),
        )),
        false => Ok(()),
    }
}

/// A parsed subscriber id.
pub struct SubscriberCredentials {
    user: [u8; 16],
    password: [u8; 32],
}

impl SubscriberCredentials {
    /// Parses a path subscriber id; anything but base64url of 32 bytes is 404.
    pub fn parse(subscriber_id: &str) -> Result<SubscriberCredentials> {
        let bytes = crate::b64::url(subscriber_id).ok_or(Error::NotFound)?;
        if bytes.len() != 32 {
            return Err(Error::NotFound);
        }
        let mut user = [0u8; 16];
        user.copy_from_slice(&bytes[..16]);
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&bytes[16..])
            .expect("HMAC accepts keys of any length");
        mac.update(&user);
        Ok(SubscriberCredentials {
            user,
            password: mac.finalize().into_bytes().into(),
        })
    }

    fn key(&self) -> String {
        hex::encode(self.user)
    }

    fn check(&self, record: &subscribers::Model) -> Result<()> {
        if bool::from(record.password.as_slice().ct_eq(&self.password[..])) {
            Ok(())
        } else {
            Err(Error::Forbidden("subscriberId does not match".into()))
        }
    }
}

/// The checked record of an existing subscriber (404 unknown, 403 mismatch).
pub async fn get(
    db: &impl ConnectionTrait,
    credentials: &SubscriberCredentials,
) -> Result<subscribers::Model> {
    let record = subscribers::Entity::find_by_id(credentials.key())
        .one(db)
        .await?
        .ok_or(Error::NotFound)?;
    credentials.check(&record)?;
    Ok(record)
}

/// Creates the subscriber, or records an access to an existing one (403 on mismatch).
pub async fn create_or_touch(
    db: &impl ConnectionTrait,
    credentials: &SubscriberCredentials,
) -> Result<()> {
    let now = now_millis();
    subscribers::Entity::insert(subscribers::ActiveModel {
        user: Set(credentials.key()),
        password: Set(credentials.password.to_vec()),
        created_at: Set(now),
        accessed_at: Set(now),
        canceled_at: Set(None),
    })
    .on_conflict(
        OnConflict::column(subscribers::Column::User)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    let record = get(db, credentials).await?;
    if record.accessed_at != now {
        let mut active = record.into_active_model();
        active.accessed_at = Set(now);
        crate::db::update(db, active).await?;
    }
    Ok(())
}

/// Cancels the subscriber (there are no processor subscriptions to cancel).
pub async fn cancel(db: &impl ConnectionTrait, credentials: &SubscriberCredentials) -> Result<()> {
    let record = get(db, credentials).await?;
    let now = now_millis();
    let mut active = record.into_active_model();
    active.canceled_at = Set(Some(now));
    active.accessed_at = Set(now);
    crate::db::update(db, active).await?;
    Ok(())
}

/// The checks every subscriber operation makes before anything else: no account
/// credentials (403), a well-formed id (404), an existing record with the right password
/// (404/403).
pub async fn existing(
    db: &impl ConnectionTrait,
    authenticated: bool,
    subscriber_id: &str,
) -> Result<subscribers::Model> {
    forbid_auth(authenticated)?;
    let credentials = SubscriberCredentials::parse(subscriber_id)?;
    get(db, &credentials).await
}

/// `POST /v1/donation/redeem-receipt`: a receipt for a configured donation level adds that
/// level's badge to the account until the receipt expires, shown on the profile when
/// `visible`, first among the badges when `primary`. The level's badge comes from
/// `[services.subscriptions.configuration] levels.<level>.badge.id`; a level without one is
/// a 400 (the real server answers 500).
pub async fn redeem_donation_receipt(
    db: &DatabaseConnection,
    zk: &ZkParams,
    config: &SubscriptionsConfig,
    account: &crate::db::accounts::Model,
    presentation: &[u8],
    visible: bool,
    primary: bool,
) -> Result<()> {
    let receipt = crate::domain::receipts::verify(zk, presentation)?;
    let badge = config
        .configuration
        .levels
        .as_ref()
        .and_then(|levels| levels.get(&receipt.level.to_string()))
        .and_then(|level| level.badge.as_ref())
        .and_then(|badge| badge.id.clone())
        .ok_or_else(|| {
            Error::BadRequest(format!(
                "no badge is configured for receipt level {}",
                receipt.level
            ))
        })?;
    let txn = crate::db::begin_write(db).await?;
    crate::domain::receipts::record(&txn, &receipt, account.aci).await?;
    let fresh = crate::db::accounts::Entity::find_by_id(account.aci)
        .one(&txn)
        .await?
        .ok_or(Error::Unauthorized)?;
    let badges = profiles::add_badge(
        &fresh.badges,
        &badge,
        receipt.expiration as i64,
        visible,
        primary,
    );
    crate::domain::accounts_manage::update_account(&txn, &fresh, |a| a.badges = Set(badges))
        .await?;
    txn.commit().await?;
    Ok(())
}
