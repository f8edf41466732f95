//! Message and media backups (`/v1/archives*`): one row per backup id (the SHA-256 prefix of
//! the id in the presentation) with its public key, directories, refresh times and media
//! usage; the media objects copied into it; and the serials of redeemed receipt credentials
//! (shared by every redeem-receipt endpoint).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Backups {
    Table,
    HashedBackupId,
    PublicKey,
    BackupDir,
    MediaDir,
    LastRefresh,
    LastMediaRefresh,
    BytesUsed,
    NumObjects,
    MessageBackupPresent,
}

#[derive(DeriveIden)]
enum BackupMedia {
    Table,
    HashedBackupId,
    MediaId,
    Cdn,
    ObjectLength,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RedeemedReceipts {
    Table,
    Serial,
    Aci,
    ReceiptLevel,
    Expiration,
    RedeemedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Backups::Table)
                .col(binary(Backups::HashedBackupId).primary_key())
                .col(binary_null(Backups::PublicKey))
                .col(string(Backups::BackupDir))
                .col(string(Backups::MediaDir))
                .col(big_integer(Backups::LastRefresh))
                .col(big_integer(Backups::LastMediaRefresh))
                .col(big_integer(Backups::BytesUsed))
                .col(big_integer(Backups::NumObjects))
                .col(boolean(Backups::MessageBackupPresent))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(BackupMedia::Table)
                .col(binary(BackupMedia::HashedBackupId))
                .col(string(BackupMedia::MediaId))
                .col(integer(BackupMedia::Cdn))
                .col(big_integer(BackupMedia::ObjectLength))
                .col(big_integer(BackupMedia::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(BackupMedia::HashedBackupId)
                        .col(BackupMedia::MediaId),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RedeemedReceipts::Table)
                .col(binary(RedeemedReceipts::Serial).primary_key())
                .col(uuid(RedeemedReceipts::Aci))
                .col(big_integer(RedeemedReceipts::ReceiptLevel))
                .col(big_integer(RedeemedReceipts::Expiration))
                .col(big_integer(RedeemedReceipts::RedeemedAt))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            RedeemedReceipts::Table.into_iden(),
            BackupMedia::Table.into_iden(),
            Backups::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
