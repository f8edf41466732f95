//! Device linking and device keys: the per-device client public keys (`PUT
//! /v1/devices/public_key`) and server-wide secrets (the device-link token key), kept in
//! the database so that every server process on it shares them and they survive restarts.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ClientPublicKeys {
    Table,
    Aci,
    DeviceId,
    PublicKey,
}

#[derive(DeriveIden)]
enum ServerSecrets {
    Table,
    Name,
    Value,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ClientPublicKeys::Table)
                .col(uuid(ClientPublicKeys::Aci))
                .col(small_integer(ClientPublicKeys::DeviceId))
                .col(binary(ClientPublicKeys::PublicKey))
                .primary_key(
                    Index::create()
                        .col(ClientPublicKeys::Aci)
                        .col(ClientPublicKeys::DeviceId),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ServerSecrets::Table)
                .col(string(ServerSecrets::Name).primary_key())
                .col(binary(ServerSecrets::Value))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ServerSecrets::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(ClientPublicKeys::Table).to_owned())
            .await?;
        Ok(())
    }
}
