use sea_orm::entity::prelude::*;

use crate::types::Aci;

/// A redeemed receipt credential: its 16-byte serial, who redeemed it, its level and
/// expiration (epoch seconds). A serial can only be redeemed by one account.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "redeemed_receipts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub serial: Vec<u8>,
    pub aci: Aci,
    pub receipt_level: i64,
    pub expiration: i64,
    /// Epoch milliseconds.
    pub redeemed_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
