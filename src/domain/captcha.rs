//! Captcha verification through hCaptcha or reCAPTCHA `siteverify`, for registration
//! sessions (`PATCH /v1/verification/session/{id}`) and rate-limit challenges
//! (`PUT /v1/challenge`).
//!
//! A solved captcha reaches the server as `<scheme>.<site key>.<action>.<token>`, as on the
//! reference server: `signal-hcaptcha` or `signal-recaptcha` (also `signal-recaptcha-v2`),
//! the action `registration` or `challenge`. A malformed solution, an unconfigured scheme,
//! another action or a site key not configured is a 400. The token is then posted, with the
//! configured secret, to the provider's `siteverify` endpoint over HTTPS; the answer is
//! accepted when it is a success scoring at least `score_floor` (scores run from 0, a bot,
//! to 1, a human; hCaptcha's risk score is turned around). A provider that cannot be
//! reached is a 503.
//!
//! With no provider configured, no captcha is accepted (sessions can still be unlocked by
//! push challenge). `accept_any_for_development = true` accepts any non-empty solution
//! without asking anyone, for development and tests only; the server says so at startup.

use std::net::IpAddr;
use std::time::Duration;

use serde::Deserialize;

pub use crate::config::captcha::{CaptchaConfig, ProviderConfig};
use crate::error::{Error, Result};

pub const HCAPTCHA_SITEVERIFY: &str = "https://api.hcaptcha.com/siteverify";
pub const RECAPTCHA_SITEVERIFY: &str = "https://www.google.com/recaptcha/api/siteverify";

/// What a captcha was solved for (the solution's action).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Registration,
    Challenge,
}

