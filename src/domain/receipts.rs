//! Receipt credentials (zkgroup) redeemed for a donation badge (`POST /v1/donation/redeem-receipt`)
//! or the paid backup tier (`POST /v1/archives/redeem-receipt`). A receipt's serial can be
//! redeemed by one account only; the same account may present it again.

use sea_orm::{ConnectionTrait, EntityTrait, Set};

use crate::crypto::zkgroup::receipt::ReceiptCredentialPresentation;
use crate::db::redeemed_receipts;
use crate::domain::zkgroup::ZkParams;
use crate::error::{Error, Result};
use crate::types::Aci;

/// Verifies a `ReceiptCredentialPresentation` with the server's params; one that does not
/// verify, or whose receipt has expired, is a 400.
pub fn verify(zk: &ZkParams, presentation: &[u8]) -> Result<ReceiptCredentialPresentation> {
    let receipt = crate::domain::zkgroup::verify_receipt_presentation(zk, presentation)?;
    if receipt.expiration <= crate::domain::zkgroup::now_secs() {
        return Err(Error::BadRequest("the receipt has expired".into()));
    }
    Ok(receipt)
}

/// Records that `aci` redeemed `receipt`; 400 when another account already has.
pub async fn record(
    db: &impl ConnectionTrait,
    receipt: &ReceiptCredentialPresentation,
    aci: Aci,
) -> Result<()> {
    match redeemed_receipts::Entity::find_by_id(receipt.serial.to_vec())
        .one(db)
        .await?
    {
        Some(r) if r.aci != aci => Err(Error::BadRequest(
            "receipt serial was already redeemed by another account".into(),
        )),
        Some(_) => Ok(()),
        None => {
            let row = redeemed_receipts::ActiveModel {
                serial: Set(receipt.serial.to_vec()),
                aci: Set(aci),
                receipt_level: Set(receipt.level as i64),
                expiration: Set(receipt.expiration as i64),
                redeemed_at: Set(crate::db::now_millis()),
            };
            crate::db::insert(db, row).await?;
            Ok(())
        }
    }
}
