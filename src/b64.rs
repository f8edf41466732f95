//! Base64 as Signal-Server reads and writes it, in one place: every field, header, path or
//! query value that carries bytes as base64 is decoded by one of these functions, chosen by
//! the decoder the reference uses for it (docs/base64-audit.md has the table; `x-base64` in
//! `api.yaml` names the variant of each string field).
//!
//! * [`std`]: `java.util.Base64.getDecoder()` (ByteArrayAdapter, ByteArrayBase64WithPaddingAdapter,
//!   IdentityKeyAdapter, the public-key and zkgroup adapters, the access-key headers): standard
//!   alphabet, padding optional but exact when present, nothing else allowed.
//! * [`url`]: `java.util.Base64.getUrlDecoder()` (ByteArrayBase64UrlAdapter, username hashes,
//!   media ids, session ids): the same with the URL-safe alphabet.
//! * [`mime`]: `java.util.Base64.getMimeDecoder()` (provisioning message bodies): standard
//!   alphabet, characters outside it ignored.
//!
//! Fields the reference reads with Jackson's default `byte[]` decoder (standard alphabet,
//! padding required) stay `format: byte` in the contract and are decoded by the generated
//! crate. Java's decoders do not check the unused low bits of the last character; neither do
//! these.

use base64::alphabet::{Alphabet, STANDARD, URL_SAFE};
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;

use crate::error::{Error, Result};

const fn engine(alphabet: &Alphabet, padding: DecodePaddingMode) -> GeneralPurpose {
    GeneralPurpose::new(
        alphabet,
        GeneralPurposeConfig::new()
            .with_encode_padding(matches!(padding, DecodePaddingMode::RequireCanonical))
            .with_decode_padding_mode(padding)
            .with_decode_allow_trailing_bits(true),
    )
}

const STD_PADDED: GeneralPurpose = engine(&STANDARD, DecodePaddingMode::RequireCanonical);
const STD_UNPADDED: GeneralPurpose = engine(&STANDARD, DecodePaddingMode::RequireNone);
const URL_PADDED: GeneralPurpose = engine(&URL_SAFE, DecodePaddingMode::RequireCanonical);
const URL_UNPADDED: GeneralPurpose = engine(&URL_SAFE, DecodePaddingMode::RequireNone);

/// Java's decoders: padding is optional, but when the text ends in `=` it must be exactly
/// the padding the last group needs.
fn java(text: &str, padded: &GeneralPurpose, unpadded: &GeneralPurpose) -> Option<Vec<u8>> {
    if text.ends_with('=') {
        padded.decode(text).ok()
    } else {
        unpadded.decode(text).ok()
    }
}

/// Standard base64, padding optional (`Base64.getDecoder()`); `None` if not base64.
pub fn std(text: &str) -> Option<Vec<u8>> {
    java(text, &STD_PADDED, &STD_UNPADDED)
}

/// URL-safe base64, padding optional (`Base64.getUrlDecoder()`); `None` if not base64.
pub fn url(text: &str) -> Option<Vec<u8>> {
    java(text, &URL_PADDED, &URL_UNPADDED)
}

/// MIME base64 (`Base64.getMimeDecoder()`): characters outside the standard alphabet (line
/// breaks, spaces) are ignored; padding is optional and ends the data, after which only
/// ignored characters may follow.
pub fn mime(text: &str) -> Option<Vec<u8>> {
    let in_alphabet = |c: &char| c.is_ascii_alphanumeric() || *c == '+' || *c == '/';
    let (data, rest) = text.split_once('=').unwrap_or((text, ""));
    if rest.chars().any(|c| in_alphabet(&c)) {
        return None;
    }
    let data: String = data.chars().filter(in_alphabet).collect();
    STD_UNPADDED.decode(data).ok()
}

/// Standard base64 with padding (`Base64.getEncoder()`, Jackson's default for `byte[]`).
pub fn encode_std(bytes: impl AsRef<[u8]>) -> String {
    STD_PADDED.encode(bytes)
}

/// Standard base64 without padding (ByteArrayAdapter's serializer).
pub fn encode_std_unpadded(bytes: impl AsRef<[u8]>) -> String {
    STD_UNPADDED.encode(bytes)
}

/// URL-safe base64 without padding (ByteArrayBase64UrlAdapter's serializer).
pub fn encode_url(bytes: impl AsRef<[u8]>) -> String {
    URL_UNPADDED.encode(bytes)
}

/// A JSON body field read with `Base64.getDecoder()`: undecodable text is a 422, as the
/// reference's Jackson mapping error is.
pub fn field_std(text: &str, field: &str) -> Result<Vec<u8>> {
    std(text).ok_or_else(|| Error::Unprocessable(format!("{field}: invalid base64")))
}

/// A JSON body field read with `Base64.getUrlDecoder()`: undecodable text is a 422.
pub fn field_url(text: &str, field: &str) -> Result<Vec<u8>> {
    url(text).ok_or_else(|| Error::Unprocessable(format!("{field}: invalid base64url")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn java_decoders_take_padding_optionally_but_exactly() {
        assert_eq!(std("QQ==").unwrap(), b"A");
        assert_eq!(std("QQ").unwrap(), b"A");
        assert_eq!(std("QUI=").unwrap(), b"AB");
        assert_eq!(std("QUI").unwrap(), b"AB");
        assert_eq!(std("").unwrap(), b"");
        assert!(std("QQ=").is_none(), "partial padding");
        assert!(std("QUI==").is_none(), "too much padding");
        assert!(std("Q").is_none(), "a lone last character");
        assert!(std("QQ==QQ==").is_none(), "data after padding");
        assert!(std(" QQ==").is_none(), "whitespace");
        assert!(std("QQ\n").is_none(), "line break");
        // trailing bits are not checked, as in Java
        assert_eq!(std("QR").unwrap(), b"A");
    }

    #[test]
    fn each_decoder_has_one_alphabet() {
        let bytes = [0xfb, 0xff, 0xbf];
        assert_eq!(std("+/+/").unwrap(), bytes);
        assert!(url("+/+/").is_none());
        assert_eq!(url("-_-_").unwrap(), bytes);
        assert!(std("-_-_").is_none());
        assert_eq!(encode_url(bytes), "-_-_");
        assert_eq!(encode_std(bytes), "+/+/");
    }

    #[test]
    fn encoders_pad_as_the_reference_serializers() {
        assert_eq!(encode_std([1u8]), "AQ==");
        assert_eq!(encode_std_unpadded([1u8]), "AQ");
        assert_eq!(encode_url([0xffu8]), "_w");
    }

    #[test]
    fn mime_ignores_foreign_characters() {
        assert_eq!(mime("QU\r\nI=").unwrap(), b"AB");
        assert_eq!(mime("QU I").unwrap(), b"AB");
        assert!(mime("QQ==QQ").is_none());
    }

    #[test]
    fn a_128_byte_proof_is_171_unpadded_url_characters() {
        let proof = [0xfbu8; 128];
        let text = encode_url(proof);
        assert_eq!(text.len(), 171);
        assert_eq!(field_url(&text, "zkProof").unwrap(), proof);
        assert_eq!(field_url(&format!("{text}="), "zkProof").unwrap(), proof);
        assert!(field_std(&text, "zkProof").is_err());
    }
}
