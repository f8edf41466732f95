//! `[rate_limits.<name>]`: limiter overrides.

use serde::{Deserialize, Serialize};

/// A limiter override in the configuration (`[rate_limits.registration]`).
#[derive(Clone, Copy, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LimitConfig {
    pub bucket_size: u64,
    /// Seconds (fractions allowed) between two regenerated permits.
    pub permit_every_secs: f64,
}
