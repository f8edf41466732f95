//! The generated `signal_api::Api` trait, implemented for [`Handlers`] by code the generator
//! makes from `api.yaml` in the same run as the trait (`generated/forward/api.rs`, from
//! `tools/generator/forward.mustache`): each operation calls the handler of the same name,
//! `handler(&self.state, <parameters in order>, ctx)`, in the module of its tag, once its JSON
//! body passed the constraints its schema declares (`check_body!`).
//!
//! Kept by hand here: which module of `src/api/` holds each tag's handlers (one line a tag).

use async_trait::async_trait;
use signal_api::*;
use swagger::ApiError;

use super::Handlers;
use crate::api::context::RequestContext;
use crate::error::Error;

/// The `Account` tag: account operations, and those on usernames.
mod account_api {
    pub use crate::api::accounts::*;
    pub use crate::api::usernames::*;
}
use super::archives as archive_api;
use super::attachments as attachments_api;
use super::calling as call_link_api;
use super::calling as calling_api;
use super::certificates as certificate_api;
use super::challenges as challenge_api;
use super::credentials as directory_api;
use super::credentials as secure_storage_api;
use super::credentials as secure_value_recovery_api;
use super::devicecheck as device_check_api;
use super::devices as devices_api;
use super::donations as donations_api;
use super::donations as one_time_donations_api;
use super::donations as subscriptions_api;
use super::keepalive as keep_alive_api;
use super::key_transparency as key_transparency_api;
use super::keys as keys_api;
use super::messages as messages_api;
use super::payments as payments_api;
use super::profiles as profile_api;
use super::provisioning as provisioning_api;
use super::registration as registration_api;
use super::remote_config as remote_config_api;
use super::stickers as stickers_api;
use super::verification as verification_api;

/// 422 when a JSON body breaks a constraint its schema declares in `api.yaml` (`maxLength`,
/// `pattern`, `minimum`, ... as the generated models' `validator::Validate` checks them),
/// before its handler runs, as the reference's bean validation answers before its resource
/// method. A body whose model has no `Validate` (the generator derives none for a `oneOf`
/// wrapper) passes unchecked here; its handler checks it.
///
/// The generated crate's `validate` feature stays off: with it, the generated server never
/// calls the check (7.26.0 compiles the call only without the feature) and would answer 400.
macro_rules! check_body {
    ($body:expr) => {
        (&BodyCheck($body)).check()
    };
}

include!("../../generated/forward/api.rs");

/// A body to check; which `check` applies is chosen by whether its model is `Validate`
/// (method resolution prefers [`Validated`], found without auto-referencing).
struct BodyCheck<'a, T>(&'a T);

trait Validated {
    fn check(&self) -> crate::error::Result<()>;
}

impl<T: validator::Validate> Validated for BodyCheck<'_, T> {
    fn check(&self) -> crate::error::Result<()> {
        self.0.validate().map_err(|errors| {
            let mut broken = Vec::new();
            describe(&errors, "", &mut broken);
            broken.sort();
            Error::Unprocessable(format!("invalid request body: {}", broken.join(", ")))
        })
    }
}

trait Unconstrained {
    fn check(&self) -> crate::error::Result<()>;
}

impl<T> Unconstrained for &BodyCheck<'_, T> {
    fn check(&self) -> crate::error::Result<()> {
        Ok(())
    }
}

/// `field: constraint` for every broken constraint, nested fields as `outer.inner`.
fn describe(errors: &validator::ValidationErrors, prefix: &str, out: &mut Vec<String>) {
    use validator::ValidationErrorsKind;
    for (field, kind) in errors.errors() {
        let path = if prefix.is_empty() {
            field.to_string()
        } else {
            format!("{prefix}.{field}")
        };
        match kind {
            ValidationErrorsKind::Field(broken) => {
                out.extend(broken.iter().map(|e| format!("{path}: {}", e.code)));
            }
            ValidationErrorsKind::Struct(inner) => describe(inner, &path, out),
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    describe(inner, &format!("{path}[{index}]"), out);
                }
            }
        }
    }
}
