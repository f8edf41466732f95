//! Parser for the sealed-sender multi-recipient message (`application/vnd.signal-messenger.mrm`,
//! the body of `PUT /v1/messages/multi_recipient`) and its per-recipient fan-out.
//!
//! ```text
//! version u8 (0x22: recipients are 16-byte ACI UUIDs; 0x23: 17-byte ServiceIds kind ‖ uuid)
//! count   varint (protobuf LEB128)
//! count × ( recipient
//!           then 0x00                                   excluded recipient
//!           or   1..n × { device_id u8 (1..=127), u16 BE: has_more(bit 15) | reg_id(bits 0-13) }
//!                C[32] ‖ AT[16] )                       per-recipient key material
//! shared  ≥ 32 bytes (ephemeral public key ‖ ciphertext)
//! ```
//!
//! Each device of a recipient receives `0x22 ‖ C ‖ AT ‖ shared`.

use std::fmt;
use std::ops::Range;

use uuid::Uuid;

/// Version byte of the legacy format (bare ACI recipients); also the received form.
pub const VERSION_ACI_ONLY: u8 = 0x22;
/// Version byte of the current format (ServiceId recipients).
pub const VERSION_SERVICE_ID: u8 = 0x23;
/// Bytes of per-recipient key material (`C[32] ‖ AT[16]`).
pub const KEY_MATERIAL_LEN: usize = 48;
/// Minimum length of the shared tail (the ephemeral public key).
pub const MIN_SHARED_LEN: usize = 32;
/// Largest valid device id.
pub const MAX_DEVICE_ID: u8 = 127;

/// Why a multi-recipient message was rejected (the server answers 400).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MrmError {
    #[error("empty message")]
    Empty,
    #[error("unsupported version {0:#04x}")]
    UnsupportedVersion(u8),
    #[error("message truncated")]
    Truncated,
    #[error("invalid recipient count varint")]
    InvalidVarint,
    #[error("invalid service id kind {0}")]
    InvalidServiceIdKind(u8),
    #[error("invalid device id {0}")]
    InvalidDeviceId(u8),
    #[error("recipient {0} repeated with an excluded occurrence")]
    ExcludedDuplicate(MrmServiceId),
    #[error("shared payload shorter than {MIN_SHARED_LEN} bytes")]
    SharedTooShort,
}

/// ACI or PNI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ServiceIdKind {
    Aci,
    Pni,
}

/// A recipient as named in the message: kind and UUID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MrmServiceId {
    pub kind: ServiceIdKind,
    pub uuid: Uuid,
}

impl fmt::Display for MrmServiceId {
    /// ACI as a plain UUID, PNI as `PNI:<uuid>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ServiceIdKind::Aci => write!(f, "{}", self.uuid),
            ServiceIdKind::Pni => write!(f, "PNI:{}", self.uuid),
        }
    }
}

/// A recipient with at least one device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub service_id: MrmServiceId,
    /// `(device_id, registration_id)` pairs, in message order (duplicates concatenated).
    pub devices: Vec<(u8, u16)>,
    /// Where `C ‖ AT` (48 bytes) sits in the message; taken from the first occurrence.
    pub key_material: Range<usize>,
}

/// A parsed multi-recipient message; owns a copy of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiRecipientMessage {
    data: Vec<u8>,
    version: u8,
    recipients: Vec<Recipient>,
    excluded: Vec<MrmServiceId>,
    shared_offset: usize,
}

/// A bounds-checked reader over the message body.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], MrmError> {
        let end = self.pos.checked_add(n).ok_or(MrmError::Truncated)?;
        let bytes = self.data.get(self.pos..end).ok_or(MrmError::Truncated)?;
        self.pos = end;
        Ok(bytes)
    }

    fn u8(&mut self) -> Result<u8, MrmError> {
        Ok(self.take(1)?[0])
    }

    fn u16_be(&mut self) -> Result<u16, MrmError> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    /// A protobuf varint (at most 10 bytes, value fits in u64).
    fn varint(&mut self) -> Result<u64, MrmError> {
        let mut value = 0u64;
        for i in 0..10 {
            let byte = self.u8()?;
            let bits = u64::from(byte & 0x7F);
            if i == 9 && byte > 1 {
                return Err(MrmError::InvalidVarint);
            }
            value |= bits << (7 * i);
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(MrmError::InvalidVarint)
    }

    fn uuid(&mut self) -> Result<Uuid, MrmError> {
        let b = self.take(16)?;
        let bytes = <[u8; 16]>::try_from(b).map_err(|_| MrmError::Truncated)?;
        Ok(Uuid::from_bytes(bytes))
    }

    fn service_id(&mut self, version: u8) -> Result<MrmServiceId, MrmError> {
        let kind = if version == VERSION_ACI_ONLY {
            ServiceIdKind::Aci
        } else {
            match self.u8()? {
                0 => ServiceIdKind::Aci,
                1 => ServiceIdKind::Pni,
                k => return Err(MrmError::InvalidServiceIdKind(k)),
            }
        };
        Ok(MrmServiceId {
            kind,
            uuid: self.uuid()?,
        })
    }
}

