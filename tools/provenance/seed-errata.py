#!/usr/bin/env python3
"""Apply this project's corrections (x-seed-errata) to the OpenAPI document
rebuilt from the flattened seed, and write api.yaml.
Provenance: this made the first api.yaml; api.yaml is edited directly since.

Usage: seed-errata.py seed.json api.yaml
seed.json is the seed parsed back into its structure (tools/unflatten.py).
Every change made here is recorded in the document's top-level
`x-seed-errata` list with the reason."""
import json
import sys

import yaml

doc = json.load(open(sys.argv[1]))
errata = []
P = doc["paths"]
S = doc["components"]["schemas"]
UUID_RE = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


def erratum(path, reason):
    errata.append({"path": path, "reason": reason})


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def json_content(schema):
    return {"application/json": {"schema": schema}}


def op(path, method):
    return P[path][method]


# --- document-level validity -------------------------------------------------
doc["info"]["version"] = "20250610"
doc["info"]["description"] = (
    "The Signal chat server REST API, as served by this project. Rebuilt from the "
    "Signal-Server v20250610 OpenAPI document; corrections are listed in x-seed-errata.")
erratum("/info/version", "info.version is required by OpenAPI 3.0 and was missing from the seed")

missing_desc = {"200": "Success", "423": "Registration lock is enabled and the supplied lock is absent or wrong"}
for path, item in P.items():
    for method, o in item.items():
        for code, r in o["responses"].items():
            if not r.get("description"):
                r["description"] = missing_desc.get(code, "See operation description")
            for h in (r.get("headers") or {}).values():
                h.setdefault("schema", {"type": "integer", "format": "int32"})
erratum("/responses-description", "Response descriptions (required by OpenAPI 3.0) were missing for some 200/423 responses; "
        "Retry-After headers had no schema. Prose only: no structural change")

# --- identifiers: the seed's ServiceIdentifier is 'type: object' while its ACI/PNI subtypes are strings ---
S["ServiceIdentifier"] = {
    "type": "string",
    "pattern": f"^(PNI:)?{UUID_RE}$",
    "description": "A service identifier: an ACI as a bare UUID string, or a PNI as 'PNI:' followed by a UUID.",
}
S["AciServiceIdentifier"] = {
    "type": "string", "format": "uuid",
    "description": "An identifier for an account based on the account's ACI (a bare UUID string)",
}
S["PniServiceIdentifier"] = {
    "type": "string", "pattern": f"^PNI:{UUID_RE}$",
    "description": "An identifier for an account based on the account's phone number identifier (PNI): 'PNI:<uuid>'",
}
for n in ("ServiceIdentifier", "AciServiceIdentifier", "PniServiceIdentifier"):
    erratum(f"/schemas/{n}", "Java artefact: ServiceIdentifier is serialized as a string ('<uuid>' or 'PNI:<uuid>'), "
            "not an object; the seed's object type contradicts its string subtypes")

# --- header/query parameters whose seed schema is the Java holder object, not the wire form ---
wire_strings = {
    "Unidentified-Access-Key": "Base64 of the 16-byte unidentified access key (for multi-recipient sends: the XOR of all recipients' keys)",
    "Group-Send-Token": "Base64 of a serialized zkgroup GroupSendFullToken",
    "Authorization": "HTTP Basic credentials",
}
for path, item in P.items():
    for method, o in item.items():
        for i, prm in enumerate(o.get("parameters", [])):
            if prm["in"] == "header" and prm["name"] in wire_strings:
                prm["schema"] = {"type": "string"}
                prm.setdefault("description", wire_strings[prm["name"]])
                erratum(f"/operations/{method.upper()} {path}/parameters/header:{prm['name']}",
                        "Java artefact: the header is a string on the wire (the seed names the server's parsed holder object)")
            if path == "/v1/devicecheck/assert" and prm["name"] == "request":
                prm["schema"] = {"type": "string"}
                erratum(f"/operations/{method.upper()} {path}/parameters/query:request",
                        "Java artefact: the query parameter is base64url-encoded JSON text, not an object")

# --- request bodies -----------------------------------------------------------
del op("/v1/keepalive", "get")["requestBody"]
erratum("/operations/GET /v1/keepalive/requestBody",
        "Java artefact: WebSocketSessionContext is an injected server context, not a request body (a GET has none)")

op("/v2/keys", "put")["requestBody"] = {"content": json_content(ref("SetKeysRequest")), "required": True}
erratum("/operations/PUT /v2/keys/requestBody", "The seed omits the request body; the server reads a SetKeysRequest")
S["SetKeysRequest"].pop("required", None)
erratum("/schemas/SetKeysRequest/required", "preKeys and pqPreKeys are optional: absent or empty lists leave stored keys alone")

