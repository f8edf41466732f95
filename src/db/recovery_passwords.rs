use sea_orm::entity::prelude::*;

use crate::types::Pni;

/// Registration recovery passwords per PNI (SaltedTokenHash).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "recovery_passwords")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub pni: Pni,
    pub hash: String,
    pub salt: String,
    pub expires_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
