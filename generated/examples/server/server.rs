//! Main library entry point for signal_api implementation.

#![allow(unused_imports)]

use async_trait::async_trait;
use futures::{future, Stream, StreamExt, TryFutureExt, TryStreamExt};
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use hyper::service::{service_fn, Service};
use log::info;
use std::future::Future;
use std::marker::PhantomData;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use swagger::{Has, XSpanIdString};
use swagger::auth::MakeAllowAllAuthenticator;
use swagger::EmptyContext;
use tokio::net::TcpListener;

#[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
use openssl::ssl::{Ssl, SslAcceptor, SslAcceptorBuilder, SslFiletype, SslMethod};

use signal_api::models;

/// Builds an SSL implementation for Simple HTTPS from some hard-coded file names
pub async fn create(addr: &str, https: bool) {
    let addr: SocketAddr = addr.parse().expect("Failed to parse bind address");
    let listener = TcpListener::bind(&addr).await.unwrap();

    let server = Server::new();

    let service = MakeService::new(server);
    let service = MakeAllowAllAuthenticator::new(service, "cosmo");

    #[allow(unused_mut)]
    let mut service =
        signal_api::server::context::MakeAddContext::<_, EmptyContext>::new(
            service
        );

    if https {
        #[cfg(any(target_os = "macos", target_os = "windows", target_os = "ios"))]
        {
            unimplemented!("SSL is not implemented for the examples on MacOS, Windows or iOS");
        }

        #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
        {
            let mut ssl = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls()).expect("Failed to create SSL Acceptor");

            // Server authentication
            ssl.set_private_key_file("examples/server-key.pem", SslFiletype::PEM).expect("Failed to set private key");
            ssl.set_certificate_chain_file("examples/server-chain.pem").expect("Failed to set certificate chain");
            ssl.check_private_key().expect("Failed to check private key");

            let tls_acceptor = ssl.build();

            info!("Starting a server (with https)");
            loop {
                if let Ok((tcp, addr)) = listener.accept().await {
                    let ssl = Ssl::new(tls_acceptor.context()).unwrap();
                    let service = service.call(addr);

                    tokio::spawn(async move {
                        let tls = tokio_openssl::SslStream::new(ssl, tcp).map_err(|_| ())?;
                        let service = service.await.map_err(|_| ())?;

                        http1::Builder::new()
                            .serve_connection(TokioIo::new(tls), service)
                            .await
                            .map_err(|_| ())
                    });
                }
            }
        }
    } else {
        info!("Starting a server (over http, so no TLS)");
        println!("Listening on http://{}", addr);

        loop {
            // When an incoming TCP connection is received grab a TCP stream for
            // client<->server communication.
            //
            // Note, this is a .await point, this loop will loop forever but is not a busy loop. The
            // .await point allows the Tokio runtime to pull the task off of the thread until the task
            // has work to do. In this case, a connection arrives on the port we are listening on and
            // the task is woken up, at which point the task is then put back on a thread, and is
            // driven forward by the runtime, eventually yielding a TCP stream.
            let (tcp_stream, addr) = listener.accept().await.expect("Failed to accept connection");

            let service = service.call(addr).await.unwrap();
            let io = TokioIo::new(tcp_stream);
            // Spin up a new task in Tokio so we can continue to listen for new TCP connection on the
            // current task without waiting for the processing of the HTTP1 connection we just received
            // to finish
            tokio::task::spawn(async move {
                // Handle the connection from the client using HTTP1 and pass any
                // HTTP requests received on that connection to the `hello` function
                let result = http1::Builder::new()
                    .serve_connection(io, service)
                    .await;
                if let Err(err) = result
                {
                    println!("Error serving connection: {err:?}");
                }
            });
        }
    }
}

#[derive(Copy)]
pub struct Server<C> {
    marker: PhantomData<C>,
}

impl<C> Server<C> {
    pub fn new() -> Self {
        Server{marker: PhantomData}
    }
}

impl<C> Clone for Server<C> {
    fn clone(&self) -> Self {
        Self {
            marker: PhantomData,
        }
    }
}


use jsonwebtoken::{decode, encode, errors::Error as JwtError, Algorithm, DecodingKey, EncodingKey, Header, TokenData, Validation};
use serde::{Deserialize, Serialize};
use swagger::auth::Authorization;
use crate::server_auth;