op("/v2/keys/check", "post")["requestBody"] = {"content": json_content(ref("CheckKeysRequest")), "required": True}
erratum("/operations/POST /v2/keys/check/requestBody", "The seed omits the request body; the server reads a CheckKeysRequest")
S["CheckKeysRequest"]["properties"]["identityType"]["enum"] = ["ACI", "PNI", "aci", "pni"]
erratum("/schemas/CheckKeysRequest/properties/identityType/enum",
        "Clients send the identity type in lower case ('aci'/'pni'); the server accepts either case, as for PUT /v2/keys?identity=")

for prm in op("/v2/keys", "get")["parameters"]:
    if prm["name"] == "identity":
        prm["schema"]["enum"] = ["ACI", "PNI", "aci", "pni"]
        erratum("/operations/GET /v2/keys/parameters/query:identity",
                "Clients send the identity type in lower case ('aci'/'pni', and the seed's own default is 'aci'); the "
                "server accepts either case, as for PUT /v2/keys?identity=")

# PreKeyResponse: the server serializes the identity key with its IdentityKey serializer (base64 of the
# 33-byte key) and the device id as a JSON number; the seed shows Java's IdentityKey object and a 'byte' id.
S["PreKeyResponse"]["properties"]["identityKey"] = {
    "type": "string", "format": "byte",
    "description": "The identity key (ACI or PNI, as the identifier) of the target account: base64 of the 33-byte "
                   "serialized EC public key",
}
erratum("/schemas/PreKeyResponse/properties/identityKey",
        "Java artefact: the server writes the identity key as base64 of its 33-byte serialization, not as an object")
S["PreKeyResponseItem"]["properties"]["deviceId"] = {
    "type": "integer", "format": "int32", "description": "the device ID of the device to which this item pertains",
}
erratum("/schemas/PreKeyResponseItem/properties/deviceId",
        "Java artefact: a Java byte is a JSON number on the wire, not base64 (swagger maps byte to format: byte)")

mrm = op("/v1/messages/multi_recipient", "put")
mrm["requestBody"]["content"] = {"application/vnd.signal-messenger.mrm": {"schema": {"type": "string", "format": "binary"}}}
erratum("/operations/PUT /v1/messages/multi_recipient/requestBody",
        "The body is libsignal's binary SealedSenderMultiRecipientMessage, not the server's parsed JSON view of it")

# --- responses: Java CompletableFuture artefacts and undocumented bodies ---------
S["OutgoingMessageEntity"] = {
    "type": "object",
    "required": ["guid", "type", "timestamp", "sourceDevice", "destinationUuid", "serverTimestamp", "urgent", "story"],
    "properties": {
        "guid": {"type": "string", "format": "uuid", "description": "Server-assigned id of this copy of the message"},
        "type": {"type": "integer", "format": "int32", "description": "Envelope type"},
        "timestamp": {"type": "integer", "format": "int64", "description": "Sender's timestamp (ms)"},
        "sourceUuid": {"type": "string", "description": "Sender service id; absent for sealed sender"},
        "sourceDevice": {"type": "integer", "format": "int32"},
        "destinationUuid": {"type": "string", "description": "Destination service id as addressed (ACI or PNI:...)"},
        "updatedPni": {"type": "string", "format": "uuid"},
        "content": {"type": "string", "format": "byte"},
        "serverTimestamp": {"type": "integer", "format": "int64"},
        "urgent": {"type": "boolean"},
        "story": {"type": "boolean"},
        "reportSpamToken": {"type": "string", "format": "byte"},
    },
}
S["OutgoingMessageEntityList"] = {
    "type": "object", "required": ["messages", "more"],
    "properties": {"messages": {"type": "array", "items": ref("OutgoingMessageEntity")},
                   "more": {"type": "boolean", "description": "True when more messages are queued than were returned"}},
}
S["SendMessageResponse"] = {
    "type": "object", "required": ["needsSync"],
    "properties": {"needsSync": {"type": "boolean", "description": "True if the sender has other devices that need a sync copy"}},
}
for n in ("OutgoingMessageEntity", "OutgoingMessageEntityList", "SendMessageResponse"):
    erratum(f"/schemas/{n}", "Schema of a response body the seed does not describe (see the operations that use it)")

