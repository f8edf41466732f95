//! Stateful hash objects ("SHO") as used by Signal's poksho, zkgroup and zkcredential.
//!
//! A SHO is a small duplex-like construction: data is *absorbed*, the state is
//! *ratcheted* into a new 32-byte chaining value, and output is *squeezed* from the
//! chaining value. Two instantiations exist:
//!
//! * [`ShoHmacSha256`] — HMAC-SHA256 based; the workhorse of poksho and zkgroup.
//!   [`Sho`] is zkgroup's convenience wrapper on top of it (label + data, points, scalars).
//! * [`ShoSha256`] — plain SHA-256 with an "inner pad" of zero bytes; only used to derive
//!   zkcredential's constant generator points.
//!
//! Written from the protocol description (see `shared/notes/crypto-and-zkgroup.md` §1.2).
//! No function in this module panics on any input.

use curve25519_dalek::ristretto::RistrettoPoint;
use curve25519_dalek::scalar::Scalar;
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

/// Length in bytes of the chaining value and of one output block.
const BLOCK_LEN: usize = 32;

/// Whether a SHO is currently accumulating input or sits at a ratcheted chaining value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Absorbing,
    Ratcheted,
}

/// Creates an HMAC-SHA256 instance keyed with a 32-byte chaining value.
///
/// The key is passed as a full 64-byte HMAC block (the chaining value followed by zero
/// bytes); HMAC zero-pads shorter keys to exactly this block, so the result is identical
/// to keying with the 32 bytes, without any fallible call.
fn hmac_keyed(cv: &[u8; BLOCK_LEN]) -> HmacSha256 {
    let mut key = [0u8; 64];
    key[..BLOCK_LEN].copy_from_slice(cv);
    <HmacSha256 as KeyInit>::new(&key.into())
}

/// Finalizes a SHA-256/HMAC output into a fixed 32-byte array.
fn to_block(bytes: &[u8]) -> [u8; BLOCK_LEN] {
    let mut out = [0u8; BLOCK_LEN];
    out.copy_from_slice(&bytes[..BLOCK_LEN.min(bytes.len())]);
    out
}

/// Signal's HMAC-SHA256 stateful hash object (poksho's `ShoHmacSha256`).
///
/// * `absorb(data)`: if the state is ratcheted, start `HMAC(key = cv)`; feed `data`.
/// * `ratchet()`: if absorbing, feed `0x00` and set `cv = HMAC.finalize()`.
/// * `squeeze_and_ratchet(n)`: block `i` is `HMAC(cv, u64be(i) || 0x01)`; afterwards
///   `cv = HMAC(cv, u64be(n) || 0x02)`.
#[derive(Clone)]
pub struct ShoHmacSha256 {
    hasher: Option<HmacSha256>,
    cv: [u8; BLOCK_LEN],
    mode: Mode,
}

impl ShoHmacSha256 {
    /// Creates a SHO from the all-zero state and absorbs-and-ratchets `label`.
    pub fn new(label: &[u8]) -> Self {
        let mut sho = ShoHmacSha256 {
            hasher: None,
            cv: [0u8; BLOCK_LEN],
            mode: Mode::Ratcheted,
        };
        sho.absorb_and_ratchet(label);
        sho
    }

    /// Absorbs `data`. Consecutive absorbs without a ratchet in between are equivalent to a
    /// single absorb of the concatenation.
    pub fn absorb(&mut self, data: &[u8]) {
        match (&mut self.hasher, self.mode) {
            (Some(h), Mode::Absorbing) => h.update(data),
            _ => {
                let mut h = hmac_keyed(&self.cv);
                h.update(data);
                self.hasher = Some(h);
                self.mode = Mode::Absorbing;
            }
        }
    }

    /// Ratchets the state: if absorbing, feeds a `0x00` byte and replaces the chaining
    /// value with the HMAC output. Does nothing if already ratcheted.
    pub fn ratchet(&mut self) {
        if self.mode == Mode::Ratcheted {
            return;
        }
        if let Some(mut h) = self.hasher.take() {
            h.update(&[0u8]);
            self.cv = to_block(&h.finalize().into_bytes());
        }
        self.mode = Mode::Ratcheted;
    }

    /// `absorb(data)` followed by `ratchet()`.
    pub fn absorb_and_ratchet(&mut self, data: &[u8]) {
        self.absorb(data);
        self.ratchet();
    }

    /// Squeezes `outlen` bytes and ratchets the chaining value.
    ///
    /// If the state is still absorbing it is ratcheted first (the reference implementation
    /// treats squeezing while absorbing as a programming error).
    pub fn squeeze_and_ratchet(&mut self, outlen: usize) -> Vec<u8> {
        self.ratchet();
        let prefix = hmac_keyed(&self.cv);
        let mut output = Vec::with_capacity(outlen.div_ceil(BLOCK_LEN) * BLOCK_LEN);
        let mut i: u64 = 0;
        while output.len() < outlen {
            let mut h = prefix.clone();
            h.update(&i.to_be_bytes());
            h.update(&[0x01]);
            output.extend_from_slice(&h.finalize().into_bytes());
            i = i.wrapping_add(1);
        }
        output.truncate(outlen);
        let mut next = prefix;
        next.update(&(outlen as u64).to_be_bytes());
        next.update(&[0x02]);
        self.cv = to_block(&next.finalize().into_bytes());
        output
    }

