//! Attachments operations.

use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `GET /v4/attachments/form/upload`
pub async fn get_attachment_upload_form(
    _state: &AppState,
    _ctx: &RequestContext,
) -> Result<GetAttachmentUploadFormResponse> {
    Err(Error::NotImplemented("GET /v4/attachments/form/upload"))
}
