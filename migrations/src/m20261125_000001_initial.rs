//! The initial schema: accounts and devices, phone-number identifiers, prekeys,
//! message queues, profiles, usernames, verification sessions and the short-lived
//! records that registration, linking and rate limiting need.
//!
//! Times are milliseconds since the Unix epoch (BIGINT); ids that clients see are
//! UUIDs; keys and ciphertexts are raw bytes.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Accounts {
    Table,
    Aci,
    Pni,
    Number,
    IdentityKey,
    PniIdentityKey,
    UsernameHash,
    UsernameLinkHandle,
    EncryptedUsername,
    RegistrationLockHash,
    RegistrationLockSalt,
    UnidentifiedAccessKey,
    UnrestrictedUnidentifiedAccess,
    DiscoverableByPhoneNumber,
    CurrentProfileVersion,
    Badges,
    Data,
    CreatedAt,
    Version,
}

#[derive(DeriveIden)]
enum Devices {
    Table,
    Aci,
    DeviceId,
    Name,
    AuthTokenHash,
    AuthTokenSalt,
    RegistrationId,
    PniRegistrationId,
    ApnId,
    GcmId,
    FetchesMessages,
    Capabilities,
    CreatedAt,
    LastSeen,
    UserAgent,
}

#[derive(DeriveIden)]
enum PhoneNumberIdentifiers {
    Table,
    Number,
    Pni,
}

#[derive(DeriveIden)]
enum OneTimePrekeys {
    Table,
    Identity,
    DeviceId,
    Kind,
    KeyId,
    PublicKey,
    Signature,
}

#[derive(DeriveIden)]
enum RepeatedUsePrekeys {
    Table,
    Identity,
    DeviceId,
    Kind,
    KeyId,
    PublicKey,
    Signature,
}

#[derive(DeriveIden)]
enum Messages {
    Table,
    Id,
    Guid,
    DestinationAci,
    DestinationDevice,
    SourceAci,
    ClientTimestamp,
    ServerTimestamp,
    Story,
    Ephemeral,
    Envelope,
}

#[derive(DeriveIden)]
enum Profiles {
    Table,
    Aci,
    Version,
    Name,
    About,
    AboutEmoji,
    Avatar,
    PaymentAddress,
    PhoneNumberSharing,
    Commitment,
}

