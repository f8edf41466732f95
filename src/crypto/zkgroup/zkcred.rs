//! zkcredential: the keyed-verification anonymous credentials (Chase–Perrin–Zaverucha) that
//! the newer zkgroup credentials are built on — key generation, issuance proofs (attributes
//! known to the server), blind issuance (some attributes encrypted by the client) and
//! presentation verification. Only "legacy mode" keys (one `y0` for every arity) are
//! supported, which is what `GenericServerSecretParams` version 0 and `ServerSecretParams`
//! use.

use curve25519_dalek::constants::RISTRETTO_BASEPOINT_POINT;
use curve25519_dalek::ristretto::RistrettoPoint;
use curve25519_dalek::scalar::Scalar;
use curve25519_dalek::traits::Identity;

use super::serial::{decode, Reader, Writer};
use super::system::zkc;
use super::ZkError;
use crate::crypto::poksho::{PointArgs, ScalarArgs, Statement};
use crate::crypto::sho::ShoHmacSha256;

/// Maximum number of attribute points (slot 0 for the public attributes plus 6).
pub const MAX_ATTRS: usize = 7;

const Y_NAMES: [&str; 7] = ["y0", "y1", "y2", "y3", "y4", "y5", "y6"];
const G_Y_NAMES: [&str; 7] = ["G_y0", "G_y1", "G_y2", "G_y3", "G_y4", "G_y5", "G_y6"];
const M_NAMES: [&str; 7] = ["M0", "M1", "M2", "M3", "M4", "M5", "M6"];
const D1_NAMES: [&str; 7] = ["D1_0", "D1_1", "D1_2", "D1_3", "D1_4", "D1_5", "D1_6"];
const D2_NAMES: [&str; 7] = ["D2_0", "D2_1", "D2_2", "D2_3", "D2_4", "D2_5", "D2_6"];

/// A zkcredential private key: `w, w', W, x0, x1, y0..y6` (384 bytes encoded).
#[derive(Clone)]
pub struct CredentialKey {
    pub w: Scalar,
    pub wprime: Scalar,
    pub big_w: RistrettoPoint,
    pub x0: Scalar,
    pub x1: Scalar,
    pub y: [Scalar; MAX_ATTRS],
    public: CredentialPublicKey,
}

/// The matching public key: `C_W` and `I_2..I_7` (224 bytes encoded).
#[derive(Clone, PartialEq, Eq)]
pub struct CredentialPublicKey {
    pub c_w: RistrettoPoint,
    /// `I_n` for `n = 2..=7` at index `n - 2`.
    pub i: [RistrettoPoint; MAX_ATTRS - 1],
}

impl CredentialPublicKey {
    /// `I_n` for a credential with `n` attribute points (2..=7).
    pub fn i_for(&self, n: usize) -> RistrettoPoint {
        self.i[n.clamp(2, MAX_ATTRS) - 2]
    }
    pub fn encode(&self, w: &mut Writer) {
        w.point(&self.c_w);
        for p in &self.i {
            w.point(p);
        }
    }
}

impl CredentialKey {
    /// Encoded length.
    pub const LEN: usize = 384;

    /// Generates a key from 32 random bytes (label
    /// `Signal_ZKCredential_CredentialPrivateKey_generate_20230410`).
    pub fn generate(randomness: &[u8; 32]) -> Self {
        let mut sho =
            ShoHmacSha256::new(b"Signal_ZKCredential_CredentialPrivateKey_generate_20230410");
        sho.absorb_and_ratchet(randomness);
        let w = sho.get_scalar();
        let wprime = sho.get_scalar();
        let x0 = sho.get_scalar();
        let x1 = sho.get_scalar();
        let y = std::array::from_fn(|_| sho.get_scalar());
        Self::from_parts(w, wprime, x0, x1, y)
    }

    fn from_parts(w: Scalar, wprime: Scalar, x0: Scalar, x1: Scalar, y: [Scalar; 7]) -> Self {
        let sys = zkc();
        let big_w = w * sys.g_w;
        let c_w = big_w + wprime * sys.g_wprime;
        let mut partial = sys.g_v - x0 * sys.g_x0 - x1 * sys.g_x1 - y[0] * sys.g_y[0];
        let i = std::array::from_fn(|k| {
            partial -= y[k + 1] * sys.g_y[k + 1];
            partial
        });
        CredentialKey {
            w,
            wprime,
            big_w,
            x0,
            x1,
            y,
            public: CredentialPublicKey { c_w, i },
        }
    }

