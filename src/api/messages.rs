//! Messages: send to one account, send one sealed-sender payload to many, fetch and
//! acknowledge. Queueing and delivery receipts live in `crate::domain::messages`.

use std::collections::{BTreeMap, BTreeSet};

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use signal_api::models;
use signal_api::*;
use subtle::ConstantTimeEq;
use uuid::Uuid;

use crate::api::context::RequestContext;
use crate::crypto::mrm::{self, ServiceIdKind};
use crate::db::{accounts, devices, now_millis};
use crate::domain::access;
use crate::domain::messages::{self as queue, MAX_CONTENT_BYTES};
use crate::domain::ratelimit;
use crate::error::{Error, Result};
use crate::proto::{envelope_type, Envelope};
use crate::state::AppState;
use crate::types::{Aci, DeviceId, Pni, ServiceId};

/// Largest client timestamp accepted.
const MAX_TIMESTAMP: i64 = 8_640_000_000_000_000;
/// Most messages one fetch returns.
const FETCH_LIMIT: u64 = 100;

/// `PUT /v1/messages/{destination}`
#[allow(clippy::too_many_arguments)]
pub async fn send_message(
    state: &AppState,
    destination: String,
    list: models::IncomingMessageList,
    unidentified_access_key: Option<String>,
    group_send_token: Option<String>,
    _user_agent: Option<String>,
    story: Option<bool>,
    ctx: &RequestContext,
) -> Result<SendMessageResponse> {
    let story = story.unwrap_or(false);
    let destination: ServiceId = destination.parse()?;
    check_group_send_token(
        group_send_token.is_some(),
        ctx.auth.is_some() || unidentified_access_key.is_some(),
        story,
    )?;
    let group_send_token = access::parse_group_send_token_header(group_send_token.as_deref())?;
    validate(&list)?;
    let sender = ctx.auth.as_ref();
    // One read: the recipient's account with its devices, and the sender's devices (for
    // `needsSync`).
    let (target, target_devices, sender_devices) =
        read_accounts(state, destination, sender.map(|s| s.aci())).await?;
    let is_sync = matches!((sender, &target), (Some(s), Some(t)) if s.account.aci == t.aci);
    if story {
        let Some(_) = &target else {
            return Ok(SendMessageResponse::MessageWasSuccessfullySent(
                models::SendMessageResponse { needs_sync: false },
            ));
        };
    } else if let Some(_sender) = sender {
        if target.is_none() {
            return Err(Error::NotFound);
        }
        if is_sync && matches!(destination, ServiceId::Pni(_)) {
            return Err(Error::Forbidden(
                "sync messages must be addressed to the ACI".into(),
            ));
        }
    } else if let Some(token) = &group_send_token {
        access::verify_group_send_token(
            &state.zk.server,
            token,
            [destination],
            crate::domain::zkgroup::now_secs(),
        )?;
    } else {
        let key = access::parse_access_key_header(unidentified_access_key.as_deref())?;
        access::verify_unidentified_access(destination, target.as_ref(), key.as_deref())?;
    }
    let target = target.ok_or(Error::NotFound)?;
    // Rate limits come before the device-set and size checks (reference §5.2 step 2).
    let identified = sender.filter(|_| !story);
    if let Some(s) = identified.filter(|_| !is_sync) {
        let key = format!("{}__{}", s.aci(), target.aci);
        state.limits.check(ratelimit::MESSAGES, &key).await?;
    }
    if story {
        let key = target.aci.to_string();
        state.limits.check(ratelimit::STORIES, &key).await?;
    }
    let bytes: usize = list.messages.iter().map(|m| m.content.0.len()).sum();
    let key = destination.uuid().to_string();
    state
        .limits
        .check_n(ratelimit::INBOUND_MESSAGE_BYTES, &key, bytes as u64)
        .await?;
    let excluded = if is_sync {
        sender.map(|s| s.device_id())
    } else {
        None
    };

    let provided: Vec<(u8, u16)> = list
        .messages
        .iter()
        .map(|m| {
            (
                m.destination_device_id.unwrap_or(0).clamp(0, 255) as u8,
                m.destination_registration_id.unwrap_or(0).clamp(0, 65535) as u16,
            )
        })
        .collect();
    let mismatch = mismatched_devices(
        &target_devices,
        excluded,
        &provided,
        destination.identity_type() == crate::types::IdentityType::Pni,
    );
    if !mismatch.stale.is_empty() {
        return Ok(
            SendMessageResponse::MismatchedRegistrationIdsSuppliedForSomeRecipientDevices(
                models::StaleDevicesResponse {
                    stale_devices: Some(mismatch.stale.iter().map(|d| i32::from(*d)).collect()),
                },
            ),
        );
    }
    if !mismatch.missing.is_empty() || !mismatch.extra.is_empty() {
        return Ok(
            SendMessageResponse::IncorrectSetOfDevicesSuppliedForRecipient(
                models::MismatchedDevicesResponse {
                    missing_devices: Some(mismatch.missing.iter().map(|d| i32::from(*d)).collect()),
                    extra_devices: Some(mismatch.extra.iter().map(|d| i32::from(*d)).collect()),
                },
            ),
        );
    }
    if list
        .messages
        .iter()
        .any(|m| m.content.0.len() > MAX_CONTENT_BYTES)
    {
        return Err(Error::PayloadTooLarge);
    }
    let now = now_millis();
    let client_timestamp = match list.timestamp {
        Some(t) if t > 0 => t,
        _ => now,
    };
    let mut batch = Vec::with_capacity(list.messages.len());
    for message in &list.messages {
        let envelope = Envelope {
            r#type: message.r#type,
            client_timestamp: Some(client_timestamp as u64),
            source_device: identified.map(|s| u32::from(s.device_id().get())),
            source_service_id: identified.map(|s| s.aci().to_string()),
            content: Some(message.content.0.clone()),
            server_timestamp: Some(now as u64),
            ephemeral: Some(list.online.unwrap_or(false)),
            destination_service_id: Some(destination.to_string()),
            urgent: Some(list.urgent.unwrap_or(true)),
            story: Some(story),
            ..Default::default()
        };
        let id = message.destination_device_id.unwrap_or(0);
        // The device set matched above: every addressed device is one of these.
        let device = target_devices
            .iter()
            .find(|d| i32::from(d.device_id) == id)
            .ok_or(Error::NotFound)?;
        batch.push((device, envelope));
    }
    state.queue().enqueue_for(target.aci, batch).await?;
    let needs_sync = identified.is_some() && !is_sync && sender_devices > 1;
    Ok(SendMessageResponse::MessageWasSuccessfullySent(
        models::SendMessageResponse { needs_sync },
    ))
}

