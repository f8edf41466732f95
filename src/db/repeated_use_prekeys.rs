use sea_orm::entity::prelude::*;

use crate::types::DeviceId;

/// Repeated-use keys per identity and device: kind 0 = signed EC prekey, kind 1 = KEM last-resort key.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "repeated_use_prekeys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub identity: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub device_id: DeviceId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: i16,
    pub key_id: i64,
    pub public_key: Vec<u8>,
    pub signature: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