    pub fn public_key(&self) -> &CredentialPublicKey {
        &self.public
    }

    pub fn encode(&self, out: &mut Writer) {
        write_key(
            out,
            [&self.w, &self.wprime],
            &self.big_w,
            [&self.x0, &self.x1],
            &self.y,
        );
    }

    /// Decodes a key, checking that the stored `W` is `w·G_w`.
    pub fn decode(r: &mut Reader<'_>) -> Result<Self, ZkError> {
        let (w, wprime, big_w, x0, x1) = read_key_head(r)?;
        let mut y = [Scalar::ZERO; MAX_ATTRS];
        for v in y.iter_mut() {
            *v = r.scalar()?;
        }
        let key = Self::from_parts(w, wprime, x0, x1, y);
        if key.big_w != big_w {
            return Err(ZkError::Deserialization(
                "credential key (W does not match w)",
            ));
        }
        Ok(key)
    }
}

/// Writes the secret part every KVAC key encoding shares: `w, w', W, x0, x1`, then the `y`s.
pub(super) fn write_key(
    out: &mut Writer,
    [w, wprime]: [&Scalar; 2],
    big_w: &RistrettoPoint,
    [x0, x1]: [&Scalar; 2],
    y: &[Scalar],
) {
    out.scalar(w)
        .scalar(wprime)
        .point(big_w)
        .scalar(x0)
        .scalar(x1);
    for y in y {
        out.scalar(y);
    }
}

/// Reads `w, w', W, x0, x1` (the start of [`write_key`]'s encoding; the `y`s follow).
pub(super) fn read_key_head(
    r: &mut Reader<'_>,
) -> Result<(Scalar, Scalar, RistrettoPoint, Scalar, Scalar), ZkError> {
    Ok((
        r.scalar()?,
        r.scalar()?,
        r.point()?,
        r.scalar()?,
        r.scalar()?,
    ))
}

/// `t, U, V`.
struct Mac {
    t: Scalar,
    u: RistrettoPoint,
    v: RistrettoPoint,
}

/// The MAC over the clear attribute points (`t` and `U` drawn from `sho`).
fn credential_core(key: &CredentialKey, m: &[RistrettoPoint], sho: &mut ShoHmacSha256) -> Mac {
    let t = sho.get_scalar();
    let u = sho.get_point();
    let mut v = key.big_w + (key.x0 + key.x1 * t) * u;
    for (y, mi) in key.y.iter().zip(m) {
        v += y * mi;
    }
    Mac { t, u, v }
}

/// The public attributes hashed into the slot-0 point: `ShoHmacSha256(label)`, then one
/// absorb-and-ratchet per attribute (u64 attributes as 8 bytes big-endian).
pub fn public_attribute_point(label: &[u8], public_attrs: &[&[u8]]) -> RistrettoPoint {
    let mut sho = ShoHmacSha256::new(label);
    for a in public_attrs {
        sho.absorb_and_ratchet(a);
    }
    sho.get_point()
}

fn squeeze32(sho: &mut ShoHmacSha256) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(&sho.squeeze_and_ratchet(32));
    out
}

/// Scalars `w, w', x0, x1, y0..y(n-1)`.
fn scalar_args(key: &CredentialKey, n: usize) -> ScalarArgs<'static> {
    let mut s: ScalarArgs = [
        ("w", key.w),
        ("wprime", key.wprime),
        ("x0", key.x0),
        ("x1", key.x1),
    ]
    .into_iter()
    .collect();
    for (name, y) in Y_NAMES.iter().zip(&key.y).take(n) {
        s.insert(name, *y);
    }
    s
}

