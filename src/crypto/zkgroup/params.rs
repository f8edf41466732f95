//! The server's zkgroup key material: `ServerSecretParams` (2721 bytes) with its
//! `ServerPublicParams` (673 bytes), and `GenericServerSecretParams` version 0 (385 bytes)
//! with its public params (225 bytes). Generation from 32 random bytes reproduces
//! libsignal's `generateWithRandom` byte for byte.

use curve25519_dalek::constants::RISTRETTO_BASEPOINT_POINT;
use curve25519_dalek::ristretto::RistrettoPoint;
use curve25519_dalek::scalar::Scalar;

use super::serial::{decode, Reader, Writer};
use super::system::legacy;
use super::zkcred::{read_key_head, write_key, CredentialKey};
use super::ZkError;
use crate::crypto::sho::{Sho, ShoHmacSha256};

/// Length of encoded [`ServerSecretParams`].
pub const SERVER_SECRET_PARAMS_LEN: usize = 2721;
/// Length of encoded server public params.
pub const SERVER_PUBLIC_PARAMS_LEN: usize = 673;
/// Length of encoded [`GenericServerSecretParams`] (version 0).
pub const GENERIC_SECRET_PARAMS_LEN: usize = 385;
/// Length of encoded generic public params (version 0).
pub const GENERIC_PUBLIC_PARAMS_LEN: usize = 225;

/// A legacy zkgroup KVAC key pair: `w, w', W, x0, x1, y1..yN, C_W, I` where `I` covers the
/// first `used` of the `N` stored `y`s.
#[derive(Clone)]
pub struct LegacyKeyPair {
    pub w: Scalar,
    pub wprime: Scalar,
    pub big_w: RistrettoPoint,
    pub x0: Scalar,
    pub x1: Scalar,
    /// `y1..yN` at indices `0..N`.
    pub y: Vec<Scalar>,
    pub c_w: RistrettoPoint,
    pub i: RistrettoPoint,
}

impl LegacyKeyPair {
    fn derive(
        w: Scalar,
        wprime: Scalar,
        x0: Scalar,
        x1: Scalar,
        y: Vec<Scalar>,
        used: usize,
    ) -> Self {
        let sys = legacy();
        let big_w = w * sys.g_w;
        let c_w = big_w + wprime * sys.g_wprime;
        let mut i = sys.g_v - x0 * sys.g_x0 - x1 * sys.g_x1;
        for (yn, g) in y.iter().zip(&sys.g_y).take(used) {
            i -= yn * g;
        }
        LegacyKeyPair {
            w,
            wprime,
            big_w,
            x0,
            x1,
            y,
            c_w,
            i,
        }
    }

    fn generate(sho: &mut Sho, stored: usize, used: usize) -> Self {
        let w = sho.get_scalar();
        let wprime = sho.get_scalar();
        let x0 = sho.get_scalar();
        let x1 = sho.get_scalar();
        let y = (0..stored).map(|_| sho.get_scalar()).collect();
        Self::derive(w, wprime, x0, x1, y, used)
    }

    /// The secret encoding, or (`public`) only `C_W, I`.
    fn encode(&self, out: &mut Writer, public: bool) {
        if !public {
            write_key(
                out,
                [&self.w, &self.wprime],
                &self.big_w,
                [&self.x0, &self.x1],
                &self.y,
            );
        }
        out.point(&self.c_w).point(&self.i);
    }

    /// Decodes and checks that `W`, `C_W` and `I` are the ones the scalars give.
    fn decode(r: &mut Reader<'_>, stored: usize, used: usize) -> Result<Self, ZkError> {
        let (w, wprime, big_w, x0, x1) = read_key_head(r)?;
        let y = (0..stored)
            .map(|_| r.scalar())
            .collect::<Result<Vec<_>, _>>()?;
        let c_w = r.point()?;
        let i = r.point()?;
        let kp = Self::derive(w, wprime, x0, x1, y, used);
        if kp.big_w != big_w || kp.c_w != c_w || kp.i != i {
            return Err(ZkError::Deserialization(
                "server secret params (inconsistent key pair)",
            ));
        }
        Ok(kp)
    }
}

