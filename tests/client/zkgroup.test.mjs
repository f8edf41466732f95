// zkgroup with libsignal's client: group auth and call-link credentials from
// GET /v1/certificate/auth/group are accepted by `receive…`, create-auth credentials by
// CreateCallLinkCredentialRequestContext#receive, and group-send tokens made from
// endorsements (issued here with the server's params, as the group-storage service would)
// open GET /v2/keys and multi-recipient sends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as S from '@signalapp/libsignal-client';
import * as Z from '@signalapp/libsignal-client/zkgroup.js';
import { call, register, b64, unb64 } from './client.mjs';
import { serverSecretParams, genericSecretParams } from './zk-params.mjs';

const number = (n) => `+1555555${String(n).padStart(4, '0')}`;
const run = 950 + (Date.now() % 20);
const DAY = 86400;
const today = () => Math.floor(Date.now() / 1000 / DAY) * DAY;

// The public params the server published for client builds.
const published = (name) => unb64(fs.readFileSync(path.join(process.env.SIGNAL_DATA_DIR, name), 'utf8').trim());
const serverPublicParams = new Z.ServerPublicParams(published('zkgroup-public-params'));
const genericPublicParams = new Z.GenericServerPublicParams(published('zkgroup-generic-public-params'));

test('the published public params are those of the configured secrets', () => {
  assert.deepEqual(serverPublicParams.serialize(), serverSecretParams.getPublicParams().serialize());
  assert.deepEqual(genericPublicParams.serialize(), genericSecretParams.getPublicParams().serialize());
});

test('group auth and call-link auth credentials are accepted by libsignal', async () => {
  const alice = await register(number(run));
  const start = today();
  const end = start + 7 * DAY;
  const r = await call('GET', `/v1/certificate/auth/group?redemptionStartSeconds=${start}&redemptionEndSeconds=${end}`,
    { auth: alice.auth });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.pni, alice.pni);
  assert.equal(r.json.credentials.length, 8);
  assert.equal(r.json.callLinkAuthCredentials.length, 8);
  const aci = S.Aci.fromUuid(alice.aci);
  const pni = S.Pni.fromUuid(alice.pni);
  const client = new Z.ClientZkAuthOperations(serverPublicParams);
  const groupParams = Z.GroupSecretParams.generate();
  for (const [i, c] of r.json.credentials.entries()) {
    assert.equal(c.redemptionTime, start + i * DAY);
    const credential = client.receiveAuthCredentialWithPniAsServiceId(aci, pni, c.redemptionTime,
      new Z.AuthCredentialWithPniResponse(unb64(c.credential)));
    if (i === 0) {
      // The group-storage service (holding the same secret) accepts a presentation of it.
      const presentation = client.createAuthCredentialWithPniPresentation(groupParams, credential);
      new Z.ServerZkAuthOperations(serverSecretParams)
        .verifyAuthCredentialPresentation(groupParams.getPublicParams(), presentation, new Date());
    }
    // A credential for another day is refused.
    assert.throws(() => client.receiveAuthCredentialWithPniAsServiceId(aci, pni, c.redemptionTime + DAY,
      new Z.AuthCredentialWithPniResponse(unb64(c.credential))));
  }
  for (const c of r.json.callLinkAuthCredentials) {
    new Z.CallLinkAuthCredentialResponse(unb64(c.credential)).receive(aci, c.redemptionTime, genericPublicParams);
    assert.throws(() => new Z.CallLinkAuthCredentialResponse(unb64(c.credential))
      .receive(S.Aci.fromUuid(crypto.randomUUID()), c.redemptionTime, genericPublicParams));
  }
});