/// Points common to issuance statements.
fn base_point_args(
    public: &CredentialPublicKey,
    n: usize,
    clear: &[RistrettoPoint],
) -> PointArgs<'static> {
    let sys = zkc();
    let mut p: PointArgs = [
        ("C_W", public.c_w),
        ("G_w", sys.g_w),
        ("G_wprime", sys.g_wprime),
        ("G_V-I", sys.g_v - public.i_for(n)),
        ("G_x0", sys.g_x0),
        ("G_x1", sys.g_x1),
    ]
    .into_iter()
    .collect();
    for (name, g) in G_Y_NAMES.iter().zip(&sys.g_y).take(n) {
        p.insert(name, *g);
    }
    for (name, m) in M_NAMES.iter().zip(clear) {
        p.insert(name, *m);
    }
    p
}

fn g_v_minus_i_terms(n: usize) -> Vec<(&'static str, &'static str)> {
    let mut terms = vec![("x0", "G_x0"), ("x1", "G_x1")];
    terms.extend(
        Y_NAMES
            .iter()
            .copied()
            .zip(G_Y_NAMES.iter().copied())
            .take(n),
    );
    terms
}

fn issuance_statement(n: usize) -> Statement {
    let mut st = Statement::new();
    st.add("C_W", &[("w", "G_w"), ("wprime", "G_wprime")]);
    st.add("G_V-I", &g_v_minus_i_terms(n));
    let mut v = vec![("w", "G_w"), ("x0", "U"), ("x1", "tU")];
    v.extend(Y_NAMES.iter().copied().zip(M_NAMES.iter().copied()).take(n));
    st.add("V", &v);
    st
}

/// Issues a credential over `[P0(label, public_attrs)] ++ attrs` and returns the encoded
/// `IssuanceProof` (`t ‖ U ‖ V ‖ u64 len ‖ poksho proof`).
pub fn issue(
    key: &CredentialKey,
    label: &[u8],
    public_attrs: &[&[u8]],
    attrs: &[RistrettoPoint],
    randomness: &[u8; 32],
) -> Result<Vec<u8>, ZkError> {
    let mut m = vec![public_attribute_point(label, public_attrs)];
    m.extend_from_slice(attrs);
    let n = m.len();
    if n > MAX_ATTRS {
        return Err(ZkError::Internal("too many attributes"));
    }
    let mut sho = ShoHmacSha256::new(b"Signal_ZKCredential_Issuance_20230410");
    sho.absorb_and_ratchet(randomness);
    let mac = credential_core(key, &m, &mut sho);
    let mut points = base_point_args(key.public_key(), n, &m);
    points.insert("V", mac.v);
    points.insert("U", mac.u);
    points.insert("tU", mac.t * mac.u);
    let proof = issuance_statement(n)
        .prove(&scalar_args(key, n), &points, b"", &squeeze32(&mut sho))
        .map_err(|_| ZkError::Internal("issuance proof"))?;
    Ok(Writer::new()
        .scalar(&mac.t)
        .point(&mac.u)
        .point(&mac.v)
        .bytes(&proof)
        .finish())
}

/// A point blinded by the client: `D1 = r·G`, `D2 = r·Y + M`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlindedPoint {
    pub d1: RistrettoPoint,
    pub d2: RistrettoPoint,
}

/// A blind-issuance request with one blinded attribute (97 bytes: reserved byte 0, the
/// blinded attribute `D1, D2`, the client's blinding public key `Y`), as in
/// `BackupAuthCredentialRequest` and `CreateCallLinkCredentialRequest`.
#[derive(Clone, Debug)]
pub struct BlindedRequest {
    pub attribute: BlindedPoint,
    pub public_key: RistrettoPoint,
}

impl BlindedRequest {
    pub const LEN: usize = 97;

    /// Parses a request; `what` names it in errors.
    pub fn deserialize(bytes: &[u8], what: &'static str) -> Result<Self, ZkError> {
        let [d1, d2, public_key] = decode(bytes, what, |r| r.points())?;
        Ok(BlindedRequest {
            attribute: BlindedPoint { d1, d2 },
            public_key,
        })
    }

    /// [`blind_issue`] with this request's blinded attribute (after the `clear` ones).
    pub fn issue(
        &self,
        key: &CredentialKey,
        label: &[u8],
        public_attrs: &[&[u8]],
        clear: &[RistrettoPoint],
        randomness: &[u8; 32],
    ) -> Result<Vec<u8>, ZkError> {
        blind_issue(
            key,
            label,
            public_attrs,
            clear,
            &[self.attribute],
            &self.public_key,
            randomness,
        )
    }
}

