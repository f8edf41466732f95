use bytes::Bytes;
use futures::{future, future::BoxFuture, Stream, stream, future::FutureExt, stream::TryStreamExt};
use http_body_util::{combinators::BoxBody, Full};
use hyper::{body::{Body, Incoming}, HeaderMap, Request, Response, StatusCode};
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use log::warn;
#[cfg(feature = "validate")]
use serde_valid::Validate;
#[allow(unused_imports)]
use std::convert::{TryFrom, TryInto};
use std::{convert::Infallible, error::Error};
use std::future::Future;
use std::marker::PhantomData;
use std::task::{Context, Poll};
use swagger::{ApiError, BodyExt, Has, RequestParser, XSpanIdString};
pub use swagger::auth::Authorization;
use swagger::auth::Scopes;
use url::form_urlencoded;

#[allow(unused_imports)]
use crate::{models, header, AuthenticationApi};

pub use crate::context;

type ServiceFuture = BoxFuture<'static, Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>>;

use crate::{Api,
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
     VerifyCodeResponse
};

mod server_auth;

mod paths {
    use lazy_static::lazy_static;

    lazy_static! {
        pub static ref GLOBAL_REGEX_SET: regex::RegexSet = regex::RegexSet::new(vec![
            r"^/v1/accounts/account/(?P<identifier>[^/?#]*)$",
            r"^/v1/accounts/apn$",
            r"^/v1/accounts/attributes$",
            r"^/v1/accounts/gcm$",
            r"^/v1/accounts/me$",
            r"^/v1/accounts/name$",
            r"^/v1/accounts/registration_lock$",
            r"^/v1/accounts/username_hash$",
            r"^/v1/accounts/username_hash/confirm$",
            r"^/v1/accounts/username_hash/reserve$",
            r"^/v1/accounts/username_hash/(?P<usernameHash>[^/?#]*)$",
            r"^/v1/accounts/username_link$",
            r"^/v1/accounts/username_link/(?P<uuid>[^/?#]*)$",
            r"^/v1/accounts/whoami$",
            r"^/v1/archives$",
            r"^/v1/archives/auth$",
            r"^/v1/archives/auth/read$",
            r"^/v1/archives/backupid$",
            r"^/v1/archives/keys$",
            r"^/v1/archives/media$",
            r"^/v1/archives/media/batch$",
            r"^/v1/archives/media/delete$",
            r"^/v1/archives/media/upload/form$",
            r"^/v1/archives/redeem-receipt$",
            r"^/v1/archives/upload/form$",
            r"^/v1/call-link/create-auth$",
            r"^/v1/certificate/auth/group$",
            r"^/v1/certificate/delivery$",
            r"^/v1/challenge$",
            r"^/v1/challenge/push$",
            r"^/v1/config$",
            r"^/v1/devicecheck/assert$",
            r"^/v1/devicecheck/attest$",
            r"^/v1/devices$",
            r"^/v1/devices/capabilities$",
            r"^/v1/devices/link$",
            r"^/v1/devices/provisioning/code$",
            r"^/v1/devices/public_key$",
            r"^/v1/devices/restore_account/(?P<token>[^/?#]*)$",
            r"^/v1/devices/transfer_archive$",
            r"^/v1/devices/wait_for_linked_device/(?P<tokenIdentifier>[^/?#]*)$",
            r"^/v1/devices/(?P<device_id>[^/?#]*)$",
            r"^/v1/donation/redeem-receipt$",
            r"^/v1/keepalive$",
            r"^/v1/keepalive/provisioning$",
            r"^/v1/key-transparency/distinguished$",
            r"^/v1/key-transparency/monitor$",
            r"^/v1/key-transparency/search$",
            r"^/v1/messages$",
            r"^/v1/messages/multi_recipient$",
            r"^/v1/messages/report/(?P<source>[^/?#]*)/(?P<messageGuid>[^/?#]*)$",
            r"^/v1/messages/uuid/(?P<uuid>[^/?#]*)$",
            r"^/v1/messages/(?P<destination>[^/?#]*)$",
            r"^/v1/payments/auth$",
            r"^/v1/payments/conversions$",
            r"^/v1/profile$",
            r"^/v1/profile/identity_check/batch$",
            r"^/v1/profile/(?P<identifier>[^/?#]*)$",
            r"^/v1/profile/(?P<identifier>[^/?#]*)/(?P<version>[^/?#]*)$",
            r"^/v1/profile/(?P<identifier>[^/?#]*)/(?P<version>[^/?#]*)/(?P<credentialRequest>[^/?#]*)$",
            r"^/v1/provisioning/(?P<destination>[^/?#]*)$",
            r"^/v1/registration$",
            r"^/v1/sticker/pack/form/(?P<count>[^/?#]*)$",
            r"^/v1/storage/auth$",
            r"^/v1/subscription/bank_mandate/(?P<bankTransferType>[^/?#]*)$",
            r"^/v1/subscription/boost/create$",
            r"^/v1/subscription/boost/paypal/confirm$",
            r"^/v1/subscription/boost/paypal/create$",
            r"^/v1/subscription/boost/receipt_credentials$",
            r"^/v1/subscription/configuration$",
            r"^/v1/subscription/(?P<subscriberId>[^/?#]*)$",
            r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/appstore/(?P<originalTransactionId>[^/?#]*)$",
            r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/create_payment_method$",
            r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/create_payment_method/paypal$",
            r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/default_payment_method/(?P<processor>[^/?#]*)/(?P<paymentMethodToken>[^/?#]*)$",
            r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/default_payment_method_for_ideal/(?P<setupIntentId>[^/?#]*)$",
            r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/level/(?P<level>[^/?#]*)/(?P<currency>[^/?#]*)/(?P<idempotencyKey>[^/?#]*)$",
            r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/playbilling/(?P<purchaseToken>[^/?#]*)$",
            r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/receipt_credentials$",
            r"^/v1/verification/session$",
            r"^/v1/verification/session/(?P<sessionId>[^/?#]*)$",
            r"^/v1/verification/session/(?P<sessionId>[^/?#]*)/code$",
            r"^/v2/accounts/data_report$",
            r"^/v2/accounts/number$",
            r"^/v2/accounts/phone_number_discoverability$",
            r"^/v2/accounts/phone_number_identity_key_distribution$",
            r"^/v2/backup/auth$",
            r"^/v2/backup/auth/check$",
            r"^/v2/calling/relays$",
            r"^/v2/directory/auth$",
            r"^/v2/keys$",
            r"^/v2/keys/check$",
            r"^/v2/keys/(?P<identifier>[^/?#]*)/(?P<device_id>[^/?#]*)$",
            r"^/v4/attachments/form/upload$"
        ])
        .expect("Unable to create global regex set");
    }
    pub(crate) static ID_V1_ACCOUNTS_ACCOUNT_IDENTIFIER: usize = 0;
    lazy_static! {
        pub static ref REGEX_V1_ACCOUNTS_ACCOUNT_IDENTIFIER: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/accounts/account/(?P<identifier>[^/?#]*)$")
                .expect("Unable to create regex for V1_ACCOUNTS_ACCOUNT_IDENTIFIER");
    }
    pub(crate) static ID_V1_ACCOUNTS_APN: usize = 1;
    pub(crate) static ID_V1_ACCOUNTS_ATTRIBUTES: usize = 2;
    pub(crate) static ID_V1_ACCOUNTS_GCM: usize = 3;
    pub(crate) static ID_V1_ACCOUNTS_ME: usize = 4;
    pub(crate) static ID_V1_ACCOUNTS_NAME: usize = 5;
    pub(crate) static ID_V1_ACCOUNTS_REGISTRATION_LOCK: usize = 6;
    pub(crate) static ID_V1_ACCOUNTS_USERNAME_HASH: usize = 7;
    pub(crate) static ID_V1_ACCOUNTS_USERNAME_HASH_CONFIRM: usize = 8;
    pub(crate) static ID_V1_ACCOUNTS_USERNAME_HASH_RESERVE: usize = 9;
    pub(crate) static ID_V1_ACCOUNTS_USERNAME_HASH_USERNAMEHASH: usize = 10;
    lazy_static! {
        pub static ref REGEX_V1_ACCOUNTS_USERNAME_HASH_USERNAMEHASH: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/accounts/username_hash/(?P<usernameHash>[^/?#]*)$")
                .expect("Unable to create regex for V1_ACCOUNTS_USERNAME_HASH_USERNAMEHASH");
    }
    pub(crate) static ID_V1_ACCOUNTS_USERNAME_LINK: usize = 11;
    pub(crate) static ID_V1_ACCOUNTS_USERNAME_LINK_UUID: usize = 12;
    lazy_static! {
        pub static ref REGEX_V1_ACCOUNTS_USERNAME_LINK_UUID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/accounts/username_link/(?P<uuid>[^/?#]*)$")
                .expect("Unable to create regex for V1_ACCOUNTS_USERNAME_LINK_UUID");
    }
    pub(crate) static ID_V1_ACCOUNTS_WHOAMI: usize = 13;
    pub(crate) static ID_V1_ARCHIVES: usize = 14;
    pub(crate) static ID_V1_ARCHIVES_AUTH: usize = 15;
    pub(crate) static ID_V1_ARCHIVES_AUTH_READ: usize = 16;
    pub(crate) static ID_V1_ARCHIVES_BACKUPID: usize = 17;
    pub(crate) static ID_V1_ARCHIVES_KEYS: usize = 18;
    pub(crate) static ID_V1_ARCHIVES_MEDIA: usize = 19;
    pub(crate) static ID_V1_ARCHIVES_MEDIA_BATCH: usize = 20;
    pub(crate) static ID_V1_ARCHIVES_MEDIA_DELETE: usize = 21;
    pub(crate) static ID_V1_ARCHIVES_MEDIA_UPLOAD_FORM: usize = 22;
    pub(crate) static ID_V1_ARCHIVES_REDEEM_RECEIPT: usize = 23;
    pub(crate) static ID_V1_ARCHIVES_UPLOAD_FORM: usize = 24;
    pub(crate) static ID_V1_CALL_LINK_CREATE_AUTH: usize = 25;
    pub(crate) static ID_V1_CERTIFICATE_AUTH_GROUP: usize = 26;
    pub(crate) static ID_V1_CERTIFICATE_DELIVERY: usize = 27;
    pub(crate) static ID_V1_CHALLENGE: usize = 28;
    pub(crate) static ID_V1_CHALLENGE_PUSH: usize = 29;
    pub(crate) static ID_V1_CONFIG: usize = 30;
    pub(crate) static ID_V1_DEVICECHECK_ASSERT: usize = 31;
    pub(crate) static ID_V1_DEVICECHECK_ATTEST: usize = 32;
    pub(crate) static ID_V1_DEVICES: usize = 33;
    pub(crate) static ID_V1_DEVICES_CAPABILITIES: usize = 34;
    pub(crate) static ID_V1_DEVICES_LINK: usize = 35;
    pub(crate) static ID_V1_DEVICES_PROVISIONING_CODE: usize = 36;
    pub(crate) static ID_V1_DEVICES_PUBLIC_KEY: usize = 37;
    pub(crate) static ID_V1_DEVICES_RESTORE_ACCOUNT_TOKEN: usize = 38;
    lazy_static! {
        pub static ref REGEX_V1_DEVICES_RESTORE_ACCOUNT_TOKEN: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/devices/restore_account/(?P<token>[^/?#]*)$")
                .expect("Unable to create regex for V1_DEVICES_RESTORE_ACCOUNT_TOKEN");
    }
    pub(crate) static ID_V1_DEVICES_TRANSFER_ARCHIVE: usize = 39;
    pub(crate) static ID_V1_DEVICES_WAIT_FOR_LINKED_DEVICE_TOKENIDENTIFIER: usize = 40;
    lazy_static! {
        pub static ref REGEX_V1_DEVICES_WAIT_FOR_LINKED_DEVICE_TOKENIDENTIFIER: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/devices/wait_for_linked_device/(?P<tokenIdentifier>[^/?#]*)$")
                .expect("Unable to create regex for V1_DEVICES_WAIT_FOR_LINKED_DEVICE_TOKENIDENTIFIER");
    }
    pub(crate) static ID_V1_DEVICES_DEVICE_ID: usize = 41;
    lazy_static! {
        pub static ref REGEX_V1_DEVICES_DEVICE_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/devices/(?P<device_id>[^/?#]*)$")
                .expect("Unable to create regex for V1_DEVICES_DEVICE_ID");
    }
    pub(crate) static ID_V1_DONATION_REDEEM_RECEIPT: usize = 42;
    pub(crate) static ID_V1_KEEPALIVE: usize = 43;
    pub(crate) static ID_V1_KEEPALIVE_PROVISIONING: usize = 44;
    pub(crate) static ID_V1_KEY_TRANSPARENCY_DISTINGUISHED: usize = 45;
    pub(crate) static ID_V1_KEY_TRANSPARENCY_MONITOR: usize = 46;
    pub(crate) static ID_V1_KEY_TRANSPARENCY_SEARCH: usize = 47;
    pub(crate) static ID_V1_MESSAGES: usize = 48;
    pub(crate) static ID_V1_MESSAGES_MULTI_RECIPIENT: usize = 49;
    pub(crate) static ID_V1_MESSAGES_REPORT_SOURCE_MESSAGEGUID: usize = 50;
    lazy_static! {
        pub static ref REGEX_V1_MESSAGES_REPORT_SOURCE_MESSAGEGUID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/messages/report/(?P<source>[^/?#]*)/(?P<messageGuid>[^/?#]*)$")
                .expect("Unable to create regex for V1_MESSAGES_REPORT_SOURCE_MESSAGEGUID");
    }
    pub(crate) static ID_V1_MESSAGES_UUID_UUID: usize = 51;
    lazy_static! {
        pub static ref REGEX_V1_MESSAGES_UUID_UUID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/messages/uuid/(?P<uuid>[^/?#]*)$")
                .expect("Unable to create regex for V1_MESSAGES_UUID_UUID");
    }
    pub(crate) static ID_V1_MESSAGES_DESTINATION: usize = 52;
    lazy_static! {
        pub static ref REGEX_V1_MESSAGES_DESTINATION: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/messages/(?P<destination>[^/?#]*)$")
                .expect("Unable to create regex for V1_MESSAGES_DESTINATION");
    }
    pub(crate) static ID_V1_PAYMENTS_AUTH: usize = 53;
    pub(crate) static ID_V1_PAYMENTS_CONVERSIONS: usize = 54;
    pub(crate) static ID_V1_PROFILE: usize = 55;
    pub(crate) static ID_V1_PROFILE_IDENTITY_CHECK_BATCH: usize = 56;
    pub(crate) static ID_V1_PROFILE_IDENTIFIER: usize = 57;
    lazy_static! {
        pub static ref REGEX_V1_PROFILE_IDENTIFIER: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/profile/(?P<identifier>[^/?#]*)$")
                .expect("Unable to create regex for V1_PROFILE_IDENTIFIER");
    }
    pub(crate) static ID_V1_PROFILE_IDENTIFIER_VERSION: usize = 58;
    lazy_static! {
        pub static ref REGEX_V1_PROFILE_IDENTIFIER_VERSION: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/profile/(?P<identifier>[^/?#]*)/(?P<version>[^/?#]*)$")
                .expect("Unable to create regex for V1_PROFILE_IDENTIFIER_VERSION");
    }
    pub(crate) static ID_V1_PROFILE_IDENTIFIER_VERSION_CREDENTIALREQUEST: usize = 59;
    lazy_static! {
        pub static ref REGEX_V1_PROFILE_IDENTIFIER_VERSION_CREDENTIALREQUEST: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/profile/(?P<identifier>[^/?#]*)/(?P<version>[^/?#]*)/(?P<credentialRequest>[^/?#]*)$")
                .expect("Unable to create regex for V1_PROFILE_IDENTIFIER_VERSION_CREDENTIALREQUEST");
    }
    pub(crate) static ID_V1_PROVISIONING_DESTINATION: usize = 60;
    lazy_static! {
        pub static ref REGEX_V1_PROVISIONING_DESTINATION: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/provisioning/(?P<destination>[^/?#]*)$")
                .expect("Unable to create regex for V1_PROVISIONING_DESTINATION");
    }
    pub(crate) static ID_V1_REGISTRATION: usize = 61;
    pub(crate) static ID_V1_STICKER_PACK_FORM_COUNT: usize = 62;
    lazy_static! {
        pub static ref REGEX_V1_STICKER_PACK_FORM_COUNT: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/sticker/pack/form/(?P<count>[^/?#]*)$")
                .expect("Unable to create regex for V1_STICKER_PACK_FORM_COUNT");
    }
    pub(crate) static ID_V1_STORAGE_AUTH: usize = 63;
    pub(crate) static ID_V1_SUBSCRIPTION_BANK_MANDATE_BANKTRANSFERTYPE: usize = 64;
    lazy_static! {
        pub static ref REGEX_V1_SUBSCRIPTION_BANK_MANDATE_BANKTRANSFERTYPE: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/subscription/bank_mandate/(?P<bankTransferType>[^/?#]*)$")
                .expect("Unable to create regex for V1_SUBSCRIPTION_BANK_MANDATE_BANKTRANSFERTYPE");
    }
    pub(crate) static ID_V1_SUBSCRIPTION_BOOST_CREATE: usize = 65;
    pub(crate) static ID_V1_SUBSCRIPTION_BOOST_PAYPAL_CONFIRM: usize = 66;
    pub(crate) static ID_V1_SUBSCRIPTION_BOOST_PAYPAL_CREATE: usize = 67;
    pub(crate) static ID_V1_SUBSCRIPTION_BOOST_RECEIPT_CREDENTIALS: usize = 68;
    pub(crate) static ID_V1_SUBSCRIPTION_CONFIGURATION: usize = 69;
    pub(crate) static ID_V1_SUBSCRIPTION_SUBSCRIBERID: usize = 70;
    lazy_static! {
        pub static ref REGEX_V1_SUBSCRIPTION_SUBSCRIBERID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/subscription/(?P<subscriberId>[^/?#]*)$")
                .expect("Unable to create regex for V1_SUBSCRIPTION_SUBSCRIBERID");
    }
    pub(crate) static ID_V1_SUBSCRIPTION_SUBSCRIBERID_APPSTORE_ORIGINALTRANSACTIONID: usize = 71;
    lazy_static! {
        pub static ref REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_APPSTORE_ORIGINALTRANSACTIONID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/appstore/(?P<originalTransactionId>[^/?#]*)$")
                .expect("Unable to create regex for V1_SUBSCRIPTION_SUBSCRIBERID_APPSTORE_ORIGINALTRANSACTIONID");
    }
    pub(crate) static ID_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD: usize = 72;
    lazy_static! {
        pub static ref REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/create_payment_method$")
                .expect("Unable to create regex for V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD");
    }
    pub(crate) static ID_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD_PAYPAL: usize = 73;
    lazy_static! {
        pub static ref REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD_PAYPAL: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/create_payment_method/paypal$")
                .expect("Unable to create regex for V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD_PAYPAL");
    }
    pub(crate) static ID_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_PROCESSOR_PAYMENTMETHODTOKEN: usize = 74;
    lazy_static! {
        pub static ref REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_PROCESSOR_PAYMENTMETHODTOKEN: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/default_payment_method/(?P<processor>[^/?#]*)/(?P<paymentMethodToken>[^/?#]*)$")
                .expect("Unable to create regex for V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_PROCESSOR_PAYMENTMETHODTOKEN");
    }
    pub(crate) static ID_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_FOR_IDEAL_SETUPINTENTID: usize = 75;
    lazy_static! {
        pub static ref REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_FOR_IDEAL_SETUPINTENTID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/default_payment_method_for_ideal/(?P<setupIntentId>[^/?#]*)$")
                .expect("Unable to create regex for V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_FOR_IDEAL_SETUPINTENTID");
    }
    pub(crate) static ID_V1_SUBSCRIPTION_SUBSCRIBERID_LEVEL_LEVEL_CURRENCY_IDEMPOTENCYKEY: usize = 76;
    lazy_static! {
        pub static ref REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_LEVEL_LEVEL_CURRENCY_IDEMPOTENCYKEY: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/level/(?P<level>[^/?#]*)/(?P<currency>[^/?#]*)/(?P<idempotencyKey>[^/?#]*)$")
                .expect("Unable to create regex for V1_SUBSCRIPTION_SUBSCRIBERID_LEVEL_LEVEL_CURRENCY_IDEMPOTENCYKEY");
    }
    pub(crate) static ID_V1_SUBSCRIPTION_SUBSCRIBERID_PLAYBILLING_PURCHASETOKEN: usize = 77;
    lazy_static! {
        pub static ref REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_PLAYBILLING_PURCHASETOKEN: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/playbilling/(?P<purchaseToken>[^/?#]*)$")
                .expect("Unable to create regex for V1_SUBSCRIPTION_SUBSCRIBERID_PLAYBILLING_PURCHASETOKEN");
    }
    pub(crate) static ID_V1_SUBSCRIPTION_SUBSCRIBERID_RECEIPT_CREDENTIALS: usize = 78;
    lazy_static! {
        pub static ref REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_RECEIPT_CREDENTIALS: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/subscription/(?P<subscriberId>[^/?#]*)/receipt_credentials$")
                .expect("Unable to create regex for V1_SUBSCRIPTION_SUBSCRIBERID_RECEIPT_CREDENTIALS");
    }
    pub(crate) static ID_V1_VERIFICATION_SESSION: usize = 79;
    pub(crate) static ID_V1_VERIFICATION_SESSION_SESSIONID: usize = 80;
    lazy_static! {
        pub static ref REGEX_V1_VERIFICATION_SESSION_SESSIONID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/verification/session/(?P<sessionId>[^/?#]*)$")
                .expect("Unable to create regex for V1_VERIFICATION_SESSION_SESSIONID");
    }
    pub(crate) static ID_V1_VERIFICATION_SESSION_SESSIONID_CODE: usize = 81;
    lazy_static! {
        pub static ref REGEX_V1_VERIFICATION_SESSION_SESSIONID_CODE: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v1/verification/session/(?P<sessionId>[^/?#]*)/code$")
                .expect("Unable to create regex for V1_VERIFICATION_SESSION_SESSIONID_CODE");
    }
    pub(crate) static ID_V2_ACCOUNTS_DATA_REPORT: usize = 82;
    pub(crate) static ID_V2_ACCOUNTS_NUMBER: usize = 83;
    pub(crate) static ID_V2_ACCOUNTS_PHONE_NUMBER_DISCOVERABILITY: usize = 84;
    pub(crate) static ID_V2_ACCOUNTS_PHONE_NUMBER_IDENTITY_KEY_DISTRIBUTION: usize = 85;
    pub(crate) static ID_V2_BACKUP_AUTH: usize = 86;
    pub(crate) static ID_V2_BACKUP_AUTH_CHECK: usize = 87;
    pub(crate) static ID_V2_CALLING_RELAYS: usize = 88;
    pub(crate) static ID_V2_DIRECTORY_AUTH: usize = 89;
    pub(crate) static ID_V2_KEYS: usize = 90;
    pub(crate) static ID_V2_KEYS_CHECK: usize = 91;
    pub(crate) static ID_V2_KEYS_IDENTIFIER_DEVICE_ID: usize = 92;
    lazy_static! {
        pub static ref REGEX_V2_KEYS_IDENTIFIER_DEVICE_ID: regex::Regex =
            #[allow(clippy::invalid_regex)]
            regex::Regex::new(r"^/v2/keys/(?P<identifier>[^/?#]*)/(?P<device_id>[^/?#]*)$")
                .expect("Unable to create regex for V2_KEYS_IDENTIFIER_DEVICE_ID");
    }
    pub(crate) static ID_V4_ATTACHMENTS_FORM_UPLOAD: usize = 93;
}


pub struct MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static
{
    api_impl: T,
    marker: PhantomData<C>,
    validation: bool
}

impl<T, C> MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static
{
    pub fn new(api_impl: T) -> Self {
        MakeService {
            api_impl,
            marker: PhantomData,
            validation: false
        }
    }

    // Turn on/off validation for the service being made.
    #[cfg(feature = "validate")]
    pub fn set_validation(&mut self, validation: bool) {
        self.validation = validation;
    }
}

impl<T, C> Clone for MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Has<Option<Authorization>> + Send + Sync + 'static
{
    fn clone(&self) -> Self {
        Self {
            api_impl: self.api_impl.clone(),
            marker: PhantomData,
            validation: self.validation
        }
    }
}

impl<T, C, Target> hyper::service::Service<Target> for MakeService<T, C>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static
{
    type Response = Service<T, C>;
    type Error = crate::ServiceError;
    type Future = future::Ready<Result<Self::Response, Self::Error>>;

    fn call(&self, target: Target) -> Self::Future {
        let service = Service::new(self.api_impl.clone(), self.validation);

        future::ok(service)
    }
}

fn method_not_allowed() -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError> {
    Ok(
        Response::builder().status(StatusCode::METHOD_NOT_ALLOWED)
            .body(BoxBody::new(http_body_util::Empty::new()))
            .expect("Unable to create Method Not Allowed response")
    )
}

#[allow(unused_macros)]
#[cfg(not(feature = "validate"))]
macro_rules! run_validation {
    ($parameter:tt, $base_name:tt, $validation:tt) => ();
}

#[allow(unused_macros)]
#[cfg(feature = "validate")]
macro_rules! run_validation {
    ($parameter:tt, $base_name:tt, $validation:tt) => {
        let $parameter = if $validation {
            match $parameter.validate() {
            Ok(()) => $parameter,
            Err(e) => return Ok(Response::builder()
                                    .status(StatusCode::BAD_REQUEST)
                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                    .body(BoxBody::new(format!("Invalid value in body parameter {}: {}", $base_name, e)))
                                    .expect(&format!("Unable to create Bad Request response for invalid value in body parameter {}", $base_name))),
            }
        } else {
            $parameter
        };
    }
}

pub struct Service<T, C> where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static
{
    api_impl: T,
    marker: PhantomData<C>,
    // Enable regex pattern validation of received JSON models
    validation: bool,
}

impl<T, C> Service<T, C> where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static
{
    pub fn new(api_impl: T, validation: bool) -> Self {
        Service {
            api_impl,
            marker: PhantomData,
            validation,
        }
    }
    #[cfg(feature = "validate")]
    pub fn set_validation(&mut self, validation: bool) {
        self.validation = validation
    }

}

impl<T, C> Clone for Service<T, C> where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static
{
    fn clone(&self) -> Self {
        Service {
            api_impl: self.api_impl.clone(),
            marker: self.marker,
            validation: self.validation,
        }
    }
}

#[allow(dead_code)]
fn body_from_string(s: String) -> BoxBody<Bytes, Infallible> {
    BoxBody::new(Full::new(Bytes::from(s)))
}

fn body_from_str(s: &str) -> BoxBody<Bytes, Infallible> {
    BoxBody::new(Full::new(Bytes::copy_from_slice(s.as_bytes())))
}

impl<T, C, ReqBody> hyper::service::Service<(Request<ReqBody>, C)> for Service<T, C> where
    T: Api<C> + Clone + Send + Sync + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
    type Response = Response<BoxBody<Bytes, Infallible>>;
    type Error = crate::ServiceError;
    type Future = ServiceFuture;

    fn call(&self, req: (Request<ReqBody>, C)) -> Self::Future {
        async fn run<T, C, ReqBody>(
            mut api_impl: T,
            req: (Request<ReqBody>, C),
            validation: bool,
        ) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
        where
            T: Api<C> + Clone + Send + 'static,
            C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
            ReqBody: Body + Send + 'static,
            ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
            ReqBody::Data: Send,
        {
            let (request, context) = req;
            let (parts, body) = request.into_parts();
            let (method, uri, headers) = (parts.method, parts.uri, parts.headers);
            let path = paths::GLOBAL_REGEX_SET.matches(uri.path());

            match method {

            // ChangeNumber - PUT /v2/accounts/number
            hyper::Method::PUT if path.matched(paths::ID_V2_ACCOUNTS_NUMBER) => {
                handle_change_number(api_impl, uri, headers, body, context, validation).await
            },

            // ConfirmUsernameHash - PUT /v1/accounts/username_hash/confirm
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_HASH_CONFIRM) => {
                handle_confirm_username_hash(api_impl, uri, headers, body, context, validation).await
            },

            // DeleteAccount - DELETE /v1/accounts/me
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_ME) => {
                handle_delete_account(api_impl, uri, headers, body, context, validation).await
            },

            // DeleteApnRegistrationId - DELETE /v1/accounts/apn
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_APN) => {
                handle_delete_apn_registration_id(api_impl, uri, headers, body, context, validation).await
            },

            // DeleteGcmRegistrationId - DELETE /v1/accounts/gcm
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_GCM) => {
                handle_delete_gcm_registration_id(api_impl, uri, headers, body, context, validation).await
            },

            // DeleteUsernameHash - DELETE /v1/accounts/username_hash
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_HASH) => {
                handle_delete_username_hash(api_impl, uri, headers, body, context, validation).await
            },

            // DeleteUsernameLink - DELETE /v1/accounts/username_link
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_LINK) => {
                handle_delete_username_link(api_impl, uri, headers, body, context, validation).await
            },

            // DistributePhoneNumberIdentityKeys - PUT /v2/accounts/phone_number_identity_key_distribution
            hyper::Method::PUT if path.matched(paths::ID_V2_ACCOUNTS_PHONE_NUMBER_IDENTITY_KEY_DISTRIBUTION) => {
                handle_distribute_phone_number_identity_keys(api_impl, uri, headers, body, context, validation).await
            },

            // GetAccountDataReport - GET /v2/accounts/data_report
            hyper::Method::GET if path.matched(paths::ID_V2_ACCOUNTS_DATA_REPORT) => {
                handle_get_account_data_report(api_impl, uri, headers, body, context, validation).await
            },

            // RemoveRegistrationLock - DELETE /v1/accounts/registration_lock
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_REGISTRATION_LOCK) => {
                handle_remove_registration_lock(api_impl, uri, headers, body, context, validation).await
            },

            // ReserveUsernameHash - PUT /v1/accounts/username_hash/reserve
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_HASH_RESERVE) => {
                handle_reserve_username_hash(api_impl, uri, headers, body, context, validation).await
            },

            // SetAccountAttributes - PUT /v1/accounts/attributes
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_ATTRIBUTES) => {
                handle_set_account_attributes(api_impl, uri, headers, body, context, validation).await
            },

            // SetApnRegistrationId - PUT /v1/accounts/apn
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_APN) => {
                handle_set_apn_registration_id(api_impl, uri, headers, body, context, validation).await
            },

            // SetGcmRegistrationId - PUT /v1/accounts/gcm
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_GCM) => {
                handle_set_gcm_registration_id(api_impl, uri, headers, body, context, validation).await
            },

            // SetName - PUT /v1/accounts/name
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_NAME) => {
                handle_set_name(api_impl, uri, headers, body, context, validation).await
            },

            // SetPhoneNumberDiscoverability - PUT /v2/accounts/phone_number_discoverability
            hyper::Method::PUT if path.matched(paths::ID_V2_ACCOUNTS_PHONE_NUMBER_DISCOVERABILITY) => {
                handle_set_phone_number_discoverability(api_impl, uri, headers, body, context, validation).await
            },

            // SetRegistrationLock - PUT /v1/accounts/registration_lock
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_REGISTRATION_LOCK) => {
                handle_set_registration_lock(api_impl, uri, headers, body, context, validation).await
            },

            // UpdateUsernameLink - PUT /v1/accounts/username_link
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_LINK) => {
                handle_update_username_link(api_impl, uri, headers, body, context, validation).await
            },

            // WhoAmI - GET /v1/accounts/whoami
            hyper::Method::GET if path.matched(paths::ID_V1_ACCOUNTS_WHOAMI) => {
                handle_who_am_i(api_impl, uri, headers, body, context, validation).await
            },

            // AccountExists - HEAD /v1/accounts/account/{identifier}
            hyper::Method::HEAD if path.matched(paths::ID_V1_ACCOUNTS_ACCOUNT_IDENTIFIER) => {
                handle_account_exists(api_impl, uri, headers, body, context, validation).await
            },

            // LookupUsernameHash - GET /v1/accounts/username_hash/{usernameHash}
            hyper::Method::GET if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_HASH_USERNAMEHASH) => {
                handle_lookup_username_hash(api_impl, uri, headers, body, context, validation).await
            },

            // LookupUsernameLink - GET /v1/accounts/username_link/{uuid}
            hyper::Method::GET if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_LINK_UUID) => {
                handle_lookup_username_link(api_impl, uri, headers, body, context, validation).await
            },

            // Backup - GET /v1/archives/upload/form
            hyper::Method::GET if path.matched(paths::ID_V1_ARCHIVES_UPLOAD_FORM) => {
                handle_backup(api_impl, uri, headers, body, context, validation).await
            },

            // BackupInfo - GET /v1/archives
            hyper::Method::GET if path.matched(paths::ID_V1_ARCHIVES) => {
                handle_backup_info(api_impl, uri, headers, body, context, validation).await
            },

            // CopyMedia - PUT /v1/archives/media/batch
            hyper::Method::PUT if path.matched(paths::ID_V1_ARCHIVES_MEDIA_BATCH) => {
                handle_copy_media(api_impl, uri, headers, body, context, validation).await
            },

            // CopyMedia1 - PUT /v1/archives/media
            hyper::Method::PUT if path.matched(paths::ID_V1_ARCHIVES_MEDIA) => {
                handle_copy_media1(api_impl, uri, headers, body, context, validation).await
            },

            // DeleteBackup - DELETE /v1/archives
            hyper::Method::DELETE if path.matched(paths::ID_V1_ARCHIVES) => {
                handle_delete_backup(api_impl, uri, headers, body, context, validation).await
            },

            // DeleteMedia - POST /v1/archives/media/delete
            hyper::Method::POST if path.matched(paths::ID_V1_ARCHIVES_MEDIA_DELETE) => {
                handle_delete_media(api_impl, uri, headers, body, context, validation).await
            },

            // GetBackupZkCredentials - GET /v1/archives/auth
            hyper::Method::GET if path.matched(paths::ID_V1_ARCHIVES_AUTH) => {
                handle_get_backup_zk_credentials(api_impl, uri, headers, body, context, validation).await
            },

            // ListMedia - GET /v1/archives/media
            hyper::Method::GET if path.matched(paths::ID_V1_ARCHIVES_MEDIA) => {
                handle_list_media(api_impl, uri, headers, body, context, validation).await
            },

            // ReadAuth - GET /v1/archives/auth/read
            hyper::Method::GET if path.matched(paths::ID_V1_ARCHIVES_AUTH_READ) => {
                handle_read_auth(api_impl, uri, headers, body, context, validation).await
            },

            // RedeemReceipt - POST /v1/archives/redeem-receipt
            hyper::Method::POST if path.matched(paths::ID_V1_ARCHIVES_REDEEM_RECEIPT) => {
                handle_redeem_receipt(api_impl, uri, headers, body, context, validation).await
            },

            // Refresh - POST /v1/archives
            hyper::Method::POST if path.matched(paths::ID_V1_ARCHIVES) => {
                handle_refresh(api_impl, uri, headers, body, context, validation).await
            },

            // SetBackupId - PUT /v1/archives/backupid
            hyper::Method::PUT if path.matched(paths::ID_V1_ARCHIVES_BACKUPID) => {
                handle_set_backup_id(api_impl, uri, headers, body, context, validation).await
            },

            // SetPublicKey - PUT /v1/archives/keys
            hyper::Method::PUT if path.matched(paths::ID_V1_ARCHIVES_KEYS) => {
                handle_set_public_key(api_impl, uri, headers, body, context, validation).await
            },

            // UploadTemporaryAttachment - GET /v1/archives/media/upload/form
            hyper::Method::GET if path.matched(paths::ID_V1_ARCHIVES_MEDIA_UPLOAD_FORM) => {
                handle_upload_temporary_attachment(api_impl, uri, headers, body, context, validation).await
            },

            // GetAttachmentUploadForm - GET /v4/attachments/form/upload
            hyper::Method::GET if path.matched(paths::ID_V4_ATTACHMENTS_FORM_UPLOAD) => {
                handle_get_attachment_upload_form(api_impl, uri, headers, body, context, validation).await
            },

            // GetCreateAuth - POST /v1/call-link/create-auth
            hyper::Method::POST if path.matched(paths::ID_V1_CALL_LINK_CREATE_AUTH) => {
                handle_get_create_auth(api_impl, uri, headers, body, context, validation).await
            },

            // GetCallingRelays - GET /v2/calling/relays
            hyper::Method::GET if path.matched(paths::ID_V2_CALLING_RELAYS) => {
                handle_get_calling_relays(api_impl, uri, headers, body, context, validation).await
            },

            // GetDeliveryCertificate - GET /v1/certificate/delivery
            hyper::Method::GET if path.matched(paths::ID_V1_CERTIFICATE_DELIVERY) => {
                handle_get_delivery_certificate(api_impl, uri, headers, body, context, validation).await
            },

            // GetGroupAuthenticationCredentials - GET /v1/certificate/auth/group
            hyper::Method::GET if path.matched(paths::ID_V1_CERTIFICATE_AUTH_GROUP) => {
                handle_get_group_authentication_credentials(api_impl, uri, headers, body, context, validation).await
            },

            // HandleChallengeResponse - PUT /v1/challenge
            hyper::Method::PUT if path.matched(paths::ID_V1_CHALLENGE) => {
                handle_handle_challenge_response(api_impl, uri, headers, body, context, validation).await
            },

            // RequestPushChallenge - POST /v1/challenge/push
            hyper::Method::POST if path.matched(paths::ID_V1_CHALLENGE_PUSH) => {
                handle_request_push_challenge(api_impl, uri, headers, body, context, validation).await
            },

            // AssertChallenge - GET /v1/devicecheck/assert
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICECHECK_ASSERT) => {
                handle_assert_challenge(api_impl, uri, headers, body, context, validation).await
            },

            // Assertion - POST /v1/devicecheck/assert
            hyper::Method::POST if path.matched(paths::ID_V1_DEVICECHECK_ASSERT) => {
                handle_assertion(api_impl, uri, headers, body, context, validation).await
            },

            // Attest - PUT /v1/devicecheck/attest
            hyper::Method::PUT if path.matched(paths::ID_V1_DEVICECHECK_ATTEST) => {
                handle_attest(api_impl, uri, headers, body, context, validation).await
            },

            // AttestChallenge - GET /v1/devicecheck/attest
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICECHECK_ATTEST) => {
                handle_attest_challenge(api_impl, uri, headers, body, context, validation).await
            },

            // CreateDeviceToken - GET /v1/devices/provisioning/code
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICES_PROVISIONING_CODE) => {
                handle_create_device_token(api_impl, uri, headers, body, context, validation).await
            },

            // GetDevices - GET /v1/devices
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICES) => {
                handle_get_devices(api_impl, uri, headers, body, context, validation).await
            },

            // LinkDevice - PUT /v1/devices/link
            hyper::Method::PUT if path.matched(paths::ID_V1_DEVICES_LINK) => {
                handle_link_device(api_impl, uri, headers, body, context, validation).await
            },

            // RecordTransferArchiveUploaded - PUT /v1/devices/transfer_archive
            hyper::Method::PUT if path.matched(paths::ID_V1_DEVICES_TRANSFER_ARCHIVE) => {
                handle_record_transfer_archive_uploaded(api_impl, uri, headers, body, context, validation).await
            },

            // SetCapabilities - PUT /v1/devices/capabilities
            hyper::Method::PUT if path.matched(paths::ID_V1_DEVICES_CAPABILITIES) => {
                handle_set_capabilities(api_impl, uri, headers, body, context, validation).await
            },

            // SetPublicKey1 - PUT /v1/devices/public_key
            hyper::Method::PUT if path.matched(paths::ID_V1_DEVICES_PUBLIC_KEY) => {
                handle_set_public_key1(api_impl, uri, headers, body, context, validation).await
            },

            // WaitForTransferArchive - GET /v1/devices/transfer_archive
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICES_TRANSFER_ARCHIVE) => {
                handle_wait_for_transfer_archive(api_impl, uri, headers, body, context, validation).await
            },

            // RecordRestoreAccountRequest - PUT /v1/devices/restore_account/{token}
            hyper::Method::PUT if path.matched(paths::ID_V1_DEVICES_RESTORE_ACCOUNT_TOKEN) => {
                handle_record_restore_account_request(api_impl, uri, headers, body, context, validation).await
            },

            // RemoveDevice - DELETE /v1/devices/{device_id}
            hyper::Method::DELETE if path.matched(paths::ID_V1_DEVICES_DEVICE_ID) => {
                handle_remove_device(api_impl, uri, headers, body, context, validation).await
            },

            // WaitForDeviceTransferRequest - GET /v1/devices/restore_account/{token}
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICES_RESTORE_ACCOUNT_TOKEN) => {
                handle_wait_for_device_transfer_request(api_impl, uri, headers, body, context, validation).await
            },

            // WaitForLinkedDevice - GET /v1/devices/wait_for_linked_device/{tokenIdentifier}
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICES_WAIT_FOR_LINKED_DEVICE_TOKENIDENTIFIER) => {
                handle_wait_for_linked_device(api_impl, uri, headers, body, context, validation).await
            },

            // GetAuthToken - GET /v2/directory/auth
            hyper::Method::GET if path.matched(paths::ID_V2_DIRECTORY_AUTH) => {
                handle_get_auth_token(api_impl, uri, headers, body, context, validation).await
            },

            // RedeemReceipt1 - POST /v1/donation/redeem-receipt
            hyper::Method::POST if path.matched(paths::ID_V1_DONATION_REDEEM_RECEIPT) => {
                handle_redeem_receipt1(api_impl, uri, headers, body, context, validation).await
            },

            // GetKeepAlive - GET /v1/keepalive
            hyper::Method::GET if path.matched(paths::ID_V1_KEEPALIVE) => {
                handle_get_keep_alive(api_impl, uri, headers, body, context, validation).await
            },

            // GetProvisioningKeepAlive - GET /v1/keepalive/provisioning
            hyper::Method::GET if path.matched(paths::ID_V1_KEEPALIVE_PROVISIONING) => {
                handle_get_provisioning_keep_alive(api_impl, uri, headers, body, context, validation).await
            },

            // GetDistinguishedKey - GET /v1/key-transparency/distinguished
            hyper::Method::GET if path.matched(paths::ID_V1_KEY_TRANSPARENCY_DISTINGUISHED) => {
                handle_get_distinguished_key(api_impl, uri, headers, body, context, validation).await
            },

            // Monitor - POST /v1/key-transparency/monitor
            hyper::Method::POST if path.matched(paths::ID_V1_KEY_TRANSPARENCY_MONITOR) => {
                handle_monitor(api_impl, uri, headers, body, context, validation).await
            },

            // Search - POST /v1/key-transparency/search
            hyper::Method::POST if path.matched(paths::ID_V1_KEY_TRANSPARENCY_SEARCH) => {
                handle_search(api_impl, uri, headers, body, context, validation).await
            },

            // CheckKeys - POST /v2/keys/check
            hyper::Method::POST if path.matched(paths::ID_V2_KEYS_CHECK) => {
                handle_check_keys(api_impl, uri, headers, body, context, validation).await
            },

            // GetStatus - GET /v2/keys
            hyper::Method::GET if path.matched(paths::ID_V2_KEYS) => {
                handle_get_status(api_impl, uri, headers, body, context, validation).await
            },

            // SetKeys - PUT /v2/keys
            hyper::Method::PUT if path.matched(paths::ID_V2_KEYS) => {
                handle_set_keys(api_impl, uri, headers, body, context, validation).await
            },

            // GetDeviceKeys - GET /v2/keys/{identifier}/{device_id}
            hyper::Method::GET if path.matched(paths::ID_V2_KEYS_IDENTIFIER_DEVICE_ID) => {
                handle_get_device_keys(api_impl, uri, headers, body, context, validation).await
            },

            // GetPendingMessages - GET /v1/messages
            hyper::Method::GET if path.matched(paths::ID_V1_MESSAGES) => {
                handle_get_pending_messages(api_impl, uri, headers, body, context, validation).await
            },

            // SendMultiRecipientMessage - PUT /v1/messages/multi_recipient
            hyper::Method::PUT if path.matched(paths::ID_V1_MESSAGES_MULTI_RECIPIENT) => {
                handle_send_multi_recipient_message(api_impl, uri, headers, body, context, validation).await
            },

            // RemovePendingMessage - DELETE /v1/messages/uuid/{uuid}
            hyper::Method::DELETE if path.matched(paths::ID_V1_MESSAGES_UUID_UUID) => {
                handle_remove_pending_message(api_impl, uri, headers, body, context, validation).await
            },

            // SendMessage - PUT /v1/messages/{destination}
            hyper::Method::PUT if path.matched(paths::ID_V1_MESSAGES_DESTINATION) => {
                handle_send_message(api_impl, uri, headers, body, context, validation).await
            },

            // ReportSpamMessage - POST /v1/messages/report/{source}/{messageGuid}
            hyper::Method::POST if path.matched(paths::ID_V1_MESSAGES_REPORT_SOURCE_MESSAGEGUID) => {
                handle_report_spam_message(api_impl, uri, headers, body, context, validation).await
            },

            // ConfirmPayPalBoost - POST /v1/subscription/boost/paypal/confirm
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_BOOST_PAYPAL_CONFIRM) => {
                handle_confirm_pay_pal_boost(api_impl, uri, headers, body, context, validation).await
            },

            // CreateBoostPaymentIntent - POST /v1/subscription/boost/create
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_BOOST_CREATE) => {
                handle_create_boost_payment_intent(api_impl, uri, headers, body, context, validation).await
            },

            // CreateBoostReceiptCredentials - POST /v1/subscription/boost/receipt_credentials
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_BOOST_RECEIPT_CREDENTIALS) => {
                handle_create_boost_receipt_credentials(api_impl, uri, headers, body, context, validation).await
            },

            // CreatePayPalBoost - POST /v1/subscription/boost/paypal/create
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_BOOST_PAYPAL_CREATE) => {
                handle_create_pay_pal_boost(api_impl, uri, headers, body, context, validation).await
            },

            // GetAuth - GET /v1/payments/auth
            hyper::Method::GET if path.matched(paths::ID_V1_PAYMENTS_AUTH) => {
                handle_get_auth(api_impl, uri, headers, body, context, validation).await
            },

            // GetConversions - GET /v1/payments/conversions
            hyper::Method::GET if path.matched(paths::ID_V1_PAYMENTS_CONVERSIONS) => {
                handle_get_conversions(api_impl, uri, headers, body, context, validation).await
            },

            // RunBatchIdentityCheck - POST /v1/profile/identity_check/batch
            hyper::Method::POST if path.matched(paths::ID_V1_PROFILE_IDENTITY_CHECK_BATCH) => {
                handle_run_batch_identity_check(api_impl, uri, headers, body, context, validation).await
            },

            // SetProfile - PUT /v1/profile
            hyper::Method::PUT if path.matched(paths::ID_V1_PROFILE) => {
                handle_set_profile(api_impl, uri, headers, body, context, validation).await
            },

            // GetUnversionedProfile - GET /v1/profile/{identifier}
            hyper::Method::GET if path.matched(paths::ID_V1_PROFILE_IDENTIFIER) => {
                handle_get_unversioned_profile(api_impl, uri, headers, body, context, validation).await
            },

            // GetProfile - GET /v1/profile/{identifier}/{version}
            hyper::Method::GET if path.matched(paths::ID_V1_PROFILE_IDENTIFIER_VERSION) => {
                handle_get_profile(api_impl, uri, headers, body, context, validation).await
            },

            // GetProfile1 - GET /v1/profile/{identifier}/{version}/{credentialRequest}
            hyper::Method::GET if path.matched(paths::ID_V1_PROFILE_IDENTIFIER_VERSION_CREDENTIALREQUEST) => {
                handle_get_profile1(api_impl, uri, headers, body, context, validation).await
            },

            // SendProvisioningMessage - PUT /v1/provisioning/{destination}
            hyper::Method::PUT if path.matched(paths::ID_V1_PROVISIONING_DESTINATION) => {
                handle_send_provisioning_message(api_impl, uri, headers, body, context, validation).await
            },

            // Register - POST /v1/registration
            hyper::Method::POST if path.matched(paths::ID_V1_REGISTRATION) => {
                handle_register(api_impl, uri, headers, body, context, validation).await
            },

            // GetAll - GET /v1/config
            hyper::Method::GET if path.matched(paths::ID_V1_CONFIG) => {
                handle_get_all(api_impl, uri, headers, body, context, validation).await
            },

            // GetAuth1 - GET /v1/storage/auth
            hyper::Method::GET if path.matched(paths::ID_V1_STORAGE_AUTH) => {
                handle_get_auth1(api_impl, uri, headers, body, context, validation).await
            },

            // AuthCheck - POST /v2/backup/auth/check
            hyper::Method::POST if path.matched(paths::ID_V2_BACKUP_AUTH_CHECK) => {
                handle_auth_check(api_impl, uri, headers, body, context, validation).await
            },

            // GetAuth2 - GET /v2/backup/auth
            hyper::Method::GET if path.matched(paths::ID_V2_BACKUP_AUTH) => {
                handle_get_auth2(api_impl, uri, headers, body, context, validation).await
            },

            // GetStickersForm - GET /v1/sticker/pack/form/{count}
            hyper::Method::GET if path.matched(paths::ID_V1_STICKER_PACK_FORM_COUNT) => {
                handle_get_stickers_form(api_impl, uri, headers, body, context, validation).await
            },

            // GetConfiguration - GET /v1/subscription/configuration
            hyper::Method::GET if path.matched(paths::ID_V1_SUBSCRIPTION_CONFIGURATION) => {
                handle_get_configuration(api_impl, uri, headers, body, context, validation).await
            },

            // CreatePayPalPaymentMethod - POST /v1/subscription/{subscriberId}/create_payment_method/paypal
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD_PAYPAL) => {
                handle_create_pay_pal_payment_method(api_impl, uri, headers, body, context, validation).await
            },

            // CreatePaymentMethod - POST /v1/subscription/{subscriberId}/create_payment_method
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD) => {
                handle_create_payment_method(api_impl, uri, headers, body, context, validation).await
            },

            // CreateSubscriptionReceiptCredentials - POST /v1/subscription/{subscriberId}/receipt_credentials
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_RECEIPT_CREDENTIALS) => {
                handle_create_subscription_receipt_credentials(api_impl, uri, headers, body, context, validation).await
            },

            // DeleteSubscriber - DELETE /v1/subscription/{subscriberId}
            hyper::Method::DELETE if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID) => {
                handle_delete_subscriber(api_impl, uri, headers, body, context, validation).await
            },

            // GetBankMandate - GET /v1/subscription/bank_mandate/{bankTransferType}
            hyper::Method::GET if path.matched(paths::ID_V1_SUBSCRIPTION_BANK_MANDATE_BANKTRANSFERTYPE) => {
                handle_get_bank_mandate(api_impl, uri, headers, body, context, validation).await
            },

            // GetSubscriptionInformation - GET /v1/subscription/{subscriberId}
            hyper::Method::GET if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID) => {
                handle_get_subscription_information(api_impl, uri, headers, body, context, validation).await
            },

            // UpdateSubscriber - PUT /v1/subscription/{subscriberId}
            hyper::Method::PUT if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID) => {
                handle_update_subscriber(api_impl, uri, headers, body, context, validation).await
            },

            // SetAppStoreSubscription - POST /v1/subscription/{subscriberId}/appstore/{originalTransactionId}
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_APPSTORE_ORIGINALTRANSACTIONID) => {
                handle_set_app_store_subscription(api_impl, uri, headers, body, context, validation).await
            },

            // SetDefaultPaymentMethodForIdeal - POST /v1/subscription/{subscriberId}/default_payment_method_for_ideal/{setupIntentId}
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_FOR_IDEAL_SETUPINTENTID) => {
                handle_set_default_payment_method_for_ideal(api_impl, uri, headers, body, context, validation).await
            },

            // SetPlayStoreSubscription - POST /v1/subscription/{subscriberId}/playbilling/{purchaseToken}
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_PLAYBILLING_PURCHASETOKEN) => {
                handle_set_play_store_subscription(api_impl, uri, headers, body, context, validation).await
            },

            // SetDefaultPaymentMethodWithProcessor - POST /v1/subscription/{subscriberId}/default_payment_method/{processor}/{paymentMethodToken}
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_PROCESSOR_PAYMENTMETHODTOKEN) => {
                handle_set_default_payment_method_with_processor(api_impl, uri, headers, body, context, validation).await
            },

            // SetSubscriptionLevel - PUT /v1/subscription/{subscriberId}/level/{level}/{currency}/{idempotencyKey}
            hyper::Method::PUT if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_LEVEL_LEVEL_CURRENCY_IDEMPOTENCYKEY) => {
                handle_set_subscription_level(api_impl, uri, headers, body, context, validation).await
            },

            // CreateSession - POST /v1/verification/session
            hyper::Method::POST if path.matched(paths::ID_V1_VERIFICATION_SESSION) => {
                handle_create_session(api_impl, uri, headers, body, context, validation).await
            },

            // GetSession - GET /v1/verification/session/{sessionId}
            hyper::Method::GET if path.matched(paths::ID_V1_VERIFICATION_SESSION_SESSIONID) => {
                handle_get_session(api_impl, uri, headers, body, context, validation).await
            },

            // RequestVerificationCode - POST /v1/verification/session/{sessionId}/code
            hyper::Method::POST if path.matched(paths::ID_V1_VERIFICATION_SESSION_SESSIONID_CODE) => {
                handle_request_verification_code(api_impl, uri, headers, body, context, validation).await
            },

            // UpdateSession - PATCH /v1/verification/session/{sessionId}
            hyper::Method::PATCH if path.matched(paths::ID_V1_VERIFICATION_SESSION_SESSIONID) => {
                handle_update_session(api_impl, uri, headers, body, context, validation).await
            },

            // VerifyCode - PUT /v1/verification/session/{sessionId}/code
            hyper::Method::PUT if path.matched(paths::ID_V1_VERIFICATION_SESSION_SESSIONID_CODE) => {
                handle_verify_code(api_impl, uri, headers, body, context, validation).await
            },

            _ if path.matched(paths::ID_V1_ACCOUNTS_ACCOUNT_IDENTIFIER) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_APN) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_ATTRIBUTES) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_GCM) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_ME) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_NAME) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_REGISTRATION_LOCK) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_HASH) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_HASH_CONFIRM) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_HASH_RESERVE) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_HASH_USERNAMEHASH) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_LINK) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_LINK_UUID) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ACCOUNTS_WHOAMI) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ARCHIVES) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ARCHIVES_AUTH) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ARCHIVES_AUTH_READ) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ARCHIVES_BACKUPID) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ARCHIVES_KEYS) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ARCHIVES_MEDIA) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ARCHIVES_MEDIA_BATCH) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ARCHIVES_MEDIA_DELETE) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ARCHIVES_MEDIA_UPLOAD_FORM) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ARCHIVES_REDEEM_RECEIPT) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_ARCHIVES_UPLOAD_FORM) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_CALL_LINK_CREATE_AUTH) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_CERTIFICATE_AUTH_GROUP) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_CERTIFICATE_DELIVERY) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_CHALLENGE) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_CHALLENGE_PUSH) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_CONFIG) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_DEVICECHECK_ASSERT) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_DEVICECHECK_ATTEST) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_DEVICES) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_DEVICES_CAPABILITIES) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_DEVICES_LINK) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_DEVICES_PROVISIONING_CODE) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_DEVICES_PUBLIC_KEY) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_DEVICES_RESTORE_ACCOUNT_TOKEN) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_DEVICES_TRANSFER_ARCHIVE) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_DEVICES_WAIT_FOR_LINKED_DEVICE_TOKENIDENTIFIER) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_DEVICES_DEVICE_ID) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_DONATION_REDEEM_RECEIPT) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_KEEPALIVE) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_KEEPALIVE_PROVISIONING) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_KEY_TRANSPARENCY_DISTINGUISHED) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_KEY_TRANSPARENCY_MONITOR) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_KEY_TRANSPARENCY_SEARCH) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_MESSAGES) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_MESSAGES_MULTI_RECIPIENT) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_MESSAGES_REPORT_SOURCE_MESSAGEGUID) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_MESSAGES_UUID_UUID) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_MESSAGES_DESTINATION) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_PAYMENTS_AUTH) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_PAYMENTS_CONVERSIONS) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_PROFILE) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_PROFILE_IDENTITY_CHECK_BATCH) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_PROFILE_IDENTIFIER) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_PROFILE_IDENTIFIER_VERSION) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_PROFILE_IDENTIFIER_VERSION_CREDENTIALREQUEST) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_PROVISIONING_DESTINATION) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_REGISTRATION) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_STICKER_PACK_FORM_COUNT) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_STORAGE_AUTH) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_BANK_MANDATE_BANKTRANSFERTYPE) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_BOOST_CREATE) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_BOOST_PAYPAL_CONFIRM) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_BOOST_PAYPAL_CREATE) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_BOOST_RECEIPT_CREDENTIALS) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_CONFIGURATION) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_APPSTORE_ORIGINALTRANSACTIONID) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD_PAYPAL) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_PROCESSOR_PAYMENTMETHODTOKEN) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_FOR_IDEAL_SETUPINTENTID) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_LEVEL_LEVEL_CURRENCY_IDEMPOTENCYKEY) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_PLAYBILLING_PURCHASETOKEN) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_RECEIPT_CREDENTIALS) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_VERIFICATION_SESSION) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_VERIFICATION_SESSION_SESSIONID) => method_not_allowed(),
            _ if path.matched(paths::ID_V1_VERIFICATION_SESSION_SESSIONID_CODE) => method_not_allowed(),
            _ if path.matched(paths::ID_V2_ACCOUNTS_DATA_REPORT) => method_not_allowed(),
            _ if path.matched(paths::ID_V2_ACCOUNTS_NUMBER) => method_not_allowed(),
            _ if path.matched(paths::ID_V2_ACCOUNTS_PHONE_NUMBER_DISCOVERABILITY) => method_not_allowed(),
            _ if path.matched(paths::ID_V2_ACCOUNTS_PHONE_NUMBER_IDENTITY_KEY_DISTRIBUTION) => method_not_allowed(),
            _ if path.matched(paths::ID_V2_BACKUP_AUTH) => method_not_allowed(),
            _ if path.matched(paths::ID_V2_BACKUP_AUTH_CHECK) => method_not_allowed(),
            _ if path.matched(paths::ID_V2_CALLING_RELAYS) => method_not_allowed(),
            _ if path.matched(paths::ID_V2_DIRECTORY_AUTH) => method_not_allowed(),
            _ if path.matched(paths::ID_V2_KEYS) => method_not_allowed(),
            _ if path.matched(paths::ID_V2_KEYS_CHECK) => method_not_allowed(),
            _ if path.matched(paths::ID_V2_KEYS_IDENTIFIER_DEVICE_ID) => method_not_allowed(),
            _ if path.matched(paths::ID_V4_ATTACHMENTS_FORM_UPLOAD) => method_not_allowed(),
                _ => Ok(Response::builder().status(StatusCode::NOT_FOUND)
                        .body(BoxBody::new(http_body_util::Empty::new()))
                        .expect("Unable to create Not Found response"))
            }
        }
        Box::pin(run(
            self.api_impl.clone(),
            req,
            self.validation
        ))
    }
}