S["ConfirmPayPalBoostResponse"] = {"type": "object", "properties": {"paymentId": {"type": "string"}}}
S["CreatePayPalBoostResponse"] = {"type": "object", "properties": {"approvalUrl": {"type": "string"}, "paymentId": {"type": "string"}}}
S["ReceiptCredentialResponse"] = {"type": "object", "properties": {"receiptCredentialResponse": {"type": "string", "format": "byte"}}}
S["CreatePaymentMethodResponse"] = {"type": "object", "properties": {"clientSecret": {"type": "string"}, "processor": {"type": "string"}}}
S["CreatePayPalBillingAgreementResponse"] = {"type": "object", "properties": {"approvalUrl": {"type": "string"}, "token": {"type": "string"}}}
S["SetSubscriptionLevelResponse"] = {"type": "object", "properties": {"level": {"type": "integer", "format": "int64"}}}
S["ErrorResponse"] = {
    "type": "object", "required": ["code", "message"],
    "properties": {"code": {"type": "integer", "format": "int32", "description": "The HTTP status code"},
                   "message": {"type": "string", "description": "What was wrong"}},
    "description": "Body of every error response this server sends",
}
for n in ("ConfirmPayPalBoostResponse", "CreatePayPalBoostResponse", "ReceiptCredentialResponse",
          "CreatePaymentMethodResponse", "CreatePayPalBillingAgreementResponse", "SetSubscriptionLevelResponse", "ErrorResponse"):
    erratum(f"/schemas/{n}", "Schema of a response body the seed leaves as a Java CompletableFuture or does not describe")


def respond(path, method, responses, reason):
    o = op(path, method)
    o["responses"] = {**{k: v for k, v in o["responses"].items() if k != "default"}, **responses}
    erratum(f"/operations/{method.upper()} {path}/responses", reason)


def ok(schema=None, desc="Success"):
    r = {"description": desc}
    if schema is not None:
        r["content"] = json_content(schema)
    return r


NO_CONTENT = {"description": "Success, no content"}
FUTURE = "Java artefact: the seed documents a CompletableFuture object or an undocumented 'default' response; the server answers "
DEFAULT = "Java artefact: swagger's catch-all 'default' response; the server answers "

respond("/v1/messages", "get", {"200": ok(ref("OutgoingMessageEntityList"), "Pending messages")},
        FUTURE + "200 with {messages: [OutgoingMessageEntity], more}")
respond("/v1/messages/{destination}", "put", {"200": ok(ref("SendMessageResponse"), "Message was successfully sent")},
        "The seed's 200 has no body; the server answers {needsSync}")
respond("/v1/subscription/boost/paypal/confirm", "post", {"200": ok(ref("ConfirmPayPalBoostResponse"))}, FUTURE + "200 {paymentId}")
respond("/v1/subscription/boost/paypal/create", "post", {"200": ok(ref("CreatePayPalBoostResponse"))}, FUTURE + "200 {approvalUrl, paymentId}")
respond("/v1/subscription/boost/receipt_credentials", "post",
        {"200": ok(ref("ReceiptCredentialResponse")), "204": {"description": "Payment still processing"}},
        FUTURE + "200 {receiptCredentialResponse}, or 204 while the payment is processing")
respond("/v1/subscription/{subscriberId}/create_payment_method", "post", {"200": ok(ref("CreatePaymentMethodResponse"))},
        FUTURE + "200 {clientSecret, processor}")
respond("/v1/subscription/{subscriberId}/create_payment_method/paypal", "post",
        {"200": ok(ref("CreatePayPalBillingAgreementResponse"))}, FUTURE + "200 {approvalUrl, token}")
respond("/v1/subscription/{subscriberId}/receipt_credentials", "post",
        {"200": ok(ref("ReceiptCredentialResponse")), "204": {"description": "Payment still processing"}},
        FUTURE + "200 {receiptCredentialResponse}, or 204 while the payment is processing")
for p in ("/v1/subscription/{subscriberId}/default_payment_method_for_ideal/{setupIntentId}",
          "/v1/subscription/{subscriberId}/default_payment_method/{processor}/{paymentMethodToken}"):
    respond(p, "post", {"200": ok()}, FUTURE + "200 with an empty body")
respond("/v1/subscription/{subscriberId}/level/{level}/{currency}/{idempotencyKey}", "put",
        {"200": ok(ref("SetSubscriptionLevelResponse"))}, FUTURE + "200 {level}")

# 'default' responses of operations returning a value: the server answers 200 with that value
for path, item in P.items():
    for method, o in item.items():
        d = o["responses"].get("default")
        if not d:
            continue
        schema = next((v.get("schema") for v in (d.get("content") or {}).values() if v.get("schema")), None)
        if schema is not None:
            respond(path, method, {"200": ok(schema, d.get("description") if d.get("description") != "default response" else "Success")},
                    DEFAULT + "200 with the documented body")
        elif (path, method) in {("/v1/profile", "put"), ("/v1/subscription/{subscriberId}", "put"),
                                ("/v1/subscription/{subscriberId}", "delete"), ("/v1/keepalive", "get"),
                                ("/v1/keepalive/provisioning", "get"), ("/v1/donation/redeem-receipt", "post")}:
            pass  # handled below
        elif (path, method) == ("/v1/messages/report/{source}/{messageGuid}", "post"):
            respond(path, method, {"202": {"description": "The report was accepted"}}, DEFAULT + "202 (accepted) with no content")
        else:
            respond(path, method, {"204": NO_CONTENT}, DEFAULT + "204 with no content (a void method)")