/// The main zkgroup secret (`ServerSecretParams`), shared with the group-storage service.
#[derive(Clone)]
pub struct ServerSecretParams {
    auth: LegacyKeyPair,
    profile_key: LegacyKeyPair,
    /// Notary signature key (`sk`, `PK = sk·G`).
    sig_sk: Scalar,
    sig_pk: RistrettoPoint,
    /// Receipt credentials (4 stored `y`, 2 used).
    pub receipt: LegacyKeyPair,
    pni: LegacyKeyPair,
    /// Expiring profile-key credentials (5 stored and used).
    pub expiring_profile_key: LegacyKeyPair,
    auth_with_pni: LegacyKeyPair,
    /// zkcredential key, used by AuthCredentialWithPniZkc.
    pub generic: CredentialKey,
    /// Group-send endorsement root secret.
    pub endorsement_sk: Scalar,
}

/// `(stored, used)` y counts of the seven legacy key pairs, in order.
const LEGACY_SHAPES: [(usize, usize); 6] = [(4, 3), (4, 4), (4, 2), (6, 6), (5, 5), (5, 5)];

impl ServerSecretParams {
    /// libsignal `ServerSecretParams.generateWithRandom(randomness)`.
    pub fn generate(randomness: &[u8; 32]) -> Self {
        let mut sho = Sho::new(
            b"Signal_ZKGroup_20200424_Random_ServerSecretParams_Generate",
            randomness,
        );
        let auth = LegacyKeyPair::generate(&mut sho, 4, 3);
        let profile_key = LegacyKeyPair::generate(&mut sho, 4, 4);
        let sig_sk = sho.get_scalar();
        let receipt = LegacyKeyPair::generate(&mut sho, 4, 2);
        let pni = LegacyKeyPair::generate(&mut sho, 6, 6);
        let expiring_profile_key = LegacyKeyPair::generate(&mut sho, 5, 5);
        let auth_with_pni = LegacyKeyPair::generate(&mut sho, 5, 5);
        let generic = CredentialKey::generate(randomness);
        let mut root = ShoHmacSha256::new(
            b"Signal_ZKCredential_Endorsements_ServerRootKeyPair_generate_20240207",
        );
        root.absorb_and_ratchet(randomness);
        let endorsement_sk = root.get_scalar();
        ServerSecretParams {
            auth,
            profile_key,
            sig_sk,
            sig_pk: sig_sk * RISTRETTO_BASEPOINT_POINT,
            receipt,
            pni,
            expiring_profile_key,
            auth_with_pni,
            generic,
            endorsement_sk,
        }
    }

    pub fn serialize(&self) -> Vec<u8> {
        self.encode(false)
    }

    /// The secret params, or (`public`) the `ServerPublicParams`: the same layout with each
    /// key replaced by its public part.
    fn encode(&self, public: bool) -> Vec<u8> {
        let mut w = Writer::new();
        w.byte(0);
        self.auth.encode(&mut w, public);
        self.profile_key.encode(&mut w, public);
        if !public {
            w.scalar(&self.sig_sk);
        }
        w.point(&self.sig_pk);
        self.receipt.encode(&mut w, public);
        self.pni.encode(&mut w, public);
        self.expiring_profile_key.encode(&mut w, public);
        self.auth_with_pni.encode(&mut w, public);
        if public {
            self.generic.public_key().encode(&mut w);
            w.point(&(self.endorsement_sk * RISTRETTO_BASEPOINT_POINT));
        } else {
            self.generic.encode(&mut w);
            w.scalar(&self.endorsement_sk);
        }
        w.finish()
    }

