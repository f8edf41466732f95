#![allow(missing_docs, trivial_casts, unused_variables, unused_mut, unused_imports, unused_extern_crates, unused_attributes, non_camel_case_types)]
#![allow(clippy::derive_partial_eq_without_eq, clippy::disallowed_names)]

use async_trait::async_trait;
use futures::Stream;
#[cfg(feature = "mock")]
use mockall::automock;
use std::error::Error;
use std::collections::BTreeSet;
use std::task::{Poll, Context};
use swagger::{ApiError, ContextWrapper, auth::Authorization};
use serde::{Serialize, Deserialize};

#[cfg(any(feature = "client", feature = "server"))]
type ServiceError = Box<dyn Error + Send + Sync + 'static>;

pub const BASE_PATH: &str = "";
pub const API_VERSION: &str = "20250610";

mod auth;
pub use auth::{AuthenticationApi, Claims};


#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ChangeNumberResponse {
    /// The phone number associated with the authenticated account was changed successfully
    ThePhoneNumberAssociatedWithTheAuthenticatedAccountWasChangedSuccessfully
    (models::AccountIdentityResponse)
    ,
    /// Account authentication check failed.
    AccountAuthenticationCheckFailed
    ,
    /// Verification failed for the provided Registration Recovery Password
    VerificationFailedForTheProvidedRegistrationRecoveryPassword
    ,
    /// Mismatched number of devices or device ids in devices to notify list
    MismatchedNumberOfDevicesOrDeviceIdsInDevicesToNotifyList
    (models::MismatchedDevicesResponse)
    ,
    /// Mismatched registration ids in devices to notify list
    MismatchedRegistrationIdsInDevicesToNotifyList
    (models::StaleDevicesResponse)
    ,
    /// One or more device messages was too large
    OneOrMoreDeviceMessagesWasTooLarge
    ,
    /// The request did not pass validation
    TheRequestDidNotPassValidation
    ,
    /// Registration lock is enabled and the supplied lock is absent or wrong
    RegistrationLockIsEnabledAndTheSuppliedLockIsAbsentOrWrong
    (models::RegistrationLockFailure)
    ,
    /// Too many attempts
    TooManyAttempts
    {
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ConfirmUsernameHashResponse {
    /// Username hash confirmed successfully.
    UsernameHashConfirmedSuccessfully
    (models::UsernameHashResponse)
    ,
    /// Account authentication check failed.
    AccountAuthenticationCheckFailed
    ,
    /// Given username hash doesn't match the reserved one or no reservation found.
    GivenUsernameHashDoesn
    ,
    /// Username hash not available (username can't be used).
    UsernameHashNotAvailable
    ,
    /// Invalid request format.
    InvalidRequestFormat
    ,
    /// Ratelimited.
    Ratelimited
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteAccountResponse {
    /// Success, no content
    Success
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteApnRegistrationIdResponse {
    /// Success, no content
    Success
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteGcmRegistrationIdResponse {
    /// Success, no content
    Success
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteUsernameHashResponse {
    /// Username successfully deleted.
    UsernameSuccessfullyDeleted
    ,
    /// Account authentication check failed.
    AccountAuthenticationCheckFailed
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteUsernameLinkResponse {
    /// Username Link successfully deleted.
    UsernameLinkSuccessfullyDeleted
    ,
    /// Account authentication check failed.
    AccountAuthenticationCheckFailed
    ,
    /// Ratelimited.
    Ratelimited
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DistributePhoneNumberIdentityKeysResponse {
    /// Indicates the transaction was successful and returns basic information about this account.
    IndicatesTheTransactionWasSuccessfulAndReturnsBasicInformationAboutThisAccount
    (models::AccountIdentityResponse)
    ,
    /// Account authentication check failed.
    AccountAuthenticationCheckFailed
    ,
    /// This endpoint can only be invoked from the account's primary device.
    ThisEndpointCanOnlyBeInvokedFromTheAccount
    ,
    /// The request body failed validation.
    TheRequestBodyFailedValidation
    ,
    /// The set of devices specified in the request does not match the set of devices active on the account.
    TheSetOfDevicesSpecifiedInTheRequestDoesNotMatchTheSetOfDevicesActiveOnTheAccount
    (models::MismatchedDevicesResponse)
    ,
    /// The registration IDs provided for some devices do not match those stored on the server.
    TheRegistrationIDsProvidedForSomeDevicesDoNotMatchThoseStoredOnTheServer
    (models::StaleDevicesResponse)
    ,
    /// One or more device messages was too large
    OneOrMoreDeviceMessagesWasTooLarge
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetAccountDataReportResponse {
    /// Response with data report. A plain text representation is a field in the response.
    ResponseWithDataReport
    (models::AccountDataReportResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RemoveRegistrationLockResponse {
    /// Success, no content
    Success
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ReserveUsernameHashResponse {
    /// Username hash reserved successfully.
    UsernameHashReservedSuccessfully
    (models::ReserveUsernameHashResponse)
    ,
    /// Account authentication check failed.
    AccountAuthenticationCheckFailed
    ,
    /// All username hashes from the list are taken.
    AllUsernameHashesFromTheListAreTaken
    ,
    /// Invalid request format.
    InvalidRequestFormat
    ,
    /// Ratelimited.
    Ratelimited
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetAccountAttributesResponse {
    /// Success, no content
    Success
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetApnRegistrationIdResponse {
    /// Success, no content
    Success
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetGcmRegistrationIdResponse {
    /// Success, no content
    Success
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetNameResponse {
    /// Device name changed successfully
    DeviceNameChangedSuccessfully
    ,
    /// No device found with the given ID
    NoDeviceFoundWithTheGivenID
    ,
    /// Not authorized to change the name of the device with the given ID
    NotAuthorizedToChangeTheNameOfTheDeviceWithTheGivenID
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetPhoneNumberDiscoverabilityResponse {
    /// The setting was successfully updated.
    TheSettingWasSuccessfullyUpdated
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetRegistrationLockResponse {
    /// Success, no content
    Success
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UpdateUsernameLinkResponse {
    /// Username Link updated successfully.
    UsernameLinkUpdatedSuccessfully
    (models::UsernameLinkHandle)
    ,
    /// Account authentication check failed.
    AccountAuthenticationCheckFailed
    ,
    /// Username is not set for the account.
    UsernameIsNotSetForTheAccount
    ,
    /// Invalid request format.
    InvalidRequestFormat
    ,
    /// Ratelimited.
    Ratelimited
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum WhoAmIResponse {
    /// Success
    Success
    (models::AccountIdentityResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AccountExistsResponse {
    /// An account with the given identifier was found.
    AnAccountWithTheGivenIdentifierWasFound
    ,
    /// Request must not be authenticated.
    RequestMustNotBeAuthenticated
    ,
    /// An account was not found for the given identifier.
    AnAccountWasNotFoundForTheGivenIdentifier
    ,
    /// Invalid request format.
    InvalidRequestFormat
    ,
    /// Rate-limited.
    Rate
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum LookupUsernameHashResponse {
    /// Account found for the given username.
    AccountFoundForTheGivenUsername
    (models::AccountIdentifierResponse)
    ,
    /// Request must not be authenticated.
    RequestMustNotBeAuthenticated
    ,
    /// Account not found for the given username.
    AccountNotFoundForTheGivenUsername
    ,
    /// Rate limited; Retry-After gives the seconds to wait
    RateLimited
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum LookupUsernameLinkResponse {
    /// Username link with the given handle was found.
    UsernameLinkWithTheGivenHandleWasFound
    (models::EncryptedUsername)
    ,
    /// Request must not be authenticated.
    RequestMustNotBeAuthenticated
    ,
    /// Username link was not found for the given handle.
    UsernameLinkWasNotFoundForTheGivenHandle
    ,
    /// Invalid request format.
    InvalidRequestFormat
    ,
    /// Ratelimited.
    Ratelimited
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum BackupResponse {
    /// Success
    Success
    (models::UploadDescriptorResponse)
    ,
    /// Rate limited.
    RateLimited
    ,
    /// Forbidden. The request had insufficient permissions to perform the requested action
    Forbidden
    ,
    /// The provided backup auth credential presentation could not be verified or The public key signature was invalid or There is no backup associated with the backup-id in the presentation or The credential was of the wrong type (messages/media)
    TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
    ,
    /// Bad arguments. The request may have been made on an authenticated channel
    BadArguments
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum BackupInfoResponse {
    /// Success
    Success
    (models::BackupInfoResponse)
    ,
    /// No existing backups found
    NoExistingBackupsFound
    ,
    /// Rate limited.
    RateLimited
    ,
    /// Forbidden. The request had insufficient permissions to perform the requested action
    Forbidden
    ,
    /// The provided backup auth credential presentation could not be verified or The public key signature was invalid or There is no backup associated with the backup-id in the presentation or The credential was of the wrong type (messages/media)
    TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
    ,
    /// Bad arguments. The request may have been made on an authenticated channel
    BadArguments
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CopyMediaResponse {
    /// The request was processed and each operation's outcome must be inspected individually. This does NOT necessarily indicate the operation was a success.
    TheRequestWasProcessedAndEachOperation
    (models::CopyMediaBatchResponse)
    ,
    /// All media capacity has been consumed. Free some space to continue.
    AllMediaCapacityHasBeenConsumed
    ,
    /// Rate limited.
    RateLimited
    ,
    /// Forbidden. The request had insufficient permissions to perform the requested action
    Forbidden
    ,
    /// The provided backup auth credential presentation could not be verified or The public key signature was invalid or There is no backup associated with the backup-id in the presentation or The credential was of the wrong type (messages/media)
    TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
    ,
    /// Bad arguments. The request may have been made on an authenticated channel
    BadArguments
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CopyMedia1Response {
    /// Success
    Success
    (models::CopyMediaResponse)
    ,
    /// Bad arguments. The request may have been made on an authenticated channel
    BadArguments
    ,
    /// All media capacity has been consumed. Free some space to continue.
    AllMediaCapacityHasBeenConsumed
    ,
    /// The source object was not found.
    TheSourceObjectWasNotFound
    ,
    /// Rate limited.
    RateLimited
    ,
    /// Forbidden. The request had insufficient permissions to perform the requested action
    Forbidden
    ,
    /// The provided backup auth credential presentation could not be verified or The public key signature was invalid or There is no backup associated with the backup-id in the presentation or The credential was of the wrong type (messages/media)
    TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteBackupResponse {
    /// The backup has been successfully removed
    TheBackupHasBeenSuccessfullyRemoved
    ,
    /// Rate limited.
    RateLimited
    ,
    /// Forbidden. The request had insufficient permissions to perform the requested action
    Forbidden
    ,
    /// The provided backup auth credential presentation could not be verified or The public key signature was invalid or There is no backup associated with the backup-id in the presentation or The credential was of the wrong type (messages/media)
    TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
    ,
    /// Bad arguments. The request may have been made on an authenticated channel
    BadArguments
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteMediaResponse {
    /// The provided objects were successfully deleted or they do not exist
    TheProvidedObjectsWereSuccessfullyDeletedOrTheyDoNotExist
    ,
    /// Rate limited.
    RateLimited
    ,
    /// Forbidden. The request had insufficient permissions to perform the requested action
    Forbidden
    ,
    /// The provided backup auth credential presentation could not be verified or The public key signature was invalid or There is no backup associated with the backup-id in the presentation or The credential was of the wrong type (messages/media)
    TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
    ,
    /// Bad arguments. The request may have been made on an authenticated channel
    BadArguments
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetBackupZkCredentialsResponse {
    /// Success
    Success
    (models::BackupAuthCredentialsResponse)
    ,
    /// The start/end did not meet alignment/duration requirements
    TheStart
    ,
    /// Could not find an existing blinded backup id
    CouldNotFindAnExistingBlindedBackupId
    ,
    /// Rate limited.
    RateLimited
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListMediaResponse {
    /// Success
    Success
    (models::ListResponse)
    ,
    /// Bad arguments. The request may have been made on an authenticated channel
    BadArguments
    ,
    /// Rate limited.
    RateLimited
    ,
    /// Forbidden. The request had insufficient permissions to perform the requested action
    Forbidden
    ,
    /// The provided backup auth credential presentation could not be verified or The public key signature was invalid or There is no backup associated with the backup-id in the presentation or The credential was of the wrong type (messages/media)
    TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ReadAuthResponse {
    /// Success
    Success
    (models::ReadAuthResponse)
    ,
    /// Rate limited.
    RateLimited
    ,
    /// Forbidden. The request had insufficient permissions to perform the requested action
    Forbidden
    ,
    /// The provided backup auth credential presentation could not be verified or The public key signature was invalid or There is no backup associated with the backup-id in the presentation or The credential was of the wrong type (messages/media)
    TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
    ,
    /// Bad arguments. The request may have been made on an authenticated channel
    BadArguments
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RedeemReceiptResponse {
    /// The receipt was redeemed
    TheReceiptWasRedeemed
    ,
    /// The provided presentation or receipt was invalid
    TheProvidedPresentationOrReceiptWasInvalid
    ,
    /// The target account does not have a backup-id commitment
    TheTargetAccountDoesNotHaveABackup
    ,
    /// Rate limited.
    RateLimited
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RefreshResponse {
    /// The backup was successfully refreshed
    TheBackupWasSuccessfullyRefreshed
    ,
    /// Rate limited.
    RateLimited
    ,
    /// Forbidden. The request had insufficient permissions to perform the requested action
    Forbidden
    ,
    /// The provided backup auth credential presentation could not be verified or The public key signature was invalid or There is no backup associated with the backup-id in the presentation or The credential was of the wrong type (messages/media)
    TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
    ,
    /// Bad arguments. The request may have been made on an authenticated channel
    BadArguments
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetBackupIdResponse {
    /// The backup-id was set
    TheBackup
    ,
    /// The provided backup auth credential request was invalid
    TheProvidedBackupAuthCredentialRequestWasInvalid
    ,
    /// Rate limited. Too many attempts to change the backup-id have been made
    RateLimited
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetPublicKeyResponse {
    /// The public key was set
    ThePublicKeyWasSet
    ,
    /// Rate limited.
    RateLimited
    ,
    /// Forbidden. The request had insufficient permissions to perform the requested action
    Forbidden
    ,
    /// The provided backup auth credential presentation could not be verified or The public key signature was invalid or There is no backup associated with the backup-id in the presentation or The credential was of the wrong type (messages/media)
    TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
    ,
    /// Bad arguments. The request may have been made on an authenticated channel
    BadArguments
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UploadTemporaryAttachmentResponse {
    /// Success
    Success
    (models::UploadDescriptorResponse)
    ,
    /// Rate limited.
    RateLimited
    ,
    /// Forbidden. The request had insufficient permissions to perform the requested action
    Forbidden
    ,
    /// The provided backup auth credential presentation could not be verified or The public key signature was invalid or There is no backup associated with the backup-id in the presentation or The credential was of the wrong type (messages/media)
    TheProvidedBackupAuthCredentialPresentationCouldNotBeVerifiedOrThePublicKeySignatureWasInvalidOrThereIsNoBackupAssociatedWithTheBackup
    ,
    /// Bad arguments. The request may have been made on an authenticated channel
    BadArguments
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetAttachmentUploadFormResponse {
    /// Success, response body includes upload form
    Success
    (models::AttachmentDescriptorV3)
    ,
    /// Too many attempts
    TooManyAttempts
    {
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// Too many attempts
    TooManyAttempts_2
    {
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetCreateAuthResponse {
    /// `JSON` with generated credentials.
    Status200
    (models::CreateCallLinkCredential)
    ,
    /// Invalid create call link credential request.
    InvalidCreateCallLinkCredentialRequest
    ,
    /// Account authentication check failed.
    AccountAuthenticationCheckFailed
    ,
    /// Invalid request format.
    InvalidRequestFormat
    ,
    /// Ratelimited.
    Ratelimited
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetCallingRelaysResponse {
    /// `JSON` with call endpoints.
    Status200
    (models::GetCallingRelaysResponse)
    ,
    /// Invalid get call endpoint request.
    InvalidGetCallEndpointRequest
    ,
    /// Account authentication check failed.
    AccountAuthenticationCheckFailed
    ,
    /// Invalid request format.
    InvalidRequestFormat
    ,
    /// Rate limited.
    RateLimited
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetDeliveryCertificateResponse {
    /// Success
    Success
    (models::DeliveryCertificate)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetGroupAuthenticationCredentialsResponse {
    /// Success
    Success
    (models::GroupCredentials)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum HandleChallengeResponseResponse {
    /// Indicates the challenge proof was accepted
    IndicatesTheChallengeProofWasAccepted
    ,
    /// Submitted captcha token is invalid
    SubmittedCaptchaTokenIsInvalid
    ,
    /// Too many attempts
    TooManyAttempts
    {
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RequestPushChallengeResponse {
    /// Indicates a payload to the account's primary device has been attempted. When clients receive a challenge push notification, they may issue a PUT request to /v1/challenge.
    IndicatesAPayloadToTheAccount
    ,
    /// The server does not have a push notification token for the authenticated account’s main device; clients may add a push token and try again
    TheServerDoesNotHaveAPushNotificationTokenForTheAuthenticatedAccount
    ,
    /// Too many attempts
    TooManyAttempts
    {
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// Too many attempts
    TooManyAttempts_2
    {
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AssertChallengeResponse {
    /// The response body includes a challenge
    TheResponseBodyIncludesAChallenge
    ,
    /// Ratelimited.
    Ratelimited
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AssertionResponse {
    /// The assertion was valid and the corresponding action was executed
    TheAssertionWasValidAndTheCorrespondingActionWasExecuted
    ,
    /// The provided keyId was not found
    TheProvidedKeyIdWasNotFound
    ,
    /// There was no challenge associated with the account. It may have expired.
    ThereWasNoChallengeAssociatedWithTheAccount
    ,
    /// The assertion could not be verified
    TheAssertionCouldNotBeVerified
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// The request body is not application/octet-stream (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AttestResponse {
    /// The keyId was successfully added to the account
    TheKeyIdWasSuccessfullyAddedToTheAccount
    ,
    /// There was no challenge associated with the account. It may have expired.
    ThereWasNoChallengeAssociatedWithTheAccount
    ,
    /// The attestation could not be verified
    TheAttestationCouldNotBeVerified
    ,
    /// There are too many unique keyIds associated with this account. This is an unrecoverable error.
    ThereAreTooManyUniqueKeyIdsAssociatedWithThisAccount
    ,
    /// The provided keyId has already been registered to a different account
    TheProvidedKeyIdHasAlreadyBeenRegisteredToADifferentAccount
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// The request body is not application/octet-stream (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AttestChallengeResponse {
    /// The response body includes a challenge
    TheResponseBodyIncludesAChallenge
    ,
    /// Ratelimited.
    Ratelimited
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateDeviceTokenResponse {
    /// Token was generated successfully
    TokenWasGeneratedSuccessfully
    (models::LinkDeviceToken)
    ,
    /// The authenticated account already has the maximum allowed number of linked devices
    TheAuthenticatedAccountAlreadyHasTheMaximumAllowedNumberOfLinkedDevices
    ,
    /// Too many attempts
    TooManyAttempts
    {
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetDevicesResponse {
    /// Success
    Success
    (models::DeviceInfoList)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum LinkDeviceResponse {
    /// The new device was linked to the calling account
    TheNewDeviceWasLinkedToTheCallingAccount
    (models::LinkDeviceResponse)
    ,
    /// The given account was not found or the given verification code was incorrect
    TheGivenAccountWasNotFoundOrTheGivenVerificationCodeWasIncorrect
    ,
    /// The new device is missing a capability supported by all other devices on the account
    TheNewDeviceIsMissingACapabilitySupportedByAllOtherDevicesOnTheAccount
    ,
    /// The given account already has its maximum number of linked devices
    TheGivenAccountAlreadyHasItsMaximumNumberOfLinkedDevices
    ,
    /// The request did not pass validation
    TheRequestDidNotPassValidation
    ,
    /// Too many attempts
    TooManyAttempts
    {
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RecordTransferArchiveUploadedResponse {
    /// Success
    Success
    ,
    /// The request object could not be parsed or was otherwise invalid
    TheRequestObjectCouldNotBeParsedOrWasOtherwiseInvalid
    ,
    /// Rate-limited; try again after the prescribed delay
    Rate
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetCapabilitiesResponse {
    /// Success, no content
    Success
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetPublicKey1Response {
    /// Public key stored successfully
    PublicKeyStoredSuccessfully
    ,
    /// Account authentication check failed
    AccountAuthenticationCheckFailed
    ,
    /// Invalid request format
    InvalidRequestFormat
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum WaitForTransferArchiveResponse {
    /// Either a new transfer archive was uploaded for the authenticated device, or the upload has failed
    EitherANewTransferArchiveWasUploadedForTheAuthenticatedDevice
    (models::WaitForTransferArchive200Response)
    ,
    /// No transfer archive was uploaded before the call completed; clients may repeat the call to continue waiting
    NoTransferArchiveWasUploadedBeforeTheCallCompleted
    ,
    /// The given timeout was invalid
    TheGivenTimeoutWasInvalid
    ,
    /// Rate-limited; try again after the prescribed delay
    Rate
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RecordRestoreAccountRequestResponse {
    /// Success
    Success
    ,
    /// The request object could not be parsed or was otherwise invalid
    TheRequestObjectCouldNotBeParsedOrWasOtherwiseInvalid
    ,
    /// Rate-limited; try again after the prescribed delay
    Rate
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RemoveDeviceResponse {
    /// Success, no content
    Success
    ,
    /// The primary device (1) cannot be removed
    ThePrimaryDevice
    (models::ErrorResponse)
    ,
    /// The device id is not a device id (1..127)
    TheDeviceIdIsNotADeviceId
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum WaitForDeviceTransferRequestResponse {
    /// A restore account request was received for the given token
    ARestoreAccountRequestWasReceivedForTheGivenToken
    (models::RestoreAccountRequest)
    ,
    /// No restore account request for the given token was received before the call completed; clients may repeat the call to continue waiting
    NoRestoreAccountRequestForTheGivenTokenWasReceivedBeforeTheCallCompleted
    ,
    /// The given token or timeout was invalid
    TheGivenTokenOrTimeoutWasInvalid
    ,
    /// Rate-limited; try again after the prescribed delay
    Rate
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum WaitForLinkedDeviceResponse {
    /// A device was linked to an account using the token associated with the given token identifier
    ADeviceWasLinkedToAnAccountUsingTheTokenAssociatedWithTheGivenTokenIdentifier
    (models::DeviceInfo)
    ,
    /// No device was linked to the account before the call completed; clients may repeat the call to continue waiting
    NoDeviceWasLinkedToTheAccountBeforeTheCallCompleted
    ,
    /// The given token identifier or timeout was invalid
    TheGivenTokenIdentifierOrTimeoutWasInvalid
    ,
    /// Rate-limited; try again after the prescribed delay
    Rate
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetAuthTokenResponse {
    /// `JSON` with generated credentials.
    Status200
    (models::ExternalServiceCredentials)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RedeemReceipt1Response {
    /// Success
    Success
    ,
    /// The receipt is invalid or was already redeemed
    TheReceiptIsInvalidOrWasAlreadyRedeemed
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetKeepAliveResponse {
    /// Success
    Success
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub enum GetProvisioningKeepAliveResponse {
    /// Success
    Success
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetDistinguishedKeyResponse {
    /// The `distinguished` search key exists in the log
    The
    (models::KeyTransparencyDistinguishedKeyResponse)
    ,
    /// Invalid request. See response for any available details.
    InvalidRequest
    ,
    /// Invalid request format
    InvalidRequestFormat
    ,
    /// Rate-limited
    Rate
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum MonitorResponse {
    /// All identifiers exist in the log
    AllIdentifiersExistInTheLog
    (models::KeyTransparencyMonitorResponse)
    ,
    /// Invalid request. See response for any available details.
    InvalidRequest
    ,
    /// One or more of the provided commitment indexes did not match
    OneOrMoreOfTheProvidedCommitmentIndexesDidNotMatch
    ,
    /// At least one identifier was not found
    AtLeastOneIdentifierWasNotFound
    ,
    /// Rate-limited
    Rate
    ,
    /// Invalid request format
    InvalidRequestFormat
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SearchResponse {
    /// The ACI was found and its mapped value matched the provided ACI identity key
    TheACIWasFoundAndItsMappedValueMatchedTheProvidedACIIdentityKey
    (models::KeyTransparencySearchResponse)
    ,
    /// Invalid request. See response for any available details.
    InvalidRequest
    ,
    /// The ACI was found but its mapped value did not match the provided ACI identity key
    TheACIWasFoundButItsMappedValueDidNotMatchTheProvidedACIIdentityKey
    ,
    /// The ACI was not found in the log
    TheACIWasNotFoundInTheLog
    ,
    /// Invalid request format
    InvalidRequestFormat
    ,
    /// Rate-limited
    Rate
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CheckKeysResponse {
    /// Indicates that client and server have consistent views of repeated-use keys
    IndicatesThatClientAndServerHaveConsistentViewsOfRepeated
    ,
    /// Account authentication check failed
    AccountAuthenticationCheckFailed
    ,
    /// Indicates that client and server have inconsistent views of repeated-use keys or one or more repeated-use keys could not be found
    IndicatesThatClientAndServerHaveInconsistentViewsOfRepeated
    ,
    /// Invalid request format
    InvalidRequestFormat
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetStatusResponse {
    /// Body contains the number of available one-time prekeys for the device.
    BodyContainsTheNumberOfAvailableOne
    (models::PreKeyCount)
    ,
    /// Account authentication check failed.
    AccountAuthenticationCheckFailed
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetKeysResponse {
    /// Indicates that new keys were successfully stored.
    IndicatesThatNewKeysWereSuccessfullyStored
    ,
    /// Account authentication check failed.
    AccountAuthenticationCheckFailed
    ,
    /// Attempt to change identity key from a non-primary device.
    AttemptToChangeIdentityKeyFromANon
    ,
    /// Invalid request format.
    InvalidRequestFormat
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetDeviceKeysResponse {
    /// Indicates at least one prekey was available for at least one requested device.
    IndicatesAtLeastOnePrekeyWasAvailableForAtLeastOneRequestedDevice
    (models::PreKeyResponse)
    ,
    /// A group send endorsement and other authorization (account authentication or unidentified-access key) were both provided.
    AGroupSendEndorsementAndOtherAuthorization
    ,
    /// Account authentication check failed and unidentified-access key or group send endorsement token was not supplied or invalid.
    AccountAuthenticationCheckFailedAndUnidentified
    ,
    /// Requested identity or device does not exist or device has no available prekeys.
    RequestedIdentityOrDeviceDoesNotExistOrDeviceHasNoAvailablePrekeys
    ,
    /// Rate limit exceeded.
    RateLimitExceeded
    {
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetPendingMessagesResponse {
    /// Pending messages
    PendingMessages
    (models::OutgoingMessageEntityList)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SendMultiRecipientMessageResponse {
    /// Message was successfully sent
    MessageWasSuccessfullySent
    (models::SendMultiRecipientMessageResponse)
    ,
    /// The envelope specified delivery to the same recipient device multiple times
    TheEnvelopeSpecifiedDeliveryToTheSameRecipientDeviceMultipleTimes
    ,
    /// The message is not a story and the unauthorized access key or group send endorsement token is missing or incorrect
    TheMessageIsNotAStoryAndTheUnauthorizedAccessKeyOrGroupSendEndorsementTokenIsMissingOrIncorrect
    ,
    /// The message is not a story and some of the recipient service IDs do not correspond to registered Signal users
    TheMessageIsNotAStoryAndSomeOfTheRecipientServiceIDsDoNotCorrespondToRegisteredSignalUsers
    ,
    /// Incorrect set of devices supplied for some recipients
    IncorrectSetOfDevicesSuppliedForSomeRecipients
    (Vec<models::AccountMismatchedDevices>)
    ,
    /// Mismatched registration ids supplied for some recipient devices
    MismatchedRegistrationIdsSuppliedForSomeRecipientDevices
    (Vec<models::AccountStaleDevices>)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// The request body is not application/vnd.signal-messenger.mrm (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RemovePendingMessageResponse {
    /// Success, no content
    Success
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SendMessageResponse {
    /// Message was successfully sent
    MessageWasSuccessfullySent
    (models::SendMessageResponse)
    ,
    /// The message is not a story and the authorization, unauthorized access key, or group send endorsement token is missing or incorrect
    TheMessageIsNotAStoryAndTheAuthorization
    ,
    /// The message is not a story and some the recipient service ID does not correspond to a registered Signal user
    TheMessageIsNotAStoryAndSomeTheRecipientServiceIDDoesNotCorrespondToARegisteredSignalUser
    ,
    /// Incorrect set of devices supplied for recipient
    IncorrectSetOfDevicesSuppliedForRecipient
    (models::MismatchedDevicesResponse)
    ,
    /// Mismatched registration ids supplied for some recipient devices
    MismatchedRegistrationIdsSuppliedForSomeRecipientDevices
    (models::StaleDevicesResponse)
    ,
    /// The sender should complete a challenge before proceeding
    TheSenderShouldCompleteAChallengeBeforeProceeding
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ReportSpamMessageResponse {
    /// The report was accepted
    TheReportWasAccepted
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ConfirmPayPalBoostResponse {
    /// Success
    Success
    (models::ConfirmPayPalBoostResponse)
    ,
    /// The request carries account credentials (these operations are anonymous)
    TheRequestCarriesAccountCredentials
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateBoostPaymentIntentResponse {
    /// Payment Intent created
    PaymentIntentCreated
    (models::CreateBoostResponse)
    ,
    /// The request was made on an authenticated channel
    TheRequestWasMadeOnAnAuthenticatedChannel
    ,
    /// Invalid argument. The response body may include an error code with more specific information. If the error code is `amount_below_currency_minimum` the body will also include the `minimum` field indicating the minimum amount for the currency. If the error code is `amount_above_sepa_limit` the body will also include the `maximum` field indicating the maximum amount for a SEPA transaction.
    InvalidArgument
    (models::CreateBoostPaymentIntent400Response)
    ,
    /// Provided level does not match the currency/amount combination
    ProvidedLevelDoesNotMatchTheCurrency
    (models::CreateBoostPaymentIntent400Response)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateBoostReceiptCredentialsResponse {
    /// Success
    Success
    (models::ReceiptCredentialResponse)
    ,
    /// Payment still processing
    PaymentStillProcessing
    ,
    /// The request carries account credentials (these operations are anonymous)
    TheRequestCarriesAccountCredentials
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreatePayPalBoostResponse {
    /// Success
    Success
    (models::CreatePayPalBoostResponse)
    ,
    /// The request carries account credentials (these operations are anonymous)
    TheRequestCarriesAccountCredentials
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetAuthResponse {
    /// Success
    Success
    (models::ExternalServiceCredentials)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetConversionsResponse {
    /// Success
    Success
    (models::CurrencyConversionEntityList)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RunBatchIdentityCheckResponse {
    /// Success
    Success
    (models::BatchIdentityCheckResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetProfileResponse {
    /// Profile stored; when the avatar is being replaced, the body holds the upload form, otherwise it is empty
    ProfileStored
    (models::ProfileAvatarUploadAttributes)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetUnversionedProfileResponse {
    /// Success
    Success
    (models::BaseProfileResponse)
    ,
    /// Rate limited; Retry-After gives the seconds to wait
    RateLimited
    (models::ErrorResponse)
    ,
    /// No such account (authenticated or group-send callers)
    NoSuchAccount
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetProfileResponse {
    /// Success
    Success
    (models::VersionedProfileResponse)
    ,
    /// Rate limited; Retry-After gives the seconds to wait
    RateLimited
    (models::ErrorResponse)
    ,
    /// No such account (authenticated or group-send callers)
    NoSuchAccount
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetProfile1Response {
    /// Success
    Success
    (models::CredentialProfileResponse)
    ,
    /// Rate limited; Retry-After gives the seconds to wait
    RateLimited
    (models::ErrorResponse)
    ,
    /// No such account (authenticated or group-send callers)
    NoSuchAccount
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SendProvisioningMessageResponse {
    /// The provisioning message was delivered to the given provisioning address
    TheProvisioningMessageWasDeliveredToTheGivenProvisioningAddress
    ,
    /// The provisioning message was too large
    TheProvisioningMessageWasTooLarge
    ,
    /// No device with the given provisioning address was connected at the time of the request
    NoDeviceWithTheGivenProvisioningAddressWasConnectedAtTheTimeOfTheRequest
    ,
    /// Rate limited; Retry-After gives the seconds to wait
    RateLimited
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RegisterResponse {
    /// The phone number associated with the authenticated account was changed successfully
    ThePhoneNumberAssociatedWithTheAuthenticatedAccountWasChangedSuccessfully
    (models::AccountCreationResponse)
    ,
    /// Verification failed for the provided Registration Recovery Password
    VerificationFailedForTheProvidedRegistrationRecoveryPassword
    ,
    /// The caller has not explicitly elected to skip transferring data from another device, but a device transfer is technically possible
    TheCallerHasNotExplicitlyElectedToSkipTransferringDataFromAnotherDevice
    ,
    /// The request did not pass validation
    TheRequestDidNotPassValidation
    ,
    /// Registration lock is enabled and the supplied lock is absent or wrong
    RegistrationLockIsEnabledAndTheSuppliedLockIsAbsentOrWrong
    (models::RegistrationLockFailure)
    ,
    /// Too many attempts
    TooManyAttempts
    {
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetAllResponse {
    /// Remote configuration values for the authenticated user
    RemoteConfigurationValuesForTheAuthenticatedUser
    (models::UserRemoteConfigList)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetAuth1Response {
    /// `JSON` with generated credentials.
    Status200
    (models::ExternalServiceCredentials)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum AuthCheckResponse {
    /// `JSON` with the check results.
    Status200
    (models::AuthCheckResponseV2)
    ,
    /// Provided list of SVR2 credentials could not be parsed
    ProvidedListOfSVR
    ,
    /// `POST` request body is not a valid `JSON`
    Status400
    ,
    /// Rate limited; Retry-After gives the seconds to wait
    RateLimited
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetAuth2Response {
    /// `JSON` with generated credentials.
    Status200
    (models::ExternalServiceCredentials)
    ,
    /// Account authentication check failed.
    AccountAuthenticationCheckFailed
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetStickersFormResponse {
    /// Success
    Success
    (models::StickerPackFormUploadAttributes)
    ,
    /// Rate limited; Retry-After gives the seconds to wait
    RateLimited
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub enum GetConfigurationResponse {
    /// Success
    Success
    (models::GetSubscriptionConfigurationResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreatePayPalPaymentMethodResponse {
    /// Success
    Success
    (models::CreatePayPalBillingAgreementResponse)
    ,
    /// Request carries account credentials, or the subscriber id's secret half is wrong
    RequestCarriesAccountCredentials
    (models::ErrorResponse)
    ,
    /// Malformed or unknown subscriber id
    MalformedOrUnknownSubscriberId
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreatePaymentMethodResponse {
    /// Success
    Success
    (models::CreatePaymentMethodResponse)
    ,
    /// Request carries account credentials, or the subscriber id's secret half is wrong
    RequestCarriesAccountCredentials
    (models::ErrorResponse)
    ,
    /// Malformed or unknown subscriber id
    MalformedOrUnknownSubscriberId
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateSubscriptionReceiptCredentialsResponse {
    /// Success
    Success
    (models::ReceiptCredentialResponse)
    ,
    /// Payment still processing
    PaymentStillProcessing
    ,
    /// Request carries account credentials, or the subscriber id's secret half is wrong
    RequestCarriesAccountCredentials
    (models::ErrorResponse)
    ,
    /// Malformed or unknown subscriber id
    MalformedOrUnknownSubscriberId
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeleteSubscriberResponse {
    /// Success
    Success
    ,
    /// Request carries account credentials, or the subscriber id's secret half is wrong
    RequestCarriesAccountCredentials
    (models::ErrorResponse)
    ,
    /// Malformed or unknown subscriber id
    MalformedOrUnknownSubscriberId
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetBankMandateResponse {
    /// Success, no content
    Success
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetSubscriptionInformationResponse {
    /// The subscriberId exists
    TheSubscriberIdExists
    (models::GetSubscriptionInformationResponse)
    ,
    /// subscriberId authentication failure OR account authentication is present
    SubscriberIdAuthenticationFailureORAccountAuthenticationIsPresent
    ,
    /// No such subscriberId exists or subscriberId is malformed
    NoSuchSubscriberIdExistsOrSubscriberIdIsMalformed
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UpdateSubscriberResponse {
    /// Success
    Success
    ,
    /// Request carries account credentials, or the subscriber id's secret half is wrong
    RequestCarriesAccountCredentials
    (models::ErrorResponse)
    ,
    /// Malformed or unknown subscriber id
    MalformedOrUnknownSubscriberId
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetAppStoreSubscriptionResponse {
    /// The originalTransactionId was successfully validated
    TheOriginalTransactionIdWasSuccessfullyValidated
    ,
    /// The subscription transaction is incomplete or invalid
    TheSubscriptionTransactionIsIncompleteOrInvalid
    ,
    /// subscriberId authentication failure OR account authentication is present
    SubscriberIdAuthenticationFailureORAccountAuthenticationIsPresent
    ,
    /// No such subscriberId exists or subscriberId is malformed or the specified transaction does not exist
    NoSuchSubscriberIdExistsOrSubscriberIdIsMalformedOrTheSpecifiedTransactionDoesNotExist
    ,
    /// subscriberId is already linked to a processor that does not support appstore payments. Delete this subscriberId and use a new one.
    SubscriberIdIsAlreadyLinkedToAProcessorThatDoesNotSupportAppstorePayments
    ,
    /// Rate limit exceeded.
    RateLimitExceeded
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetDefaultPaymentMethodForIdealResponse {
    /// Success
    Success
    ,
    /// Request carries account credentials, or the subscriber id's secret half is wrong
    RequestCarriesAccountCredentials
    (models::ErrorResponse)
    ,
    /// Malformed or unknown subscriber id
    MalformedOrUnknownSubscriberId
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetPlayStoreSubscriptionResponse {
    /// The purchaseToken was validated and acknowledged
    ThePurchaseTokenWasValidatedAndAcknowledged
    ,
    /// The purchaseToken payment is incomplete or invalid
    ThePurchaseTokenPaymentIsIncompleteOrInvalid
    ,
    /// subscriberId authentication failure OR account authentication is present
    SubscriberIdAuthenticationFailureORAccountAuthenticationIsPresent
    ,
    /// No such subscriberId exists or subscriberId is malformed or the purchaseToken does not exist
    NoSuchSubscriberIdExistsOrSubscriberIdIsMalformedOrThePurchaseTokenDoesNotExist
    ,
    /// subscriberId is already linked to a processor that does not support Play Billing. Delete this subscriberId and use a new one.
    SubscriberIdIsAlreadyLinkedToAProcessorThatDoesNotSupportPlayBilling
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetDefaultPaymentMethodWithProcessorResponse {
    /// Success
    Success
    ,
    /// Request carries account credentials, or the subscriber id's secret half is wrong
    RequestCarriesAccountCredentials
    (models::ErrorResponse)
    ,
    /// Malformed or unknown subscriber id
    MalformedOrUnknownSubscriberId
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum SetSubscriptionLevelResponse {
    /// Success
    Success
    (models::SetSubscriptionLevelResponse)
    ,
    /// Request carries account credentials, or the subscriber id's secret half is wrong
    RequestCarriesAccountCredentials
    (models::ErrorResponse)
    ,
    /// Malformed or unknown subscriber id
    MalformedOrUnknownSubscriberId
    (models::ErrorResponse)
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// Credentials are required and are missing or wrong
    CredentialsAreRequiredAndAreMissingOrWrong
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreateSessionResponse {
    /// The verification session was created successfully
    TheVerificationSessionWasCreatedSuccessfully
    (models::VerificationSessionResponse)
    ,
    /// The request did not pass validation
    TheRequestDidNotPassValidation
    ,
    /// Too many attempts
    TooManyAttempts
    {
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum GetSessionResponse {
    /// Session was retrieved successfully
    SessionWasRetrievedSuccessfully
    (models::VerificationSessionResponse)
    ,
    /// Invalid session ID
    InvalidSessionID
    ,
    /// Session with the specified ID could not be found
    SessionWithTheSpecifiedIDCouldNotBeFound
    ,
    /// Malformed session ID encoding
    MalformedSessionIDEncoding
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RequestVerificationCodeResponse {
    /// Verification code was successfully sent
    VerificationCodeWasSuccessfullySent
    (models::VerificationSessionResponse)
    ,
    /// Invalid session ID
    InvalidSessionID
    ,
    /// Session with the specified ID could not be found
    SessionWithTheSpecifiedIDCouldNotBeFound
    ,
    /// The session is already verified or not in a state to request a code because requested information hasn't been provided yet
    TheSessionIsAlreadyVerifiedOrNotInAStateToRequestACodeBecauseRequestedInformationHasn
    (models::VerificationSessionResponse)
    ,
    /// The request to send a verification code with the given transport could not be fulfilled, but may succeed with a different transport
    TheRequestToSendAVerificationCodeWithTheGivenTransportCouldNotBeFulfilled
    (models::VerificationSessionResponse)
    ,
    /// Request did not pass validation
    RequestDidNotPassValidation
    ,
    /// Too may attempts; the caller is not permitted to send a verification code via the requested channel at this time and may need to wait before trying again; if the session metadata does not specify a time at which the caller may try again, then the caller has exhausted their permitted attempts and must either try a different transport or create a new verification session.
    TooMayAttempts
    {
        body: models::VerificationSessionResponse,
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// The attempt to send a verification code failed because an external service (e.g. the SMS provider) refused to deliver the code. This may be a temporary or permanent failure, as indicated in the response body. If temporary, clients may try again after a reasonable delay. If permanent, clients should not retry the request and should communicate the permanent failure to the end user. Permanent failures may result in the server disallowing all future attempts to request or submit verification codes (since those attempts would be all but guaranteed to fail).
    TheAttemptToSendAVerificationCodeFailedBecauseAnExternalService
    (models::SendVerificationCodeFailureResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UpdateSessionResponse {
    /// Session was updated successfully with the information provided
    SessionWasUpdatedSuccessfullyWithTheInformationProvided
    (models::VerificationSessionResponse)
    ,
    /// The information provided was not accepted (e.g push challenge or captcha verification failed)
    TheInformationProvidedWasNotAccepted
    ,
    /// The request did not pass validation
    TheRequestDidNotPassValidation
    ,
    /// Too many attempts
    TooManyAttempts
    {
        body: models::VerificationSessionResponse,
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// Malformed request: a body that is not JSON, or a header, path or query value that does not parse
    MalformedRequest
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum VerifyCodeResponse {
    /// The request to check a verification code was processed (though the submitted code may not be the correct code); the session metadata will indicate whether the submitted code was correct
    TheRequestToCheckAVerificationCodeWasProcessed
    (models::VerificationSessionResponse)
    ,
    /// Invalid session ID or verification code
    InvalidSessionIDOrVerificationCode
    ,
    /// Session with the specified ID could not be found
    SessionWithTheSpecifiedIDCouldNotBeFound
    ,
    /// The session is already verified or no code has been requested yet for this session
    TheSessionIsAlreadyVerifiedOrNoCodeHasBeenRequestedYetForThisSession
    (models::VerificationSessionResponse)
    ,
    /// Too many attempts; the caller is not permitted to submit a verification code at this time and may need to wait before trying again; if the session metadata does not specify a time at which the caller may try again, then the caller has exhausted their permitted attempts and must create a new verification session.
    TooManyAttempts
    {
        body: models::VerificationSessionResponse,
        retry_after:
        Option<
        i32
        >
    }
    ,
    /// The request parses but its values are invalid (wrong shape, missing field, value out of range)
    TheRequestParsesButItsValuesAreInvalid
    (models::ErrorResponse)
    ,
    /// The request body is not application/json (or has no Content-Type)
    TheRequestBodyIsNotApplication
    (models::ErrorResponse)
}

/// API
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait Api<C: Send + Sync> {
    /// Change number
    async fn change_number(
        &self,
        change_number_request: models::ChangeNumberRequest,
        user_agent: Option<String>,
        context: &C) -> Result<ChangeNumberResponse, ApiError>;

    /// Confirm username hash
    async fn confirm_username_hash(
        &self,
        confirm_username_hash_request: models::ConfirmUsernameHashRequest,
        context: &C) -> Result<ConfirmUsernameHashResponse, ApiError>;

    async fn delete_account(
        &self,
        context: &C) -> Result<DeleteAccountResponse, ApiError>;

    async fn delete_apn_registration_id(
        &self,
        context: &C) -> Result<DeleteApnRegistrationIdResponse, ApiError>;

    async fn delete_gcm_registration_id(
        &self,
        context: &C) -> Result<DeleteGcmRegistrationIdResponse, ApiError>;

    /// Delete username hash
    async fn delete_username_hash(
        &self,
        context: &C) -> Result<DeleteUsernameHashResponse, ApiError>;

    /// Delete username link
    async fn delete_username_link(
        &self,
        context: &C) -> Result<DeleteUsernameLinkResponse, ApiError>;

    /// Set phone-number identity keys
    async fn distribute_phone_number_identity_keys(
        &self,
        phone_number_identity_key_distribution_request: models::PhoneNumberIdentityKeyDistributionRequest,
        user_agent: Option<String>,
        context: &C) -> Result<DistributePhoneNumberIdentityKeysResponse, ApiError>;

    /// Produces a report of non-ephemeral account data stored by the service
    async fn get_account_data_report(
        &self,
        context: &C) -> Result<GetAccountDataReportResponse, ApiError>;

    async fn remove_registration_lock(
        &self,
        context: &C) -> Result<RemoveRegistrationLockResponse, ApiError>;

    /// Reserve username hash
    async fn reserve_username_hash(
        &self,
        reserve_username_hash_request: models::ReserveUsernameHashRequest,
        context: &C) -> Result<ReserveUsernameHashResponse, ApiError>;

    async fn set_account_attributes(
        &self,
        account_attributes: models::AccountAttributes,
        x_signal_agent: Option<String>,
        context: &C) -> Result<SetAccountAttributesResponse, ApiError>;

    async fn set_apn_registration_id(
        &self,
        apn_registration_id: models::ApnRegistrationId,
        context: &C) -> Result<SetApnRegistrationIdResponse, ApiError>;

    async fn set_gcm_registration_id(
        &self,
        gcm_registration_id: models::GcmRegistrationId,
        context: &C) -> Result<SetGcmRegistrationIdResponse, ApiError>;

    /// Set a device's encrypted name
    async fn set_name(
        &self,
        device_name: models::DeviceName,
        device_id: Option<i32>,
        context: &C) -> Result<SetNameResponse, ApiError>;

    /// Sets whether the account should be discoverable by phone number in the directory.
    async fn set_phone_number_discoverability(
        &self,
        phone_number_discoverability_request: models::PhoneNumberDiscoverabilityRequest,
        context: &C) -> Result<SetPhoneNumberDiscoverabilityResponse, ApiError>;

    async fn set_registration_lock(
        &self,
        registration_lock: models::RegistrationLock,
        context: &C) -> Result<SetRegistrationLockResponse, ApiError>;

    /// Set username link
    async fn update_username_link(
        &self,
        encrypted_username: models::EncryptedUsername,
        context: &C) -> Result<UpdateUsernameLinkResponse, ApiError>;

    async fn who_am_i(
        &self,
        context: &C) -> Result<WhoAmIResponse, ApiError>;

    /// Check whether an account exists
    async fn account_exists(
        &self,
        identifier: String,
        context: &C) -> Result<AccountExistsResponse, ApiError>;

    /// Lookup username hash
    async fn lookup_username_hash(
        &self,
        username_hash: String,
        context: &C) -> Result<LookupUsernameHashResponse, ApiError>;

    /// Lookup username link
    async fn lookup_username_link(
        &self,
        uuid: uuid::Uuid,
        context: &C) -> Result<LookupUsernameLinkResponse, ApiError>;

    /// Fetch message backup upload form
    async fn backup(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        context: &C) -> Result<BackupResponse, ApiError>;

    /// Fetch backup info
    async fn backup_info(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        context: &C) -> Result<BackupInfoResponse, ApiError>;

    /// Batched backup media
    async fn copy_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        copy_media_batch_request: models::CopyMediaBatchRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CopyMediaResponse, ApiError>;

    /// Backup media
    async fn copy_media1(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        copy_media_request: models::CopyMediaRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CopyMedia1Response, ApiError>;

    /// Delete entire backup
    async fn delete_backup(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        context: &C) -> Result<DeleteBackupResponse, ApiError>;

    /// Delete media objects
    async fn delete_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        delete_media: models::DeleteMedia,
        user_agent: Option<String>,
        context: &C) -> Result<DeleteMediaResponse, ApiError>;

    /// Fetch ZK credentials 
    async fn get_backup_zk_credentials(
        &self,
        redemption_start_seconds: i64,
        redemption_end_seconds: i64,
        user_agent: Option<String>,
        context: &C) -> Result<GetBackupZkCredentialsResponse, ApiError>;

    /// List media objects
    async fn list_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        cursor: Option<String>,
        limit: Option<i32>,
        context: &C) -> Result<ListMediaResponse, ApiError>;

    /// Get CDN read credentials
    async fn read_auth(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        cdn: i32,
        user_agent: Option<String>,
        context: &C) -> Result<ReadAuthResponse, ApiError>;

    /// Redeem receipt
    async fn redeem_receipt(
        &self,
        redeem_backup_receipt_request: models::RedeemBackupReceiptRequest,
        context: &C) -> Result<RedeemReceiptResponse, ApiError>;

    /// Refresh backup
    async fn refresh(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        context: &C) -> Result<RefreshResponse, ApiError>;

    /// Set backup id
    async fn set_backup_id(
        &self,
        set_backup_id_request: models::SetBackupIdRequest,
        context: &C) -> Result<SetBackupIdResponse, ApiError>;

    /// Set public key
    async fn set_public_key(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        archive_set_public_key_request: models::ArchiveSetPublicKeyRequest,
        context: &C) -> Result<SetPublicKeyResponse, ApiError>;

    /// Fetch media attachment upload form
    async fn upload_temporary_attachment(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        context: &C) -> Result<UploadTemporaryAttachmentResponse, ApiError>;

    /// Get an upload form
    async fn get_attachment_upload_form(
        &self,
        context: &C) -> Result<GetAttachmentUploadFormResponse, ApiError>;

    /// Generate a credential for creating call links
    async fn get_create_auth(
        &self,
        get_create_call_link_credentials_request: models::GetCreateCallLinkCredentialsRequest,
        context: &C) -> Result<GetCreateAuthResponse, ApiError>;

    /// Get 1:1 calling relay options for the client
    async fn get_calling_relays(
        &self,
        context: &C) -> Result<GetCallingRelaysResponse, ApiError>;

    async fn get_delivery_certificate(
        &self,
        include_e164: Option<bool>,
        context: &C) -> Result<GetDeliveryCertificateResponse, ApiError>;

    async fn get_group_authentication_credentials(
        &self,
        user_agent: Option<String>,
        redemption_start_seconds: Option<i64>,
        redemption_end_seconds: Option<i64>,
        context: &C) -> Result<GetGroupAuthenticationCredentialsResponse, ApiError>;

    /// Submit proof of a challenge completion
    async fn handle_challenge_response(
        &self,
        user_agent: Option<String>,
        handle_challenge_response_request: Option<models::HandleChallengeResponseRequest>,
        context: &C) -> Result<HandleChallengeResponseResponse, ApiError>;

    /// Request a push challenge
    async fn request_push_challenge(
        &self,
        context: &C) -> Result<RequestPushChallengeResponse, ApiError>;

    /// Fetch an assert challenge
    async fn assert_challenge(
        &self,
        action: Option<models::AssertChallengeActionParameter>,
        context: &C) -> Result<AssertChallengeResponse, ApiError>;

    /// Perform an attested action
    async fn assertion(
        &self,
        key_id: String,
        request: String,
        body: Option<swagger::ByteArray>,
        context: &C) -> Result<AssertionResponse, ApiError>;

    /// Register a keyId
    async fn attest(
        &self,
        key_id: String,
        body: Option<swagger::ByteArray>,
        context: &C) -> Result<AttestResponse, ApiError>;

    /// Fetch an attest challenge
    async fn attest_challenge(
        &self,
        context: &C) -> Result<AttestChallengeResponse, ApiError>;

    /// Generate a signed device-linking token
    async fn create_device_token(
        &self,
        context: &C) -> Result<CreateDeviceTokenResponse, ApiError>;

    async fn get_devices(
        &self,
        context: &C) -> Result<GetDevicesResponse, ApiError>;

    /// Link a device to an account
    async fn link_device(
        &self,
        link_device_request: models::LinkDeviceRequest,
        authorization: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<LinkDeviceResponse, ApiError>;

    /// Signals that a transfer archive has been uploaded for a specific linked device
    async fn record_transfer_archive_uploaded(
        &self,
        transfer_archive_uploaded_request: models::TransferArchiveUploadedRequest,
        context: &C) -> Result<RecordTransferArchiveUploadedResponse, ApiError>;

    async fn set_capabilities(
        &self,
        request_body: std::collections::HashMap<String, bool>,
        context: &C) -> Result<SetCapabilitiesResponse, ApiError>;

    /// Sets a public key for authentication
    async fn set_public_key1(
        &self,
        set_public_key_request: Option<models::SetPublicKeyRequest>,
        context: &C) -> Result<SetPublicKey1Response, ApiError>;

    /// Wait for a new transfer archive to be uploaded
    async fn wait_for_transfer_archive(
        &self,
        timeout: Option<u32>,
        user_agent: Option<String>,
        context: &C) -> Result<WaitForTransferArchiveResponse, ApiError>;

    /// Signals that a new device is requesting restoration of account data by some method
    async fn record_restore_account_request(
        &self,
        token: String,
        restore_account_request: Option<models::RestoreAccountRequest>,
        context: &C) -> Result<RecordRestoreAccountRequestResponse, ApiError>;

    async fn remove_device(
        &self,
        device_id: i32,
        context: &C) -> Result<RemoveDeviceResponse, ApiError>;

    /// Wait for restore account request
    async fn wait_for_device_transfer_request(
        &self,
        token: String,
        timeout: Option<u32>,
        context: &C) -> Result<WaitForDeviceTransferRequestResponse, ApiError>;

    /// Wait for a new device to be linked to an account
    async fn wait_for_linked_device(
        &self,
        token_identifier: String,
        timeout: Option<u32>,
        user_agent: Option<String>,
        context: &C) -> Result<WaitForLinkedDeviceResponse, ApiError>;

    /// Generate credentials for Contact Discovery Service
    async fn get_auth_token(
        &self,
        context: &C) -> Result<GetAuthTokenResponse, ApiError>;

    async fn redeem_receipt1(
        &self,
        redeem_receipt_request: models::RedeemReceiptRequest,
        context: &C) -> Result<RedeemReceipt1Response, ApiError>;

    async fn get_keep_alive(
        &self,
        context: &C) -> Result<GetKeepAliveResponse, ApiError>;

    async fn get_provisioning_keep_alive(
        &self,
        context: &C) -> Result<GetProvisioningKeepAliveResponse, ApiError>;

    /// Get the current value of the distinguished key
    async fn get_distinguished_key(
        &self,
        last_tree_head_size: Option<i64>,
        context: &C) -> Result<GetDistinguishedKeyResponse, ApiError>;

    /// Monitor the given identifiers in the key transparency log
    async fn monitor(
        &self,
        key_transparency_monitor_request: models::KeyTransparencyMonitorRequest,
        context: &C) -> Result<MonitorResponse, ApiError>;

    /// Search for the given identifiers in the key transparency log
    async fn search(
        &self,
        key_transparency_search_request: models::KeyTransparencySearchRequest,
        context: &C) -> Result<SearchResponse, ApiError>;

    /// Check keys
    async fn check_keys(
        &self,
        check_keys_request: models::CheckKeysRequest,
        context: &C) -> Result<CheckKeysResponse, ApiError>;

    /// Get prekey count
    async fn get_status(
        &self,
        identity: Option<models::GetStatusIdentityParameter>,
        context: &C) -> Result<GetStatusResponse, ApiError>;

    /// Upload new prekeys
    async fn set_keys(
        &self,
        set_keys_request: models::SetKeysRequest,
        identity: Option<models::SetKeysIdentityParameter>,
        user_agent: Option<String>,
        context: &C) -> Result<SetKeysResponse, ApiError>;

    /// Fetch public keys for another user
    async fn get_device_keys(
        &self,
        identifier: String,
        device_id: String,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<GetDeviceKeysResponse, ApiError>;

    async fn get_pending_messages(
        &self,
        x_signal_receive_stories: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<GetPendingMessagesResponse, ApiError>;

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
        context: &C) -> Result<SendMultiRecipientMessageResponse, ApiError>;

    async fn remove_pending_message(
        &self,
        uuid: uuid::Uuid,
        context: &C) -> Result<RemovePendingMessageResponse, ApiError>;

    /// Send a message
    async fn send_message(
        &self,
        destination: String,
        incoming_message_list: models::IncomingMessageList,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        story: Option<bool>,
        context: &C) -> Result<SendMessageResponse, ApiError>;

    async fn report_spam_message(
        &self,
        source: String,
        message_guid: uuid::Uuid,
        user_agent: Option<String>,
        spam_report: Option<models::SpamReport>,
        context: &C) -> Result<ReportSpamMessageResponse, ApiError>;

    async fn confirm_pay_pal_boost(
        &self,
        confirm_pay_pal_boost_request: models::ConfirmPayPalBoostRequest,
        user_agent: Option<String>,
        context: &C) -> Result<ConfirmPayPalBoostResponse, ApiError>;

    /// Create a Stripe payment intent
    async fn create_boost_payment_intent(
        &self,
        create_boost_request: models::CreateBoostRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CreateBoostPaymentIntentResponse, ApiError>;

    async fn create_boost_receipt_credentials(
        &self,
        create_boost_receipt_credentials_request: models::CreateBoostReceiptCredentialsRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CreateBoostReceiptCredentialsResponse, ApiError>;

    async fn create_pay_pal_boost(
        &self,
        create_pay_pal_boost_request: models::CreatePayPalBoostRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CreatePayPalBoostResponse, ApiError>;

    async fn get_auth(
        &self,
        context: &C) -> Result<GetAuthResponse, ApiError>;

    async fn get_conversions(
        &self,
        context: &C) -> Result<GetConversionsResponse, ApiError>;

    async fn run_batch_identity_check(
        &self,
        batch_identity_check_request: models::BatchIdentityCheckRequest,
        context: &C) -> Result<RunBatchIdentityCheckResponse, ApiError>;

    async fn set_profile(
        &self,
        create_profile_request: models::CreateProfileRequest,
        context: &C) -> Result<SetProfileResponse, ApiError>;

    async fn get_unversioned_profile(
        &self,
        identifier: String,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<GetUnversionedProfileResponse, ApiError>;

    async fn get_profile(
        &self,
        identifier: uuid::Uuid,
        version: String,
        unidentified_access_key: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<GetProfileResponse, ApiError>;

    async fn get_profile1(
        &self,
        identifier: uuid::Uuid,
        version: String,
        credential_request: String,
        unidentified_access_key: Option<String>,
        credential_type: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<GetProfile1Response, ApiError>;

    /// Send a provisioning message to a new device
    async fn send_provisioning_message(
        &self,
        destination: String,
        provisioning_message: models::ProvisioningMessage,
        user_agent: Option<String>,
        context: &C) -> Result<SendProvisioningMessageResponse, ApiError>;

    /// Registers an account
    async fn register(
        &self,
        authorization: String,
        registration_request: models::RegistrationRequest,
        x_signal_agent: Option<String>,
        user_agent: Option<String>,
        context: &C) -> Result<RegisterResponse, ApiError>;

    /// Fetch remote configuration
    async fn get_all(
        &self,
        context: &C) -> Result<GetAllResponse, ApiError>;

    /// Generate credentials for Storage Service
    async fn get_auth1(
        &self,
        context: &C) -> Result<GetAuth1Response, ApiError>;

    /// Check SVR2 credentials
    async fn auth_check(
        &self,
        auth_check_request: models::AuthCheckRequest,
        context: &C) -> Result<AuthCheckResponse, ApiError>;

    /// Generate credentials for SVR2
    async fn get_auth2(
        &self,
        context: &C) -> Result<GetAuth2Response, ApiError>;

    async fn get_stickers_form(
        &self,
        count: u32,
        context: &C) -> Result<GetStickersFormResponse, ApiError>;

    /// Subscription configuration 
    async fn get_configuration(
        &self,
        context: &C) -> Result<GetConfigurationResponse, ApiError>;

    async fn create_pay_pal_payment_method(
        &self,
        subscriber_id: String,
        create_pay_pal_billing_agreement_request: models::CreatePayPalBillingAgreementRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CreatePayPalPaymentMethodResponse, ApiError>;

    async fn create_payment_method(
        &self,
        subscriber_id: String,
        param_type: Option<models::CreatePaymentMethodTypeParameter>,
        user_agent: Option<String>,
        context: &C) -> Result<CreatePaymentMethodResponse, ApiError>;

    async fn create_subscription_receipt_credentials(
        &self,
        subscriber_id: String,
        get_receipt_credentials_request: models::GetReceiptCredentialsRequest,
        user_agent: Option<String>,
        context: &C) -> Result<CreateSubscriptionReceiptCredentialsResponse, ApiError>;

    async fn delete_subscriber(
        &self,
        subscriber_id: String,
        context: &C) -> Result<DeleteSubscriberResponse, ApiError>;

    async fn get_bank_mandate(
        &self,
        bank_transfer_type: models::GetBankMandateBankTransferTypeParameter,
        context: &C) -> Result<GetBankMandateResponse, ApiError>;

    /// Subscription information
    async fn get_subscription_information(
        &self,
        subscriber_id: String,
        context: &C) -> Result<GetSubscriptionInformationResponse, ApiError>;

    async fn update_subscriber(
        &self,
        subscriber_id: String,
        context: &C) -> Result<UpdateSubscriberResponse, ApiError>;

    /// Set app store subscription
    async fn set_app_store_subscription(
        &self,
        subscriber_id: String,
        original_transaction_id: String,
        context: &C) -> Result<SetAppStoreSubscriptionResponse, ApiError>;

    async fn set_default_payment_method_for_ideal(
        &self,
        subscriber_id: String,
        setup_intent_id: String,
        context: &C) -> Result<SetDefaultPaymentMethodForIdealResponse, ApiError>;

    /// Set a google play billing purchase token
    async fn set_play_store_subscription(
        &self,
        subscriber_id: String,
        purchase_token: String,
        context: &C) -> Result<SetPlayStoreSubscriptionResponse, ApiError>;

    async fn set_default_payment_method_with_processor(
        &self,
        subscriber_id: String,
        processor: models::SetDefaultPaymentMethodWithProcessorProcessorParameter,
        payment_method_token: String,
        context: &C) -> Result<SetDefaultPaymentMethodWithProcessorResponse, ApiError>;

    async fn set_subscription_level(
        &self,
        subscriber_id: String,
        level: i64,
        currency: String,
        idempotency_key: String,
        context: &C) -> Result<SetSubscriptionLevelResponse, ApiError>;

    /// Creates a new verification session for a specific phone number
    async fn create_session(
        &self,
        create_verification_session_request: models::CreateVerificationSessionRequest,
        context: &C) -> Result<CreateSessionResponse, ApiError>;

    /// Get a registration verification session
    async fn get_session(
        &self,
        session_id: String,
        context: &C) -> Result<GetSessionResponse, ApiError>;

    /// Request a verification code
    async fn request_verification_code(
        &self,
        session_id: String,
        verification_code_request: models::VerificationCodeRequest,
        user_agent: Option<String>,
        accept_language: Option<String>,
        context: &C) -> Result<RequestVerificationCodeResponse, ApiError>;

    /// Update a registration verification session
    async fn update_session(
        &self,
        session_id: String,
        update_verification_session_request: models::UpdateVerificationSessionRequest,
        user_agent: Option<String>,
        context: &C) -> Result<UpdateSessionResponse, ApiError>;

    /// Submit a verification code
    async fn verify_code(
        &self,
        session_id: String,
        submit_verification_code_request: models::SubmitVerificationCodeRequest,
        user_agent: Option<String>,
        context: &C) -> Result<VerifyCodeResponse, ApiError>;

}

/// API where `Context` isn't passed on every API call
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait ApiNoContext<C: Send + Sync> {
    // The std::task::Context struct houses a reference to std::task::Waker with the lifetime <'a>.
    // Adding an anonymous lifetime `'a` to allow mockall to create a mock object with the right lifetimes.
    // This is needed because the compiler is unable to determine the lifetimes on F's trait bound
    // where F is the closure created by mockall. We use higher-rank trait bounds here to get around this.

    fn context(&self) -> &C;

    /// Change number
    async fn change_number(
        &self,
        change_number_request: models::ChangeNumberRequest,
        user_agent: Option<String>,
        ) -> Result<ChangeNumberResponse, ApiError>;

    /// Confirm username hash
    async fn confirm_username_hash(
        &self,
        confirm_username_hash_request: models::ConfirmUsernameHashRequest,
        ) -> Result<ConfirmUsernameHashResponse, ApiError>;

    async fn delete_account(
        &self,
        ) -> Result<DeleteAccountResponse, ApiError>;

    async fn delete_apn_registration_id(
        &self,
        ) -> Result<DeleteApnRegistrationIdResponse, ApiError>;

    async fn delete_gcm_registration_id(
        &self,
        ) -> Result<DeleteGcmRegistrationIdResponse, ApiError>;

    /// Delete username hash
    async fn delete_username_hash(
        &self,
        ) -> Result<DeleteUsernameHashResponse, ApiError>;

    /// Delete username link
    async fn delete_username_link(
        &self,
        ) -> Result<DeleteUsernameLinkResponse, ApiError>;

    /// Set phone-number identity keys
    async fn distribute_phone_number_identity_keys(
        &self,
        phone_number_identity_key_distribution_request: models::PhoneNumberIdentityKeyDistributionRequest,
        user_agent: Option<String>,
        ) -> Result<DistributePhoneNumberIdentityKeysResponse, ApiError>;

    /// Produces a report of non-ephemeral account data stored by the service
    async fn get_account_data_report(
        &self,
        ) -> Result<GetAccountDataReportResponse, ApiError>;

    async fn remove_registration_lock(
        &self,
        ) -> Result<RemoveRegistrationLockResponse, ApiError>;

    /// Reserve username hash
    async fn reserve_username_hash(
        &self,
        reserve_username_hash_request: models::ReserveUsernameHashRequest,
        ) -> Result<ReserveUsernameHashResponse, ApiError>;

    async fn set_account_attributes(
        &self,
        account_attributes: models::AccountAttributes,
        x_signal_agent: Option<String>,
        ) -> Result<SetAccountAttributesResponse, ApiError>;

    async fn set_apn_registration_id(
        &self,
        apn_registration_id: models::ApnRegistrationId,
        ) -> Result<SetApnRegistrationIdResponse, ApiError>;

    async fn set_gcm_registration_id(
        &self,
        gcm_registration_id: models::GcmRegistrationId,
        ) -> Result<SetGcmRegistrationIdResponse, ApiError>;

    /// Set a device's encrypted name
    async fn set_name(
        &self,
        device_name: models::DeviceName,
        device_id: Option<i32>,
        ) -> Result<SetNameResponse, ApiError>;

    /// Sets whether the account should be discoverable by phone number in the directory.
    async fn set_phone_number_discoverability(
        &self,
        phone_number_discoverability_request: models::PhoneNumberDiscoverabilityRequest,
        ) -> Result<SetPhoneNumberDiscoverabilityResponse, ApiError>;

    async fn set_registration_lock(
        &self,
        registration_lock: models::RegistrationLock,
        ) -> Result<SetRegistrationLockResponse, ApiError>;

    /// Set username link
    async fn update_username_link(
        &self,
        encrypted_username: models::EncryptedUsername,
        ) -> Result<UpdateUsernameLinkResponse, ApiError>;

    async fn who_am_i(
        &self,
        ) -> Result<WhoAmIResponse, ApiError>;

    /// Check whether an account exists
    async fn account_exists(
        &self,
        identifier: String,
        ) -> Result<AccountExistsResponse, ApiError>;

    /// Lookup username hash
    async fn lookup_username_hash(
        &self,
        username_hash: String,
        ) -> Result<LookupUsernameHashResponse, ApiError>;

    /// Lookup username link
    async fn lookup_username_link(
        &self,
        uuid: uuid::Uuid,
        ) -> Result<LookupUsernameLinkResponse, ApiError>;

    /// Fetch message backup upload form
    async fn backup(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ) -> Result<BackupResponse, ApiError>;

    /// Fetch backup info
    async fn backup_info(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ) -> Result<BackupInfoResponse, ApiError>;

    /// Batched backup media
    async fn copy_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        copy_media_batch_request: models::CopyMediaBatchRequest,
        user_agent: Option<String>,
        ) -> Result<CopyMediaResponse, ApiError>;

    /// Backup media
    async fn copy_media1(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        copy_media_request: models::CopyMediaRequest,
        user_agent: Option<String>,
        ) -> Result<CopyMedia1Response, ApiError>;

    /// Delete entire backup
    async fn delete_backup(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ) -> Result<DeleteBackupResponse, ApiError>;

    /// Delete media objects
    async fn delete_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        delete_media: models::DeleteMedia,
        user_agent: Option<String>,
        ) -> Result<DeleteMediaResponse, ApiError>;

    /// Fetch ZK credentials 
    async fn get_backup_zk_credentials(
        &self,
        redemption_start_seconds: i64,
        redemption_end_seconds: i64,
        user_agent: Option<String>,
        ) -> Result<GetBackupZkCredentialsResponse, ApiError>;

    /// List media objects
    async fn list_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        cursor: Option<String>,
        limit: Option<i32>,
        ) -> Result<ListMediaResponse, ApiError>;

    /// Get CDN read credentials
    async fn read_auth(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        cdn: i32,
        user_agent: Option<String>,
        ) -> Result<ReadAuthResponse, ApiError>;

    /// Redeem receipt
    async fn redeem_receipt(
        &self,
        redeem_backup_receipt_request: models::RedeemBackupReceiptRequest,
        ) -> Result<RedeemReceiptResponse, ApiError>;

    /// Refresh backup
    async fn refresh(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ) -> Result<RefreshResponse, ApiError>;

    /// Set backup id
    async fn set_backup_id(
        &self,
        set_backup_id_request: models::SetBackupIdRequest,
        ) -> Result<SetBackupIdResponse, ApiError>;

    /// Set public key
    async fn set_public_key(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        archive_set_public_key_request: models::ArchiveSetPublicKeyRequest,
        ) -> Result<SetPublicKeyResponse, ApiError>;

    /// Fetch media attachment upload form
    async fn upload_temporary_attachment(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ) -> Result<UploadTemporaryAttachmentResponse, ApiError>;

    /// Get an upload form
    async fn get_attachment_upload_form(
        &self,
        ) -> Result<GetAttachmentUploadFormResponse, ApiError>;

    /// Generate a credential for creating call links
    async fn get_create_auth(
        &self,
        get_create_call_link_credentials_request: models::GetCreateCallLinkCredentialsRequest,
        ) -> Result<GetCreateAuthResponse, ApiError>;

    /// Get 1:1 calling relay options for the client
    async fn get_calling_relays(
        &self,
        ) -> Result<GetCallingRelaysResponse, ApiError>;

    async fn get_delivery_certificate(
        &self,
        include_e164: Option<bool>,
        ) -> Result<GetDeliveryCertificateResponse, ApiError>;

    async fn get_group_authentication_credentials(
        &self,
        user_agent: Option<String>,
        redemption_start_seconds: Option<i64>,
        redemption_end_seconds: Option<i64>,
        ) -> Result<GetGroupAuthenticationCredentialsResponse, ApiError>;

    /// Submit proof of a challenge completion
    async fn handle_challenge_response(
        &self,
        user_agent: Option<String>,
        handle_challenge_response_request: Option<models::HandleChallengeResponseRequest>,
        ) -> Result<HandleChallengeResponseResponse, ApiError>;

    /// Request a push challenge
    async fn request_push_challenge(
        &self,
        ) -> Result<RequestPushChallengeResponse, ApiError>;

    /// Fetch an assert challenge
    async fn assert_challenge(
        &self,
        action: Option<models::AssertChallengeActionParameter>,
        ) -> Result<AssertChallengeResponse, ApiError>;

    /// Perform an attested action
    async fn assertion(
        &self,
        key_id: String,
        request: String,
        body: Option<swagger::ByteArray>,
        ) -> Result<AssertionResponse, ApiError>;

    /// Register a keyId
    async fn attest(
        &self,
        key_id: String,
        body: Option<swagger::ByteArray>,
        ) -> Result<AttestResponse, ApiError>;

    /// Fetch an attest challenge
    async fn attest_challenge(
        &self,
        ) -> Result<AttestChallengeResponse, ApiError>;

    /// Generate a signed device-linking token
    async fn create_device_token(
        &self,
        ) -> Result<CreateDeviceTokenResponse, ApiError>;

    async fn get_devices(
        &self,
        ) -> Result<GetDevicesResponse, ApiError>;

    /// Link a device to an account
    async fn link_device(
        &self,
        link_device_request: models::LinkDeviceRequest,
        authorization: Option<String>,
        user_agent: Option<String>,
        ) -> Result<LinkDeviceResponse, ApiError>;

    /// Signals that a transfer archive has been uploaded for a specific linked device
    async fn record_transfer_archive_uploaded(
        &self,
        transfer_archive_uploaded_request: models::TransferArchiveUploadedRequest,
        ) -> Result<RecordTransferArchiveUploadedResponse, ApiError>;

    async fn set_capabilities(
        &self,
        request_body: std::collections::HashMap<String, bool>,
        ) -> Result<SetCapabilitiesResponse, ApiError>;

    /// Sets a public key for authentication
    async fn set_public_key1(
        &self,
        set_public_key_request: Option<models::SetPublicKeyRequest>,
        ) -> Result<SetPublicKey1Response, ApiError>;

    /// Wait for a new transfer archive to be uploaded
    async fn wait_for_transfer_archive(
        &self,
        timeout: Option<u32>,
        user_agent: Option<String>,
        ) -> Result<WaitForTransferArchiveResponse, ApiError>;

    /// Signals that a new device is requesting restoration of account data by some method
    async fn record_restore_account_request(
        &self,
        token: String,
        restore_account_request: Option<models::RestoreAccountRequest>,
        ) -> Result<RecordRestoreAccountRequestResponse, ApiError>;

    async fn remove_device(
        &self,
        device_id: i32,
        ) -> Result<RemoveDeviceResponse, ApiError>;

    /// Wait for restore account request
    async fn wait_for_device_transfer_request(
        &self,
        token: String,
        timeout: Option<u32>,
        ) -> Result<WaitForDeviceTransferRequestResponse, ApiError>;

    /// Wait for a new device to be linked to an account
    async fn wait_for_linked_device(
        &self,
        token_identifier: String,
        timeout: Option<u32>,
        user_agent: Option<String>,
        ) -> Result<WaitForLinkedDeviceResponse, ApiError>;

    /// Generate credentials for Contact Discovery Service
    async fn get_auth_token(
        &self,
        ) -> Result<GetAuthTokenResponse, ApiError>;

    async fn redeem_receipt1(
        &self,
        redeem_receipt_request: models::RedeemReceiptRequest,
        ) -> Result<RedeemReceipt1Response, ApiError>;

    async fn get_keep_alive(
        &self,
        ) -> Result<GetKeepAliveResponse, ApiError>;

    async fn get_provisioning_keep_alive(
        &self,
        ) -> Result<GetProvisioningKeepAliveResponse, ApiError>;

    /// Get the current value of the distinguished key
    async fn get_distinguished_key(
        &self,
        last_tree_head_size: Option<i64>,
        ) -> Result<GetDistinguishedKeyResponse, ApiError>;

    /// Monitor the given identifiers in the key transparency log
    async fn monitor(
        &self,
        key_transparency_monitor_request: models::KeyTransparencyMonitorRequest,
        ) -> Result<MonitorResponse, ApiError>;

    /// Search for the given identifiers in the key transparency log
    async fn search(
        &self,
        key_transparency_search_request: models::KeyTransparencySearchRequest,
        ) -> Result<SearchResponse, ApiError>;

    /// Check keys
    async fn check_keys(
        &self,
        check_keys_request: models::CheckKeysRequest,
        ) -> Result<CheckKeysResponse, ApiError>;

    /// Get prekey count
    async fn get_status(
        &self,
        identity: Option<models::GetStatusIdentityParameter>,
        ) -> Result<GetStatusResponse, ApiError>;

    /// Upload new prekeys
    async fn set_keys(
        &self,
        set_keys_request: models::SetKeysRequest,
        identity: Option<models::SetKeysIdentityParameter>,
        user_agent: Option<String>,
        ) -> Result<SetKeysResponse, ApiError>;

    /// Fetch public keys for another user
    async fn get_device_keys(
        &self,
        identifier: String,
        device_id: String,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        ) -> Result<GetDeviceKeysResponse, ApiError>;

    async fn get_pending_messages(
        &self,
        x_signal_receive_stories: Option<String>,
        user_agent: Option<String>,
        ) -> Result<GetPendingMessagesResponse, ApiError>;

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
        ) -> Result<SendMultiRecipientMessageResponse, ApiError>;

    async fn remove_pending_message(
        &self,
        uuid: uuid::Uuid,
        ) -> Result<RemovePendingMessageResponse, ApiError>;

    /// Send a message
    async fn send_message(
        &self,
        destination: String,
        incoming_message_list: models::IncomingMessageList,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        story: Option<bool>,
        ) -> Result<SendMessageResponse, ApiError>;

    async fn report_spam_message(
        &self,
        source: String,
        message_guid: uuid::Uuid,
        user_agent: Option<String>,
        spam_report: Option<models::SpamReport>,
        ) -> Result<ReportSpamMessageResponse, ApiError>;

    async fn confirm_pay_pal_boost(
        &self,
        confirm_pay_pal_boost_request: models::ConfirmPayPalBoostRequest,
        user_agent: Option<String>,
        ) -> Result<ConfirmPayPalBoostResponse, ApiError>;

    /// Create a Stripe payment intent
    async fn create_boost_payment_intent(
        &self,
        create_boost_request: models::CreateBoostRequest,
        user_agent: Option<String>,
        ) -> Result<CreateBoostPaymentIntentResponse, ApiError>;

    async fn create_boost_receipt_credentials(
        &self,
        create_boost_receipt_credentials_request: models::CreateBoostReceiptCredentialsRequest,
        user_agent: Option<String>,
        ) -> Result<CreateBoostReceiptCredentialsResponse, ApiError>;

    async fn create_pay_pal_boost(
        &self,
        create_pay_pal_boost_request: models::CreatePayPalBoostRequest,
        user_agent: Option<String>,
        ) -> Result<CreatePayPalBoostResponse, ApiError>;

    async fn get_auth(
        &self,
        ) -> Result<GetAuthResponse, ApiError>;

    async fn get_conversions(
        &self,
        ) -> Result<GetConversionsResponse, ApiError>;

    async fn run_batch_identity_check(
        &self,
        batch_identity_check_request: models::BatchIdentityCheckRequest,
        ) -> Result<RunBatchIdentityCheckResponse, ApiError>;

    async fn set_profile(
        &self,
        create_profile_request: models::CreateProfileRequest,
        ) -> Result<SetProfileResponse, ApiError>;

    async fn get_unversioned_profile(
        &self,
        identifier: String,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        ) -> Result<GetUnversionedProfileResponse, ApiError>;

    async fn get_profile(
        &self,
        identifier: uuid::Uuid,
        version: String,
        unidentified_access_key: Option<String>,
        user_agent: Option<String>,
        ) -> Result<GetProfileResponse, ApiError>;

    async fn get_profile1(
        &self,
        identifier: uuid::Uuid,
        version: String,
        credential_request: String,
        unidentified_access_key: Option<String>,
        credential_type: Option<String>,
        user_agent: Option<String>,
        ) -> Result<GetProfile1Response, ApiError>;

    /// Send a provisioning message to a new device
    async fn send_provisioning_message(
        &self,
        destination: String,
        provisioning_message: models::ProvisioningMessage,
        user_agent: Option<String>,
        ) -> Result<SendProvisioningMessageResponse, ApiError>;

    /// Registers an account
    async fn register(
        &self,
        authorization: String,
        registration_request: models::RegistrationRequest,
        x_signal_agent: Option<String>,
        user_agent: Option<String>,
        ) -> Result<RegisterResponse, ApiError>;

    /// Fetch remote configuration
    async fn get_all(
        &self,
        ) -> Result<GetAllResponse, ApiError>;

    /// Generate credentials for Storage Service
    async fn get_auth1(
        &self,
        ) -> Result<GetAuth1Response, ApiError>;

    /// Check SVR2 credentials
    async fn auth_check(
        &self,
        auth_check_request: models::AuthCheckRequest,
        ) -> Result<AuthCheckResponse, ApiError>;

    /// Generate credentials for SVR2
    async fn get_auth2(
        &self,
        ) -> Result<GetAuth2Response, ApiError>;

    async fn get_stickers_form(
        &self,
        count: u32,
        ) -> Result<GetStickersFormResponse, ApiError>;

    /// Subscription configuration 
    async fn get_configuration(
        &self,
        ) -> Result<GetConfigurationResponse, ApiError>;

    async fn create_pay_pal_payment_method(
        &self,
        subscriber_id: String,
        create_pay_pal_billing_agreement_request: models::CreatePayPalBillingAgreementRequest,
        user_agent: Option<String>,
        ) -> Result<CreatePayPalPaymentMethodResponse, ApiError>;

    async fn create_payment_method(
        &self,
        subscriber_id: String,
        param_type: Option<models::CreatePaymentMethodTypeParameter>,
        user_agent: Option<String>,
        ) -> Result<CreatePaymentMethodResponse, ApiError>;

    async fn create_subscription_receipt_credentials(
        &self,
        subscriber_id: String,
        get_receipt_credentials_request: models::GetReceiptCredentialsRequest,
        user_agent: Option<String>,
        ) -> Result<CreateSubscriptionReceiptCredentialsResponse, ApiError>;

    async fn delete_subscriber(
        &self,
        subscriber_id: String,
        ) -> Result<DeleteSubscriberResponse, ApiError>;

    async fn get_bank_mandate(
        &self,
        bank_transfer_type: models::GetBankMandateBankTransferTypeParameter,
        ) -> Result<GetBankMandateResponse, ApiError>;

    /// Subscription information
    async fn get_subscription_information(
        &self,
        subscriber_id: String,
        ) -> Result<GetSubscriptionInformationResponse, ApiError>;

    async fn update_subscriber(
        &self,
        subscriber_id: String,
        ) -> Result<UpdateSubscriberResponse, ApiError>;

    /// Set app store subscription
    async fn set_app_store_subscription(
        &self,
        subscriber_id: String,
        original_transaction_id: String,
        ) -> Result<SetAppStoreSubscriptionResponse, ApiError>;

    async fn set_default_payment_method_for_ideal(
        &self,
        subscriber_id: String,
        setup_intent_id: String,
        ) -> Result<SetDefaultPaymentMethodForIdealResponse, ApiError>;

    /// Set a google play billing purchase token
    async fn set_play_store_subscription(
        &self,
        subscriber_id: String,
        purchase_token: String,
        ) -> Result<SetPlayStoreSubscriptionResponse, ApiError>;

    async fn set_default_payment_method_with_processor(
        &self,
        subscriber_id: String,
        processor: models::SetDefaultPaymentMethodWithProcessorProcessorParameter,
        payment_method_token: String,
        ) -> Result<SetDefaultPaymentMethodWithProcessorResponse, ApiError>;

    async fn set_subscription_level(
        &self,
        subscriber_id: String,
        level: i64,
        currency: String,
        idempotency_key: String,
        ) -> Result<SetSubscriptionLevelResponse, ApiError>;

    /// Creates a new verification session for a specific phone number
    async fn create_session(
        &self,
        create_verification_session_request: models::CreateVerificationSessionRequest,
        ) -> Result<CreateSessionResponse, ApiError>;

    /// Get a registration verification session
    async fn get_session(
        &self,
        session_id: String,
        ) -> Result<GetSessionResponse, ApiError>;

    /// Request a verification code
    async fn request_verification_code(
        &self,
        session_id: String,
        verification_code_request: models::VerificationCodeRequest,
        user_agent: Option<String>,
        accept_language: Option<String>,
        ) -> Result<RequestVerificationCodeResponse, ApiError>;

    /// Update a registration verification session
    async fn update_session(
        &self,
        session_id: String,
        update_verification_session_request: models::UpdateVerificationSessionRequest,
        user_agent: Option<String>,
        ) -> Result<UpdateSessionResponse, ApiError>;

    /// Submit a verification code
    async fn verify_code(
        &self,
        session_id: String,
        submit_verification_code_request: models::SubmitVerificationCodeRequest,
        user_agent: Option<String>,
        ) -> Result<VerifyCodeResponse, ApiError>;

}

/// Trait to extend an API to make it easy to bind it to a context.
pub trait ContextWrapperExt<C: Send + Sync> where Self: Sized
{
    /// Binds this API to a context.
    fn with_context(self, context: C) -> ContextWrapper<Self, C>;
}

impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ContextWrapperExt<C> for T {
    fn with_context(self: T, context: C) -> ContextWrapper<T, C> {
         ContextWrapper::<T, C>::new(self, context)
    }
}

#[async_trait]
impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ApiNoContext<C> for ContextWrapper<T, C> {
    fn context(&self) -> &C {
        ContextWrapper::context(self)
    }

    /// Change number
    async fn change_number(
        &self,
        change_number_request: models::ChangeNumberRequest,
        user_agent: Option<String>,
        ) -> Result<ChangeNumberResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().change_number(change_number_request, user_agent, &context).await
    }

    /// Confirm username hash
    async fn confirm_username_hash(
        &self,
        confirm_username_hash_request: models::ConfirmUsernameHashRequest,
        ) -> Result<ConfirmUsernameHashResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().confirm_username_hash(confirm_username_hash_request, &context).await
    }

    async fn delete_account(
        &self,
        ) -> Result<DeleteAccountResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_account(&context).await
    }

    async fn delete_apn_registration_id(
        &self,
        ) -> Result<DeleteApnRegistrationIdResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_apn_registration_id(&context).await
    }

    async fn delete_gcm_registration_id(
        &self,
        ) -> Result<DeleteGcmRegistrationIdResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_gcm_registration_id(&context).await
    }

    /// Delete username hash
    async fn delete_username_hash(
        &self,
        ) -> Result<DeleteUsernameHashResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_username_hash(&context).await
    }

    /// Delete username link
    async fn delete_username_link(
        &self,
        ) -> Result<DeleteUsernameLinkResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_username_link(&context).await
    }

    /// Set phone-number identity keys
    async fn distribute_phone_number_identity_keys(
        &self,
        phone_number_identity_key_distribution_request: models::PhoneNumberIdentityKeyDistributionRequest,
        user_agent: Option<String>,
        ) -> Result<DistributePhoneNumberIdentityKeysResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().distribute_phone_number_identity_keys(phone_number_identity_key_distribution_request, user_agent, &context).await
    }

    /// Produces a report of non-ephemeral account data stored by the service
    async fn get_account_data_report(
        &self,
        ) -> Result<GetAccountDataReportResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_account_data_report(&context).await
    }

    async fn remove_registration_lock(
        &self,
        ) -> Result<RemoveRegistrationLockResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().remove_registration_lock(&context).await
    }

    /// Reserve username hash
    async fn reserve_username_hash(
        &self,
        reserve_username_hash_request: models::ReserveUsernameHashRequest,
        ) -> Result<ReserveUsernameHashResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().reserve_username_hash(reserve_username_hash_request, &context).await
    }

    async fn set_account_attributes(
        &self,
        account_attributes: models::AccountAttributes,
        x_signal_agent: Option<String>,
        ) -> Result<SetAccountAttributesResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_account_attributes(account_attributes, x_signal_agent, &context).await
    }

    async fn set_apn_registration_id(
        &self,
        apn_registration_id: models::ApnRegistrationId,
        ) -> Result<SetApnRegistrationIdResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_apn_registration_id(apn_registration_id, &context).await
    }

    async fn set_gcm_registration_id(
        &self,
        gcm_registration_id: models::GcmRegistrationId,
        ) -> Result<SetGcmRegistrationIdResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_gcm_registration_id(gcm_registration_id, &context).await
    }

    /// Set a device's encrypted name
    async fn set_name(
        &self,
        device_name: models::DeviceName,
        device_id: Option<i32>,
        ) -> Result<SetNameResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_name(device_name, device_id, &context).await
    }

    /// Sets whether the account should be discoverable by phone number in the directory.
    async fn set_phone_number_discoverability(
        &self,
        phone_number_discoverability_request: models::PhoneNumberDiscoverabilityRequest,
        ) -> Result<SetPhoneNumberDiscoverabilityResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_phone_number_discoverability(phone_number_discoverability_request, &context).await
    }

    async fn set_registration_lock(
        &self,
        registration_lock: models::RegistrationLock,
        ) -> Result<SetRegistrationLockResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_registration_lock(registration_lock, &context).await
    }

    /// Set username link
    async fn update_username_link(
        &self,
        encrypted_username: models::EncryptedUsername,
        ) -> Result<UpdateUsernameLinkResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().update_username_link(encrypted_username, &context).await
    }

    async fn who_am_i(
        &self,
        ) -> Result<WhoAmIResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().who_am_i(&context).await
    }

    /// Check whether an account exists
    async fn account_exists(
        &self,
        identifier: String,
        ) -> Result<AccountExistsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().account_exists(identifier, &context).await
    }

    /// Lookup username hash
    async fn lookup_username_hash(
        &self,
        username_hash: String,
        ) -> Result<LookupUsernameHashResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().lookup_username_hash(username_hash, &context).await
    }

    /// Lookup username link
    async fn lookup_username_link(
        &self,
        uuid: uuid::Uuid,
        ) -> Result<LookupUsernameLinkResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().lookup_username_link(uuid, &context).await
    }

    /// Fetch message backup upload form
    async fn backup(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ) -> Result<BackupResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().backup(x_signal_zk_auth, x_signal_zk_auth_signature, user_agent, &context).await
    }

    /// Fetch backup info
    async fn backup_info(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ) -> Result<BackupInfoResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().backup_info(x_signal_zk_auth, x_signal_zk_auth_signature, user_agent, &context).await
    }

    /// Batched backup media
    async fn copy_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        copy_media_batch_request: models::CopyMediaBatchRequest,
        user_agent: Option<String>,
        ) -> Result<CopyMediaResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().copy_media(x_signal_zk_auth, x_signal_zk_auth_signature, copy_media_batch_request, user_agent, &context).await
    }

    /// Backup media
    async fn copy_media1(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        copy_media_request: models::CopyMediaRequest,
        user_agent: Option<String>,
        ) -> Result<CopyMedia1Response, ApiError>
    {
        let context = self.context().clone();
        self.api().copy_media1(x_signal_zk_auth, x_signal_zk_auth_signature, copy_media_request, user_agent, &context).await
    }

    /// Delete entire backup
    async fn delete_backup(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ) -> Result<DeleteBackupResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_backup(x_signal_zk_auth, x_signal_zk_auth_signature, user_agent, &context).await
    }

    /// Delete media objects
    async fn delete_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        delete_media: models::DeleteMedia,
        user_agent: Option<String>,
        ) -> Result<DeleteMediaResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_media(x_signal_zk_auth, x_signal_zk_auth_signature, delete_media, user_agent, &context).await
    }

    /// Fetch ZK credentials 
    async fn get_backup_zk_credentials(
        &self,
        redemption_start_seconds: i64,
        redemption_end_seconds: i64,
        user_agent: Option<String>,
        ) -> Result<GetBackupZkCredentialsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_backup_zk_credentials(redemption_start_seconds, redemption_end_seconds, user_agent, &context).await
    }

    /// List media objects
    async fn list_media(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        cursor: Option<String>,
        limit: Option<i32>,
        ) -> Result<ListMediaResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().list_media(x_signal_zk_auth, x_signal_zk_auth_signature, user_agent, cursor, limit, &context).await
    }

    /// Get CDN read credentials
    async fn read_auth(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        cdn: i32,
        user_agent: Option<String>,
        ) -> Result<ReadAuthResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().read_auth(x_signal_zk_auth, x_signal_zk_auth_signature, cdn, user_agent, &context).await
    }

    /// Redeem receipt
    async fn redeem_receipt(
        &self,
        redeem_backup_receipt_request: models::RedeemBackupReceiptRequest,
        ) -> Result<RedeemReceiptResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().redeem_receipt(redeem_backup_receipt_request, &context).await
    }

    /// Refresh backup
    async fn refresh(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ) -> Result<RefreshResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().refresh(x_signal_zk_auth, x_signal_zk_auth_signature, user_agent, &context).await
    }

    /// Set backup id
    async fn set_backup_id(
        &self,
        set_backup_id_request: models::SetBackupIdRequest,
        ) -> Result<SetBackupIdResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_backup_id(set_backup_id_request, &context).await
    }

    /// Set public key
    async fn set_public_key(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        archive_set_public_key_request: models::ArchiveSetPublicKeyRequest,
        ) -> Result<SetPublicKeyResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_public_key(x_signal_zk_auth, x_signal_zk_auth_signature, archive_set_public_key_request, &context).await
    }

    /// Fetch media attachment upload form
    async fn upload_temporary_attachment(
        &self,
        x_signal_zk_auth: String,
        x_signal_zk_auth_signature: String,
        user_agent: Option<String>,
        ) -> Result<UploadTemporaryAttachmentResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().upload_temporary_attachment(x_signal_zk_auth, x_signal_zk_auth_signature, user_agent, &context).await
    }

    /// Get an upload form
    async fn get_attachment_upload_form(
        &self,
        ) -> Result<GetAttachmentUploadFormResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_attachment_upload_form(&context).await
    }

    /// Generate a credential for creating call links
    async fn get_create_auth(
        &self,
        get_create_call_link_credentials_request: models::GetCreateCallLinkCredentialsRequest,
        ) -> Result<GetCreateAuthResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_create_auth(get_create_call_link_credentials_request, &context).await
    }

    /// Get 1:1 calling relay options for the client
    async fn get_calling_relays(
        &self,
        ) -> Result<GetCallingRelaysResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_calling_relays(&context).await
    }

    async fn get_delivery_certificate(
        &self,
        include_e164: Option<bool>,
        ) -> Result<GetDeliveryCertificateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_delivery_certificate(include_e164, &context).await
    }

    async fn get_group_authentication_credentials(
        &self,
        user_agent: Option<String>,
        redemption_start_seconds: Option<i64>,
        redemption_end_seconds: Option<i64>,
        ) -> Result<GetGroupAuthenticationCredentialsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_group_authentication_credentials(user_agent, redemption_start_seconds, redemption_end_seconds, &context).await
    }

    /// Submit proof of a challenge completion
    async fn handle_challenge_response(
        &self,
        user_agent: Option<String>,
        handle_challenge_response_request: Option<models::HandleChallengeResponseRequest>,
        ) -> Result<HandleChallengeResponseResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().handle_challenge_response(user_agent, handle_challenge_response_request, &context).await
    }

    /// Request a push challenge
    async fn request_push_challenge(
        &self,
        ) -> Result<RequestPushChallengeResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().request_push_challenge(&context).await
    }

    /// Fetch an assert challenge
    async fn assert_challenge(
        &self,
        action: Option<models::AssertChallengeActionParameter>,
        ) -> Result<AssertChallengeResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().assert_challenge(action, &context).await
    }

    /// Perform an attested action
    async fn assertion(
        &self,
        key_id: String,
        request: String,
        body: Option<swagger::ByteArray>,
        ) -> Result<AssertionResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().assertion(key_id, request, body, &context).await
    }

    /// Register a keyId
    async fn attest(
        &self,
        key_id: String,
        body: Option<swagger::ByteArray>,
        ) -> Result<AttestResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().attest(key_id, body, &context).await
    }

    /// Fetch an attest challenge
    async fn attest_challenge(
        &self,
        ) -> Result<AttestChallengeResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().attest_challenge(&context).await
    }

    /// Generate a signed device-linking token
    async fn create_device_token(
        &self,
        ) -> Result<CreateDeviceTokenResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().create_device_token(&context).await
    }

    async fn get_devices(
        &self,
        ) -> Result<GetDevicesResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_devices(&context).await
    }

    /// Link a device to an account
    async fn link_device(
        &self,
        link_device_request: models::LinkDeviceRequest,
        authorization: Option<String>,
        user_agent: Option<String>,
        ) -> Result<LinkDeviceResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().link_device(link_device_request, authorization, user_agent, &context).await
    }

    /// Signals that a transfer archive has been uploaded for a specific linked device
    async fn record_transfer_archive_uploaded(
        &self,
        transfer_archive_uploaded_request: models::TransferArchiveUploadedRequest,
        ) -> Result<RecordTransferArchiveUploadedResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().record_transfer_archive_uploaded(transfer_archive_uploaded_request, &context).await
    }

    async fn set_capabilities(
        &self,
        request_body: std::collections::HashMap<String, bool>,
        ) -> Result<SetCapabilitiesResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_capabilities(request_body, &context).await
    }

    /// Sets a public key for authentication
    async fn set_public_key1(
        &self,
        set_public_key_request: Option<models::SetPublicKeyRequest>,
        ) -> Result<SetPublicKey1Response, ApiError>
    {
        let context = self.context().clone();
        self.api().set_public_key1(set_public_key_request, &context).await
    }

    /// Wait for a new transfer archive to be uploaded
    async fn wait_for_transfer_archive(
        &self,
        timeout: Option<u32>,
        user_agent: Option<String>,
        ) -> Result<WaitForTransferArchiveResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().wait_for_transfer_archive(timeout, user_agent, &context).await
    }

    /// Signals that a new device is requesting restoration of account data by some method
    async fn record_restore_account_request(
        &self,
        token: String,
        restore_account_request: Option<models::RestoreAccountRequest>,
        ) -> Result<RecordRestoreAccountRequestResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().record_restore_account_request(token, restore_account_request, &context).await
    }

    async fn remove_device(
        &self,
        device_id: i32,
        ) -> Result<RemoveDeviceResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().remove_device(device_id, &context).await
    }

    /// Wait for restore account request
    async fn wait_for_device_transfer_request(
        &self,
        token: String,
        timeout: Option<u32>,
        ) -> Result<WaitForDeviceTransferRequestResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().wait_for_device_transfer_request(token, timeout, &context).await
    }

    /// Wait for a new device to be linked to an account
    async fn wait_for_linked_device(
        &self,
        token_identifier: String,
        timeout: Option<u32>,
        user_agent: Option<String>,
        ) -> Result<WaitForLinkedDeviceResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().wait_for_linked_device(token_identifier, timeout, user_agent, &context).await
    }

    /// Generate credentials for Contact Discovery Service
    async fn get_auth_token(
        &self,
        ) -> Result<GetAuthTokenResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_auth_token(&context).await
    }

    async fn redeem_receipt1(
        &self,
        redeem_receipt_request: models::RedeemReceiptRequest,
        ) -> Result<RedeemReceipt1Response, ApiError>
    {
        let context = self.context().clone();
        self.api().redeem_receipt1(redeem_receipt_request, &context).await
    }

    async fn get_keep_alive(
        &self,
        ) -> Result<GetKeepAliveResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_keep_alive(&context).await
    }

    async fn get_provisioning_keep_alive(
        &self,
        ) -> Result<GetProvisioningKeepAliveResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_provisioning_keep_alive(&context).await
    }

    /// Get the current value of the distinguished key
    async fn get_distinguished_key(
        &self,
        last_tree_head_size: Option<i64>,
        ) -> Result<GetDistinguishedKeyResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_distinguished_key(last_tree_head_size, &context).await
    }

    /// Monitor the given identifiers in the key transparency log
    async fn monitor(
        &self,
        key_transparency_monitor_request: models::KeyTransparencyMonitorRequest,
        ) -> Result<MonitorResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().monitor(key_transparency_monitor_request, &context).await
    }

    /// Search for the given identifiers in the key transparency log
    async fn search(
        &self,
        key_transparency_search_request: models::KeyTransparencySearchRequest,
        ) -> Result<SearchResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().search(key_transparency_search_request, &context).await
    }

    /// Check keys
    async fn check_keys(
        &self,
        check_keys_request: models::CheckKeysRequest,
        ) -> Result<CheckKeysResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().check_keys(check_keys_request, &context).await
    }

    /// Get prekey count
    async fn get_status(
        &self,
        identity: Option<models::GetStatusIdentityParameter>,
        ) -> Result<GetStatusResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_status(identity, &context).await
    }

    /// Upload new prekeys
    async fn set_keys(
        &self,
        set_keys_request: models::SetKeysRequest,
        identity: Option<models::SetKeysIdentityParameter>,
        user_agent: Option<String>,
        ) -> Result<SetKeysResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_keys(set_keys_request, identity, user_agent, &context).await
    }

    /// Fetch public keys for another user
    async fn get_device_keys(
        &self,
        identifier: String,
        device_id: String,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        ) -> Result<GetDeviceKeysResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_device_keys(identifier, device_id, unidentified_access_key, group_send_token, user_agent, &context).await
    }

    async fn get_pending_messages(
        &self,
        x_signal_receive_stories: Option<String>,
        user_agent: Option<String>,
        ) -> Result<GetPendingMessagesResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_pending_messages(x_signal_receive_stories, user_agent, &context).await
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
        ) -> Result<SendMultiRecipientMessageResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().send_multi_recipient_message(body, unidentified_access_key, group_send_token, online, ts, urgent, story, &context).await
    }

    async fn remove_pending_message(
        &self,
        uuid: uuid::Uuid,
        ) -> Result<RemovePendingMessageResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().remove_pending_message(uuid, &context).await
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
        ) -> Result<SendMessageResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().send_message(destination, incoming_message_list, unidentified_access_key, group_send_token, user_agent, story, &context).await
    }

    async fn report_spam_message(
        &self,
        source: String,
        message_guid: uuid::Uuid,
        user_agent: Option<String>,
        spam_report: Option<models::SpamReport>,
        ) -> Result<ReportSpamMessageResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().report_spam_message(source, message_guid, user_agent, spam_report, &context).await
    }

    async fn confirm_pay_pal_boost(
        &self,
        confirm_pay_pal_boost_request: models::ConfirmPayPalBoostRequest,
        user_agent: Option<String>,
        ) -> Result<ConfirmPayPalBoostResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().confirm_pay_pal_boost(confirm_pay_pal_boost_request, user_agent, &context).await
    }

    /// Create a Stripe payment intent
    async fn create_boost_payment_intent(
        &self,
        create_boost_request: models::CreateBoostRequest,
        user_agent: Option<String>,
        ) -> Result<CreateBoostPaymentIntentResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().create_boost_payment_intent(create_boost_request, user_agent, &context).await
    }

    async fn create_boost_receipt_credentials(
        &self,
        create_boost_receipt_credentials_request: models::CreateBoostReceiptCredentialsRequest,
        user_agent: Option<String>,
        ) -> Result<CreateBoostReceiptCredentialsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().create_boost_receipt_credentials(create_boost_receipt_credentials_request, user_agent, &context).await
    }

    async fn create_pay_pal_boost(
        &self,
        create_pay_pal_boost_request: models::CreatePayPalBoostRequest,
        user_agent: Option<String>,
        ) -> Result<CreatePayPalBoostResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().create_pay_pal_boost(create_pay_pal_boost_request, user_agent, &context).await
    }

    async fn get_auth(
        &self,
        ) -> Result<GetAuthResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_auth(&context).await
    }

    async fn get_conversions(
        &self,
        ) -> Result<GetConversionsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_conversions(&context).await
    }

    async fn run_batch_identity_check(
        &self,
        batch_identity_check_request: models::BatchIdentityCheckRequest,
        ) -> Result<RunBatchIdentityCheckResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().run_batch_identity_check(batch_identity_check_request, &context).await
    }

    async fn set_profile(
        &self,
        create_profile_request: models::CreateProfileRequest,
        ) -> Result<SetProfileResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_profile(create_profile_request, &context).await
    }

    async fn get_unversioned_profile(
        &self,
        identifier: String,
        unidentified_access_key: Option<String>,
        group_send_token: Option<String>,
        user_agent: Option<String>,
        ) -> Result<GetUnversionedProfileResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_unversioned_profile(identifier, unidentified_access_key, group_send_token, user_agent, &context).await
    }

    async fn get_profile(
        &self,
        identifier: uuid::Uuid,
        version: String,
        unidentified_access_key: Option<String>,
        user_agent: Option<String>,
        ) -> Result<GetProfileResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_profile(identifier, version, unidentified_access_key, user_agent, &context).await
    }

    async fn get_profile1(
        &self,
        identifier: uuid::Uuid,
        version: String,
        credential_request: String,
        unidentified_access_key: Option<String>,
        credential_type: Option<String>,
        user_agent: Option<String>,
        ) -> Result<GetProfile1Response, ApiError>
    {
        let context = self.context().clone();
        self.api().get_profile1(identifier, version, credential_request, unidentified_access_key, credential_type, user_agent, &context).await
    }

    /// Send a provisioning message to a new device
    async fn send_provisioning_message(
        &self,
        destination: String,
        provisioning_message: models::ProvisioningMessage,
        user_agent: Option<String>,
        ) -> Result<SendProvisioningMessageResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().send_provisioning_message(destination, provisioning_message, user_agent, &context).await
    }

    /// Registers an account
    async fn register(
        &self,
        authorization: String,
        registration_request: models::RegistrationRequest,
        x_signal_agent: Option<String>,
        user_agent: Option<String>,
        ) -> Result<RegisterResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().register(authorization, registration_request, x_signal_agent, user_agent, &context).await
    }

    /// Fetch remote configuration
    async fn get_all(
        &self,
        ) -> Result<GetAllResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_all(&context).await
    }

    /// Generate credentials for Storage Service
    async fn get_auth1(
        &self,
        ) -> Result<GetAuth1Response, ApiError>
    {
        let context = self.context().clone();
        self.api().get_auth1(&context).await
    }

    /// Check SVR2 credentials
    async fn auth_check(
        &self,
        auth_check_request: models::AuthCheckRequest,
        ) -> Result<AuthCheckResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().auth_check(auth_check_request, &context).await
    }

    /// Generate credentials for SVR2
    async fn get_auth2(
        &self,
        ) -> Result<GetAuth2Response, ApiError>
    {
        let context = self.context().clone();
        self.api().get_auth2(&context).await
    }

    async fn get_stickers_form(
        &self,
        count: u32,
        ) -> Result<GetStickersFormResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_stickers_form(count, &context).await
    }

    /// Subscription configuration 
    async fn get_configuration(
        &self,
        ) -> Result<GetConfigurationResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_configuration(&context).await
    }

    async fn create_pay_pal_payment_method(
        &self,
        subscriber_id: String,
        create_pay_pal_billing_agreement_request: models::CreatePayPalBillingAgreementRequest,
        user_agent: Option<String>,
        ) -> Result<CreatePayPalPaymentMethodResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().create_pay_pal_payment_method(subscriber_id, create_pay_pal_billing_agreement_request, user_agent, &context).await
    }

    async fn create_payment_method(
        &self,
        subscriber_id: String,
        param_type: Option<models::CreatePaymentMethodTypeParameter>,
        user_agent: Option<String>,
        ) -> Result<CreatePaymentMethodResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().create_payment_method(subscriber_id, param_type, user_agent, &context).await
    }

    async fn create_subscription_receipt_credentials(
        &self,
        subscriber_id: String,
        get_receipt_credentials_request: models::GetReceiptCredentialsRequest,
        user_agent: Option<String>,
        ) -> Result<CreateSubscriptionReceiptCredentialsResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().create_subscription_receipt_credentials(subscriber_id, get_receipt_credentials_request, user_agent, &context).await
    }

    async fn delete_subscriber(
        &self,
        subscriber_id: String,
        ) -> Result<DeleteSubscriberResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_subscriber(subscriber_id, &context).await
    }

    async fn get_bank_mandate(
        &self,
        bank_transfer_type: models::GetBankMandateBankTransferTypeParameter,
        ) -> Result<GetBankMandateResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_bank_mandate(bank_transfer_type, &context).await
    }

    /// Subscription information
    async fn get_subscription_information(
        &self,
        subscriber_id: String,
        ) -> Result<GetSubscriptionInformationResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_subscription_information(subscriber_id, &context).await
    }

    async fn update_subscriber(
        &self,
        subscriber_id: String,
        ) -> Result<UpdateSubscriberResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().update_subscriber(subscriber_id, &context).await
    }

    /// Set app store subscription
    async fn set_app_store_subscription(
        &self,
        subscriber_id: String,
        original_transaction_id: String,
        ) -> Result<SetAppStoreSubscriptionResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_app_store_subscription(subscriber_id, original_transaction_id, &context).await
    }

    async fn set_default_payment_method_for_ideal(
        &self,
        subscriber_id: String,
        setup_intent_id: String,
        ) -> Result<SetDefaultPaymentMethodForIdealResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_default_payment_method_for_ideal(subscriber_id, setup_intent_id, &context).await
    }

    /// Set a google play billing purchase token
    async fn set_play_store_subscription(
        &self,
        subscriber_id: String,
        purchase_token: String,
        ) -> Result<SetPlayStoreSubscriptionResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_play_store_subscription(subscriber_id, purchase_token, &context).await
    }

    async fn set_default_payment_method_with_processor(
        &self,
        subscriber_id: String,
        processor: models::SetDefaultPaymentMethodWithProcessorProcessorParameter,
        payment_method_token: String,
        ) -> Result<SetDefaultPaymentMethodWithProcessorResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_default_payment_method_with_processor(subscriber_id, processor, payment_method_token, &context).await
    }

    async fn set_subscription_level(
        &self,
        subscriber_id: String,
        level: i64,
        currency: String,
        idempotency_key: String,
        ) -> Result<SetSubscriptionLevelResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().set_subscription_level(subscriber_id, level, currency, idempotency_key, &context).await
    }

    /// Creates a new verification session for a specific phone number
    async fn create_session(
        &self,
        create_verification_session_request: models::CreateVerificationSessionRequest,
        ) -> Result<CreateSessionResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().create_session(create_verification_session_request, &context).await
    }

    /// Get a registration verification session
    async fn get_session(
        &self,
        session_id: String,
        ) -> Result<GetSessionResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().get_session(session_id, &context).await
    }

    /// Request a verification code
    async fn request_verification_code(
        &self,
        session_id: String,
        verification_code_request: models::VerificationCodeRequest,
        user_agent: Option<String>,
        accept_language: Option<String>,
        ) -> Result<RequestVerificationCodeResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().request_verification_code(session_id, verification_code_request, user_agent, accept_language, &context).await
    }

    /// Update a registration verification session
    async fn update_session(
        &self,
        session_id: String,
        update_verification_session_request: models::UpdateVerificationSessionRequest,
        user_agent: Option<String>,
        ) -> Result<UpdateSessionResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().update_session(session_id, update_verification_session_request, user_agent, &context).await
    }

    /// Submit a verification code
    async fn verify_code(
        &self,
        session_id: String,
        submit_verification_code_request: models::SubmitVerificationCodeRequest,
        user_agent: Option<String>,
        ) -> Result<VerifyCodeResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().verify_code(session_id, submit_verification_code_request, user_agent, &context).await
    }

}


#[cfg(feature = "client")]
pub mod client;

// Re-export Client as a top-level name
#[cfg(feature = "client")]
pub use client::Client;

#[cfg(feature = "server")]
pub mod server;

// Re-export router() as a top-level name
#[cfg(feature = "server")]
pub use self::server::Service;

#[cfg(feature = "server")]
pub mod context;

pub mod models;

#[cfg(any(feature = "client", feature = "server"))]
pub(crate) mod header;