S["ProfileAvatarUploadAttributes"] = {
    "type": "object",
    "properties": {k: {"type": "string"} for k in ("key", "credential", "acl", "algorithm", "date", "policy", "signature")},
    "description": "S3 POST-policy form fields for uploading a new avatar",
}
erratum("/schemas/ProfileAvatarUploadAttributes", "Body of PUT /v1/profile when the avatar changes; undocumented in the seed")
respond("/v1/profile", "put", {"200": ok(ref("ProfileAvatarUploadAttributes"),
                                         "Profile stored; when the avatar is being replaced, the body holds the upload form, otherwise it is empty")},
        DEFAULT + "200, with the avatar upload form as body when the avatar changes")
# --- profiles: zkgroup objects travel as base64 of their serialization ---
S["CreateProfileRequest"]["properties"]["commitment"] = {
    "type": "string", "format": "byte",
    "description": "The zkgroup ProfileKeyCommitment: base64 of its 97-byte serialization"}
erratum("/schemas/CreateProfileRequest/properties/commitment",
        "Java artefact: the commitment is written as base64 of its serialization (ProfileKeyCommitmentAdapter), "
        "not as the ProfileKeyCommitment object {internalContentsForJNI}")
S["CredentialProfileResponse"]["properties"]["credential"] = {
    "type": "string", "format": "byte",
    "description": "The zkgroup ExpiringProfileKeyCredentialResponse (base64); absent when the version does not exist"}
erratum("/schemas/CredentialProfileResponse/properties/credential",
        "The seed omits the credential the operation exists to return (ExpiringProfileKeyCredentialResponse, base64)")
S["BatchIdentityCheckResponseElement"] = {
    "type": "object", "required": ["uuid", "identityKey"],
    "properties": {
        "uuid": {"type": "string", "description": "The service identifier (ACI, or 'PNI:<uuid>') as sent"},
        "identityKey": ref("IdentityKey")},
    "description": "An identity whose stored key does not match the fingerprint the client sent",
}
erratum("/schemas/BatchIdentityCheckResponseElement",
        "Schema of the response element the seed does not describe (BatchIdentityCheckResponse.Element)")
S["BatchIdentityCheckResponse"]["properties"]["elements"]["items"] = ref("BatchIdentityCheckResponseElement")
erratum("/schemas/BatchIdentityCheckResponse/properties/elements/items",
        "Java artefact: the response's Element is BatchIdentityCheckResponse.Element {uuid, identityKey}, a different "
        "class from the request's {uuid, fingerprint}; the seed merged the two under one name")

respond("/v1/subscription/{subscriberId}", "put", {"200": ok()}, DEFAULT + "200 with an empty body")
respond("/v1/subscription/{subscriberId}", "delete", {"200": ok()}, DEFAULT + "200 with an empty body")
respond("/v1/keepalive", "get", {"200": ok()}, DEFAULT + "200 with an empty body")
respond("/v1/keepalive/provisioning", "get", {"200": ok()}, DEFAULT + "200 with an empty body")
respond("/v1/donation/redeem-receipt", "post", {"200": ok(), "400": {"description": "The receipt is invalid or was already redeemed",
                                                                    "content": json_content(ref("ErrorResponse"))}},
        DEFAULT + "200 on success, 400 with an error body otherwise")

# --- accounts: Java 'byte' device ids, IdentityKey objects and maps the seed shows in their Java form ---
BYTE_ID = "Java artefact: a Java byte is a JSON number on the wire, not base64 (swagger maps byte to format: byte)"
for name in ("ChangeNumberRequest", "PhoneNumberIdentityKeyDistributionRequest"):
    S[name]["properties"]["pniIdentityKey"] = {
        "type": "string", "format": "byte",
        "description": "The new PNI identity key: base64 of the 33-byte serialized EC public key",
    }
    erratum(f"/schemas/{name}/properties/pniIdentityKey",
            "Java artefact: the server reads the identity key as base64 of its 33-byte serialization, not as an object")
S["IncomingMessage"]["properties"]["destinationDeviceId"] = {"type": "integer", "format": "int32"}
erratum("/schemas/IncomingMessage/properties/destinationDeviceId", BYTE_ID)
for name, fields in (("MismatchedDevicesResponse", ("missingDevices", "extraDevices")),
                     ("StaleDevicesResponse", ("staleDevices",))):
    for field in fields:
        S[name]["properties"][field]["items"] = {"type": "integer", "format": "int32"}
        erratum(f"/schemas/{name}/properties/{field}", BYTE_ID)
S["DeviceDataReport"]["properties"]["id"] = {"type": "integer", "format": "int32"}
erratum("/schemas/DeviceDataReport/properties/id", BYTE_ID)
for prm in op("/v1/accounts/name", "put")["parameters"]:
    if prm["name"] == "deviceId":
        prm["schema"] = {"type": "integer", "format": "int32"}
