//! Reading verification sessions for change number.
//!
//! TODO: replace with the registration branch's session lookup (src/verification.rs) once merged.

use sea_orm::{ConnectionTrait, EntityTrait};

use crate::db::verification_sessions;
use crate::error::Result;

/// The number of an unexpired session that has been verified, or None.
pub async fn verified_number(
    db: &impl ConnectionTrait,
    session_id: &str,
) -> Result<Option<String>> {
    let Some(row) = verification_sessions::Entity::find_by_id(session_id.to_owned())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if row.expires_at < crate::db::now_millis() {
        return Ok(None);
    }
    let data: serde_json::Value = serde_json::from_str(&row.data).unwrap_or_default();
    let verified = data
        .get("verified")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    Ok(verified.then_some(row.number))
}
