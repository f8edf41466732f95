use sea_orm::entity::prelude::*;

use crate::types::{Aci, Pni};

/// An account: its two identities (ACI, PNI), phone number and account-wide settings.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "accounts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub aci: Aci,
    #[sea_orm(unique)]
    pub pni: Pni,
    #[sea_orm(unique)]
    pub number: String,
    pub identity_key: Vec<u8>,
    pub pni_identity_key: Vec<u8>,
    pub username_hash: Option<Vec<u8>>,
    pub username_link_handle: Option<Uuid>,
    pub encrypted_username: Option<Vec<u8>>,
    pub registration_lock_hash: Option<String>,
    pub registration_lock_salt: Option<String>,
    pub unidentified_access_key: Option<Vec<u8>>,
    pub unrestricted_unidentified_access: bool,
    pub discoverable_by_phone_number: bool,
    pub current_profile_version: Option<String>,
    /// JSON array of badges.
    pub badges: String,
    /// JSON object of rarely used fields (backup credential requests, vouchers, ...).
    pub data: String,
    pub created_at: i64,
    pub version: i32,
}

/// An account's devices: `Related<devices::Entity>` is declared in `devices` (the side that
/// holds the foreign key), so this module names no other entity.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
