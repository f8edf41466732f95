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

/// Copies the first `N` bytes of `bytes` into an array (zero-filled if shorter; callers
/// always pass at least `N` bytes, this just keeps the code free of panicking paths).
fn to_array<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let n = N.min(bytes.len());
    out[..n].copy_from_slice(&bytes[..n]);
    out
}

/// Converts a SHA-256/HMAC output into a fixed 32-byte array.
fn to_block(bytes: &[u8]) -> [u8; BLOCK_LEN] {
    to_array(bytes)
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
        to_array(&self.squeeze_and_ratchet(64))
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
        let b: [u8; 64] = to_array(&self.squeeze_and_ratchet(64));
        RistrettoPoint::from_uniform_bytes(&b)
    }

    /// `Scalar::from_bytes_mod_order_wide(squeeze(64))`.
    pub fn get_scalar(&mut self) -> Scalar {
        let b: [u8; 64] = to_array(&self.squeeze_and_ratchet(64));
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

    /// zkcredential's 13 constant generator points (G_w, G_w', G_x0, G_x1, G_V, G_z,
    /// G_y1..7), compressed and concatenated, as published in libsignal's
    /// `zkcredential` test constant `SYSTEM_HARDCODED` (reference data only).
    const ZKCREDENTIAL_SYSTEM_POINTS: [&str; 13] = [
        "589c8718e8263a53a78932b6212a46e7fd52de3ad157b5bb277dba494cfd3471",
        "d4cc5f90685952917b33366efcce0512a1f8d70f974758266cb04fc424346d37",
        "b20f49cb2a081c94b1771fd8c172ae21785c61ea2c7e31947ce351e7b5ff0702",
        "8c5329beb87b317ffcd981e440819d91136c988d6d9fbea4a87e55ed24a5993a",
        "a02f688ab1d3bd19056f94c8a44b8faddfa3c9c79c95ad44311a7bf00e5e862e",
        "c2c399f0d689dfb8c2dc0d7caba32afcf58cf0d85f78195a0b5ab732f5655954",
        "92cfd982321d1f9be4b21fe6a0214306023d6a05d0d23f67ddc1c0400e5e0a5e",
        "92d17595131b7a095e740b884b8c9bb0226a39cfd027c769c4f4677c51f21b24",
        "da81fb2bd1356a9d0650f6a63fcc90d93bd74a954ba6f75f0e9fca47a6d21734",
        "bce7b28f06b76ef2c44d20a07026534e586eb8e1038874a93e44de362ce7bc08",
        "44bffc88e390c62519e281aa6fd53ff9ddd1d9ba303cf70004278ea2ae66ce05",
        "a2749d29eba56f3efe99e42902825c473dfc3c154c3762d2e76bd103f629d250",
        "b2d9d5c243a4cf8f3be21a84f153f44e2733a105cf780a20f03d84fe1ebbeb0e",
    ];

    #[test]
    fn sha256_sho_derives_zkcredential_system_points() {
        let mut sho = ShoSha256::new(b"Signal_ZKCredential_ConstantSystemParams_generate_20230410");
        for expected in ZKCREDENTIAL_SYSTEM_POINTS {
            let p = sho.get_point().compress();
            assert_eq!(hex::encode(p.as_bytes()), expected);
        }
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
