//! Donations, one-time donations and subscriptions. Subscriber records are real; the
//! configuration comes from `[services.subscriptions]`; receipts are redeemed for badges;
//! everything that needs a payment processor (including issuing receipt credentials) answers 503 after the checks the real server
//! makes first (account credentials forbidden: 403; malformed or unknown subscriber: 404;
//! wrong subscriber password: 403).

use signal_api::models;
use signal_api::*;

use crate::api::context::RequestContext;
use crate::domain::subscriptions::{self, SubscriberCredentials};
use crate::error::{Error, Result};
use crate::state::AppState;

/// `POST /v1/donation/redeem-receipt`
pub async fn redeem_receipt1(
    state: &AppState,
    redeem_receipt_request: models::RedeemReceiptRequest,
    ctx: &RequestContext,
) -> Result<RedeemReceipt1Response> {
    let caller = ctx.require_auth()?;
    subscriptions::redeem_donation_receipt(
        &state.db,
        &state.zk,
        &state.config.services.subscriptions,
        &caller.account,
        &redeem_receipt_request.receipt_credential_presentation,
        redeem_receipt_request.visible.unwrap_or(false),
        redeem_receipt_request.primary.unwrap_or(false),
    )
    .await?;
    Ok(RedeemReceipt1Response::Success)
}