/// Blind issuance: `clear` attribute points are known to the server, `blinded` ones are
/// encrypted under the client's blinding key `y_pub`. Returns the encoded
/// `BlindedIssuanceProof` (`t ‖ U ‖ S1 ‖ S2 ‖ u64 len ‖ poksho proof`).
pub fn blind_issue(
    key: &CredentialKey,
    label: &[u8],
    public_attrs: &[&[u8]],
    clear: &[RistrettoPoint],
    blinded: &[BlindedPoint],
    y_pub: &RistrettoPoint,
    randomness: &[u8; 32],
) -> Result<Vec<u8>, ZkError> {
    let mut m = vec![public_attribute_point(label, public_attrs)];
    m.extend_from_slice(clear);
    let n_clear = m.len();
    let n = n_clear + blinded.len();
    if n > MAX_ATTRS {
        return Err(ZkError::Internal("too many attributes"));
    }
    let mut sho = ShoHmacSha256::new(b"Signal_ZKCredential_BlindIssuance_20230410");
    sho.absorb_and_ratchet(randomness);
    let rprime = sho.get_scalar();
    let blinded_y = &key.y[n_clear..n];
    let s1 = rprime * RISTRETTO_BASEPOINT_POINT
        + blinded_y
            .iter()
            .zip(blinded)
            .map(|(y, d)| y * d.d1)
            .fold(RistrettoPoint::identity(), |a, b| a + b);
    let mac = credential_core(key, &m, &mut sho);
    let s2 = rprime * y_pub
        + mac.v
        + blinded_y
            .iter()
            .zip(blinded)
            .map(|(y, d)| y * d.d2)
            .fold(RistrettoPoint::identity(), |a, b| a + b);

    let mut st = Statement::new();
    st.add("C_W", &[("w", "G_w"), ("wprime", "G_wprime")]);
    st.add("G_V-I", &g_v_minus_i_terms(n));
    let mut s1_terms: Vec<(&str, &str)> = (n_clear..n).map(|k| (Y_NAMES[k], D1_NAMES[k])).collect();
    s1_terms.push(("rprime", "G"));
    st.add("S1", &s1_terms);
    let mut s2_terms = vec![("rprime", "Y"), ("w", "G_w"), ("x0", "U"), ("x1", "tU")];
    s2_terms.extend((0..n_clear).map(|k| (Y_NAMES[k], M_NAMES[k])));
    s2_terms.extend((n_clear..n).map(|k| (Y_NAMES[k], D2_NAMES[k])));
    st.add("S2", &s2_terms);

    let mut scalars = scalar_args(key, n);
    scalars.insert("rprime", rprime);
    let mut points = base_point_args(key.public_key(), n, &m);
    for (k, d) in (n_clear..n).zip(blinded) {
        points.insert(D1_NAMES[k], d.d1);
        points.insert(D2_NAMES[k], d.d2);
    }
    points.insert("S1", s1);
    points.insert("S2", s2);
    points.insert("U", mac.u);
    points.insert("tU", mac.t * mac.u);
    points.insert("Y", *y_pub);
    let proof = st
        .prove(&scalars, &points, b"", &squeeze32(&mut sho))
        .map_err(|_| ZkError::Internal("blind issuance proof"))?;
    Ok(Writer::new()
        .scalar(&mac.t)
        .point(&mac.u)
        .point(&s1)
        .point(&s2)
        .bytes(&proof)
        .finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_round_trip_and_w_check() {
        let key = CredentialKey::generate(&[3u8; 32]);
        let mut w = Writer::new();
        key.encode(&mut w);
        let enc = w.finish();
        assert_eq!(enc.len(), CredentialKey::LEN);
        let mut r = Reader::new(&enc, "key");
        let back = CredentialKey::decode(&mut r).unwrap();
        r.finish().unwrap();
        assert!(back.public_key() == key.public_key());
        // A W that is not w·G_w is rejected.
        let mut bad = enc.clone();
        bad[64..96].copy_from_slice(RISTRETTO_BASEPOINT_POINT.compress().as_bytes());
        assert!(CredentialKey::decode(&mut Reader::new(&bad, "key")).is_err());
    }
}
