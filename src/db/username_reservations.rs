use sea_orm::entity::prelude::*;

use crate::types::Aci;

/// Username-hash reservations (5 min) and holds (7 d) that keep a hash from other accounts.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "username_reservations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub username_hash: Vec<u8>,
    pub aci: Aci,
    pub confirmed: bool,
    pub expires_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