#[derive(DeriveIden)]
enum UsernameReservations {
    Table,
    UsernameHash,
    Aci,
    Confirmed,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum VerificationSessions {
    Table,
    Id,
    Number,
    Data,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum RecoveryPasswords {
    Table,
    Pni,
    Hash,
    Salt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum EphemeralRecords {
    Table,
    Key,
    Value,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum RateLimits {
    Table,
    Key,
    Tokens,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Accounts::Table)
                .col(uuid(Accounts::Aci).primary_key())
                .col(uuid_uniq(Accounts::Pni))
                .col(string_uniq(Accounts::Number))
                .col(binary(Accounts::IdentityKey))
                .col(binary(Accounts::PniIdentityKey))
                .col(binary_null(Accounts::UsernameHash).unique_key())
                .col(uuid_null(Accounts::UsernameLinkHandle).unique_key())
                .col(binary_null(Accounts::EncryptedUsername))
                .col(string_null(Accounts::RegistrationLockHash))
                .col(string_null(Accounts::RegistrationLockSalt))
                .col(binary_null(Accounts::UnidentifiedAccessKey))
                .col(boolean(Accounts::UnrestrictedUnidentifiedAccess).default(false))
                .col(boolean(Accounts::DiscoverableByPhoneNumber).default(true))
                .col(string_null(Accounts::CurrentProfileVersion))
                .col(text(Accounts::Badges).default("[]"))
                .col(text(Accounts::Data).default("{}"))
                .col(big_integer(Accounts::CreatedAt))
                .col(integer(Accounts::Version).default(0))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Devices::Table)
                .col(uuid(Devices::Aci))
                .col(small_integer(Devices::DeviceId))
                .col(binary_null(Devices::Name))
                .col(string(Devices::AuthTokenHash))
                .col(string(Devices::AuthTokenSalt))
                .col(integer(Devices::RegistrationId))
                .col(integer(Devices::PniRegistrationId))
                .col(string_null(Devices::ApnId))
                .col(string_null(Devices::GcmId))
                .col(boolean(Devices::FetchesMessages).default(false))
                .col(text(Devices::Capabilities).default("[]"))
                .col(big_integer(Devices::CreatedAt))
                .col(big_integer(Devices::LastSeen))
                .col(string_null(Devices::UserAgent))
                .primary_key(Index::create().col(Devices::Aci).col(Devices::DeviceId))
                .foreign_key(
                    ForeignKey::create()
                        .from(Devices::Table, Devices::Aci)
                        .to(Accounts::Table, Accounts::Aci)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(PhoneNumberIdentifiers::Table)
                .col(string(PhoneNumberIdentifiers::Number).primary_key())
                .col(uuid_uniq(PhoneNumberIdentifiers::Pni))
                .to_owned(),
        )
        .await?;

        // One-time prekeys, EC (kind 0) and KEM (kind 1), taken smallest key id first.
        m.create_table(
            Table::create()
                .table(OneTimePrekeys::Table)
                .col(uuid(OneTimePrekeys::Identity))
                .col(small_integer(OneTimePrekeys::DeviceId))
                .col(small_integer(OneTimePrekeys::Kind))
                .col(big_integer(OneTimePrekeys::KeyId))
                .col(binary(OneTimePrekeys::PublicKey))
                .col(binary_null(OneTimePrekeys::Signature))
                .primary_key(
                    Index::create()
                        .col(OneTimePrekeys::Identity)
                        .col(OneTimePrekeys::DeviceId)
                        .col(OneTimePrekeys::Kind)
                        .col(OneTimePrekeys::KeyId),
                )
                .to_owned(),
        )
        .await?;

        // Repeated-use keys: the signed EC prekey (kind 0) and the KEM last-resort key (kind 1).
        m.create_table(
            Table::create()
                .table(RepeatedUsePrekeys::Table)
                .col(uuid(RepeatedUsePrekeys::Identity))
                .col(small_integer(RepeatedUsePrekeys::DeviceId))
                .col(small_integer(RepeatedUsePrekeys::Kind))
                .col(big_integer(RepeatedUsePrekeys::KeyId))
                .col(binary(RepeatedUsePrekeys::PublicKey))
                .col(binary(RepeatedUsePrekeys::Signature))
                .primary_key(
                    Index::create()
                        .col(RepeatedUsePrekeys::Identity)
                        .col(RepeatedUsePrekeys::DeviceId)
                        .col(RepeatedUsePrekeys::Kind),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Messages::Table)
                .col(big_integer(Messages::Id).primary_key().auto_increment())
                .col(uuid_uniq(Messages::Guid))
                .col(uuid(Messages::DestinationAci))
                .col(small_integer(Messages::DestinationDevice))
                .col(uuid_null(Messages::SourceAci))
                .col(big_integer(Messages::ClientTimestamp))
                .col(big_integer(Messages::ServerTimestamp))
                .col(boolean(Messages::Story).default(false))
                .col(boolean(Messages::Ephemeral).default(false))
                .col(binary(Messages::Envelope))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_messages_queue")
                .table(Messages::Table)
                .col(Messages::DestinationAci)
                .col(Messages::DestinationDevice)
                .col(Messages::Id)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Profiles::Table)
                .col(uuid(Profiles::Aci))
                .col(string(Profiles::Version))
                .col(binary_null(Profiles::Name))
                .col(binary_null(Profiles::About))
                .col(binary_null(Profiles::AboutEmoji))
                .col(string_null(Profiles::Avatar))
                .col(binary_null(Profiles::PaymentAddress))
                .col(binary_null(Profiles::PhoneNumberSharing))
                .col(binary(Profiles::Commitment))
                .primary_key(Index::create().col(Profiles::Aci).col(Profiles::Version))
                .to_owned(),
        )
        .await?;

        // Reservations (5 min) and holds (7 d) on username hashes; confirmed hashes live on accounts.
        m.create_table(
            Table::create()
                .table(UsernameReservations::Table)
                .col(binary(UsernameReservations::UsernameHash).primary_key())
                .col(uuid(UsernameReservations::Aci))
                .col(boolean(UsernameReservations::Confirmed).default(false))
                .col(big_integer(UsernameReservations::ExpiresAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(VerificationSessions::Table)
                .col(string(VerificationSessions::Id).primary_key())
                .col(string(VerificationSessions::Number))
                .col(text(VerificationSessions::Data))
                .col(big_integer(VerificationSessions::CreatedAt))
                .col(big_integer(VerificationSessions::ExpiresAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(RecoveryPasswords::Table)
                .col(uuid(RecoveryPasswords::Pni).primary_key())
                .col(string(RecoveryPasswords::Hash))
                .col(string(RecoveryPasswords::Salt))
                .col(big_integer(RecoveryPasswords::ExpiresAt))
                .to_owned(),
        )
        .await?;

        // Short-lived keyed records: used link tokens, restore/transfer requests, link notifications.
        m.create_table(
            Table::create()
                .table(EphemeralRecords::Table)
                .col(string(EphemeralRecords::Key).primary_key())
                .col(text(EphemeralRecords::Value))
                .col(big_integer(EphemeralRecords::ExpiresAt))
                .to_owned(),
        )
        .await?;

        // Token buckets shared by every server process on the same database.
        m.create_table(
            Table::create()
                .table(RateLimits::Table)
                .col(string(RateLimits::Key).primary_key())
                .col(double(RateLimits::Tokens))
                .col(big_integer(RateLimits::UpdatedAt))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            RateLimits::Table.into_iden(),
            EphemeralRecords::Table.into_iden(),
            RecoveryPasswords::Table.into_iden(),
            VerificationSessions::Table.into_iden(),
            UsernameReservations::Table.into_iden(),
            Profiles::Table.into_iden(),
            Messages::Table.into_iden(),
            RepeatedUsePrekeys::Table.into_iden(),
            OneTimePrekeys::Table.into_iden(),
            PhoneNumberIdentifiers::Table.into_iden(),
            Devices::Table.into_iden(),
            Accounts::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