    /// Parses and validates (every public part must match its secret).
    pub fn deserialize(bytes: &[u8]) -> Result<Self, ZkError> {
        let mut r = Reader::new(bytes, "ServerSecretParams");
        r.expect_byte(0)?;
        let [s0, s1, s2, s3, s4, s5] = LEGACY_SHAPES;
        let auth = LegacyKeyPair::decode(&mut r, s0.0, s0.1)?;
        let profile_key = LegacyKeyPair::decode(&mut r, s1.0, s1.1)?;
        let sig_sk = r.scalar()?;
        let sig_pk = r.point()?;
        if sig_pk != sig_sk * RISTRETTO_BASEPOINT_POINT {
            return Err(ZkError::Deserialization(
                "ServerSecretParams (signature key)",
            ));
        }
        let receipt = LegacyKeyPair::decode(&mut r, s2.0, s2.1)?;
        let pni = LegacyKeyPair::decode(&mut r, s3.0, s3.1)?;
        let expiring_profile_key = LegacyKeyPair::decode(&mut r, s4.0, s4.1)?;
        let auth_with_pni = LegacyKeyPair::decode(&mut r, s5.0, s5.1)?;
        let generic = CredentialKey::decode(&mut r)?;
        let endorsement_sk = r.scalar()?;
        r.finish()?;
        Ok(ServerSecretParams {
            auth,
            profile_key,
            sig_sk,
            sig_pk,
            receipt,
            pni,
            expiring_profile_key,
            auth_with_pni,
            generic,
            endorsement_sk,
        })
    }

    /// The encoded `ServerPublicParams` clients are built with.
    pub fn public_params(&self) -> Vec<u8> {
        self.encode(true)
    }
}

/// `GenericServerSecretParams` version 0 ("legacy"): a version byte and a zkcredential key.
/// Used for call links (and backups).
#[derive(Clone)]
pub struct GenericServerSecretParams {
    pub key: CredentialKey,
}

impl GenericServerSecretParams {
    /// libsignal `GenericServerSecretParams.generateWithRandom(randomness)`.
    pub fn generate(randomness: &[u8; 32]) -> Self {
        GenericServerSecretParams {
            key: CredentialKey::generate(randomness),
        }
    }

    pub fn serialize(&self) -> Vec<u8> {
        let mut w = Writer::new();
        w.byte(0);
        self.key.encode(&mut w);
        w.finish()
    }

    /// Parses version-0 params (version 1, "standard mode", is not supported).
    pub fn deserialize(bytes: &[u8]) -> Result<Self, ZkError> {
        let key = decode(bytes, "GenericServerSecretParams (version 0)", |r| {
            CredentialKey::decode(r)
        })?;
        Ok(GenericServerSecretParams { key })
    }

    /// The encoded `GenericServerPublicParams`.
    pub fn public_params(&self) -> Vec<u8> {
        let mut w = Writer::new();
        w.byte(0);
        self.key.public_key().encode(&mut w);
        w.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_round_trip() {
        let p = ServerSecretParams::generate(&[1u8; 32]);
        let enc = p.serialize();
        assert_eq!(enc.len(), SERVER_SECRET_PARAMS_LEN);
        assert_eq!(p.public_params().len(), SERVER_PUBLIC_PARAMS_LEN);
        let back = ServerSecretParams::deserialize(&enc).unwrap();
        assert_eq!(back.serialize(), enc);
        let mut trailing = enc.clone();
        trailing.push(0);
        assert!(ServerSecretParams::deserialize(&trailing).is_err());
        let mut version = enc.clone();
        version[0] = 1;
        assert!(ServerSecretParams::deserialize(&version).is_err());
        // A public part that does not match its secret (C_W of the auth key pair).
        let mut inconsistent = enc.clone();
        inconsistent[1 + 288..1 + 320]
            .copy_from_slice(RISTRETTO_BASEPOINT_POINT.compress().as_bytes());
        assert!(ServerSecretParams::deserialize(&inconsistent).is_err());
        assert!(ServerSecretParams::deserialize(&enc[..100]).is_err());

        let g = GenericServerSecretParams::generate(&[2u8; 32]);
        let genc = g.serialize();
        assert_eq!(genc.len(), GENERIC_SECRET_PARAMS_LEN);
        assert_eq!(g.public_params().len(), GENERIC_PUBLIC_PARAMS_LEN);
        assert_eq!(
            GenericServerSecretParams::deserialize(&genc)
                .unwrap()
                .serialize(),
            genc
        );
        let mut v1 = genc.clone();
        v1[0] = 1;
        assert!(GenericServerSecretParams::deserialize(&v1).is_err());
    }
}