/// The account `destination` names with its devices, and how many devices the account
/// `sender` has. Accounts addressed by ACI come from the account cache (`AuthCache`); a PNI
/// is looked up in the database.
async fn read_accounts(
    state: &AppState,
    destination: ServiceId,
    sender: Option<Aci>,
) -> Result<(Option<accounts::Model>, Vec<devices::Model>, usize)> {
    let cache = &state.auth_cache;
    let target = match destination {
        ServiceId::Aci(aci) => cache
            .account_devices(&state.db, aci)
            .await?
            .map(|a| (a.account.clone(), a.devices.clone())),
        ServiceId::Pni(pni) => accounts::Entity::find()
            .filter(accounts::Column::Pni.eq(pni.0))
            .find_with_related(devices::Entity)
            .all(&state.db)
            .await?
            .pop(),
    };
    // A sync message names the sender's own account: it is not read twice.
    let sender_devices = match (sender, &target) {
        (Some(sender), Some((account, devices))) if account.aci == sender => devices.len(),
        (Some(sender), _) => cache
            .account_devices(&state.db, sender)
            .await?
            .map_or(0, |a| a.devices.len()),
        (None, _) => 0,
    };
    Ok(match target {
        Some((account, devices)) => (Some(account), devices, sender_devices),
        None => (None, Vec::new(), sender_devices),
    })
}