#[allow(unused_variables)]
async fn handle_change_number<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_change_number_request: Option<models::ChangeNumberRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_change_number_request) => param_change_number_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter ChangeNumberRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter ChangeNumberRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_change_number_request = match param_change_number_request {
                                    Some(param_change_number_request) => param_change_number_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter ChangeNumberRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter ChangeNumberRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_change_number_request, "ChangeNumberRequest", validation);

                                let result = api_impl.change_number(
                                            param_change_number_request,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                ChangeNumberResponse::ThePhoneNumberAssociatedWithTheAuthenticatedAccountWasChangedSuccessfully
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                ChangeNumberResponse::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                ChangeNumberResponse::VerificationFailedForTheProvidedRegistrationRecoveryPassword
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                ChangeNumberResponse::MismatchedNumberOfDevicesOrDeviceIdsInDevicesToNotifyList
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                ChangeNumberResponse::MismatchedRegistrationIdsInDevicesToNotifyList
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                ChangeNumberResponse::OneOrMoreDeviceMessagesWasTooLarge
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");

                                                },
                                                ChangeNumberResponse::TheRequestDidNotPassValidation
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                ChangeNumberResponse::RegistrationLockIsEnabledAndTheSuppliedLockIsAbsentOrWrong
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(423).expect("Unable to turn 423 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                ChangeNumberResponse::TooManyAttempts
                                                    {
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_confirm_username_hash<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_confirm_username_hash_request: Option<models::ConfirmUsernameHashRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_confirm_username_hash_request) => param_confirm_username_hash_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter ConfirmUsernameHashRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter ConfirmUsernameHashRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_confirm_username_hash_request = match param_confirm_username_hash_request {
                                    Some(param_confirm_username_hash_request) => param_confirm_username_hash_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter ConfirmUsernameHashRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter ConfirmUsernameHashRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_confirm_username_hash_request, "ConfirmUsernameHashRequest", validation);

                                let result = api_impl.confirm_username_hash(
                                            param_confirm_username_hash_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                ConfirmUsernameHashResponse::UsernameHashConfirmedSuccessfully
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                ConfirmUsernameHashResponse::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                ConfirmUsernameHashResponse::GivenUsernameHashDoesn
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");

                                                },
                                                ConfirmUsernameHashResponse::UsernameHashNotAvailable
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");

                                                },
                                                ConfirmUsernameHashResponse::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                ConfirmUsernameHashResponse::Ratelimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_delete_account<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.delete_account(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                DeleteAccountResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_delete_apn_registration_id<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.delete_apn_registration_id(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                DeleteApnRegistrationIdResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_delete_gcm_registration_id<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.delete_gcm_registration_id(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                DeleteGcmRegistrationIdResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_delete_username_hash<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.delete_username_hash(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                DeleteUsernameHashResponse::UsernameSuccessfullyDeleted
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                DeleteUsernameHashResponse::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_delete_username_link<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.delete_username_link(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                DeleteUsernameLinkResponse::UsernameLinkSuccessfullyDeleted
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                DeleteUsernameLinkResponse::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                DeleteUsernameLinkResponse::Ratelimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_distribute_phone_number_identity_keys<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_phone_number_identity_key_distribution_request: Option<models::PhoneNumberIdentityKeyDistributionRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_phone_number_identity_key_distribution_request) => param_phone_number_identity_key_distribution_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter PhoneNumberIdentityKeyDistributionRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter PhoneNumberIdentityKeyDistributionRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_phone_number_identity_key_distribution_request = match param_phone_number_identity_key_distribution_request {
                                    Some(param_phone_number_identity_key_distribution_request) => param_phone_number_identity_key_distribution_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter PhoneNumberIdentityKeyDistributionRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter PhoneNumberIdentityKeyDistributionRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_phone_number_identity_key_distribution_request, "PhoneNumberIdentityKeyDistributionRequest", validation);

                                let result = api_impl.distribute_phone_number_identity_keys(
                                            param_phone_number_identity_key_distribution_request,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                DistributePhoneNumberIdentityKeysResponse::IndicatesTheTransactionWasSuccessfulAndReturnsBasicInformationAboutThisAccount
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                DistributePhoneNumberIdentityKeysResponse::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                DistributePhoneNumberIdentityKeysResponse::ThisEndpointCanOnlyBeInvokedFromTheAccount
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                DistributePhoneNumberIdentityKeysResponse::TheRequestBodyFailedValidation
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                DistributePhoneNumberIdentityKeysResponse::TheSetOfDevicesSpecifiedInTheRequestDoesNotMatchTheSetOfDevicesActiveOnTheAccount
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                DistributePhoneNumberIdentityKeysResponse::TheRegistrationIDsProvidedForSomeDevicesDoNotMatchThoseStoredOnTheServer
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                DistributePhoneNumberIdentityKeysResponse::OneOrMoreDeviceMessagesWasTooLarge
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_get_account_data_report<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.get_account_data_report(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetAccountDataReportResponse::ResponseWithDataReport
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_remove_registration_lock<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.remove_registration_lock(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                RemoveRegistrationLockResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_reserve_username_hash<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_reserve_username_hash_request: Option<models::ReserveUsernameHashRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_reserve_username_hash_request) => param_reserve_username_hash_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter ReserveUsernameHashRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter ReserveUsernameHashRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_reserve_username_hash_request = match param_reserve_username_hash_request {
                                    Some(param_reserve_username_hash_request) => param_reserve_username_hash_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter ReserveUsernameHashRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter ReserveUsernameHashRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_reserve_username_hash_request, "ReserveUsernameHashRequest", validation);

                                let result = api_impl.reserve_username_hash(
                                            param_reserve_username_hash_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                ReserveUsernameHashResponse::UsernameHashReservedSuccessfully
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                ReserveUsernameHashResponse::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                ReserveUsernameHashResponse::AllUsernameHashesFromTheListAreTaken
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");

                                                },
                                                ReserveUsernameHashResponse::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                ReserveUsernameHashResponse::Ratelimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_set_account_attributes<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_x_signal_agent = headers.get(HeaderName::from_static("x-signal-agent"));

                let param_x_signal_agent = match param_x_signal_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_account_attributes: Option<models::AccountAttributes> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_account_attributes) => param_account_attributes,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter AccountAttributes - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter AccountAttributes due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_account_attributes = match param_account_attributes {
                                    Some(param_account_attributes) => param_account_attributes,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter AccountAttributes".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter AccountAttributes")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_account_attributes, "AccountAttributes", validation);

                                let result = api_impl.set_account_attributes(
                                            param_account_attributes,
                                            param_x_signal_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetAccountAttributesResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_set_apn_registration_id<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_apn_registration_id: Option<models::ApnRegistrationId> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_apn_registration_id) => param_apn_registration_id,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter ApnRegistrationId - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter ApnRegistrationId due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_apn_registration_id = match param_apn_registration_id {
                                    Some(param_apn_registration_id) => param_apn_registration_id,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter ApnRegistrationId".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter ApnRegistrationId")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_apn_registration_id, "ApnRegistrationId", validation);

                                let result = api_impl.set_apn_registration_id(
                                            param_apn_registration_id,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetApnRegistrationIdResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_set_gcm_registration_id<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_gcm_registration_id: Option<models::GcmRegistrationId> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_gcm_registration_id) => param_gcm_registration_id,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter GcmRegistrationId - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter GcmRegistrationId due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_gcm_registration_id = match param_gcm_registration_id {
                                    Some(param_gcm_registration_id) => param_gcm_registration_id,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter GcmRegistrationId".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter GcmRegistrationId")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_gcm_registration_id, "GcmRegistrationId", validation);

                                let result = api_impl.set_gcm_registration_id(
                                            param_gcm_registration_id,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetGcmRegistrationIdResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_set_name<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_device_id = query_params.iter().filter(|e| e.0 == "deviceId").map(|e| e.1.clone())
                    .next();
                let param_device_id = match param_device_id {
                    Some(param_device_id) => {
                        let param_device_id =
                            <i32 as std::str::FromStr>::from_str
                                (&param_device_id);
                        match param_device_id {
                            Ok(param_device_id) => Some(param_device_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter deviceId - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter deviceId")),
                        }
                    },
                    None => None,
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_device_name: Option<models::DeviceName> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_device_name) => param_device_name,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter DeviceName - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter DeviceName due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_device_name = match param_device_name {
                                    Some(param_device_name) => param_device_name,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter DeviceName".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter DeviceName")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_device_name, "DeviceName", validation);

                                let result = api_impl.set_name(
                                            param_device_name,
                                            param_device_id,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetNameResponse::DeviceNameChangedSuccessfully
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                SetNameResponse::NoDeviceFoundWithTheGivenID
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                SetNameResponse::NotAuthorizedToChangeTheNameOfTheDeviceWithTheGivenID
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_set_phone_number_discoverability<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_phone_number_discoverability_request: Option<models::PhoneNumberDiscoverabilityRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_phone_number_discoverability_request) => param_phone_number_discoverability_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter PhoneNumberDiscoverabilityRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter PhoneNumberDiscoverabilityRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_phone_number_discoverability_request = match param_phone_number_discoverability_request {
                                    Some(param_phone_number_discoverability_request) => param_phone_number_discoverability_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter PhoneNumberDiscoverabilityRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter PhoneNumberDiscoverabilityRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_phone_number_discoverability_request, "PhoneNumberDiscoverabilityRequest", validation);

                                let result = api_impl.set_phone_number_discoverability(
                                            param_phone_number_discoverability_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetPhoneNumberDiscoverabilityResponse::TheSettingWasSuccessfullyUpdated
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_set_registration_lock<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_registration_lock: Option<models::RegistrationLock> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_registration_lock) => param_registration_lock,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter RegistrationLock - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter RegistrationLock due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_registration_lock = match param_registration_lock {
                                    Some(param_registration_lock) => param_registration_lock,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter RegistrationLock".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter RegistrationLock")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_registration_lock, "RegistrationLock", validation);

                                let result = api_impl.set_registration_lock(
                                            param_registration_lock,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetRegistrationLockResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_update_username_link<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_encrypted_username: Option<models::EncryptedUsername> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_encrypted_username) => param_encrypted_username,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter EncryptedUsername - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter EncryptedUsername due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_encrypted_username = match param_encrypted_username {
                                    Some(param_encrypted_username) => param_encrypted_username,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter EncryptedUsername".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter EncryptedUsername")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_encrypted_username, "EncryptedUsername", validation);

                                let result = api_impl.update_username_link(
                                            param_encrypted_username,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                UpdateUsernameLinkResponse::UsernameLinkUpdatedSuccessfully
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                UpdateUsernameLinkResponse::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                UpdateUsernameLinkResponse::UsernameIsNotSetForTheAccount
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");

                                                },
                                                UpdateUsernameLinkResponse::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                UpdateUsernameLinkResponse::Ratelimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_who_am_i<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.who_am_i(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                WhoAmIResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_account_exists<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_ACCOUNTS_ACCOUNT_IDENTIFIER
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_ACCOUNTS_ACCOUNT_IDENTIFIER in set but failed match against \"{}\"", path, paths::REGEX_V1_ACCOUNTS_ACCOUNT_IDENTIFIER.as_str())
                    );

                let param_identifier = match percent_encoding::percent_decode(path_params["identifier"].as_bytes()).decode_utf8() {
                    Ok(param_identifier) => match param_identifier.parse::<String>() {
                        Ok(param_identifier) => param_identifier,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter identifier: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["identifier"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.account_exists(
                                            param_identifier,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                AccountExistsResponse::AnAccountWithTheGivenIdentifierWasFound
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                                AccountExistsResponse::RequestMustNotBeAuthenticated
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                AccountExistsResponse::AnAccountWasNotFoundForTheGivenIdentifier
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                AccountExistsResponse::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                AccountExistsResponse::Rate
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_lookup_username_hash<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_ACCOUNTS_USERNAME_HASH_USERNAMEHASH
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_ACCOUNTS_USERNAME_HASH_USERNAMEHASH in set but failed match against \"{}\"", path, paths::REGEX_V1_ACCOUNTS_USERNAME_HASH_USERNAMEHASH.as_str())
                    );

                let param_username_hash = match percent_encoding::percent_decode(path_params["usernameHash"].as_bytes()).decode_utf8() {
                    Ok(param_username_hash) => match param_username_hash.parse::<String>() {
                        Ok(param_username_hash) => param_username_hash,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter usernameHash: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["usernameHash"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.lookup_username_hash(
                                            param_username_hash,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                LookupUsernameHashResponse::AccountFoundForTheGivenUsername
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                LookupUsernameHashResponse::RequestMustNotBeAuthenticated
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                LookupUsernameHashResponse::AccountNotFoundForTheGivenUsername
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_lookup_username_link<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_ACCOUNTS_USERNAME_LINK_UUID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_ACCOUNTS_USERNAME_LINK_UUID in set but failed match against \"{}\"", path, paths::REGEX_V1_ACCOUNTS_USERNAME_LINK_UUID.as_str())
                    );

                let param_uuid = match percent_encoding::percent_decode(path_params["uuid"].as_bytes()).decode_utf8() {
                    Ok(param_uuid) => match param_uuid.parse::<uuid::Uuid>() {
                        Ok(param_uuid) => param_uuid,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter uuid: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["uuid"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.lookup_username_link(
                                            param_uuid,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                LookupUsernameLinkResponse::UsernameLinkWithTheGivenHandleWasFound
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                LookupUsernameLinkResponse::RequestMustNotBeAuthenticated
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                LookupUsernameLinkResponse::UsernameLinkWasNotFoundForTheGivenHandle
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                LookupUsernameLinkResponse::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                LookupUsernameLinkResponse::Ratelimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_backup<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_x_signal_zk_auth = headers.get(HeaderName::from_static("x-signal-zk-auth"));

                let param_x_signal_zk_auth = match param_x_signal_zk_auth {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth"));
                    }
                };
                let param_x_signal_zk_auth_signature = headers.get(HeaderName::from_static("x-signal-zk-auth-signature"));

                let param_x_signal_zk_auth_signature = match param_x_signal_zk_auth_signature {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth-Signature - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth-Signature"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth-Signature"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth-Signature"));
                    }
                };

                                let result = api_impl.backup(
                                            param_x_signal_zk_auth,
                                            param_x_signal_zk_auth_signature,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                BackupResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                BackupResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                                BackupResponse::Forbidden
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                BackupResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                BackupResponse::BadArguments
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_backup_info<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_x_signal_zk_auth = headers.get(HeaderName::from_static("x-signal-zk-auth"));

                let param_x_signal_zk_auth = match param_x_signal_zk_auth {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth"));
                    }
                };
                let param_x_signal_zk_auth_signature = headers.get(HeaderName::from_static("x-signal-zk-auth-signature"));

                let param_x_signal_zk_auth_signature = match param_x_signal_zk_auth_signature {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth-Signature - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth-Signature"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth-Signature"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth-Signature"));
                    }
                };

                                let result = api_impl.backup_info(
                                            param_x_signal_zk_auth,
                                            param_x_signal_zk_auth_signature,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                BackupInfoResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                BackupInfoResponse::NoExistingBackupsFound
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                BackupInfoResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                                BackupInfoResponse::Forbidden
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                BackupInfoResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                BackupInfoResponse::BadArguments
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_copy_media<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_x_signal_zk_auth = headers.get(HeaderName::from_static("x-signal-zk-auth"));

                let param_x_signal_zk_auth = match param_x_signal_zk_auth {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth"));
                    }
                };
                let param_x_signal_zk_auth_signature = headers.get(HeaderName::from_static("x-signal-zk-auth-signature"));

                let param_x_signal_zk_auth_signature = match param_x_signal_zk_auth_signature {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth-Signature - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth-Signature"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth-Signature"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth-Signature"));
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_copy_media_batch_request: Option<models::CopyMediaBatchRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_copy_media_batch_request) => param_copy_media_batch_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter CopyMediaBatchRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter CopyMediaBatchRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_copy_media_batch_request = match param_copy_media_batch_request {
                                    Some(param_copy_media_batch_request) => param_copy_media_batch_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter CopyMediaBatchRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter CopyMediaBatchRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_copy_media_batch_request, "CopyMediaBatchRequest", validation);

                                let result = api_impl.copy_media(
                                            param_x_signal_zk_auth,
                                            param_x_signal_zk_auth_signature,
                                            param_copy_media_batch_request,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                CopyMediaResponse::TheRequestWasProcessedAndEachOperation
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(207).expect("Unable to turn 207 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                CopyMediaResponse::AllMediaCapacityHasBeenConsumed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");

                                                },
                                                CopyMediaResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                                CopyMediaResponse::Forbidden
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                CopyMediaResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                CopyMediaResponse::BadArguments
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_copy_media1<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_x_signal_zk_auth = headers.get(HeaderName::from_static("x-signal-zk-auth"));

                let param_x_signal_zk_auth = match param_x_signal_zk_auth {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth"));
                    }
                };
                let param_x_signal_zk_auth_signature = headers.get(HeaderName::from_static("x-signal-zk-auth-signature"));

                let param_x_signal_zk_auth_signature = match param_x_signal_zk_auth_signature {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth-Signature - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth-Signature"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth-Signature"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth-Signature"));
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_copy_media_request: Option<models::CopyMediaRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_copy_media_request) => param_copy_media_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter CopyMediaRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter CopyMediaRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_copy_media_request = match param_copy_media_request {
                                    Some(param_copy_media_request) => param_copy_media_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter CopyMediaRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter CopyMediaRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_copy_media_request, "CopyMediaRequest", validation);

                                let result = api_impl.copy_media1(
                                            param_x_signal_zk_auth,
                                            param_x_signal_zk_auth_signature,
                                            param_copy_media_request,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                CopyMedia1Response::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                CopyMedia1Response::BadArguments
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                CopyMedia1Response::AllMediaCapacityHasBeenConsumed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");

                                                },
                                                CopyMedia1Response::TheSourceObjectWasNotFound
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");

                                                },
                                                CopyMedia1Response::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                                CopyMedia1Response::Forbidden
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                CopyMedia1Response::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_delete_backup<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_x_signal_zk_auth = headers.get(HeaderName::from_static("x-signal-zk-auth"));

                let param_x_signal_zk_auth = match param_x_signal_zk_auth {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth"));
                    }
                };
                let param_x_signal_zk_auth_signature = headers.get(HeaderName::from_static("x-signal-zk-auth-signature"));

                let param_x_signal_zk_auth_signature = match param_x_signal_zk_auth_signature {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth-Signature - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth-Signature"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth-Signature"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth-Signature"));
                    }
                };

                                let result = api_impl.delete_backup(
                                            param_x_signal_zk_auth,
                                            param_x_signal_zk_auth_signature,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                DeleteBackupResponse::TheBackupHasBeenSuccessfullyRemoved
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                DeleteBackupResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                                DeleteBackupResponse::Forbidden
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                DeleteBackupResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                DeleteBackupResponse::BadArguments
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_delete_media<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_x_signal_zk_auth = headers.get(HeaderName::from_static("x-signal-zk-auth"));

                let param_x_signal_zk_auth = match param_x_signal_zk_auth {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth"));
                    }
                };
                let param_x_signal_zk_auth_signature = headers.get(HeaderName::from_static("x-signal-zk-auth-signature"));

                let param_x_signal_zk_auth_signature = match param_x_signal_zk_auth_signature {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth-Signature - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth-Signature"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth-Signature"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth-Signature"));
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_delete_media: Option<models::DeleteMedia> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_delete_media) => param_delete_media,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter DeleteMedia - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter DeleteMedia due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_delete_media = match param_delete_media {
                                    Some(param_delete_media) => param_delete_media,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter DeleteMedia".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter DeleteMedia")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_delete_media, "DeleteMedia", validation);

                                let result = api_impl.delete_media(
                                            param_x_signal_zk_auth,
                                            param_x_signal_zk_auth_signature,
                                            param_delete_media,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                DeleteMediaResponse::TheProvidedObjectsWereSuccessfullyDeletedOrTheyDoNotExist
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                DeleteMediaResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                                DeleteMediaResponse::Forbidden
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                DeleteMediaResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                DeleteMediaResponse::BadArguments
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_get_backup_zk_credentials<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_redemption_start_seconds = query_params.iter().filter(|e| e.0 == "redemptionStartSeconds").map(|e| e.1.clone())
                    .next();
                let param_redemption_start_seconds = match param_redemption_start_seconds {
                    Some(param_redemption_start_seconds) => {
                        let param_redemption_start_seconds =
                            <i64 as std::str::FromStr>::from_str
                                (&param_redemption_start_seconds);
                        match param_redemption_start_seconds {
                            Ok(param_redemption_start_seconds) => Some(param_redemption_start_seconds),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter redemptionStartSeconds - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter redemptionStartSeconds")),
                        }
                    },
                    None => None,
                };
                let param_redemption_start_seconds = match param_redemption_start_seconds {
                    Some(param_redemption_start_seconds) => param_redemption_start_seconds,
                    None => return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_str("Missing required query parameter redemptionStartSeconds"))
                        .expect("Unable to create Bad Request response for missing query parameter redemptionStartSeconds")),
                };
                let param_redemption_end_seconds = query_params.iter().filter(|e| e.0 == "redemptionEndSeconds").map(|e| e.1.clone())
                    .next();
                let param_redemption_end_seconds = match param_redemption_end_seconds {
                    Some(param_redemption_end_seconds) => {
                        let param_redemption_end_seconds =
                            <i64 as std::str::FromStr>::from_str
                                (&param_redemption_end_seconds);
                        match param_redemption_end_seconds {
                            Ok(param_redemption_end_seconds) => Some(param_redemption_end_seconds),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter redemptionEndSeconds - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter redemptionEndSeconds")),
                        }
                    },
                    None => None,
                };
                let param_redemption_end_seconds = match param_redemption_end_seconds {
                    Some(param_redemption_end_seconds) => param_redemption_end_seconds,
                    None => return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_str("Missing required query parameter redemptionEndSeconds"))
                        .expect("Unable to create Bad Request response for missing query parameter redemptionEndSeconds")),
                };

                                let result = api_impl.get_backup_zk_credentials(
                                            param_redemption_start_seconds,
                                            param_redemption_end_seconds,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetBackupZkCredentialsResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                GetBackupZkCredentialsResponse::TheStart
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                GetBackupZkCredentialsResponse::CouldNotFindAnExistingBlindedBackupId
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                GetBackupZkCredentialsResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_list_media<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_x_signal_zk_auth = headers.get(HeaderName::from_static("x-signal-zk-auth"));

                let param_x_signal_zk_auth = match param_x_signal_zk_auth {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth"));
                    }
                };
                let param_x_signal_zk_auth_signature = headers.get(HeaderName::from_static("x-signal-zk-auth-signature"));

                let param_x_signal_zk_auth_signature = match param_x_signal_zk_auth_signature {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth-Signature - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth-Signature"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth-Signature"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth-Signature"));
                    }
                };

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_cursor = query_params.iter().filter(|e| e.0 == "cursor").map(|e| e.1.clone())
                    .next();
                let param_cursor = match param_cursor {
                    Some(param_cursor) => {
                        let param_cursor =
                            <String as std::str::FromStr>::from_str
                                (&param_cursor);
                        match param_cursor {
                            Ok(param_cursor) => Some(param_cursor),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter cursor - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter cursor")),
                        }
                    },
                    None => None,
                };
                let param_limit = query_params.iter().filter(|e| e.0 == "limit").map(|e| e.1.clone())
                    .next();
                let param_limit = match param_limit {
                    Some(param_limit) => {
                        let param_limit =
                            <i32 as std::str::FromStr>::from_str
                                (&param_limit);
                        match param_limit {
                            Ok(param_limit) => Some(param_limit),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter limit - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter limit")),
                        }
                    },
                    None => None,
                };

                                let result = api_impl.list_media(
                                            param_x_signal_zk_auth,
                                            param_x_signal_zk_auth_signature,
                                            param_user_agent,
                                            param_cursor,
                                            param_limit,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                ListMediaResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                ListMediaResponse::BadArguments
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                ListMediaResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                                ListMediaResponse::Forbidden
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                ListMediaResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_read_auth<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_x_signal_zk_auth = headers.get(HeaderName::from_static("x-signal-zk-auth"));

                let param_x_signal_zk_auth = match param_x_signal_zk_auth {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth"));
                    }
                };
                let param_x_signal_zk_auth_signature = headers.get(HeaderName::from_static("x-signal-zk-auth-signature"));

                let param_x_signal_zk_auth_signature = match param_x_signal_zk_auth_signature {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth-Signature - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth-Signature"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth-Signature"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth-Signature"));
                    }
                };

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_cdn = query_params.iter().filter(|e| e.0 == "cdn").map(|e| e.1.clone())
                    .next();
                let param_cdn = match param_cdn {
                    Some(param_cdn) => {
                        let param_cdn =
                            <i32 as std::str::FromStr>::from_str
                                (&param_cdn);
                        match param_cdn {
                            Ok(param_cdn) => Some(param_cdn),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter cdn - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter cdn")),
                        }
                    },
                    None => None,
                };
                let param_cdn = match param_cdn {
                    Some(param_cdn) => param_cdn,
                    None => return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_str("Missing required query parameter cdn"))
                        .expect("Unable to create Bad Request response for missing query parameter cdn")),
                };

                                let result = api_impl.read_auth(
                                            param_x_signal_zk_auth,
                                            param_x_signal_zk_auth_signature,
                                            param_cdn,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                ReadAuthResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                ReadAuthResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                                ReadAuthResponse::Forbidden
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                ReadAuthResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                ReadAuthResponse::BadArguments
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_redeem_receipt<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_redeem_backup_receipt_request: Option<models::RedeemBackupReceiptRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_redeem_backup_receipt_request) => param_redeem_backup_receipt_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter RedeemBackupReceiptRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter RedeemBackupReceiptRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_redeem_backup_receipt_request = match param_redeem_backup_receipt_request {
                                    Some(param_redeem_backup_receipt_request) => param_redeem_backup_receipt_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter RedeemBackupReceiptRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter RedeemBackupReceiptRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_redeem_backup_receipt_request, "RedeemBackupReceiptRequest", validation);

                                let result = api_impl.redeem_receipt(
                                            param_redeem_backup_receipt_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                RedeemReceiptResponse::TheReceiptWasRedeemed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                RedeemReceiptResponse::TheProvidedPresentationOrReceiptWasInvalid
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                RedeemReceiptResponse::TheTargetAccountDoesNotHaveABackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");

                                                },
                                                RedeemReceiptResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_refresh<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_x_signal_zk_auth = headers.get(HeaderName::from_static("x-signal-zk-auth"));

                let param_x_signal_zk_auth = match param_x_signal_zk_auth {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth"));
                    }
                };
                let param_x_signal_zk_auth_signature = headers.get(HeaderName::from_static("x-signal-zk-auth-signature"));

                let param_x_signal_zk_auth_signature = match param_x_signal_zk_auth_signature {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth-Signature - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth-Signature"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth-Signature"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth-Signature"));
                    }
                };

                                let result = api_impl.refresh(
                                            param_x_signal_zk_auth,
                                            param_x_signal_zk_auth_signature,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                RefreshResponse::TheBackupWasSuccessfullyRefreshed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                RefreshResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                                RefreshResponse::Forbidden
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                RefreshResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                RefreshResponse::BadArguments
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_set_backup_id<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_set_backup_id_request: Option<models::SetBackupIdRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_set_backup_id_request) => param_set_backup_id_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter SetBackupIdRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter SetBackupIdRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_set_backup_id_request = match param_set_backup_id_request {
                                    Some(param_set_backup_id_request) => param_set_backup_id_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter SetBackupIdRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter SetBackupIdRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_set_backup_id_request, "SetBackupIdRequest", validation);

                                let result = api_impl.set_backup_id(
                                            param_set_backup_id_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetBackupIdResponse::TheBackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                SetBackupIdResponse::TheProvidedBackupAuthCredentialRequestWasInvalid
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                SetBackupIdResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_set_public_key<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_x_signal_zk_auth = headers.get(HeaderName::from_static("x-signal-zk-auth"));

                let param_x_signal_zk_auth = match param_x_signal_zk_auth {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth"));
                    }
                };
                let param_x_signal_zk_auth_signature = headers.get(HeaderName::from_static("x-signal-zk-auth-signature"));

                let param_x_signal_zk_auth_signature = match param_x_signal_zk_auth_signature {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth-Signature - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth-Signature"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth-Signature"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth-Signature"));
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_set_public_key_request: Option<models::SetPublicKeyRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_set_public_key_request) => param_set_public_key_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter SetPublicKeyRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter SetPublicKeyRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_set_public_key_request = match param_set_public_key_request {
                                    Some(param_set_public_key_request) => param_set_public_key_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter SetPublicKeyRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter SetPublicKeyRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_set_public_key_request, "SetPublicKeyRequest", validation);

                                let result = api_impl.set_public_key(
                                            param_x_signal_zk_auth,
                                            param_x_signal_zk_auth_signature,
                                            param_set_public_key_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetPublicKeyResponse::ThePublicKeyWasSet
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                SetPublicKeyResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                                SetPublicKeyResponse::Forbidden
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                SetPublicKeyResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                SetPublicKeyResponse::BadArguments
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_upload_temporary_attachment<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_x_signal_zk_auth = headers.get(HeaderName::from_static("x-signal-zk-auth"));

                let param_x_signal_zk_auth = match param_x_signal_zk_auth {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth"));
                    }
                };
                let param_x_signal_zk_auth_signature = headers.get(HeaderName::from_static("x-signal-zk-auth-signature"));

                let param_x_signal_zk_auth_signature = match param_x_signal_zk_auth_signature {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-ZK-Auth-Signature - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-ZK-Auth-Signature"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header X-Signal-ZK-Auth-Signature"))
                                        .expect("Unable to create Bad Request response for missing required header X-Signal-ZK-Auth-Signature"));
                    }
                };

                                let result = api_impl.upload_temporary_attachment(
                                            param_x_signal_zk_auth,
                                            param_x_signal_zk_auth_signature,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                UploadTemporaryAttachmentResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                UploadTemporaryAttachmentResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                                UploadTemporaryAttachmentResponse::Forbidden
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                UploadTemporaryAttachmentResponse::TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                UploadTemporaryAttachmentResponse::BadArguments
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_attachment_upload_form<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.get_attachment_upload_form(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetAttachmentUploadFormResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                GetAttachmentUploadFormResponse::TooManyAttempts
                                                    {
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }

                                                },
                                                GetAttachmentUploadFormResponse::TooManyAttempts_2
                                                    {
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_create_auth<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_get_create_call_link_credentials_request: Option<models::GetCreateCallLinkCredentialsRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_get_create_call_link_credentials_request) => param_get_create_call_link_credentials_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter GetCreateCallLinkCredentialsRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter GetCreateCallLinkCredentialsRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_get_create_call_link_credentials_request = match param_get_create_call_link_credentials_request {
                                    Some(param_get_create_call_link_credentials_request) => param_get_create_call_link_credentials_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter GetCreateCallLinkCredentialsRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter GetCreateCallLinkCredentialsRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_get_create_call_link_credentials_request, "GetCreateCallLinkCredentialsRequest", validation);

                                let result = api_impl.get_create_auth(
                                            param_get_create_call_link_credentials_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetCreateAuthResponse::Status200
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                GetCreateAuthResponse::InvalidCreateCallLinkCredentialRequest
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                GetCreateAuthResponse::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                GetCreateAuthResponse::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                GetCreateAuthResponse::Ratelimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_get_calling_relays<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.get_calling_relays(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetCallingRelaysResponse::Status200
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                GetCallingRelaysResponse::InvalidGetCallEndpointRequest
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                GetCallingRelaysResponse::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                GetCallingRelaysResponse::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                GetCallingRelaysResponse::RateLimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_delivery_certificate<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_include_e164 = query_params.iter().filter(|e| e.0 == "includeE164").map(|e| e.1.clone())
                    .next();
                let param_include_e164 = match param_include_e164 {
                    Some(param_include_e164) => {
                        let param_include_e164 =
                            <bool as std::str::FromStr>::from_str
                                (&param_include_e164);
                        match param_include_e164 {
                            Ok(param_include_e164) => Some(param_include_e164),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter includeE164 - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter includeE164")),
                        }
                    },
                    None => None,
                };

                                let result = api_impl.get_delivery_certificate(
                                            param_include_e164,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetDeliveryCertificateResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_group_authentication_credentials<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_redemption_start_seconds = query_params.iter().filter(|e| e.0 == "redemptionStartSeconds").map(|e| e.1.clone())
                    .next();
                let param_redemption_start_seconds = match param_redemption_start_seconds {
                    Some(param_redemption_start_seconds) => {
                        let param_redemption_start_seconds =
                            <i64 as std::str::FromStr>::from_str
                                (&param_redemption_start_seconds);
                        match param_redemption_start_seconds {
                            Ok(param_redemption_start_seconds) => Some(param_redemption_start_seconds),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter redemptionStartSeconds - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter redemptionStartSeconds")),
                        }
                    },
                    None => None,
                };
                let param_redemption_end_seconds = query_params.iter().filter(|e| e.0 == "redemptionEndSeconds").map(|e| e.1.clone())
                    .next();
                let param_redemption_end_seconds = match param_redemption_end_seconds {
                    Some(param_redemption_end_seconds) => {
                        let param_redemption_end_seconds =
                            <i64 as std::str::FromStr>::from_str
                                (&param_redemption_end_seconds);
                        match param_redemption_end_seconds {
                            Ok(param_redemption_end_seconds) => Some(param_redemption_end_seconds),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter redemptionEndSeconds - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter redemptionEndSeconds")),
                        }
                    },
                    None => None,
                };

                                let result = api_impl.get_group_authentication_credentials(
                                            param_user_agent,
                                            param_redemption_start_seconds,
                                            param_redemption_end_seconds,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetGroupAuthenticationCredentialsResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_handle_challenge_response<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_handle_challenge_response_request: Option<models::HandleChallengeResponseRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    serde_ignored::deserialize(deserializer, |path| {
                                        warn!("Ignoring unknown field in body: {path}");
                                        unused_elements.push(path.to_string());
                                    }).unwrap_or_default()

                                } else {
                                    None
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_handle_challenge_response_request, "HandleChallengeResponseRequest", validation);

                                let result = api_impl.handle_challenge_response(
                                            param_user_agent,
                                            param_handle_challenge_response_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                HandleChallengeResponseResponse::IndicatesTheChallengeProofWasAccepted
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                                HandleChallengeResponseResponse::SubmittedCaptchaTokenIsInvalid
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(428).expect("Unable to turn 428 into a StatusCode");

                                                },
                                                HandleChallengeResponseResponse::TooManyAttempts
                                                    {
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_request_push_challenge<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.request_push_challenge(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                RequestPushChallengeResponse::IndicatesAPayloadToTheAccount
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                                RequestPushChallengeResponse::TheServerDoesNotHaveAPushNotificationTokenForTheAuthenticatedAccount
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                RequestPushChallengeResponse::TooManyAttempts
                                                    {
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }

                                                },
                                                RequestPushChallengeResponse::TooManyAttempts_2
                                                    {
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_assert_challenge<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_action = query_params.iter().filter(|e| e.0 == "action").map(|e| e.1.clone())
                    .next();
                let param_action = match param_action {
                    Some(param_action) => {
                        let param_action =
                            <models::AssertChallengeActionParameter as std::str::FromStr>::from_str
                                (&param_action);
                        match param_action {
                            Ok(param_action) => Some(param_action),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter action - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter action")),
                        }
                    },
                    None => None,
                };
    #[cfg(not(feature = "validate"))]
                run_validation!(param_action, "action", validation);

                                let result = api_impl.assert_challenge(
                                            param_action,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                AssertChallengeResponse::TheResponseBodyIncludesAChallenge
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                                AssertChallengeResponse::Ratelimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_assertion<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_key_id = query_params.iter().filter(|e| e.0 == "keyId").map(|e| e.1.clone())
                    .next();
                let param_key_id = match param_key_id {
                    Some(param_key_id) => {
                        let param_key_id =
                            <String as std::str::FromStr>::from_str
                                (&param_key_id);
                        match param_key_id {
                            Ok(param_key_id) => Some(param_key_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter keyId - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter keyId")),
                        }
                    },
                    None => None,
                };
                let param_key_id = match param_key_id {
                    Some(param_key_id) => param_key_id,
                    None => return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_str("Missing required query parameter keyId"))
                        .expect("Unable to create Bad Request response for missing query parameter keyId")),
                };
                let param_request = query_params.iter().filter(|e| e.0 == "request").map(|e| e.1.clone())
                    .next();
                let param_request = match param_request {
                    Some(param_request) => {
                        let param_request =
                            <String as std::str::FromStr>::from_str
                                (&param_request);
                        match param_request {
                            Ok(param_request) => Some(param_request),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter request - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter request")),
                        }
                    },
                    None => None,
                };
                let param_request = match param_request {
                    Some(param_request) => param_request,
                    None => return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_str("Missing required query parameter request"))
                        .expect("Unable to create Bad Request response for missing query parameter request")),
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let param_body: Option<swagger::ByteArray> = if !body.is_empty() {
                                    Some(swagger::ByteArray(body.to_vec()))
                                } else {
                                    None
                                };

                                let result = api_impl.assertion(
                                            param_key_id,
                                            param_request,
                                            param_body,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                AssertionResponse::TheAssertionWasValidAndTheCorrespondingActionWasExecuted
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                AssertionResponse::TheProvidedKeyIdWasNotFound
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                AssertionResponse::ThereWasNoChallengeAssociatedWithTheAccount
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");

                                                },
                                                AssertionResponse::TheAssertionCouldNotBeVerified
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_attest<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_key_id = query_params.iter().filter(|e| e.0 == "keyId").map(|e| e.1.clone())
                    .next();
                let param_key_id = match param_key_id {
                    Some(param_key_id) => {
                        let param_key_id =
                            <String as std::str::FromStr>::from_str
                                (&param_key_id);
                        match param_key_id {
                            Ok(param_key_id) => Some(param_key_id),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter keyId - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter keyId")),
                        }
                    },
                    None => None,
                };
                let param_key_id = match param_key_id {
                    Some(param_key_id) => param_key_id,
                    None => return Ok(Response::builder()
                        .status(StatusCode::BAD_REQUEST)
                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                        .body(body_from_str("Missing required query parameter keyId"))
                        .expect("Unable to create Bad Request response for missing query parameter keyId")),
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let param_body: Option<swagger::ByteArray> = if !body.is_empty() {
                                    Some(swagger::ByteArray(body.to_vec()))
                                } else {
                                    None
                                };

                                let result = api_impl.attest(
                                            param_key_id,
                                            param_body,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                AttestResponse::TheKeyIdWasSuccessfullyAddedToTheAccount
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                AttestResponse::ThereWasNoChallengeAssociatedWithTheAccount
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");

                                                },
                                                AttestResponse::TheAttestationCouldNotBeVerified
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                AttestResponse::ThereAreTooManyUniqueKeyIdsAssociatedWithThisAccount
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(413).expect("Unable to turn 413 into a StatusCode");

                                                },
                                                AttestResponse::TheProvidedKeyIdHasAlreadyBeenRegisteredToADifferentAccount
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_attest_challenge<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.attest_challenge(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                AttestChallengeResponse::TheResponseBodyIncludesAChallenge
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                                AttestChallengeResponse::Ratelimited
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_create_device_token<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.create_device_token(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                CreateDeviceTokenResponse::TokenWasGeneratedSuccessfully
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                CreateDeviceTokenResponse::TheAuthenticatedAccountAlreadyHasTheMaximumAllowedNumberOfLinkedDevices
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(411).expect("Unable to turn 411 into a StatusCode");

                                                },
                                                CreateDeviceTokenResponse::TooManyAttempts
                                                    {
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_devices<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.get_devices(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetDevicesResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_link_device<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Header parameters
                let param_authorization = headers.get(HeaderName::from_static("authorization"));

                let param_authorization = match param_authorization {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Authorization - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Authorization"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_link_device_request: Option<models::LinkDeviceRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_link_device_request) => param_link_device_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter LinkDeviceRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter LinkDeviceRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_link_device_request = match param_link_device_request {
                                    Some(param_link_device_request) => param_link_device_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter LinkDeviceRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter LinkDeviceRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_link_device_request, "LinkDeviceRequest", validation);

                                let result = api_impl.link_device(
                                            param_link_device_request,
                                            param_authorization,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                LinkDeviceResponse::TheNewDeviceWasLinkedToTheCallingAccount
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                LinkDeviceResponse::TheGivenAccountWasNotFoundOrTheGivenVerificationCodeWasIncorrect
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                LinkDeviceResponse::TheNewDeviceIsMissingACapabilitySupportedByAllOtherDevicesOnTheAccount
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");

                                                },
                                                LinkDeviceResponse::TheGivenAccountAlreadyHasItsMaximumNumberOfLinkedDevices
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(411).expect("Unable to turn 411 into a StatusCode");

                                                },
                                                LinkDeviceResponse::TheRequestDidNotPassValidation
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                LinkDeviceResponse::TooManyAttempts
                                                    {
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_record_transfer_archive_uploaded<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_transfer_archive_uploaded_request: Option<models::TransferArchiveUploadedRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_transfer_archive_uploaded_request) => param_transfer_archive_uploaded_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter TransferArchiveUploadedRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter TransferArchiveUploadedRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_transfer_archive_uploaded_request = match param_transfer_archive_uploaded_request {
                                    Some(param_transfer_archive_uploaded_request) => param_transfer_archive_uploaded_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter TransferArchiveUploadedRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter TransferArchiveUploadedRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_transfer_archive_uploaded_request, "TransferArchiveUploadedRequest", validation);

                                let result = api_impl.record_transfer_archive_uploaded(
                                            param_transfer_archive_uploaded_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                RecordTransferArchiveUploadedResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                RecordTransferArchiveUploadedResponse::TheRequestObjectCouldNotBeParsedOrWasOtherwiseInvalid
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                RecordTransferArchiveUploadedResponse::Rate
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_set_capabilities<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_request_body: Option<std::collections::HashMap<String, bool>> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_request_body) => param_request_body,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter request_body - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter request_body due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_request_body = match param_request_body {
                                    Some(param_request_body) => param_request_body,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter request_body".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter request_body")),
                                };

                                let result = api_impl.set_capabilities(
                                            param_request_body,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetCapabilitiesResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_set_public_key1<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_set_public_key_request: Option<models::SetPublicKeyRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    serde_ignored::deserialize(deserializer, |path| {
                                        warn!("Ignoring unknown field in body: {path}");
                                        unused_elements.push(path.to_string());
                                    }).unwrap_or_default()

                                } else {
                                    None
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_set_public_key_request, "SetPublicKeyRequest", validation);

                                let result = api_impl.set_public_key1(
                                            param_set_public_key_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetPublicKey1Response::PublicKeyStoredSuccessfully
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                                SetPublicKey1Response::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                SetPublicKey1Response::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_wait_for_transfer_archive<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_timeout = query_params.iter().filter(|e| e.0 == "timeout").map(|e| e.1.clone())
                    .next();
                let param_timeout = match param_timeout {
                    Some(param_timeout) => {
                        let param_timeout =
                            <u32 as std::str::FromStr>::from_str
                                (&param_timeout);
                        match param_timeout {
                            Ok(param_timeout) => Some(param_timeout),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter timeout - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter timeout")),
                        }
                    },
                    None => None,
                };

                                let result = api_impl.wait_for_transfer_archive(
                                            param_timeout,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                WaitForTransferArchiveResponse::EitherANewTransferArchiveWasUploadedForTheAuthenticatedDevice
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                WaitForTransferArchiveResponse::NoTransferArchiveWasUploadedBeforeTheCallCompleted
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                WaitForTransferArchiveResponse::TheGivenTimeoutWasInvalid
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                WaitForTransferArchiveResponse::Rate
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_record_restore_account_request<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_DEVICES_RESTORE_ACCOUNT_TOKEN
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_DEVICES_RESTORE_ACCOUNT_TOKEN in set but failed match against \"{}\"", path, paths::REGEX_V1_DEVICES_RESTORE_ACCOUNT_TOKEN.as_str())
                    );

                let param_token = match percent_encoding::percent_decode(path_params["token"].as_bytes()).decode_utf8() {
                    Ok(param_token) => match param_token.parse::<String>() {
                        Ok(param_token) => param_token,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter token: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["token"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_restore_account_request: Option<models::RestoreAccountRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    serde_ignored::deserialize(deserializer, |path| {
                                        warn!("Ignoring unknown field in body: {path}");
                                        unused_elements.push(path.to_string());
                                    }).unwrap_or_default()

                                } else {
                                    None
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_restore_account_request, "RestoreAccountRequest", validation);

                                let result = api_impl.record_restore_account_request(
                                            param_token,
                                            param_restore_account_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                RecordRestoreAccountRequestResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                RecordRestoreAccountRequestResponse::TheRequestObjectCouldNotBeParsedOrWasOtherwiseInvalid
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                RecordRestoreAccountRequestResponse::Rate
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_remove_device<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_DEVICES_DEVICE_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_DEVICES_DEVICE_ID in set but failed match against \"{}\"", path, paths::REGEX_V1_DEVICES_DEVICE_ID.as_str())
                    );

                let param_device_id = match percent_encoding::percent_decode(path_params["device_id"].as_bytes()).decode_utf8() {
                    Ok(param_device_id) => match param_device_id.parse::<i32>() {
                        Ok(param_device_id) => param_device_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter device_id: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["device_id"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.remove_device(
                                            param_device_id,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                RemoveDeviceResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_wait_for_device_transfer_request<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_DEVICES_RESTORE_ACCOUNT_TOKEN
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_DEVICES_RESTORE_ACCOUNT_TOKEN in set but failed match against \"{}\"", path, paths::REGEX_V1_DEVICES_RESTORE_ACCOUNT_TOKEN.as_str())
                    );

                let param_token = match percent_encoding::percent_decode(path_params["token"].as_bytes()).decode_utf8() {
                    Ok(param_token) => match param_token.parse::<String>() {
                        Ok(param_token) => param_token,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter token: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["token"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_timeout = query_params.iter().filter(|e| e.0 == "timeout").map(|e| e.1.clone())
                    .next();
                let param_timeout = match param_timeout {
                    Some(param_timeout) => {
                        let param_timeout =
                            <u32 as std::str::FromStr>::from_str
                                (&param_timeout);
                        match param_timeout {
                            Ok(param_timeout) => Some(param_timeout),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter timeout - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter timeout")),
                        }
                    },
                    None => None,
                };

                                let result = api_impl.wait_for_device_transfer_request(
                                            param_token,
                                            param_timeout,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                WaitForDeviceTransferRequestResponse::ARestoreAccountRequestWasReceivedForTheGivenToken
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                WaitForDeviceTransferRequestResponse::NoRestoreAccountRequestForTheGivenTokenWasReceivedBeforeTheCallCompleted
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                WaitForDeviceTransferRequestResponse::TheGivenTokenOrTimeoutWasInvalid
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                WaitForDeviceTransferRequestResponse::Rate
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_wait_for_linked_device<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_DEVICES_WAIT_FOR_LINKED_DEVICE_TOKENIDENTIFIER
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_DEVICES_WAIT_FOR_LINKED_DEVICE_TOKENIDENTIFIER in set but failed match against \"{}\"", path, paths::REGEX_V1_DEVICES_WAIT_FOR_LINKED_DEVICE_TOKENIDENTIFIER.as_str())
                    );

                let param_token_identifier = match percent_encoding::percent_decode(path_params["tokenIdentifier"].as_bytes()).decode_utf8() {
                    Ok(param_token_identifier) => match param_token_identifier.parse::<String>() {
                        Ok(param_token_identifier) => param_token_identifier,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter tokenIdentifier: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["tokenIdentifier"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_timeout = query_params.iter().filter(|e| e.0 == "timeout").map(|e| e.1.clone())
                    .next();
                let param_timeout = match param_timeout {
                    Some(param_timeout) => {
                        let param_timeout =
                            <u32 as std::str::FromStr>::from_str
                                (&param_timeout);
                        match param_timeout {
                            Ok(param_timeout) => Some(param_timeout),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter timeout - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter timeout")),
                        }
                    },
                    None => None,
                };

                                let result = api_impl.wait_for_linked_device(
                                            param_token_identifier,
                                            param_timeout,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                WaitForLinkedDeviceResponse::ADeviceWasLinkedToAnAccountUsingTheTokenAssociatedWithTheGivenTokenIdentifier
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                WaitForLinkedDeviceResponse::NoDeviceWasLinkedToTheAccountBeforeTheCallCompleted
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                WaitForLinkedDeviceResponse::TheGivenTokenIdentifierOrTimeoutWasInvalid
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                WaitForLinkedDeviceResponse::Rate
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_auth_token<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.get_auth_token(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetAuthTokenResponse::Status200
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_redeem_receipt1<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_redeem_receipt_request: Option<models::RedeemReceiptRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_redeem_receipt_request) => param_redeem_receipt_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter RedeemReceiptRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter RedeemReceiptRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_redeem_receipt_request = match param_redeem_receipt_request {
                                    Some(param_redeem_receipt_request) => param_redeem_receipt_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter RedeemReceiptRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter RedeemReceiptRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_redeem_receipt_request, "RedeemReceiptRequest", validation);

                                let result = api_impl.redeem_receipt1(
                                            param_redeem_receipt_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                RedeemReceipt1Response::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                                RedeemReceipt1Response::TheReceiptIsInvalidOrWasAlreadyRedeemed
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_get_keep_alive<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.get_keep_alive(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetKeepAliveResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_provisioning_keep_alive<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                                let result = api_impl.get_provisioning_keep_alive(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetProvisioningKeepAliveResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_distinguished_key<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_last_tree_head_size = query_params.iter().filter(|e| e.0 == "lastTreeHeadSize").map(|e| e.1.clone())
                    .next();
                let param_last_tree_head_size = match param_last_tree_head_size {
                    Some(param_last_tree_head_size) => {
                        let param_last_tree_head_size =
                            <i64 as std::str::FromStr>::from_str
                                (&param_last_tree_head_size);
                        match param_last_tree_head_size {
                            Ok(param_last_tree_head_size) => Some(param_last_tree_head_size),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter lastTreeHeadSize - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter lastTreeHeadSize")),
                        }
                    },
                    None => None,
                };

                                let result = api_impl.get_distinguished_key(
                                            param_last_tree_head_size,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetDistinguishedKeyResponse::The
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                GetDistinguishedKeyResponse::InvalidRequest
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                GetDistinguishedKeyResponse::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                GetDistinguishedKeyResponse::Rate
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_monitor<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_key_transparency_monitor_request: Option<models::KeyTransparencyMonitorRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_key_transparency_monitor_request) => param_key_transparency_monitor_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter KeyTransparencyMonitorRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter KeyTransparencyMonitorRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_key_transparency_monitor_request = match param_key_transparency_monitor_request {
                                    Some(param_key_transparency_monitor_request) => param_key_transparency_monitor_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter KeyTransparencyMonitorRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter KeyTransparencyMonitorRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_key_transparency_monitor_request, "KeyTransparencyMonitorRequest", validation);

                                let result = api_impl.monitor(
                                            param_key_transparency_monitor_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                MonitorResponse::AllIdentifiersExistInTheLog
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                MonitorResponse::InvalidRequest
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                MonitorResponse::OneOrMoreOfTheProvidedCommitmentIndexesDidNotMatch
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                MonitorResponse::AtLeastOneIdentifierWasNotFound
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                MonitorResponse::Rate
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                                MonitorResponse::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_search<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_key_transparency_search_request: Option<models::KeyTransparencySearchRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_key_transparency_search_request) => param_key_transparency_search_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter KeyTransparencySearchRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter KeyTransparencySearchRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_key_transparency_search_request = match param_key_transparency_search_request {
                                    Some(param_key_transparency_search_request) => param_key_transparency_search_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter KeyTransparencySearchRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter KeyTransparencySearchRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_key_transparency_search_request, "KeyTransparencySearchRequest", validation);

                                let result = api_impl.search(
                                            param_key_transparency_search_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SearchResponse::TheACIWasFoundAndItsMappedValueMatchedTheProvidedACIIdentityKey
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                SearchResponse::InvalidRequest
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                SearchResponse::TheACIWasFoundButItsMappedValueDidNotMatchTheProvidedACIIdentityKey
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                SearchResponse::TheACIWasNotFoundInTheLog
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                SearchResponse::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                SearchResponse::Rate
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_check_keys<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_check_keys_request: Option<models::CheckKeysRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_check_keys_request) => param_check_keys_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter CheckKeysRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter CheckKeysRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_check_keys_request = match param_check_keys_request {
                                    Some(param_check_keys_request) => param_check_keys_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter CheckKeysRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter CheckKeysRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_check_keys_request, "CheckKeysRequest", validation);

                                let result = api_impl.check_keys(
                                            param_check_keys_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                CheckKeysResponse::IndicatesThatClientAndServerHaveConsistentViewsOfRepeated
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                                CheckKeysResponse::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                CheckKeysResponse::IndicatesThatClientAndServerHaveInconsistentViewsOfRepeated
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");

                                                },
                                                CheckKeysResponse::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_get_status<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_identity = query_params.iter().filter(|e| e.0 == "identity").map(|e| e.1.clone())
                    .next();
                let param_identity = match param_identity {
                    Some(param_identity) => {
                        let param_identity =
                            <models::GetStatusIdentityParameter as std::str::FromStr>::from_str
                                (&param_identity);
                        match param_identity {
                            Ok(param_identity) => Some(param_identity),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter identity - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter identity")),
                        }
                    },
                    None => None,
                };
    #[cfg(not(feature = "validate"))]
                run_validation!(param_identity, "identity", validation);

                                let result = api_impl.get_status(
                                            param_identity,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetStatusResponse::BodyContainsTheNumberOfAvailableOne
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                GetStatusResponse::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_set_keys<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_identity = query_params.iter().filter(|e| e.0 == "identity").map(|e| e.1.clone())
                    .next();
                let param_identity = match param_identity {
                    Some(param_identity) => {
                        let param_identity =
                            <models::SetKeysIdentityParameter as std::str::FromStr>::from_str
                                (&param_identity);
                        match param_identity {
                            Ok(param_identity) => Some(param_identity),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter identity - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter identity")),
                        }
                    },
                    None => None,
                };
    #[cfg(not(feature = "validate"))]
                run_validation!(param_identity, "identity", validation);

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_set_keys_request: Option<models::SetKeysRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_set_keys_request) => param_set_keys_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter SetKeysRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter SetKeysRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_set_keys_request = match param_set_keys_request {
                                    Some(param_set_keys_request) => param_set_keys_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter SetKeysRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter SetKeysRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_set_keys_request, "SetKeysRequest", validation);

                                let result = api_impl.set_keys(
                                            param_set_keys_request,
                                            param_identity,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetKeysResponse::IndicatesThatNewKeysWereSuccessfullyStored
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                                SetKeysResponse::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                SetKeysResponse::AttemptToChangeIdentityKeyFromANon
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                SetKeysResponse::InvalidRequestFormat
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_get_device_keys<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V2_KEYS_IDENTIFIER_DEVICE_ID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V2_KEYS_IDENTIFIER_DEVICE_ID in set but failed match against \"{}\"", path, paths::REGEX_V2_KEYS_IDENTIFIER_DEVICE_ID.as_str())
                    );

                let param_identifier = match percent_encoding::percent_decode(path_params["identifier"].as_bytes()).decode_utf8() {
                    Ok(param_identifier) => match param_identifier.parse::<String>() {
                        Ok(param_identifier) => param_identifier,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter identifier: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["identifier"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_device_id = match percent_encoding::percent_decode(path_params["device_id"].as_bytes()).decode_utf8() {
                    Ok(param_device_id) => match param_device_id.parse::<String>() {
                        Ok(param_device_id) => param_device_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter device_id: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["device_id"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_unidentified_access_key = headers.get(HeaderName::from_static("unidentified-access-key"));

                let param_unidentified_access_key = match param_unidentified_access_key {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Unidentified-Access-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Unidentified-Access-Key"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_group_send_token = headers.get(HeaderName::from_static("group-send-token"));

                let param_group_send_token = match param_group_send_token {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Group-Send-Token - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Group-Send-Token"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                                let result = api_impl.get_device_keys(
                                            param_identifier,
                                            param_device_id,
                                            param_unidentified_access_key,
                                            param_group_send_token,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetDeviceKeysResponse::IndicatesAtLeastOnePrekeyWasAvailableForAtLeastOneRequestedDevice
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                GetDeviceKeysResponse::AGroupSendEndorsementAndOtherAuthorization
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                GetDeviceKeysResponse::AccountAuthenticationCheckFailedAndUnidentified
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                GetDeviceKeysResponse::RequestedIdentityOrDeviceDoesNotExistOrDeviceHasNoAvailablePrekeys
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                GetDeviceKeysResponse::RateLimitExceeded
                                                    {
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_pending_messages<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_x_signal_receive_stories = headers.get(HeaderName::from_static("x-signal-receive-stories"));

                let param_x_signal_receive_stories = match param_x_signal_receive_stories {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-Receive-Stories - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-Receive-Stories"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                                let result = api_impl.get_pending_messages(
                                            param_x_signal_receive_stories,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetPendingMessagesResponse::PendingMessages
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_send_multi_recipient_message<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Header parameters
                let param_unidentified_access_key = headers.get(HeaderName::from_static("unidentified-access-key"));

                let param_unidentified_access_key = match param_unidentified_access_key {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Unidentified-Access-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Unidentified-Access-Key"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_group_send_token = headers.get(HeaderName::from_static("group-send-token"));

                let param_group_send_token = match param_group_send_token {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Group-Send-Token - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Group-Send-Token"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_online = query_params.iter().filter(|e| e.0 == "online").map(|e| e.1.clone())
                    .next();
                let param_online = match param_online {
                    Some(param_online) => {
                        let param_online =
                            <bool as std::str::FromStr>::from_str
                                (&param_online);
                        match param_online {
                            Ok(param_online) => Some(param_online),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter online - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter online")),
                        }
                    },
                    None => None,
                };
                let param_ts = query_params.iter().filter(|e| e.0 == "ts").map(|e| e.1.clone())
                    .next();
                let param_ts = match param_ts {
                    Some(param_ts) => {
                        let param_ts =
                            <i64 as std::str::FromStr>::from_str
                                (&param_ts);
                        match param_ts {
                            Ok(param_ts) => Some(param_ts),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter ts - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter ts")),
                        }
                    },
                    None => None,
                };
                let param_urgent = query_params.iter().filter(|e| e.0 == "urgent").map(|e| e.1.clone())
                    .next();
                let param_urgent = match param_urgent {
                    Some(param_urgent) => {
                        let param_urgent =
                            <bool as std::str::FromStr>::from_str
                                (&param_urgent);
                        match param_urgent {
                            Ok(param_urgent) => Some(param_urgent),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter urgent - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter urgent")),
                        }
                    },
                    None => None,
                };
                let param_story = query_params.iter().filter(|e| e.0 == "story").map(|e| e.1.clone())
                    .next();
                let param_story = match param_story {
                    Some(param_story) => {
                        let param_story =
                            <bool as std::str::FromStr>::from_str
                                (&param_story);
                        match param_story {
                            Ok(param_story) => Some(param_story),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter story - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter story")),
                        }
                    },
                    None => None,
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let param_body: Option<swagger::ByteArray> = if !body.is_empty() {
                                    Some(swagger::ByteArray(body.to_vec()))
                                } else {
                                    None
                                };
                                let param_body = match param_body {
                                    Some(param_body) => param_body,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter body".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter body")),
                                };

                                let result = api_impl.send_multi_recipient_message(
                                            param_body,
                                            param_unidentified_access_key,
                                            param_group_send_token,
                                            param_online,
                                            param_ts,
                                            param_urgent,
                                            param_story,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                SendMultiRecipientMessageResponse::MessageWasSuccessfullySent
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                SendMultiRecipientMessageResponse::TheEnvelopeSpecifiedDeliveryToTheSameRecipientDeviceMultipleTimes
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                SendMultiRecipientMessageResponse::TheMessageIsNotAStoryAndTheUnauthorizedAccessKeyOrGroupSendEndorsementTokenIsMissingOrIncorrect
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                SendMultiRecipientMessageResponse::TheMessageIsNotAStoryAndSomeOfTheRecipientServiceIDsDoNotCorrespondToRegisteredSignalUsers
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                SendMultiRecipientMessageResponse::IncorrectSetOfDevicesSuppliedForSomeRecipients
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                SendMultiRecipientMessageResponse::MismatchedRegistrationIdsSuppliedForSomeRecipientDevices
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_remove_pending_message<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_MESSAGES_UUID_UUID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_MESSAGES_UUID_UUID in set but failed match against \"{}\"", path, paths::REGEX_V1_MESSAGES_UUID_UUID.as_str())
                    );

                let param_uuid = match percent_encoding::percent_decode(path_params["uuid"].as_bytes()).decode_utf8() {
                    Ok(param_uuid) => match param_uuid.parse::<uuid::Uuid>() {
                        Ok(param_uuid) => param_uuid,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter uuid: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["uuid"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.remove_pending_message(
                                            param_uuid,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                RemovePendingMessageResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_send_message<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_MESSAGES_DESTINATION
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_MESSAGES_DESTINATION in set but failed match against \"{}\"", path, paths::REGEX_V1_MESSAGES_DESTINATION.as_str())
                    );

                let param_destination = match percent_encoding::percent_decode(path_params["destination"].as_bytes()).decode_utf8() {
                    Ok(param_destination) => match param_destination.parse::<String>() {
                        Ok(param_destination) => param_destination,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter destination: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["destination"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_unidentified_access_key = headers.get(HeaderName::from_static("unidentified-access-key"));

                let param_unidentified_access_key = match param_unidentified_access_key {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Unidentified-Access-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Unidentified-Access-Key"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_group_send_token = headers.get(HeaderName::from_static("group-send-token"));

                let param_group_send_token = match param_group_send_token {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Group-Send-Token - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Group-Send-Token"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_story = query_params.iter().filter(|e| e.0 == "story").map(|e| e.1.clone())
                    .next();
                let param_story = match param_story {
                    Some(param_story) => {
                        let param_story =
                            <bool as std::str::FromStr>::from_str
                                (&param_story);
                        match param_story {
                            Ok(param_story) => Some(param_story),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter story - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter story")),
                        }
                    },
                    None => None,
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_incoming_message_list: Option<models::IncomingMessageList> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_incoming_message_list) => param_incoming_message_list,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter IncomingMessageList - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter IncomingMessageList due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_incoming_message_list = match param_incoming_message_list {
                                    Some(param_incoming_message_list) => param_incoming_message_list,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter IncomingMessageList".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter IncomingMessageList")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_incoming_message_list, "IncomingMessageList", validation);

                                let result = api_impl.send_message(
                                            param_destination,
                                            param_incoming_message_list,
                                            param_unidentified_access_key,
                                            param_group_send_token,
                                            param_user_agent,
                                            param_story,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SendMessageResponse::MessageWasSuccessfullySent
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                SendMessageResponse::TheMessageIsNotAStoryAndTheAuthorization
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                                SendMessageResponse::TheMessageIsNotAStoryAndSomeTheRecipientServiceIDDoesNotCorrespondToARegisteredSignalUser
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                SendMessageResponse::IncorrectSetOfDevicesSuppliedForRecipient
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                SendMessageResponse::MismatchedRegistrationIdsSuppliedForSomeRecipientDevices
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(410).expect("Unable to turn 410 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                SendMessageResponse::TheSenderShouldCompleteAChallengeBeforeProceeding
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(428).expect("Unable to turn 428 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_report_spam_message<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_MESSAGES_REPORT_SOURCE_MESSAGEGUID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_MESSAGES_REPORT_SOURCE_MESSAGEGUID in set but failed match against \"{}\"", path, paths::REGEX_V1_MESSAGES_REPORT_SOURCE_MESSAGEGUID.as_str())
                    );

                let param_source = match percent_encoding::percent_decode(path_params["source"].as_bytes()).decode_utf8() {
                    Ok(param_source) => match param_source.parse::<String>() {
                        Ok(param_source) => param_source,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter source: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["source"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_message_guid = match percent_encoding::percent_decode(path_params["messageGuid"].as_bytes()).decode_utf8() {
                    Ok(param_message_guid) => match param_message_guid.parse::<uuid::Uuid>() {
                        Ok(param_message_guid) => param_message_guid,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter messageGuid: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["messageGuid"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_spam_report: Option<models::SpamReport> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    serde_ignored::deserialize(deserializer, |path| {
                                        warn!("Ignoring unknown field in body: {path}");
                                        unused_elements.push(path.to_string());
                                    }).unwrap_or_default()

                                } else {
                                    None
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_spam_report, "SpamReport", validation);

                                let result = api_impl.report_spam_message(
                                            param_source,
                                            param_message_guid,
                                            param_user_agent,
                                            param_spam_report,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                ReportSpamMessageResponse::TheReportWasAccepted
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(202).expect("Unable to turn 202 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_confirm_pay_pal_boost<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_confirm_pay_pal_boost_request: Option<models::ConfirmPayPalBoostRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_confirm_pay_pal_boost_request) => param_confirm_pay_pal_boost_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter ConfirmPayPalBoostRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter ConfirmPayPalBoostRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_confirm_pay_pal_boost_request = match param_confirm_pay_pal_boost_request {
                                    Some(param_confirm_pay_pal_boost_request) => param_confirm_pay_pal_boost_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter ConfirmPayPalBoostRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter ConfirmPayPalBoostRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_confirm_pay_pal_boost_request, "ConfirmPayPalBoostRequest", validation);

                                let result = api_impl.confirm_pay_pal_boost(
                                            param_confirm_pay_pal_boost_request,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                ConfirmPayPalBoostResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_create_boost_payment_intent<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_create_boost_request: Option<models::CreateBoostRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_create_boost_request) => param_create_boost_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter CreateBoostRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter CreateBoostRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_create_boost_request = match param_create_boost_request {
                                    Some(param_create_boost_request) => param_create_boost_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter CreateBoostRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter CreateBoostRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_create_boost_request, "CreateBoostRequest", validation);

                                let result = api_impl.create_boost_payment_intent(
                                            param_create_boost_request,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                CreateBoostPaymentIntentResponse::PaymentIntentCreated
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                CreateBoostPaymentIntentResponse::TheRequestWasMadeOnAnAuthenticatedChannel
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                CreateBoostPaymentIntentResponse::InvalidArgument
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                CreateBoostPaymentIntentResponse::ProvidedLevelDoesNotMatchTheCurrency
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_create_boost_receipt_credentials<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_create_boost_receipt_credentials_request: Option<models::CreateBoostReceiptCredentialsRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_create_boost_receipt_credentials_request) => param_create_boost_receipt_credentials_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter CreateBoostReceiptCredentialsRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter CreateBoostReceiptCredentialsRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_create_boost_receipt_credentials_request = match param_create_boost_receipt_credentials_request {
                                    Some(param_create_boost_receipt_credentials_request) => param_create_boost_receipt_credentials_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter CreateBoostReceiptCredentialsRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter CreateBoostReceiptCredentialsRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_create_boost_receipt_credentials_request, "CreateBoostReceiptCredentialsRequest", validation);

                                let result = api_impl.create_boost_receipt_credentials(
                                            param_create_boost_receipt_credentials_request,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                CreateBoostReceiptCredentialsResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                CreateBoostReceiptCredentialsResponse::PaymentStillProcessing
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_create_pay_pal_boost<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_create_pay_pal_boost_request: Option<models::CreatePayPalBoostRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_create_pay_pal_boost_request) => param_create_pay_pal_boost_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter CreatePayPalBoostRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter CreatePayPalBoostRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_create_pay_pal_boost_request = match param_create_pay_pal_boost_request {
                                    Some(param_create_pay_pal_boost_request) => param_create_pay_pal_boost_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter CreatePayPalBoostRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter CreatePayPalBoostRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_create_pay_pal_boost_request, "CreatePayPalBoostRequest", validation);

                                let result = api_impl.create_pay_pal_boost(
                                            param_create_pay_pal_boost_request,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                CreatePayPalBoostResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_get_auth<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.get_auth(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetAuthResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_conversions<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.get_conversions(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetConversionsResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_run_batch_identity_check<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_batch_identity_check_request: Option<models::BatchIdentityCheckRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_batch_identity_check_request) => param_batch_identity_check_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter BatchIdentityCheckRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter BatchIdentityCheckRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_batch_identity_check_request = match param_batch_identity_check_request {
                                    Some(param_batch_identity_check_request) => param_batch_identity_check_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter BatchIdentityCheckRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter BatchIdentityCheckRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_batch_identity_check_request, "BatchIdentityCheckRequest", validation);

                                let result = api_impl.run_batch_identity_check(
                                            param_batch_identity_check_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                RunBatchIdentityCheckResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_set_profile<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_create_profile_request: Option<models::CreateProfileRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_create_profile_request) => param_create_profile_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter CreateProfileRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter CreateProfileRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_create_profile_request = match param_create_profile_request {
                                    Some(param_create_profile_request) => param_create_profile_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter CreateProfileRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter CreateProfileRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_create_profile_request, "CreateProfileRequest", validation);

                                let result = api_impl.set_profile(
                                            param_create_profile_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetProfileResponse::ProfileStored
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_get_unversioned_profile<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_PROFILE_IDENTIFIER
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_PROFILE_IDENTIFIER in set but failed match against \"{}\"", path, paths::REGEX_V1_PROFILE_IDENTIFIER.as_str())
                    );

                let param_identifier = match percent_encoding::percent_decode(path_params["identifier"].as_bytes()).decode_utf8() {
                    Ok(param_identifier) => match param_identifier.parse::<String>() {
                        Ok(param_identifier) => param_identifier,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter identifier: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["identifier"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_unidentified_access_key = headers.get(HeaderName::from_static("unidentified-access-key"));

                let param_unidentified_access_key = match param_unidentified_access_key {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Unidentified-Access-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Unidentified-Access-Key"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_group_send_token = headers.get(HeaderName::from_static("group-send-token"));

                let param_group_send_token = match param_group_send_token {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Group-Send-Token - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Group-Send-Token"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                                let result = api_impl.get_unversioned_profile(
                                            param_identifier,
                                            param_unidentified_access_key,
                                            param_group_send_token,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetUnversionedProfileResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_profile<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_PROFILE_IDENTIFIER_VERSION
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_PROFILE_IDENTIFIER_VERSION in set but failed match against \"{}\"", path, paths::REGEX_V1_PROFILE_IDENTIFIER_VERSION.as_str())
                    );

                let param_identifier = match percent_encoding::percent_decode(path_params["identifier"].as_bytes()).decode_utf8() {
                    Ok(param_identifier) => match param_identifier.parse::<uuid::Uuid>() {
                        Ok(param_identifier) => param_identifier,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter identifier: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["identifier"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_version = match percent_encoding::percent_decode(path_params["version"].as_bytes()).decode_utf8() {
                    Ok(param_version) => match param_version.parse::<String>() {
                        Ok(param_version) => param_version,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter version: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["version"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_unidentified_access_key = headers.get(HeaderName::from_static("unidentified-access-key"));

                let param_unidentified_access_key = match param_unidentified_access_key {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Unidentified-Access-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Unidentified-Access-Key"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                                let result = api_impl.get_profile(
                                            param_identifier,
                                            param_version,
                                            param_unidentified_access_key,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetProfileResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_profile1<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_PROFILE_IDENTIFIER_VERSION_CREDENTIALREQUEST
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_PROFILE_IDENTIFIER_VERSION_CREDENTIALREQUEST in set but failed match against \"{}\"", path, paths::REGEX_V1_PROFILE_IDENTIFIER_VERSION_CREDENTIALREQUEST.as_str())
                    );

                let param_identifier = match percent_encoding::percent_decode(path_params["identifier"].as_bytes()).decode_utf8() {
                    Ok(param_identifier) => match param_identifier.parse::<uuid::Uuid>() {
                        Ok(param_identifier) => param_identifier,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter identifier: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["identifier"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_version = match percent_encoding::percent_decode(path_params["version"].as_bytes()).decode_utf8() {
                    Ok(param_version) => match param_version.parse::<String>() {
                        Ok(param_version) => param_version,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter version: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["version"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_credential_request = match percent_encoding::percent_decode(path_params["credentialRequest"].as_bytes()).decode_utf8() {
                    Ok(param_credential_request) => match param_credential_request.parse::<String>() {
                        Ok(param_credential_request) => param_credential_request,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter credentialRequest: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["credentialRequest"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_unidentified_access_key = headers.get(HeaderName::from_static("unidentified-access-key"));

                let param_unidentified_access_key = match param_unidentified_access_key {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Unidentified-Access-Key - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Unidentified-Access-Key"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_credential_type = query_params.iter().filter(|e| e.0 == "credentialType").map(|e| e.1.clone())
                    .next();
                let param_credential_type = match param_credential_type {
                    Some(param_credential_type) => {
                        let param_credential_type =
                            <String as std::str::FromStr>::from_str
                                (&param_credential_type);
                        match param_credential_type {
                            Ok(param_credential_type) => Some(param_credential_type),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter credentialType - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter credentialType")),
                        }
                    },
                    None => None,
                };

                                let result = api_impl.get_profile1(
                                            param_identifier,
                                            param_version,
                                            param_credential_request,
                                            param_unidentified_access_key,
                                            param_credential_type,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetProfile1Response::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_send_provisioning_message<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_PROVISIONING_DESTINATION
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_PROVISIONING_DESTINATION in set but failed match against \"{}\"", path, paths::REGEX_V1_PROVISIONING_DESTINATION.as_str())
                    );

                let param_destination = match percent_encoding::percent_decode(path_params["destination"].as_bytes()).decode_utf8() {
                    Ok(param_destination) => match param_destination.parse::<String>() {
                        Ok(param_destination) => param_destination,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter destination: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["destination"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_provisioning_message: Option<models::ProvisioningMessage> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_provisioning_message) => param_provisioning_message,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter ProvisioningMessage - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter ProvisioningMessage due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_provisioning_message = match param_provisioning_message {
                                    Some(param_provisioning_message) => param_provisioning_message,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter ProvisioningMessage".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter ProvisioningMessage")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_provisioning_message, "ProvisioningMessage", validation);

                                let result = api_impl.send_provisioning_message(
                                            param_destination,
                                            param_provisioning_message,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                SendProvisioningMessageResponse::TheProvisioningMessageWasDeliveredToTheGivenProvisioningAddress
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                                SendProvisioningMessageResponse::TheProvisioningMessageWasTooLarge
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                SendProvisioningMessageResponse::NoDeviceWithTheGivenProvisioningAddressWasConnectedAtTheTimeOfTheRequest
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_register<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Header parameters
                let param_authorization = headers.get(HeaderName::from_static("authorization"));

                let param_authorization = match param_authorization {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            result.0,
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Authorization - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Authorization"));

                        },
                    },
                    None => {
                        return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_str("Missing required header Authorization"))
                                        .expect("Unable to create Bad Request response for missing required header Authorization"));
                    }
                };
                let param_x_signal_agent = headers.get(HeaderName::from_static("x-signal-agent"));

                let param_x_signal_agent = match param_x_signal_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header X-Signal-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header X-Signal-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_registration_request: Option<models::RegistrationRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_registration_request) => param_registration_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter RegistrationRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter RegistrationRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_registration_request = match param_registration_request {
                                    Some(param_registration_request) => param_registration_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter RegistrationRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter RegistrationRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_registration_request, "RegistrationRequest", validation);

                                let result = api_impl.register(
                                            param_authorization,
                                            param_registration_request,
                                            param_x_signal_agent,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                RegisterResponse::ThePhoneNumberAssociatedWithTheAuthenticatedAccountWasChangedSuccessfully
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                RegisterResponse::VerificationFailedForTheProvidedRegistrationRecoveryPassword
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                RegisterResponse::TheCallerHasNotExplicitlyElectedToSkipTransferringDataFromAnotherDevice
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");

                                                },
                                                RegisterResponse::TheRequestDidNotPassValidation
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                RegisterResponse::RegistrationLockIsEnabledAndTheSuppliedLockIsAbsentOrWrong
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(423).expect("Unable to turn 423 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                RegisterResponse::TooManyAttempts
                                                    {
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_get_all<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.get_all(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetAllResponse::RemoteConfigurationValuesForTheAuthenticatedUser
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_auth1<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.get_auth1(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetAuth1Response::Status200
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_auth_check<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_auth_check_request: Option<models::AuthCheckRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_auth_check_request) => param_auth_check_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter AuthCheckRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter AuthCheckRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_auth_check_request = match param_auth_check_request {
                                    Some(param_auth_check_request) => param_auth_check_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter AuthCheckRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter AuthCheckRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_auth_check_request, "AuthCheckRequest", validation);

                                let result = api_impl.auth_check(
                                            param_auth_check_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                AuthCheckResponse::Status200
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                AuthCheckResponse::ProvidedListOfSVR
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                AuthCheckResponse::Status400
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_get_auth2<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                                let result = api_impl.get_auth2(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetAuth2Response::Status200
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                GetAuth2Response::AccountAuthenticationCheckFailed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(401).expect("Unable to turn 401 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_stickers_form<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_STICKER_PACK_FORM_COUNT
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_STICKER_PACK_FORM_COUNT in set but failed match against \"{}\"", path, paths::REGEX_V1_STICKER_PACK_FORM_COUNT.as_str())
                    );

                let param_count = match percent_encoding::percent_decode(path_params["count"].as_bytes()).decode_utf8() {
                    Ok(param_count) => match param_count.parse::<u32>() {
                        Ok(param_count) => param_count,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter count: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["count"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.get_stickers_form(
                                            param_count,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetStickersFormResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_configuration<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                                let result = api_impl.get_configuration(
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetConfigurationResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_create_pay_pal_payment_method<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD_PAYPAL
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD_PAYPAL in set but failed match against \"{}\"", path, paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD_PAYPAL.as_str())
                    );

                let param_subscriber_id = match percent_encoding::percent_decode(path_params["subscriberId"].as_bytes()).decode_utf8() {
                    Ok(param_subscriber_id) => match param_subscriber_id.parse::<String>() {
                        Ok(param_subscriber_id) => param_subscriber_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter subscriberId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["subscriberId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_create_pay_pal_billing_agreement_request: Option<models::CreatePayPalBillingAgreementRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_create_pay_pal_billing_agreement_request) => param_create_pay_pal_billing_agreement_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter CreatePayPalBillingAgreementRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter CreatePayPalBillingAgreementRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_create_pay_pal_billing_agreement_request = match param_create_pay_pal_billing_agreement_request {
                                    Some(param_create_pay_pal_billing_agreement_request) => param_create_pay_pal_billing_agreement_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter CreatePayPalBillingAgreementRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter CreatePayPalBillingAgreementRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_create_pay_pal_billing_agreement_request, "CreatePayPalBillingAgreementRequest", validation);

                                let result = api_impl.create_pay_pal_payment_method(
                                            param_subscriber_id,
                                            param_create_pay_pal_billing_agreement_request,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                CreatePayPalPaymentMethodResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_create_payment_method<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD in set but failed match against \"{}\"", path, paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD.as_str())
                    );

                let param_subscriber_id = match percent_encoding::percent_decode(path_params["subscriberId"].as_bytes()).decode_utf8() {
                    Ok(param_subscriber_id) => match param_subscriber_id.parse::<String>() {
                        Ok(param_subscriber_id) => param_subscriber_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter subscriberId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["subscriberId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Query parameters (note that non-required or collection query parameters will ignore garbage values, rather than causing a 400 response)
                let query_params = form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).collect::<Vec<_>>();
                let param_param_type = query_params.iter().filter(|e| e.0 == "type").map(|e| e.1.clone())
                    .next();
                let param_param_type = match param_param_type {
                    Some(param_param_type) => {
                        let param_param_type =
                            <models::CreatePaymentMethodTypeParameter as std::str::FromStr>::from_str
                                (&param_param_type);
                        match param_param_type {
                            Ok(param_param_type) => Some(param_param_type),
                            Err(e) => return Ok(Response::builder()
                                .status(StatusCode::BAD_REQUEST)
                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                .body(body_from_string(format!("Couldn't parse query parameter type - doesn't match schema: {e}")))
                                .expect("Unable to create Bad Request response for invalid query parameter type")),
                        }
                    },
                    None => None,
                };
    #[cfg(not(feature = "validate"))]
                run_validation!(param_param_type, "type", validation);

                                let result = api_impl.create_payment_method(
                                            param_subscriber_id,
                                            param_param_type,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                CreatePaymentMethodResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_create_subscription_receipt_credentials<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_RECEIPT_CREDENTIALS
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_SUBSCRIPTION_SUBSCRIBERID_RECEIPT_CREDENTIALS in set but failed match against \"{}\"", path, paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_RECEIPT_CREDENTIALS.as_str())
                    );

                let param_subscriber_id = match percent_encoding::percent_decode(path_params["subscriberId"].as_bytes()).decode_utf8() {
                    Ok(param_subscriber_id) => match param_subscriber_id.parse::<String>() {
                        Ok(param_subscriber_id) => param_subscriber_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter subscriberId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["subscriberId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_get_receipt_credentials_request: Option<models::GetReceiptCredentialsRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_get_receipt_credentials_request) => param_get_receipt_credentials_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter GetReceiptCredentialsRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter GetReceiptCredentialsRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_get_receipt_credentials_request = match param_get_receipt_credentials_request {
                                    Some(param_get_receipt_credentials_request) => param_get_receipt_credentials_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter GetReceiptCredentialsRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter GetReceiptCredentialsRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_get_receipt_credentials_request, "GetReceiptCredentialsRequest", validation);

                                let result = api_impl.create_subscription_receipt_credentials(
                                            param_subscriber_id,
                                            param_get_receipt_credentials_request,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                CreateSubscriptionReceiptCredentialsResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                CreateSubscriptionReceiptCredentialsResponse::PaymentStillProcessing
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_delete_subscriber<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_SUBSCRIPTION_SUBSCRIBERID in set but failed match against \"{}\"", path, paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID.as_str())
                    );

                let param_subscriber_id = match percent_encoding::percent_decode(path_params["subscriberId"].as_bytes()).decode_utf8() {
                    Ok(param_subscriber_id) => match param_subscriber_id.parse::<String>() {
                        Ok(param_subscriber_id) => param_subscriber_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter subscriberId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["subscriberId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.delete_subscriber(
                                            param_subscriber_id,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                DeleteSubscriberResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_bank_mandate<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_SUBSCRIPTION_BANK_MANDATE_BANKTRANSFERTYPE
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_SUBSCRIPTION_BANK_MANDATE_BANKTRANSFERTYPE in set but failed match against \"{}\"", path, paths::REGEX_V1_SUBSCRIPTION_BANK_MANDATE_BANKTRANSFERTYPE.as_str())
                    );

                let param_bank_transfer_type = match percent_encoding::percent_decode(path_params["bankTransferType"].as_bytes()).decode_utf8() {
                    Ok(param_bank_transfer_type) => match param_bank_transfer_type.parse::<models::GetBankMandateBankTransferTypeParameter>() {
                        Ok(param_bank_transfer_type) => param_bank_transfer_type,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter bankTransferType: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["bankTransferType"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.get_bank_mandate(
                                            param_bank_transfer_type,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetBankMandateResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(204).expect("Unable to turn 204 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_get_subscription_information<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_SUBSCRIPTION_SUBSCRIBERID in set but failed match against \"{}\"", path, paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID.as_str())
                    );

                let param_subscriber_id = match percent_encoding::percent_decode(path_params["subscriberId"].as_bytes()).decode_utf8() {
                    Ok(param_subscriber_id) => match param_subscriber_id.parse::<String>() {
                        Ok(param_subscriber_id) => param_subscriber_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter subscriberId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["subscriberId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.get_subscription_information(
                                            param_subscriber_id,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetSubscriptionInformationResponse::TheSubscriberIdExists
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                GetSubscriptionInformationResponse::SubscriberIdAuthenticationFailureORAccountAuthenticationIsPresent
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                GetSubscriptionInformationResponse::NoSuchSubscriberIdExistsOrSubscriberIdIsMalformed
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_update_subscriber<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_SUBSCRIPTION_SUBSCRIBERID in set but failed match against \"{}\"", path, paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID.as_str())
                    );

                let param_subscriber_id = match percent_encoding::percent_decode(path_params["subscriberId"].as_bytes()).decode_utf8() {
                    Ok(param_subscriber_id) => match param_subscriber_id.parse::<String>() {
                        Ok(param_subscriber_id) => param_subscriber_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter subscriberId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["subscriberId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.update_subscriber(
                                            param_subscriber_id,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                UpdateSubscriberResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_set_app_store_subscription<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_APPSTORE_ORIGINALTRANSACTIONID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_SUBSCRIPTION_SUBSCRIBERID_APPSTORE_ORIGINALTRANSACTIONID in set but failed match against \"{}\"", path, paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_APPSTORE_ORIGINALTRANSACTIONID.as_str())
                    );

                let param_subscriber_id = match percent_encoding::percent_decode(path_params["subscriberId"].as_bytes()).decode_utf8() {
                    Ok(param_subscriber_id) => match param_subscriber_id.parse::<String>() {
                        Ok(param_subscriber_id) => param_subscriber_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter subscriberId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["subscriberId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_original_transaction_id = match percent_encoding::percent_decode(path_params["originalTransactionId"].as_bytes()).decode_utf8() {
                    Ok(param_original_transaction_id) => match param_original_transaction_id.parse::<String>() {
                        Ok(param_original_transaction_id) => param_original_transaction_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter originalTransactionId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["originalTransactionId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.set_app_store_subscription(
                                            param_subscriber_id,
                                            param_original_transaction_id,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetAppStoreSubscriptionResponse::TheOriginalTransactionIdWasSuccessfullyValidated
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                                SetAppStoreSubscriptionResponse::TheSubscriptionTransactionIsIncompleteOrInvalid
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(402).expect("Unable to turn 402 into a StatusCode");

                                                },
                                                SetAppStoreSubscriptionResponse::SubscriberIdAuthenticationFailureORAccountAuthenticationIsPresent
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                SetAppStoreSubscriptionResponse::NoSuchSubscriberIdExistsOrSubscriberIdIsMalformedOrTheSpecifiedTransactionDoesNotExist
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                SetAppStoreSubscriptionResponse::SubscriberIdIsAlreadyLinkedToAProcessorThatDoesNotSupportAppstorePayments
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");

                                                },
                                                SetAppStoreSubscriptionResponse::RateLimitExceeded
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_set_default_payment_method_for_ideal<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_FOR_IDEAL_SETUPINTENTID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_FOR_IDEAL_SETUPINTENTID in set but failed match against \"{}\"", path, paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_FOR_IDEAL_SETUPINTENTID.as_str())
                    );

                let param_subscriber_id = match percent_encoding::percent_decode(path_params["subscriberId"].as_bytes()).decode_utf8() {
                    Ok(param_subscriber_id) => match param_subscriber_id.parse::<String>() {
                        Ok(param_subscriber_id) => param_subscriber_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter subscriberId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["subscriberId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_setup_intent_id = match percent_encoding::percent_decode(path_params["setupIntentId"].as_bytes()).decode_utf8() {
                    Ok(param_setup_intent_id) => match param_setup_intent_id.parse::<String>() {
                        Ok(param_setup_intent_id) => param_setup_intent_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter setupIntentId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["setupIntentId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.set_default_payment_method_for_ideal(
                                            param_subscriber_id,
                                            param_setup_intent_id,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetDefaultPaymentMethodForIdealResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_set_play_store_subscription<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_PLAYBILLING_PURCHASETOKEN
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_SUBSCRIPTION_SUBSCRIBERID_PLAYBILLING_PURCHASETOKEN in set but failed match against \"{}\"", path, paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_PLAYBILLING_PURCHASETOKEN.as_str())
                    );

                let param_subscriber_id = match percent_encoding::percent_decode(path_params["subscriberId"].as_bytes()).decode_utf8() {
                    Ok(param_subscriber_id) => match param_subscriber_id.parse::<String>() {
                        Ok(param_subscriber_id) => param_subscriber_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter subscriberId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["subscriberId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_purchase_token = match percent_encoding::percent_decode(path_params["purchaseToken"].as_bytes()).decode_utf8() {
                    Ok(param_purchase_token) => match param_purchase_token.parse::<String>() {
                        Ok(param_purchase_token) => param_purchase_token,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter purchaseToken: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["purchaseToken"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.set_play_store_subscription(
                                            param_subscriber_id,
                                            param_purchase_token,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetPlayStoreSubscriptionResponse::ThePurchaseTokenWasValidatedAndAcknowledged
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                                SetPlayStoreSubscriptionResponse::ThePurchaseTokenPaymentIsIncompleteOrInvalid
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(402).expect("Unable to turn 402 into a StatusCode");

                                                },
                                                SetPlayStoreSubscriptionResponse::SubscriberIdAuthenticationFailureORAccountAuthenticationIsPresent
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                SetPlayStoreSubscriptionResponse::NoSuchSubscriberIdExistsOrSubscriberIdIsMalformedOrThePurchaseTokenDoesNotExist
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                SetPlayStoreSubscriptionResponse::SubscriberIdIsAlreadyLinkedToAProcessorThatDoesNotSupportPlayBilling
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_set_default_payment_method_with_processor<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_PROCESSOR_PAYMENTMETHODTOKEN
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_PROCESSOR_PAYMENTMETHODTOKEN in set but failed match against \"{}\"", path, paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_PROCESSOR_PAYMENTMETHODTOKEN.as_str())
                    );

                let param_subscriber_id = match percent_encoding::percent_decode(path_params["subscriberId"].as_bytes()).decode_utf8() {
                    Ok(param_subscriber_id) => match param_subscriber_id.parse::<String>() {
                        Ok(param_subscriber_id) => param_subscriber_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter subscriberId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["subscriberId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_processor = match percent_encoding::percent_decode(path_params["processor"].as_bytes()).decode_utf8() {
                    Ok(param_processor) => match param_processor.parse::<models::SetDefaultPaymentMethodWithProcessorProcessorParameter>() {
                        Ok(param_processor) => param_processor,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter processor: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["processor"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_payment_method_token = match percent_encoding::percent_decode(path_params["paymentMethodToken"].as_bytes()).decode_utf8() {
                    Ok(param_payment_method_token) => match param_payment_method_token.parse::<String>() {
                        Ok(param_payment_method_token) => param_payment_method_token,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter paymentMethodToken: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["paymentMethodToken"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.set_default_payment_method_with_processor(
                                            param_subscriber_id,
                                            param_processor,
                                            param_payment_method_token,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetDefaultPaymentMethodWithProcessorResponse::Success
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_set_subscription_level<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString> + Has<Option<Authorization>> + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                {
                    let authorization = match *(&context as &dyn Has<Option<Authorization>>).get() {
                        Some(ref authorization) => authorization,
                        None => return Ok(Response::builder()
                                                .status(StatusCode::FORBIDDEN)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_str("Unauthenticated"))
                                                .expect("Unable to create Authentication Forbidden response")),
                    };
                }

                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_LEVEL_LEVEL_CURRENCY_IDEMPOTENCYKEY
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_SUBSCRIPTION_SUBSCRIBERID_LEVEL_LEVEL_CURRENCY_IDEMPOTENCYKEY in set but failed match against \"{}\"", path, paths::REGEX_V1_SUBSCRIPTION_SUBSCRIBERID_LEVEL_LEVEL_CURRENCY_IDEMPOTENCYKEY.as_str())
                    );

                let param_subscriber_id = match percent_encoding::percent_decode(path_params["subscriberId"].as_bytes()).decode_utf8() {
                    Ok(param_subscriber_id) => match param_subscriber_id.parse::<String>() {
                        Ok(param_subscriber_id) => param_subscriber_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter subscriberId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["subscriberId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_level = match percent_encoding::percent_decode(path_params["level"].as_bytes()).decode_utf8() {
                    Ok(param_level) => match param_level.parse::<i64>() {
                        Ok(param_level) => param_level,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter level: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["level"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_currency = match percent_encoding::percent_decode(path_params["currency"].as_bytes()).decode_utf8() {
                    Ok(param_currency) => match param_currency.parse::<String>() {
                        Ok(param_currency) => param_currency,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter currency: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["currency"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                let param_idempotency_key = match percent_encoding::percent_decode(path_params["idempotencyKey"].as_bytes()).decode_utf8() {
                    Ok(param_idempotency_key) => match param_idempotency_key.parse::<String>() {
                        Ok(param_idempotency_key) => param_idempotency_key,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter idempotencyKey: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["idempotencyKey"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.set_subscription_level(
                                            param_subscriber_id,
                                            param_level,
                                            param_currency,
                                            param_idempotency_key,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                SetSubscriptionLevelResponse::Success
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_create_session<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_create_verification_session_request: Option<models::CreateVerificationSessionRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_create_verification_session_request) => param_create_verification_session_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter CreateVerificationSessionRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter CreateVerificationSessionRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_create_verification_session_request = match param_create_verification_session_request {
                                    Some(param_create_verification_session_request) => param_create_verification_session_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter CreateVerificationSessionRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter CreateVerificationSessionRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_create_verification_session_request, "CreateVerificationSessionRequest", validation);

                                let result = api_impl.create_session(
                                            param_create_verification_session_request,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                CreateSessionResponse::TheVerificationSessionWasCreatedSuccessfully
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                CreateSessionResponse::TheRequestDidNotPassValidation
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                CreateSessionResponse::TooManyAttempts
                                                    {
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_get_session<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_VERIFICATION_SESSION_SESSIONID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_VERIFICATION_SESSION_SESSIONID in set but failed match against \"{}\"", path, paths::REGEX_V1_VERIFICATION_SESSION_SESSIONID.as_str())
                    );

                let param_session_id = match percent_encoding::percent_decode(path_params["sessionId"].as_bytes()).decode_utf8() {
                    Ok(param_session_id) => match param_session_id.parse::<String>() {
                        Ok(param_session_id) => param_session_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter sessionId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["sessionId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                                let result = api_impl.get_session(
                                            param_session_id,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        match result {
                                            Ok(rsp) => match rsp {
                                                GetSessionResponse::SessionWasRetrievedSuccessfully
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                GetSessionResponse::InvalidSessionID
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                GetSessionResponse::SessionWithTheSpecifiedIDCouldNotBeFound
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                GetSessionResponse::MalformedSessionIDEncoding
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
}

#[allow(unused_variables)]
async fn handle_request_verification_code<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_VERIFICATION_SESSION_SESSIONID_CODE
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_VERIFICATION_SESSION_SESSIONID_CODE in set but failed match against \"{}\"", path, paths::REGEX_V1_VERIFICATION_SESSION_SESSIONID_CODE.as_str())
                    );

                let param_session_id = match percent_encoding::percent_decode(path_params["sessionId"].as_bytes()).decode_utf8() {
                    Ok(param_session_id) => match param_session_id.parse::<String>() {
                        Ok(param_session_id) => param_session_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter sessionId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["sessionId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };
                let param_accept_language = headers.get(HeaderName::from_static("accept-language"));

                let param_accept_language = match param_accept_language {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header Accept-Language - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header Accept-Language"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_verification_code_request: Option<models::VerificationCodeRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_verification_code_request) => param_verification_code_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter VerificationCodeRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter VerificationCodeRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_verification_code_request = match param_verification_code_request {
                                    Some(param_verification_code_request) => param_verification_code_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter VerificationCodeRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter VerificationCodeRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_verification_code_request, "VerificationCodeRequest", validation);

                                let result = api_impl.request_verification_code(
                                            param_session_id,
                                            param_verification_code_request,
                                            param_user_agent,
                                            param_accept_language,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                RequestVerificationCodeResponse::VerificationCodeWasSuccessfullySent
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                RequestVerificationCodeResponse::InvalidSessionID
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                RequestVerificationCodeResponse::SessionWithTheSpecifiedIDCouldNotBeFound
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                RequestVerificationCodeResponse::TheSessionIsAlreadyVerifiedOrNotInAStateToRequestACodeBecauseRequestedInformationHasn
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                RequestVerificationCodeResponse::TheRequestToSendAVerificationCodeWithTheGivenTransportCouldNotBeFulfilled
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(418).expect("Unable to turn 418 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                RequestVerificationCodeResponse::RequestDidNotPassValidation
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                RequestVerificationCodeResponse::TooMayAttempts
                                                    {
                                                        body,
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                RequestVerificationCodeResponse::TheAttemptToSendAVerificationCodeFailedBecauseAnExternalService
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(440).expect("Unable to turn 440 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_update_session<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_VERIFICATION_SESSION_SESSIONID
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_VERIFICATION_SESSION_SESSIONID in set but failed match against \"{}\"", path, paths::REGEX_V1_VERIFICATION_SESSION_SESSIONID.as_str())
                    );

                let param_session_id = match percent_encoding::percent_decode(path_params["sessionId"].as_bytes()).decode_utf8() {
                    Ok(param_session_id) => match param_session_id.parse::<String>() {
                        Ok(param_session_id) => param_session_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter sessionId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["sessionId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_update_verification_session_request: Option<models::UpdateVerificationSessionRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_update_verification_session_request) => param_update_verification_session_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter UpdateVerificationSessionRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter UpdateVerificationSessionRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_update_verification_session_request = match param_update_verification_session_request {
                                    Some(param_update_verification_session_request) => param_update_verification_session_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter UpdateVerificationSessionRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter UpdateVerificationSessionRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_update_verification_session_request, "UpdateVerificationSessionRequest", validation);

                                let result = api_impl.update_session(
                                            param_session_id,
                                            param_update_verification_session_request,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                UpdateSessionResponse::SessionWasUpdatedSuccessfullyWithTheInformationProvided
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                UpdateSessionResponse::TheInformationProvidedWasNotAccepted
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(403).expect("Unable to turn 403 into a StatusCode");

                                                },
                                                UpdateSessionResponse::TheRequestDidNotPassValidation
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(422).expect("Unable to turn 422 into a StatusCode");

                                                },
                                                UpdateSessionResponse::TooManyAttempts
                                                    {
                                                        body,
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

#[allow(unused_variables)]
async fn handle_verify_code<T, C, ReqBody>(
    mut api_impl: T,
    uri: hyper::Uri,
    headers: HeaderMap,
    body: ReqBody,
    context: C,
    validation: bool,
) -> Result<Response<BoxBody<Bytes, Infallible>>, crate::ServiceError>
where
    T: Api<C> + Clone + Send + 'static,
    C: Has<XSpanIdString>  + Send + Sync + 'static,
    ReqBody: Body + Send + 'static,
    ReqBody::Error: Into<Box<dyn Error + Send + Sync>> + Send,
    ReqBody::Data: Send,
{
                // Path parameters
                let path: &str = uri.path();
                let path_params =
                    paths::REGEX_V1_VERIFICATION_SESSION_SESSIONID_CODE
                    .captures(path)
                    .unwrap_or_else(||
                        panic!("Path {} matched RE V1_VERIFICATION_SESSION_SESSIONID_CODE in set but failed match against \"{}\"", path, paths::REGEX_V1_VERIFICATION_SESSION_SESSIONID_CODE.as_str())
                    );

                let param_session_id = match percent_encoding::percent_decode(path_params["sessionId"].as_bytes()).decode_utf8() {
                    Ok(param_session_id) => match param_session_id.parse::<String>() {
                        Ok(param_session_id) => param_session_id,
                        Err(e) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't parse path parameter sessionId: {e}")))
                                        .expect("Unable to create Bad Request response for invalid path parameter")),
                    },
                    Err(_) => return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Couldn't percent-decode path parameter as UTF-8: {}", &path_params["sessionId"])))
                                        .expect("Unable to create Bad Request response for invalid percent decode"))
                };

                // Header parameters
                let param_user_agent = headers.get(HeaderName::from_static("user-agent"));

                let param_user_agent = match param_user_agent {
                    Some(v) => match header::IntoHeaderValue::<String>::try_from((*v).clone()) {
                        Ok(result) =>
                            Some(result.0),
                        Err(err) => {
                            return Ok(Response::builder()
                                        .status(StatusCode::BAD_REQUEST)
                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                        .body(body_from_string(format!("Invalid header User-Agent - {err}")))
                                        .expect("Unable to create Bad Request response for invalid header User-Agent"));

                        },
                    },
                    None => {
                        None
                    }
                };

                // Handle body parameters (note that non-required body parameters will ignore garbage
                // values, rather than causing a 400 response). Produce warning header and logs for
                // any unused fields.
                let result = http_body_util::BodyExt::collect(body).await.map(|f| f.to_bytes().to_vec());
                match result {
                     Ok(body) => {
                                let mut unused_elements : Vec<String> = vec![];
                                let param_submit_verification_code_request: Option<models::SubmitVerificationCodeRequest> = if !body.is_empty() {
                                    let deserializer = &mut serde_json::Deserializer::from_slice(&body);
                                    match serde_ignored::deserialize(deserializer, |path| {
                                            warn!("Ignoring unknown field in body: {path}");
                                            unused_elements.push(path.to_string());
                                    }) {
                                        Ok(param_submit_verification_code_request) => param_submit_verification_code_request,
                                        Err(e) => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new(format!("Couldn't parse body parameter SubmitVerificationCodeRequest - doesn't match schema: {e}")))
                                                        .expect("Unable to create Bad Request response for invalid body parameter SubmitVerificationCodeRequest due to schema")),
                                    }

                                } else {
                                    None
                                };
                                let param_submit_verification_code_request = match param_submit_verification_code_request {
                                    Some(param_submit_verification_code_request) => param_submit_verification_code_request,
                                    None => return Ok(Response::builder()
                                                        .status(StatusCode::BAD_REQUEST)
                                                        .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                        .body(BoxBody::new("Missing required body parameter SubmitVerificationCodeRequest".to_string()))
                                                        .expect("Unable to create Bad Request response for missing body parameter SubmitVerificationCodeRequest")),
                                };
        #[cfg(not(feature = "validate"))]
                                run_validation!(param_submit_verification_code_request, "SubmitVerificationCodeRequest", validation);

                                let result = api_impl.verify_code(
                                            param_session_id,
                                            param_submit_verification_code_request,
                                            param_user_agent,
                                        &context
                                    ).await;
                                let mut response = Response::new(BoxBody::new(http_body_util::Empty::new()));
                                response.headers_mut().insert(
                                            HeaderName::from_static("x-span-id"),
                                            HeaderValue::from_str((&context as &dyn Has<XSpanIdString>).get().0.clone().as_str())
                                                .expect("Unable to create X-Span-ID header value"));

                                        if !unused_elements.is_empty() {
                                            response.headers_mut().insert(
                                                HeaderName::from_static("warning"),
                                                HeaderValue::from_str(format!("Ignoring unknown fields in body: {unused_elements:?}").as_str())
                                                    .expect("Unable to create Warning header value"));
                                        }
                                        match result {
                                            Ok(rsp) => match rsp {
                                                VerifyCodeResponse::TheRequestToCheckAVerificationCodeWasProcessed
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(200).expect("Unable to turn 200 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                VerifyCodeResponse::InvalidSessionIDOrVerificationCode
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(400).expect("Unable to turn 400 into a StatusCode");

                                                },
                                                VerifyCodeResponse::SessionWithTheSpecifiedIDCouldNotBeFound
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(404).expect("Unable to turn 404 into a StatusCode");

                                                },
                                                VerifyCodeResponse::TheSessionIsAlreadyVerifiedOrNoCodeHasBeenRequestedYetForThisSession
                                                    (body)
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(409).expect("Unable to turn 409 into a StatusCode");
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                                VerifyCodeResponse::TooManyAttempts
                                                    {
                                                        body,
                                                        retry_after
                                                    }
                                                => {
                                                    *response.status_mut() = StatusCode::from_u16(429).expect("Unable to turn 429 into a StatusCode");

                                                    if let Some(retry_after) = retry_after {
                                                    let retry_after = match header::IntoHeaderValue(retry_after).try_into() {
                                                        Ok(val) => val,
                                                        Err(e) => {
                                                            return Ok(Response::builder()
                                                                    .status(StatusCode::INTERNAL_SERVER_ERROR)
                                                                    .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                                    .body(body_from_string(format!("An internal server error occurred handling retry_after header - {e}")))
                                                                    .expect("Unable to create Internal Server Error for invalid response header"))
                                                        }
                                                    };

                                                    response.headers_mut().insert(
                                                        HeaderName::from_static("retry-after"),
                                                        retry_after
                                                    );
                                                    }
                                                    response.headers_mut().insert(
                                                        CONTENT_TYPE,
                                                        HeaderValue::from_static("application/json"));
                                                    // JSON Body
                                                    let body = serde_json::to_string(&body).expect("impossible to fail to serialize");
                                                    *response.body_mut() = body_from_string(body);

                                                },
                                            },
                                            Err(_) => {
                                                // Application code returned an error. This should not happen, as the implementation should
                                                // return a valid response.
                                                *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
                                                response.headers_mut().insert(
                                                    CONTENT_TYPE,
                                                    HeaderValue::from_static("text/plain"),
                                                );
                                                *response.body_mut() = body_from_str("An internal error occurred");
                                            },
                                        }

                                        Ok(response)
                            },
                            Err(e) => Ok(Response::builder()
                                                .status(StatusCode::BAD_REQUEST)
                                                .header(CONTENT_TYPE, mime::TEXT_PLAIN.as_ref())
                                                .body(body_from_string(format!("Unable to read body: {}", e.into())))
                                                .expect("Unable to create Bad Request response due to unable to read body")),
                        }
}

/// Request parser for `Api`.
pub struct ApiRequestParser;
impl<T> RequestParser<T> for ApiRequestParser {
    fn parse_operation_id(request: &Request<T>) -> Option<&'static str> {
        let path = paths::GLOBAL_REGEX_SET.matches(request.uri().path());
        match *request.method() {
            // ChangeNumber - PUT /v2/accounts/number
            hyper::Method::PUT if path.matched(paths::ID_V2_ACCOUNTS_NUMBER) => Some("ChangeNumber"),
            // ConfirmUsernameHash - PUT /v1/accounts/username_hash/confirm
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_HASH_CONFIRM) => Some("ConfirmUsernameHash"),
            // DeleteAccount - DELETE /v1/accounts/me
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_ME) => Some("DeleteAccount"),
            // DeleteApnRegistrationId - DELETE /v1/accounts/apn
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_APN) => Some("DeleteApnRegistrationId"),
            // DeleteGcmRegistrationId - DELETE /v1/accounts/gcm
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_GCM) => Some("DeleteGcmRegistrationId"),
            // DeleteUsernameHash - DELETE /v1/accounts/username_hash
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_HASH) => Some("DeleteUsernameHash"),
            // DeleteUsernameLink - DELETE /v1/accounts/username_link
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_LINK) => Some("DeleteUsernameLink"),
            // DistributePhoneNumberIdentityKeys - PUT /v2/accounts/phone_number_identity_key_distribution
            hyper::Method::PUT if path.matched(paths::ID_V2_ACCOUNTS_PHONE_NUMBER_IDENTITY_KEY_DISTRIBUTION) => Some("DistributePhoneNumberIdentityKeys"),
            // GetAccountDataReport - GET /v2/accounts/data_report
            hyper::Method::GET if path.matched(paths::ID_V2_ACCOUNTS_DATA_REPORT) => Some("GetAccountDataReport"),
            // RemoveRegistrationLock - DELETE /v1/accounts/registration_lock
            hyper::Method::DELETE if path.matched(paths::ID_V1_ACCOUNTS_REGISTRATION_LOCK) => Some("RemoveRegistrationLock"),
            // ReserveUsernameHash - PUT /v1/accounts/username_hash/reserve
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_HASH_RESERVE) => Some("ReserveUsernameHash"),
            // SetAccountAttributes - PUT /v1/accounts/attributes
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_ATTRIBUTES) => Some("SetAccountAttributes"),
            // SetApnRegistrationId - PUT /v1/accounts/apn
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_APN) => Some("SetApnRegistrationId"),
            // SetGcmRegistrationId - PUT /v1/accounts/gcm
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_GCM) => Some("SetGcmRegistrationId"),
            // SetName - PUT /v1/accounts/name
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_NAME) => Some("SetName"),
            // SetPhoneNumberDiscoverability - PUT /v2/accounts/phone_number_discoverability
            hyper::Method::PUT if path.matched(paths::ID_V2_ACCOUNTS_PHONE_NUMBER_DISCOVERABILITY) => Some("SetPhoneNumberDiscoverability"),
            // SetRegistrationLock - PUT /v1/accounts/registration_lock
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_REGISTRATION_LOCK) => Some("SetRegistrationLock"),
            // UpdateUsernameLink - PUT /v1/accounts/username_link
            hyper::Method::PUT if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_LINK) => Some("UpdateUsernameLink"),
            // WhoAmI - GET /v1/accounts/whoami
            hyper::Method::GET if path.matched(paths::ID_V1_ACCOUNTS_WHOAMI) => Some("WhoAmI"),
            // AccountExists - HEAD /v1/accounts/account/{identifier}
            hyper::Method::HEAD if path.matched(paths::ID_V1_ACCOUNTS_ACCOUNT_IDENTIFIER) => Some("AccountExists"),
            // LookupUsernameHash - GET /v1/accounts/username_hash/{usernameHash}
            hyper::Method::GET if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_HASH_USERNAMEHASH) => Some("LookupUsernameHash"),
            // LookupUsernameLink - GET /v1/accounts/username_link/{uuid}
            hyper::Method::GET if path.matched(paths::ID_V1_ACCOUNTS_USERNAME_LINK_UUID) => Some("LookupUsernameLink"),
            // Backup - GET /v1/archives/upload/form
            hyper::Method::GET if path.matched(paths::ID_V1_ARCHIVES_UPLOAD_FORM) => Some("Backup"),
            // BackupInfo - GET /v1/archives
            hyper::Method::GET if path.matched(paths::ID_V1_ARCHIVES) => Some("BackupInfo"),
            // CopyMedia - PUT /v1/archives/media/batch
            hyper::Method::PUT if path.matched(paths::ID_V1_ARCHIVES_MEDIA_BATCH) => Some("CopyMedia"),
            // CopyMedia1 - PUT /v1/archives/media
            hyper::Method::PUT if path.matched(paths::ID_V1_ARCHIVES_MEDIA) => Some("CopyMedia1"),
            // DeleteBackup - DELETE /v1/archives
            hyper::Method::DELETE if path.matched(paths::ID_V1_ARCHIVES) => Some("DeleteBackup"),
            // DeleteMedia - POST /v1/archives/media/delete
            hyper::Method::POST if path.matched(paths::ID_V1_ARCHIVES_MEDIA_DELETE) => Some("DeleteMedia"),
            // GetBackupZkCredentials - GET /v1/archives/auth
            hyper::Method::GET if path.matched(paths::ID_V1_ARCHIVES_AUTH) => Some("GetBackupZkCredentials"),
            // ListMedia - GET /v1/archives/media
            hyper::Method::GET if path.matched(paths::ID_V1_ARCHIVES_MEDIA) => Some("ListMedia"),
            // ReadAuth - GET /v1/archives/auth/read
            hyper::Method::GET if path.matched(paths::ID_V1_ARCHIVES_AUTH_READ) => Some("ReadAuth"),
            // RedeemReceipt - POST /v1/archives/redeem-receipt
            hyper::Method::POST if path.matched(paths::ID_V1_ARCHIVES_REDEEM_RECEIPT) => Some("RedeemReceipt"),
            // Refresh - POST /v1/archives
            hyper::Method::POST if path.matched(paths::ID_V1_ARCHIVES) => Some("Refresh"),
            // SetBackupId - PUT /v1/archives/backupid
            hyper::Method::PUT if path.matched(paths::ID_V1_ARCHIVES_BACKUPID) => Some("SetBackupId"),
            // SetPublicKey - PUT /v1/archives/keys
            hyper::Method::PUT if path.matched(paths::ID_V1_ARCHIVES_KEYS) => Some("SetPublicKey"),
            // UploadTemporaryAttachment - GET /v1/archives/media/upload/form
            hyper::Method::GET if path.matched(paths::ID_V1_ARCHIVES_MEDIA_UPLOAD_FORM) => Some("UploadTemporaryAttachment"),
            // GetAttachmentUploadForm - GET /v4/attachments/form/upload
            hyper::Method::GET if path.matched(paths::ID_V4_ATTACHMENTS_FORM_UPLOAD) => Some("GetAttachmentUploadForm"),
            // GetCreateAuth - POST /v1/call-link/create-auth
            hyper::Method::POST if path.matched(paths::ID_V1_CALL_LINK_CREATE_AUTH) => Some("GetCreateAuth"),
            // GetCallingRelays - GET /v2/calling/relays
            hyper::Method::GET if path.matched(paths::ID_V2_CALLING_RELAYS) => Some("GetCallingRelays"),
            // GetDeliveryCertificate - GET /v1/certificate/delivery
            hyper::Method::GET if path.matched(paths::ID_V1_CERTIFICATE_DELIVERY) => Some("GetDeliveryCertificate"),
            // GetGroupAuthenticationCredentials - GET /v1/certificate/auth/group
            hyper::Method::GET if path.matched(paths::ID_V1_CERTIFICATE_AUTH_GROUP) => Some("GetGroupAuthenticationCredentials"),
            // HandleChallengeResponse - PUT /v1/challenge
            hyper::Method::PUT if path.matched(paths::ID_V1_CHALLENGE) => Some("HandleChallengeResponse"),
            // RequestPushChallenge - POST /v1/challenge/push
            hyper::Method::POST if path.matched(paths::ID_V1_CHALLENGE_PUSH) => Some("RequestPushChallenge"),
            // AssertChallenge - GET /v1/devicecheck/assert
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICECHECK_ASSERT) => Some("AssertChallenge"),
            // Assertion - POST /v1/devicecheck/assert
            hyper::Method::POST if path.matched(paths::ID_V1_DEVICECHECK_ASSERT) => Some("Assertion"),
            // Attest - PUT /v1/devicecheck/attest
            hyper::Method::PUT if path.matched(paths::ID_V1_DEVICECHECK_ATTEST) => Some("Attest"),
            // AttestChallenge - GET /v1/devicecheck/attest
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICECHECK_ATTEST) => Some("AttestChallenge"),
            // CreateDeviceToken - GET /v1/devices/provisioning/code
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICES_PROVISIONING_CODE) => Some("CreateDeviceToken"),
            // GetDevices - GET /v1/devices
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICES) => Some("GetDevices"),
            // LinkDevice - PUT /v1/devices/link
            hyper::Method::PUT if path.matched(paths::ID_V1_DEVICES_LINK) => Some("LinkDevice"),
            // RecordTransferArchiveUploaded - PUT /v1/devices/transfer_archive
            hyper::Method::PUT if path.matched(paths::ID_V1_DEVICES_TRANSFER_ARCHIVE) => Some("RecordTransferArchiveUploaded"),
            // SetCapabilities - PUT /v1/devices/capabilities
            hyper::Method::PUT if path.matched(paths::ID_V1_DEVICES_CAPABILITIES) => Some("SetCapabilities"),
            // SetPublicKey1 - PUT /v1/devices/public_key
            hyper::Method::PUT if path.matched(paths::ID_V1_DEVICES_PUBLIC_KEY) => Some("SetPublicKey1"),
            // WaitForTransferArchive - GET /v1/devices/transfer_archive
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICES_TRANSFER_ARCHIVE) => Some("WaitForTransferArchive"),
            // RecordRestoreAccountRequest - PUT /v1/devices/restore_account/{token}
            hyper::Method::PUT if path.matched(paths::ID_V1_DEVICES_RESTORE_ACCOUNT_TOKEN) => Some("RecordRestoreAccountRequest"),
            // RemoveDevice - DELETE /v1/devices/{device_id}
            hyper::Method::DELETE if path.matched(paths::ID_V1_DEVICES_DEVICE_ID) => Some("RemoveDevice"),
            // WaitForDeviceTransferRequest - GET /v1/devices/restore_account/{token}
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICES_RESTORE_ACCOUNT_TOKEN) => Some("WaitForDeviceTransferRequest"),
            // WaitForLinkedDevice - GET /v1/devices/wait_for_linked_device/{tokenIdentifier}
            hyper::Method::GET if path.matched(paths::ID_V1_DEVICES_WAIT_FOR_LINKED_DEVICE_TOKENIDENTIFIER) => Some("WaitForLinkedDevice"),
            // GetAuthToken - GET /v2/directory/auth
            hyper::Method::GET if path.matched(paths::ID_V2_DIRECTORY_AUTH) => Some("GetAuthToken"),
            // RedeemReceipt1 - POST /v1/donation/redeem-receipt
            hyper::Method::POST if path.matched(paths::ID_V1_DONATION_REDEEM_RECEIPT) => Some("RedeemReceipt1"),
            // GetKeepAlive - GET /v1/keepalive
            hyper::Method::GET if path.matched(paths::ID_V1_KEEPALIVE) => Some("GetKeepAlive"),
            // GetProvisioningKeepAlive - GET /v1/keepalive/provisioning
            hyper::Method::GET if path.matched(paths::ID_V1_KEEPALIVE_PROVISIONING) => Some("GetProvisioningKeepAlive"),
            // GetDistinguishedKey - GET /v1/key-transparency/distinguished
            hyper::Method::GET if path.matched(paths::ID_V1_KEY_TRANSPARENCY_DISTINGUISHED) => Some("GetDistinguishedKey"),
            // Monitor - POST /v1/key-transparency/monitor
            hyper::Method::POST if path.matched(paths::ID_V1_KEY_TRANSPARENCY_MONITOR) => Some("Monitor"),
            // Search - POST /v1/key-transparency/search
            hyper::Method::POST if path.matched(paths::ID_V1_KEY_TRANSPARENCY_SEARCH) => Some("Search"),
            // CheckKeys - POST /v2/keys/check
            hyper::Method::POST if path.matched(paths::ID_V2_KEYS_CHECK) => Some("CheckKeys"),
            // GetStatus - GET /v2/keys
            hyper::Method::GET if path.matched(paths::ID_V2_KEYS) => Some("GetStatus"),
            // SetKeys - PUT /v2/keys
            hyper::Method::PUT if path.matched(paths::ID_V2_KEYS) => Some("SetKeys"),
            // GetDeviceKeys - GET /v2/keys/{identifier}/{device_id}
            hyper::Method::GET if path.matched(paths::ID_V2_KEYS_IDENTIFIER_DEVICE_ID) => Some("GetDeviceKeys"),
            // GetPendingMessages - GET /v1/messages
            hyper::Method::GET if path.matched(paths::ID_V1_MESSAGES) => Some("GetPendingMessages"),
            // SendMultiRecipientMessage - PUT /v1/messages/multi_recipient
            hyper::Method::PUT if path.matched(paths::ID_V1_MESSAGES_MULTI_RECIPIENT) => Some("SendMultiRecipientMessage"),
            // RemovePendingMessage - DELETE /v1/messages/uuid/{uuid}
            hyper::Method::DELETE if path.matched(paths::ID_V1_MESSAGES_UUID_UUID) => Some("RemovePendingMessage"),
            // SendMessage - PUT /v1/messages/{destination}
            hyper::Method::PUT if path.matched(paths::ID_V1_MESSAGES_DESTINATION) => Some("SendMessage"),
            // ReportSpamMessage - POST /v1/messages/report/{source}/{messageGuid}
            hyper::Method::POST if path.matched(paths::ID_V1_MESSAGES_REPORT_SOURCE_MESSAGEGUID) => Some("ReportSpamMessage"),
            // ConfirmPayPalBoost - POST /v1/subscription/boost/paypal/confirm
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_BOOST_PAYPAL_CONFIRM) => Some("ConfirmPayPalBoost"),
            // CreateBoostPaymentIntent - POST /v1/subscription/boost/create
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_BOOST_CREATE) => Some("CreateBoostPaymentIntent"),
            // CreateBoostReceiptCredentials - POST /v1/subscription/boost/receipt_credentials
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_BOOST_RECEIPT_CREDENTIALS) => Some("CreateBoostReceiptCredentials"),
            // CreatePayPalBoost - POST /v1/subscription/boost/paypal/create
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_BOOST_PAYPAL_CREATE) => Some("CreatePayPalBoost"),
            // GetAuth - GET /v1/payments/auth
            hyper::Method::GET if path.matched(paths::ID_V1_PAYMENTS_AUTH) => Some("GetAuth"),
            // GetConversions - GET /v1/payments/conversions
            hyper::Method::GET if path.matched(paths::ID_V1_PAYMENTS_CONVERSIONS) => Some("GetConversions"),
            // RunBatchIdentityCheck - POST /v1/profile/identity_check/batch
            hyper::Method::POST if path.matched(paths::ID_V1_PROFILE_IDENTITY_CHECK_BATCH) => Some("RunBatchIdentityCheck"),
            // SetProfile - PUT /v1/profile
            hyper::Method::PUT if path.matched(paths::ID_V1_PROFILE) => Some("SetProfile"),
            // GetUnversionedProfile - GET /v1/profile/{identifier}
            hyper::Method::GET if path.matched(paths::ID_V1_PROFILE_IDENTIFIER) => Some("GetUnversionedProfile"),
            // GetProfile - GET /v1/profile/{identifier}/{version}
            hyper::Method::GET if path.matched(paths::ID_V1_PROFILE_IDENTIFIER_VERSION) => Some("GetProfile"),
            // GetProfile1 - GET /v1/profile/{identifier}/{version}/{credentialRequest}
            hyper::Method::GET if path.matched(paths::ID_V1_PROFILE_IDENTIFIER_VERSION_CREDENTIALREQUEST) => Some("GetProfile1"),
            // SendProvisioningMessage - PUT /v1/provisioning/{destination}
            hyper::Method::PUT if path.matched(paths::ID_V1_PROVISIONING_DESTINATION) => Some("SendProvisioningMessage"),
            // Register - POST /v1/registration
            hyper::Method::POST if path.matched(paths::ID_V1_REGISTRATION) => Some("Register"),
            // GetAll - GET /v1/config
            hyper::Method::GET if path.matched(paths::ID_V1_CONFIG) => Some("GetAll"),
            // GetAuth1 - GET /v1/storage/auth
            hyper::Method::GET if path.matched(paths::ID_V1_STORAGE_AUTH) => Some("GetAuth1"),
            // AuthCheck - POST /v2/backup/auth/check
            hyper::Method::POST if path.matched(paths::ID_V2_BACKUP_AUTH_CHECK) => Some("AuthCheck"),
            // GetAuth2 - GET /v2/backup/auth
            hyper::Method::GET if path.matched(paths::ID_V2_BACKUP_AUTH) => Some("GetAuth2"),
            // GetStickersForm - GET /v1/sticker/pack/form/{count}
            hyper::Method::GET if path.matched(paths::ID_V1_STICKER_PACK_FORM_COUNT) => Some("GetStickersForm"),
            // GetConfiguration - GET /v1/subscription/configuration
            hyper::Method::GET if path.matched(paths::ID_V1_SUBSCRIPTION_CONFIGURATION) => Some("GetConfiguration"),
            // CreatePayPalPaymentMethod - POST /v1/subscription/{subscriberId}/create_payment_method/paypal
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD_PAYPAL) => Some("CreatePayPalPaymentMethod"),
            // CreatePaymentMethod - POST /v1/subscription/{subscriberId}/create_payment_method
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_CREATE_PAYMENT_METHOD) => Some("CreatePaymentMethod"),
            // CreateSubscriptionReceiptCredentials - POST /v1/subscription/{subscriberId}/receipt_credentials
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_RECEIPT_CREDENTIALS) => Some("CreateSubscriptionReceiptCredentials"),
            // DeleteSubscriber - DELETE /v1/subscription/{subscriberId}
            hyper::Method::DELETE if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID) => Some("DeleteSubscriber"),
            // GetBankMandate - GET /v1/subscription/bank_mandate/{bankTransferType}
            hyper::Method::GET if path.matched(paths::ID_V1_SUBSCRIPTION_BANK_MANDATE_BANKTRANSFERTYPE) => Some("GetBankMandate"),
            // GetSubscriptionInformation - GET /v1/subscription/{subscriberId}
            hyper::Method::GET if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID) => Some("GetSubscriptionInformation"),
            // UpdateSubscriber - PUT /v1/subscription/{subscriberId}
            hyper::Method::PUT if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID) => Some("UpdateSubscriber"),
            // SetAppStoreSubscription - POST /v1/subscription/{subscriberId}/appstore/{originalTransactionId}
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_APPSTORE_ORIGINALTRANSACTIONID) => Some("SetAppStoreSubscription"),
            // SetDefaultPaymentMethodForIdeal - POST /v1/subscription/{subscriberId}/default_payment_method_for_ideal/{setupIntentId}
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_FOR_IDEAL_SETUPINTENTID) => Some("SetDefaultPaymentMethodForIdeal"),
            // SetPlayStoreSubscription - POST /v1/subscription/{subscriberId}/playbilling/{purchaseToken}
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_PLAYBILLING_PURCHASETOKEN) => Some("SetPlayStoreSubscription"),
            // SetDefaultPaymentMethodWithProcessor - POST /v1/subscription/{subscriberId}/default_payment_method/{processor}/{paymentMethodToken}
            hyper::Method::POST if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_DEFAULT_PAYMENT_METHOD_PROCESSOR_PAYMENTMETHODTOKEN) => Some("SetDefaultPaymentMethodWithProcessor"),
            // SetSubscriptionLevel - PUT /v1/subscription/{subscriberId}/level/{level}/{currency}/{idempotencyKey}
            hyper::Method::PUT if path.matched(paths::ID_V1_SUBSCRIPTION_SUBSCRIBERID_LEVEL_LEVEL_CURRENCY_IDEMPOTENCYKEY) => Some("SetSubscriptionLevel"),
            // CreateSession - POST /v1/verification/session
            hyper::Method::POST if path.matched(paths::ID_V1_VERIFICATION_SESSION) => Some("CreateSession"),
            // GetSession - GET /v1/verification/session/{sessionId}
            hyper::Method::GET if path.matched(paths::ID_V1_VERIFICATION_SESSION_SESSIONID) => Some("GetSession"),
            // RequestVerificationCode - POST /v1/verification/session/{sessionId}/code
            hyper::Method::POST if path.matched(paths::ID_V1_VERIFICATION_SESSION_SESSIONID_CODE) => Some("RequestVerificationCode"),
            // UpdateSession - PATCH /v1/verification/session/{sessionId}
            hyper::Method::PATCH if path.matched(paths::ID_V1_VERIFICATION_SESSION_SESSIONID) => Some("UpdateSession"),
            // VerifyCode - PUT /v1/verification/session/{sessionId}/code
            hyper::Method::PUT if path.matched(paths::ID_V1_VERIFICATION_SESSION_SESSIONID_CODE) => Some("VerifyCode"),
            _ => None,
        }
    }
}
