//! Typed identifiers: ACIs, PNIs, service ids as they appear on the wire, device ids.

use std::fmt;
use std::str::FromStr;

use uuid::Uuid;

use crate::error::Error;

/// Account identifier: the permanent UUID of an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Aci(pub Uuid);

/// Phone number identifier: the UUID bound to a phone number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pni(pub Uuid);

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

/// Device id: 1 is the primary device, linked devices are 2..=127.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DeviceId(pub u8);

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