/// Envelope types, duplicate devices, empty content and timestamps (422).
fn validate(list: &models::IncomingMessageList) -> Result<()> {
    if list
        .timestamp
        .is_some_and(|t| !(0..=MAX_TIMESTAMP).contains(&t))
    {
        return Err(Error::Unprocessable("timestamp out of range".into()));
    }
    let mut seen = BTreeSet::new();
    for m in &list.messages {
        if !envelope_type::sendable(m.r#type.unwrap_or(-1)) {
            return Err(Error::Unprocessable(format!(
                "invalid envelope type {:?}",
                m.r#type
            )));
        }
        let device = m
            .destination_device_id
            .ok_or_else(|| Error::Unprocessable("destinationDeviceId is required".into()))?;
        if !(1..=127).contains(&device) || !seen.insert(device) {
            return Err(Error::Unprocessable(format!(
                "invalid or repeated destinationDeviceId {device}"
            )));
        }
        if m.content.0.is_empty() {
            return Err(Error::Unprocessable("empty message content".into()));
        }
    }
    Ok(())
}

/// A Group-Send-Token (zkgroup endorsement) may not be combined with other credentials or
/// used for stories (400); its verification is `access::verify_group_send_token`.
fn check_group_send_token(token: bool, other_credentials: bool, story: bool) -> Result<()> {
    if token && (other_credentials || story) {
        return Err(Error::BadRequest(
            "Group-Send-Token cannot be combined with other credentials or stories".into(),
        ));
    }
    Ok(())
}

#[derive(Default)]
struct Mismatch {
    missing: Vec<u8>,
    extra: Vec<u8>,
    stale: Vec<u8>,
}

/// Compares the devices a sender addressed with the account's devices (minus `excluded`).
fn mismatched_devices(
    devices: &[devices::Model],
    excluded: Option<DeviceId>,
    provided: &[(u8, u16)],
    pni: bool,
) -> Mismatch {
    let expected: BTreeMap<u8, i32> = devices
        .iter()
        .filter(|d| Some(d.device_id) != excluded)
        .map(|d| {
            (
                d.device_id.get(),
                if pni {
                    d.pni_registration_id
                } else {
                    d.registration_id
                },
            )
        })
        .collect();
    let given: BTreeMap<u8, u16> = provided.iter().copied().collect();
    Mismatch {
        missing: expected
            .keys()
            .filter(|d| !given.contains_key(d))
            .copied()
            .collect(),
        extra: given
            .keys()
            .filter(|d| !expected.contains_key(d))
            .copied()
            .collect(),
        stale: given
            .iter()
            .filter(|(d, reg)| {
                expected
                    .get(d)
                    .is_some_and(|want| *want != i32::from(**reg))
            })
            .map(|(d, _)| *d)
            .collect(),
    }
}