erratum("/operations/PUT /v1/accounts/name/parameters/query:deviceId", BYTE_ID)
S["AccountIdentityResponse"]["properties"]["usernameHash"] = {
    "type": "string", "description": "a hash of this account's username, if set (URL-safe base64 without padding)",
}
erratum("/schemas/AccountIdentityResponse/properties/usernameHash",
        "The server writes the username hash in URL-safe base64 without padding, not standard base64")
S["AccountCreationResponse"]["properties"]["usernameHash"] = {
    "type": "string", "description": "a hash of this account's username, if set (URL-safe base64 without padding)",
}
erratum("/schemas/AccountCreationResponse/properties/usernameHash",
        "The server writes the username hash in URL-safe base64 without padding, not standard base64")
S["UserRemoteConfigList"]["properties"]["serverEpochTime"] = {
    "type": "integer", "format": "int64", "deprecated": True,
    "description": "When the configuration was generated, in whole seconds since the epoch. Deprecated in favor of "
                   "`X-Signal-Timestamp` response header.",
}
erratum("/schemas/UserRemoteConfigList/properties/serverEpochTime",
        "Java artefact: the server serializes this Instant with its EpochSecondSerializer, as whole seconds since the "
        "epoch (a JSON integer), not as a date-time string")
S["AccountAttributes"]["properties"]["capabilities"] = {
    "type": "object", "additionalProperties": {"type": "boolean"},
    "description": "Capabilities of the device, as a map from capability name (e.g. 'storage') to true",
}
erratum("/schemas/AccountAttributes/properties/capabilities",
        "Clients send capabilities as a JSON map {name: true}, not as the server's parsed enum set")
# --- device ids: Java `byte` rendered by swagger as the base64 format "byte" ---
op("/v1/devices/{device_id}", "delete")["parameters"][0]["schema"] = {"type": "integer", "format": "int32"}
erratum("/operations/DELETE /v1/devices/{device_id}/parameters/path:device_id/schema",
        "Java artefact: the parameter is a Java byte (a device id 1..127, sent as a decimal number in the path), which "
        "swagger rendered as the base64 string format \"byte\"; clients send e.g. DELETE /v1/devices/2")
S["LinkDeviceResponse"]["properties"]["deviceId"] = {"type": "integer", "format": "int32"}
erratum("/schemas/LinkDeviceResponse/properties/deviceId",
        "Java artefact: deviceId is a Java byte serialized by Jackson as a JSON number (e.g. 2), not a base64 string")
S["TransferArchiveUploadedRequest"]["properties"]["destinationDeviceId"] = {
    "type": "integer", "format": "int32",
    "description": "The ID of the device for which the transfer archive has been prepared"}
erratum("/schemas/TransferArchiveUploadedRequest/properties/destinationDeviceId",
        "Java artefact: destinationDeviceId is a Java byte (1..127) read by Jackson from a JSON number, not a base64 string")

# --- identity keys: the seed shows Java's IdentityKey object; the wire form is base64 of the 33-byte key ---
S["IdentityKey"] = {
    "type": "string", "format": "byte",
    "description": "An identity key: base64 of the 33-byte serialized EC public key (0x05 followed by 32 bytes)",
}
erratum("/schemas/IdentityKey", "Java artefact: identity keys are serialized as base64 of the 33-byte key "
        "(IdentityKeyAdapter), not as the IdentityKey object {publicKey, fingerprint}")

# --- usernames: hashes and encrypted usernames travel as URL-safe base64 without padding ---
B64URL = "URL-safe base64 without padding"
S["ReserveUsernameHashRequest"]["properties"]["usernameHashes"]["items"] = {
    "type": "string", "description": f"A 32-byte username hash, {B64URL}"}
erratum("/schemas/ReserveUsernameHashRequest/properties/usernameHashes/items",
        "The server reads username hashes as URL-safe base64 without padding (not standard base64, format: byte)")
for name in ("ConfirmUsernameHashRequest", "ReserveUsernameHashResponse"):
    S[name]["properties"]["usernameHash"] = {"type": "string", "description": f"A 32-byte username hash, {B64URL}"}
    erratum(f"/schemas/{name}/properties/usernameHash",
            "The server reads and writes username hashes as URL-safe base64 without padding, not standard base64")
S["ConfirmUsernameHashRequest"]["properties"]["encryptedUsername"]["maxLength"] = 171
S["EncryptedUsername"]["properties"]["usernameLinkEncryptedValue"]["maxLength"] = 171
for path in ("/schemas/ConfirmUsernameHashRequest/properties/encryptedUsername/maxLength",
             "/schemas/EncryptedUsername/properties/usernameLinkEncryptedValue/maxLength"):
    erratum(path, "The limit is 128 bytes of encrypted username, i.e. up to 171 characters of its base64url encoding; "
                  "the seed put the byte limit on the encoded string")