    /// Squeezes 64 bytes and reduces them to a point with the Ristretto "from uniform
    /// bytes" (double Elligator) map.
    pub fn get_point(&mut self) -> RistrettoPoint {
        RistrettoPoint::from_uniform_bytes(&self.squeeze_64())
    }

    /// Squeezes 64 bytes and reduces them wide modulo the group order.
    pub fn get_scalar(&mut self) -> Scalar {
        Scalar::from_bytes_mod_order_wide(&self.squeeze_64())
    }

    /// Squeezes exactly 64 bytes into an array.
    pub fn squeeze_64(&mut self) -> [u8; 64] {
        let v = self.squeeze_and_ratchet(64);
        let mut out = [0u8; 64];
        out.copy_from_slice(&v[..64.min(v.len())]);
        out
    }

    /// Returns the current chaining value (for tests and debugging).
    pub fn chaining_value(&self) -> [u8; BLOCK_LEN] {
        self.cv
    }
}

/// zkgroup's SHO wrapper: `ShoHmacSha256::new(label)` followed by `absorb_and_ratchet(data)`.
///
/// Note that an empty `data` still changes the state (the ratchet feeds `0x00` into a
/// fresh HMAC), so `Sho::new(label, b"")` differs from `ShoHmacSha256::new(label)`.
#[derive(Clone)]
pub struct Sho {
    internal: ShoHmacSha256,
}

impl Sho {
    /// Creates the SHO for `label` and absorbs-and-ratchets `data`.
    pub fn new(label: &[u8], data: &[u8]) -> Self {
        let mut internal = ShoHmacSha256::new(label);
        internal.absorb_and_ratchet(data);
        Sho { internal }
    }

    /// Absorbs `data` and ratchets.
    pub fn absorb_and_ratchet(&mut self, data: &[u8]) {
        self.internal.absorb_and_ratchet(data);
    }

    /// Squeezes `outlen` bytes (and ratchets).
    pub fn squeeze(&mut self, outlen: usize) -> Vec<u8> {
        self.internal.squeeze_and_ratchet(outlen)
    }

    /// `RistrettoPoint::from_uniform_bytes(squeeze(64))`.
    pub fn get_point(&mut self) -> RistrettoPoint {
        self.internal.get_point()
    }

    /// `Scalar::from_bytes_mod_order_wide(squeeze(64))`.
    pub fn get_scalar(&mut self) -> Scalar {
        self.internal.get_scalar()
    }

    /// Access to the underlying [`ShoHmacSha256`].
    pub fn inner_mut(&mut self) -> &mut ShoHmacSha256 {
        &mut self.internal
    }
}

/// Signal's SHA-256 "innerpad" stateful hash object (`ShoSha256`).
///
/// * absorb start: `SHA256(0^64 || cv || data…)`;
/// * ratchet: `cv = SHA256(SHA256(0^64 || cv || data…))`;
/// * squeeze: block `i` = `SHA256(0^63 || 0x01 || cv || u64be(i))`, then
///   `cv = SHA256(0^63 || 0x02 || cv || u64be(n))`.
///
/// Only used to derive zkcredential's constant generator points.
#[derive(Clone)]
pub struct ShoSha256 {
    hasher: Option<Sha256>,
    cv: [u8; BLOCK_LEN],
    mode: Mode,
}

impl ShoSha256 {
    /// Creates a SHO from the all-zero state and absorbs-and-ratchets `label`.
    pub fn new(label: &[u8]) -> Self {
        let mut sho = ShoSha256 {
            hasher: None,
            cv: [0u8; BLOCK_LEN],
            mode: Mode::Ratcheted,
        };
        sho.absorb_and_ratchet(label);
        sho
    }

    /// Absorbs `data`.
    pub fn absorb(&mut self, data: &[u8]) {
        match (&mut self.hasher, self.mode) {
            (Some(h), Mode::Absorbing) => h.update(data),
            _ => {
                let mut h = Sha256::new();
                h.update([0u8; 64]);
                h.update(self.cv);
                h.update(data);
                self.hasher = Some(h);
                self.mode = Mode::Absorbing;
            }
        }
    }

    /// Ratchets: `cv = SHA256(SHA256-state)`. Does nothing if already ratcheted.
    pub fn ratchet(&mut self) {
        if self.mode == Mode::Ratcheted {
            return;
        }
        if let Some(h) = self.hasher.take() {
            let inner = h.finalize();
            self.cv = to_block(&Sha256::digest(inner));
        }
        self.mode = Mode::Ratcheted;
    }

