//! Username hashes: reservations, confirmation, holds, username links and lookups.
//!
//! Storage:
//! - `accounts.username_hash` is the confirmed hash (unique), `username_link_handle` and
//!   `encrypted_username` the username link (only set together).
//! - `username_reservations` has one row per hash that is kept from other accounts:
//!   a reservation (`confirmed = false`, 5 minutes) or a hold on a hash the account used to
//!   have (`confirmed = true`, 7 days, at most [`MAX_HOLDS`] per account). A row whose
//!   `expires_at` has passed no longer keeps anyone out.
//! - The hash an account reserved last (`Account.reservedUsernameHash` on the real server)
//!   is an `ephemeral_records` entry `username-reserved:<aci>`: it tells a confirmation whose
//!   reservation lapsed and was taken by another account (410) from one that never had a
//!   reservation (409).
//!
//! Every write that could race with another account is conditional (insert-if-absent,
//! update-where-unchanged) and the unique index on `accounts.username_hash` is the final
//! guard, so two accounts competing for one hash never both get it, on SQLite or PostgreSQL.

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set, SqlErr,
};
use uuid::Uuid;

use crate::db::{accounts, ephemeral_records, now_millis, username_reservations};
use crate::error::{Error, Result};
use crate::types::Aci;

/// Length of a username hash (a compressed Ristretto point).
pub const HASH_LEN: usize = 32;
/// How long a reservation keeps a hash from other accounts.
pub const RESERVATION_TTL_MS: i64 = 5 * 60 * 1000;
/// How long a released hash stays held for its former owner.
pub const HOLD_TTL_MS: i64 = 7 * 24 * 60 * 60 * 1000;
/// Holds per account; confirming or deleting beyond this releases the oldest.
pub const MAX_HOLDS: usize = 3;
/// Largest encrypted username (username link value), in bytes.
pub const MAX_ENCRYPTED_USERNAME_LEN: usize = 128;
/// Most hashes one reservation request may offer.
pub const MAX_RESERVE_HASHES: usize = 20;
/// How long the account remembers which hash it reserved last.
const RESERVED_RECORD_TTL_MS: i64 = 24 * 60 * 60 * 1000;

pub type UsernameHash = [u8; HASH_LEN];

/// Decodes URL-safe base64, padding optional (`Base64.getUrlDecoder()`, which the reference
/// uses for username hashes and encrypted usernames; the standard alphabet is refused).
pub fn decode_base64_lenient(s: &str) -> Option<Vec<u8>> {
    crate::b64::url(s)
}

/// URL-safe base64 without padding, as username hashes and link values travel.
pub fn encode_url(bytes: &[u8]) -> String {
    crate::b64::encode_url(bytes)
}

/// A username hash from raw bytes; 422 unless exactly 32 bytes.
pub fn parse_hash(bytes: &[u8]) -> Result<UsernameHash> {
    bytes
        .try_into()
        .map_err(|_| Error::Unprocessable(format!("username hash must be {HASH_LEN} bytes")))
}

/// A username hash from its base64url text (either alphabet accepted); 422 otherwise.
pub fn parse_hash_text(text: &str) -> Result<UsernameHash> {
    let bytes = decode_base64_lenient(text)
        .ok_or_else(|| Error::Unprocessable("username hash is not valid base64url".into()))?;
    parse_hash(&bytes)
}

/// An encrypted username (link value) from its base64url text; 422 unless 1..=128 bytes.
pub fn parse_encrypted_username(text: &str) -> Result<Vec<u8>> {
    let bytes = decode_base64_lenient(text)
        .ok_or_else(|| Error::Unprocessable("encrypted username is not valid base64url".into()))?;
    if bytes.is_empty() || bytes.len() > MAX_ENCRYPTED_USERNAME_LEN {
        return Err(Error::Unprocessable(format!(
            "encrypted username must be 1..={MAX_ENCRYPTED_USERNAME_LEN} bytes"
        )));
    }
    Ok(bytes)
}

fn reserved_key(aci: Aci) -> String {
    format!("username-reserved:{aci}")
}

async fn load_account(db: &impl ConnectionTrait, aci: Aci) -> Result<accounts::Model> {
    accounts::Entity::find_by_id(aci)
        .one(db)
        .await?
        .ok_or(Error::Unauthorized)
}

