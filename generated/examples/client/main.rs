#![allow(missing_docs, unused_variables, trivial_casts)]


#[allow(unused_imports)]
use futures::{future, Stream, stream};
#[allow(unused_imports)]
use signal_api::{Api, ApiNoContext, Claims, Client, ContextWrapperExt, models,
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
use clap::{Command, Arg};

// NOTE: Set environment variable RUST_LOG to the name of the executable (or "cargo run") to activate console logging for all loglevels.
//     See https://docs.rs/env_logger/latest/env_logger/  for more details

#[allow(unused_imports)]
use log::info;

// swagger::Has may be unused if there are no examples
#[allow(unused_imports)]
use swagger::{AuthData, ContextBuilder, EmptyContext, Has, Push, XSpanIdString};

type ClientContext = swagger::make_context_ty!(ContextBuilder, EmptyContext, Option<AuthData>, XSpanIdString);

mod client_auth;
use client_auth::build_token;


// rt may be unused if there are no examples
#[allow(unused_mut)]
fn main() {
    env_logger::init();

    let matches = Command::new("client")
        .arg(Arg::new("operation")
            .help("Sets the operation to run")
            .value_parser(Vec::<&str>::from([
                "DeleteAccount",
                "DeleteApnRegistrationId",
                "DeleteGcmRegistrationId",
                "DeleteUsernameHash",
                "DeleteUsernameLink",
                "GetAccountDataReport",
                "RemoveRegistrationLock",
                "WhoAmI",
                "GetBackupZkCredentials",
                "GetAttachmentUploadForm",
                "GetCallingRelays",
                "GetDeliveryCertificate",
                "GetGroupAuthenticationCredentials",
                "HandleChallengeResponse",
                "RequestPushChallenge",
                "AssertChallenge",
                "AttestChallenge",
                "CreateDeviceToken",
                "GetDevices",
                "SetPublicKey1",
                "WaitForTransferArchive",
                "RemoveDevice",
                "GetAuthToken",
                "GetKeepAlive",
                "GetProvisioningKeepAlive",
                "GetDistinguishedKey",
                "GetStatus",
                "GetPendingMessages",
                "SendMultiRecipientMessage",
                "GetAuth",
                "GetConversions",
                "GetAll",
                "GetAuth1",
                "GetAuth2",
                "GetStickersForm",
                "GetConfiguration",
                "GetBankMandate",
            ]))
            .required(true)
            .index(1))
        .arg(Arg::new("https")
            .long("https")
            .help("Whether to use HTTPS or not"))
        .arg(Arg::new("host")
            .long("host")
            .default_value("chat.signal.org")
            .help("Hostname to contact"))
        .arg(Arg::new("port")
            .long("port")
            .value_parser(clap::value_parser!(u16))
            .default_value("8080")
            .help("Port to contact"))
        .get_matches();

    // Create Bearer-token with a fixed key (secret) for test purposes.
    // In a real (production) system this Bearer token should be obtained via an external Identity/Authentication-server
    // Ensure that you set the correct algorithm and encodingkey that matches what is used on the server side.
    // See https://github.com/Keats/jsonwebtoken for more information
    let auth_token = build_token(
            Claims {
                sub: "tester@acme.com".to_owned(),
                company: "ACME".to_owned(),
                iss: "my_identity_provider".to_owned(),
                // added a very long expiry time
                aud: "org.acme.Resource_Server".to_string(),
                exp: 10000000000,
                // In this example code all available Scopes are added, so the current Bearer Token gets fully authorization.
                scopes:
                  "".to_owned()
            },
            b"secret").unwrap();

    let auth_data = if !auth_token.is_empty() {
        Some(AuthData::Bearer(auth_token))
    } else {
        // No Bearer-token available, so return None
        None
    };

    let is_https = matches.contains_id("https");
    let base_url = format!("{}://{}:{}",
        if is_https { "https" } else { "http" },
        matches.get_one::<String>("host").unwrap(),
        matches.get_one::<u16>("port").unwrap());

    let context: ClientContext =
        swagger::make_context!(ContextBuilder, EmptyContext, auth_data, XSpanIdString::default());

    let mut client : Box<dyn ApiNoContext<ClientContext>> = {
        #[cfg(feature = "client-tls")]
        {
            if is_https {
                // Using HTTPS with native-tls
                let client = Box::new(Client::try_new_https(&base_url)
                    .expect("Failed to create HTTPS client"));
                Box::new(client.with_context(context))
            } else {
                // Using HTTP
                let client = Box::new(Client::try_new_http(&base_url)
                    .expect("Failed to create HTTP client"));
                Box::new(client.with_context(context))
            }
        }

        #[cfg(not(feature = "client-tls"))]
        {
            if is_https {
                panic!("HTTPS requested but TLS support not enabled. \
                        Enable the 'client-tls' feature to use HTTPS.");
            }
            // Using HTTP only
            let client = Box::new(Client::try_new_http(&base_url)
                .expect("Failed to create HTTP client"));
            Box::new(client.with_context(context))
        }
    };

    let mut rt = tokio::runtime::Runtime::new().unwrap();

    match matches.get_one::<String>("operation").map(String::as_str) {
        /* Disabled because there's no example.
        Some("ChangeNumber") => {
            let result = rt.block_on(client.change_number(
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("ConfirmUsernameHash") => {
            let result = rt.block_on(client.confirm_username_hash(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("DeleteAccount") => {
            let result = rt.block_on(client.delete_account(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DeleteApnRegistrationId") => {
            let result = rt.block_on(client.delete_apn_registration_id(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DeleteGcmRegistrationId") => {
            let result = rt.block_on(client.delete_gcm_registration_id(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DeleteUsernameHash") => {
            let result = rt.block_on(client.delete_username_hash(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("DeleteUsernameLink") => {
            let result = rt.block_on(client.delete_username_link(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("DistributePhoneNumberIdentityKeys") => {
            let result = rt.block_on(client.distribute_phone_number_identity_keys(
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetAccountDataReport") => {
            let result = rt.block_on(client.get_account_data_report(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("RemoveRegistrationLock") => {
            let result = rt.block_on(client.remove_registration_lock(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("ReserveUsernameHash") => {
            let result = rt.block_on(client.reserve_username_hash(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetAccountAttributes") => {
            let result = rt.block_on(client.set_account_attributes(
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetApnRegistrationId") => {
            let result = rt.block_on(client.set_apn_registration_id(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetGcmRegistrationId") => {
            let result = rt.block_on(client.set_gcm_registration_id(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetName") => {
            let result = rt.block_on(client.set_name(
                  ???,
                  Some(0)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetPhoneNumberDiscoverability") => {
            let result = rt.block_on(client.set_phone_number_discoverability(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetRegistrationLock") => {
            let result = rt.block_on(client.set_registration_lock(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("UpdateUsernameLink") => {
            let result = rt.block_on(client.update_username_link(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("WhoAmI") => {
            let result = rt.block_on(client.who_am_i(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("AccountExists") => {
            let result = rt.block_on(client.account_exists(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("LookupUsernameHash") => {
            let result = rt.block_on(client.lookup_username_hash(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("LookupUsernameLink") => {
            let result = rt.block_on(client.lookup_username_link(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("Backup") => {
            let result = rt.block_on(client.backup(
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("BackupInfo") => {
            let result = rt.block_on(client.backup_info(
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("CopyMedia") => {
            let result = rt.block_on(client.copy_media(
                  ???,
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("CopyMedia1") => {
            let result = rt.block_on(client.copy_media1(
                  ???,
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("DeleteBackup") => {
            let result = rt.block_on(client.delete_backup(
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("DeleteMedia") => {
            let result = rt.block_on(client.delete_media(
                  ???,
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetBackupZkCredentials") => {
            let result = rt.block_on(client.get_backup_zk_credentials(
                  0,
                  0,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("ListMedia") => {
            let result = rt.block_on(client.list_media(
                  ???,
                  ???,
                  None,
                  None,
                  Some(0)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("ReadAuth") => {
            let result = rt.block_on(client.read_auth(
                  ???,
                  ???,
                  0,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("RedeemReceipt") => {
            let result = rt.block_on(client.redeem_receipt(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("Refresh") => {
            let result = rt.block_on(client.refresh(
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetBackupId") => {
            let result = rt.block_on(client.set_backup_id(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetPublicKey") => {
            let result = rt.block_on(client.set_public_key(
                  ???,
                  ???,
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("UploadTemporaryAttachment") => {
            let result = rt.block_on(client.upload_temporary_attachment(
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetAttachmentUploadForm") => {
            let result = rt.block_on(client.get_attachment_upload_form(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("GetCreateAuth") => {
            let result = rt.block_on(client.get_create_auth(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetCallingRelays") => {
            let result = rt.block_on(client.get_calling_relays(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("GetDeliveryCertificate") => {
            let result = rt.block_on(client.get_delivery_certificate(
                  Some(true)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("GetGroupAuthenticationCredentials") => {
            let result = rt.block_on(client.get_group_authentication_credentials(
                  None,
                  Some(0),
                  Some(0)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("HandleChallengeResponse") => {
            let result = rt.block_on(client.handle_challenge_response(
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("RequestPushChallenge") => {
            let result = rt.block_on(client.request_push_challenge(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("AssertChallenge") => {
            let result = rt.block_on(client.assert_challenge(
                  Some(models::AssertChallengeActionParameter::Backup)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("Assertion") => {
            let result = rt.block_on(client.assertion(
                  ???,
                  ???,
                  Some(swagger::ByteArray(Vec::from("BYTE_ARRAY_DATA_HERE")))
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("Attest") => {
            let result = rt.block_on(client.attest(
                  ???,
                  Some(swagger::ByteArray(Vec::from("BYTE_ARRAY_DATA_HERE")))
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("AttestChallenge") => {
            let result = rt.block_on(client.attest_challenge(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("CreateDeviceToken") => {
            let result = rt.block_on(client.create_device_token(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("GetDevices") => {
            let result = rt.block_on(client.get_devices(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("LinkDevice") => {
            let result = rt.block_on(client.link_device(
                  ???,
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("RecordTransferArchiveUploaded") => {
            let result = rt.block_on(client.record_transfer_archive_uploaded(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetCapabilities") => {
            let result = rt.block_on(client.set_capabilities(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("SetPublicKey1") => {
            let result = rt.block_on(client.set_public_key1(
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("WaitForTransferArchive") => {
            let result = rt.block_on(client.wait_for_transfer_archive(
                  Some(0),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("RecordRestoreAccountRequest") => {
            let result = rt.block_on(client.record_restore_account_request(
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("RemoveDevice") => {
            let result = rt.block_on(client.remove_device(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("WaitForDeviceTransferRequest") => {
            let result = rt.block_on(client.wait_for_device_transfer_request(
                  ???,
                  Some(0)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("WaitForLinkedDevice") => {
            let result = rt.block_on(client.wait_for_linked_device(
                  ???,
                  Some(0),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetAuthToken") => {
            let result = rt.block_on(client.get_auth_token(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("RedeemReceipt1") => {
            let result = rt.block_on(client.redeem_receipt1(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetKeepAlive") => {
            let result = rt.block_on(client.get_keep_alive(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("GetProvisioningKeepAlive") => {
            let result = rt.block_on(client.get_provisioning_keep_alive(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("GetDistinguishedKey") => {
            let result = rt.block_on(client.get_distinguished_key(
                  Some(0)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("Monitor") => {
            let result = rt.block_on(client.monitor(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("Search") => {
            let result = rt.block_on(client.search(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("CheckKeys") => {
            let result = rt.block_on(client.check_keys(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetStatus") => {
            let result = rt.block_on(client.get_status(
                  Some(models::GetStatusIdentityParameter::Aci)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("SetKeys") => {
            let result = rt.block_on(client.set_keys(
                  ???,
                  Some(models::SetKeysIdentityParameter::Aci),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("GetDeviceKeys") => {
            let result = rt.block_on(client.get_device_keys(
                  ???,
                  ???,
                  None,
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetPendingMessages") => {
            let result = rt.block_on(client.get_pending_messages(
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("SendMultiRecipientMessage") => {
            let result = rt.block_on(client.send_multi_recipient_message(
                  swagger::ByteArray(Vec::from("BINARY_DATA_HERE")),
                  None,
                  None,
                  Some(true),
                  Some(0),
                  Some(true),
                  Some(true)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("RemovePendingMessage") => {
            let result = rt.block_on(client.remove_pending_message(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SendMessage") => {
            let result = rt.block_on(client.send_message(
                  ???,
                  ???,
                  None,
                  None,
                  None,
                  Some(true)
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("ReportSpamMessage") => {
            let result = rt.block_on(client.report_spam_message(
                  ???,
                  ???,
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("ConfirmPayPalBoost") => {
            let result = rt.block_on(client.confirm_pay_pal_boost(
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("CreateBoostPaymentIntent") => {
            let result = rt.block_on(client.create_boost_payment_intent(
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("CreateBoostReceiptCredentials") => {
            let result = rt.block_on(client.create_boost_receipt_credentials(
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("CreatePayPalBoost") => {
            let result = rt.block_on(client.create_pay_pal_boost(
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetAuth") => {
            let result = rt.block_on(client.get_auth(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("GetConversions") => {
            let result = rt.block_on(client.get_conversions(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("RunBatchIdentityCheck") => {
            let result = rt.block_on(client.run_batch_identity_check(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetProfile") => {
            let result = rt.block_on(client.set_profile(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("GetUnversionedProfile") => {
            let result = rt.block_on(client.get_unversioned_profile(
                  ???,
                  None,
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("GetProfile") => {
            let result = rt.block_on(client.get_profile(
                  ???,
                  ???,
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("GetProfile1") => {
            let result = rt.block_on(client.get_profile1(
                  ???,
                  ???,
                  ???,
                  None,
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SendProvisioningMessage") => {
            let result = rt.block_on(client.send_provisioning_message(
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("Register") => {
            let result = rt.block_on(client.register(
                  ???,
                  ???,
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetAll") => {
            let result = rt.block_on(client.get_all(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("GetAuth1") => {
            let result = rt.block_on(client.get_auth1(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("AuthCheck") => {
            let result = rt.block_on(client.auth_check(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetAuth2") => {
            let result = rt.block_on(client.get_auth2(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("GetStickersForm") => {
            let result = rt.block_on(client.get_stickers_form(
                  0
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        Some("GetConfiguration") => {
            let result = rt.block_on(client.get_configuration(
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("CreatePayPalPaymentMethod") => {
            let result = rt.block_on(client.create_pay_pal_payment_method(
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("CreatePaymentMethod") => {
            let result = rt.block_on(client.create_payment_method(
                  ???,
                  Some(models::CreatePaymentMethodTypeParameter::Unknown),
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("CreateSubscriptionReceiptCredentials") => {
            let result = rt.block_on(client.create_subscription_receipt_credentials(
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("DeleteSubscriber") => {
            let result = rt.block_on(client.delete_subscriber(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        Some("GetBankMandate") => {
            let result = rt.block_on(client.get_bank_mandate(
                  models::GetBankMandateBankTransferTypeParameter::SepaDebit
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        /* Disabled because there's no example.
        Some("GetSubscriptionInformation") => {
            let result = rt.block_on(client.get_subscription_information(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("UpdateSubscriber") => {
            let result = rt.block_on(client.update_subscriber(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetAppStoreSubscription") => {
            let result = rt.block_on(client.set_app_store_subscription(
                  ???,
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetDefaultPaymentMethodForIdeal") => {
            let result = rt.block_on(client.set_default_payment_method_for_ideal(
                  ???,
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetPlayStoreSubscription") => {
            let result = rt.block_on(client.set_play_store_subscription(
                  ???,
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetDefaultPaymentMethodWithProcessor") => {
            let result = rt.block_on(client.set_default_payment_method_with_processor(
                  ???,
                  models::SetDefaultPaymentMethodWithProcessorProcessorParameter::Stripe,
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("SetSubscriptionLevel") => {
            let result = rt.block_on(client.set_subscription_level(
                  ???,
                  0,
                  ???,
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("CreateSession") => {
            let result = rt.block_on(client.create_session(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("GetSession") => {
            let result = rt.block_on(client.get_session(
                  ???
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("RequestVerificationCode") => {
            let result = rt.block_on(client.request_verification_code(
                  ???,
                  ???,
                  None,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("UpdateSession") => {
            let result = rt.block_on(client.update_session(
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        /* Disabled because there's no example.
        Some("VerifyCode") => {
            let result = rt.block_on(client.verify_code(
                  ???,
                  ???,
                  None
            ));
            info!("{:?} (X-Span-ID: {:?})", result, (client.context() as &dyn Has<XSpanIdString>).get().clone());
        },
        */
        _ => {
            panic!("Invalid operation provided")
        }
    }
}