use signal_api::{
    Api,
    ChangeNumberResponse,
    ConfirmUsernameHashResponse,
    DeleteAccountResponse,
    DeleteApnRegistrationIdResponse,
    DeleteGcmRegistrationIdResponse,
    DeleteUsernameHashResponse,
    DeleteUsernameLinkResponse,
    DistributePhoneNumberIdentityKeysResponse,
    GetAccountDataReportResponse,
    RemoveRegistrationLockResponse,
    ReserveUsernameHashResponse,
    SetAccountAttributesResponse,
    SetApnRegistrationIdResponse,
    SetGcmRegistrationIdResponse,
    SetNameResponse,
    SetPhoneNumberDiscoverabilityResponse,
    SetRegistrationLockResponse,
    UpdateUsernameLinkResponse,
    WhoAmIResponse,
    AccountExistsResponse,
    LookupUsernameHashResponse,
    LookupUsernameLinkResponse,
    BackupResponse,
    BackupInfoResponse,
    CopyMediaResponse,
    CopyMedia1Response,
    DeleteBackupResponse,
    DeleteMediaResponse,
    GetBackupZkCredentialsResponse,
    ListMediaResponse,
    ReadAuthResponse,
    RedeemReceiptResponse,
    RefreshResponse,
    SetBackupIdResponse,
    SetPublicKeyResponse,
    UploadTemporaryAttachmentResponse,
    GetAttachmentUploadFormResponse,
    GetCreateAuthResponse,
    GetCallingRelaysResponse,
    GetDeliveryCertificateResponse,
    GetGroupAuthenticationCredentialsResponse,
    HandleChallengeResponseResponse,
    RequestPushChallengeResponse,
    AssertChallengeResponse,
    AssertionResponse,
    AttestResponse,
    AttestChallengeResponse,
    CreateDeviceTokenResponse,
    GetDevicesResponse,
    LinkDeviceResponse,
    RecordTransferArchiveUploadedResponse,
    SetCapabilitiesResponse,
    SetPublicKey1Response,
    WaitForTransferArchiveResponse,
    RecordRestoreAccountRequestResponse,
    RemoveDeviceResponse,
    WaitForDeviceTransferRequestResponse,
    WaitForLinkedDeviceResponse,
    GetAuthTokenResponse,
    RedeemReceipt1Response,
    GetKeepAliveResponse,
    GetProvisioningKeepAliveResponse,
    GetDistinguishedKeyResponse,
    MonitorResponse,
    SearchResponse,
    CheckKeysResponse,
    GetStatusResponse,
    SetKeysResponse,
    GetDeviceKeysResponse,
    GetPendingMessagesResponse,
    SendMultiRecipientMessageResponse,
    RemovePendingMessageResponse,
    SendMessageResponse,
    ReportSpamMessageResponse,
    ConfirmPayPalBoostResponse,
    CreateBoostPaymentIntentResponse,
    CreateBoostReceiptCredentialsResponse,
    CreatePayPalBoostResponse,
    GetAuthResponse,
    GetConversionsResponse,
    RunBatchIdentityCheckResponse,
    SetProfileResponse,
    GetUnversionedProfileResponse,
    GetProfileResponse,
    GetProfile1Response,
    SendProvisioningMessageResponse,
    RegisterResponse,
    GetAllResponse,
    GetAuth1Response,
    AuthCheckResponse,
    GetAuth2Response,
    GetStickersFormResponse,
    GetConfigurationResponse,
    CreatePayPalPaymentMethodResponse,
    CreatePaymentMethodResponse,
    CreateSubscriptionReceiptCredentialsResponse,
    DeleteSubscriberResponse,
    GetBankMandateResponse,
    GetSubscriptionInformationResponse,
    UpdateSubscriberResponse,
    SetAppStoreSubscriptionResponse,
    SetDefaultPaymentMethodForIdealResponse,
    SetPlayStoreSubscriptionResponse,
    SetDefaultPaymentMethodWithProcessorResponse,
    SetSubscriptionLevelResponse,
    CreateSessionResponse,
    GetSessionResponse,
    RequestVerificationCodeResponse,
    UpdateSessionResponse,
    VerifyCodeResponse,
};
use signal_api::server::MakeService;
use std::error::Error;
use swagger::ApiError;

