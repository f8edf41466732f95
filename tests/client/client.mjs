// A small Signal client for the tests: HTTP calls, registration with libsignal-made keys,
// in-memory protocol stores, and the chat websocket.
import * as S from '@signalapp/libsignal-client';
import protobuf from 'protobufjs';
import WebSocket from 'ws';

export const BASE = process.env.SIGNAL_URL;
export const CODE = '123456';

const proto = protobuf.parse(`
syntax = "proto2";
message Envelope {
  optional int32 type = 1; optional uint64 clientTimestamp = 5; optional uint32 sourceDevice = 7;
  optional bytes content = 8; optional string serverGuid = 9; optional uint64 serverTimestamp = 10;
  optional string sourceServiceId = 11; optional string destinationServiceId = 13;
}
message WebSocketRequestMessage { optional string verb = 1; optional string path = 2; optional bytes body = 3;
  repeated string headers = 5; optional uint64 id = 4; }
message WebSocketResponseMessage { optional uint64 id = 1; optional uint32 status = 2; optional string message = 3;
  repeated string headers = 5; optional bytes body = 4; }
message WebSocketMessage { optional int32 type = 1; optional WebSocketRequestMessage request = 2;
  optional WebSocketResponseMessage response = 3; }
`).root;
export const Envelope = proto.lookupType('Envelope');
const WsMessage = proto.lookupType('WebSocketMessage');

export const b64 = (bytes) => Buffer.from(bytes).toString('base64');
export const unb64 = (text) => new Uint8Array(Buffer.from(text, 'base64'));

