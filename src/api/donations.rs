//! Donations operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `POST /v1/donation/redeem-receipt`
pub async fn redeem_receipt1(
    _state: &AppState,
    _redeem_receipt_request: models::RedeemReceiptRequest,
    _ctx: &RequestContext,
) -> Result<RedeemReceipt1Response> {
    Err(Error::NotImplemented("POST /v1/donation/redeem-receipt"))
}

/// `POST /v1/subscription/boost/paypal/confirm`
pub async fn confirm_pay_pal_boost(
    _state: &AppState,
    _confirm_pay_pal_boost_request: models::ConfirmPayPalBoostRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<ConfirmPayPalBoostResponse> {
    Err(Error::NotImplemented(
        "POST /v1/subscription/boost/paypal/confirm",
    ))
}

/// `POST /v1/subscription/boost/create`
pub async fn create_boost_payment_intent(
    _state: &AppState,
    _create_boost_request: models::CreateBoostRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<CreateBoostPaymentIntentResponse> {
    Err(Error::NotImplemented("POST /v1/subscription/boost/create"))
}

/// `POST /v1/subscription/boost/receipt_credentials`
pub async fn create_boost_receipt_credentials(
    _state: &AppState,
    _create_boost_receipt_credentials_request: models::CreateBoostReceiptCredentialsRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<CreateBoostReceiptCredentialsResponse> {
    Err(Error::NotImplemented(
        "POST /v1/subscription/boost/receipt_credentials",
    ))
}

/// `POST /v1/subscription/boost/paypal/create`
pub async fn create_pay_pal_boost(
    _state: &AppState,
    _create_pay_pal_boost_request: models::CreatePayPalBoostRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<CreatePayPalBoostResponse> {
    Err(Error::NotImplemented(
        "POST /v1/subscription/boost/paypal/create",
    ))
}

/// `GET /v1/subscription/configuration`
pub async fn get_configuration(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<GetConfigurationResponse> {
    Err(Error::NotImplemented("GET /v1/subscription/configuration"))
}

/// `POST /v1/subscription/{subscriberId}/create_payment_method/paypal`
pub async fn create_pay_pal_payment_method(
    _state: &AppState,
    _subscriber_id: String,
    _create_pay_pal_billing_agreement_request: models::CreatePayPalBillingAgreementRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<CreatePayPalPaymentMethodResponse> {
    Err(Error::NotImplemented(
        "POST /v1/subscription/{subscriberId}/create_payment_method/paypal",
    ))
}

/// `POST /v1/subscription/{subscriberId}/create_payment_method`
pub async fn create_payment_method(
    _state: &AppState,
    _subscriber_id: String,
    _param_type: Option<models::CreatePaymentMethodTypeParameter>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<CreatePaymentMethodResponse> {
    Err(Error::NotImplemented(
        "POST /v1/subscription/{subscriberId}/create_payment_method",
    ))
}

/// `POST /v1/subscription/{subscriberId}/receipt_credentials`
pub async fn create_subscription_receipt_credentials(
    _state: &AppState,
    _subscriber_id: String,
    _get_receipt_credentials_request: models::GetReceiptCredentialsRequest,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<CreateSubscriptionReceiptCredentialsResponse> {
    Err(Error::NotImplemented(
        "POST /v1/subscription/{subscriberId}/receipt_credentials",
    ))
}

/// `DELETE /v1/subscription/{subscriberId}`
pub async fn delete_subscriber(
    _state: &AppState,
    _subscriber_id: String,
    _ctx: &RequestContext,
) -> Result<DeleteSubscriberResponse> {
    Err(Error::NotImplemented(
        "DELETE /v1/subscription/{subscriberId}",
    ))
}

/// `GET /v1/subscription/bank_mandate/{bankTransferType}`
pub async fn get_bank_mandate(
    _state: &AppState,
    _bank_transfer_type: models::GetBankMandateBankTransferTypeParameter,
    _ctx: &RequestContext,
) -> Result<GetBankMandateResponse> {
    Err(Error::NotImplemented(
        "GET /v1/subscription/bank_mandate/{bankTransferType}",
    ))
}

/// `GET /v1/subscription/{subscriberId}`
pub async fn get_subscription_information(
    _state: &AppState,
    _subscriber_id: String,
    _ctx: &RequestContext,
) -> Result<GetSubscriptionInformationResponse> {
    Err(Error::NotImplemented("GET /v1/subscription/{subscriberId}"))
}

/// `PUT /v1/subscription/{subscriberId}`
pub async fn update_subscriber(
    _state: &AppState,
    _subscriber_id: String,
    _ctx: &RequestContext,
) -> Result<UpdateSubscriberResponse> {
    Err(Error::NotImplemented("PUT /v1/subscription/{subscriberId}"))
}

/// `POST /v1/subscription/{subscriberId}/appstore/{originalTransactionId}`
pub async fn set_app_store_subscription(
    _state: &AppState,
    _subscriber_id: String,
    _original_transaction_id: String,
    _ctx: &RequestContext,
) -> Result<SetAppStoreSubscriptionResponse> {
    Err(Error::NotImplemented(
        "POST /v1/subscription/{subscriberId}/appstore/{originalTransactionId}",
    ))
}

/// `POST /v1/subscription/{subscriberId}/default_payment_method_for_ideal/{setupIntentId}`
pub async fn set_default_payment_method_for_ideal(
    _state: &AppState,
    _subscriber_id: String,
    _setup_intent_id: String,
    _ctx: &RequestContext,
) -> Result<SetDefaultPaymentMethodForIdealResponse> {
    Err(Error::NotImplemented(
        "POST /v1/subscription/{subscriberId}/default_payment_method_for_ideal/{setupIntentId}",
    ))
}

/// `POST /v1/subscription/{subscriberId}/playbilling/{purchaseToken}`
pub async fn set_play_store_subscription(
    _state: &AppState,
    _subscriber_id: String,
    _purchase_token: String,
    _ctx: &RequestContext,
) -> Result<SetPlayStoreSubscriptionResponse> {
    Err(Error::NotImplemented(
        "POST /v1/subscription/{subscriberId}/playbilling/{purchaseToken}",
    ))
}

/// `POST /v1/subscription/{subscriberId}/default_payment_method/{processor}/{paymentMethodToken}`
pub async fn set_default_payment_method_with_processor(
    _state: &AppState,
    _subscriber_id: String,
    _processor: models::SetDefaultPaymentMethodWithProcessorProcessorParameter,
    _payment_method_token: String,
    _ctx: &RequestContext,
) -> Result<SetDefaultPaymentMethodWithProcessorResponse> {
    Err(Error::NotImplemented("POST /v1/subscription/{subscriberId}/default_payment_method/{processor}/{paymentMethodToken}"))
}

/// `PUT /v1/subscription/{subscriberId}/level/{level}/{currency}/{idempotencyKey}`
pub async fn set_subscription_level(
    _state: &AppState,
    _subscriber_id: String,
    _level: i64,
    _currency: String,
    _idempotency_key: String,
    _ctx: &RequestContext,
) -> Result<SetSubscriptionLevelResponse> {
    Err(Error::NotImplemented(
        "PUT /v1/subscription/{subscriberId}/level/{level}/{currency}/{idempotencyKey}",
    ))
}