#[async_trait]
impl<C> Api<C> for Server<C> where C: Has<XSpanIdString> + Send + Sync
{
    /// Change number
    async fn change_number(
        &self,
        change_number_request: models::ChangeNumberRequest,
        user_agent: Option<String>,
        context: &C) -> Result<ChangeNumberResponse, ApiError>
    {
        info!("change_number({:?}, {:?}) - X-Span-ID: {:?}", change_number_request, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Confirm username hash
    async fn confirm_username_hash(
        &self,
        confirm_username_hash_request: models::ConfirmUsernameHashRequest,
        context: &C) -> Result<ConfirmUsernameHashResponse, ApiError>
    {
        info!("confirm_username_hash({:?}) - X-Span-ID: {:?}", confirm_username_hash_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn delete_account(
        &self,
        context: &C) -> Result<DeleteAccountResponse, ApiError>
    {
        info!("delete_account() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn delete_apn_registration_id(
        &self,
        context: &C) -> Result<DeleteApnRegistrationIdResponse, ApiError>
    {
        info!("delete_apn_registration_id() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn delete_gcm_registration_id(
        &self,
        context: &C) -> Result<DeleteGcmRegistrationIdResponse, ApiError>
    {
        info!("delete_gcm_registration_id() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Delete username hash
    async fn delete_username_hash(
        &self,
        context: &C) -> Result<DeleteUsernameHashResponse, ApiError>
    {
        info!("delete_username_hash() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Delete username link
    async fn delete_username_link(
        &self,
        context: &C) -> Result<DeleteUsernameLinkResponse, ApiError>
    {
        info!("delete_username_link() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Set phone-number identity keys
    async fn distribute_phone_number_identity_keys(
        &self,
        phone_number_identity_key_distribution_request: models::PhoneNumberIdentityKeyDistributionRequest,
        user_agent: Option<String>,
        context: &C) -> Result<DistributePhoneNumberIdentityKeysResponse, ApiError>
    {
        info!("distribute_phone_number_identity_keys({:?}, {:?}) - X-Span-ID: {:?}", phone_number_identity_key_distribution_request, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Produces a report of non-ephemeral account data stored by the service
    async fn get_account_data_report(
        &self,
        context: &C) -> Result<GetAccountDataReportResponse, ApiError>
    {
        info!("get_account_data_report() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn remove_registration_lock(
        &self,
        context: &C) -> Result<RemoveRegistrationLockResponse, ApiError>
    {
        info!("remove_registration_lock() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Reserve username hash
    async fn reserve_username_hash(
        &self,
        reserve_username_hash_request: models::ReserveUsernameHashRequest,
        context: &C) -> Result<ReserveUsernameHashResponse, ApiError>
    {
        info!("reserve_username_hash({:?}) - X-Span-ID: {:?}", reserve_username_hash_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn set_account_attributes(
        &self,
        account_attributes: models::AccountAttributes,
        x_signal_agent: Option<String>,
        context: &C) -> Result<SetAccountAttributesResponse, ApiError>
    {
        info!("set_account_attributes({:?}, {:?}) - X-Span-ID: {:?}", account_attributes, x_signal_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn set_apn_registration_id(
        &self,
        apn_registration_id: models::ApnRegistrationId,
        context: &C) -> Result<SetApnRegistrationIdResponse, ApiError>
    {
        info!("set_apn_registration_id({:?}) - X-Span-ID: {:?}", apn_registration_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn set_gcm_registration_id(
        &self,
        gcm_registration_id: models::GcmRegistrationId,
        context: &C) -> Result<SetGcmRegistrationIdResponse, ApiError>
    {
        info!("set_gcm_registration_id({:?}) - X-Span-ID: {:?}", gcm_registration_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Set a device's encrypted name
    async fn set_name(
        &self,
        device_name: models::DeviceName,
        device_id: Option<i32>,
        context: &C) -> Result<SetNameResponse, ApiError>
    {
        info!("set_name({:?}, {:?}) - X-Span-ID: {:?}", device_name, device_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Sets whether the account should be discoverable by phone number in the directory.
    async fn set_phone_number_discoverability(
        &self,
        phone_number_discoverability_request: models::PhoneNumberDiscoverabilityRequest,
        context: &C) -> Result<SetPhoneNumberDiscoverabilityResponse, ApiError>
    {
        info!("set_phone_number_discoverability({:?}) - X-Span-ID: {:?}", phone_number_discoverability_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn set_registration_lock(
        &self,
        registration_lock: models::RegistrationLock,
        context: &C) -> Result<SetRegistrationLockResponse, ApiError>
    {
        info!("set_registration_lock({:?}) - X-Span-ID: {:?}", registration_lock, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Set username link
    async fn update_username_link(
        &self,
        encrypted_username: models::EncryptedUsername,
        context: &C) -> Result<UpdateUsernameLinkResponse, ApiError>
    {
        info!("update_username_link({:?}) - X-Span-ID: {:?}", encrypted_username, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn who_am_i(
        &self,
        context: &C) -> Result<WhoAmIResponse, ApiError>
    {
        info!("who_am_i() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Check whether an account exists
    async fn account_exists(
        &self,
        identifier: String,
        context: &C) -> Result<AccountExistsResponse, ApiError>
    {
        info!("account_exists({:?}) - X-Span-ID: {:?}", identifier, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Lookup username hash
    async fn lookup_username_hash(
        &self,
        username_hash: String,
        context: &C) -> Result<LookupUsernameHashResponse, ApiError>
    {
        info!("lookup_username_hash({:?}) - X-Span-ID: {:?}", username_hash, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Lookup username link
    async fn lookup_username_link(
        &self,
        uuid: uuid::Uuid,
        context: &C) -> Result<LookupUsernameLinkResponse, ApiError>
    {
        info!("lookup_username_link({:?}) - X-Span-ID: {:?}", uuid, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Fetch message backup upload form
    async fn backup(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        context: &C) -> Result<BackupResponse, ApiError>
    {
        info!("backup({:?}, {:?}, {:?}) - X-Span-ID: {:?}", x_signal_zk_auth, x_signal_zk_auth_signature, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Fetch backup info
    async fn backup_info(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        context: &C) -> Result<BackupInfoResponse, ApiError>
    {
        info!("backup_info({:?}, {:?}, {:?}) - X-Span-ID: {:?}", x_signal_zk_auth, x_signal_zk_auth_signature, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Batched backup media
    async fn copy_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        copy_media_batch_request: models::CopyMediaBatchRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CopyMediaResponse, ApiError>
    {
        info!("copy_media({:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", x_signal_zk_auth, x_signal_zk_auth_signature, copy_media_batch_request, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Backup media
    async fn copy_media1(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        copy_media_request: models::CopyMediaRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CopyMedia1Response, ApiError>
    {
        info!("copy_media1({:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", x_signal_zk_auth, x_signal_zk_auth_signature, copy_media_request, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Delete entire backup
    async fn delete_backup(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        context: &C) -> Result<DeleteBackupResponse, ApiError>
    {
        info!("delete_backup({:?}, {:?}, {:?}) - X-Span-ID: {:?}", x_signal_zk_auth, x_signal_zk_auth_signature, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Delete media objects
    async fn delete_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        delete_media: models::DeleteMedia,
        user_agent: Option<String>,
        context: &C) -> Result<DeleteMediaResponse, ApiError>
    {
        info!("delete_media({:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", x_signal_zk_auth, x_signal_zk_auth_signature, delete_media, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Fetch ZK credentials 
    async fn get_backup_zk_credentials(
        &self,
        redemption_start_seconds: i64,
        redemption_end_seconds: i64,
        user_agent: Option<String>,
        context: &C) -> Result<GetBackupZkCredentialsResponse, ApiError>
    {
        info!("get_backup_zk_credentials({:?}, {:?}, {:?}) - X-Span-ID: {:?}", redemption_start_seconds, redemption_end_seconds, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// List media objects
    async fn list_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        cursor: Option<String>,
        limit: Option<i32>,
        context: &C) -> Result<ListMediaResponse, ApiError>
    {
        info!("list_media({:?}, {:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", x_signal_zk_auth, x_signal_zk_auth_signature, user_agent, cursor, limit, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Get CDN read credentials
    async fn read_auth(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        cdn: i32,
        user_agent: Option<String>,
        context: &C) -> Result<ReadAuthResponse, ApiError>
    {
        info!("read_auth({:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", x_signal_zk_auth, x_signal_zk_auth_signature, cdn, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Redeem receipt
    async fn redeem_receipt(
        &self,
        redeem_backup_receipt_request: models::RedeemBackupReceiptRequest,
        context: &C) -> Result<RedeemReceiptResponse, ApiError>
    {
        info!("redeem_receipt({:?}) - X-Span-ID: {:?}", redeem_backup_receipt_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Refresh backup
    async fn refresh(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        context: &C) -> Result<RefreshResponse, ApiError>
    {
        info!("refresh({:?}, {:?}, {:?}) - X-Span-ID: {:?}", x_signal_zk_auth, x_signal_zk_auth_signature, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Set backup id
    async fn set_backup_id(
        &self,
        set_backup_id_request: models::SetBackupIdRequest,
        context: &C) -> Result<SetBackupIdResponse, ApiError>
    {
        info!("set_backup_id({:?}) - X-Span-ID: {:?}", set_backup_id_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Set public key
    async fn set_public_key(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        archive_set_public_key_request: models::ArchiveSetPublicKeyRequest,
        context: &C) -> Result<SetPublicKeyResponse, ApiError>
    {
        info!("set_public_key({:?}, {:?}, {:?}) - X-Span-ID: {:?}", x_signal_zk_auth, x_signal_zk_auth_signature, archive_set_public_key_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Fetch media attachment upload form
    async fn upload_temporary_attachment(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        context: &C) -> Result<UploadTemporaryAttachmentResponse, ApiError>
    {
        info!("upload_temporary_attachment({:?}, {:?}, {:?}) - X-Span-ID: {:?}", x_signal_zk_auth, x_signal_zk_auth_signature, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Get an upload form
    async fn get_attachment_upload_form(
        &self,
        context: &C) -> Result<GetAttachmentUploadFormResponse, ApiError>
    {
        info!("get_attachment_upload_form() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Generate a credential for creating call links
    async fn get_create_auth(
        &self,
        get_create_call_link_credentials_request: models::GetCreateCallLinkCredentialsRequest,
        context: &C) -> Result<GetCreateAuthResponse, ApiError>
    {
        info!("get_create_auth({:?}) - X-Span-ID: {:?}", get_create_call_link_credentials_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Get 1:1 calling relay options for the client
    async fn get_calling_relays(
        &self,
        context: &C) -> Result<GetCallingRelaysResponse, ApiError>
    {
        info!("get_calling_relays() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_delivery_certificate(
        &self,
        include_e164: Option<bool>,
        context: &C) -> Result<GetDeliveryCertificateResponse, ApiError>
    {
        info!("get_delivery_certificate({:?}) - X-Span-ID: {:?}", include_e164, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_group_authentication_credentials(
        &self,
        user_agent: Option<String>,
        redemption_start_seconds: Option<i64>,
        redemption_end_seconds: Option<i64>,
        context: &C) -> Result<GetGroupAuthenticationCredentialsResponse, ApiError>
    {
        info!("get_group_authentication_credentials({:?}, {:?}, {:?}) - X-Span-ID: {:?}", user_agent, redemption_start_seconds, redemption_end_seconds, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Submit proof of a challenge completion
    async fn handle_challenge_response(
        &self,
        user_agent: Option<String>,
        handle_challenge_response_request: Option<models::HandleChallengeResponseRequest>,
        context: &C) -> Result<HandleChallengeResponseResponse, ApiError>
    {
        info!("handle_challenge_response({:?}, {:?}) - X-Span-ID: {:?}", user_agent, handle_challenge_response_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Request a push challenge
    async fn request_push_challenge(
        &self,
        context: &C) -> Result<RequestPushChallengeResponse, ApiError>
    {
        info!("request_push_challenge() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Fetch an assert challenge
    async fn assert_challenge(
        &self,
        action: Option<models::AssertChallengeActionParameter>,
        context: &C) -> Result<AssertChallengeResponse, ApiError>
    {
        info!("assert_challenge({:?}) - X-Span-ID: {:?}", action, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Perform an attested action
    async fn assertion(
        &self,
        key_id: String,
        request: String,
        body: Option<swagger::ByteArray>,
        context: &C) -> Result<AssertionResponse, ApiError>
    {
        info!("assertion({:?}, {:?}, {:?}) - X-Span-ID: {:?}", key_id, request, body, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Register a keyId
    async fn attest(
        &self,
        key_id: String,
        body: Option<swagger::ByteArray>,
        context: &C) -> Result<AttestResponse, ApiError>
    {
        info!("attest({:?}, {:?}) - X-Span-ID: {:?}", key_id, body, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Fetch an attest challenge
    async fn attest_challenge(
        &self,
        context: &C) -> Result<AttestChallengeResponse, ApiError>
    {
        info!("attest_challenge() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Generate a signed device-linking token
    async fn create_device_token(
        &self,
        context: &C) -> Result<CreateDeviceTokenResponse, ApiError>
    {
        info!("create_device_token() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_devices(
        &self,
        context: &C) -> Result<GetDevicesResponse, ApiError>
    {
        info!("get_devices() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Link a device to an account
    async fn link_device(
        &self,
        link_device_request: models::LinkDeviceRequest,
        authorization: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<LinkDeviceResponse, ApiError>
    {
        info!("link_device({:?}, {:?}, {:?}) - X-Span-ID: {:?}", link_device_request, authorization, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Signals that a transfer archive has been uploaded for a specific linked device
    async fn record_transfer_archive_uploaded(
        &self,
        transfer_archive_uploaded_request: models::TransferArchiveUploadedRequest,
        context: &C) -> Result<RecordTransferArchiveUploadedResponse, ApiError>
    {
        info!("record_transfer_archive_uploaded({:?}) - X-Span-ID: {:?}", transfer_archive_uploaded_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn set_capabilities(
        &self,
        request_body: std::collections::HashMap<String, bool>,
        context: &C) -> Result<SetCapabilitiesResponse, ApiError>
    {
        info!("set_capabilities({:?}) - X-Span-ID: {:?}", request_body, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Sets a public key for authentication
    async fn set_public_key1(
        &self,
        set_public_key_request: Option<models::SetPublicKeyRequest>,
        context: &C) -> Result<SetPublicKey1Response, ApiError>
    {
        info!("set_public_key1({:?}) - X-Span-ID: {:?}", set_public_key_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Wait for a new transfer archive to be uploaded
    async fn wait_for_transfer_archive(
        &self,
        timeout: Option<u32>,
        user_agent: Option<String>,
        context: &C) -> Result<WaitForTransferArchiveResponse, ApiError>
    {
        info!("wait_for_transfer_archive({:?}, {:?}) - X-Span-ID: {:?}", timeout, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Signals that a new device is requesting restoration of account data by some method
    async fn record_restore_account_request(
        &self,
        token: String,
        restore_account_request: Option<models::RestoreAccountRequest>,
        context: &C) -> Result<RecordRestoreAccountRequestResponse, ApiError>
    {
        info!("record_restore_account_request({:?}, {:?}) - X-Span-ID: {:?}", token, restore_account_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn remove_device(
        &self,
        device_id: i32,
        context: &C) -> Result<RemoveDeviceResponse, ApiError>
    {
        info!("remove_device({:?}) - X-Span-ID: {:?}", device_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Wait for restore account request
    async fn wait_for_device_transfer_request(
        &self,
        token: String,
        timeout: Option<u32>,
        context: &C) -> Result<WaitForDeviceTransferRequestResponse, ApiError>
    {
        info!("wait_for_device_transfer_request({:?}, {:?}) - X-Span-ID: {:?}", token, timeout, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Wait for a new device to be linked to an account
    async fn wait_for_linked_device(
        &self,
        token_identifier: String,
        timeout: Option<u32>,
        user_agent: Option<String>,
        context: &C) -> Result<WaitForLinkedDeviceResponse, ApiError>
    {
        info!("wait_for_linked_device({:?}, {:?}, {:?}) - X-Span-ID: {:?}", token_identifier, timeout, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Generate credentials for Contact Discovery Service
    async fn get_auth_token(
        &self,
        context: &C) -> Result<GetAuthTokenResponse, ApiError>
    {
        info!("get_auth_token() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn redeem_receipt1(
        &self,
        redeem_receipt_request: models::RedeemReceiptRequest,
        context: &C) -> Result<RedeemReceipt1Response, ApiError>
    {
        info!("redeem_receipt1({:?}) - X-Span-ID: {:?}", redeem_receipt_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_keep_alive(
        &self,
        context: &C) -> Result<GetKeepAliveResponse, ApiError>
    {
        info!("get_keep_alive() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_provisioning_keep_alive(
        &self,
        context: &C) -> Result<GetProvisioningKeepAliveResponse, ApiError>
    {
        info!("get_provisioning_keep_alive() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Get the current value of the distinguished key
    async fn get_distinguished_key(
        &self,
        last_tree_head_size: Option<i64>,
        context: &C) -> Result<GetDistinguishedKeyResponse, ApiError>
    {
        info!("get_distinguished_key({:?}) - X-Span-ID: {:?}", last_tree_head_size, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Monitor the given identifiers in the key transparency log
    async fn monitor(
        &self,
        key_transparency_monitor_request: models::KeyTransparencyMonitorRequest,
        context: &C) -> Result<MonitorResponse, ApiError>
    {
        info!("monitor({:?}) - X-Span-ID: {:?}", key_transparency_monitor_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Search for the given identifiers in the key transparency log
    async fn search(
        &self,
        key_transparency_search_request: models::KeyTransparencySearchRequest,
        context: &C) -> Result<SearchResponse, ApiError>
    {
        info!("search({:?}) - X-Span-ID: {:?}", key_transparency_search_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Check keys
    async fn check_keys(
        &self,
        check_keys_request: models::CheckKeysRequest,
        context: &C) -> Result<CheckKeysResponse, ApiError>
    {
        info!("check_keys({:?}) - X-Span-ID: {:?}", check_keys_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Get prekey count
    async fn get_status(
        &self,
        identity: Option<models::GetStatusIdentityParameter>,
        context: &C) -> Result<GetStatusResponse, ApiError>
    {
        info!("get_status({:?}) - X-Span-ID: {:?}", identity, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Upload new prekeys
    async fn set_keys(
        &self,
        set_keys_request: models::SetKeysRequest,
        identity: Option<models::SetKeysIdentityParameter>,
        user_agent: Option<String>,
        context: &C) -> Result<SetKeysResponse, ApiError>
    {
        info!("set_keys({:?}, {:?}, {:?}) - X-Span-ID: {:?}", set_keys_request, identity, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Fetch public keys for another user
    async fn get_device_keys(
        &self,
        identifier: String,
        device_id: String,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<GetDeviceKeysResponse, ApiError>
    {
        info!("get_device_keys({:?}, {:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", identifier, device_id, unidentified_access_key, group_send_token, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_pending_messages(
        &self,
        x_signal_receive_stories: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<GetPendingMessagesResponse, ApiError>
    {
        info!("get_pending_messages({:?}, {:?}) - X-Span-ID: {:?}", x_signal_receive_stories, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Send multi-recipient sealed-sender message
    async fn send_multi_recipient_message(
        &self,
        body: swagger::ByteArray,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        online: Option<bool>,
        ts: Option<i64>,
        urgent: Option<bool>,
        story: Option<bool>,
        context: &C) -> Result<SendMultiRecipientMessageResponse, ApiError>
    {
        info!("send_multi_recipient_message({:?}, {:?}, {:?}, {:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", body, unidentified_access_key, group_send_token, online, ts, urgent, story, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn remove_pending_message(
        &self,
        uuid: uuid::Uuid,
        context: &C) -> Result<RemovePendingMessageResponse, ApiError>
    {
        info!("remove_pending_message({:?}) - X-Span-ID: {:?}", uuid, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Send a message
    async fn send_message(
        &self,
        destination: String,
        incoming_message_list: models::IncomingMessageList,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        story: Option<bool>,
        context: &C) -> Result<SendMessageResponse, ApiError>
    {
        info!("send_message({:?}, {:?}, {:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", destination, incoming_message_list, unidentified_access_key, group_send_token, user_agent, story, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn report_spam_message(
        &self,
        source: String,
        message_guid: uuid::Uuid,
        user_agent: Option<String>,
        spam_report: Option<models::SpamReport>,
        context: &C) -> Result<ReportSpamMessageResponse, ApiError>
    {
        info!("report_spam_message({:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", source, message_guid, user_agent, spam_report, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn confirm_pay_pal_boost(
        &self,
        confirm_pay_pal_boost_request: models::ConfirmPayPalBoostRequest,
        user_agent: Option<String>,
        context: &C) -> Result<ConfirmPayPalBoostResponse, ApiError>
    {
        info!("confirm_pay_pal_boost({:?}, {:?}) - X-Span-ID: {:?}", confirm_pay_pal_boost_request, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Create a Stripe payment intent
    async fn create_boost_payment_intent(
        &self,
        create_boost_request: models::CreateBoostRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CreateBoostPaymentIntentResponse, ApiError>
    {
        info!("create_boost_payment_intent({:?}, {:?}) - X-Span-ID: {:?}", create_boost_request, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn create_boost_receipt_credentials(
        &self,
        create_boost_receipt_credentials_request: models::CreateBoostReceiptCredentialsRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CreateBoostReceiptCredentialsResponse, ApiError>
    {
        info!("create_boost_receipt_credentials({:?}, {:?}) - X-Span-ID: {:?}", create_boost_receipt_credentials_request, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn create_pay_pal_boost(
        &self,
        create_pay_pal_boost_request: models::CreatePayPalBoostRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CreatePayPalBoostResponse, ApiError>
    {
        info!("create_pay_pal_boost({:?}, {:?}) - X-Span-ID: {:?}", create_pay_pal_boost_request, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_auth(
        &self,
        context: &C) -> Result<GetAuthResponse, ApiError>
    {
        info!("get_auth() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_conversions(
        &self,
        context: &C) -> Result<GetConversionsResponse, ApiError>
    {
        info!("get_conversions() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn run_batch_identity_check(
        &self,
        batch_identity_check_request: models::BatchIdentityCheckRequest,
        context: &C) -> Result<RunBatchIdentityCheckResponse, ApiError>
    {
        info!("run_batch_identity_check({:?}) - X-Span-ID: {:?}", batch_identity_check_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn set_profile(
        &self,
        create_profile_request: models::CreateProfileRequest,
        context: &C) -> Result<SetProfileResponse, ApiError>
    {
        info!("set_profile({:?}) - X-Span-ID: {:?}", create_profile_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_unversioned_profile(
        &self,
        identifier: String,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<GetUnversionedProfileResponse, ApiError>
    {
        info!("get_unversioned_profile({:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", identifier, unidentified_access_key, group_send_token, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_profile(
        &self,
        identifier: uuid::Uuid,
        version: String,
        unidentified_access_key: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<GetProfileResponse, ApiError>
    {
        info!("get_profile({:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", identifier, version, unidentified_access_key, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_profile1(
        &self,
        identifier: uuid::Uuid,
        version: String,
        credential_request: String,
        unidentified_access_key: Option<String>,
        credential_type: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<GetProfile1Response, ApiError>
    {
        info!("get_profile1({:?}, {:?}, {:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", identifier, version, credential_request, unidentified_access_key, credential_type, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Send a provisioning message to a new device
    async fn send_provisioning_message(
        &self,
        destination: String,
        provisioning_message: models::ProvisioningMessage,
        user_agent: Option<String>,
        context: &C) -> Result<SendProvisioningMessageResponse, ApiError>
    {
        info!("send_provisioning_message({:?}, {:?}, {:?}) - X-Span-ID: {:?}", destination, provisioning_message, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Registers an account
    async fn register(
        &self,
        authorization: String,
        registration_request: models::RegistrationRequest,
        x_signal_agent: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<RegisterResponse, ApiError>
    {
        info!("register({:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", authorization, registration_request, x_signal_agent, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Fetch remote configuration
    async fn get_all(
        &self,
        context: &C) -> Result<GetAllResponse, ApiError>
    {
        info!("get_all() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Generate credentials for Storage Service
    async fn get_auth1(
        &self,
        context: &C) -> Result<GetAuth1Response, ApiError>
    {
        info!("get_auth1() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Check SVR2 credentials
    async fn auth_check(
        &self,
        auth_check_request: models::AuthCheckRequest,
        context: &C) -> Result<AuthCheckResponse, ApiError>
    {
        info!("auth_check({:?}) - X-Span-ID: {:?}", auth_check_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Generate credentials for SVR2
    async fn get_auth2(
        &self,
        context: &C) -> Result<GetAuth2Response, ApiError>
    {
        info!("get_auth2() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_stickers_form(
        &self,
        count: u32,
        context: &C) -> Result<GetStickersFormResponse, ApiError>
    {
        info!("get_stickers_form({:?}) - X-Span-ID: {:?}", count, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Subscription configuration 
    async fn get_configuration(
        &self,
        context: &C) -> Result<GetConfigurationResponse, ApiError>
    {
        info!("get_configuration() - X-Span-ID: {:?}", context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn create_pay_pal_payment_method(
        &self,
        subscriber_id: String,
        create_pay_pal_billing_agreement_request: models::CreatePayPalBillingAgreementRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CreatePayPalPaymentMethodResponse, ApiError>
    {
        info!("create_pay_pal_payment_method({:?}, {:?}, {:?}) - X-Span-ID: {:?}", subscriber_id, create_pay_pal_billing_agreement_request, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn create_payment_method(
        &self,
        subscriber_id: String,
        param_type: Option<models::CreatePaymentMethodTypeParameter>,
        user_agent: Option<String>,
        context: &C) -> Result<CreatePaymentMethodResponse, ApiError>
    {
        info!("create_payment_method({:?}, {:?}, {:?}) - X-Span-ID: {:?}", subscriber_id, param_type, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn create_subscription_receipt_credentials(
        &self,
        subscriber_id: String,
        get_receipt_credentials_request: models::GetReceiptCredentialsRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CreateSubscriptionReceiptCredentialsResponse, ApiError>
    {
        info!("create_subscription_receipt_credentials({:?}, {:?}, {:?}) - X-Span-ID: {:?}", subscriber_id, get_receipt_credentials_request, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn delete_subscriber(
        &self,
        subscriber_id: String,
        context: &C) -> Result<DeleteSubscriberResponse, ApiError>
    {
        info!("delete_subscriber({:?}) - X-Span-ID: {:?}", subscriber_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn get_bank_mandate(
        &self,
        bank_transfer_type: models::GetBankMandateBankTransferTypeParameter,
        context: &C) -> Result<GetBankMandateResponse, ApiError>
    {
        info!("get_bank_mandate({:?}) - X-Span-ID: {:?}", bank_transfer_type, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Subscription information
    async fn get_subscription_information(
        &self,
        subscriber_id: String,
        context: &C) -> Result<GetSubscriptionInformationResponse, ApiError>
    {
        info!("get_subscription_information({:?}) - X-Span-ID: {:?}", subscriber_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn update_subscriber(
        &self,
        subscriber_id: String,
        context: &C) -> Result<UpdateSubscriberResponse, ApiError>
    {
        info!("update_subscriber({:?}) - X-Span-ID: {:?}", subscriber_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Set app store subscription
    async fn set_app_store_subscription(
        &self,
        subscriber_id: String,
        original_transaction_id: String,
        context: &C) -> Result<SetAppStoreSubscriptionResponse, ApiError>
    {
        info!("set_app_store_subscription({:?}, {:?}) - X-Span-ID: {:?}", subscriber_id, original_transaction_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn set_default_payment_method_for_ideal(
        &self,
        subscriber_id: String,
        setup_intent_id: String,
        context: &C) -> Result<SetDefaultPaymentMethodForIdealResponse, ApiError>
    {
        info!("set_default_payment_method_for_ideal({:?}, {:?}) - X-Span-ID: {:?}", subscriber_id, setup_intent_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Set a google play billing purchase token
    async fn set_play_store_subscription(
        &self,
        subscriber_id: String,
        purchase_token: String,
        context: &C) -> Result<SetPlayStoreSubscriptionResponse, ApiError>
    {
        info!("set_play_store_subscription({:?}, {:?}) - X-Span-ID: {:?}", subscriber_id, purchase_token, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn set_default_payment_method_with_processor(
        &self,
        subscriber_id: String,
        processor: models::SetDefaultPaymentMethodWithProcessorProcessorParameter,
        payment_method_token: String,
        context: &C) -> Result<SetDefaultPaymentMethodWithProcessorResponse, ApiError>
    {
        info!("set_default_payment_method_with_processor({:?}, {:?}, {:?}) - X-Span-ID: {:?}", subscriber_id, processor, payment_method_token, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    async fn set_subscription_level(
        &self,
        subscriber_id: String,
        level: i64,
        currency: String,
        idempotency_key: String,
        context: &C) -> Result<SetSubscriptionLevelResponse, ApiError>
    {
        info!("set_subscription_level({:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", subscriber_id, level, currency, idempotency_key, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Creates a new verification session for a specific phone number
    async fn create_session(
        &self,
        create_verification_session_request: models::CreateVerificationSessionRequest,
        context: &C) -> Result<CreateSessionResponse, ApiError>
    {
        info!("create_session({:?}) - X-Span-ID: {:?}", create_verification_session_request, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Get a registration verification session
    async fn get_session(
        &self,
        session_id: String,
        context: &C) -> Result<GetSessionResponse, ApiError>
    {
        info!("get_session({:?}) - X-Span-ID: {:?}", session_id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Request a verification code
    async fn request_verification_code(
        &self,
        session_id: String,
        verification_code_request: models::VerificationCodeRequest,
        user_agent: Option<String>,
        accept_language: Option<String>,
        context: &C) -> Result<RequestVerificationCodeResponse, ApiError>
    {
        info!("request_verification_code({:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", session_id, verification_code_request, user_agent, accept_language, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Update a registration verification session
    async fn update_session(
        &self,
        session_id: String,
        update_verification_session_request: models::UpdateVerificationSessionRequest,
        user_agent: Option<String>,
        context: &C) -> Result<UpdateSessionResponse, ApiError>
    {
        info!("update_session({:?}, {:?}, {:?}) - X-Span-ID: {:?}", session_id, update_verification_session_request, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Submit a verification code
    async fn verify_code(
        &self,
        session_id: String,
        submit_verification_code_request: models::SubmitVerificationCodeRequest,
        user_agent: Option<String>,
        context: &C) -> Result<VerifyCodeResponse, ApiError>
    {
        info!("verify_code({:?}, {:?}, {:?}) - X-Span-ID: {:?}", session_id, submit_verification_code_request, user_agent, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

}
