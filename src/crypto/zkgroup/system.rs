//! Constant generator points and the attribute encodings shared by several credentials.

use std::sync::OnceLock;

use curve25519_dalek::ristretto::RistrettoPoint;
use sha2::Sha256;

use crate::crypto::sho::{Sho, ShoSha256};

/// zkcredential's generators (`Signal_ZKCredential_ConstantSystemParams_generate_20230410`,
/// SHA-256 SHO): `G_w, G_w', G_x0, G_x1, G_V, G_z, G_y0..G_y6`.
#[derive(Clone, Copy)]
pub struct ZkcSystem {
    pub g_w: RistrettoPoint,
    pub g_wprime: RistrettoPoint,
    pub g_x0: RistrettoPoint,
    pub g_x1: RistrettoPoint,
    pub g_v: RistrettoPoint,
    pub g_z: RistrettoPoint,
    pub g_y: [RistrettoPoint; 7],
}

/// zkcredential's generator points (computed once).
pub fn zkc() -> &'static ZkcSystem {
    static SYSTEM: OnceLock<ZkcSystem> = OnceLock::new();
    SYSTEM.get_or_init(|| {
        let mut sho = ShoSha256::new(b"Signal_ZKCredential_ConstantSystemParams_generate_20230410");
        let g_w = sho.get_point();
        let g_wprime = sho.get_point();
        let g_x0 = sho.get_point();
        let g_x1 = sho.get_point();
        let g_v = sho.get_point();
        let g_z = sho.get_point();
        let g_y = std::array::from_fn(|_| sho.get_point());
        ZkcSystem {
            g_w,
            g_wprime,
            g_x0,
            g_x1,
            g_v,
            g_z,
            g_y,
        }
    })
}

/// The original zkgroup ("legacy KVAC") generators, from
/// `Sho("Signal_ZKGroup_20200424_Constant_Credentials_SystemParams_Generate", "")` in the
/// order `G_w, G_w', G_x0, G_x1, G_y1..4, G_m1..4, G_V, G_z, G_y5, G_y6, G_m5`.
#[derive(Clone, Copy)]
pub struct LegacySystem {
    pub g_w: RistrettoPoint,
    pub g_wprime: RistrettoPoint,
    pub g_x0: RistrettoPoint,
    pub g_x1: RistrettoPoint,
    /// `G_y1..G_y6` at indices 0..5.
    pub g_y: [RistrettoPoint; 6],
    pub g_m1: RistrettoPoint,
    pub g_m2: RistrettoPoint,
    pub g_m3: RistrettoPoint,
    pub g_m4: RistrettoPoint,
    pub g_m5: RistrettoPoint,
    pub g_v: RistrettoPoint,
    pub g_z: RistrettoPoint,
}

/// The legacy zkgroup generator points (computed once).
pub fn legacy() -> &'static LegacySystem {
    static SYSTEM: OnceLock<LegacySystem> = OnceLock::new();
    SYSTEM.get_or_init(|| {
        let mut sho = Sho::new(
            b"Signal_ZKGroup_20200424_Constant_Credentials_SystemParams_Generate",
            b"",
        );
        let g_w = sho.get_point();
        let g_wprime = sho.get_point();
        let g_x0 = sho.get_point();
        let g_x1 = sho.get_point();
        let y1 = sho.get_point();
        let y2 = sho.get_point();
        let y3 = sho.get_point();
        let y4 = sho.get_point();
        let g_m1 = sho.get_point();
        let g_m2 = sho.get_point();
        let g_m3 = sho.get_point();
        let g_m4 = sho.get_point();
        let g_v = sho.get_point();
        let g_z = sho.get_point();
        let y5 = sho.get_point();
        let y6 = sho.get_point();
        let g_m5 = sho.get_point();
        LegacySystem {
            g_w,
            g_wprime,
            g_x0,
            g_x1,
            g_y: [y1, y2, y3, y4, y5, y6],
            g_m1,
            g_m2,
            g_m3,
            g_m4,
            g_m5,
            g_v,
            g_z,
        }
    })
}

/// A service id as zkgroup encodes it: the ACI's 16 bytes, or `0x01 || uuid` for a PNI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZkServiceId {
    Aci([u8; 16]),
    Pni([u8; 16]),
}

