//! The generated `signal_api::Api` trait, implemented by forwarding every operation to its
//! handler in the module of its API area. Generated once from the trait by a script, then kept by hand:
//! one line per operation, nothing else belongs here.

use async_trait::async_trait;
use signal_api::*;
use swagger::ApiError;

use super::*;
use crate::api::context::RequestContext;

#[async_trait]
impl signal_api::Api<RequestContext> for Handlers {
    async fn account_exists(
        &self,
        identifier: String,
        ctx: &RequestContext,
    ) -> Result<AccountExistsResponse, ApiError> {
        ctx.finish(accounts::account_exists(&self.state, identifier, ctx).await)
    }
    async fn change_number(
        &self,
        change_number_request: models::ChangeNumberRequest,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<ChangeNumberResponse, ApiError> {
        ctx.finish(
            accounts::change_number(&self.state, change_number_request, user_agent, ctx).await,
        )
    }
    async fn delete_account(
        &self,
        ctx: &RequestContext,
    ) -> Result<DeleteAccountResponse, ApiError> {
        ctx.finish(accounts::delete_account(&self.state, ctx).await)
    }
    async fn delete_apn_registration_id(
        &self,
        ctx: &RequestContext,
    ) -> Result<DeleteApnRegistrationIdResponse, ApiError> {
        ctx.finish(accounts::delete_apn_registration_id(&self.state, ctx).await)
    }
    async fn delete_gcm_registration_id(
        &self,
        ctx: &RequestContext,
    ) -> Result<DeleteGcmRegistrationIdResponse, ApiError> {
        ctx.finish(accounts::delete_gcm_registration_id(&self.state, ctx).await)
    }
    async fn distribute_phone_number_identity_keys(
        &self,
        phone_number_identity_key_distribution_request: models::PhoneNumberIdentityKeyDistributionRequest,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<DistributePhoneNumberIdentityKeysResponse, ApiError> {
        ctx.finish(
            accounts::distribute_phone_number_identity_keys(
                &self.state,
                phone_number_identity_key_distribution_request,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn get_account_data_report(
        &self,
        ctx: &RequestContext,
    ) -> Result<GetAccountDataReportResponse, ApiError> {
        ctx.finish(accounts::get_account_data_report(&self.state, ctx).await)
    }
    async fn remove_registration_lock(
        &self,
        ctx: &RequestContext,
    ) -> Result<RemoveRegistrationLockResponse, ApiError> {
        ctx.finish(accounts::remove_registration_lock(&self.state, ctx).await)
    }
    async fn set_account_attributes(
        &self,
        account_attributes: models::AccountAttributes,
        x_signal_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<SetAccountAttributesResponse, ApiError> {
        ctx.finish(
            accounts::set_account_attributes(&self.state, account_attributes, x_signal_agent, ctx)
                .await,
        )
    }
    async fn set_apn_registration_id(
        &self,
        apn_registration_id: models::ApnRegistrationId,
        ctx: &RequestContext,
    ) -> Result<SetApnRegistrationIdResponse, ApiError> {
        ctx.finish(accounts::set_apn_registration_id(&self.state, apn_registration_id, ctx).await)
    }
    async fn set_gcm_registration_id(
        &self,
        gcm_registration_id: models::GcmRegistrationId,
        ctx: &RequestContext,
    ) -> Result<SetGcmRegistrationIdResponse, ApiError> {
        ctx.finish(accounts::set_gcm_registration_id(&self.state, gcm_registration_id, ctx).await)
    }
    async fn set_name(
        &self,
        device_name: models::DeviceName,
        device_id: Option<i32>,
        ctx: &RequestContext,
    ) -> Result<SetNameResponse, ApiError> {
        ctx.finish(accounts::set_name(&self.state, device_name, device_id, ctx).await)
    }
    async fn set_phone_number_discoverability(
        &self,
        phone_number_discoverability_request: models::PhoneNumberDiscoverabilityRequest,
        ctx: &RequestContext,
    ) -> Result<SetPhoneNumberDiscoverabilityResponse, ApiError> {
        ctx.finish(
            accounts::set_phone_number_discoverability(
                &self.state,
                phone_number_discoverability_request,
                ctx,
            )
            .await,
        )
    }
    async fn set_registration_lock(
        &self,
        registration_lock: models::RegistrationLock,
        ctx: &RequestContext,
    ) -> Result<SetRegistrationLockResponse, ApiError> {
        ctx.finish(accounts::set_registration_lock(&self.state, registration_lock, ctx).await)
    }
    async fn who_am_i(&self, ctx: &RequestContext) -> Result<WhoAmIResponse, ApiError> {
        ctx.finish(accounts::who_am_i(&self.state, ctx).await)
    }
    async fn backup(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<BackupResponse, ApiError> {
        ctx.finish(
            archives::backup(
                &self.state,
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn backup_info(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<BackupInfoResponse, ApiError> {
        ctx.finish(
            archives::backup_info(
                &self.state,
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn copy_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        copy_media_batch_request: models::CopyMediaBatchRequest,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<CopyMediaResponse, ApiError> {
        ctx.finish(
            archives::copy_media(
                &self.state,
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                copy_media_batch_request,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn copy_media1(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        copy_media_request: models::CopyMediaRequest,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<CopyMedia1Response, ApiError> {
        ctx.finish(
            archives::copy_media1(
                &self.state,
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                copy_media_request,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn delete_backup(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<DeleteBackupResponse, ApiError> {
        ctx.finish(
            archives::delete_backup(
                &self.state,
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn delete_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        delete_media: models::DeleteMedia,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<DeleteMediaResponse, ApiError> {
        ctx.finish(
            archives::delete_media(
                &self.state,
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                delete_media,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn get_backup_zk_credentials(
        &self,
        redemption_start_seconds: i64,
        redemption_end_seconds: i64,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<GetBackupZkCredentialsResponse, ApiError> {
        ctx.finish(
            archives::get_backup_zk_credentials(
                &self.state,
                redemption_start_seconds,
                redemption_end_seconds,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn list_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        cursor: Option<String>,
        limit: Option<i32>,
        ctx: &RequestContext,
    ) -> Result<ListMediaResponse, ApiError> {
        ctx.finish(
            archives::list_media(
                &self.state,
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                user_agent,
                cursor,
                limit,
                ctx,
            )
            .await,
        )
    }
    async fn read_auth(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        cdn: i32,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<ReadAuthResponse, ApiError> {
        ctx.finish(
            archives::read_auth(
                &self.state,
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                cdn,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn redeem_receipt(
        &self,
        redeem_backup_receipt_request: models::RedeemBackupReceiptRequest,
        ctx: &RequestContext,
    ) -> Result<RedeemReceiptResponse, ApiError> {
        ctx.finish(archives::redeem_receipt(&self.state, redeem_backup_receipt_request, ctx).await)
    }
    async fn refresh(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<RefreshResponse, ApiError> {
        ctx.finish(
            archives::refresh(
                &self.state,
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn set_backup_id(
        &self,
        set_backup_id_request: models::SetBackupIdRequest,
        ctx: &RequestContext,
    ) -> Result<SetBackupIdResponse, ApiError> {
        ctx.finish(archives::set_backup_id(&self.state, set_backup_id_request, ctx).await)
    }
    async fn set_public_key(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        set_public_key_request: models::ArchiveSetPublicKeyRequest,
        ctx: &RequestContext,
    ) -> Result<SetPublicKeyResponse, ApiError> {
        ctx.finish(
            archives::set_public_key(
                &self.state,
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                set_public_key_request,
                ctx,
            )
            .await,
        )
    }
    async fn upload_temporary_attachment(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<UploadTemporaryAttachmentResponse, ApiError> {
        ctx.finish(
            archives::upload_temporary_attachment(
                &self.state,
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn get_attachment_upload_form(
        &self,
        ctx: &RequestContext,
    ) -> Result<GetAttachmentUploadFormResponse, ApiError> {
        ctx.finish(attachments::get_attachment_upload_form(&self.state, ctx).await)
    }
    async fn get_calling_relays(
        &self,
        ctx: &RequestContext,
    ) -> Result<GetCallingRelaysResponse, ApiError> {
        ctx.finish(calling::get_calling_relays(&self.state, ctx).await)
    }
    async fn get_create_auth(
        &self,
        get_create_call_link_credentials_request: models::GetCreateCallLinkCredentialsRequest,
        ctx: &RequestContext,
    ) -> Result<GetCreateAuthResponse, ApiError> {
        ctx.finish(
            calling::get_create_auth(&self.state, get_create_call_link_credentials_request, ctx)
                .await,
        )
    }
    async fn get_delivery_certificate(
        &self,
        include_e164: Option<bool>,
        ctx: &RequestContext,
    ) -> Result<GetDeliveryCertificateResponse, ApiError> {
        ctx.finish(certificates::get_delivery_certificate(&self.state, include_e164, ctx).await)
    }
    async fn get_group_authentication_credentials(
        &self,
        user_agent: Option<String>,
        redemption_start_seconds: Option<i64>,
        redemption_end_seconds: Option<i64>,
        ctx: &RequestContext,
    ) -> Result<GetGroupAuthenticationCredentialsResponse, ApiError> {
        ctx.finish(
            certificates::get_group_authentication_credentials(
                &self.state,
                user_agent,
                redemption_start_seconds,
                redemption_end_seconds,
                ctx,
            )
            .await,
        )
    }
    async fn handle_challenge_response(
        &self,
        user_agent: Option<String>,
        handle_challenge_response_request: Option<models::HandleChallengeResponseRequest>,
        ctx: &RequestContext,
    ) -> Result<HandleChallengeResponseResponse, ApiError> {
        ctx.finish(
            challenges::handle_challenge_response(
                &self.state,
                user_agent,
                handle_challenge_response_request,
                ctx,
            )
            .await,
        )
    }
    async fn request_push_challenge(
        &self,
        ctx: &RequestContext,
    ) -> Result<RequestPushChallengeResponse, ApiError> {
        ctx.finish(challenges::request_push_challenge(&self.state, ctx).await)
    }
    async fn auth_check(
        &self,
        auth_check_request: models::AuthCheckRequest,
        ctx: &RequestContext,
    ) -> Result<AuthCheckResponse, ApiError> {
        ctx.finish(credentials::auth_check(&self.state, auth_check_request, ctx).await)
    }
    async fn get_auth1(&self, ctx: &RequestContext) -> Result<GetAuth1Response, ApiError> {
        ctx.finish(credentials::get_auth1(&self.state, ctx).await)
    }
    async fn get_auth2(&self, ctx: &RequestContext) -> Result<GetAuth2Response, ApiError> {
        ctx.finish(credentials::get_auth2(&self.state, ctx).await)
    }
    async fn get_auth_token(&self, ctx: &RequestContext) -> Result<GetAuthTokenResponse, ApiError> {
        ctx.finish(credentials::get_auth_token(&self.state, ctx).await)
    }
    async fn assert_challenge(
        &self,
        action: Option<models::AssertChallengeActionParameter>,
        ctx: &RequestContext,
    ) -> Result<AssertChallengeResponse, ApiError> {
        ctx.finish(devicecheck::assert_challenge(&self.state, action, ctx).await)
    }
    async fn assertion(
        &self,
        key_id: String,
        request: String,
        body: Option<swagger::ByteArray>,
        ctx: &RequestContext,
    ) -> Result<AssertionResponse, ApiError> {
        ctx.finish(devicecheck::assertion(&self.state, key_id, request, body, ctx).await)
    }
    async fn attest(
        &self,
        key_id: String,
        body: Option<swagger::ByteArray>,
        ctx: &RequestContext,
    ) -> Result<AttestResponse, ApiError> {
        ctx.finish(devicecheck::attest(&self.state, key_id, body, ctx).await)
    }
    async fn attest_challenge(
        &self,
        ctx: &RequestContext,
    ) -> Result<AttestChallengeResponse, ApiError> {
        ctx.finish(devicecheck::attest_challenge(&self.state, ctx).await)
    }
    async fn create_device_token(
        &self,
        ctx: &RequestContext,
    ) -> Result<CreateDeviceTokenResponse, ApiError> {
        ctx.finish(devices::create_device_token(&self.state, ctx).await)
    }
    async fn get_devices(&self, ctx: &RequestContext) -> Result<GetDevicesResponse, ApiError> {
        ctx.finish(devices::get_devices(&self.state, ctx).await)
    }
    async fn link_device(
        &self,
        link_device_request: models::LinkDeviceRequest,
        authorization: Option<String>,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<LinkDeviceResponse, ApiError> {
        ctx.finish(
            devices::link_device(
                &self.state,
                link_device_request,
                authorization,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn record_restore_account_request(
        &self,
        token: String,
        restore_account_request: Option<models::RestoreAccountRequest>,
        ctx: &RequestContext,
    ) -> Result<RecordRestoreAccountRequestResponse, ApiError> {
        ctx.finish(
            devices::record_restore_account_request(
                &self.state,
                token,
                restore_account_request,
                ctx,
            )
            .await,
        )
    }
    async fn record_transfer_archive_uploaded(
        &self,
        transfer_archive_uploaded_request: models::TransferArchiveUploadedRequest,
        ctx: &RequestContext,
    ) -> Result<RecordTransferArchiveUploadedResponse, ApiError> {
        ctx.finish(
            devices::record_transfer_archive_uploaded(
                &self.state,
                transfer_archive_uploaded_request,
                ctx,
            )
            .await,
        )
    }
    async fn remove_device(
        &self,
        device_id: i32,
        ctx: &RequestContext,
    ) -> Result<RemoveDeviceResponse, ApiError> {
        ctx.finish(devices::remove_device(&self.state, device_id, ctx).await)
    }
    async fn set_capabilities(
        &self,
        request_body: std::collections::HashMap<String, bool>,
        ctx: &RequestContext,
    ) -> Result<SetCapabilitiesResponse, ApiError> {
        ctx.finish(devices::set_capabilities(&self.state, request_body, ctx).await)
    }
    async fn set_public_key1(
        &self,
        set_public_key_request: Option<models::SetPublicKeyRequest>,
        ctx: &RequestContext,
    ) -> Result<SetPublicKey1Response, ApiError> {
        ctx.finish(devices::set_public_key1(&self.state, set_public_key_request, ctx).await)
    }
    async fn wait_for_device_transfer_request(
        &self,
        token: String,
        timeout: Option<u32>,
        ctx: &RequestContext,
    ) -> Result<WaitForDeviceTransferRequestResponse, ApiError> {
        ctx.finish(
            devices::wait_for_device_transfer_request(&self.state, token, timeout, ctx).await,
        )
    }
    async fn wait_for_linked_device(
        &self,
        token_identifier: String,
        timeout: Option<u32>,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<WaitForLinkedDeviceResponse, ApiError> {
        ctx.finish(
            devices::wait_for_linked_device(
                &self.state,
                token_identifier,
                timeout,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn wait_for_transfer_archive(
        &self,
        timeout: Option<u32>,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<WaitForTransferArchiveResponse, ApiError> {
        ctx.finish(devices::wait_for_transfer_archive(&self.state, timeout, user_agent, ctx).await)
    }
    async fn confirm_pay_pal_boost(
        &self,
        confirm_pay_pal_boost_request: models::ConfirmPayPalBoostRequest,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<ConfirmPayPalBoostResponse, ApiError> {
        ctx.finish(
            donations::confirm_pay_pal_boost(
                &self.state,
                confirm_pay_pal_boost_request,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn create_boost_payment_intent(
        &self,
        create_boost_request: models::CreateBoostRequest,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<CreateBoostPaymentIntentResponse, ApiError> {
        ctx.finish(
            donations::create_boost_payment_intent(
                &self.state,
                create_boost_request,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn create_boost_receipt_credentials(
        &self,
        create_boost_receipt_credentials_request: models::CreateBoostReceiptCredentialsRequest,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<CreateBoostReceiptCredentialsResponse, ApiError> {
        ctx.finish(
            donations::create_boost_receipt_credentials(
                &self.state,
                create_boost_receipt_credentials_request,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn create_pay_pal_boost(
        &self,
        create_pay_pal_boost_request: models::CreatePayPalBoostRequest,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<CreatePayPalBoostResponse, ApiError> {
        ctx.finish(
            donations::create_pay_pal_boost(
                &self.state,
                create_pay_pal_boost_request,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn create_pay_pal_payment_method(
        &self,
        subscriber_id: String,
        create_pay_pal_billing_agreement_request: models::CreatePayPalBillingAgreementRequest,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<CreatePayPalPaymentMethodResponse, ApiError> {
        ctx.finish(
            donations::create_pay_pal_payment_method(
                &self.state,
                subscriber_id,
                create_pay_pal_billing_agreement_request,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn create_payment_method(
        &self,
        subscriber_id: String,
        param_type: Option<models::CreatePaymentMethodTypeParameter>,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<CreatePaymentMethodResponse, ApiError> {
        ctx.finish(
            donations::create_payment_method(
                &self.state,
                subscriber_id,
                param_type,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn create_subscription_receipt_credentials(
        &self,
        subscriber_id: String,
        get_receipt_credentials_request: models::GetReceiptCredentialsRequest,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<CreateSubscriptionReceiptCredentialsResponse, ApiError> {
        ctx.finish(
            donations::create_subscription_receipt_credentials(
                &self.state,
                subscriber_id,
                get_receipt_credentials_request,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn delete_subscriber(
        &self,
        subscriber_id: String,
        ctx: &RequestContext,
    ) -> Result<DeleteSubscriberResponse, ApiError> {
        ctx.finish(donations::delete_subscriber(&self.state, subscriber_id, ctx).await)
    }
    async fn get_bank_mandate(
        &self,
        bank_transfer_type: models::GetBankMandateBankTransferTypeParameter,
        ctx: &RequestContext,
    ) -> Result<GetBankMandateResponse, ApiError> {
        ctx.finish(donations::get_bank_mandate(&self.state, bank_transfer_type, ctx).await)
    }
    async fn get_configuration(
        &self,
        ctx: &RequestContext,
    ) -> Result<GetConfigurationResponse, ApiError> {
        ctx.finish(donations::get_configuration(&self.state, ctx).await)
    }
    async fn get_subscription_information(
        &self,
        subscriber_id: String,
        ctx: &RequestContext,
    ) -> Result<GetSubscriptionInformationResponse, ApiError> {
        ctx.finish(donations::get_subscription_information(&self.state, subscriber_id, ctx).await)
    }
    async fn redeem_receipt1(
        &self,
        redeem_receipt_request: models::RedeemReceiptRequest,
        ctx: &RequestContext,
    ) -> Result<RedeemReceipt1Response, ApiError> {
        ctx.finish(donations::redeem_receipt1(&self.state, redeem_receipt_request, ctx).await)
    }
    async fn set_app_store_subscription(
        &self,
        subscriber_id: String,
        original_transaction_id: String,
        ctx: &RequestContext,
    ) -> Result<SetAppStoreSubscriptionResponse, ApiError> {
        ctx.finish(
            donations::set_app_store_subscription(
                &self.state,
                subscriber_id,
                original_transaction_id,
                ctx,
            )
            .await,
        )
    }
    async fn set_default_payment_method_for_ideal(
        &self,
        subscriber_id: String,
        setup_intent_id: String,
        ctx: &RequestContext,
    ) -> Result<SetDefaultPaymentMethodForIdealResponse, ApiError> {
        ctx.finish(
            donations::set_default_payment_method_for_ideal(
                &self.state,
                subscriber_id,
                setup_intent_id,
                ctx,
            )
            .await,
        )
    }
    async fn set_default_payment_method_with_processor(
        &self,
        subscriber_id: String,
        processor: models::SetDefaultPaymentMethodWithProcessorProcessorParameter,
        payment_method_token: String,
        ctx: &RequestContext,
    ) -> Result<SetDefaultPaymentMethodWithProcessorResponse, ApiError> {
        ctx.finish(
            donations::set_default_payment_method_with_processor(
                &self.state,
                subscriber_id,
                processor,
                payment_method_token,
                ctx,
            )
            .await,
        )
    }
    async fn set_play_store_subscription(
        &self,
        subscriber_id: String,
        purchase_token: String,
        ctx: &RequestContext,
    ) -> Result<SetPlayStoreSubscriptionResponse, ApiError> {
        ctx.finish(
            donations::set_play_store_subscription(&self.state, subscriber_id, purchase_token, ctx)
                .await,
        )
    }
    async fn set_subscription_level(
        &self,
        subscriber_id: String,
        level: i64,
        currency: String,
        idempotency_key: String,
        ctx: &RequestContext,
    ) -> Result<SetSubscriptionLevelResponse, ApiError> {
        ctx.finish(
            donations::set_subscription_level(
                &self.state,
                subscriber_id,
                level,
                currency,
                idempotency_key,
                ctx,
            )
            .await,
        )
    }
    async fn update_subscriber(
        &self,
        subscriber_id: String,
        ctx: &RequestContext,
    ) -> Result<UpdateSubscriberResponse, ApiError> {
        ctx.finish(donations::update_subscriber(&self.state, subscriber_id, ctx).await)
    }
    async fn get_keep_alive(&self, ctx: &RequestContext) -> Result<GetKeepAliveResponse, ApiError> {
        ctx.finish(keepalive::get_keep_alive(&self.state, ctx).await)
    }
    async fn get_provisioning_keep_alive(
        &self,
        ctx: &RequestContext,
    ) -> Result<GetProvisioningKeepAliveResponse, ApiError> {
        ctx.finish(keepalive::get_provisioning_keep_alive(&self.state, ctx).await)
    }
    async fn get_distinguished_key(
        &self,
        last_tree_head_size: Option<i64>,
        ctx: &RequestContext,
    ) -> Result<GetDistinguishedKeyResponse, ApiError> {
        ctx.finish(
            key_transparency::get_distinguished_key(&self.state, last_tree_head_size, ctx).await,
        )
    }
    async fn monitor(
        &self,
        key_transparency_monitor_request: models::KeyTransparencyMonitorRequest,
        ctx: &RequestContext,
    ) -> Result<MonitorResponse, ApiError> {
        ctx.finish(
            key_transparency::monitor(&self.state, key_transparency_monitor_request, ctx).await,
        )
    }
    async fn search(
        &self,
        key_transparency_search_request: models::KeyTransparencySearchRequest,
        ctx: &RequestContext,
    ) -> Result<SearchResponse, ApiError> {
        ctx.finish(
            key_transparency::search(&self.state, key_transparency_search_request, ctx).await,
        )
    }
    async fn check_keys(
        &self,
        check_keys_request: models::CheckKeysRequest,
        ctx: &RequestContext,
    ) -> Result<CheckKeysResponse, ApiError> {
        ctx.finish(keys::check_keys(&self.state, check_keys_request, ctx).await)
    }
    async fn get_device_keys(
        &self,
        identifier: String,
        device_id: String,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<GetDeviceKeysResponse, ApiError> {
        ctx.finish(
            keys::get_device_keys(
                &self.state,
                identifier,
                device_id,
                unidentified_access_key,
                group_send_token,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn get_status(
        &self,
        identity: Option<models::GetStatusIdentityParameter>,
        ctx: &RequestContext,
    ) -> Result<GetStatusResponse, ApiError> {
        ctx.finish(keys::get_status(&self.state, identity, ctx).await)
    }
    async fn set_keys(
        &self,
        set_keys_request: models::SetKeysRequest,
        identity: Option<models::SetKeysIdentityParameter>,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<SetKeysResponse, ApiError> {
        ctx.finish(keys::set_keys(&self.state, set_keys_request, identity, user_agent, ctx).await)
    }
    async fn get_pending_messages(
        &self,
        x_signal_receive_stories: Option<String>,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<GetPendingMessagesResponse, ApiError> {
        ctx.finish(
            messages::get_pending_messages(&self.state, x_signal_receive_stories, user_agent, ctx)
                .await,
        )
    }
    async fn remove_pending_message(
        &self,
        uuid: uuid::Uuid,
        ctx: &RequestContext,
    ) -> Result<RemovePendingMessageResponse, ApiError> {
        ctx.finish(messages::remove_pending_message(&self.state, uuid, ctx).await)
    }
    async fn report_spam_message(
        &self,
        source: String,
        message_guid: uuid::Uuid,
        user_agent: Option<String>,
        spam_report: Option<models::SpamReport>,
        ctx: &RequestContext,
    ) -> Result<ReportSpamMessageResponse, ApiError> {
        ctx.finish(
            messages::report_spam_message(
                &self.state,
                source,
                message_guid,
                user_agent,
                spam_report,
                ctx,
            )
            .await,
        )
    }
    async fn send_message(
        &self,
        destination: String,
        incoming_message_list: models::IncomingMessageList,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        story: Option<bool>,
        ctx: &RequestContext,
    ) -> Result<SendMessageResponse, ApiError> {
        ctx.finish(
            messages::send_message(
                &self.state,
                destination,
                incoming_message_list,
                unidentified_access_key,
                group_send_token,
                user_agent,
                story,
                ctx,
            )
            .await,
        )
    }
    async fn send_multi_recipient_message(
        &self,
        body: swagger::ByteArray,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        online: Option<bool>,
        ts: Option<i64>,
        urgent: Option<bool>,
        story: Option<bool>,
        ctx: &RequestContext,
    ) -> Result<SendMultiRecipientMessageResponse, ApiError> {
        ctx.finish(
            messages::send_multi_recipient_message(
                &self.state,
                body,
                unidentified_access_key,
                group_send_token,
                online,
                ts,
                urgent,
                story,
                ctx,
            )
            .await,
        )
    }
    async fn get_auth(&self, ctx: &RequestContext) -> Result<GetAuthResponse, ApiError> {
        ctx.finish(payments::get_auth(&self.state, ctx).await)
    }
    async fn get_conversions(
        &self,
        ctx: &RequestContext,
    ) -> Result<GetConversionsResponse, ApiError> {
        ctx.finish(payments::get_conversions(&self.state, ctx).await)
    }
    async fn get_profile(
        &self,
        identifier: uuid::Uuid,
        version: String,
        unidentified_access_key: Option<String>,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<GetProfileResponse, ApiError> {
        ctx.finish(
            profiles::get_profile(
                &self.state,
                identifier,
                version,
                unidentified_access_key,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn get_profile1(
        &self,
        identifier: uuid::Uuid,
        version: String,
        credential_request: String,
        unidentified_access_key: Option<String>,
        credential_type: Option<String>,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<GetProfile1Response, ApiError> {
        ctx.finish(
            profiles::get_profile1(
                &self.state,
                identifier,
                version,
                credential_request,
                unidentified_access_key,
                credential_type,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn get_unversioned_profile(
        &self,
        identifier: String,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<GetUnversionedProfileResponse, ApiError> {
        ctx.finish(
            profiles::get_unversioned_profile(
                &self.state,
                identifier,
                unidentified_access_key,
                group_send_token,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn run_batch_identity_check(
        &self,
        batch_identity_check_request: models::BatchIdentityCheckRequest,
        ctx: &RequestContext,
    ) -> Result<RunBatchIdentityCheckResponse, ApiError> {
        ctx.finish(
            profiles::run_batch_identity_check(&self.state, batch_identity_check_request, ctx)
                .await,
        )
    }
    async fn set_profile(
        &self,
        create_profile_request: models::CreateProfileRequest,
        ctx: &RequestContext,
    ) -> Result<SetProfileResponse, ApiError> {
        ctx.finish(profiles::set_profile(&self.state, create_profile_request, ctx).await)
    }
    async fn send_provisioning_message(
        &self,
        destination: String,
        provisioning_message: models::ProvisioningMessage,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<SendProvisioningMessageResponse, ApiError> {
        ctx.finish(
            provisioning::send_provisioning_message(
                &self.state,
                destination,
                provisioning_message,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn register(
        &self,
        authorization: String,
        registration_request: models::RegistrationRequest,
        x_signal_agent: Option<String>,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<RegisterResponse, ApiError> {
        ctx.finish(
            registration::register(
                &self.state,
                authorization,
                registration_request,
                x_signal_agent,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn get_all(&self, ctx: &RequestContext) -> Result<GetAllResponse, ApiError> {
        ctx.finish(remote_config::get_all(&self.state, ctx).await)
    }
    async fn get_stickers_form(
        &self,
        count: u32,
        ctx: &RequestContext,
    ) -> Result<GetStickersFormResponse, ApiError> {
        ctx.finish(stickers::get_stickers_form(&self.state, count, ctx).await)
    }
    async fn confirm_username_hash(
        &self,
        confirm_username_hash_request: models::ConfirmUsernameHashRequest,
        ctx: &RequestContext,
    ) -> Result<ConfirmUsernameHashResponse, ApiError> {
        ctx.finish(
            usernames::confirm_username_hash(&self.state, confirm_username_hash_request, ctx).await,
        )
    }
    async fn delete_username_hash(
        &self,
        ctx: &RequestContext,
    ) -> Result<DeleteUsernameHashResponse, ApiError> {
        ctx.finish(usernames::delete_username_hash(&self.state, ctx).await)
    }
    async fn delete_username_link(
        &self,
        ctx: &RequestContext,
    ) -> Result<DeleteUsernameLinkResponse, ApiError> {
        ctx.finish(usernames::delete_username_link(&self.state, ctx).await)
    }
    async fn lookup_username_hash(
        &self,
        username_hash: String,
        ctx: &RequestContext,
    ) -> Result<LookupUsernameHashResponse, ApiError> {
        ctx.finish(usernames::lookup_username_hash(&self.state, username_hash, ctx).await)
    }
    async fn lookup_username_link(
        &self,
        uuid: uuid::Uuid,
        ctx: &RequestContext,
    ) -> Result<LookupUsernameLinkResponse, ApiError> {
        ctx.finish(usernames::lookup_username_link(&self.state, uuid, ctx).await)
    }
    async fn reserve_username_hash(
        &self,
        reserve_username_hash_request: models::ReserveUsernameHashRequest,
        ctx: &RequestContext,
    ) -> Result<ReserveUsernameHashResponse, ApiError> {
        ctx.finish(
            usernames::reserve_username_hash(&self.state, reserve_username_hash_request, ctx).await,
        )
    }
    async fn update_username_link(
        &self,
        encrypted_username: models::EncryptedUsername,
        ctx: &RequestContext,
    ) -> Result<UpdateUsernameLinkResponse, ApiError> {
        ctx.finish(usernames::update_username_link(&self.state, encrypted_username, ctx).await)
    }
    async fn create_session(
        &self,
        create_verification_session_request: models::CreateVerificationSessionRequest,
        ctx: &RequestContext,
    ) -> Result<CreateSessionResponse, ApiError> {
        ctx.finish(
            verification::create_session(&self.state, create_verification_session_request, ctx)
                .await,
        )
    }
    async fn get_session(
        &self,
        session_id: String,
        ctx: &RequestContext,
    ) -> Result<GetSessionResponse, ApiError> {
        ctx.finish(verification::get_session(&self.state, session_id, ctx).await)
    }
    async fn request_verification_code(
        &self,
        session_id: String,
        verification_code_request: models::VerificationCodeRequest,
        user_agent: Option<String>,
        accept_language: Option<String>,
        ctx: &RequestContext,
    ) -> Result<RequestVerificationCodeResponse, ApiError> {
        ctx.finish(
            verification::request_verification_code(
                &self.state,
                session_id,
                verification_code_request,
                user_agent,
                accept_language,
                ctx,
            )
            .await,
        )
    }
    async fn update_session(
        &self,
        session_id: String,
        update_verification_session_request: models::UpdateVerificationSessionRequest,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<UpdateSessionResponse, ApiError> {
        ctx.finish(
            verification::update_session(
                &self.state,
                session_id,
                update_verification_session_request,
                user_agent,
                ctx,
            )
            .await,
        )
    }
    async fn verify_code(
        &self,
        session_id: String,
        submit_verification_code_request: models::SubmitVerificationCodeRequest,
        user_agent: Option<String>,
        ctx: &RequestContext,
    ) -> Result<VerifyCodeResponse, ApiError> {
        ctx.finish(
            verification::verify_code(
                &self.state,
                session_id,
                submit_verification_code_request,
                user_agent,
                ctx,
            )
            .await,
        )
    }
}
