//! CLI tool driving the API client
use anyhow::{anyhow, Context, Result};
use clap::Parser;
use dialoguer::Confirm;
use log::{debug, info};
// models may be unused if all inputs are primitive types
#[allow(unused_imports)]
use signal_api::{
    models, ApiNoContext, Client, ContextWrapperExt,
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
use simple_logger::SimpleLogger;
use swagger::{AuthData, ContextBuilder, EmptyContext, Push, XSpanIdString};

type ClientContext = swagger::make_context_ty!(
    ContextBuilder,
    EmptyContext,
    Option<AuthData>,
    XSpanIdString
);

#[derive(Parser, Debug)]
#[clap(
    name = "Signal Server API",
    version = "20250610",
    about = "CLI access to Signal Server API"
)]
struct Cli {
    #[clap(subcommand)]
    operation: Operation,

    /// Address or hostname of the server hosting this API, including optional port
    #[clap(short = 'a', long, default_value = "http://localhost")]
    server_address: String,

    /// Path to the client private key if using client-side TLS authentication
    #[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
    #[clap(long, requires_all(&["client_certificate", "server_certificate"]))]
    client_key: Option<String>,

    /// Path to the client's public certificate associated with the private key
    #[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
    #[clap(long, requires_all(&["client_key", "server_certificate"]))]
    client_certificate: Option<String>,

    /// Path to CA certificate used to authenticate the server
    #[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
    #[clap(long)]
    server_certificate: Option<String>,

    /// If set, write output to file instead of stdout
    #[clap(short, long)]
    output_file: Option<String>,

    #[command(flatten)]
    verbosity: clap_verbosity_flag::Verbosity,

    /// Don't ask for any confirmation prompts
    #[allow(dead_code)]
    #[clap(short, long)]
    force: bool,
}

