use sea_orm::entity::prelude::*;

/// A donation subscriber: `user` is hex(subscriberId[0..16]), `password` is
/// HMAC-SHA256(key = subscriberId[16..32], data = subscriberId[0..16]). Times in ms.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "subscribers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user: String,
    pub password: Vec<u8>,
    pub created_at: i64,
    pub accessed_at: i64,
    pub canceled_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