# --- base64 alphabets and padding: each field reads what the reference's decoder reads ---------
# `format: byte` is standard base64 with padding required (the generated crate's ByteArray). That is
# exact only for fields the reference reads with Jackson's default byte[] decoder; the fields below are
# read with java.util.Base64 decoders (ByteArrayAdapter, ByteArrayBase64WithPaddingAdapter,
# IdentityKeyAdapter, ProfileKeyCommitmentAdapter, ...: getDecoder(), padding optional;
# ByteArrayBase64UrlAdapter: getUrlDecoder(), padding optional) or written without padding. They become
# strings whose pattern is that decoder's language; src/b64.rs decodes them. docs/base64-audit.md has
# the whole table.
B64_STD_RE = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$"
B64_URL_RE = "^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$"
B64_WIRE = {
    "std": (B64_STD_RE, "standard base64, padding optional (java.util.Base64.getDecoder())"),
    "url": (B64_URL_RE, "URL-safe base64, padding optional (java.util.Base64.getUrlDecoder())"),
}


def base64_string(schema, variant, reason, path, max_bytes=None):
    pattern, how = B64_WIRE[variant]
    new = {"type": "string", "pattern": pattern}
    desc = schema.get("description")
    new["description"] = (desc.rstrip(". ") + ". " if desc else "") + f"Read as {how}."
    if max_bytes is not None:
        new["maxLength"] = -(-max_bytes // 3) * 4
    for k in ("minLength",):
        if k in schema and max_bytes is None:
            new[k] = schema[k]
    new["x-base64"] = variant
    erratum(path, reason)
    return new


STD_READ = ("The reference reads this field with java.util.Base64.getDecoder() (standard alphabet, padding optional); "
            "format: byte requires padding")
URL_READ = ("The reference reads this field with ByteArrayBase64UrlAdapter (java.util.Base64.getUrlDecoder(): URL-safe "
            "alphabet, padding optional); format: byte is the standard alphabet, so the URL-safe unpadded form every "
            "official client sends was refused")
for name, prop, variant, max_bytes in (
        ("ConfirmUsernameHashRequest", "zkProof", "url", None),
        ("KeyTransparencySearchRequest", "usernameHash", "url", None),
        ("UsernameHashMonitor", "value", "url", None),
        ("AccountAttributes", "name", "std", 225),
        ("AccountAttributes", "recoveryPassword", "std", None),
        ("DeviceName", "deviceName", "std", 225),
        ("ChangeNumberRequest", "pniIdentityKey", "std", None),
        ("ChangeNumberRequest", "recoveryPassword", "std", None),
        ("PhoneNumberIdentityKeyDistributionRequest", "pniIdentityKey", "std", None),
        ("RegistrationRequest", "recoveryPassword", "std", None),
        ("KeyTransparencySearchRequest", "unidentifiedAccessKey", "std", None),
        ("AciMonitor", "commitmentIndex", "std", None),
        ("E164Monitor", "commitmentIndex", "std", None),
        ("UsernameHashMonitor", "commitmentIndex", "std", None),
        ("CheckKeysRequest", "digest", "std", None),
        ("SpamReport", "token", "std", None),
        ("CreateProfileRequest", "commitment", "std", None),
        ("CreateProfileRequest", "name", "std", None),
        ("CreateProfileRequest", "about", "std", None),
        ("CreateProfileRequest", "aboutEmoji", "std", None),
        ("CreateProfileRequest", "paymentAddress", "std", None),
        ("CreateProfileRequest", "phoneNumberSharing", "std", None)):
    props = S[name]["properties"]
    if props[prop].get("format") != "byte" and props[prop].get("type") != "string":
        raise SystemExit(f"{name}.{prop} is not a base64 string in the seed")
    reason = URL_READ if variant == "url" else STD_READ
    if max_bytes:
        reason += f"; the seed's maxLength {max_bytes} is the byte limit (@Size on byte[]), i.e. {-(-max_bytes // 3) * 4} characters"
    props[prop] = base64_string(props[prop], variant, reason, f"/schemas/{name}/properties/{prop}", max_bytes)
S["IdentityKey"] = base64_string(S["IdentityKey"], "std", STD_READ + " (IdentityKeyAdapter); written padded", "/schemas/IdentityKey")
for name in ("KeyTransparencyDistinguishedKeyResponse", "KeyTransparencyMonitorResponse", "KeyTransparencySearchResponse"):
    prop = S[name]["properties"]["serializedResponse"]
    S[name]["properties"]["serializedResponse"] = {"type": "string", "description": prop.get("description", ""), "x-base64": "std-unpadded"}
    erratum(f"/schemas/{name}/properties/serializedResponse",
            "The reference writes this field with ByteArrayAdapter (standard base64 without padding); format: byte "
            "promises padding")

# --- request bodies of methods without @Consumes: swagger wrote '*/*', but the body is a JSON object read by
# the Jackson provider, which reads JSON media types only (another Content-Type, or none, is a 415) ---
for path, item in P.items():
    for method, o in item.items():
        content = (o.get("requestBody") or {}).get("content") or {}
        if list(content) == ["*/*"]:
            o["requestBody"]["content"] = {"application/json": content["*/*"]}
            erratum(f"/operations/{method.upper()} {path}/requestBody",
                    "Java artefact: the method has no @Consumes, so swagger wrote '*/*'; the body is a JSON object read "
                    "by the Jackson provider, which reads only JSON media types (any other Content-Type, or none, is "
                    "a 415 Unsupported Media Type)")

# Strings the server decodes by hand (src/b64.rs) carry the decoder too, as documentation: x-base64 names the
# variant read (std, url, mime) or written (url-unpadded, std-unpadded); no pattern, since their handlers
# answer as the reference does for each (see docs/base64-audit.md).
for name, prop, variant in (
        ("ECSignedPreKey", "publicKey", "std"), ("ECSignedPreKey", "signature", "std"),
        ("KEMSignedPreKey", "publicKey", "std"), ("KEMSignedPreKey", "signature", "std"),
        ("ECPreKey", "publicKey", "std"), ("SetPublicKeyRequest", "publicKey", "std"),
        ("SetBackupIdRequest", "messagesBackupAuthCredentialRequest", "std"),
        ("SetBackupIdRequest", "mediaBackupAuthCredentialRequest", "std"),
        ("RedeemBackupReceiptRequest", "receiptCredentialPresentation", "std"),
        ("CopyMediaRequest", "mediaId", "url"), ("CopyMediaRequest", "hmacKey", "std"),
        ("CopyMediaRequest", "encryptionKey", "std"), ("MediaToDelete", "mediaId", "url"),
        ("RestoreAccountRequest", "deviceTransferBootstrap", "std"), ("ProvisioningMessage", "body", "mime"),
        ("ConfirmUsernameHashRequest", "usernameHash", "url"),
        ("ConfirmUsernameHashRequest", "encryptedUsername", "url"),
        ("EncryptedUsername", "usernameLinkEncryptedValue", "url"),
        ("ReserveUsernameHashResponse", "usernameHash", "url-unpadded"),
        ("UsernameHashResponse", "usernameHash", "url-unpadded"),
        ("AccountIdentityResponse", "usernameHash", "url-unpadded"),
        ("AccountCreationResponse", "usernameHash", "url-unpadded"),
        ("StoredMediaObject", "mediaId", "url-unpadded"), ("Entry", "mediaId", "url-unpadded")):
    S[name]["properties"][prop]["x-base64"] = variant
    erratum(f"/schemas/{name}/properties/{prop}/x-base64",
            "Documentation: the base64 variant the reference reads or writes for this string (docs/base64-audit.md)")
S["ReserveUsernameHashRequest"]["properties"]["usernameHashes"]["items"]["x-base64"] = "url"
erratum("/schemas/ReserveUsernameHashRequest/properties/usernameHashes/items/x-base64",
        "Documentation: the base64 variant the reference reads for this string (docs/base64-audit.md)")

# --- one schema name, two Java classes: ArchiveController.SetPublicKeyRequest {backupIdPublicKey} is not
# the devices' SetPublicKeyRequest {publicKey}; swagger merged them by simple name ---
S["ArchiveSetPublicKeyRequest"] = {
    "type": "object", "required": ["backupIdPublicKey"],
    "properties": {"backupIdPublicKey": {
        "type": "string", "pattern": B64_STD_RE, "x-base64": "std",
        "description": "The public key, serialized in libsignal's elliptic-curve public key format, and encoded in "
                       "standard padded base64. Read as standard base64, padding optional (java.util.Base64.getDecoder())."}},
}
erratum("/schemas/ArchiveSetPublicKeyRequest",
        "Java artefact: ArchiveController.SetPublicKeyRequest {backupIdPublicKey} and entities.SetPublicKeyRequest "
        "{publicKey} share a simple name, and the seed kept only the second; clients send backupIdPublicKey")
op("/v1/archives/keys", "put")["requestBody"]["content"] = json_content(ref("ArchiveSetPublicKeyRequest"))
erratum("/operations/PUT /v1/archives/keys/requestBody",
        "The body is ArchiveController.SetPublicKeyRequest {backupIdPublicKey} (see /schemas/ArchiveSetPublicKeyRequest)")

o = op("/v1/devices/{device_id}", "delete")
o["responses"]["403"] = {"description": "The primary device (1) cannot be removed", "content": json_content(ref("ErrorResponse"))}
o["responses"]["404"] = {"description": "The device id is not a device id (1..127)", "content": json_content(ref("ErrorResponse"))}
for code in ("403", "404"):
    erratum(f"/operations/DELETE /v1/devices/{{device_id}}/responses/{code}/",
            "Undocumented in the seed: removing the primary device is forbidden (403) and an id that is not a Java byte "
            "does not match the route (404); an unknown device id in range is a no-op 204")

def document(path, method, code, description, reason):
    o = op(path, method)
    if code not in o["responses"]:
        o["responses"][code] = {"description": description, "content": json_content(ref("ErrorResponse"))}
        erratum(f"/operations/{method.upper()} {path}/responses/{code}/", reason)


for path, method in (("/v1/accounts/username_hash/{usernameHash}", "get"), ("/v1/profile/{identifier}", "get"),
                     ("/v1/profile/{identifier}/{version}", "get"),
                     ("/v1/profile/{identifier}/{version}/{credentialRequest}", "get"),
                     ("/v1/sticker/pack/form/{count}", "get"), ("/v2/backup/auth/check", "post"),
                     ("/v1/provisioning/{destination}", "put")):
    document(path, method, "429", "Rate limited; Retry-After gives the seconds to wait",
             "Undocumented in the seed: the real server rate-limits this operation (429 with Retry-After)")
for path in ("/v1/profile/{identifier}", "/v1/profile/{identifier}/{version}",
             "/v1/profile/{identifier}/{version}/{credentialRequest}"):
    document(path, "get", "404", "No such account (authenticated or group-send callers)",
             "Undocumented in the seed: an authenticated caller asking for an account that does not exist gets 404")
for path, item in P.items():
    if path.startswith("/v1/subscription/{subscriberId}"):
        for method in item:
            document(path, method, "403", "Request carries account credentials, or the subscriber id's secret half is wrong",
                     "Undocumented in the seed: subscriber operations are anonymous and answer 403 to account "
                     "credentials or a subscriber id whose secret half does not match")
            document(path, method, "404", "Malformed or unknown subscriber id",
                     "Undocumented in the seed: a malformed or unknown subscriber id is a 404")

for path in ("/v1/subscription/boost/paypal/create", "/v1/subscription/boost/paypal/confirm",
             "/v1/subscription/boost/receipt_credentials"):
    document(path, "post", "403", "The request carries account credentials (these operations are anonymous)",
             "Undocumented in the seed: the reference answers 403 when account credentials are presented "
             "(authenticatedAccount.isPresent() -> ForbiddenException), as it documents for POST /v1/subscription/boost/create")

# --- error responses: the seed documents few of the statuses the server answers to bad input ---
ERROR_STATUSES = {
    "400": "Malformed request: a body that is not JSON, or a header, path or query value that does not parse",
    "401": "Credentials are required and are missing or wrong",
    "422": "The request parses but its values are invalid (wrong shape, missing field, value out of range)",
}
ERROR_REASON = ("The seed documents the error statuses of only some operations. Every operation with parameters or a "
                "body answers 400 to input that does not parse and 422 to input that parses but is invalid (Dropwizard's "
                "convention, which the real server follows), and every operation that takes credentials answers 401 to "
                "missing or wrong ones; documented with the JSON error body")
for path, item in P.items():
    for method, o in item.items():
        has_input = bool(o.get("requestBody") or o.get("parameters"))
        credential_headers = {"Authorization", "X-Signal-ZK-Auth"}
        takes_credentials = o.get("security") or any(
            p.get("in") == "header" and p.get("name") in credential_headers for p in o.get("parameters") or [])
        wanted = (["400", "422"] if has_input else []) + (["401"] if takes_credentials else [])
        for code in wanted:
            if code not in o["responses"]:
                o["responses"][code] = {"description": ERROR_STATUSES[code], "content": json_content(ref("ErrorResponse"))}
                erratum(f"/operations/{method.upper()} {path}/responses/{code}/", ERROR_REASON)
        if o.get("requestBody") and "415" not in o["responses"]:
            media = ", ".join(o["requestBody"]["content"])
            o["responses"]["415"] = {"description": f"The request body is not {media} (or has no Content-Type)",
                                     "content": json_content(ref("ErrorResponse"))}
            erratum(f"/operations/{method.upper()} {path}/responses/415/",
                    "Undocumented in the seed: JAX-RS answers 415 Unsupported Media Type to a request body in a media "
                    "type the method does not consume, or without a Content-Type (read as application/octet-stream)")

doc["x-seed-errata"] = errata
# key order: put errata last, keep the seed's order otherwise
out = {k: doc[k] for k in ("openapi", "info", "servers", "paths", "components", "x-seed-errata")}


class Dumper(yaml.SafeDumper):
    pass


def str_repr(dumper, data):
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


Dumper.add_representer(str, str_repr)
with open(sys.argv[2], "w") as f:
    f.write("# Signal Server API contract served by this project.\n"
            "# Rebuilt from shared/seed/signal-server-openapi.flattened.txt by tools/unflatten.py and\n"
            "# corrected by tools/seed-errata.py; see x-seed-errata at the end for every deviation from the seed.\n")
    yaml.dump(out, f, Dumper=Dumper, sort_keys=False, width=120, allow_unicode=True)