/// Whether another account has `hash` as its confirmed username hash.
async fn confirmed_by_other(
    db: &impl ConnectionTrait,
    hash: &UsernameHash,
    aci: Aci,
) -> Result<bool> {
    Ok(accounts::Entity::find()
        .filter(accounts::Column::UsernameHash.eq(hash.to_vec()))
        .filter(accounts::Column::Aci.ne(aci))
        .one(db)
        .await?
        .is_some())
}

/// Tries to reserve `hash` for `aci`; false if another account has it (confirmed, reserved
/// or held, unexpired).
async fn try_claim(
    db: &impl ConnectionTrait,
    hash: &UsernameHash,
    aci: Aci,
    now: i64,
) -> Result<bool> {
    if confirmed_by_other(db, hash, aci).await? {
        return Ok(false);
    }
    let expires_at = now + RESERVATION_TTL_MS;
    let existing = username_reservations::Entity::find_by_id(hash.to_vec())
        .one(db)
        .await?;
    match existing {
        None => {
            let row = username_reservations::ActiveModel {
                username_hash: Set(hash.to_vec()),
                aci: Set(aci),
                confirmed: Set(false),
                expires_at: Set(expires_at),
            };
            let inserted = username_reservations::Entity::insert(row)
                .on_conflict_do_nothing()
                .exec_without_returning(db)
                .await?;
            // Nothing inserted: another request created the row in the meantime.
            Ok(matches!(inserted, sea_orm::TryInsertResult::Inserted(1)))
        }
        // Our own hold: the hold (longer) keeps the hash for us; nothing to change.
        Some(row) if row.aci == aci && row.confirmed && row.expires_at > now => Ok(true),
        Some(row) if row.aci == aci || row.expires_at <= now => {
            // Our own reservation (refreshed), or anyone's lapsed one (taken over), if the row
            // is still what we read.
            let updated = username_reservations::Entity::update_many()
                .col_expr(username_reservations::Column::Aci, Expr::value(aci))
                .col_expr(username_reservations::Column::Confirmed, Expr::value(false))
                .col_expr(
                    username_reservations::Column::ExpiresAt,
                    Expr::value(expires_at),
                )
                .filter(username_reservations::Column::UsernameHash.eq(hash.to_vec()))
                .filter(username_reservations::Column::Aci.eq(row.aci))
                .filter(username_reservations::Column::ExpiresAt.eq(row.expires_at))
                .exec(db)
                .await?;
            Ok(updated.rows_affected == 1)
        }
        Some(_) => Ok(false),
    }
}

/// `PUT /v1/accounts/username_hash/reserve`: reserves the first free hash of `hashes` (in
/// order) for 5 minutes. If the account's confirmed hash is among them, it is returned
/// unchanged. 409 if every hash is taken.
pub async fn reserve(
    db: &impl ConnectionTrait,
    aci: Aci,
    hashes: &[UsernameHash],
) -> Result<UsernameHash> {
    let account = load_account(db, aci).await?;
    if let Some(current) = account.username_hash.as_deref() {
        if let Some(hash) = hashes.iter().find(|h| h.as_slice() == current) {
            return Ok(*hash);
        }
    }
    let now = now_millis();
    for hash in hashes {
        if try_claim(db, hash, aci, now).await? {
            remember_reservation(db, aci, hash).await?;
            return Ok(*hash);
        }
    }
    Err(Error::Conflict("all username hashes are taken".into()))
}

async fn remember_reservation(
    db: &impl ConnectionTrait,
    aci: Aci,
    hash: &UsernameHash,
) -> Result<()> {
    crate::domain::devices::write_record(
        db,
        &reserved_key(aci),
        encode_url(hash),
        RESERVED_RECORD_TTL_MS,
    )
    .await
}

async fn reserved_hash(db: &impl ConnectionTrait, aci: Aci) -> Result<Option<UsernameHash>> {
    Ok(crate::domain::devices::read_record(db, &reserved_key(aci))
        .await?
        .and_then(|value| decode_base64_lenient(&value))
        .and_then(|bytes| bytes.try_into().ok()))
}

/// The result of a confirmation.
pub struct Confirmed {
    pub username_hash: UsernameHash,
    pub link_handle: Option<Uuid>,
}

