use sea_orm::entity::prelude::*;

use crate::types::Aci;

/// Versioned profiles (ciphertexts are opaque to the server).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "profiles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub aci: Aci,
    #[sea_orm(primary_key, auto_increment = false)]
    pub version: String,
    pub name: Option<Vec<u8>>,
    pub about: Option<Vec<u8>>,
    pub about_emoji: Option<Vec<u8>>,
    pub avatar: Option<String>,
    pub payment_address: Option<Vec<u8>>,
    pub phone_number_sharing: Option<Vec<u8>>,
    pub commitment: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