impl ZkServiceId {
    pub fn uuid(&self) -> [u8; 16] {
        match self {
            ZkServiceId::Aci(u) | ZkServiceId::Pni(u) => *u,
        }
    }
    /// libsignal's `service_id_binary`.
    pub fn binary(&self) -> Vec<u8> {
        match self {
            ZkServiceId::Aci(u) => u.to_vec(),
            ZkServiceId::Pni(u) => {
                let mut v = vec![0x01];
                v.extend_from_slice(u);
                v
            }
        }
    }
}

impl From<crate::types::ServiceId> for ZkServiceId {
    fn from(id: crate::types::ServiceId) -> Self {
        match id {
            crate::types::ServiceId::Aci(a) => ZkServiceId::Aci(*a.0.as_bytes()),
            crate::types::ServiceId::Pni(p) => ZkServiceId::Pni(*p.0.as_bytes()),
        }
    }
}

/// `M1 = Sho("Signal_ZKGroup_20200424_UID_CalcM1", service_id_binary).get_point()`.
pub fn uid_m1(id: ZkServiceId) -> RistrettoPoint {
    Sho::new(b"Signal_ZKGroup_20200424_UID_CalcM1", &id.binary()).get_point()
}

/// `M2 = lizard_encode::<Sha256>(uuid)`.
pub fn uid_m2(id: ZkServiceId) -> RistrettoPoint {
    RistrettoPoint::lizard_encode::<Sha256>(&id.uuid())
}

/// The two attribute points of a user id, `[M1, M2]`.
pub fn uid_points(id: ZkServiceId) -> [RistrettoPoint; 2] {
    [uid_m1(id), uid_m2(id)]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// libsignal's hardcoded legacy `SystemParams` (17 compressed points, reference data).
    const LEGACY_HARDCODED: &str = "9ae7c8e5ed779b114ae7708aa2f794670adda324987b659913122c35505b105e6ca31025d2d76be7fd34944f98f7fa0e37babb2c8b98bbbdbd3dd1bf130cca2c8a9a3bdfaaa2b6b322d46b93eca7b0d51c86a3c839e11466358258a6c10c577fc2bffd34cd99164c9a6cd29fab55d91ff9269322ec3458603cc96a0d47f704058288f62ee0acedb8aa23242121d98965a9bb2991250c11758095ece0fd2b33285286fe1fcb056103b6081744b975f550d08521568dd3d8618f25c140375a0f4024c3aa23bdfffb27fbd982208d3ecd1fd3bcb7ac0c3a14b109804fc748d7fa456cffb4934f980b6e09a248a60f44a6150ae6c13d7e3c06261d7e4eed37f39f60b04dd9d607fd357012274d3c63dbb38e7378599c9e97dfbb28842694891d5f0ddc729919b798b4131503408cc57a9c532f4427632c88f54cea53861a5bc44c61cc6037dc31c2e8d4474fb519587a448693182ad9d6d86b535957858f547b9340127da75f8074caee944ac36c0ac662d38c9b3ccce03a093fcd9644047398b86b6e83372ff14fb8bb0dea65531252ac70d58a4a0810d682a0e709c9227b30ef6c8e17c5915d527221bb00da8175cd6489aa8aa492a500f9abee5690b9dfca8855dc0bd02a7f277add240f639ac16801e81574afb4683edff63b9a01e93dbd867a04b616c706c80c756c11a3016bbfb60977f4648b5f2395a4b428b7211940813e3afde2b87aa9c2c37bf716e2578f95656df12c2fb6f5d0631f6f71e2c3193f6d";

    #[test]
    fn legacy_generators_match_hardcoded() {
        // The hardcoded struct order: G_w, G_w', G_x0, G_x1, G_y1..6, G_m1..5, G_V, G_z.
        let s = legacy();
        let mut all = vec![s.g_w, s.g_wprime, s.g_x0, s.g_x1];
        all.extend_from_slice(&s.g_y);
        all.extend_from_slice(&[s.g_m1, s.g_m2, s.g_m3, s.g_m4, s.g_m5, s.g_v, s.g_z]);
        let enc: Vec<u8> = all.iter().flat_map(|p| p.compress().to_bytes()).collect();
        assert_eq!(hex::encode(enc), LEGACY_HARDCODED);
    }
}
