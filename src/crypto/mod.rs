//! Pure-Rust cryptographic primitives the server needs.
//!
//! * [`xeddsa`]: libsignal-compatible XEdDSA signing and verification.
//! * [`keys`]: serialized EC / KEM public keys and prekey signature checks.
//! * [`token_hash`]: `SaltedTokenHash` for device passwords and similar tokens.
//! * [`hmac_creds`]: HMAC-based credentials for external services.
//! * [`mrm`]: sealed-sender multi-recipient message parsing and fan-out.

pub mod hmac_creds;
pub mod keys;
pub mod mrm;
pub mod poksho;
pub mod sho;
pub mod token_hash;
pub mod username;
pub mod xeddsa;
pub mod zkgroup;

pub use hmac_creds::{CredentialsGenerator, ExternalServiceCredentials};
pub use keys::{verify_signature, EcPublicKey, IdentityKey, KemPublicKey, KeyError};
pub use mrm::{MrmError, MrmServiceId, MultiRecipientMessage, Recipient, ServiceIdKind};
pub use token_hash::SaltedTokenHash;
pub use xeddsa::KeyPair;