#[derive(Parser, Debug)]
enum Operation {
    /// Change number
    ChangeNumber {
        #[clap(value_parser = parse_json::<models::ChangeNumberRequest>)]
        change_number_request: models::ChangeNumberRequest,
        user_agent: Option<String>,
    },
    /// Confirm username hash
    ConfirmUsernameHash {
        #[clap(value_parser = parse_json::<models::ConfirmUsernameHashRequest>)]
        confirm_username_hash_request: models::ConfirmUsernameHashRequest,
    },
    DeleteAccount {
    },
    DeleteApnRegistrationId {
    },
    DeleteGcmRegistrationId {
    },
    /// Delete username hash
    DeleteUsernameHash {
    },
    /// Delete username link
    DeleteUsernameLink {
    },
    /// Set phone-number identity keys
    DistributePhoneNumberIdentityKeys {
        #[clap(value_parser = parse_json::<models::PhoneNumberIdentityKeyDistributionRequest>)]
        phone_number_identity_key_distribution_request: models::PhoneNumberIdentityKeyDistributionRequest,
        user_agent: Option<String>,
    },
    /// Produces a report of non-ephemeral account data stored by the service
    GetAccountDataReport {
    },
    RemoveRegistrationLock {
    },
    /// Reserve username hash
    ReserveUsernameHash {
        #[clap(value_parser = parse_json::<models::ReserveUsernameHashRequest>)]
        reserve_username_hash_request: models::ReserveUsernameHashRequest,
    },
    SetAccountAttributes {
        #[clap(value_parser = parse_json::<models::AccountAttributes>)]
        account_attributes: models::AccountAttributes,
        x_signal_agent: Option<String>,
    },
    SetApnRegistrationId {
        #[clap(value_parser = parse_json::<models::ApnRegistrationId>)]
        apn_registration_id: models::ApnRegistrationId,
    },
    SetGcmRegistrationId {
        #[clap(value_parser = parse_json::<models::GcmRegistrationId>)]
        gcm_registration_id: models::GcmRegistrationId,
    },
    /// Set a device's encrypted name
    SetName {
        #[clap(value_parser = parse_json::<models::DeviceName>)]
        device_name: models::DeviceName,
        device_id: Option<i32>,
    },
    /// Sets whether the account should be discoverable by phone number in the directory.
    SetPhoneNumberDiscoverability {
        #[clap(value_parser = parse_json::<models::PhoneNumberDiscoverabilityRequest>)]
        phone_number_discoverability_request: models::PhoneNumberDiscoverabilityRequest,
    },
    SetRegistrationLock {
        #[clap(value_parser = parse_json::<models::RegistrationLock>)]
        registration_lock: models::RegistrationLock,
    },
    /// Set username link
    UpdateUsernameLink {
        #[clap(value_parser = parse_json::<models::EncryptedUsername>)]
        encrypted_username: models::EncryptedUsername,
    },
    WhoAmI {
    },
    /// Check whether an account exists
    AccountExists {
        /// An ACI or PNI account identifier to check
        identifier: String,
    },
    /// Lookup username hash
    LookupUsernameHash {
        username_hash: String,
    },
    /// Lookup username link
    LookupUsernameLink {
        #[clap(value_parser = parse_json::<uuid::Uuid>)]
        uuid: uuid::Uuid,
    },
    /// Fetch message backup upload form
    Backup {
        /// Presentation of a ZK backup auth credential acquired from /v1/archives/auth, encoded in standard padded base64
        x_signal_zk_auth: String,
        /// Signature of the ZK auth credential's presentation, encoded in standard padded base64
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
    },
    /// Fetch backup info
    BackupInfo {
        /// Presentation of a ZK backup auth credential acquired from /v1/archives/auth, encoded in standard padded base64
        x_signal_zk_auth: String,
        /// Signature of the ZK auth credential's presentation, encoded in standard padded base64
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
    },
    /// Batched backup media
    CopyMedia {
        /// Presentation of a ZK backup auth credential acquired from /v1/archives/auth, encoded in standard padded base64
        x_signal_zk_auth: String,
        /// Signature of the ZK auth credential's presentation, encoded in standard padded base64
        x_signal_zk_auth_signature: String,
        #[clap(value_parser = parse_json::<models::CopyMediaBatchRequest>)]
        copy_media_batch_request: models::CopyMediaBatchRequest,
        user_agent: Option<String>,
    },
    /// Backup media
    CopyMedia1 {
        /// Presentation of a ZK backup auth credential acquired from /v1/archives/auth, encoded in standard padded base64
        x_signal_zk_auth: String,
        /// Signature of the ZK auth credential's presentation, encoded in standard padded base64
        x_signal_zk_auth_signature: String,
        #[clap(value_parser = parse_json::<models::CopyMediaRequest>)]
        copy_media_request: models::CopyMediaRequest,
        user_agent: Option<String>,
    },
    /// Delete entire backup
    DeleteBackup {
        /// Presentation of a ZK backup auth credential acquired from /v1/archives/auth, encoded in standard padded base64
        x_signal_zk_auth: String,
        /// Signature of the ZK auth credential's presentation, encoded in standard padded base64
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
    },
    /// Delete media objects
    DeleteMedia {
        /// Presentation of a ZK backup auth credential acquired from /v1/archives/auth, encoded in standard padded base64
        x_signal_zk_auth: String,
        /// Signature of the ZK auth credential's presentation, encoded in standard padded base64
        x_signal_zk_auth_signature: String,
        #[clap(value_parser = parse_json::<models::DeleteMedia>)]
        delete_media: models::DeleteMedia,
        user_agent: Option<String>,
    },
    /// Fetch ZK credentials 
    GetBackupZkCredentials {
        redemption_start_seconds: i64,
        redemption_end_seconds: i64,
        user_agent: Option<String>,
    },
    /// List media objects
    ListMedia {
        /// Presentation of a ZK backup auth credential acquired from /v1/archives/auth, encoded in standard padded base64
        x_signal_zk_auth: String,
        /// Signature of the ZK auth credential's presentation, encoded in standard padded base64
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        /// A cursor returned by a previous call
        cursor: Option<String>,
        /// The number of entries to return per call
        limit: Option<i32>,
    },
    /// Get CDN read credentials
    ReadAuth {
        /// Presentation of a ZK backup auth credential acquired from /v1/archives/auth, encoded in standard padded base64
        x_signal_zk_auth: String,
        /// Signature of the ZK auth credential's presentation, encoded in standard padded base64
        x_signal_zk_auth_signature: String,
        /// The number of the CDN to get credentials for
        cdn: i32,
        user_agent: Option<String>,
    },
    /// Redeem receipt
    RedeemReceipt {
        #[clap(value_parser = parse_json::<models::RedeemBackupReceiptRequest>)]
        redeem_backup_receipt_request: models::RedeemBackupReceiptRequest,
    },
    /// Refresh backup
    Refresh {
        /// Presentation of a ZK backup auth credential acquired from /v1/archives/auth, encoded in standard padded base64
        x_signal_zk_auth: String,
        /// Signature of the ZK auth credential's presentation, encoded in standard padded base64
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
    },
    /// Set backup id
    SetBackupId {
        #[clap(value_parser = parse_json::<models::SetBackupIdRequest>)]
        set_backup_id_request: models::SetBackupIdRequest,
    },
    /// Set public key
    SetPublicKey {
        /// Presentation of a ZK backup auth credential acquired from /v1/archives/auth, encoded in standard padded base64
        x_signal_zk_auth: String,
        /// Signature of the ZK auth credential's presentation, encoded in standard padded base64
        x_signal_zk_auth_signature: String,
        #[clap(value_parser = parse_json::<models::ArchiveSetPublicKeyRequest>)]
        archive_set_public_key_request: models::ArchiveSetPublicKeyRequest,
    },
    /// Fetch media attachment upload form
    UploadTemporaryAttachment {
        /// Presentation of a ZK backup auth credential acquired from /v1/archives/auth, encoded in standard padded base64
        x_signal_zk_auth: String,
        /// Signature of the ZK auth credential's presentation, encoded in standard padded base64
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
    },
    /// Get an upload form
    GetAttachmentUploadForm {
    },
    /// Generate a credential for creating call links
    GetCreateAuth {
        #[clap(value_parser = parse_json::<models::GetCreateCallLinkCredentialsRequest>)]
        get_create_call_link_credentials_request: models::GetCreateCallLinkCredentialsRequest,
    },
    /// Get 1:1 calling relay options for the client
    GetCallingRelays {
    },
    GetDeliveryCertificate {
        #[clap(short, long)]
        include_e164: Option<bool>,
    },
    GetGroupAuthenticationCredentials {
        user_agent: Option<String>,
        redemption_start_seconds: Option<i64>,
        redemption_end_seconds: Option<i64>,
    },
    /// Submit proof of a challenge completion
    HandleChallengeResponse {
        user_agent: Option<String>,
        #[clap(value_parser = parse_json::<models::HandleChallengeResponseRequest>)]
        handle_challenge_response_request: Option<models::HandleChallengeResponseRequest>,
    },
    /// Request a push challenge
    RequestPushChallenge {
    },
    /// Fetch an assert challenge
    AssertChallenge {
        #[clap(value_parser = parse_json::<models::AssertChallengeActionParameter>)]
        action: Option<models::AssertChallengeActionParameter>,
    },
    /// Perform an attested action
    Assertion {
        /// The keyId, encoded with padded url-safe base64
        key_id: String,
        /// The asserted JSON request data, encoded as a string in padded url-safe base64. This must exactly match the request you use when generating the assertion (including field ordering, whitespace, etc).
        request: String,
        /// The assertion created by [generateAssertion](https://developer.apple.com/documentation/devicecheck/dcappattestservice/generateassertion(_:clientdatahash:completionhandler:))
        #[clap(value_parser = parse_json::<swagger::ByteArray>)]
        body: Option<swagger::ByteArray>,
    },
    /// Register a keyId
    Attest {
        /// The keyId, encoded with padded url-safe base64
        key_id: String,
        /// The attestation data, created by [attestKey](https://developer.apple.com/documentation/devicecheck/dcappattestservice/attestkey(_:clientdatahash:completionhandler:))
        #[clap(value_parser = parse_json::<swagger::ByteArray>)]
        body: Option<swagger::ByteArray>,
    },
    /// Fetch an attest challenge
    AttestChallenge {
    },
    /// Generate a signed device-linking token
    CreateDeviceToken {
    },
    GetDevices {
    },
    /// Link a device to an account
    LinkDevice {
        #[clap(value_parser = parse_json::<models::LinkDeviceRequest>)]
        link_device_request: models::LinkDeviceRequest,
        /// HTTP Basic credentials
        authorization: Option<String>,
        user_agent: Option<String>,
    },
    /// Signals that a transfer archive has been uploaded for a specific linked device
    RecordTransferArchiveUploaded {
        #[clap(value_parser = parse_json::<models::TransferArchiveUploadedRequest>)]
        transfer_archive_uploaded_request: models::TransferArchiveUploadedRequest,
    },
    SetCapabilities {
        #[clap(value_parser = parse_json::<std::collections::HashMap<String, bool>>)]
        request_body: std::collections::HashMap<String, bool>,
    },
    /// Sets a public key for authentication
    SetPublicKey1 {
        #[clap(value_parser = parse_json::<models::SetPublicKeyRequest>)]
        set_public_key_request: Option<models::SetPublicKeyRequest>,
    },
    /// Wait for a new transfer archive to be uploaded
    WaitForTransferArchive {
        timeout: Option<u32>,
        user_agent: Option<String>,
    },
    /// Signals that a new device is requesting restoration of account data by some method
    RecordRestoreAccountRequest {
        token: String,
        #[clap(value_parser = parse_json::<models::RestoreAccountRequest>)]
        restore_account_request: Option<models::RestoreAccountRequest>,
    },
    RemoveDevice {
        device_id: i32,
    },
    /// Wait for restore account request
    WaitForDeviceTransferRequest {
        token: String,
        timeout: Option<u32>,
    },
    /// Wait for a new device to be linked to an account
    WaitForLinkedDevice {
        token_identifier: String,
        timeout: Option<u32>,
        user_agent: Option<String>,
    },
    /// Generate credentials for Contact Discovery Service
    GetAuthToken {
    },
    RedeemReceipt1 {
        #[clap(value_parser = parse_json::<models::RedeemReceiptRequest>)]
        redeem_receipt_request: models::RedeemReceiptRequest,
    },
    GetKeepAlive {
    },
    GetProvisioningKeepAlive {
    },
    /// Get the current value of the distinguished key
    GetDistinguishedKey {
        /// The distinguished tree head size returned by a previously verified call
        last_tree_head_size: Option<i64>,
    },
    /// Monitor the given identifiers in the key transparency log
    Monitor {
        #[clap(value_parser = parse_json::<models::KeyTransparencyMonitorRequest>)]
        key_transparency_monitor_request: models::KeyTransparencyMonitorRequest,
    },
    /// Search for the given identifiers in the key transparency log
    Search {
        #[clap(value_parser = parse_json::<models::KeyTransparencySearchRequest>)]
        key_transparency_search_request: models::KeyTransparencySearchRequest,
    },
    /// Check keys
    CheckKeys {
        #[clap(value_parser = parse_json::<models::CheckKeysRequest>)]
        check_keys_request: models::CheckKeysRequest,
    },
    /// Get prekey count
    GetStatus {
        #[clap(value_parser = parse_json::<models::GetStatusIdentityParameter>)]
        identity: Option<models::GetStatusIdentityParameter>,
    },
    /// Upload new prekeys
    SetKeys {
        #[clap(value_parser = parse_json::<models::SetKeysRequest>)]
        set_keys_request: models::SetKeysRequest,
        #[clap(value_parser = parse_json::<models::SetKeysIdentityParameter>)]
        identity: Option<models::SetKeysIdentityParameter>,
        user_agent: Option<String>,
    },
    /// Fetch public keys for another user
    GetDeviceKeys {
        /// the account or phone-number identifier to retrieve keys for
        identifier: String,
        /// the device id of a single device to retrieve prekeys for, or `*` for all enabled devices
        device_id: String,
        /// Base64 of the 16-byte unidentified access key (for multi-recipient sends: the XOR of all recipients' keys)
        unidentified_access_key: Option<String>,
        /// Base64 of a serialized zkgroup GroupSendFullToken
        group_send_token: Option<String>,
        user_agent: Option<String>,
    },
    GetPendingMessages {
        x_signal_receive_stories: Option<String>,
        user_agent: Option<String>,
    },
    /// Send multi-recipient sealed-sender message
    SendMultiRecipientMessage {
        /// The sealed-sender multi-recipient message payload as serialized by libsignal
        #[clap(value_parser = parse_json::<swagger::ByteArray>)]
        body: swagger::ByteArray,
        /// The bitwise xor of the unidentified access keys for every recipient of the message. Will be replaced with group send endorsements
        unidentified_access_key: Option<String>,
        /// A group send endorsement token covering recipients of this message. Must not be combined with `Unidentified-Access-Key` or set on a story message.
        group_send_token: Option<String>,
        /// If true, deliver the message only to recipients that are online when it is sent
        #[clap(long)]
        online: Option<bool>,
        /// The sender's timestamp for the envelope
        ts: Option<i64>,
        /// If true, this message should cause push notifications to be sent to recipients
        #[clap(short, long)]
        urgent: Option<bool>,
        /// If true, the message is a story; access tokens are not checked and sending to nonexistent recipients is permitted
        #[clap(short, long)]
        story: Option<bool>,
    },
    RemovePendingMessage {
        #[clap(value_parser = parse_json::<uuid::Uuid>)]
        uuid: uuid::Uuid,
    },
    /// Send a message
    SendMessage {
        /// If true, deliver the message only to recipients that are online when it is sent
        destination: String,
        /// The encrypted message payloads for each recipient device
        #[clap(value_parser = parse_json::<models::IncomingMessageList>)]
        incoming_message_list: models::IncomingMessageList,
        /// The recipient's unidentified access key
        unidentified_access_key: Option<String>,
        /// A group send endorsement token covering the recipient. Must not be combined with `Unidentified-Access-Key` or set on a story message.
        group_send_token: Option<String>,
        user_agent: Option<String>,
        /// If true, the message is a story; access tokens are not checked and sending to nonexistent recipients is permitted
        #[clap(short, long)]
        story: Option<bool>,
    },
    ReportSpamMessage {
        source: String,
        #[clap(value_parser = parse_json::<uuid::Uuid>)]
        message_guid: uuid::Uuid,
        user_agent: Option<String>,
        #[clap(value_parser = parse_json::<models::SpamReport>)]
        spam_report: Option<models::SpamReport>,
    },
    ConfirmPayPalBoost {
        #[clap(value_parser = parse_json::<models::ConfirmPayPalBoostRequest>)]
        confirm_pay_pal_boost_request: models::ConfirmPayPalBoostRequest,
        user_agent: Option<String>,
    },
    /// Create a Stripe payment intent
    CreateBoostPaymentIntent {
        #[clap(value_parser = parse_json::<models::CreateBoostRequest>)]
        create_boost_request: models::CreateBoostRequest,
        user_agent: Option<String>,
    },
    CreateBoostReceiptCredentials {
        #[clap(value_parser = parse_json::<models::CreateBoostReceiptCredentialsRequest>)]
        create_boost_receipt_credentials_request: models::CreateBoostReceiptCredentialsRequest,
        user_agent: Option<String>,
    },
    CreatePayPalBoost {
        #[clap(value_parser = parse_json::<models::CreatePayPalBoostRequest>)]
        create_pay_pal_boost_request: models::CreatePayPalBoostRequest,
        user_agent: Option<String>,
    },
    GetAuth {
    },
    GetConversions {
    },
    RunBatchIdentityCheck {
        #[clap(value_parser = parse_json::<models::BatchIdentityCheckRequest>)]
        batch_identity_check_request: models::BatchIdentityCheckRequest,
    },
    SetProfile {
        #[clap(value_parser = parse_json::<models::CreateProfileRequest>)]
        create_profile_request: models::CreateProfileRequest,
    },
    GetUnversionedProfile {
        identifier: String,
        /// Base64 of the 16-byte unidentified access key (for multi-recipient sends: the XOR of all recipients' keys)
        unidentified_access_key: Option<String>,
        /// Base64 of a serialized zkgroup GroupSendFullToken
        group_send_token: Option<String>,
        user_agent: Option<String>,
    },
    GetProfile {
        #[clap(value_parser = parse_json::<uuid::Uuid>)]
        identifier: uuid::Uuid,
        version: String,
        /// Base64 of the 16-byte unidentified access key (for multi-recipient sends: the XOR of all recipients' keys)
        unidentified_access_key: Option<String>,
        user_agent: Option<String>,
    },
    GetProfile1 {
        #[clap(value_parser = parse_json::<uuid::Uuid>)]
        identifier: uuid::Uuid,
        version: String,
        credential_request: String,
        /// Base64 of the 16-byte unidentified access key (for multi-recipient sends: the XOR of all recipients' keys)
        unidentified_access_key: Option<String>,
        credential_type: Option<String>,
        user_agent: Option<String>,
    },
    /// Send a provisioning message to a new device
    SendProvisioningMessage {
        /// The temporary provisioning address to which to send a provisioning message
        destination: String,
        /// The provisioning message to send to the given provisioning address
        #[clap(value_parser = parse_json::<models::ProvisioningMessage>)]
        provisioning_message: models::ProvisioningMessage,
        user_agent: Option<String>,
    },
    /// Registers an account
    Register {
        /// HTTP Basic credentials
        authorization: String,
        #[clap(value_parser = parse_json::<models::RegistrationRequest>)]
        registration_request: models::RegistrationRequest,
        x_signal_agent: Option<String>,
        user_agent: Option<String>,
    },
    /// Fetch remote configuration
    GetAll {
    },
    /// Generate credentials for Storage Service
    GetAuth1 {
    },
    /// Check SVR2 credentials
    AuthCheck {
        #[clap(value_parser = parse_json::<models::AuthCheckRequest>)]
        auth_check_request: models::AuthCheckRequest,
    },
    /// Generate credentials for SVR2
    GetAuth2 {
    },
    GetStickersForm {
        count: u32,
    },
    /// Subscription configuration 
    GetConfiguration {
    },
    CreatePayPalPaymentMethod {
        subscriber_id: String,
        #[clap(value_parser = parse_json::<models::CreatePayPalBillingAgreementRequest>)]
        create_pay_pal_billing_agreement_request: models::CreatePayPalBillingAgreementRequest,
        user_agent: Option<String>,
    },
    CreatePaymentMethod {
        subscriber_id: String,
        #[clap(value_parser = parse_json::<models::CreatePaymentMethodTypeParameter>)]
        param_type: Option<models::CreatePaymentMethodTypeParameter>,
        user_agent: Option<String>,
    },
    CreateSubscriptionReceiptCredentials {
        subscriber_id: String,
        #[clap(value_parser = parse_json::<models::GetReceiptCredentialsRequest>)]
        get_receipt_credentials_request: models::GetReceiptCredentialsRequest,
        user_agent: Option<String>,
    },
    DeleteSubscriber {
        subscriber_id: String,
    },
    GetBankMandate {
        #[clap(value_parser = parse_json::<models::GetBankMandateBankTransferTypeParameter>)]
        bank_transfer_type: models::GetBankMandateBankTransferTypeParameter,
    },
    /// Subscription information
    GetSubscriptionInformation {
        subscriber_id: String,
    },
    UpdateSubscriber {
        subscriber_id: String,
    },
    /// Set app store subscription
    SetAppStoreSubscription {
        subscriber_id: String,
        original_transaction_id: String,
    },
    SetDefaultPaymentMethodForIdeal {
        subscriber_id: String,
        setup_intent_id: String,
    },
    /// Set a google play billing purchase token
    SetPlayStoreSubscription {
        subscriber_id: String,
        purchase_token: String,
    },
    SetDefaultPaymentMethodWithProcessor {
        subscriber_id: String,
        #[clap(value_parser = parse_json::<models::SetDefaultPaymentMethodWithProcessorProcessorParameter>)]
        processor: models::SetDefaultPaymentMethodWithProcessorProcessorParameter,
        payment_method_token: String,
    },
    SetSubscriptionLevel {
        subscriber_id: String,
        level: i64,
        currency: String,
        idempotency_key: String,
    },
    /// Creates a new verification session for a specific phone number
    CreateSession {
        #[clap(value_parser = parse_json::<models::CreateVerificationSessionRequest>)]
        create_verification_session_request: models::CreateVerificationSessionRequest,
    },
    /// Get a registration verification session
    GetSession {
        session_id: String,
    },
    /// Request a verification code
    RequestVerificationCode {
        session_id: String,
        #[clap(value_parser = parse_json::<models::VerificationCodeRequest>)]
        verification_code_request: models::VerificationCodeRequest,
        user_agent: Option<String>,
        /// Ordered list of languages in which the client prefers to receive SMS or voice verification messages
        accept_language: Option<String>,
    },
    /// Update a registration verification session
    UpdateSession {
        session_id: String,
        #[clap(value_parser = parse_json::<models::UpdateVerificationSessionRequest>)]
        update_verification_session_request: models::UpdateVerificationSessionRequest,
        user_agent: Option<String>,
    },
    /// Submit a verification code
    VerifyCode {
        session_id: String,
        #[clap(value_parser = parse_json::<models::SubmitVerificationCodeRequest>)]
        submit_verification_code_request: models::SubmitVerificationCodeRequest,
        user_agent: Option<String>,
    },
}

// On Linux/Unix with OpenSSL (client-tls feature), support certificate pinning and mutual TLS
#[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
fn create_client(args: &Cli, context: ClientContext) -> Result<Box<dyn ApiNoContext<ClientContext>>> {
    if args.client_certificate.is_some() {
        debug!("Using mutual TLS");
        let client = Client::try_new_https_mutual(
            &args.server_address,
            args.server_certificate.clone().unwrap(),
            args.client_key.clone().unwrap(),
            args.client_certificate.clone().unwrap(),
        )
        .context("Failed to create HTTPS client")?;
        Ok(Box::new(client.with_context(context)))
    } else if args.server_certificate.is_some() {
        debug!("Using TLS with pinned server certificate");
        let client =
            Client::try_new_https_pinned(&args.server_address, args.server_certificate.clone().unwrap())
                .context("Failed to create HTTPS client")?;
        Ok(Box::new(client.with_context(context)))
    } else {
        debug!("Using client without certificates");
        let client =
            Client::try_new(&args.server_address).context("Failed to create HTTP(S) client")?;
        Ok(Box::new(client.with_context(context)))
    }
}

