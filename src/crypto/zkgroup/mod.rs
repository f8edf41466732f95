//! zkgroup server operations, written from the protocol description
//! (`shared/notes/crypto-and-zkgroup.md` §1) and checked byte for byte against
//! `@signalapp/libsignal-client` (see `tests/vectors/zkgroup.json`).
//!
//! * [`params`]: `ServerSecretParams` / `GenericServerSecretParams` (generation, encoding).
//! * [`zkcred`]: zkcredential key, issuance, blind issuance and presentation verification.
//! * [`auth`]: `AuthCredentialWithPniZkc`, `CallLinkAuthCredential` and
//!   `CreateCallLinkCredential` issuance.
//! * [`group_send`]: `GroupSendFullToken` verification.
//!
//! Every function here is total: bad input yields a [`ZkError`], never a panic.

pub mod auth;
pub mod backup;
pub mod group_send;
pub mod params;
pub mod profile;
pub mod receipt;
pub mod serial;
pub mod system;
pub mod zkcred;

pub use params::{GenericServerSecretParams, ServerSecretParams};
pub use system::ZkServiceId;

/// Seconds in a day; credential days are multiples of it.
pub const SECONDS_PER_DAY: u64 = 86_400;

/// Errors of the zkgroup operations.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ZkError {
    /// The bytes do not encode the named object (length, version, point or scalar encoding).
    #[error("invalid {0}")]
    Deserialization(&'static str),
    /// A proof, token or presentation does not verify (or is outside its validity window).
    #[error("verification failed")]
    Verification,
    /// The server could not build a proof (should not happen with valid keys).
    #[error("zkgroup internal error: {0}")]
    Internal(&'static str),
}
