//! Typed identifiers: ACIs, PNIs, service ids as they appear on the wire, device ids.

use std::fmt;
use std::str::FromStr;

use sea_orm::DeriveValueType;
use uuid::Uuid;

use crate::error::Error;

/// Account identifier: the permanent UUID of an account. Also a column type of the
/// entities (stored as the UUID).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, DeriveValueType)]
pub struct Aci(pub Uuid);

/// Phone number identifier: the UUID bound to a phone number. Also a column type of the
/// entities (stored as the UUID).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, DeriveValueType)]
pub struct Pni(pub Uuid);

impl From<Aci> for Uuid {
    fn from(aci: Aci) -> Uuid {
        aci.0
    }
}

impl From<Pni> for Uuid {
    fn from(pni: Pni) -> Uuid {
        pni.0
    }
}

/// Primary keys of the entities must say how an auto-increment value becomes one: a UUID
/// never is one.
macro_rules! no_auto_increment {
    ($($t:ty),*) => {$(
        impl sea_orm::TryFromU64 for $t {
            fn try_from_u64(_: u64) -> Result<Self, sea_orm::DbErr> {
                Err(sea_orm::DbErr::ConvertFromU64(stringify!($t)))
            }
        }
    )*};
}
no_auto_increment!(Aci, Pni);

/// A service id as written on the wire: an ACI is a bare UUID, a PNI is `PNI:<uuid>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ServiceId {
    Aci(Aci),
    Pni(Pni),
}

/// Which of an account's two identities an operation applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IdentityType {
    Aci,
    Pni,
}

/// Device id: 1 is the primary device, linked devices are 2..=127. Only [`DeviceId::new`]
/// makes one, so every value is in range, including those read from storage (a stored id out
/// of range is a read error, not a device).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DeviceId(u8);

impl DeviceId {
    pub const PRIMARY: DeviceId = DeviceId(1);
    pub const MAX: u8 = 127;

    pub fn is_primary(self) -> bool {
        self == Self::PRIMARY
    }

    /// Device ids are 1..=127.
    pub fn new(id: i64) -> Option<DeviceId> {
        (1..=i64::from(Self::MAX))
            .contains(&id)
            .then_some(DeviceId(id as u8))
    }

    pub const fn get(self) -> u8 {
        self.0
    }
}

impl From<DeviceId> for i16 {
    fn from(id: DeviceId) -> i16 {
        i16::from(id.0)
    }
}

impl From<DeviceId> for i32 {
    fn from(id: DeviceId) -> i32 {
        i32::from(id.0)
    }
}

impl From<DeviceId> for i64 {
    fn from(id: DeviceId) -> i64 {
        i64::from(id.0)
    }
}

// A column type of the entities, stored as SMALLINT.
impl From<DeviceId> for sea_orm::Value {
    fn from(id: DeviceId) -> sea_orm::Value {
        sea_orm::Value::SmallInt(Some(i16::from(id)))
    }
}

impl sea_orm::TryGetable for DeviceId {
    fn try_get_by<I: sea_orm::ColIdx>(
        res: &sea_orm::QueryResult,
        index: I,
    ) -> Result<Self, sea_orm::TryGetError> {
        let stored = <i16 as sea_orm::TryGetable>::try_get_by(res, index)?;
        DeviceId::new(stored.into()).ok_or_else(|| {
            sea_orm::TryGetError::DbErr(sea_orm::DbErr::Type(format!(
                "stored device id {stored} is not 1..=127"
            )))
        })
    }
}

impl sea_orm::sea_query::ValueType for DeviceId {
    fn try_from(v: sea_orm::Value) -> Result<Self, sea_orm::sea_query::ValueTypeErr> {
        let n = <i16 as sea_orm::sea_query::ValueType>::try_from(v)?;
        DeviceId::new(n.into()).ok_or(sea_orm::sea_query::ValueTypeErr)
    }

    fn type_name() -> String {
        "DeviceId".to_owned()
    }

    fn array_type() -> sea_orm::sea_query::ArrayType {
        sea_orm::sea_query::ArrayType::SmallInt
    }

    fn column_type() -> sea_orm::sea_query::ColumnType {
        sea_orm::sea_query::ColumnType::SmallInteger
    }
}

impl sea_orm::sea_query::Nullable for DeviceId {
    fn null() -> sea_orm::Value {
        sea_orm::Value::SmallInt(None)
    }
}

impl sea_orm::IntoActiveValue<DeviceId> for DeviceId {
    fn into_active_value(self) -> sea_orm::ActiveValue<DeviceId> {
        sea_orm::ActiveValue::Set(self)
    }
}

impl sea_orm::TryFromU64 for DeviceId {
    fn try_from_u64(n: u64) -> Result<Self, sea_orm::DbErr> {
        i64::try_from(n)
            .ok()
            .and_then(DeviceId::new)
            .ok_or(sea_orm::DbErr::ConvertFromU64("DeviceId"))
    }
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for Aci {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.as_hyphenated().fmt(f)
    }
}

impl fmt::Display for Pni {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PNI:{}", self.0.as_hyphenated())
    }
}

impl fmt::Display for ServiceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServiceId::Aci(a) => a.fmt(f),
            ServiceId::Pni(p) => p.fmt(f),
        }
    }
}

impl ServiceId {
    pub fn uuid(self) -> Uuid {
        match self {
            ServiceId::Aci(a) => a.0,
            ServiceId::Pni(p) => p.0,
        }
    }

    pub fn identity_type(self) -> IdentityType {
        match self {
            ServiceId::Aci(_) => IdentityType::Aci,
            ServiceId::Pni(_) => IdentityType::Pni,
        }
    }
}

impl FromStr for ServiceId {
    type Err = Error;

    /// Parses `<uuid>` (ACI) or `PNI:<uuid>`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || Error::BadRequest(format!("invalid service identifier: {s:?}"));
        match s.strip_prefix("PNI:") {
            Some(rest) => Uuid::parse_str(rest)
                .map(|u| ServiceId::Pni(Pni(u)))
                .map_err(|_| bad()),
            None => Uuid::parse_str(s)
                .map(|u| ServiceId::Aci(Aci(u)))
                .map_err(|_| bad()),
        }
    }
}

impl FromStr for IdentityType {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "aci" | "ACI" => Ok(IdentityType::Aci),
            "pni" | "PNI" => Ok(IdentityType::Pni),
            _ => Err(Error::BadRequest(format!("invalid identity type: {s:?}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_ids_round_trip() {
        let u = "9ad241c5-7f54-434e-90ed-a42766cbf0f0";
        assert_eq!(u.parse::<ServiceId>().unwrap().to_string(), u);
        let p = format!("PNI:{u}");
        assert_eq!(p.parse::<ServiceId>().unwrap().to_string(), p);
        assert!("PNI:nope".parse::<ServiceId>().is_err());
        assert!(
            DeviceId::new(0).is_none()
                && DeviceId::new(128).is_none()
                && DeviceId::new(127).is_some()
        );
    }
}
