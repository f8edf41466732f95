use sea_orm::entity::prelude::*;

use crate::types::DeviceId;

/// Single-use prekeys: kind 0 = EC, kind 1 = KEM (signed); taken smallest key id first.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "one_time_prekeys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub identity: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub device_id: DeviceId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: i16,
    #[sea_orm(primary_key, auto_increment = false)]
    pub key_id: i64,
    pub public_key: Vec<u8>,
    pub signature: Option<Vec<u8>>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
