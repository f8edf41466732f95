// libsignal's own client library against the server: registration with real keys, session
// set-up from the server's bundles, messages over REST and the websocket, sealed sender.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as S from '@signalapp/libsignal-client';
import { call, register, linkDevice, startSession, encrypt, decrypt, connect, Envelope, b64, unb64 } from './client.mjs';

const number = (n) => `+1555555${String(n).padStart(4, '0')}`;
const run = Date.now() % 900;

test('two accounts exchange messages over REST and the websocket', async () => {
  const alice = await register(number(run));
  const bob = await register(number(run + 1));
  await startSession(alice, bob);

  // REST: send, fetch, decrypt, acknowledge.
  const first = await encrypt(alice, bob, 'hello over REST');
  let r = await call('PUT', `/v1/messages/${bob.aci}`, {
    auth: alice.auth,
    body: { messages: [{ type: first.type, destinationDeviceId: 1, destinationRegistrationId: bob.registrationId, content: first.content }], timestamp: Date.now() },
  });
  assert.equal(r.status, 200, r.text);
  r = await call('GET', '/v1/messages', { auth: bob.auth });
  assert.equal(r.status, 200);
  const m = r.json.messages[0];
  assert.equal(m.sourceUuid, alice.aci);
  assert.equal(await decrypt(bob, alice.aci, m.type, unb64(m.content)), 'hello over REST');
  r = await call('DELETE', `/v1/messages/uuid/${m.guid}`, { auth: bob.auth });
  assert.equal(r.status, 204);

  // Websocket: the server pushes the envelope; a 200 response acknowledges it.
  const socket = await connect(bob);
  const empty = await socket.next();
  assert.equal(empty.path, '/api/v1/queue/empty');
  const second = await encrypt(alice, bob, 'hello over the websocket');
  r = await call('PUT', `/v1/messages/${bob.aci}`, {
    auth: alice.auth,
    body: { messages: [{ type: second.type, destinationDeviceId: 1, destinationRegistrationId: bob.registrationId, content: second.content }] },
  });
  assert.equal(r.status, 200, r.text);
  const pushed = await socket.next();
  assert.equal(pushed.path, '/api/v1/message');
  const envelope = Envelope.decode(pushed.body);
  assert.equal(await decrypt(bob, alice.aci, envelope.type, envelope.content), 'hello over the websocket');
  socket.respond(pushed.id, 200);
  socket.close();
});

test('sealed sender with a certificate libsignal validates against the trust root', async () => {
  const alice = await register(number(run + 2));
  const bob = await register(number(run + 3));
  await startSession(alice, bob);
  const trustRoot = S.PublicKey.deserialize(unb64(fs.readFileSync(path.join(process.env.SIGNAL_DATA_DIR, 'trust-root.pub'), 'utf8').trim()));
  const r = await call('GET', '/v1/certificate/delivery', { auth: alice.auth });
  assert.equal(r.status, 200, r.text);
  const certificate = S.SenderCertificate.deserialize(unb64(r.json.certificate));
  assert.ok(certificate.validate(trustRoot, Date.now()), 'certificate validates');
  const sealed = await S.sealedSenderEncryptMessage(new TextEncoder().encode('sealed hello'),
    S.ProtocolAddress.new(bob.aci, 1), certificate, alice.stores.sessionStore, alice.stores.identityStore);
  const body = { messages: [{ type: 6, destinationDeviceId: 1, destinationRegistrationId: bob.registrationId, content: b64(sealed) }] };
  const wrong = await call('PUT', `/v1/messages/${bob.aci}`, { body, headers: { 'unidentified-access-key': b64(new Uint8Array(16)) } });
  assert.equal(wrong.status, 401);
  const sent = await call('PUT', `/v1/messages/${bob.aci}`, { body, headers: { 'unidentified-access-key': b64(bob.uak) } });
  assert.equal(sent.status, 200, sent.text);
  const fetched = await call('GET', '/v1/messages', { auth: bob.auth });
  const m = fetched.json.messages[0];
  assert.equal(m.type, 6);
  assert.equal(m.sourceUuid ?? null, null);
  const st = bob.stores;
  const result = await S.sealedSenderDecryptMessage(unb64(m.content), trustRoot, Date.now(), null, bob.aci, 1,
    st.sessionStore, st.identityStore, st.preKeyStore, st.signedStore, st.kyberStore);
  assert.equal(result.senderUuid(), alice.aci);
  assert.equal(new TextDecoder().decode(result.message()), 'sealed hello');
});

test('a linked device logs in, and a multi-recipient sealed-sender message reaches three devices', async () => {
  const alice = await register(number(run + 4));
  const bob = await register(number(run + 5));
  const carol = await register(number(run + 6));
  const bob2 = await linkDevice(bob);
  assert.equal(bob2.deviceId, 2);
  const devices = await call('GET', '/v1/devices', { auth: bob2.auth });
  assert.equal(devices.status, 200);
  assert.deepEqual(devices.json.devices.map((d) => d.id).sort(), [1, 2]);

  for (const [target, device] of [[bob, 1], [bob, 2], [carol, 1]]) await startSession(alice, target, device);
  const r = await call('GET', '/v1/certificate/delivery', { auth: alice.auth });
  const certificate = S.SenderCertificate.deserialize(unb64(r.json.certificate));
  const original = await S.signalEncrypt(new TextEncoder().encode('original'), S.ProtocolAddress.new(carol.aci, 1),
    S.ProtocolAddress.new(alice.aci, 1), alice.stores.sessionStore, alice.stores.identityStore);
  const error = S.DecryptionErrorMessage.forOriginal(original.serialize(), original.type(), Date.now(), 1);
  const inner = S.CiphertextMessage.from(S.PlaintextContent.from(error));
  const usmc = S.UnidentifiedSenderMessageContent.new(inner, certificate, S.ContentHint.Default, null);
  const recipients = [S.ProtocolAddress.new(bob.aci, 1), S.ProtocolAddress.new(bob.aci, 2), S.ProtocolAddress.new(carol.aci, 1)];
  const mrm = await S.sealedSenderMultiRecipientEncrypt(usmc, recipients, alice.stores.identityStore, alice.stores.sessionStore);
  const key = bob.uak.map((b, i) => b ^ carol.uak[i]);
  const sent = await call('PUT', `/v1/messages/multi_recipient?ts=${Date.now()}`, {
    raw: mrm, headers: { 'content-type': 'application/vnd.signal-messenger.mrm', 'unidentified-access-key': b64(key) },
  });
  assert.equal(sent.status, 200, sent.text);
  assert.deepEqual(sent.json.uuids404, []);
  for (const device of [bob, bob2, carol]) {
    const fetched = await call('GET', '/v1/messages', { auth: device.auth });
    assert.equal(fetched.json.messages.length, 1, `device ${device.auth.user}`);
    const m = fetched.json.messages[0];
    assert.equal(m.type, 6);
    const decrypted = await S.sealedSenderDecryptToUsmc(unb64(m.content), device.stores.identityStore);
    assert.equal(decrypted.senderCertificate().senderUuid(), alice.aci);
    assert.deepEqual(Buffer.from(decrypted.contents()), Buffer.from(inner.serialize()));
  }
});