impl Action {
    fn name(self) -> &'static str {
        match self {
            Action::Registration => "registration",
            Action::Challenge => "challenge",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Provider {
    HCaptcha,
    ReCaptcha,
}

/// `siteverify`'s answer (both providers).
#[derive(Debug, Deserialize)]
struct SiteVerify {
    success: bool,
    #[serde(default)]
    score: Option<f64>,
    #[serde(default)]
    action: Option<String>,
}

/// Checks captcha solutions with the configured provider.
pub struct CaptchaChecker {
    config: CaptchaConfig,
    client: reqwest::Client,
}

impl CaptchaChecker {
    pub fn new(config: &CaptchaConfig) -> CaptchaChecker {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .unwrap_or_default();
        CaptchaChecker {
            config: config.clone(),
            client,
        }
    }

    /// Says at startup how captchas are checked (loudly when they are not).
    pub fn announce(&self) {
        let c = &self.config;
        if c.accept_any_for_development {
            tracing::warn!(
                "captcha.accept_any_for_development is set: ANY non-empty captcha is accepted \
                 without verification; never use this setting in production"
            );
        } else if c.hcaptcha.is_none() && c.recaptcha.is_none() {
            tracing::warn!(
                "no captcha provider configured ([captcha.hcaptcha] or [captcha.recaptcha]): \
                 captchas are refused; sessions can only be unlocked by push challenge"
            );
        } else {
            tracing::info!(
                hcaptcha = c.hcaptcha.is_some(),
                recaptcha = c.recaptcha.is_some(),
                score_floor = c.score_floor,
                "captcha verification enabled"
            );
        }
    }

    /// Whether `solution` is an accepted captcha for `action`, solved from `remote`.
    pub async fn verify(&self, action: Action, solution: &str, remote: IpAddr) -> Result<bool> {
        if self.config.accept_any_for_development {
            return Ok(!solution.trim().is_empty());
        }
        let parts: Vec<&str> = solution.splitn(4, '.').collect();
        let [scheme, site_key, solved_for, token] = parts[..] else {
            return Err(Error::BadRequest("malformed captcha: too few parts".into()));
        };
        let (provider, settings) = match scheme {
            "signal-hcaptcha" => (Provider::HCaptcha, self.config.hcaptcha.as_ref()),
            "signal-recaptcha" | "signal-recaptcha-v2" => {
                (Provider::ReCaptcha, self.config.recaptcha.as_ref())
            }
            _ => (Provider::HCaptcha, None),
        };
        let Some(settings) = settings else {
            return Err(Error::BadRequest("invalid captcha scheme".into()));
        };
        if solved_for != action.name() {
            return Err(Error::BadRequest("invalid captcha action".into()));
        }
        let site_key = site_key.trim().to_ascii_lowercase();
        if !settings.site_keys.is_empty()
            && !settings
                .site_keys
                .iter()
                .any(|k| k.to_ascii_lowercase() == site_key)
        {
            return Err(Error::BadRequest("invalid captcha site key".into()));
        }
        let url = settings
            .siteverify_url
            .clone()
            .unwrap_or_else(|| match provider {
                Provider::HCaptcha => HCAPTCHA_SITEVERIFY.into(),
                Provider::ReCaptcha => RECAPTCHA_SITEVERIFY.into(),
            });
        let remote = remote.to_string();
        let form = [
            ("secret", settings.secret.as_str()),
            ("response", token),
            ("remoteip", remote.as_str()),
            ("sitekey", site_key.as_str()),
        ];
        let unavailable = |e: reqwest::Error| {
            tracing::warn!(error = %e, ?provider, "captcha provider unavailable");
            Error::Unavailable("captcha provider unavailable".into())
        };
        let answer: SiteVerify = self
            .client
            .post(&url)
            .form(&form)
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(unavailable)?
            .json()
            .await
            .map_err(unavailable)?;
        Ok(self.accepted(provider, action, &answer))
    }

    fn accepted(&self, provider: Provider, action: Action, answer: &SiteVerify) -> bool {
        if !answer.success {
            return false;
        }
        if provider == Provider::ReCaptcha
            && answer.action.as_deref().is_some_and(|a| a != action.name())
        {
            return false;
        }
        // No score (plain hCaptcha, reCAPTCHA v2): a solved captcha counts as human.
        let score = match (provider, answer.score) {
            (_, None) => 1.0,
            (Provider::HCaptcha, Some(risk)) => 1.0 - risk,
            (Provider::ReCaptcha, Some(score)) => score,
        };
        // Scores are given to two decimals: compare in hundredths, as the reference does.
        (score * 100.0).round() >= (self.config.score_floor * 100.0).round()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checker(floor: f64) -> CaptchaChecker {
        CaptchaChecker::new(&CaptchaConfig {
            score_floor: floor,
            ..Default::default()
        })
    }

    fn answer(success: bool, score: Option<f64>, action: Option<&str>) -> SiteVerify {
        SiteVerify {
            success,
            score,
            action: action.map(str::to_owned),
        }
    }

    #[test]
    fn scores_against_the_floor() {
        let c = checker(0.5);
        let reg = Action::Registration;
        assert!(c.accepted(Provider::HCaptcha, reg, &answer(true, None, None)));
        assert!(!c.accepted(Provider::HCaptcha, reg, &answer(false, None, None)));
        assert!(c.accepted(Provider::HCaptcha, reg, &answer(true, Some(0.5), None)));
        assert!(!c.accepted(Provider::HCaptcha, reg, &answer(true, Some(0.51), None)));
        assert!(c.accepted(Provider::ReCaptcha, reg, &answer(true, Some(0.5), None)));
        assert!(!c.accepted(Provider::ReCaptcha, reg, &answer(true, Some(0.49), None)));
        let other = answer(true, Some(0.9), Some("challenge"));
        assert!(!c.accepted(Provider::ReCaptcha, reg, &other));
    }

    #[tokio::test]
    async fn malformed_solutions_are_bad_requests() {
        let c = CaptchaChecker::new(&CaptchaConfig {
            hcaptcha: Some(ProviderConfig {
                secret: "s".into(),
                site_keys: vec!["site".into()],
                siteverify_url: Some("http://127.0.0.1:9/siteverify".into()),
            }),
            ..Default::default()
        });
        let ip: IpAddr = "127.0.0.1".parse().unwrap();
        let reg = Action::Registration;
        for bad in [
            "solved",
            "signal-hcaptcha.site.registration",
            "signal-recaptcha.site.registration.t",
            "signal-hcaptcha.site.challenge.t",
            "signal-hcaptcha.other.registration.t",
        ] {
            assert!(
                matches!(c.verify(reg, bad, ip).await, Err(Error::BadRequest(_))),
                "{bad}"
            );
        }
        let any = CaptchaChecker::new(&CaptchaConfig {
            accept_any_for_development: true,
            ..Default::default()
        });
        assert!(any.verify(reg, "anything", ip).await.unwrap());
        assert!(!any.verify(reg, " ", ip).await.unwrap());
    }
}
