//! Rate-limit buckets moved out of the database (process memory, or Redis when configured:
//! see `src/ratelimit.rs`): the `rate_limits` table goes. Going down recreates it empty (a
//! missing bucket is a full one).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RateLimits {
    Table,
    Key,
    Tokens,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(RateLimits::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RateLimits::Table)
                    .if_not_exists()
                    .col(string(RateLimits::Key).primary_key())
                    .col(double(RateLimits::Tokens))
                    .col(big_integer(RateLimits::UpdatedAt))
                    .to_owned(),
            )
            .await
    }
}
