//! The wire encoding of zkgroup objects: bincode 1.x "fixint" little-endian layouts, written
//! by hand because every layout is small and fixed.
//!
//! * a Ristretto point is its 32-byte compressed encoding (must decompress);
//! * a scalar is 32 bytes little-endian and must be canonical (`< ℓ`);
//! * `u64` / timestamps are 8 bytes little-endian;
//! * a `Vec<u8>` is a `u64` length followed by the bytes;
//! * the first byte is a reserved byte (0) or a version byte.
//!
//! Decoding is strict: trailing bytes, short input and non-canonical values are errors.

use curve25519_dalek::ristretto::{CompressedRistretto, RistrettoPoint};
use curve25519_dalek::scalar::Scalar;

use super::ZkError;

/// Builds an encoding.
#[derive(Default)]
pub struct Writer {
    out: Vec<u8>,
}

impl Writer {
    pub fn new() -> Self {
        Writer { out: Vec::new() }
    }
    pub fn byte(&mut self, b: u8) -> &mut Self {
        self.out.push(b);
        self
    }
    pub fn point(&mut self, p: &RistrettoPoint) -> &mut Self {
        self.out.extend_from_slice(p.compress().as_bytes());
        self
    }
    pub fn scalar(&mut self, s: &Scalar) -> &mut Self {
        self.out.extend_from_slice(s.as_bytes());
        self
    }
    pub fn u64(&mut self, v: u64) -> &mut Self {
        self.out.extend_from_slice(&v.to_le_bytes());
        self
    }
    /// A length-prefixed byte vector.
    pub fn bytes(&mut self, b: &[u8]) -> &mut Self {
        self.u64(b.len() as u64);
        self.out.extend_from_slice(b);
        self
    }
    /// Raw bytes without a length (fixed arrays).
    pub fn raw(&mut self, b: &[u8]) -> &mut Self {
        self.out.extend_from_slice(b);
        self
    }
    pub fn finish(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.out)
    }
}

/// Decodes a whole object named `what`: the reserved byte 0, then `body`, then nothing more.
pub fn decode<'a, T>(
    data: &'a [u8],
    what: &'static str,
    body: impl FnOnce(&mut Reader<'a>) -> Result<T, ZkError>,
) -> Result<T, ZkError> {
    let mut r = Reader::new(data, what);
    r.expect_byte(0)?;
    let value = body(&mut r)?;
    r.finish()?;
    Ok(value)
}

/// Reads an encoding; every accessor fails on short input.
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    what: &'static str,
}

impl<'a> Reader<'a> {
    /// A reader over `data`; `what` names the object in error messages.
    pub fn new(data: &'a [u8], what: &'static str) -> Self {
        Reader { data, pos: 0, what }
    }
    fn err(&self) -> ZkError {
        ZkError::Deserialization(self.what)
    }
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], ZkError> {
        let end = self.pos.checked_add(n).ok_or_else(|| self.err())?;
        let slice = self.data.get(self.pos..end).ok_or_else(|| self.err())?;
        self.pos = end;
        Ok(slice)
    }
    pub fn array<const N: usize>(&mut self) -> Result<[u8; N], ZkError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }
    /// A byte that must equal `expected` (reserved byte or version).
    pub fn expect_byte(&mut self, expected: u8) -> Result<(), ZkError> {
        if self.take(1)?[0] == expected {
            Ok(())
        } else {
            Err(self.err())
        }
    }
    pub fn byte(&mut self) -> Result<u8, ZkError> {
        Ok(self.take(1)?[0])
    }
    pub fn point(&mut self) -> Result<RistrettoPoint, ZkError> {
        let bytes = self.array::<32>()?;
        CompressedRistretto(bytes)
            .decompress()
            .ok_or_else(|| self.err())
    }
    /// `N` consecutive points.
    pub fn points<const N: usize>(&mut self) -> Result<[RistrettoPoint; N], ZkError> {
        let mut out = [RistrettoPoint::default(); N];
        for p in out.iter_mut() {
            *p = self.point()?;
        }
        Ok(out)
    }
    pub fn scalar(&mut self) -> Result<Scalar, ZkError> {
        let bytes = self.array::<32>()?;
        Option::<Scalar>::from(Scalar::from_canonical_bytes(bytes)).ok_or_else(|| self.err())
    }
    pub fn u64(&mut self) -> Result<u64, ZkError> {
        Ok(u64::from_le_bytes(self.array::<8>()?))
    }
    /// A length-prefixed byte vector of at most `max` bytes.
    pub fn bytes(&mut self, max: usize) -> Result<&'a [u8], ZkError> {
        let len = self.u64()?;
        let len = usize::try_from(len)
            .ok()
            .filter(|l| *l <= max)
            .ok_or_else(|| self.err())?;
        self.take(len)
    }
    /// A poksho proof (length-prefixed, at most 257 scalars).
    pub fn proof(&mut self) -> Result<Vec<u8>, ZkError> {
        Ok(self.bytes(32 * 257)?.to_vec())
    }
    /// Fails unless all input was consumed.
    pub fn finish(self) -> Result<(), ZkError> {
        if self.pos == self.data.len() {
            Ok(())
        } else {
            Err(self.err())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use curve25519_dalek::constants::RISTRETTO_BASEPOINT_POINT;

    #[test]
    fn round_trip_and_strictness() {
        let p = RISTRETTO_BASEPOINT_POINT;
        let s = Scalar::from(7u64);
        let enc = Writer::new()
            .byte(3)
            .point(&p)
            .scalar(&s)
            .u64(42)
            .bytes(b"abc")
            .finish();
        assert_eq!(enc.len(), 1 + 32 + 32 + 8 + 8 + 3);
        let mut r = Reader::new(&enc, "x");
        r.expect_byte(3).unwrap();
        assert_eq!(r.point().unwrap(), p);
        assert_eq!(r.scalar().unwrap(), s);
        assert_eq!(r.u64().unwrap(), 42);
        assert_eq!(r.bytes(16).unwrap(), b"abc");
        r.finish().unwrap();

        // Trailing byte.
        let mut longer = enc.clone();
        longer.push(0);
        let mut r = Reader::new(&longer, "x");
        r.take(enc.len()).unwrap();
        assert!(r.finish().is_err());
        // Wrong version.
        assert!(Reader::new(&enc, "x").expect_byte(2).is_err());
        // Non-canonical scalar.
        let mut r = Reader::new(&[0xffu8; 32], "x");
        assert!(r.scalar().is_err());
        // Invalid point.
        let mut r = Reader::new(&[0xffu8; 32], "x");
        assert!(r.point().is_err());
        // Over-long vector length.
        let mut r = Reader::new(&enc[73..], "x");
        assert!(r.bytes(2).is_err());
        assert!(Reader::new(&[1, 2], "x").u64().is_err());
    }
}