// On macOS/Windows/iOS or without client-tls feature, use simple client (no cert pinning/mutual TLS)
#[cfg(any(
    not(feature = "client-tls"),
    all(feature = "client-tls", any(target_os = "macos", target_os = "windows", target_os = "ios"))
))]
fn create_client(args: &Cli, context: ClientContext) -> Result<Box<dyn ApiNoContext<ClientContext>>> {
    // Client::try_new() automatically detects the URL scheme (http:// or https://)
    // and creates the appropriate client.
    // Note: Certificate pinning and mutual TLS are only available on Linux/Unix with OpenSSL
    let client =
        Client::try_new(&args.server_address).context("Failed to create HTTP(S) client")?;
    Ok(Box::new(client.with_context(context)))
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Cli::parse();
    if let Some(log_level) = args.verbosity.log_level() {
        SimpleLogger::new().with_level(log_level.to_level_filter()).init()?;
    }

    debug!("Arguments: {:?}", &args);

    let auth_data: Option<AuthData> = None;

    #[allow(trivial_casts)]
    let context = swagger::make_context!(
        ContextBuilder,
        EmptyContext,
        auth_data,
        XSpanIdString::default()
    );

    let client = create_client(&args, context)?;

    let result = match args.operation {
        Operation::ChangeNumber {
            change_number_request,
            user_agent,
        } => {
            info!("Performing a ChangeNumber request");

            let result = client.change_number(
                change_number_request,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ChangeNumberResponse::ThePhoneNumberAssociatedWithTheAuthenticatedAccountWasChangedSuccessfully
                (body)
                => "ThePhoneNumberAssociatedWithTheAuthenticatedAccountWasChangedSuccessfully\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ChangeNumberResponse::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
                ChangeNumberResponse::VerificationFailedForTheProvidedRegistrationRecoveryPassword
                => "VerificationFailedForTheProvidedRegistrationRecoveryPassword\n".to_string()
                    ,
                ChangeNumberResponse::MismatchedNumberOfDevicesOrDeviceIdsInDevicesToNotifyList
                (body)
                => "MismatchedNumberOfDevicesOrDeviceIdsInDevicesToNotifyList\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ChangeNumberResponse::MismatchedRegistrationIdsInDevicesToNotifyList
                (body)
                => "MismatchedRegistrationIdsInDevicesToNotifyList\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ChangeNumberResponse::OneOrMoreDeviceMessagesWasTooLarge
                => "OneOrMoreDeviceMessagesWasTooLarge\n".to_string()
                    ,
                ChangeNumberResponse::TheRequestDidNotPassValidation
                => "TheRequestDidNotPassValidation\n".to_string()
                    ,
                ChangeNumberResponse::RegistrationLockIsEnabledAndTheSuppliedLockIsAbsentOrWrong
                (body)
                => "RegistrationLockIsEnabledAndTheSuppliedLockIsAbsentOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ChangeNumberResponse::TooManyAttempts
                {
                    retry_after,
                }
                => "TooManyAttempts\n".to_string()
                    +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                ChangeNumberResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ChangeNumberResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ConfirmUsernameHash {
            confirm_username_hash_request,
        } => {
            info!("Performing a ConfirmUsernameHash request");

            let result = client.confirm_username_hash(
                confirm_username_hash_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ConfirmUsernameHashResponse::UsernameHashConfirmedSuccessfully
                (body)
                => "UsernameHashConfirmedSuccessfully\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConfirmUsernameHashResponse::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
                ConfirmUsernameHashResponse::GivenUsernameHashDoesn
                => "GivenUsernameHashDoesn\n".to_string()
                    ,
                ConfirmUsernameHashResponse::UsernameHashNotAvailable
                => "UsernameHashNotAvailable\n".to_string()
                    ,
                ConfirmUsernameHashResponse::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                ConfirmUsernameHashResponse::Ratelimited
                => "Ratelimited\n".to_string()
                    ,
                ConfirmUsernameHashResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConfirmUsernameHashResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DeleteAccount {
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a DeleteAccount request");

            let result = client.delete_account(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeleteAccountResponse::Success
                => "Success\n".to_string()
                    ,
                DeleteAccountResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DeleteApnRegistrationId {
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a DeleteApnRegistrationId request");

            let result = client.delete_apn_registration_id(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeleteApnRegistrationIdResponse::Success
                => "Success\n".to_string()
                    ,
                DeleteApnRegistrationIdResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DeleteGcmRegistrationId {
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a DeleteGcmRegistrationId request");

            let result = client.delete_gcm_registration_id(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeleteGcmRegistrationIdResponse::Success
                => "Success\n".to_string()
                    ,
                DeleteGcmRegistrationIdResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DeleteUsernameHash {
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a DeleteUsernameHash request");

            let result = client.delete_username_hash(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeleteUsernameHashResponse::UsernameSuccessfullyDeleted
                => "UsernameSuccessfullyDeleted\n".to_string()
                    ,
                DeleteUsernameHashResponse::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
            }
        }
        Operation::DeleteUsernameLink {
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a DeleteUsernameLink request");

            let result = client.delete_username_link(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeleteUsernameLinkResponse::UsernameLinkSuccessfullyDeleted
                => "UsernameLinkSuccessfullyDeleted\n".to_string()
                    ,
                DeleteUsernameLinkResponse::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
                DeleteUsernameLinkResponse::Ratelimited
                => "Ratelimited\n".to_string()
                    ,
            }
        }
        Operation::DistributePhoneNumberIdentityKeys {
            phone_number_identity_key_distribution_request,
            user_agent,
        } => {
            info!("Performing a DistributePhoneNumberIdentityKeys request");

            let result = client.distribute_phone_number_identity_keys(
                phone_number_identity_key_distribution_request,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DistributePhoneNumberIdentityKeysResponse::IndicatesTheTransactionWasSuccessfulAndReturnsBasicInformationAboutThisAccount
                (body)
                => "IndicatesTheTransactionWasSuccessfulAndReturnsBasicInformationAboutThisAccount\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DistributePhoneNumberIdentityKeysResponse::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
                DistributePhoneNumberIdentityKeysResponse::ThisEndpointCanOnlyBeInvokedFromTheAccount
                => "ThisEndpointCanOnlyBeInvokedFromTheAccount\n".to_string()
                    ,
                DistributePhoneNumberIdentityKeysResponse::TheRequestBodyFailedValidation
                => "TheRequestBodyFailedValidation\n".to_string()
                    ,
                DistributePhoneNumberIdentityKeysResponse::TheSetOfDevicesSpecifiedInTheRequestDoesNotMatchTheSetOfDevicesActiveOnTheAccount
                (body)
                => "TheSetOfDevicesSpecifiedInTheRequestDoesNotMatchTheSetOfDevicesActiveOnTheAccount\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DistributePhoneNumberIdentityKeysResponse::TheRegistrationIDsProvidedForSomeDevicesDoNotMatchThoseStoredOnTheServer
                (body)
                => "TheRegistrationIDsProvidedForSomeDevicesDoNotMatchThoseStoredOnTheServer\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DistributePhoneNumberIdentityKeysResponse::OneOrMoreDeviceMessagesWasTooLarge
                => "OneOrMoreDeviceMessagesWasTooLarge\n".to_string()
                    ,
                DistributePhoneNumberIdentityKeysResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DistributePhoneNumberIdentityKeysResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetAccountDataReport {
        } => {
            info!("Performing a GetAccountDataReport request");

            let result = client.get_account_data_report(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetAccountDataReportResponse::ResponseWithDataReport
                (body)
                => "ResponseWithDataReport\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetAccountDataReportResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::RemoveRegistrationLock {
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a RemoveRegistrationLock request");

            let result = client.remove_registration_lock(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RemoveRegistrationLockResponse::Success
                => "Success\n".to_string()
                    ,
                RemoveRegistrationLockResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ReserveUsernameHash {
            reserve_username_hash_request,
        } => {
            info!("Performing a ReserveUsernameHash request");

            let result = client.reserve_username_hash(
                reserve_username_hash_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ReserveUsernameHashResponse::UsernameHashReservedSuccessfully
                (body)
                => "UsernameHashReservedSuccessfully\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ReserveUsernameHashResponse::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
                ReserveUsernameHashResponse::AllUsernameHashesFromTheListAreTaken
                => "AllUsernameHashesFromTheListAreTaken\n".to_string()
                    ,
                ReserveUsernameHashResponse::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                ReserveUsernameHashResponse::Ratelimited
                => "Ratelimited\n".to_string()
                    ,
                ReserveUsernameHashResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ReserveUsernameHashResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetAccountAttributes {
            account_attributes,
            x_signal_agent,
        } => {
            info!("Performing a SetAccountAttributes request");

            let result = client.set_account_attributes(
                account_attributes,
                x_signal_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetAccountAttributesResponse::Success
                => "Success\n".to_string()
                    ,
                SetAccountAttributesResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetAccountAttributesResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetAccountAttributesResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetAccountAttributesResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetApnRegistrationId {
            apn_registration_id,
        } => {
            info!("Performing a SetApnRegistrationId request");

            let result = client.set_apn_registration_id(
                apn_registration_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetApnRegistrationIdResponse::Success
                => "Success\n".to_string()
                    ,
                SetApnRegistrationIdResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetApnRegistrationIdResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetApnRegistrationIdResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetApnRegistrationIdResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetGcmRegistrationId {
            gcm_registration_id,
        } => {
            info!("Performing a SetGcmRegistrationId request");

            let result = client.set_gcm_registration_id(
                gcm_registration_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetGcmRegistrationIdResponse::Success
                => "Success\n".to_string()
                    ,
                SetGcmRegistrationIdResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetGcmRegistrationIdResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetGcmRegistrationIdResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetGcmRegistrationIdResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetName {
            device_name,
            device_id,
        } => {
            info!("Performing a SetName request");

            let result = client.set_name(
                device_name,
                device_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetNameResponse::DeviceNameChangedSuccessfully
                => "DeviceNameChangedSuccessfully\n".to_string()
                    ,
                SetNameResponse::NoDeviceFoundWithTheGivenID
                => "NoDeviceFoundWithTheGivenID\n".to_string()
                    ,
                SetNameResponse::NotAuthorizedToChangeTheNameOfTheDeviceWithTheGivenID
                => "NotAuthorizedToChangeTheNameOfTheDeviceWithTheGivenID\n".to_string()
                    ,
                SetNameResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetNameResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetNameResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetNameResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetPhoneNumberDiscoverability {
            phone_number_discoverability_request,
        } => {
            info!("Performing a SetPhoneNumberDiscoverability request");

            let result = client.set_phone_number_discoverability(
                phone_number_discoverability_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetPhoneNumberDiscoverabilityResponse::TheSettingWasSuccessfullyUpdated
                => "TheSettingWasSuccessfullyUpdated\n".to_string()
                    ,
                SetPhoneNumberDiscoverabilityResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetPhoneNumberDiscoverabilityResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetPhoneNumberDiscoverabilityResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetPhoneNumberDiscoverabilityResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetRegistrationLock {
            registration_lock,
        } => {
            info!("Performing a SetRegistrationLock request");

            let result = client.set_registration_lock(
                registration_lock,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetRegistrationLockResponse::Success
                => "Success\n".to_string()
                    ,
                SetRegistrationLockResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetRegistrationLockResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetRegistrationLockResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetRegistrationLockResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::UpdateUsernameLink {
            encrypted_username,
        } => {
            info!("Performing a UpdateUsernameLink request");

            let result = client.update_username_link(
                encrypted_username,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                UpdateUsernameLinkResponse::UsernameLinkUpdatedSuccessfully
                (body)
                => "UsernameLinkUpdatedSuccessfully\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UpdateUsernameLinkResponse::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
                UpdateUsernameLinkResponse::UsernameIsNotSetForTheAccount
                => "UsernameIsNotSetForTheAccount\n".to_string()
                    ,
                UpdateUsernameLinkResponse::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                UpdateUsernameLinkResponse::Ratelimited
                => "Ratelimited\n".to_string()
                    ,
                UpdateUsernameLinkResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UpdateUsernameLinkResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::WhoAmI {
        } => {
            info!("Performing a WhoAmI request");

            let result = client.who_am_i(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                WhoAmIResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                WhoAmIResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::AccountExists {
            identifier,
        } => {
            info!("Performing a AccountExists request on {:?}", (
                &identifier
            ));

            let result = client.account_exists(
                identifier,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                AccountExistsResponse::AnAccountWithTheGivenIdentifierWasFound
                => "AnAccountWithTheGivenIdentifierWasFound\n".to_string()
                    ,
                AccountExistsResponse::RequestMustNotBeAuthenticated
                => "RequestMustNotBeAuthenticated\n".to_string()
                    ,
                AccountExistsResponse::AnAccountWasNotFoundForTheGivenIdentifier
                => "AnAccountWasNotFoundForTheGivenIdentifier\n".to_string()
                    ,
                AccountExistsResponse::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                AccountExistsResponse::Rate
                => "Rate\n".to_string()
                    ,
                AccountExistsResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::LookupUsernameHash {
            username_hash,
        } => {
            info!("Performing a LookupUsernameHash request on {:?}", (
                &username_hash
            ));

            let result = client.lookup_username_hash(
                username_hash,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                LookupUsernameHashResponse::AccountFoundForTheGivenUsername
                (body)
                => "AccountFoundForTheGivenUsername\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LookupUsernameHashResponse::RequestMustNotBeAuthenticated
                => "RequestMustNotBeAuthenticated\n".to_string()
                    ,
                LookupUsernameHashResponse::AccountNotFoundForTheGivenUsername
                => "AccountNotFoundForTheGivenUsername\n".to_string()
                    ,
                LookupUsernameHashResponse::RateLimited
                (body)
                => "RateLimited\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LookupUsernameHashResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LookupUsernameHashResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::LookupUsernameLink {
            uuid,
        } => {
            info!("Performing a LookupUsernameLink request on {:?}", (
                &uuid
            ));

            let result = client.lookup_username_link(
                uuid,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                LookupUsernameLinkResponse::UsernameLinkWithTheGivenHandleWasFound
                (body)
                => "UsernameLinkWithTheGivenHandleWasFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LookupUsernameLinkResponse::RequestMustNotBeAuthenticated
                => "RequestMustNotBeAuthenticated\n".to_string()
                    ,
                LookupUsernameLinkResponse::UsernameLinkWasNotFoundForTheGivenHandle
                => "UsernameLinkWasNotFoundForTheGivenHandle\n".to_string()
                    ,
                LookupUsernameLinkResponse::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                LookupUsernameLinkResponse::Ratelimited
                => "Ratelimited\n".to_string()
                    ,
                LookupUsernameLinkResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::Backup {
            x_signal_zk_auth,
            x_signal_zk_auth_signature,
            user_agent,
        } => {
            info!("Performing a Backup request");

            let result = client.backup(
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                BackupResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                BackupResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                BackupResponse::Forbidden
                => "Forbidden\n".to_string()
                    ,
                BackupResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                => "TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup\n".to_string()
                    ,
                BackupResponse::BadArguments
                => "BadArguments\n".to_string()
                    ,
                BackupResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::BackupInfo {
            x_signal_zk_auth,
            x_signal_zk_auth_signature,
            user_agent,
        } => {
            info!("Performing a BackupInfo request");

            let result = client.backup_info(
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                BackupInfoResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                BackupInfoResponse::NoExistingBackupsFound
                => "NoExistingBackupsFound\n".to_string()
                    ,
                BackupInfoResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                BackupInfoResponse::Forbidden
                => "Forbidden\n".to_string()
                    ,
                BackupInfoResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                => "TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup\n".to_string()
                    ,
                BackupInfoResponse::BadArguments
                => "BadArguments\n".to_string()
                    ,
                BackupInfoResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::CopyMedia {
            x_signal_zk_auth,
            x_signal_zk_auth_signature,
            copy_media_batch_request,
            user_agent,
        } => {
            info!("Performing a CopyMedia request");

            let result = client.copy_media(
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                copy_media_batch_request,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                CopyMediaResponse::TheRequestWasProcessedAndEachOperation
                (body)
                => "TheRequestWasProcessedAndEachOperation\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CopyMediaResponse::AllMediaCapacityHasBeenConsumed
                => "AllMediaCapacityHasBeenConsumed\n".to_string()
                    ,
                CopyMediaResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                CopyMediaResponse::Forbidden
                => "Forbidden\n".to_string()
                    ,
                CopyMediaResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                => "TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup\n".to_string()
                    ,
                CopyMediaResponse::BadArguments
                => "BadArguments\n".to_string()
                    ,
                CopyMediaResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CopyMediaResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::CopyMedia1 {
            x_signal_zk_auth,
            x_signal_zk_auth_signature,
            copy_media_request,
            user_agent,
        } => {
            info!("Performing a CopyMedia1 request");

            let result = client.copy_media1(
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                copy_media_request,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                CopyMedia1Response::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CopyMedia1Response::BadArguments
                => "BadArguments\n".to_string()
                    ,
                CopyMedia1Response::AllMediaCapacityHasBeenConsumed
                => "AllMediaCapacityHasBeenConsumed\n".to_string()
                    ,
                CopyMedia1Response::TheSourceObjectWasNotFound
                => "TheSourceObjectWasNotFound\n".to_string()
                    ,
                CopyMedia1Response::RateLimited
                => "RateLimited\n".to_string()
                    ,
                CopyMedia1Response::Forbidden
                => "Forbidden\n".to_string()
                    ,
                CopyMedia1Response::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                => "TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup\n".to_string()
                    ,
                CopyMedia1Response::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CopyMedia1Response::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DeleteBackup {
            x_signal_zk_auth,
            x_signal_zk_auth_signature,
            user_agent,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a DeleteBackup request");

            let result = client.delete_backup(
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeleteBackupResponse::TheBackupHasBeenSuccessfullyRemoved
                => "TheBackupHasBeenSuccessfullyRemoved\n".to_string()
                    ,
                DeleteBackupResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                DeleteBackupResponse::Forbidden
                => "Forbidden\n".to_string()
                    ,
                DeleteBackupResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                => "TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup\n".to_string()
                    ,
                DeleteBackupResponse::BadArguments
                => "BadArguments\n".to_string()
                    ,
                DeleteBackupResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DeleteMedia {
            x_signal_zk_auth,
            x_signal_zk_auth_signature,
            delete_media,
            user_agent,
        } => {
            info!("Performing a DeleteMedia request");

            let result = client.delete_media(
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                delete_media,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeleteMediaResponse::TheProvidedObjectsWereSuccessfullyDeletedOrTheyDoNotExist
                => "TheProvidedObjectsWereSuccessfullyDeletedOrTheyDoNotExist\n".to_string()
                    ,
                DeleteMediaResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                DeleteMediaResponse::Forbidden
                => "Forbidden\n".to_string()
                    ,
                DeleteMediaResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                => "TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup\n".to_string()
                    ,
                DeleteMediaResponse::BadArguments
                => "BadArguments\n".to_string()
                    ,
                DeleteMediaResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeleteMediaResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetBackupZkCredentials {
            redemption_start_seconds,
            redemption_end_seconds,
            user_agent,
        } => {
            info!("Performing a GetBackupZkCredentials request");

            let result = client.get_backup_zk_credentials(
                redemption_start_seconds,
                redemption_end_seconds,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetBackupZkCredentialsResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetBackupZkCredentialsResponse::TheStart
                => "TheStart\n".to_string()
                    ,
                GetBackupZkCredentialsResponse::CouldNotFindAnExistingBlindedBackupId
                => "CouldNotFindAnExistingBlindedBackupId\n".to_string()
                    ,
                GetBackupZkCredentialsResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                GetBackupZkCredentialsResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetBackupZkCredentialsResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ListMedia {
            x_signal_zk_auth,
            x_signal_zk_auth_signature,
            user_agent,
            cursor,
            limit,
        } => {
            info!("Performing a ListMedia request");

            let result = client.list_media(
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                user_agent,
                cursor,
                limit,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ListMediaResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ListMediaResponse::BadArguments
                => "BadArguments\n".to_string()
                    ,
                ListMediaResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                ListMediaResponse::Forbidden
                => "Forbidden\n".to_string()
                    ,
                ListMediaResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                => "TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup\n".to_string()
                    ,
                ListMediaResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ReadAuth {
            x_signal_zk_auth,
            x_signal_zk_auth_signature,
            cdn,
            user_agent,
        } => {
            info!("Performing a ReadAuth request");

            let result = client.read_auth(
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                cdn,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ReadAuthResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ReadAuthResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                ReadAuthResponse::Forbidden
                => "Forbidden\n".to_string()
                    ,
                ReadAuthResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                => "TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup\n".to_string()
                    ,
                ReadAuthResponse::BadArguments
                => "BadArguments\n".to_string()
                    ,
                ReadAuthResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::RedeemReceipt {
            redeem_backup_receipt_request,
        } => {
            info!("Performing a RedeemReceipt request");

            let result = client.redeem_receipt(
                redeem_backup_receipt_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RedeemReceiptResponse::TheReceiptWasRedeemed
                => "TheReceiptWasRedeemed\n".to_string()
                    ,
                RedeemReceiptResponse::TheProvidedPresentationOrReceiptWasInvalid
                => "TheProvidedPresentationOrReceiptWasInvalid\n".to_string()
                    ,
                RedeemReceiptResponse::TheTargetAccountDoesNotHaveABackup
                => "TheTargetAccountDoesNotHaveABackup\n".to_string()
                    ,
                RedeemReceiptResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                RedeemReceiptResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RedeemReceiptResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RedeemReceiptResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::Refresh {
            x_signal_zk_auth,
            x_signal_zk_auth_signature,
            user_agent,
        } => {
            info!("Performing a Refresh request");

            let result = client.refresh(
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RefreshResponse::TheBackupWasSuccessfullyRefreshed
                => "TheBackupWasSuccessfullyRefreshed\n".to_string()
                    ,
                RefreshResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                RefreshResponse::Forbidden
                => "Forbidden\n".to_string()
                    ,
                RefreshResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                => "TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup\n".to_string()
                    ,
                RefreshResponse::BadArguments
                => "BadArguments\n".to_string()
                    ,
                RefreshResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetBackupId {
            set_backup_id_request,
        } => {
            info!("Performing a SetBackupId request");

            let result = client.set_backup_id(
                set_backup_id_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetBackupIdResponse::TheBackup
                => "TheBackup\n".to_string()
                    ,
                SetBackupIdResponse::TheProvidedBackupAuthCredentialRequestWasInvalid
                => "TheProvidedBackupAuthCredentialRequestWasInvalid\n".to_string()
                    ,
                SetBackupIdResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                SetBackupIdResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetBackupIdResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetBackupIdResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetPublicKey {
            x_signal_zk_auth,
            x_signal_zk_auth_signature,
            archive_set_public_key_request,
        } => {
            info!("Performing a SetPublicKey request");

            let result = client.set_public_key(
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                archive_set_public_key_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetPublicKeyResponse::ThePublicKeyWasSet
                => "ThePublicKeyWasSet\n".to_string()
                    ,
                SetPublicKeyResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                SetPublicKeyResponse::Forbidden
                => "Forbidden\n".to_string()
                    ,
                SetPublicKeyResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                => "TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup\n".to_string()
                    ,
                SetPublicKeyResponse::BadArguments
                => "BadArguments\n".to_string()
                    ,
                SetPublicKeyResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetPublicKeyResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::UploadTemporaryAttachment {
            x_signal_zk_auth,
            x_signal_zk_auth_signature,
            user_agent,
        } => {
            info!("Performing a UploadTemporaryAttachment request");

            let result = client.upload_temporary_attachment(
                x_signal_zk_auth,
                x_signal_zk_auth_signature,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                UploadTemporaryAttachmentResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UploadTemporaryAttachmentResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
                UploadTemporaryAttachmentResponse::Forbidden
                => "Forbidden\n".to_string()
                    ,
                UploadTemporaryAttachmentResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                => "TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup\n".to_string()
                    ,
                UploadTemporaryAttachmentResponse::BadArguments
                => "BadArguments\n".to_string()
                    ,
                UploadTemporaryAttachmentResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetAttachmentUploadForm {
        } => {
            info!("Performing a GetAttachmentUploadForm request");

            let result = client.get_attachment_upload_form(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetAttachmentUploadFormResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetAttachmentUploadFormResponse::TooManyAttempts
                {
                    retry_after,
                }
                => "TooManyAttempts\n".to_string()
                    +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                GetAttachmentUploadFormResponse::TooManyAttempts_2
                {
                    retry_after,
                }
                => "TooManyAttempts_2\n".to_string()
                    +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                GetAttachmentUploadFormResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetCreateAuth {
            get_create_call_link_credentials_request,
        } => {
            info!("Performing a GetCreateAuth request");

            let result = client.get_create_auth(
                get_create_call_link_credentials_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetCreateAuthResponse::Status200
                (body)
                => "Status200\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetCreateAuthResponse::InvalidCreateCallLinkCredentialRequest
                => "InvalidCreateCallLinkCredentialRequest\n".to_string()
                    ,
                GetCreateAuthResponse::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
                GetCreateAuthResponse::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                GetCreateAuthResponse::Ratelimited
                => "Ratelimited\n".to_string()
                    ,
                GetCreateAuthResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetCallingRelays {
        } => {
            info!("Performing a GetCallingRelays request");

            let result = client.get_calling_relays(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetCallingRelaysResponse::Status200
                (body)
                => "Status200\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetCallingRelaysResponse::InvalidGetCallEndpointRequest
                => "InvalidGetCallEndpointRequest\n".to_string()
                    ,
                GetCallingRelaysResponse::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
                GetCallingRelaysResponse::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                GetCallingRelaysResponse::RateLimited
                => "RateLimited\n".to_string()
                    ,
            }
        }
        Operation::GetDeliveryCertificate {
            include_e164,
        } => {
            info!("Performing a GetDeliveryCertificate request");

            let result = client.get_delivery_certificate(
                include_e164,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetDeliveryCertificateResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetDeliveryCertificateResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetDeliveryCertificateResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetDeliveryCertificateResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetGroupAuthenticationCredentials {
            user_agent,
            redemption_start_seconds,
            redemption_end_seconds,
        } => {
            info!("Performing a GetGroupAuthenticationCredentials request");

            let result = client.get_group_authentication_credentials(
                user_agent,
                redemption_start_seconds,
                redemption_end_seconds,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetGroupAuthenticationCredentialsResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetGroupAuthenticationCredentialsResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetGroupAuthenticationCredentialsResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetGroupAuthenticationCredentialsResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::HandleChallengeResponse {
            user_agent,
            handle_challenge_response_request,
        } => {
            info!("Performing a HandleChallengeResponse request");

            let result = client.handle_challenge_response(
                user_agent,
                handle_challenge_response_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                HandleChallengeResponseResponse::IndicatesTheChallengeProofWasAccepted
                => "IndicatesTheChallengeProofWasAccepted\n".to_string()
                    ,
                HandleChallengeResponseResponse::SubmittedCaptchaTokenIsInvalid
                => "SubmittedCaptchaTokenIsInvalid\n".to_string()
                    ,
                HandleChallengeResponseResponse::TooManyAttempts
                {
                    retry_after,
                }
                => "TooManyAttempts\n".to_string()
                    +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                HandleChallengeResponseResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                HandleChallengeResponseResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                HandleChallengeResponseResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                HandleChallengeResponseResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::RequestPushChallenge {
        } => {
            info!("Performing a RequestPushChallenge request");

            let result = client.request_push_challenge(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RequestPushChallengeResponse::IndicatesAPayloadToTheAccount
                => "IndicatesAPayloadToTheAccount\n".to_string()
                    ,
                RequestPushChallengeResponse::TheServerDoesNotHaveAPushNotificationTokenForTheAuthenticatedAccount
                => "TheServerDoesNotHaveAPushNotificationTokenForTheAuthenticatedAccount\n".to_string()
                    ,
                RequestPushChallengeResponse::TooManyAttempts
                {
                    retry_after,
                }
                => "TooManyAttempts\n".to_string()
                    +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                RequestPushChallengeResponse::TooManyAttempts_2
                {
                    retry_after,
                }
                => "TooManyAttempts_2\n".to_string()
                    +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                RequestPushChallengeResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::AssertChallenge {
            action,
        } => {
            info!("Performing a AssertChallenge request");

            let result = client.assert_challenge(
                action,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                AssertChallengeResponse::TheResponseBodyIncludesAChallenge
                => "TheResponseBodyIncludesAChallenge\n".to_string()
                    ,
                AssertChallengeResponse::Ratelimited
                => "Ratelimited\n".to_string()
                    ,
                AssertChallengeResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AssertChallengeResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AssertChallengeResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::Assertion {
            key_id,
            request,
            body,
        } => {
            info!("Performing a Assertion request");

            let result = client.assertion(
                key_id,
                request,
                body,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                AssertionResponse::TheAssertionWasValidAndTheCorrespondingActionWasExecuted
                => "TheAssertionWasValidAndTheCorrespondingActionWasExecuted\n".to_string()
                    ,
                AssertionResponse::TheProvidedKeyIdWasNotFound
                => "TheProvidedKeyIdWasNotFound\n".to_string()
                    ,
                AssertionResponse::ThereWasNoChallengeAssociatedWithTheAccount
                => "ThereWasNoChallengeAssociatedWithTheAccount\n".to_string()
                    ,
                AssertionResponse::TheAssertionCouldNotBeVerified
                => "TheAssertionCouldNotBeVerified\n".to_string()
                    ,
                AssertionResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AssertionResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AssertionResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::Attest {
            key_id,
            body,
        } => {
            info!("Performing a Attest request");

            let result = client.attest(
                key_id,
                body,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                AttestResponse::TheKeyIdWasSuccessfullyAddedToTheAccount
                => "TheKeyIdWasSuccessfullyAddedToTheAccount\n".to_string()
                    ,
                AttestResponse::ThereWasNoChallengeAssociatedWithTheAccount
                => "ThereWasNoChallengeAssociatedWithTheAccount\n".to_string()
                    ,
                AttestResponse::TheAttestationCouldNotBeVerified
                => "TheAttestationCouldNotBeVerified\n".to_string()
                    ,
                AttestResponse::ThereAreTooManyUniqueKeyIdsAssociatedWithThisAccount
                => "ThereAreTooManyUniqueKeyIdsAssociatedWithThisAccount\n".to_string()
                    ,
                AttestResponse::TheProvidedKeyIdHasAlreadyBeenRegisteredToADifferentAccount
                => "TheProvidedKeyIdHasAlreadyBeenRegisteredToADifferentAccount\n".to_string()
                    ,
                AttestResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AttestResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AttestResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::AttestChallenge {
        } => {
            info!("Performing a AttestChallenge request");

            let result = client.attest_challenge(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                AttestChallengeResponse::TheResponseBodyIncludesAChallenge
                => "TheResponseBodyIncludesAChallenge\n".to_string()
                    ,
                AttestChallengeResponse::Ratelimited
                => "Ratelimited\n".to_string()
                    ,
                AttestChallengeResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::CreateDeviceToken {
        } => {
            info!("Performing a CreateDeviceToken request");

            let result = client.create_device_token(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                CreateDeviceTokenResponse::TokenWasGeneratedSuccessfully
                (body)
                => "TokenWasGeneratedSuccessfully\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateDeviceTokenResponse::TheAuthenticatedAccountAlreadyHasTheMaximumAllowedNumberOfLinkedDevices
                => "TheAuthenticatedAccountAlreadyHasTheMaximumAllowedNumberOfLinkedDevices\n".to_string()
                    ,
                CreateDeviceTokenResponse::TooManyAttempts
                {
                    retry_after,
                }
                => "TooManyAttempts\n".to_string()
                    +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                CreateDeviceTokenResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetDevices {
        } => {
            info!("Performing a GetDevices request");

            let result = client.get_devices(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetDevicesResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetDevicesResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::LinkDevice {
            link_device_request,
            authorization,
            user_agent,
        } => {
            info!("Performing a LinkDevice request");

            let result = client.link_device(
                link_device_request,
                authorization,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                LinkDeviceResponse::TheNewDeviceWasLinkedToTheCallingAccount
                (body)
                => "TheNewDeviceWasLinkedToTheCallingAccount\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LinkDeviceResponse::TheGivenAccountWasNotFoundOrTheGivenVerificationCodeWasIncorrect
                => "TheGivenAccountWasNotFoundOrTheGivenVerificationCodeWasIncorrect\n".to_string()
                    ,
                LinkDeviceResponse::TheNewDeviceIsMissingACapabilitySupportedByAllOtherDevicesOnTheAccount
                => "TheNewDeviceIsMissingACapabilitySupportedByAllOtherDevicesOnTheAccount\n".to_string()
                    ,
                LinkDeviceResponse::TheGivenAccountAlreadyHasItsMaximumNumberOfLinkedDevices
                => "TheGivenAccountAlreadyHasItsMaximumNumberOfLinkedDevices\n".to_string()
                    ,
                LinkDeviceResponse::TheRequestDidNotPassValidation
                => "TheRequestDidNotPassValidation\n".to_string()
                    ,
                LinkDeviceResponse::TooManyAttempts
                {
                    retry_after,
                }
                => "TooManyAttempts\n".to_string()
                    +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                LinkDeviceResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LinkDeviceResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                LinkDeviceResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::RecordTransferArchiveUploaded {
            transfer_archive_uploaded_request,
        } => {
            info!("Performing a RecordTransferArchiveUploaded request");

            let result = client.record_transfer_archive_uploaded(
                transfer_archive_uploaded_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RecordTransferArchiveUploadedResponse::Success
                => "Success\n".to_string()
                    ,
                RecordTransferArchiveUploadedResponse::TheRequestObjectCouldNotBeParsedOrWasOtherwiseInvalid
                => "TheRequestObjectCouldNotBeParsedOrWasOtherwiseInvalid\n".to_string()
                    ,
                RecordTransferArchiveUploadedResponse::Rate
                => "Rate\n".to_string()
                    ,
                RecordTransferArchiveUploadedResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RecordTransferArchiveUploadedResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RecordTransferArchiveUploadedResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetCapabilities {
            request_body,
        } => {
            info!("Performing a SetCapabilities request");

            let result = client.set_capabilities(
                request_body,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetCapabilitiesResponse::Success
                => "Success\n".to_string()
                    ,
                SetCapabilitiesResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetCapabilitiesResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetCapabilitiesResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetCapabilitiesResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetPublicKey1 {
            set_public_key_request,
        } => {
            info!("Performing a SetPublicKey1 request");

            let result = client.set_public_key1(
                set_public_key_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetPublicKey1Response::PublicKeyStoredSuccessfully
                => "PublicKeyStoredSuccessfully\n".to_string()
                    ,
                SetPublicKey1Response::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
                SetPublicKey1Response::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                SetPublicKey1Response::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetPublicKey1Response::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::WaitForTransferArchive {
            timeout,
            user_agent,
        } => {
            info!("Performing a WaitForTransferArchive request");

            let result = client.wait_for_transfer_archive(
                timeout,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                WaitForTransferArchiveResponse::EitherANewTransferArchiveWasUploadedForTheAuthenticatedDevice
                (body)
                => "EitherANewTransferArchiveWasUploadedForTheAuthenticatedDevice\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                WaitForTransferArchiveResponse::NoTransferArchiveWasUploadedBeforeTheCallCompleted
                => "NoTransferArchiveWasUploadedBeforeTheCallCompleted\n".to_string()
                    ,
                WaitForTransferArchiveResponse::TheGivenTimeoutWasInvalid
                => "TheGivenTimeoutWasInvalid\n".to_string()
                    ,
                WaitForTransferArchiveResponse::Rate
                => "Rate\n".to_string()
                    ,
                WaitForTransferArchiveResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                WaitForTransferArchiveResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::RecordRestoreAccountRequest {
            token,
            restore_account_request,
        } => {
            info!("Performing a RecordRestoreAccountRequest request on {:?}", (
                &token
            ));

            let result = client.record_restore_account_request(
                token,
                restore_account_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RecordRestoreAccountRequestResponse::Success
                => "Success\n".to_string()
                    ,
                RecordRestoreAccountRequestResponse::TheRequestObjectCouldNotBeParsedOrWasOtherwiseInvalid
                => "TheRequestObjectCouldNotBeParsedOrWasOtherwiseInvalid\n".to_string()
                    ,
                RecordRestoreAccountRequestResponse::Rate
                => "Rate\n".to_string()
                    ,
                RecordRestoreAccountRequestResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RecordRestoreAccountRequestResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::RemoveDevice {
            device_id,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a RemoveDevice request on {:?}", (
                &device_id
            ));

            let result = client.remove_device(
                device_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RemoveDeviceResponse::Success
                => "Success\n".to_string()
                    ,
                RemoveDeviceResponse::ThePrimaryDevice
                (body)
                => "ThePrimaryDevice\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RemoveDeviceResponse::TheDeviceIdIsNotADeviceId
                (body)
                => "TheDeviceIdIsNotADeviceId\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RemoveDeviceResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RemoveDeviceResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RemoveDeviceResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::WaitForDeviceTransferRequest {
            token,
            timeout,
        } => {
            info!("Performing a WaitForDeviceTransferRequest request on {:?}", (
                &token
            ));

            let result = client.wait_for_device_transfer_request(
                token,
                timeout,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                WaitForDeviceTransferRequestResponse::ARestoreAccountRequestWasReceivedForTheGivenToken
                (body)
                => "ARestoreAccountRequestWasReceivedForTheGivenToken\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                WaitForDeviceTransferRequestResponse::NoRestoreAccountRequestForTheGivenTokenWasReceivedBeforeTheCallCompleted
                => "NoRestoreAccountRequestForTheGivenTokenWasReceivedBeforeTheCallCompleted\n".to_string()
                    ,
                WaitForDeviceTransferRequestResponse::TheGivenTokenOrTimeoutWasInvalid
                => "TheGivenTokenOrTimeoutWasInvalid\n".to_string()
                    ,
                WaitForDeviceTransferRequestResponse::Rate
                => "Rate\n".to_string()
                    ,
                WaitForDeviceTransferRequestResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::WaitForLinkedDevice {
            token_identifier,
            timeout,
            user_agent,
        } => {
            info!("Performing a WaitForLinkedDevice request on {:?}", (
                &token_identifier
            ));

            let result = client.wait_for_linked_device(
                token_identifier,
                timeout,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                WaitForLinkedDeviceResponse::ADeviceWasLinkedToAnAccountUsingTheTokenAssociatedWithTheGivenTokenIdentifier
                (body)
                => "ADeviceWasLinkedToAnAccountUsingTheTokenAssociatedWithTheGivenTokenIdentifier\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                WaitForLinkedDeviceResponse::NoDeviceWasLinkedToTheAccountBeforeTheCallCompleted
                => "NoDeviceWasLinkedToTheAccountBeforeTheCallCompleted\n".to_string()
                    ,
                WaitForLinkedDeviceResponse::TheGivenTokenIdentifierOrTimeoutWasInvalid
                => "TheGivenTokenIdentifierOrTimeoutWasInvalid\n".to_string()
                    ,
                WaitForLinkedDeviceResponse::Rate
                => "Rate\n".to_string()
                    ,
                WaitForLinkedDeviceResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                WaitForLinkedDeviceResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetAuthToken {
        } => {
            info!("Performing a GetAuthToken request");

            let result = client.get_auth_token(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetAuthTokenResponse::Status200
                (body)
                => "Status200\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetAuthTokenResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::RedeemReceipt1 {
            redeem_receipt_request,
        } => {
            info!("Performing a RedeemReceipt1 request");

            let result = client.redeem_receipt1(
                redeem_receipt_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RedeemReceipt1Response::Success
                => "Success\n".to_string()
                    ,
                RedeemReceipt1Response::TheReceiptIsInvalidOrWasAlreadyRedeemed
                (body)
                => "TheReceiptIsInvalidOrWasAlreadyRedeemed\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RedeemReceipt1Response::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RedeemReceipt1Response::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RedeemReceipt1Response::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetKeepAlive {
        } => {
            info!("Performing a GetKeepAlive request");

            let result = client.get_keep_alive(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetKeepAliveResponse::Success
                => "Success\n".to_string()
                    ,
                GetKeepAliveResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetProvisioningKeepAlive {
        } => {
            info!("Performing a GetProvisioningKeepAlive request");

            let result = client.get_provisioning_keep_alive(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetProvisioningKeepAliveResponse::Success
                => "Success\n".to_string()
                    ,
            }
        }
        Operation::GetDistinguishedKey {
            last_tree_head_size,
        } => {
            info!("Performing a GetDistinguishedKey request");

            let result = client.get_distinguished_key(
                last_tree_head_size,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetDistinguishedKeyResponse::The
                (body)
                => "The\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetDistinguishedKeyResponse::InvalidRequest
                => "InvalidRequest\n".to_string()
                    ,
                GetDistinguishedKeyResponse::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                GetDistinguishedKeyResponse::Rate
                => "Rate\n".to_string()
                    ,
                GetDistinguishedKeyResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::Monitor {
            key_transparency_monitor_request,
        } => {
            info!("Performing a Monitor request");

            let result = client.monitor(
                key_transparency_monitor_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                MonitorResponse::AllIdentifiersExistInTheLog
                (body)
                => "AllIdentifiersExistInTheLog\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                MonitorResponse::InvalidRequest
                => "InvalidRequest\n".to_string()
                    ,
                MonitorResponse::OneOrMoreOfTheProvidedCommitmentIndexesDidNotMatch
                => "OneOrMoreOfTheProvidedCommitmentIndexesDidNotMatch\n".to_string()
                    ,
                MonitorResponse::AtLeastOneIdentifierWasNotFound
                => "AtLeastOneIdentifierWasNotFound\n".to_string()
                    ,
                MonitorResponse::Rate
                => "Rate\n".to_string()
                    ,
                MonitorResponse::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                MonitorResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                MonitorResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::Search {
            key_transparency_search_request,
        } => {
            info!("Performing a Search request");

            let result = client.search(
                key_transparency_search_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SearchResponse::TheACIWasFoundAndItsMappedValueMatchedTheProvidedACIIdentityKey
                (body)
                => "TheACIWasFoundAndItsMappedValueMatchedTheProvidedACIIdentityKey\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SearchResponse::InvalidRequest
                => "InvalidRequest\n".to_string()
                    ,
                SearchResponse::TheACIWasFoundButItsMappedValueDidNotMatchTheProvidedACIIdentityKey
                => "TheACIWasFoundButItsMappedValueDidNotMatchTheProvidedACIIdentityKey\n".to_string()
                    ,
                SearchResponse::TheACIWasNotFoundInTheLog
                => "TheACIWasNotFoundInTheLog\n".to_string()
                    ,
                SearchResponse::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                SearchResponse::Rate
                => "Rate\n".to_string()
                    ,
                SearchResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SearchResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::CheckKeys {
            check_keys_request,
        } => {
            info!("Performing a CheckKeys request");

            let result = client.check_keys(
                check_keys_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                CheckKeysResponse::IndicatesThatClientAndServerHaveConsistentViewsOfRepeated
                => "IndicatesThatClientAndServerHaveConsistentViewsOfRepeated\n".to_string()
                    ,
                CheckKeysResponse::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
                CheckKeysResponse::IndicatesThatClientAndServerHaveInconsistentViewsOfRepeated
                => "IndicatesThatClientAndServerHaveInconsistentViewsOfRepeated\n".to_string()
                    ,
                CheckKeysResponse::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                CheckKeysResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CheckKeysResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetStatus {
            identity,
        } => {
            info!("Performing a GetStatus request");

            let result = client.get_status(
                identity,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetStatusResponse::BodyContainsTheNumberOfAvailableOne
                (body)
                => "BodyContainsTheNumberOfAvailableOne\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetStatusResponse::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
                GetStatusResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetStatusResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetKeys {
            set_keys_request,
            identity,
            user_agent,
        } => {
            info!("Performing a SetKeys request");

            let result = client.set_keys(
                set_keys_request,
                identity,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetKeysResponse::IndicatesThatNewKeysWereSuccessfullyStored
                => "IndicatesThatNewKeysWereSuccessfullyStored\n".to_string()
                    ,
                SetKeysResponse::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
                SetKeysResponse::AttemptToChangeIdentityKeyFromANon
                => "AttemptToChangeIdentityKeyFromANon\n".to_string()
                    ,
                SetKeysResponse::InvalidRequestFormat
                => "InvalidRequestFormat\n".to_string()
                    ,
                SetKeysResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetKeysResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetDeviceKeys {
            identifier,
            device_id,
            unidentified_access_key,
            group_send_token,
            user_agent,
        } => {
            info!("Performing a GetDeviceKeys request on {:?}", (
                &identifier,
                &device_id
            ));

            let result = client.get_device_keys(
                identifier,
                device_id,
                unidentified_access_key,
                group_send_token,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetDeviceKeysResponse::IndicatesAtLeastOnePrekeyWasAvailableForAtLeastOneRequestedDevice
                (body)
                => "IndicatesAtLeastOnePrekeyWasAvailableForAtLeastOneRequestedDevice\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetDeviceKeysResponse::AGroupSendEndorsementAndOtherAuthorization
                => "AGroupSendEndorsementAndOtherAuthorization\n".to_string()
                    ,
                GetDeviceKeysResponse::AccountAuthenticationCheckFailedAndUnidentified
                => "AccountAuthenticationCheckFailedAndUnidentified\n".to_string()
                    ,
                GetDeviceKeysResponse::RequestedIdentityOrDeviceDoesNotExistOrDeviceHasNoAvailablePrekeys
                => "RequestedIdentityOrDeviceDoesNotExistOrDeviceHasNoAvailablePrekeys\n".to_string()
                    ,
                GetDeviceKeysResponse::RateLimitExceeded
                {
                    retry_after,
                }
                => "RateLimitExceeded\n".to_string()
                    +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                GetDeviceKeysResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetPendingMessages {
            x_signal_receive_stories,
            user_agent,
        } => {
            info!("Performing a GetPendingMessages request");

            let result = client.get_pending_messages(
                x_signal_receive_stories,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetPendingMessagesResponse::PendingMessages
                (body)
                => "PendingMessages\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetPendingMessagesResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetPendingMessagesResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetPendingMessagesResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SendMultiRecipientMessage {
            body,
            unidentified_access_key,
            group_send_token,
            online,
            ts,
            urgent,
            story,
        } => {
            info!("Performing a SendMultiRecipientMessage request");

            let result = client.send_multi_recipient_message(
                body,
                unidentified_access_key,
                group_send_token,
                online,
                ts,
                urgent,
                story,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SendMultiRecipientMessageResponse::MessageWasSuccessfullySent
                (body)
                => "MessageWasSuccessfullySent\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SendMultiRecipientMessageResponse::TheEnvelopeSpecifiedDeliveryToTheSameRecipientDeviceMultipleTimes
                => "TheEnvelopeSpecifiedDeliveryToTheSameRecipientDeviceMultipleTimes\n".to_string()
                    ,
                SendMultiRecipientMessageResponse::TheMessageIsNotAStoryAndTheUnauthorizedAccessKeyOrGroupSendEndorsementTokenIsMissingOrIncorrect
                => "TheMessageIsNotAStoryAndTheUnauthorizedAccessKeyOrGroupSendEndorsementTokenIsMissingOrIncorrect\n".to_string()
                    ,
                SendMultiRecipientMessageResponse::TheMessageIsNotAStoryAndSomeOfTheRecipientServiceIDsDoNotCorrespondToRegisteredSignalUsers
                => "TheMessageIsNotAStoryAndSomeOfTheRecipientServiceIDsDoNotCorrespondToRegisteredSignalUsers\n".to_string()
                    ,
                SendMultiRecipientMessageResponse::IncorrectSetOfDevicesSuppliedForSomeRecipients
                (body)
                => "IncorrectSetOfDevicesSuppliedForSomeRecipients\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SendMultiRecipientMessageResponse::MismatchedRegistrationIdsSuppliedForSomeRecipientDevices
                (body)
                => "MismatchedRegistrationIdsSuppliedForSomeRecipientDevices\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SendMultiRecipientMessageResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SendMultiRecipientMessageResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::RemovePendingMessage {
            uuid,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a RemovePendingMessage request on {:?}", (
                &uuid
            ));

            let result = client.remove_pending_message(
                uuid,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RemovePendingMessageResponse::Success
                => "Success\n".to_string()
                    ,
                RemovePendingMessageResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RemovePendingMessageResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RemovePendingMessageResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SendMessage {
            destination,
            incoming_message_list,
            unidentified_access_key,
            group_send_token,
            user_agent,
            story,
        } => {
            info!("Performing a SendMessage request on {:?}", (
                &destination
            ));

            let result = client.send_message(
                destination,
                incoming_message_list,
                unidentified_access_key,
                group_send_token,
                user_agent,
                story,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SendMessageResponse::MessageWasSuccessfullySent
                (body)
                => "MessageWasSuccessfullySent\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SendMessageResponse::TheMessageIsNotAStoryAndTheAuthorization
                => "TheMessageIsNotAStoryAndTheAuthorization\n".to_string()
                    ,
                SendMessageResponse::TheMessageIsNotAStoryAndSomeTheRecipientServiceIDDoesNotCorrespondToARegisteredSignalUser
                => "TheMessageIsNotAStoryAndSomeTheRecipientServiceIDDoesNotCorrespondToARegisteredSignalUser\n".to_string()
                    ,
                SendMessageResponse::IncorrectSetOfDevicesSuppliedForRecipient
                (body)
                => "IncorrectSetOfDevicesSuppliedForRecipient\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SendMessageResponse::MismatchedRegistrationIdsSuppliedForSomeRecipientDevices
                (body)
                => "MismatchedRegistrationIdsSuppliedForSomeRecipientDevices\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SendMessageResponse::TheSenderShouldCompleteAChallengeBeforeProceeding
                => "TheSenderShouldCompleteAChallengeBeforeProceeding\n".to_string()
                    ,
                SendMessageResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SendMessageResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SendMessageResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ReportSpamMessage {
            source,
            message_guid,
            user_agent,
            spam_report,
        } => {
            info!("Performing a ReportSpamMessage request on {:?}", (
                &source,
                &message_guid
            ));

            let result = client.report_spam_message(
                source,
                message_guid,
                user_agent,
                spam_report,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ReportSpamMessageResponse::TheReportWasAccepted
                => "TheReportWasAccepted\n".to_string()
                    ,
                ReportSpamMessageResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ReportSpamMessageResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ReportSpamMessageResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ReportSpamMessageResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ConfirmPayPalBoost {
            confirm_pay_pal_boost_request,
            user_agent,
        } => {
            info!("Performing a ConfirmPayPalBoost request");

            let result = client.confirm_pay_pal_boost(
                confirm_pay_pal_boost_request,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ConfirmPayPalBoostResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConfirmPayPalBoostResponse::TheRequestCarriesAccountCredentials
                (body)
                => "TheRequestCarriesAccountCredentials\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConfirmPayPalBoostResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConfirmPayPalBoostResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConfirmPayPalBoostResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ConfirmPayPalBoostResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::CreateBoostPaymentIntent {
            create_boost_request,
            user_agent,
        } => {
            info!("Performing a CreateBoostPaymentIntent request");

            let result = client.create_boost_payment_intent(
                create_boost_request,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                CreateBoostPaymentIntentResponse::PaymentIntentCreated
                (body)
                => "PaymentIntentCreated\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateBoostPaymentIntentResponse::TheRequestWasMadeOnAnAuthenticatedChannel
                => "TheRequestWasMadeOnAnAuthenticatedChannel\n".to_string()
                    ,
                CreateBoostPaymentIntentResponse::InvalidArgument
                (body)
                => "InvalidArgument\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateBoostPaymentIntentResponse::ProvidedLevelDoesNotMatchTheCurrency
                (body)
                => "ProvidedLevelDoesNotMatchTheCurrency\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateBoostPaymentIntentResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateBoostPaymentIntentResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateBoostPaymentIntentResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::CreateBoostReceiptCredentials {
            create_boost_receipt_credentials_request,
            user_agent,
        } => {
            info!("Performing a CreateBoostReceiptCredentials request");

            let result = client.create_boost_receipt_credentials(
                create_boost_receipt_credentials_request,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                CreateBoostReceiptCredentialsResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateBoostReceiptCredentialsResponse::PaymentStillProcessing
                => "PaymentStillProcessing\n".to_string()
                    ,
                CreateBoostReceiptCredentialsResponse::TheRequestCarriesAccountCredentials
                (body)
                => "TheRequestCarriesAccountCredentials\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateBoostReceiptCredentialsResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateBoostReceiptCredentialsResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateBoostReceiptCredentialsResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateBoostReceiptCredentialsResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::CreatePayPalBoost {
            create_pay_pal_boost_request,
            user_agent,
        } => {
            info!("Performing a CreatePayPalBoost request");

            let result = client.create_pay_pal_boost(
                create_pay_pal_boost_request,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                CreatePayPalBoostResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePayPalBoostResponse::TheRequestCarriesAccountCredentials
                (body)
                => "TheRequestCarriesAccountCredentials\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePayPalBoostResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePayPalBoostResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePayPalBoostResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePayPalBoostResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetAuth {
        } => {
            info!("Performing a GetAuth request");

            let result = client.get_auth(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetAuthResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetAuthResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetConversions {
        } => {
            info!("Performing a GetConversions request");

            let result = client.get_conversions(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetConversionsResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetConversionsResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::RunBatchIdentityCheck {
            batch_identity_check_request,
        } => {
            info!("Performing a RunBatchIdentityCheck request");

            let result = client.run_batch_identity_check(
                batch_identity_check_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RunBatchIdentityCheckResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RunBatchIdentityCheckResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RunBatchIdentityCheckResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RunBatchIdentityCheckResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetProfile {
            create_profile_request,
        } => {
            info!("Performing a SetProfile request");

            let result = client.set_profile(
                create_profile_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetProfileResponse::ProfileStored
                (body)
                => "ProfileStored\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetProfileResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetProfileResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetProfileResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetProfileResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetUnversionedProfile {
            identifier,
            unidentified_access_key,
            group_send_token,
            user_agent,
        } => {
            info!("Performing a GetUnversionedProfile request on {:?}", (
                &identifier
            ));

            let result = client.get_unversioned_profile(
                identifier,
                unidentified_access_key,
                group_send_token,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetUnversionedProfileResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetUnversionedProfileResponse::RateLimited
                (body)
                => "RateLimited\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetUnversionedProfileResponse::NoSuchAccount
                (body)
                => "NoSuchAccount\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetUnversionedProfileResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetUnversionedProfileResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetUnversionedProfileResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetProfile {
            identifier,
            version,
            unidentified_access_key,
            user_agent,
        } => {
            info!("Performing a GetProfile request on {:?}", (
                &identifier,
                &version
            ));

            let result = client.get_profile(
                identifier,
                version,
                unidentified_access_key,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetProfileResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetProfileResponse::RateLimited
                (body)
                => "RateLimited\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetProfileResponse::NoSuchAccount
                (body)
                => "NoSuchAccount\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetProfileResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetProfileResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetProfileResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetProfile1 {
            identifier,
            version,
            credential_request,
            unidentified_access_key,
            credential_type,
            user_agent,
        } => {
            info!("Performing a GetProfile1 request on {:?}", (
                &identifier,
                &version,
                &credential_request
            ));

            let result = client.get_profile1(
                identifier,
                version,
                credential_request,
                unidentified_access_key,
                credential_type,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetProfile1Response::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetProfile1Response::RateLimited
                (body)
                => "RateLimited\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetProfile1Response::NoSuchAccount
                (body)
                => "NoSuchAccount\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetProfile1Response::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetProfile1Response::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetProfile1Response::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SendProvisioningMessage {
            destination,
            provisioning_message,
            user_agent,
        } => {
            info!("Performing a SendProvisioningMessage request on {:?}", (
                &destination
            ));

            let result = client.send_provisioning_message(
                destination,
                provisioning_message,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SendProvisioningMessageResponse::TheProvisioningMessageWasDeliveredToTheGivenProvisioningAddress
                => "TheProvisioningMessageWasDeliveredToTheGivenProvisioningAddress\n".to_string()
                    ,
                SendProvisioningMessageResponse::TheProvisioningMessageWasTooLarge
                => "TheProvisioningMessageWasTooLarge\n".to_string()
                    ,
                SendProvisioningMessageResponse::NoDeviceWithTheGivenProvisioningAddressWasConnectedAtTheTimeOfTheRequest
                => "NoDeviceWithTheGivenProvisioningAddressWasConnectedAtTheTimeOfTheRequest\n".to_string()
                    ,
                SendProvisioningMessageResponse::RateLimited
                (body)
                => "RateLimited\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SendProvisioningMessageResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SendProvisioningMessageResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SendProvisioningMessageResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::Register {
            authorization,
            registration_request,
            x_signal_agent,
            user_agent,
        } => {
            info!("Performing a Register request");

            let result = client.register(
                authorization,
                registration_request,
                x_signal_agent,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RegisterResponse::ThePhoneNumberAssociatedWithTheAuthenticatedAccountWasChangedSuccessfully
                (body)
                => "ThePhoneNumberAssociatedWithTheAuthenticatedAccountWasChangedSuccessfully\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RegisterResponse::VerificationFailedForTheProvidedRegistrationRecoveryPassword
                => "VerificationFailedForTheProvidedRegistrationRecoveryPassword\n".to_string()
                    ,
                RegisterResponse::TheCallerHasNotExplicitlyElectedToSkipTransferringDataFromAnotherDevice
                => "TheCallerHasNotExplicitlyElectedToSkipTransferringDataFromAnotherDevice\n".to_string()
                    ,
                RegisterResponse::TheRequestDidNotPassValidation
                => "TheRequestDidNotPassValidation\n".to_string()
                    ,
                RegisterResponse::RegistrationLockIsEnabledAndTheSuppliedLockIsAbsentOrWrong
                (body)
                => "RegistrationLockIsEnabledAndTheSuppliedLockIsAbsentOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RegisterResponse::TooManyAttempts
                {
                    retry_after,
                }
                => "TooManyAttempts\n".to_string()
                    +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                RegisterResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RegisterResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RegisterResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetAll {
        } => {
            info!("Performing a GetAll request");

            let result = client.get_all(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetAllResponse::RemoteConfigurationValuesForTheAuthenticatedUser
                (body)
                => "RemoteConfigurationValuesForTheAuthenticatedUser\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetAllResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetAuth1 {
        } => {
            info!("Performing a GetAuth1 request");

            let result = client.get_auth1(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetAuth1Response::Status200
                (body)
                => "Status200\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetAuth1Response::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::AuthCheck {
            auth_check_request,
        } => {
            info!("Performing a AuthCheck request");

            let result = client.auth_check(
                auth_check_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                AuthCheckResponse::Status200
                (body)
                => "Status200\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthCheckResponse::ProvidedListOfSVR
                => "ProvidedListOfSVR\n".to_string()
                    ,
                AuthCheckResponse::Status400
                => "Status400\n".to_string()
                    ,
                AuthCheckResponse::RateLimited
                (body)
                => "RateLimited\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                AuthCheckResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetAuth2 {
        } => {
            info!("Performing a GetAuth2 request");

            let result = client.get_auth2(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetAuth2Response::Status200
                (body)
                => "Status200\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetAuth2Response::AccountAuthenticationCheckFailed
                => "AccountAuthenticationCheckFailed\n".to_string()
                    ,
            }
        }
        Operation::GetStickersForm {
            count,
        } => {
            info!("Performing a GetStickersForm request on {:?}", (
                &count
            ));

            let result = client.get_stickers_form(
                count,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetStickersFormResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetStickersFormResponse::RateLimited
                (body)
                => "RateLimited\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetStickersFormResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetStickersFormResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetStickersFormResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetConfiguration {
        } => {
            info!("Performing a GetConfiguration request");

            let result = client.get_configuration(
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetConfigurationResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::CreatePayPalPaymentMethod {
            subscriber_id,
            create_pay_pal_billing_agreement_request,
            user_agent,
        } => {
            info!("Performing a CreatePayPalPaymentMethod request on {:?}", (
                &subscriber_id
            ));

            let result = client.create_pay_pal_payment_method(
                subscriber_id,
                create_pay_pal_billing_agreement_request,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                CreatePayPalPaymentMethodResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePayPalPaymentMethodResponse::RequestCarriesAccountCredentials
                (body)
                => "RequestCarriesAccountCredentials\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePayPalPaymentMethodResponse::MalformedOrUnknownSubscriberId
                (body)
                => "MalformedOrUnknownSubscriberId\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePayPalPaymentMethodResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePayPalPaymentMethodResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePayPalPaymentMethodResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePayPalPaymentMethodResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::CreatePaymentMethod {
            subscriber_id,
            param_type,
            user_agent,
        } => {
            info!("Performing a CreatePaymentMethod request on {:?}", (
                &subscriber_id
            ));

            let result = client.create_payment_method(
                subscriber_id,
                param_type,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                CreatePaymentMethodResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePaymentMethodResponse::RequestCarriesAccountCredentials
                (body)
                => "RequestCarriesAccountCredentials\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePaymentMethodResponse::MalformedOrUnknownSubscriberId
                (body)
                => "MalformedOrUnknownSubscriberId\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePaymentMethodResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePaymentMethodResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePaymentMethodResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::CreateSubscriptionReceiptCredentials {
            subscriber_id,
            get_receipt_credentials_request,
            user_agent,
        } => {
            info!("Performing a CreateSubscriptionReceiptCredentials request on {:?}", (
                &subscriber_id
            ));

            let result = client.create_subscription_receipt_credentials(
                subscriber_id,
                get_receipt_credentials_request,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                CreateSubscriptionReceiptCredentialsResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateSubscriptionReceiptCredentialsResponse::PaymentStillProcessing
                => "PaymentStillProcessing\n".to_string()
                    ,
                CreateSubscriptionReceiptCredentialsResponse::RequestCarriesAccountCredentials
                (body)
                => "RequestCarriesAccountCredentials\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateSubscriptionReceiptCredentialsResponse::MalformedOrUnknownSubscriberId
                (body)
                => "MalformedOrUnknownSubscriberId\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateSubscriptionReceiptCredentialsResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateSubscriptionReceiptCredentialsResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateSubscriptionReceiptCredentialsResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateSubscriptionReceiptCredentialsResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DeleteSubscriber {
            subscriber_id,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a DeleteSubscriber request on {:?}", (
                &subscriber_id
            ));

            let result = client.delete_subscriber(
                subscriber_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeleteSubscriberResponse::Success
                => "Success\n".to_string()
                    ,
                DeleteSubscriberResponse::RequestCarriesAccountCredentials
                (body)
                => "RequestCarriesAccountCredentials\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeleteSubscriberResponse::MalformedOrUnknownSubscriberId
                (body)
                => "MalformedOrUnknownSubscriberId\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeleteSubscriberResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeleteSubscriberResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeleteSubscriberResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetBankMandate {
            bank_transfer_type,
        } => {
            info!("Performing a GetBankMandate request on {:?}", (
                &bank_transfer_type
            ));

            let result = client.get_bank_mandate(
                bank_transfer_type,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetBankMandateResponse::Success
                => "Success\n".to_string()
                    ,
                GetBankMandateResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetBankMandateResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetSubscriptionInformation {
            subscriber_id,
        } => {
            info!("Performing a GetSubscriptionInformation request on {:?}", (
                &subscriber_id
            ));

            let result = client.get_subscription_information(
                subscriber_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetSubscriptionInformationResponse::TheSubscriberIdExists
                (body)
                => "TheSubscriberIdExists\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetSubscriptionInformationResponse::SubscriberIdAuthenticationFailureORAccountAuthenticationIsPresent
                => "SubscriberIdAuthenticationFailureORAccountAuthenticationIsPresent\n".to_string()
                    ,
                GetSubscriptionInformationResponse::NoSuchSubscriberIdExistsOrSubscriberIdIsMalformed
                => "NoSuchSubscriberIdExistsOrSubscriberIdIsMalformed\n".to_string()
                    ,
                GetSubscriptionInformationResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetSubscriptionInformationResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetSubscriptionInformationResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::UpdateSubscriber {
            subscriber_id,
        } => {
            info!("Performing a UpdateSubscriber request on {:?}", (
                &subscriber_id
            ));

            let result = client.update_subscriber(
                subscriber_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                UpdateSubscriberResponse::Success
                => "Success\n".to_string()
                    ,
                UpdateSubscriberResponse::RequestCarriesAccountCredentials
                (body)
                => "RequestCarriesAccountCredentials\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UpdateSubscriberResponse::MalformedOrUnknownSubscriberId
                (body)
                => "MalformedOrUnknownSubscriberId\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UpdateSubscriberResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UpdateSubscriberResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UpdateSubscriberResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetAppStoreSubscription {
            subscriber_id,
            original_transaction_id,
        } => {
            info!("Performing a SetAppStoreSubscription request on {:?}", (
                &subscriber_id,
                &original_transaction_id
            ));

            let result = client.set_app_store_subscription(
                subscriber_id,
                original_transaction_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetAppStoreSubscriptionResponse::TheOriginalTransactionIdWasSuccessfullyValidated
                => "TheOriginalTransactionIdWasSuccessfullyValidated\n".to_string()
                    ,
                SetAppStoreSubscriptionResponse::TheSubscriptionTransactionIsIncompleteOrInvalid
                => "TheSubscriptionTransactionIsIncompleteOrInvalid\n".to_string()
                    ,
                SetAppStoreSubscriptionResponse::SubscriberIdAuthenticationFailureORAccountAuthenticationIsPresent
                => "SubscriberIdAuthenticationFailureORAccountAuthenticationIsPresent\n".to_string()
                    ,
                SetAppStoreSubscriptionResponse::NoSuchSubscriberIdExistsOrSubscriberIdIsMalformedOrTheSpecifiedTransactionDoesNotExist
                => "NoSuchSubscriberIdExistsOrSubscriberIdIsMalformedOrTheSpecifiedTransactionDoesNotExist\n".to_string()
                    ,
                SetAppStoreSubscriptionResponse::SubscriberIdIsAlreadyLinkedToAProcessorThatDoesNotSupportAppstorePayments
                => "SubscriberIdIsAlreadyLinkedToAProcessorThatDoesNotSupportAppstorePayments\n".to_string()
                    ,
                SetAppStoreSubscriptionResponse::RateLimitExceeded
                => "RateLimitExceeded\n".to_string()
                    ,
                SetAppStoreSubscriptionResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetAppStoreSubscriptionResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetAppStoreSubscriptionResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetDefaultPaymentMethodForIdeal {
            subscriber_id,
            setup_intent_id,
        } => {
            info!("Performing a SetDefaultPaymentMethodForIdeal request on {:?}", (
                &subscriber_id,
                &setup_intent_id
            ));

            let result = client.set_default_payment_method_for_ideal(
                subscriber_id,
                setup_intent_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetDefaultPaymentMethodForIdealResponse::Success
                => "Success\n".to_string()
                    ,
                SetDefaultPaymentMethodForIdealResponse::RequestCarriesAccountCredentials
                (body)
                => "RequestCarriesAccountCredentials\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetDefaultPaymentMethodForIdealResponse::MalformedOrUnknownSubscriberId
                (body)
                => "MalformedOrUnknownSubscriberId\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetDefaultPaymentMethodForIdealResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetDefaultPaymentMethodForIdealResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetDefaultPaymentMethodForIdealResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetPlayStoreSubscription {
            subscriber_id,
            purchase_token,
        } => {
            info!("Performing a SetPlayStoreSubscription request on {:?}", (
                &subscriber_id,
                &purchase_token
            ));

            let result = client.set_play_store_subscription(
                subscriber_id,
                purchase_token,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetPlayStoreSubscriptionResponse::ThePurchaseTokenWasValidatedAndAcknowledged
                => "ThePurchaseTokenWasValidatedAndAcknowledged\n".to_string()
                    ,
                SetPlayStoreSubscriptionResponse::ThePurchaseTokenPaymentIsIncompleteOrInvalid
                => "ThePurchaseTokenPaymentIsIncompleteOrInvalid\n".to_string()
                    ,
                SetPlayStoreSubscriptionResponse::SubscriberIdAuthenticationFailureORAccountAuthenticationIsPresent
                => "SubscriberIdAuthenticationFailureORAccountAuthenticationIsPresent\n".to_string()
                    ,
                SetPlayStoreSubscriptionResponse::NoSuchSubscriberIdExistsOrSubscriberIdIsMalformedOrThePurchaseTokenDoesNotExist
                => "NoSuchSubscriberIdExistsOrSubscriberIdIsMalformedOrThePurchaseTokenDoesNotExist\n".to_string()
                    ,
                SetPlayStoreSubscriptionResponse::SubscriberIdIsAlreadyLinkedToAProcessorThatDoesNotSupportPlayBilling
                => "SubscriberIdIsAlreadyLinkedToAProcessorThatDoesNotSupportPlayBilling\n".to_string()
                    ,
                SetPlayStoreSubscriptionResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetPlayStoreSubscriptionResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetPlayStoreSubscriptionResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetDefaultPaymentMethodWithProcessor {
            subscriber_id,
            processor,
            payment_method_token,
        } => {
            info!("Performing a SetDefaultPaymentMethodWithProcessor request on {:?}", (
                &subscriber_id,
                &processor,
                &payment_method_token
            ));

            let result = client.set_default_payment_method_with_processor(
                subscriber_id,
                processor,
                payment_method_token,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetDefaultPaymentMethodWithProcessorResponse::Success
                => "Success\n".to_string()
                    ,
                SetDefaultPaymentMethodWithProcessorResponse::RequestCarriesAccountCredentials
                (body)
                => "RequestCarriesAccountCredentials\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetDefaultPaymentMethodWithProcessorResponse::MalformedOrUnknownSubscriberId
                (body)
                => "MalformedOrUnknownSubscriberId\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetDefaultPaymentMethodWithProcessorResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetDefaultPaymentMethodWithProcessorResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetDefaultPaymentMethodWithProcessorResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::SetSubscriptionLevel {
            subscriber_id,
            level,
            currency,
            idempotency_key,
        } => {
            info!("Performing a SetSubscriptionLevel request on {:?}", (
                &subscriber_id,
                &level,
                &currency,
                &idempotency_key
            ));

            let result = client.set_subscription_level(
                subscriber_id,
                level,
                currency,
                idempotency_key,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                SetSubscriptionLevelResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetSubscriptionLevelResponse::RequestCarriesAccountCredentials
                (body)
                => "RequestCarriesAccountCredentials\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetSubscriptionLevelResponse::MalformedOrUnknownSubscriberId
                (body)
                => "MalformedOrUnknownSubscriberId\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetSubscriptionLevelResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetSubscriptionLevelResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                SetSubscriptionLevelResponse::CredentialsAreRequiredAndAreMissingOrWrong
                (body)
                => "CredentialsAreRequiredAndAreMissingOrWrong\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::CreateSession {
            create_verification_session_request,
        } => {
            info!("Performing a CreateSession request");

            let result = client.create_session(
                create_verification_session_request,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                CreateSessionResponse::TheVerificationSessionWasCreatedSuccessfully
                (body)
                => "TheVerificationSessionWasCreatedSuccessfully\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateSessionResponse::TheRequestDidNotPassValidation
                => "TheRequestDidNotPassValidation\n".to_string()
                    ,
                CreateSessionResponse::TooManyAttempts
                {
                    retry_after,
                }
                => "TooManyAttempts\n".to_string()
                    +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                CreateSessionResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreateSessionResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::GetSession {
            session_id,
        } => {
            info!("Performing a GetSession request on {:?}", (
                &session_id
            ));

            let result = client.get_session(
                session_id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                GetSessionResponse::SessionWasRetrievedSuccessfully
                (body)
                => "SessionWasRetrievedSuccessfully\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                GetSessionResponse::InvalidSessionID
                => "InvalidSessionID\n".to_string()
                    ,
                GetSessionResponse::SessionWithTheSpecifiedIDCouldNotBeFound
                => "SessionWithTheSpecifiedIDCouldNotBeFound\n".to_string()
                    ,
                GetSessionResponse::MalformedSessionIDEncoding
                => "MalformedSessionIDEncoding\n".to_string()
                    ,
            }
        }
        Operation::RequestVerificationCode {
            session_id,
            verification_code_request,
            user_agent,
            accept_language,
        } => {
            info!("Performing a RequestVerificationCode request on {:?}", (
                &session_id
            ));

            let result = client.request_verification_code(
                session_id,
                verification_code_request,
                user_agent,
                accept_language,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RequestVerificationCodeResponse::VerificationCodeWasSuccessfullySent
                (body)
                => "VerificationCodeWasSuccessfullySent\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RequestVerificationCodeResponse::InvalidSessionID
                => "InvalidSessionID\n".to_string()
                    ,
                RequestVerificationCodeResponse::SessionWithTheSpecifiedIDCouldNotBeFound
                => "SessionWithTheSpecifiedIDCouldNotBeFound\n".to_string()
                    ,
                RequestVerificationCodeResponse::TheSessionIsAlreadyVerifiedOrNotInAStateToRequestACodeBecauseRequestedInformationHasn
                (body)
                => "TheSessionIsAlreadyVerifiedOrNotInAStateToRequestACodeBecauseRequestedInformationHasn\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RequestVerificationCodeResponse::TheRequestToSendAVerificationCodeWithTheGivenTransportCouldNotBeFulfilled
                (body)
                => "TheRequestToSendAVerificationCodeWithTheGivenTransportCouldNotBeFulfilled\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RequestVerificationCodeResponse::RequestDidNotPassValidation
                => "RequestDidNotPassValidation\n".to_string()
                    ,
                RequestVerificationCodeResponse::TooMayAttempts
                {
                    body,
                    retry_after,
                }
                => "TooMayAttempts\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                RequestVerificationCodeResponse::TheAttemptToSendAVerificationCodeFailedBecauseAnExternalService
                (body)
                => "TheAttemptToSendAVerificationCodeFailedBecauseAnExternalService\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RequestVerificationCodeResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::UpdateSession {
            session_id,
            update_verification_session_request,
            user_agent,
        } => {
            info!("Performing a UpdateSession request on {:?}", (
                &session_id
            ));

            let result = client.update_session(
                session_id,
                update_verification_session_request,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                UpdateSessionResponse::SessionWasUpdatedSuccessfullyWithTheInformationProvided
                (body)
                => "SessionWasUpdatedSuccessfullyWithTheInformationProvided\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UpdateSessionResponse::TheInformationProvidedWasNotAccepted
                => "TheInformationProvidedWasNotAccepted\n".to_string()
                    ,
                UpdateSessionResponse::TheRequestDidNotPassValidation
                => "TheRequestDidNotPassValidation\n".to_string()
                    ,
                UpdateSessionResponse::TooManyAttempts
                {
                    body,
                    retry_after,
                }
                => "TooManyAttempts\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                UpdateSessionResponse::MalformedRequest
                (body)
                => "MalformedRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UpdateSessionResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::VerifyCode {
            session_id,
            submit_verification_code_request,
            user_agent,
        } => {
            info!("Performing a VerifyCode request on {:?}", (
                &session_id
            ));

            let result = client.verify_code(
                session_id,
                submit_verification_code_request,
                user_agent,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                VerifyCodeResponse::TheRequestToCheckAVerificationCodeWasProcessed
                (body)
                => "TheRequestToCheckAVerificationCodeWasProcessed\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                VerifyCodeResponse::InvalidSessionIDOrVerificationCode
                => "InvalidSessionIDOrVerificationCode\n".to_string()
                    ,
                VerifyCodeResponse::SessionWithTheSpecifiedIDCouldNotBeFound
                => "SessionWithTheSpecifiedIDCouldNotBeFound\n".to_string()
                    ,
                VerifyCodeResponse::TheSessionIsAlreadyVerifiedOrNoCodeHasBeenRequestedYetForThisSession
                (body)
                => "TheSessionIsAlreadyVerifiedOrNoCodeHasBeenRequestedYetForThisSession\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                VerifyCodeResponse::TooManyAttempts
                {
                    body,
                    retry_after,
                }
                => "TooManyAttempts\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "retry_after: {}\n",
                        serde_json::to_string_pretty(&retry_after)?
                    ),
                VerifyCodeResponse::TheRequestParsesButItsValuesAreInvalid
                (body)
                => "TheRequestParsesButItsValuesAreInvalid\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                VerifyCodeResponse::TheRequestBodyIsNotApplication
                (body)
                => "TheRequestBodyIsNotApplication\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
    };

    if let Some(output_file) = args.output_file {
        std::fs::write(output_file, result)?
    } else {
        println!("{}", result);
    }
    Ok(())
}

fn prompt(force: bool, text: &str) -> Result<()> {
    if force || Confirm::new().with_prompt(text).interact()? {
        Ok(())
    } else {
        Err(anyhow!("Aborting"))
    }
}

// May be unused if all inputs are primitive types
#[allow(dead_code)]
fn parse_json<T: serde::de::DeserializeOwned>(json_string: &str) -> Result<T> {
    serde_json::from_str(json_string).map_err(|err| anyhow!("Error parsing input: {}", err))
}
