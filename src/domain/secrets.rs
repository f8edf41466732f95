//! Server secrets (HMAC keys, signing keys): made by the first process that needs one and
//! kept in the `server_secrets` table, so they survive restarts and every process on the
//! same database uses the same value.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};

use crate::db::server_secrets;
use crate::error::{Error, Result};

/// The secret `name`, created from `fresh()` if it does not exist yet.
pub async fn get_or_create(
    db: &impl ConnectionTrait,
    name: &str,
    fresh: impl FnOnce() -> Vec<u8>,
) -> Result<Vec<u8>> {
    if let Some(row) = server_secrets::Entity::find_by_id(name).one(db).await? {
        return Ok(row.value);
    }
    server_secrets::Entity::insert(server_secrets::ActiveModel {
        name: Set(name.to_owned()),
        value: Set(fresh()),
    })
    .on_conflict(
        OnConflict::column(server_secrets::Column::Name)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    // Another process may have won the race: use whatever is stored.
    server_secrets::Entity::find_by_id(name)
        .one(db)
        .await?
        .map(|row| row.value)
        .ok_or_else(|| Error::Internal(format!("secret {name} missing after insert")))
}

/// 32 random bytes, kept under `name`.
pub async fn random_key(db: &impl ConnectionTrait, name: &str) -> Result<Vec<u8>> {
    get_or_create(db, name, || rand::random::<[u8; 32]>().to_vec()).await
}
