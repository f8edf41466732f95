//! The generated `signal_api::Api` trait, implemented for [`Handlers`] by code the generator
//! makes from `api.yaml` in the same run as the trait (`generated/forward/api.rs`, from
//! `tools/generator/forward.mustache`): each operation calls the handler of the same name,
//! `handler(&self.state, <parameters in order>, ctx)`, in the module of its tag.
//!
//! Kept by hand here: which module of `src/api/` holds each tag's handlers (one line a tag).

use async_trait::async_trait;
use signal_api::*;
use swagger::ApiError;

use super::Handlers;
use crate::api::context::RequestContext;

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

include!("../../generated/forward/api.rs");
