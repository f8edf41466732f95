//! Sealed-sender access to another account (`Unidentified-Access-Key`), shared by key
//! fetch, profile reads and single-recipient sends.
//!
//! * An authenticated caller may reach any existing account (404 otherwise).
//! * An anonymous caller must present the target's 16-byte unidentified access key (UAK);
//!   a missing key, an unknown account, a PNI target, an account without a stored key or a
//!   wrong key are all 401, so the check cannot be used to probe for accounts. An account
//!   with `unrestrictedUnidentifiedAccess` accepts any key.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use subtle::ConstantTimeEq;

use crate::db::accounts;
use crate::error::{Error, Result};
use crate::types::ServiceId;

/// Length of an unidentified access key.
pub const UAK_LEN: usize = 16;

/// Decodes an `Unidentified-Access-Key` header (standard base64, padding optional).
/// Undecodable text is a 401, as the reference's `Anonymous` header class answers; the
/// length is not checked here (a key of the wrong length simply never matches).
pub fn parse_access_key_header(header: Option<&str>) -> Result<Option<Vec<u8>>> {
    header
        .map(|value| lenient_base64(value.trim()).ok_or(Error::Unauthorized))
        .transpose()
}

/// Standard base64 with or without padding (`Base64.getDecoder()`, see [`crate::b64::std`]).
pub fn lenient_base64(text: &str) -> Option<Vec<u8>> {
    crate::b64::std(text)
}

/// The account an ACI or PNI belongs to.
pub async fn find_account(
    db: &impl ConnectionTrait,
    id: ServiceId,
) -> Result<Option<accounts::Model>> {
    Ok(match id {
        ServiceId::Aci(aci) => accounts::Entity::find_by_id(aci).one(db).await?,
        ServiceId::Pni(pni) => {
            accounts::Entity::find()
                .filter(accounts::Column::Pni.eq(pni.0))
                .one(db)
                .await?
        }
    })
}

/// The anonymous (sealed-sender) half of the check: `access_key` must unlock `target`.
pub fn verify_unidentified_access(
    target_id: ServiceId,
    target: Option<&accounts::Model>,
    access_key: Option<&[u8]>,
) -> Result<()> {
    let (Some(target), Some(access_key)) = (target, access_key) else {
        return Err(Error::Unauthorized);
    };
    if matches!(target_id, ServiceId::Pni(_)) {
        return Err(Error::Unauthorized);
    }
    if target.unrestricted_unidentified_access {
        return Ok(());
    }
    let Some(stored) = target.unidentified_access_key.as_deref() else {
        return Err(Error::Unauthorized);
    };
    if stored.len() == UAK_LEN
        && access_key.len() == UAK_LEN
        && bool::from(stored.ct_eq(access_key))
    {
        Ok(())
    } else {
        Err(Error::Unauthorized)
    }
}

/// The whole check for a caller that is either authenticated or presents a UAK: returns
/// the target account.
pub fn verify_access(
    authenticated: bool,
    target_id: ServiceId,
    target: Option<accounts::Model>,
    access_key: Option<&[u8]>,
) -> Result<accounts::Model> {
    if authenticated {
        return target.ok_or(Error::NotFound);
    }
    verify_unidentified_access(target_id, target.as_ref(), access_key)?;
    target.ok_or(Error::Unauthorized)
}

/// Decodes a `Group-Send-Token` header (standard base64, padding optional); undecodable
/// text is a 401, as the reference's `GroupSendTokenHeader` answers. The bytes are checked
/// by [`verify_group_send_token`].
pub fn parse_group_send_token_header(header: Option<&str>) -> Result<Option<Vec<u8>>> {
    header
        .map(|value| lenient_base64(value.trim()).ok_or(Error::Unauthorized))
        .transpose()
}

/// Verifies a `GroupSendFullToken` (the decoded `Group-Send-Token` header) for exactly the
/// `recipients` at `now_secs` (epoch seconds), as Signal-Server's `GroupSendTokenUtil`:
/// bytes that are not a token, an expired token, a token for another set of recipients or
/// from other server params are all 401.
pub fn verify_group_send_token(
    params: &crate::crypto::zkgroup::ServerSecretParams,
    token: &[u8],
    recipients: impl IntoIterator<Item = ServiceId>,
    now_secs: u64,
) -> Result<()> {
    use crate::crypto::zkgroup::group_send::GroupSendFullToken;
    let token = GroupSendFullToken::deserialize(token).map_err(|_| Error::Unauthorized)?;
    token
        .verify(params, recipients.into_iter().map(Into::into), now_secs)
        .map_err(|_| Error::Unauthorized)
}
