use sea_orm::entity::prelude::*;

/// A backup, keyed by the first 16 bytes of SHA-256 of the backup id in the presentations.
/// Times are epoch seconds.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "backups")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub hashed_backup_id: Vec<u8>,
    /// The backup-id public key (33 bytes, 0x05 ‖ X25519), set by `PUT /v1/archives/keys`.
    pub public_key: Option<Vec<u8>>,
    /// Random base64url directory names on the CDN.
    pub backup_dir: String,
    pub media_dir: String,
    pub last_refresh: i64,
    pub last_media_refresh: i64,
    /// Media bytes and objects stored.
    pub bytes_used: i64,
    pub num_objects: i64,
    /// Whether a message-backup upload form was handed out.
    pub message_backup_present: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