/// `PUT /v1/messages/multi_recipient`
#[allow(clippy::too_many_arguments)]
pub async fn send_multi_recipient_message(
    state: &AppState,
    body: swagger::ByteArray,
    unidentified_access_key: Option<String>,
    group_send_token: Option<String>,
    online: Option<bool>,
    ts: Option<i64>,
    urgent: Option<bool>,
    story: Option<bool>,
    _ctx: &RequestContext,
) -> Result<SendMultiRecipientMessageResponse> {
    let story = story.unwrap_or(false);
    if ts.is_some_and(|t| !(0..=MAX_TIMESTAMP).contains(&t)) {
        return Err(Error::BadRequest("ts out of range".into()));
    }
    let message = mrm::parse(&body.0)
        .map_err(|e| Error::BadRequest(format!("invalid multi-recipient message: {e}")))?;
    if message.recipients().is_empty() {
        return Err(Error::BadRequest("no recipients".into()));
    }
    for r in message.recipients() {
        let unique: BTreeSet<u8> = r.devices.iter().map(|(d, _)| *d).collect();
        if unique.len() != r.devices.len() {
            return Err(Error::BadRequest(
                "a recipient device is listed twice".into(),
            ));
        }
    }
    check_group_send_token(
        group_send_token.is_some(),
        unidentified_access_key.is_some(),
        story,
    )?;
    let group_send_token = access::parse_group_send_token_header(group_send_token.as_deref())?;
    let key = if story {
        None
    } else if let Some(token) = &group_send_token {
        // The token covers exactly the recipients that get the message (not the excluded).
        let ids = message
            .recipients()
            .iter()
            .map(|r| match r.service_id.kind {
                ServiceIdKind::Aci => ServiceId::Aci(Aci(r.service_id.uuid)),
                ServiceIdKind::Pni => ServiceId::Pni(Pni(r.service_id.uuid)),
            });
        access::verify_group_send_token(
            &state.zk.server,
            token,
            ids,
            crate::domain::zkgroup::now_secs(),
        )?;
        None
    } else {
        let key = access::parse_access_key_header(unidentified_access_key.as_deref())?
            .ok_or(Error::Unauthorized)?;
        Some(key)
    };
    let mut uuids404 = Vec::new();

    // Resolve every recipient.
    let mut resolved: Vec<(&mrm::Recipient, ServiceId, accounts::Model)> = Vec::new();
    for r in message.recipients() {
        let id = match r.service_id.kind {
            ServiceIdKind::Aci => ServiceId::Aci(Aci(r.service_id.uuid)),
            ServiceIdKind::Pni => ServiceId::Pni(Pni(r.service_id.uuid)),
        };
        match access::find_account(&state.db, id).await? {
            Some(account) => resolved.push((r, id, account)),
            None if story => {}
            // With a group-send token, unknown recipients are reported, not refused.
            None if group_send_token.is_some() => uuids404.push(id.to_string()),
            None => return Err(Error::NotFound),
        }
    }
    if let Some(key) = &key {
        let mut combined = [0u8; access::UAK_LEN];
        for (_, id, account) in &resolved {
            if matches!(id, ServiceId::Pni(_)) {
                return Err(Error::Unauthorized);
            }
            if account.unrestricted_unidentified_access {
                continue;
            }
            let stored = account
                .unidentified_access_key
                .as_deref()
                .filter(|k| k.len() == access::UAK_LEN)
                .ok_or(Error::Unauthorized)?;
            combined.iter_mut().zip(stored).for_each(|(c, s)| *c ^= s);
        }
        if key.len() != access::UAK_LEN || !bool::from(combined.ct_eq(key.as_slice())) {
            return Err(Error::Unauthorized);
        }
    }

    // Stories: STORIES per recipient ACI, before the device-set checks and before anything
    // is queued (reference §5.4 step 2).
    if story {
        for (_, _, account) in &resolved {
            let key = account.aci.to_string();
            state.limits.check(ratelimit::STORIES, &key).await?;
        }
    }

    // Device sets: 409 for missing/extra wins over 410 for stale registration ids.
    let mut mismatched = Vec::new();
    let mut stale = Vec::new();
    let mut targets = Vec::new();
    for (r, id, account) in &resolved {
        let account_devices = crate::domain::devices::list(&state.db, account.aci).await?;
        let m = mismatched_devices(
            &account_devices,
            None,
            &r.devices,
            matches!(id, ServiceId::Pni(_)),
        );
        let to_i32 = |v: &[u8]| Some(v.iter().map(|d| i32::from(*d)).collect());
        if !m.missing.is_empty() || !m.extra.is_empty() {
            mismatched.push(models::AccountMismatchedDevices {
                uuid: Some(id.to_string()),
                devices: Some(models::MismatchedDevicesResponse {
                    missing_devices: to_i32(&m.missing),
                    extra_devices: to_i32(&m.extra),
                }),
            });
        } else if !m.stale.is_empty() {
            stale.push(models::AccountStaleDevices {
                uuid: Some(id.to_string()),
                devices: Some(models::StaleDevicesResponse {
                    stale_devices: to_i32(&m.stale),
                }),
            });
        }
        targets.push((*r, *id, account.aci, account_devices));
    }
    if !mismatched.is_empty() {
        return Ok(
            SendMultiRecipientMessageResponse::IncorrectSetOfDevicesSuppliedForSomeRecipients(
                mismatched,
            ),
        );
    }
    if !stale.is_empty() {
        return Ok(SendMultiRecipientMessageResponse::MismatchedRegistrationIdsSuppliedForSomeRecipientDevices(stale));
    }
    if message.message_size_for_recipient() > MAX_CONTENT_BYTES {
        return Err(Error::PayloadTooLarge);
    }

    let now = now_millis();
    let client_timestamp = ts.filter(|t| *t > 0).unwrap_or(now);
    for (r, id, aci, account_devices) in targets {
        let content = message.payload_for_recipient(r);
        let mut batch = Vec::with_capacity(r.devices.len());
        for (device, _) in &r.devices {
            let envelope = Envelope {
                r#type: Some(envelope_type::UNIDENTIFIED_SENDER),
                client_timestamp: Some(client_timestamp as u64),
                server_timestamp: Some(now as u64),
                content: Some(content.clone()),
                ephemeral: Some(online.unwrap_or(false)),
                destination_service_id: Some(id.to_string()),
                urgent: Some(urgent.unwrap_or(true)),
                story: Some(story),
                ..Default::default()
            };
            // The device set matched above: every listed device is one of these.
            let device = account_devices
                .iter()
                .find(|d| i16::from(d.device_id) == i16::from(*device))
                .ok_or(Error::NotFound)?;
            batch.push((device, envelope));
        }
        state.queue().enqueue_for(aci, batch).await?;
    }
    Ok(
        SendMultiRecipientMessageResponse::MessageWasSuccessfullySent(
            models::SendMultiRecipientMessageResponse {
                uuids404: Some(uuids404),
            },
        ),
    )
}

