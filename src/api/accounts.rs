//! Accounts operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `PUT /v2/accounts/number`
pub async fn change_number(
    _state: &AppState,
    _change_number_request: models::ChangeNumberRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<ChangeNumberResponse> {
    Err(Error::NotImplemented("PUT /v2/accounts/number"))
}

/// `DELETE /v1/accounts/me`
pub async fn delete_account(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<DeleteAccountResponse> {
    Err(Error::NotImplemented("DELETE /v1/accounts/me"))
}

/// `DELETE /v1/accounts/apn`
pub async fn delete_apn_registration_id(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<DeleteApnRegistrationIdResponse> {
    Err(Error::NotImplemented("DELETE /v1/accounts/apn"))
}

/// `DELETE /v1/accounts/gcm`
pub async fn delete_gcm_registration_id(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<DeleteGcmRegistrationIdResponse> {
    Err(Error::NotImplemented("DELETE /v1/accounts/gcm"))
}

/// `PUT /v2/accounts/phone_number_identity_key_distribution`
pub async fn distribute_phone_number_identity_keys(
    _state: &AppState,
    _phone_number_identity_key_distribution_request: models::PhoneNumberIdentityKeyDistributionRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<DistributePhoneNumberIdentityKeysResponse> {
    Err(Error::NotImplemented(
        "PUT /v2/accounts/phone_number_identity_key_distribution",
    ))
}

/// `GET /v2/accounts/data_report`
pub async fn get_account_data_report(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<GetAccountDataReportResponse> {
    Err(Error::NotImplemented("GET /v2/accounts/data_report"))
}

/// `DELETE /v1/accounts/registration_lock`
pub async fn remove_registration_lock(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<RemoveRegistrationLockResponse> {
    Err(Error::NotImplemented(
        "DELETE /v1/accounts/registration_lock",
    ))
}

/// `PUT /v1/accounts/attributes`
pub async fn set_account_attributes(
    _state: &AppState,
    _account_attributes: models::AccountAttributes,
    _x_signal_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<SetAccountAttributesResponse> {
    Err(Error::NotImplemented("PUT /v1/accounts/attributes"))
}

/// `PUT /v1/accounts/apn`
pub async fn set_apn_registration_id(
    _state: &AppState,
    _apn_registration_id: models::ApnRegistrationId,
    _ctx: &RequestContext,
) -> Result<SetApnRegistrationIdResponse> {
    Err(Error::NotImplemented("PUT /v1/accounts/apn"))
}

/// `PUT /v1/accounts/gcm`
pub async fn set_gcm_registration_id(
    _state: &AppState,
    _gcm_registration_id: models::GcmRegistrationId,
    _ctx: &RequestContext,
) -> Result<SetGcmRegistrationIdResponse> {
    Err(Error::NotImplemented("PUT /v1/accounts/gcm"))
}

/// `PUT /v1/accounts/name`
pub async fn set_name(
    _state: &AppState,
    _device_name: models::DeviceName,
    _device_id: Option<i32>,
    _ctx: &RequestContext,
) -> Result<SetNameResponse> {
    Err(Error::NotImplemented("PUT /v1/accounts/name"))
}

/// `PUT /v2/accounts/phone_number_discoverability`
pub async fn set_phone_number_discoverability(
    _state: &AppState,
    _phone_number_discoverability_request: models::PhoneNumberDiscoverabilityRequest,
    _ctx: &RequestContext,
) -> Result<SetPhoneNumberDiscoverabilityResponse> {
    Err(Error::NotImplemented(
        "PUT /v2/accounts/phone_number_discoverability",
    ))
}

/// `PUT /v1/accounts/registration_lock`
pub async fn set_registration_lock(
    _state: &AppState,
    _registration_lock: models::RegistrationLock,
    _ctx: &RequestContext,
) -> Result<SetRegistrationLockResponse> {
    Err(Error::NotImplemented("PUT /v1/accounts/registration_lock"))
}

/// `GET /v1/accounts/whoami`
pub async fn who_am_i(_state: &AppState, _ctx: &RequestContext) -> Result<WhoAmIResponse> {
    Err(Error::NotImplemented("GET /v1/accounts/whoami"))
}

/// `HEAD /v1/accounts/account/{identifier}`
pub async fn account_exists(
    _state: &AppState,
    _identifier: String,
    _ctx: &RequestContext,
) -> Result<AccountExistsResponse> {
    Err(Error::NotImplemented(
        "HEAD /v1/accounts/account/{identifier}",
    ))
}