    /// `absorb(data)` followed by `ratchet()`.
    pub fn absorb_and_ratchet(&mut self, data: &[u8]) {
        self.absorb(data);
        self.ratchet();
    }

    /// Squeezes `outlen` bytes and ratchets (ratcheting first if still absorbing).
    pub fn squeeze_and_ratchet(&mut self, outlen: usize) -> Vec<u8> {
        self.ratchet();
        let mut output = Vec::with_capacity(outlen.div_ceil(BLOCK_LEN) * BLOCK_LEN);
        let mut i: u64 = 0;
        while output.len() < outlen {
            let mut h = Sha256::new();
            h.update([0u8; 63]);
            h.update([0x01]);
            h.update(self.cv);
            h.update(i.to_be_bytes());
            output.extend_from_slice(&h.finalize());
            i = i.wrapping_add(1);
        }
        output.truncate(outlen);
        let mut h = Sha256::new();
        h.update([0u8; 63]);
        h.update([0x02]);
        h.update(self.cv);
        h.update((outlen as u64).to_be_bytes());
        self.cv = to_block(&h.finalize());
        output
    }

    /// `RistrettoPoint::from_uniform_bytes(squeeze(64))`.
    pub fn get_point(&mut self) -> RistrettoPoint {
        let v = self.squeeze_and_ratchet(64);
        let mut b = [0u8; 64];
        b.copy_from_slice(&v[..64.min(v.len())]);
        RistrettoPoint::from_uniform_bytes(&b)
    }

    /// `Scalar::from_bytes_mod_order_wide(squeeze(64))`.
    pub fn get_scalar(&mut self) -> Scalar {
        let v = self.squeeze_and_ratchet(64);
        let mut b = [0u8; 64];
        b.copy_from_slice(&v[..64.min(v.len())]);
        Scalar::from_bytes_mod_order_wide(&b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Independent HMAC reference computation of the first steps of `ShoHmacSha256`.
    #[test]
    fn hmac_sho_matches_manual_construction() {
        let label = b"some label";
        let sho_new = ShoHmacSha256::new(label);
        let mut h = hmac_keyed(&[0u8; 32]);
        h.update(label);
        h.update(&[0]);
        let cv1 = to_block(&h.finalize().into_bytes());
        assert_eq!(sho_new.chaining_value(), cv1);

        let mut sho = sho_new.clone();
        let out = sho.squeeze_and_ratchet(40);
        assert_eq!(out.len(), 40);
        let mut b0 = hmac_keyed(&cv1);
        b0.update(&0u64.to_be_bytes());
        b0.update(&[1]);
        let b0 = b0.finalize().into_bytes();
        let mut b1 = hmac_keyed(&cv1);
        b1.update(&1u64.to_be_bytes());
        b1.update(&[1]);
        let b1 = b1.finalize().into_bytes();
        assert_eq!(&out[..32], &b0[..]);
        assert_eq!(&out[32..], &b1[..8]);
        let mut n = hmac_keyed(&cv1);
        n.update(&40u64.to_be_bytes());
        n.update(&[2]);
        assert_eq!(sho.chaining_value(), to_block(&n.finalize().into_bytes()));
    }

    #[test]
    fn hmac_keying_with_padded_block_equals_short_key() {
        let cv = [7u8; 32];
        let mut a = hmac_keyed(&cv);
        a.update(b"abc");
        let mut b = <HmacSha256 as KeyInit>::new_from_slice(&cv).expect("any key length");
        b.update(b"abc");
        assert_eq!(a.finalize().into_bytes(), b.finalize().into_bytes());
    }

    #[test]
    fn absorb_concatenates_and_empty_data_changes_state() {
        let mut a = ShoHmacSha256::new(b"L");
        a.absorb(b"ab");
        a.absorb(b"cd");
        a.ratchet();
        let mut b = ShoHmacSha256::new(b"L");
        b.absorb_and_ratchet(b"abcd");
        assert_eq!(a.chaining_value(), b.chaining_value());

        let plain = ShoHmacSha256::new(b"L");
        let wrapped = Sho::new(b"L", b"");
        assert_ne!(plain.chaining_value(), wrapped.internal.chaining_value());

        // Ratcheting twice is the same as once.
        let mut c = ShoHmacSha256::new(b"L");
        c.ratchet();
        assert_eq!(c.chaining_value(), plain.chaining_value());
    }

    #[test]
    fn squeeze_zero_and_while_absorbing_do_not_panic() {
        let mut s = ShoHmacSha256::new(b"L");
        assert!(s.squeeze_and_ratchet(0).is_empty());
        s.absorb(b"x");
        assert_eq!(s.squeeze_and_ratchet(33).len(), 33);
        let mut t = ShoSha256::new(b"L");
        assert!(t.squeeze_and_ratchet(0).is_empty());
        t.absorb(b"x");
        assert_eq!(t.squeeze_and_ratchet(65).len(), 65);
    }
}
