use sea_orm::entity::prelude::*;

/// A media object copied into a backup (`PUT /v1/archives/media`), stored on the CDN at
/// `backups/<backupDir>/<mediaDir>/<mediaId>`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "backup_media")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub hashed_backup_id: Vec<u8>,
    /// base64url (no padding) of the 15-byte media id.
    #[sea_orm(primary_key, auto_increment = false)]
    pub media_id: String,
    pub cdn: i32,
    pub object_length: i64,
    /// Epoch milliseconds.
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
