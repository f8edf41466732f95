use sea_orm::entity::prelude::*;

use crate::types::{Aci, DeviceId};

/// Queued envelopes, one row per destination device, in queue order (id).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub guid: Uuid,
    pub destination_aci: Aci,
    pub destination_device: DeviceId,
    pub source_aci: Option<Aci>,
    pub client_timestamp: i64,
    pub server_timestamp: i64,
    pub story: bool,
    pub ephemeral: bool,
    /// The serialized Envelope protobuf.
    pub envelope: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