/// `GET /v1/messages`
pub async fn get_pending_messages(
    state: &AppState,
    x_signal_receive_stories: Option<String>,
    _user_agent: Option<String>,
    ctx: &RequestContext,
) -> Result<GetPendingMessagesResponse> {
    let caller = ctx.require_auth()?;
    let stories = x_signal_receive_stories
        .as_deref()
        .is_some_and(|v| v.eq_ignore_ascii_case("true"));
    let rows = queue::fetch(
        &state.db,
        caller.aci(),
        caller.device_id(),
        FETCH_LIMIT,
        stories,
    )
    .await?;
    let more = rows.len() as u64 >= FETCH_LIMIT;
    let messages = rows
        .iter()
        .map(|row| Ok(outgoing(row.guid, &queue::decode(row)?)))
        .collect::<Result<Vec<_>>>()?;
    Ok(GetPendingMessagesResponse::PendingMessages(
        models::OutgoingMessageEntityList { messages, more },
    ))
}

/// The JSON form of a queued envelope.
fn outgoing(guid: Uuid, e: &Envelope) -> models::OutgoingMessageEntity {
    models::OutgoingMessageEntity {
        guid,
        r#type: e.r#type.unwrap_or(0),
        timestamp: e.client_timestamp.unwrap_or(0) as i64,
        source_uuid: e.source_service_id.clone(),
        source_device: e.source_device.unwrap_or(0) as i32,
        destination_uuid: e.destination_service_id.clone().unwrap_or_default(),
        updated_pni: e
            .updated_pni
            .as_deref()
            .and_then(|p| Uuid::parse_str(p).ok()),
        content: e.content.clone().map(swagger::ByteArray),
        server_timestamp: e.server_timestamp.unwrap_or(0) as i64,
        urgent: e.urgent.unwrap_or(true),
        story: e.story.unwrap_or(false),
        report_spam_token: e.report_spam_token.clone().map(swagger::ByteArray),
    }
}

/// `DELETE /v1/messages/uuid/{uuid}`
pub async fn remove_pending_message(
    state: &AppState,
    uuid: Uuid,
    ctx: &RequestContext,
) -> Result<RemovePendingMessageResponse> {
    let caller = ctx.require_auth()?;
    state
        .queue()
        .acknowledge(caller.aci(), caller.device_id(), uuid)
        .await?;
    Ok(RemovePendingMessageResponse::Success)
}

/// `POST /v1/messages/report/{source}/{messageGuid}`
///
/// Reports are written to the log (there is no spam-review service behind this server).
pub async fn report_spam_message(
    _state: &AppState,
    source: String,
    message_guid: Uuid,
    _user_agent: Option<String>,
    spam_report: Option<models::SpamReport>,
    ctx: &RequestContext,
) -> Result<ReportSpamMessageResponse> {
    let reporter = ctx.require_auth()?;
    if !(source.starts_with('+') || Uuid::parse_str(&source).is_ok()) {
        return Err(Error::BadRequest(
            "source must be a phone number or an ACI".into(),
        ));
    }
    // The token is read as the reference reads it (ByteArrayAdapter): 422 unless base64.
    let token = spam_report
        .and_then(|r| r.token)
        .map(|t| crate::b64::field_std(&t, "token"))
        .transpose()?;
    tracing::debug!(reporter = %reporter.aci(), %source, guid = %message_guid, token = token.is_some(), "spam report");
    Ok(ReportSpamMessageResponse::TheReportWasAccepted)
}
