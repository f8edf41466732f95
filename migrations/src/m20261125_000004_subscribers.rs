//! Donation subscriber records (`PUT/GET/DELETE /v1/subscription/{subscriberId}`): keyed by
//! the first 16 bytes of the subscriber id, with an HMAC of them under the last 16 bytes as
//! the password.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Subscribers {
    Table,
    User,
    Password,
    CreatedAt,
    AccessedAt,
    CanceledAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Subscribers::Table)
                .col(string(Subscribers::User).primary_key())
                .col(binary(Subscribers::Password))
                .col(big_integer(Subscribers::CreatedAt))
                .col(big_integer(Subscribers::AccessedAt))
                .col(big_integer_null(Subscribers::CanceledAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Subscribers::Table).to_owned())
            .await
    }
}
