//! `[captcha]`: captcha providers.

use serde::{Deserialize, Serialize};

/// `[captcha]` in the configuration (`SIGNAL_CAPTCHA` as an inline table).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct CaptchaConfig {
    /// Development only: any non-empty captcha solution is accepted without verification.
    pub accept_any_for_development: bool,
    /// Lowest score accepted, 0..=1 (the reference's `scoreFloor`).
    pub score_floor: f64,
    /// hCaptcha (`signal-hcaptcha.` solutions).
    pub hcaptcha: Option<ProviderConfig>,
    /// reCAPTCHA (`signal-recaptcha.` solutions).
    pub recaptcha: Option<ProviderConfig>,
}

impl Default for CaptchaConfig {
    fn default() -> Self {
        CaptchaConfig {
            accept_any_for_development: false,
            score_floor: 0.5,
            hcaptcha: None,
            recaptcha: None,
        }
    }
}

/// One captcha provider account.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    /// The secret `siteverify` is called with.
    pub secret: String,
    /// Site keys solutions may name; empty: any.
    #[serde(default)]
    pub site_keys: Vec<String>,
    /// The `siteverify` endpoint; the provider's own by default.
    #[serde(default)]
    pub siteverify_url: Option<String>,
}

impl CaptchaConfig {
    pub fn validate(&self) -> std::result::Result<(), String> {
        if !(0.0..=1.0).contains(&self.score_floor) {
            return Err("captcha.score_floor must be within 0..1".into());
        }
        Ok(())
    }
}
