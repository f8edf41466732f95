// libsignal's own client library against the server: registration with real keys, session
// set-up from the server's bundles, messages over REST and the websocket, sealed sender.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as S from '@signalapp/libsignal-client';
import { call, register, startSession, encrypt, decrypt, connect, Envelope, b64, unb64 } from './client.mjs';

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