/// Parses a multi-recipient message body.
pub fn parse(data: &[u8]) -> Result<MultiRecipientMessage, MrmError> {
    MultiRecipientMessage::parse(data)
}

impl MultiRecipientMessage {
    /// Parses a multi-recipient message body.
    pub fn parse(data: &[u8]) -> Result<Self, MrmError> {
        let mut r = Reader { data, pos: 0 };
        let version = r.u8().map_err(|_| MrmError::Empty)?;
        if version != VERSION_ACI_ONLY && version != VERSION_SERVICE_ID {
            return Err(MrmError::UnsupportedVersion(version));
        }
        let count = r.varint()?;

        let mut recipients: Vec<Recipient> = Vec::new();
        let mut excluded: Vec<MrmServiceId> = Vec::new();
        // Every entry consumes at least 17 bytes, so a huge count fails on truncation.
        for _ in 0..count {
            let service_id = r.service_id(version)?;
            let devices = read_devices(&mut r)?;
            let seen_excluded = excluded.contains(&service_id);
            let seen = recipients.iter_mut().find(|x| x.service_id == service_id);

            if devices.is_empty() {
                if seen_excluded || seen.is_some() {
                    return Err(MrmError::ExcludedDuplicate(service_id));
                }
                excluded.push(service_id);
                continue;
            }
            if seen_excluded {
                return Err(MrmError::ExcludedDuplicate(service_id));
            }
            let start = r.pos;
            r.take(KEY_MATERIAL_LEN)?;
            match seen {
                Some(existing) => existing.devices.extend(devices),
                None => recipients.push(Recipient {
                    service_id,
                    devices,
                    key_material: start..start + KEY_MATERIAL_LEN,
                }),
            }
        }

        let shared_offset = r.pos;
        if data.len() - shared_offset < MIN_SHARED_LEN {
            return Err(MrmError::SharedTooShort);
        }
        Ok(Self {
            data: data.to_vec(),
            version,
            recipients,
            excluded,
            shared_offset,
        })
    }

    /// The version byte (0x22 or 0x23).
    pub fn version(&self) -> u8 {
        self.version
    }

    /// Recipients with devices, in order of first appearance.
    pub fn recipients(&self) -> &[Recipient] {
        &self.recipients
    }

    /// Recipients marked as excluded (no devices, no key material).
    pub fn excluded(&self) -> &[MrmServiceId] {
        &self.excluded
    }

    /// Looks up a (non-excluded) recipient.
    pub fn recipient(&self, service_id: &MrmServiceId) -> Option<&Recipient> {
        self.recipients.iter().find(|r| &r.service_id == service_id)
    }

    /// The tail shared by all recipients (ephemeral public key ‖ ciphertext).
    pub fn shared_payload(&self) -> &[u8] {
        self.data.get(self.shared_offset..).unwrap_or_default()
    }

    /// `C ‖ AT` for a recipient of this message (empty if the range is foreign).
    pub fn key_material(&self, recipient: &Recipient) -> &[u8] {
        self.data
            .get(recipient.key_material.clone())
            .unwrap_or_default()
    }

    /// Size of each per-device copy: `1 + 48 + len(shared)`.
    pub fn message_size_for_recipient(&self) -> usize {
        1 + KEY_MATERIAL_LEN + self.shared_payload().len()
    }

    /// The envelope content each device of `recipient` receives: `0x22 ‖ C ‖ AT ‖ shared`.
    pub fn payload_for_recipient(&self, recipient: &Recipient) -> Vec<u8> {
        let key_material = self.key_material(recipient);
        let shared = self.shared_payload();
        let mut out = Vec::with_capacity(1 + key_material.len() + shared.len());
        out.push(VERSION_ACI_ONLY);
        out.extend_from_slice(key_material);
        out.extend_from_slice(shared);
        out
    }

