// Profiles with libsignal's zkgroup: a real ProfileKeyCommitment and ProfileKeyVersion are
// accepted, the profile is read back anonymously with the access key derived from the
// profile key, and the server's unidentifiedAccess checksum matches that key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import * as S from '@signalapp/libsignal-client';
import fs from 'node:fs';
import path from 'node:path';
import * as Z from '@signalapp/libsignal-client/zkgroup.js';
import { ProfileKey } from '@signalapp/libsignal-client/zkgroup.js';
import { call, register, b64, unb64 } from './client.mjs';
import { serverSecretParams } from './zk-params.mjs';

const DAY = 86400;
const today = () => Math.floor(Date.now() / 1000 / DAY) * DAY;
const serverPublicParams = new Z.ServerPublicParams(
  unb64(fs.readFileSync(path.join(process.env.SIGNAL_DATA_DIR, 'zkgroup-public-params'), 'utf8').trim()));

const number = (n) => `+1555555${String(n).padStart(4, '0')}`;
const run = 500 + (Date.now() % 400);

test('a profile set with libsignal zkgroup values is read back with the derived access key', async () => {
  const alice = await register(number(run));
  const bob = await register(number(run + 1));
  const profileKey = new ProfileKey(new Uint8Array(crypto.randomBytes(32)));
  const aci = S.Aci.fromUuid(alice.aci);
  const accessKey = profileKey.deriveAccessKey();

  // The account's unidentified access key is the one derived from the profile key.
  let r = await call('PUT', '/v1/accounts/attributes', {
    auth: alice.auth,
    body: {
      fetchesMessages: true, registrationId: alice.registrationId, pniRegistrationId: alice.registrationId,
      unidentifiedAccessKey: b64(accessKey), unrestrictedUnidentifiedAccess: false,
      discoverableByPhoneNumber: true, capabilities: { storage: true },
    },
  });
  assert.equal(r.status, 204, r.text);

  const version = profileKey.getProfileKeyVersion(aci).toString();
  const commitment = profileKey.getCommitment(aci).serialize();
  assert.equal(commitment.length, 97);
  const name = crypto.randomBytes(81);
  r = await call('PUT', '/v1/profile', {
    auth: alice.auth,
    body: { version, commitment: b64(commitment), name: b64(name), avatar: true, sameAvatar: false, badgeIds: [] },
  });
  assert.equal(r.status, 200, r.text);
  assert.match(r.json.key, /^profiles\//);

  // Anonymous read with the derived key; the checksum is HMAC-SHA256(accessKey, 32 zero bytes).
  r = await call('GET', `/v1/profile/${alice.aci}/${version}`, { headers: { 'unidentified-access-key': b64(accessKey) } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.name, b64(name));
  assert.match(r.json.avatar, /^profiles\//);
  const checksum = crypto.createHmac('sha256', accessKey).update(Buffer.alloc(32)).digest('base64');
  assert.equal(r.json.unidentifiedAccess, checksum);
  assert.equal(r.json.identityKey, b64(alice.aciIdentity.publicKey.serialize()));

  // Another profile key's access key is refused.
  const other = new ProfileKey(new Uint8Array(crypto.randomBytes(32))).deriveAccessKey();
  r = await call('GET', `/v1/profile/${alice.aci}`, { headers: { 'unidentified-access-key': b64(other) } });
  assert.equal(r.status, 401);

  // The identity check agrees with libsignal's serialized identity key.
  const fingerprint = crypto.createHash('sha256').update(alice.aciIdentity.publicKey.serialize()).digest().subarray(0, 4);
  r = await call('POST', '/v1/profile/identity_check/batch', {
    body: { elements: [{ uuid: alice.aci, fingerprint: b64(fingerprint) }, { uuid: bob.aci, fingerprint: b64(fingerprint) }] },
  });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(r.json.elements, [{ uuid: bob.aci, identityKey: b64(bob.aciIdentity.publicKey.serialize()) }]);
});

test('an expiring profile key credential is issued for the stored commitment and received by libsignal', async () => {
  const alice = await register(number(run + 2));
  const bob = await register(number(run + 3));
  const profileKey = new ProfileKey(new Uint8Array(crypto.randomBytes(32)));
  const aci = S.Aci.fromUuid(alice.aci);
  const version = profileKey.getProfileKeyVersion(aci).toString();
  let r = await call('PUT', '/v1/profile', {
    auth: alice.auth,
    body: { version, commitment: b64(profileKey.getCommitment(aci).serialize()), name: b64(crypto.randomBytes(81)),
      avatar: false, sameAvatar: false, badgeIds: [] },
  });
  assert.equal(r.status, 200, r.text);

  // Bob, who knows Alice's profile key, asks for a credential.
  const ops = new Z.ClientZkProfileOperations(serverPublicParams);
  const context = ops.createProfileKeyCredentialRequestContext(aci, profileKey);
  const request = Buffer.from(context.getRequest().serialize()).toString('hex');
  r = await call('GET', `/v1/profile/${alice.aci}/${version}/${request}?credentialType=expiringProfileKey`,
    { auth: bob.auth });
  assert.equal(r.status, 200, r.text);
  const credential = ops.receiveExpiringProfileKeyCredential(context,
    new Z.ExpiringProfileKeyCredentialResponse(unb64(r.json.credential)));
  assert.equal(credential.getExpirationTime().getTime() / 1000, today() + 7 * DAY);

  // A request for another profile key does not match the stored commitment.
  const other = ops.createProfileKeyCredentialRequestContext(aci, new ProfileKey(new Uint8Array(crypto.randomBytes(32))));
  const otherRequest = Buffer.from(other.getRequest().serialize()).toString('hex');
  r = await call('GET', `/v1/profile/${alice.aci}/${version}/${otherRequest}?credentialType=expiringProfileKey`,
    { auth: bob.auth });
  assert.equal(r.status, 400, r.text);
});

test('a group-send token opens the profile of a member it endorses and no other', async () => {
  const alice = await register(number(run + 4));
  const bob = await register(number(run + 5));
  const carol = await register(number(run + 6));
  const members = [alice, bob].map((a) => S.Aci.fromUuid(a.aci));
  const groupParams = Z.GroupSecretParams.generate();
  const cipher = new Z.ClientZkGroupCipher(groupParams);
  const response = Z.GroupSendEndorsementsResponse.issue(members.map((m) => cipher.encryptServiceId(m)),
    Z.GroupSendDerivedKeyPair.forExpiration(new Date((today() + 2 * DAY) * 1000), serverSecretParams));
  const received = response.receiveWithServiceIds(members, members[0], groupParams, serverPublicParams);
  const bobToken = b64(received.endorsements[1].toFullToken(groupParams, response.getExpiration()).serialize());

  let r = await call('GET', `/v1/profile/${bob.aci}`, { headers: { 'group-send-token': bobToken } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.identityKey, b64(bob.aciIdentity.publicKey.serialize()));
  r = await call('GET', `/v1/profile/${carol.aci}`, { headers: { 'group-send-token': bobToken } });
  assert.equal(r.status, 401, r.text);
  r = await call('GET', `/v1/profile/${bob.aci}`, { headers: { 'group-send-token': bobToken }, auth: alice.auth });
  assert.equal(r.status, 400, r.text);
});