fn is_unique_violation(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// `PUT /v1/accounts/username_hash/confirm` (after the proof was checked): makes the
/// reserved `hash` the account's username hash. The same hash already confirmed is a no-op;
/// no reservation of `hash` is 409; a reservation that lapsed and went to another account
/// is 410. A new username link is set when `encrypted_username` is given (otherwise the old
/// link goes, since it encrypted the old username); the old hash is held for 7 days.
pub async fn confirm(
    db: &sea_orm::DatabaseConnection,
    aci: Aci,
    hash: &UsernameHash,
    encrypted_username: Option<Vec<u8>>,
) -> Result<Confirmed> {
    let now = now_millis();
    let txn = crate::db::begin_write(db).await?;
    let account = load_account(&txn, aci).await?;
    if account.username_hash.as_deref() == Some(hash.as_slice()) {
        return Ok(Confirmed {
            username_hash: *hash,
            link_handle: account.username_link_handle,
        });
    }
    if reserved_hash(&txn, aci).await?.as_ref() != Some(hash) {
        return Err(Error::Conflict(
            "no reservation for this username hash".into(),
        ));
    }
    let gone = || Error::Gone("username hash is no longer available".into());
    if confirmed_by_other(&txn, hash, aci).await? {
        return Err(gone());
    }
    if let Some(row) = username_reservations::Entity::find_by_id(hash.to_vec())
        .one(&txn)
        .await?
    {
        if row.aci != aci && row.expires_at > now {
            return Err(gone());
        }
        let deleted = username_reservations::Entity::delete_many()
            .filter(username_reservations::Column::UsernameHash.eq(hash.to_vec()))
            .filter(
                username_reservations::Column::Aci
                    .eq(aci)
                    .or(username_reservations::Column::ExpiresAt.lte(now)),
            )
            .exec(&txn)
            .await?;
        if deleted.rows_affected == 0 {
            return Err(gone());
        }
    }
    let link_handle = encrypted_username.as_ref().map(|_| Uuid::new_v4());
    crate::domain::auth::changed(aci);
    let updated = accounts::Entity::update_many()
        .col_expr(accounts::Column::UsernameHash, Expr::value(hash.to_vec()))
        .col_expr(
            accounts::Column::UsernameLinkHandle,
            Expr::value(link_handle),
        )
        .col_expr(
            accounts::Column::EncryptedUsername,
            Expr::value(encrypted_username),
        )
        .col_expr(
            accounts::Column::Version,
            Expr::col(accounts::Column::Version).add(1),
        )
        .filter(accounts::Column::Aci.eq(aci))
        .exec(&txn)
        .await;
    match updated {
        Ok(_) => {}
        Err(e) if is_unique_violation(&e) => return Err(gone()),
        Err(e) => return Err(e.into()),
    }
    if let Some(old) = account.username_hash {
        hold(&txn, aci, &old, now).await?;
    }
    ephemeral_records::Entity::delete_by_id(reserved_key(aci))
        .exec(&txn)
        .await?;
    txn.commit().await.map_err(|e| {
        if is_unique_violation(&e) {
            gone()
        } else {
            e.into()
        }
    })?;
    Ok(Confirmed {
        username_hash: *hash,
        link_handle,
    })
}

/// Holds `hash` for `aci` for 7 days and releases the account's oldest holds beyond
/// [`MAX_HOLDS`] (and any expired ones). Used when a confirmed hash is replaced or deleted,
/// and when re-registration drops the username.
pub(crate) async fn hold(db: &impl ConnectionTrait, aci: Aci, hash: &[u8], now: i64) -> Result<()> {
    let row = username_reservations::ActiveModel {
        username_hash: Set(hash.to_vec()),
        aci: Set(aci),
        confirmed: Set(true),
        expires_at: Set(now + HOLD_TTL_MS),
    };
    username_reservations::Entity::insert(row)
        .on_conflict(
            OnConflict::column(username_reservations::Column::UsernameHash)
                .update_columns([
                    username_reservations::Column::Aci,
                    username_reservations::Column::Confirmed,
                    username_reservations::Column::ExpiresAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    let holds = username_reservations::Entity::find()
        .filter(username_reservations::Column::Aci.eq(aci))
        .filter(username_reservations::Column::Confirmed.eq(true))
        .order_by_desc(username_reservations::Column::ExpiresAt)
        .all(db)
        .await?;
    let released: Vec<Vec<u8>> = holds
        .into_iter()
        .enumerate()
        .filter(|(i, h)| *i >= MAX_HOLDS || h.expires_at <= now)
        .map(|(_, h)| h.username_hash)
        .collect();
    if !released.is_empty() {
        username_reservations::Entity::delete_many()
            .filter(username_reservations::Column::Aci.eq(aci))
            .filter(username_reservations::Column::Confirmed.eq(true))
            .filter(username_reservations::Column::UsernameHash.is_in(released))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// `DELETE /v1/accounts/username_hash`: clears the username hash and link; the old hash is
/// held for 7 days.
pub async fn delete_username(db: &sea_orm::DatabaseConnection, aci: Aci) -> Result<()> {
    let now = now_millis();
    let txn = crate::db::begin_write(db).await?;
    let account = load_account(&txn, aci).await?;
    let Some(old) = account.username_hash else {
        return Ok(());
    };
    crate::domain::auth::changed(aci);
    accounts::Entity::update_many()
        .col_expr(
            accounts::Column::UsernameHash,
            Expr::value(Option::<Vec<u8>>::None),
        )
        .col_expr(
            accounts::Column::UsernameLinkHandle,
            Expr::value(Option::<Uuid>::None),
        )
        .col_expr(
            accounts::Column::EncryptedUsername,
            Expr::value(Option::<Vec<u8>>::None),
        )
        .col_expr(
            accounts::Column::Version,
            Expr::col(accounts::Column::Version).add(1),
        )
        .filter(accounts::Column::Aci.eq(aci))
        .exec(&txn)
        .await?;
    hold(&txn, aci, &old, now).await?;
    txn.commit().await?;
    Ok(())
}

/// `PUT /v1/accounts/username_link`: stores the encrypted username under a new random
/// handle, or the existing one when `keep_handle` and one exists. 409 without a username.
pub async fn update_link(
    db: &impl ConnectionTrait,
    aci: Aci,
    encrypted_username: Vec<u8>,
    keep_handle: bool,
) -> Result<Uuid> {
    let account = load_account(db, aci).await?;
    if account.username_hash.is_none() {
        return Err(Error::Conflict("the account has no username".into()));
    }
    let handle = match account.username_link_handle {
        Some(handle) if keep_handle => handle,
        _ => Uuid::new_v4(),
    };
    crate::domain::auth::changed(aci);
    let updated = accounts::Entity::update_many()
        .col_expr(
            accounts::Column::UsernameLinkHandle,
            Expr::value(Some(handle)),
        )
        .col_expr(
            accounts::Column::EncryptedUsername,
            Expr::value(Some(encrypted_username)),
        )
        .col_expr(
            accounts::Column::Version,
            Expr::col(accounts::Column::Version).add(1),
        )
        .filter(accounts::Column::Aci.eq(aci))
        .filter(accounts::Column::UsernameHash.is_not_null())
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        return Err(Error::Conflict("the account has no username".into()));
    }
    Ok(handle)
}

/// `DELETE /v1/accounts/username_link`: clears the link handle and encrypted username.
pub async fn delete_link(db: &impl ConnectionTrait, aci: Aci) -> Result<()> {
    crate::domain::auth::changed(aci);
    accounts::Entity::update_many()
        .col_expr(
            accounts::Column::UsernameLinkHandle,
            Expr::value(Option::<Uuid>::None),
        )
        .col_expr(
            accounts::Column::EncryptedUsername,
            Expr::value(Option::<Vec<u8>>::None),
        )
        .col_expr(
            accounts::Column::Version,
            Expr::col(accounts::Column::Version).add(1),
        )
        .filter(accounts::Column::Aci.eq(aci))
        .exec(db)
        .await?;
    Ok(())
}

/// The ACI whose confirmed username hash is `hash`.
pub async fn lookup_hash(db: &impl ConnectionTrait, hash: &UsernameHash) -> Result<Option<Aci>> {
    Ok(accounts::Entity::find()
        .filter(accounts::Column::UsernameHash.eq(hash.to_vec()))
        .one(db)
        .await?
        .map(|a| a.aci))
}

/// The encrypted username stored under a username link handle.
pub async fn lookup_link(db: &impl ConnectionTrait, handle: Uuid) -> Result<Option<Vec<u8>>> {
    Ok(accounts::Entity::find()
        .filter(accounts::Column::UsernameLinkHandle.eq(handle))
        .one(db)
        .await?
        .and_then(|a| a.encrypted_username))
}
