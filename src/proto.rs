//! Protobuf messages the server stores or signs (proto2 wire format, via prost).

/// `textsecure.Envelope`: what is queued for a device and delivered to it.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Envelope {
    #[prost(int32, optional, tag = "1")]
    pub r#type: Option<i32>,
    #[prost(uint64, optional, tag = "5")]
    pub client_timestamp: Option<u64>,
    #[prost(uint32, optional, tag = "7")]
    pub source_device: Option<u32>,
    #[prost(bytes = "vec", optional, tag = "8")]
    pub content: Option<Vec<u8>>,
    #[prost(string, optional, tag = "9")]
    pub server_guid: Option<String>,
    #[prost(uint64, optional, tag = "10")]
    pub server_timestamp: Option<u64>,
    #[prost(string, optional, tag = "11")]
    pub source_service_id: Option<String>,
    #[prost(bool, optional, tag = "12")]
    pub ephemeral: Option<bool>,
    #[prost(string, optional, tag = "13")]
    pub destination_service_id: Option<String>,
    #[prost(bool, optional, tag = "14")]
    pub urgent: Option<bool>,
    #[prost(string, optional, tag = "15")]
    pub updated_pni: Option<String>,
    #[prost(bool, optional, tag = "16")]
    pub story: Option<bool>,
    #[prost(bytes = "vec", optional, tag = "17")]
    pub report_spam_token: Option<Vec<u8>>,
}

/// Envelope types.
pub mod envelope_type {
    pub const UNKNOWN: i32 = 0;
    pub const CIPHERTEXT: i32 = 1;
    pub const PREKEY_BUNDLE: i32 = 3;
    pub const SERVER_DELIVERY_RECEIPT: i32 = 5;
    pub const UNIDENTIFIED_SENDER: i32 = 6;
    pub const PLAINTEXT_CONTENT: i32 = 8;

    /// Types a client may send (5 is the server's own).
    pub fn sendable(t: i32) -> bool {
        matches!(
            t,
            UNKNOWN | CIPHERTEXT | PREKEY_BUNDLE | UNIDENTIFIED_SENDER | PLAINTEXT_CONTENT
        )
    }
}

/// `ServerCertificate`: a server key signed by the trust root.
#[derive(Clone, PartialEq, prost::Message)]
pub struct ServerCertificate {
    #[prost(bytes = "vec", optional, tag = "1")]
    pub certificate: Option<Vec<u8>>,
    #[prost(bytes = "vec", optional, tag = "2")]
    pub signature: Option<Vec<u8>>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct ServerCertificateBody {
    #[prost(uint32, optional, tag = "1")]
    pub id: Option<u32>,
    #[prost(bytes = "vec", optional, tag = "2")]
    pub key: Option<Vec<u8>>,
}

/// `SenderCertificate`: who a sealed-sender message is from, signed by the server key.
#[derive(Clone, PartialEq, prost::Message)]
pub struct SenderCertificate {
    #[prost(bytes = "vec", optional, tag = "1")]
    pub certificate: Option<Vec<u8>>,
    #[prost(bytes = "vec", optional, tag = "2")]
    pub signature: Option<Vec<u8>>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct SenderCertificateBody {
    #[prost(string, optional, tag = "1")]
    pub sender_e164: Option<String>,
    #[prost(uint32, optional, tag = "2")]
    pub sender_device: Option<u32>,
    #[prost(fixed64, optional, tag = "3")]
    pub expires: Option<u64>,
    #[prost(bytes = "vec", optional, tag = "4")]
    pub identity_key: Option<Vec<u8>>,
    /// The embedded, serialized `ServerCertificate`.
    #[prost(bytes = "vec", optional, tag = "5")]
    pub signer: Option<Vec<u8>>,
    #[prost(string, optional, tag = "6")]
    pub sender_uuid: Option<String>,
}