test('create-auth issues a CreateCallLinkCredential that libsignal accepts', async () => {
  const alice = await register(number(run + 1));
  const roomId = crypto.getRandomValues(new Uint8Array(32));
  const context = Z.CreateCallLinkCredentialRequestContext.forRoomId(roomId);
  const r = await call('POST', '/v1/call-link/create-auth', {
    auth: alice.auth,
    body: { createCallLinkCredentialRequest: b64(context.getRequest().serialize()) },
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.redemptionTime, today());
  const aci = S.Aci.fromUuid(alice.aci);
  const credential = context.receive(new Z.CreateCallLinkCredentialResponse(unb64(r.json.credential)), aci,
    genericPublicParams);
  // The calling service (holding the generic secret) accepts a presentation of it.
  const callLinkParams = Z.CallLinkSecretParams.deriveFromRootKey(crypto.getRandomValues(new Uint8Array(16)));
  const presentation = credential.present(roomId, aci, genericPublicParams, callLinkParams);
  presentation.verify(roomId, genericSecretParams, callLinkParams.getPublicParams());
  // Someone else's ACI does not match.
  assert.throws(() => context.receive(new Z.CreateCallLinkCredentialResponse(unb64(r.json.credential)),
    S.Aci.fromUuid(crypto.randomUUID()), genericPublicParams));
});

test('group-send tokens from endorsements open key fetches and multi-recipient sends', async () => {
  const alice = await register(number(run + 2));
  const bob = await register(number(run + 3));
  const carol = await register(number(run + 4));
  const members = [alice, bob, carol].map((a) => S.Aci.fromUuid(a.aci));
  // The group-storage service issues endorsements for the group's members.
  const groupParams = Z.GroupSecretParams.generate();
  const cipher = new Z.ClientZkGroupCipher(groupParams);
  const expiration = new Date((today() + 2 * DAY) * 1000);
  const response = Z.GroupSendEndorsementsResponse.issue(members.map((m) => cipher.encryptServiceId(m)),
    Z.GroupSendDerivedKeyPair.forExpiration(expiration, serverSecretParams));
  // Alice receives them with the server's public params and makes tokens.
  const received = response.receiveWithServiceIds(members, members[0], groupParams, serverPublicParams);
  const bobToken = b64(received.endorsements[1].toFullToken(groupParams, response.getExpiration()).serialize());
  const carolToken = b64(received.endorsements[2].toFullToken(groupParams, response.getExpiration()).serialize());

  let r = await call('GET', `/v2/keys/${bob.aci}/1`, { headers: { 'group-send-token': bobToken } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.devices[0].registrationId, bob.registrationId);
  // The bundle is usable: libsignal processes it.
  const d = r.json.devices[0];
  const bundle = S.PreKeyBundle.new(d.registrationId, d.deviceId, d.preKey?.keyId ?? null,
    d.preKey ? S.PublicKey.deserialize(unb64(d.preKey.publicKey)) : null,
    d.signedPreKey.keyId, S.PublicKey.deserialize(unb64(d.signedPreKey.publicKey)), unb64(d.signedPreKey.signature),
    S.PublicKey.deserialize(unb64(r.json.identityKey)),
    d.pqPreKey.keyId, S.KEMPublicKey.deserialize(unb64(d.pqPreKey.publicKey)), unb64(d.pqPreKey.signature));
  await S.processPreKeyBundle(bundle, S.ProtocolAddress.new(bob.aci, d.deviceId),
    S.ProtocolAddress.new(alice.aci, alice.deviceId), alice.stores.sessionStore, alice.stores.identityStore);

  r = await call('GET', `/v2/keys/${bob.aci}/1`, { headers: { 'group-send-token': carolToken } });
  assert.equal(r.status, 401, r.text);
  r = await call('GET', `/v2/keys/${bob.aci}/1`, { headers: { 'group-send-token': bobToken }, auth: alice.auth });
  assert.equal(r.status, 400, r.text);

  // The combined endorsement (everyone but Alice) covers a message to Bob and Carol.
  const combined = b64(received.combinedEndorsement.toFullToken(groupParams, response.getExpiration()).serialize());
  const mrm = (recipients) => {
    const parts = [Buffer.from([0x23, recipients.length])];
    for (const a of recipients) {
      parts.push(Buffer.from([0]), Buffer.from(a.aci.replace(/-/g, ''), 'hex'), Buffer.from([1]),
        Buffer.from([(a.registrationId >> 8) & 0x3f, a.registrationId & 0xff]), Buffer.alloc(48, 0xcc));
    }
    parts.push(Buffer.alloc(32, 0xee), Buffer.from('shared ciphertext'));
    return Buffer.concat(parts);
  };
  const put = (body, token) => call('PUT', '/v1/messages/multi_recipient?ts=5', {
    raw: body, headers: { 'content-type': 'application/vnd.signal-messenger.mrm', 'group-send-token': token },
  });
  r = await put(mrm([bob, carol]), combined);
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(r.json.uuids404, []);
  r = await put(mrm([bob, carol]), bobToken);
  assert.equal(r.status, 401, r.text);
  for (const who of [bob, carol]) {
    r = await call('GET', '/v1/messages', { auth: who.auth });
    assert.equal(r.json.messages.length, 1);
    assert.equal(r.json.messages[0].type, 6);
  }
});