export async function call(method, path, { body, auth, headers = {}, raw } = {}) {
  const h = { ...headers };
  if (auth) h.authorization = 'Basic ' + Buffer.from(`${auth.user}:${auth.password}`).toString('base64');
  let payload;
  if (raw) payload = raw;
  else if (body !== undefined) {
    h['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(BASE + path, { method, headers: h, body: payload });
  const text = await response.text();
  let json;
  try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
  return { status: response.status, json, text };
}

class Stores {
  constructor(identity, registrationId) {
    this.identity = identity;
    this.registrationId = registrationId;
    this.sessions = new Map(); this.identities = new Map();
    this.preKeys = new Map(); this.signed = new Map(); this.kyber = new Map();
    const self = this;
    this.sessionStore = new (class extends S.SessionStore {
      async saveSession(a, r) { self.sessions.set(a.toString(), r.serialize()); }
      async getSession(a) { const r = self.sessions.get(a.toString()); return r ? S.SessionRecord.deserialize(r) : null; }
      async getExistingSessions(as) { return as.map((a) => S.SessionRecord.deserialize(self.sessions.get(a.toString()))); }
    })();
    this.identityStore = new (class extends S.IdentityKeyStore {
      async getIdentityKey() { return self.identity.privateKey; }
      async getLocalRegistrationId() { return self.registrationId; }
      async saveIdentity(a, k) { self.identities.set(a.toString(), k.serialize()); return S.IdentityChange.NewOrUnchanged; }
      async isTrustedIdentity() { return true; }
      async getIdentity(a) { const k = self.identities.get(a.toString()); return k ? S.PublicKey.deserialize(k) : null; }
    })();
    this.preKeyStore = new (class extends S.PreKeyStore {
      async savePreKey(id, r) { self.preKeys.set(id, r); }
      async getPreKey(id) { return self.preKeys.get(id); }
      async removePreKey(id) { self.preKeys.delete(id); }
    })();
    this.signedStore = new (class extends S.SignedPreKeyStore {
      async saveSignedPreKey(id, r) { self.signed.set(id, r); }
      async getSignedPreKey(id) { return self.signed.get(id); }
    })();
    this.kyberStore = new (class extends S.KyberPreKeyStore {
      async saveKyberPreKey(id, r) { self.kyber.set(id, r); }
      async getKyberPreKey(id) { return self.kyber.get(id); }
      async markKyberPreKeyUsed() {}
    })();
  }
}

function signedEc(identity, id, stores) {
  const key = S.PrivateKey.generate();
  const signature = identity.privateKey.sign(key.getPublicKey().serialize());
  stores?.signed.set(id, S.SignedPreKeyRecord.new(id, Date.now(), key.getPublicKey(), key, signature));
  return { keyId: id, publicKey: b64(key.getPublicKey().serialize()), signature: b64(signature) };
}

function signedKem(identity, id, stores) {
  const pair = S.KEMKeyPair.generate();
  const signature = identity.privateKey.sign(pair.getPublicKey().serialize());
  stores?.kyber.set(id, S.KyberPreKeyRecord.new(id, Date.now(), pair, signature));
  return { keyId: id, publicKey: b64(pair.getPublicKey().serialize()), signature: b64(signature) };
}

export async function verifiedSession(number) {
  const created = await call('POST', '/v1/verification/session', { body: { number } });
  if (created.status !== 200) throw new Error(`session: ${created.status} ${created.text}`);
  const id = created.json.id;
  await call('PATCH', `/v1/verification/session/${id}`, { body: { captcha: 'client-test' } });
  const sent = await call('POST', `/v1/verification/session/${id}/code`, { body: { transport: 'sms', client: 'ios' } });
  if (sent.status !== 200) throw new Error(`code: ${sent.status} ${sent.text}`);
  const verified = await call('PUT', `/v1/verification/session/${id}/code`, { body: { code: CODE } });
  if (!verified.json?.verified) throw new Error(`verify: ${verified.text}`);
  return id;
}

/** Registers `number` with fresh libsignal identities and uploads one-time keys. */
export async function register(number) {
  const sessionId = await verifiedSession(number);
  const aciIdentity = S.IdentityKeyPair.generate();
  const pniIdentity = S.IdentityKeyPair.generate();
  const registrationId = 1 + Math.floor(Math.random() * 16000);
  const stores = new Stores(aciIdentity, registrationId);
  const uak = new Uint8Array(16).map(() => Math.floor(Math.random() * 256));
  const password = 'pw-' + Math.random().toString(36).slice(2);
  const body = {
    sessionId,
    accountAttributes: {
      fetchesMessages: true, registrationId, pniRegistrationId: registrationId,
      unidentifiedAccessKey: b64(uak), unrestrictedUnidentifiedAccess: false,
      discoverableByPhoneNumber: true, capabilities: { storage: true },
    },
    skipDeviceTransfer: true,
    aciIdentityKey: b64(aciIdentity.publicKey.serialize()),
    pniIdentityKey: b64(pniIdentity.publicKey.serialize()),
    aciSignedPreKey: signedEc(aciIdentity, 1, stores),
    pniSignedPreKey: signedEc(pniIdentity, 1),
    aciPqLastResortPreKey: signedKem(aciIdentity, 1, stores),
    pniPqLastResortPreKey: signedKem(pniIdentity, 1),
  };
  const r = await call('POST', '/v1/registration', { body, auth: { user: number, password } });
  if (r.status !== 200) throw new Error(`register: ${r.status} ${r.text}`);
  const account = { number, aci: r.json.uuid, pni: r.json.pni, password, registrationId, stores, uak, deviceId: 1, aciIdentity, pniIdentity };
  account.auth = { user: `${account.aci}.1`, password };
  await uploadOneTimeKeys(account);
  return account;
}

/** Uploads a few one-time EC and Kyber prekeys for the account's device. */
async function uploadOneTimeKeys(account) {
  const preKeys = [];
  for (let id = 10; id < 15; id++) {
    const key = S.PrivateKey.generate();
    account.stores.preKeys.set(id, S.PreKeyRecord.new(id, key.getPublicKey(), key));
    preKeys.push({ keyId: id, publicKey: b64(key.getPublicKey().serialize()) });
  }
  const pqPreKeys = [20, 21, 22].map((id) => signedKem(account.aciIdentity, id, account.stores));
  const up = await call('PUT', '/v2/keys?identity=aci', { body: { preKeys, pqPreKeys }, auth: account.auth });
  if (up.status !== 200) throw new Error(`keys: ${up.status} ${up.text}`);
}

/** Links a new device to `primary`'s account; returns it as an account of its own. */
export async function linkDevice(primary) {
  const code = await call('GET', '/v1/devices/provisioning/code', { auth: primary.auth });
  if (code.status !== 200) throw new Error(`provisioning code: ${code.status} ${code.text}`);
  const registrationId = 1 + Math.floor(Math.random() * 16000);
  const stores = new Stores(primary.aciIdentity, registrationId);
  const password = 'pw-' + Math.random().toString(36).slice(2);
  const body = {
    verificationCode: code.json.verificationCode,
    accountAttributes: { fetchesMessages: true, registrationId, pniRegistrationId: registrationId, capabilities: { storage: true } },
    aciSignedPreKey: signedEc(primary.aciIdentity, 2, stores),
    pniSignedPreKey: signedEc(primary.pniIdentity, 2),
    aciPqLastResortPreKey: signedKem(primary.aciIdentity, 2, stores),
    pniPqLastResortPreKey: signedKem(primary.pniIdentity, 2),
  };
  const r = await call('PUT', '/v1/devices/link', { body, auth: { user: primary.number, password } });
  if (r.status !== 200) throw new Error(`link: ${r.status} ${r.text}`);
  const device = { ...primary, deviceId: r.json.deviceId, registrationId, stores, password };
  device.auth = { user: `${primary.aci}.${device.deviceId}`, password };
  await uploadOneTimeKeys(device);
  return device;
}

/** Builds a session from the server's bundle for one device of `target` (default 1). */
export async function startSession(from, target, deviceId = 1) {
  const r = await call('GET', `/v2/keys/${target.aci}/${deviceId}`, { auth: from.auth });
  if (r.status !== 200) throw new Error(`bundle: ${r.status} ${r.text}`);
  const d = r.json.devices[0];
  const bundle = S.PreKeyBundle.new(
    d.registrationId, d.deviceId,
    d.preKey ? d.preKey.keyId : null, d.preKey ? S.PublicKey.deserialize(unb64(d.preKey.publicKey)) : null,
    d.signedPreKey.keyId, S.PublicKey.deserialize(unb64(d.signedPreKey.publicKey)), unb64(d.signedPreKey.signature),
    S.PublicKey.deserialize(unb64(r.json.identityKey)),
    d.pqPreKey.keyId, S.KEMPublicKey.deserialize(unb64(d.pqPreKey.publicKey)), unb64(d.pqPreKey.signature),
  );
  await S.processPreKeyBundle(bundle, S.ProtocolAddress.new(target.aci, d.deviceId), S.ProtocolAddress.new(from.aci, from.deviceId),
    from.stores.sessionStore, from.stores.identityStore);
}

export async function encrypt(from, target, text) {
  const ciphertext = await S.signalEncrypt(new TextEncoder().encode(text), S.ProtocolAddress.new(target.aci, 1),
    S.ProtocolAddress.new(from.aci, 1), from.stores.sessionStore, from.stores.identityStore);
  return { type: ciphertext.type(), content: b64(ciphertext.serialize()) };
}

export async function decrypt(to, sourceAci, type, content) {
  const address = S.ProtocolAddress.new(sourceAci, 1);
  const local = S.ProtocolAddress.new(to.aci, 1);
  const st = to.stores;
  const plain = type === 3
    ? await S.signalDecryptPreKey(S.PreKeySignalMessage.deserialize(content), address, local, st.sessionStore,
      st.identityStore, st.preKeyStore, st.signedStore, st.kyberStore)
    : await S.signalDecrypt(S.SignalMessage.deserialize(content), address, local, st.sessionStore, st.identityStore);
  return new TextDecoder().decode(plain);
}

/** Opens the chat websocket; `requests` collects server-pushed requests. */
export function connect(account) {
  return new Promise((resolve, reject) => {
    const url = BASE.replace('http', 'ws') + '/v1/websocket/';
    const auth = 'Basic ' + Buffer.from(`${account.auth.user}:${account.auth.password}`).toString('base64');
    const ws = new WebSocket(url, { headers: { authorization: auth } });
    const queue = []; const waiters = [];
    ws.on('message', (data) => {
      const msg = WsMessage.decode(new Uint8Array(data));
      if (msg.type !== 1) return;
      const w = waiters.shift();
      if (w) w(msg.request); else queue.push(msg.request);
    });
    ws.on('open', () => resolve({
      ws,
      next: () => new Promise((res) => { const q = queue.shift(); if (q) res(q); else waiters.push(res); }),
      respond: (id, status) => ws.send(WsMessage.encode({ type: 2, response: { id, status, message: 'OK' } }).finish()),
      close: () => ws.close(),
    }));
    ws.on('error', reject);
  });
}
