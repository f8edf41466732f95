use sea_orm::entity::prelude::*;

use crate::types::{Aci, DeviceId};

/// A device of an account; device 1 is the primary.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "devices")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub aci: Aci,
    #[sea_orm(primary_key, auto_increment = false)]
    pub device_id: DeviceId,
    /// Encrypted device name.
    pub name: Option<Vec<u8>>,
    /// SaltedTokenHash of the device password.
    pub auth_token_hash: String,
    pub auth_token_salt: String,
    pub registration_id: i32,
    pub pni_registration_id: i32,
    pub apn_id: Option<String>,
    pub gcm_id: Option<String>,
    pub fetches_messages: bool,
    /// JSON array of capability names.
    pub capabilities: String,
    pub created_at: i64,
    pub last_seen: i64,
    pub user_agent: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::accounts::Entity",
        from = "Column::Aci",
        to = "super::accounts::Column::Aci",
        on_delete = "Cascade"
    )]
    Account,
}

impl Related<super::accounts::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Account.def()
    }
}

/// The reverse of [`Relation::Account`]: an account has many devices.
impl Related<Entity> for super::accounts::Entity {
    fn to() -> RelationDef {
        Relation::Account.def().rev()
    }
}

impl ActiveModelBehavior for ActiveModel {}
