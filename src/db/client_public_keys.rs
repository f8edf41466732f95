use sea_orm::entity::prelude::*;

use crate::types::{Aci, DeviceId};

/// A device's client public key (EC, 33 bytes) for the gRPC-over-Noise API.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "client_public_keys")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub aci: Aci,
    #[sea_orm(primary_key, auto_increment = false)]
    pub device_id: DeviceId,
    pub public_key: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