    /// The whole message body as received.
    pub fn as_bytes(&self) -> &[u8] {
        &self.data
    }
}

/// Reads a device list; empty means the excluded marker (a single 0x00).
fn read_devices(r: &mut Reader<'_>) -> Result<Vec<(u8, u16)>, MrmError> {
    let mut devices = Vec::new();
    loop {
        let device_id = r.u8()?;
        if device_id == 0 && devices.is_empty() {
            return Ok(devices);
        }
        if device_id == 0 || device_id > MAX_DEVICE_ID {
            return Err(MrmError::InvalidDeviceId(device_id));
        }
        let word = r.u16_be()?;
        devices.push((device_id, word & 0x3FFF));
        if word & 0x8000 == 0 {
            return Ok(devices);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VECTORS: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/protocol-vectors.json"
    ));

    fn mrm_json() -> serde_json::Value {
        let json: serde_json::Value = serde_json::from_str(VECTORS).unwrap();
        json["mrm"].clone()
    }

    fn vector() -> Vec<u8> {
        hex::decode(mrm_json()["hex"].as_str().unwrap()).unwrap()
    }

    fn sid(kind: ServiceIdKind, byte: u8, last: u8) -> MrmServiceId {
        let mut b = [byte; 16];
        b[4..].copy_from_slice(&[0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, last]);
        MrmServiceId {
            kind,
            uuid: Uuid::from_bytes(b),
        }
    }

    #[test]
    fn parses_vector() {
        let data = vector();
        let j = mrm_json();
        let m = parse(&data).unwrap();
        assert_eq!(m.version(), 0x23);
        assert_eq!(m.shared_payload().len(), 32 + 430);
        assert_eq!(
            data.len() - m.shared_payload().len(),
            j["parsed"]["sharedOffset"].as_u64().unwrap() as usize
        );

        let bob = sid(ServiceIdKind::Aci, 0xbb, 2);
        let carol = sid(ServiceIdKind::Pni, 0xcc, 3);
        let eve = sid(ServiceIdKind::Aci, 0xee, 5);
        assert_eq!(m.recipients().len(), 2);
        assert_eq!(m.excluded(), &[eve]);
        let r_bob = m.recipient(&bob).unwrap();
        assert_eq!(r_bob.devices, vec![(1, 4660), (3, 66)]);
        assert_eq!(r_bob.key_material, 25..73);
        let r_carol = m.recipient(&carol).unwrap();
        assert_eq!(r_carol.devices, vec![(1, 16383)]);
        assert_eq!(r_carol.key_material, 93..141);
        assert!(m.recipient(&eve).is_none());

        // Cross-check against the JSON's own parse.
        for (rj, r) in j["parsed"]["recipients"]
            .as_array()
            .unwrap()
            .iter()
            .zip(m.recipients())
        {
            let km = &rj["keyMaterial"];
            let c = hex::decode(km["c"].as_str().unwrap()).unwrap();
            let at = hex::decode(km["at"].as_str().unwrap()).unwrap();
            assert_eq!(m.key_material(r), [c, at].concat().as_slice());
            assert_eq!(r.key_material.start as u64, km["offset"].as_u64().unwrap());
        }

        // Per-device copies match libsignal's byte for byte.
        let received = j["receivedMessages"].as_object().unwrap();
        assert_eq!(received.len(), 2);
        for r in m.recipients() {
            let expected =
                hex::decode(received[&r.service_id.to_string()].as_str().unwrap()).unwrap();
            let payload = m.payload_for_recipient(r);
            assert_eq!(payload, expected);
            assert_eq!(payload.len(), m.message_size_for_recipient());
            assert_eq!(payload.len(), 511);
        }
    }

    /// A test entry: (kind byte, uuid/key-material byte, devices).
    type Entry<'a> = (u8, u8, &'a [(u8, u16)]);

    /// Builds a message from entries and a shared tail of `shared_len` bytes.
    fn build(version: u8, entries: &[Entry<'_>], shared_len: usize) -> Vec<u8> {
        let mut out = vec![version, entries.len() as u8];
        for (kind, id, devices) in entries {
            if version == VERSION_SERVICE_ID {
                out.push(*kind);
            }
            out.extend_from_slice(&[*id; 16]);
            if devices.is_empty() {
                out.push(0);
                continue;
            }
            for (i, (d, reg)) in devices.iter().enumerate() {
                out.push(*d);
                let more = if i + 1 < devices.len() { 0x8000 } else { 0 };
                out.extend_from_slice(&(reg | more).to_be_bytes());
            }
            out.extend_from_slice(&[*id; KEY_MATERIAL_LEN]);
        }
        out.extend(std::iter::repeat_n(0xAB, shared_len));
        out
    }

    #[test]
    fn legacy_version_and_duplicates() {
        let data = build(
            0x22,
            &[(0, 1, &[(1, 5)]), (0, 2, &[(2, 6)]), (0, 1, &[(4, 7)])],
            40,
        );
        let m = parse(&data).unwrap();
        assert_eq!(m.recipients().len(), 2);
        let first = &m.recipients()[0];
        assert_eq!(first.service_id.kind, ServiceIdKind::Aci);
        assert_eq!(first.devices, vec![(1, 5), (4, 7)]);
        assert_eq!(m.key_material(first), &[1u8; 48][..]);
        let payload = m.payload_for_recipient(first);
        assert_eq!(payload[0], 0x22);
        assert_eq!(payload.len(), 1 + 48 + 40);
    }

    #[test]
    fn malformed_inputs() {
        use MrmError::*;
        assert_eq!(parse(&[]), Err(Empty));
        assert_eq!(parse(&[0x21, 0]), Err(UnsupportedVersion(0x21)));
        assert_eq!(parse(&[0x23]), Err(Truncated));
        // Zero recipients is structurally fine if the tail is long enough.
        assert!(parse(&build(0x23, &[], 32)).is_ok());
        assert_eq!(parse(&build(0x23, &[], 31)), Err(SharedTooShort));
        assert_eq!(
            parse(&build(0x23, &[(2, 1, &[(1, 1)])], 32)),
            Err(InvalidServiceIdKind(2))
        );
        assert_eq!(
            parse(&build(0x23, &[(0, 1, &[(128, 1)])], 32)),
            Err(InvalidDeviceId(128))
        );
        assert!(parse(&build(0x23, &[(0, 1, &[(127, 1)])], 32)).is_ok());
        // Device id 0 after a device with has_more set.
        let mut zero_after = build(0x23, &[(0, 1, &[(1, 1), (2, 2)])], 32);
        zero_after[2 + 17 + 3] = 0;
        assert_eq!(parse(&zero_after), Err(InvalidDeviceId(0)));
        // Duplicates involving an excluded occurrence.
        let dup =
            |a: &[(u8, u16)], b: &[(u8, u16)]| parse(&build(0x23, &[(0, 1, a), (0, 1, b)], 32));
        assert!(matches!(dup(&[], &[(1, 1)]), Err(ExcludedDuplicate(_))));
        assert!(matches!(dup(&[(1, 1)], &[]), Err(ExcludedDuplicate(_))));
        assert!(matches!(dup(&[], &[]), Err(ExcludedDuplicate(_))));
        // Same UUID as ACI and PNI are different recipients.
        assert!(parse(&build(0x23, &[(0, 1, &[]), (1, 1, &[(1, 1)])], 32)).is_ok());
        // Huge or overlong varint counts.
        assert_eq!(parse(&[0x23, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]), Err(Truncated));
        assert_eq!(
            parse(&[0x23, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]),
            Err(InvalidVarint)
        );
        assert_eq!(parse(&[0x23; 11]), Err(InvalidServiceIdKind(0x23)));
    }

    #[test]
    fn truncations_and_mutations_never_panic() {
        let data = vector();
        for len in 0..data.len() {
            let result = parse(&data[..len]);
            // Everything up to the shared tail's first 32 bytes is required.
            if len < 159 + 32 {
                assert!(result.is_err(), "prefix of {len} bytes parsed");
            } else {
                assert!(result.is_ok());
            }
        }
        for i in 0..200.min(data.len()) {
            for bit in 0..8 {
                let mut d = data.clone();
                d[i] ^= 1 << bit;
                if let Ok(m) = parse(&d) {
                    for r in m.recipients() {
                        assert_eq!(
                            m.payload_for_recipient(r).len(),
                            m.message_size_for_recipient()
                        );
                    }
                }
            }
        }
    }
}