/// `POST /v1/subscription/boost/paypal/confirm`
pub async fn confirm_pay_pal_boost(
    _state: &AppState,
    _confirm_pay_pal_boost_request: models::ConfirmPayPalBoostRequest,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<ConfirmPayPalBoostResponse> {
    subscriptions::forbid_auth(ctx.auth.is_some())?;
    Err(subscriptions::no_payment_processor())
}

/// `POST /v1/subscription/boost/create`
pub async fn create_boost_payment_intent(
    _state: &AppState,
    _create_boost_request: models::CreateBoostRequest,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<CreateBoostPaymentIntentResponse> {
    subscriptions::forbid_auth(ctx.auth.is_some())?;
    Err(subscriptions::no_payment_processor())
}

/// `POST /v1/subscription/boost/receipt_credentials`
pub async fn create_boost_receipt_credentials(
    _state: &AppState,
    _create_boost_receipt_credentials_request: models::CreateBoostReceiptCredentialsRequest,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<CreateBoostReceiptCredentialsResponse> {
    subscriptions::forbid_auth(ctx.auth.is_some())?;
    Err(subscriptions::no_receipt_credentials())
}

/// `POST /v1/subscription/boost/paypal/create`
pub async fn create_pay_pal_boost(
    _state: &AppState,
    _create_pay_pal_boost_request: models::CreatePayPalBoostRequest,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<CreatePayPalBoostResponse> {
    subscriptions::forbid_auth(ctx.auth.is_some())?;
    Err(subscriptions::no_payment_processor())
}

/// `GET /v1/subscription/configuration`
pub async fn get_configuration(
    state: &AppState,
    _ctx: &RequestContext,
) -> Result<GetConfigurationResponse> {
    Ok(GetConfigurationResponse::Success(
        state.config.services.subscriptions.configuration.clone(),
    ))
}

/// `POST /v1/subscription/{subscriberId}/create_payment_method/paypal`
pub async fn create_pay_pal_payment_method(
    state: &AppState,
    subscriber_id: String,
    _create_pay_pal_billing_agreement_request: models::CreatePayPalBillingAgreementRequest,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<CreatePayPalPaymentMethodResponse> {
    subscriptions::existing(&state.db, ctx.auth.is_some(), &subscriber_id).await?;
    Err(subscriptions::no_payment_processor())
}

/// `POST /v1/subscription/{subscriberId}/create_payment_method`
pub async fn create_payment_method(
    state: &AppState,
    subscriber_id: String,
    param_type: Option<models::CreatePaymentMethodTypeParameter>,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<CreatePaymentMethodResponse> {
    subscriptions::existing(&state.db, ctx.auth.is_some(), &subscriber_id).await?;
    use models::CreatePaymentMethodTypeParameter as Type;
    match param_type.unwrap_or(Type::Card) {
        Type::Card | Type::SepaDebit | Type::Ideal => Err(subscriptions::no_payment_processor()),
        other => Err(Error::BadRequest(format!(
            "payment method type {other} is not created here"
        ))),
    }
}

/// `POST /v1/subscription/{subscriberId}/receipt_credentials`
pub async fn create_subscription_receipt_credentials(
    state: &AppState,
    subscriber_id: String,
    _get_receipt_credentials_request: models::GetReceiptCredentialsRequest,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<CreateSubscriptionReceiptCredentialsResponse> {
    subscriptions::existing(&state.db, ctx.auth.is_some(), &subscriber_id).await?;
    Err(subscriptions::no_receipt_credentials())
}

/// `DELETE /v1/subscription/{subscriberId}`
pub async fn delete_subscriber(
    state: &AppState,
    subscriber_id: String,
    ctx: &RequestContext,
) -> Result<DeleteSubscriberResponse> {
    subscriptions::forbid_auth(ctx.auth.is_some())?;
    let credentials = SubscriberCredentials::parse(&subscriber_id)?;
    subscriptions::cancel(&state.db, &credentials).await?;
    Ok(DeleteSubscriberResponse::Success)
}

/// `GET /v1/subscription/bank_mandate/{bankTransferType}`
pub async fn get_bank_mandate(
    _state: &AppState,
    _bank_transfer_type: models::GetBankMandateBankTransferTypeParameter,
    _ctx: &RequestContext,
) -> Result<GetBankMandateResponse> {
    Err(subscriptions::no_payment_processor())
}

/// `GET /v1/subscription/{subscriberId}`
pub async fn get_subscription_information(
    state: &AppState,
    subscriber_id: String,
    ctx: &RequestContext,
) -> Result<GetSubscriptionInformationResponse> {
    subscriptions::existing(&state.db, ctx.auth.is_some(), &subscriber_id).await?;
    // No payment processor, so no subscriber has a processor customer: no subscription.
    Ok(GetSubscriptionInformationResponse::TheSubscriberIdExists(
        models::GetSubscriptionInformationResponse {
            subscription: None,
            charge_failure: None,
        },
    ))
}

/// `PUT /v1/subscription/{subscriberId}`
pub async fn update_subscriber(
    state: &AppState,
    subscriber_id: String,
    ctx: &RequestContext,
) -> Result<UpdateSubscriberResponse> {
    subscriptions::forbid_auth(ctx.auth.is_some())?;
    let credentials = SubscriberCredentials::parse(&subscriber_id)?;
    subscriptions::create_or_touch(&state.db, &credentials).await?;
    Ok(UpdateSubscriberResponse::Success)
}

/// `POST /v1/subscription/{subscriberId}/appstore/{originalTransactionId}`
pub async fn set_app_store_subscription(
    state: &AppState,
    subscriber_id: String,
    _original_transaction_id: String,
    ctx: &RequestContext,
) -> Result<SetAppStoreSubscriptionResponse> {
    subscriptions::existing(&state.db, ctx.auth.is_some(), &subscriber_id).await?;
    Err(subscriptions::no_payment_processor())
}

/// `POST /v1/subscription/{subscriberId}/default_payment_method_for_ideal/{setupIntentId}`
pub async fn set_default_payment_method_for_ideal(
    state: &AppState,
    subscriber_id: String,
    _setup_intent_id: String,
    ctx: &RequestContext,
) -> Result<SetDefaultPaymentMethodForIdealResponse> {
    subscriptions::existing(&state.db, ctx.auth.is_some(), &subscriber_id).await?;
    Err(subscriptions::no_payment_processor())
}

/// `POST /v1/subscription/{subscriberId}/playbilling/{purchaseToken}`
pub async fn set_play_store_subscription(
    state: &AppState,
    subscriber_id: String,
    _purchase_token: String,
    ctx: &RequestContext,
) -> Result<SetPlayStoreSubscriptionResponse> {
    subscriptions::existing(&state.db, ctx.auth.is_some(), &subscriber_id).await?;
    Err(subscriptions::no_payment_processor())
}

/// `POST /v1/subscription/{subscriberId}/default_payment_method/{processor}/{paymentMethodToken}`
pub async fn set_default_payment_method_with_processor(
    state: &AppState,
    subscriber_id: String,
    _processor: models::SetDefaultPaymentMethodWithProcessorProcessorParameter,
    _payment_method_token: String,
    ctx: &RequestContext,
) -> Result<SetDefaultPaymentMethodWithProcessorResponse> {
    subscriptions::existing(&state.db, ctx.auth.is_some(), &subscriber_id).await?;
    Err(subscriptions::no_payment_processor())
}

/// `PUT /v1/subscription/{subscriberId}/level/{level}/{currency}/{idempotencyKey}`
pub async fn set_subscription_level(
    state: &AppState,
    subscriber_id: String,
    _level: i64,
    _currency: String,
    _idempotency_key: String,
    ctx: &RequestContext,
) -> Result<SetSubscriptionLevelResponse> {
    subscriptions::existing(&state.db, ctx.auth.is_some(), &subscriber_id).await?;
    Err(subscriptions::no_payment_processor())
}
