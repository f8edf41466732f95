//! Messages operations.

use signal_api::models;
use signal_api::*;

use crate::context::RequestContext;
use crate::error::{Error, Result};
use crate::state::AppState;

/// `GET /v1/messages`
pub async fn get_pending_messages(
    _state: &AppState,
    _x_signal_receive_stories: Option<String>,
    _user_agent: Option<String>,
    _ctx: &RequestContext,
) -> Result<GetPendingMessagesResponse> {
    Err(Error::NotImplemented("GET /v1/messages"))
}

/// `PUT /v1/messages/multi_recipient`
pub async fn send_multi_recipient_message(
    _state: &AppState,
    _body: swagger::ByteArray,
    _unidentified_access_key: Option<String>,
    _group_send_token: Option<String>,
    _online: Option<bool>,
    _ts: Option<i64>,
    _urgent: Option<bool>,
    _story: Option<bool>,
    _ctx: &RequestContext,
) -> Result<SendMultiRecipientMessageResponse> {
    Err(Error::NotImplemented("PUT /v1/messages/multi_recipient"))
}

/// `DELETE /v1/messages/uuid/{uuid}`
pub async fn remove_pending_message(
    _state: &AppState,
    _uuid: uuid::Uuid,
    _ctx: &RequestContext,
) -> Result<RemovePendingMessageResponse> {
    Err(Error::NotImplemented("DELETE /v1/messages/uuid/{uuid}"))
}

/// `PUT /v1/messages/{destination}`
pub async fn send_message(
    _state: &AppState,
    _destination: String,
    _incoming_message_list: models::IncomingMessageList,
    _unidentified_access_key: Option<String>,
    _group_send_token: Option<String>,
    _user_agent: Option<String>,
    _story: Option<bool>,
    _ctx: &RequestContext,
) -> Result<SendMessageResponse> {
    Err(Error::NotImplemented("PUT /v1/messages/{destination}"))
}

/// `POST /v1/messages/report/{source}/{messageGuid}`
pub async fn report_spam_message(
    _state: &AppState,
    _source: String,
    _message_guid: uuid::Uuid,
    _user_agent: Option<String>,
    _spam_report: Option<models::SpamReport>,
    _ctx: &RequestContext,
) -> Result<ReportSpamMessageResponse> {
    Err(Error::NotImplemented(
        "POST /v1/messages/report/{source}/{messageGuid}",
    ))
}
