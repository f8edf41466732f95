// Backups (`/v1/archives*`) with libsignal's client: backup-id commitment, BackupAuthCredentials
// received by BackupAuthCredentialRequestContext#receive, presentations signed with the backup
// key pair opening the anonymous operations, the message backup upload and its read
// credentials, a receipt redeemed for the paid tier (issued here with the server's params, as
// the payment side would), and media copied into the backup and decrypted again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import nodeCrypto from 'node:crypto';
import * as S from '@signalapp/libsignal-client';
import * as Z from '@signalapp/libsignal-client/zkgroup.js';
import { call, register, b64, unb64, BASE } from './client.mjs';
import { serverSecretParams } from './zk-params.mjs';

const number = (n) => `+1555555${String(n).padStart(4, '0')}`;
const run = 900 + (Date.now() % 20) * 2;
const DAY = 86400;
const today = () => Math.floor(Date.now() / 1000 / DAY) * DAY;
const b64url = (bytes) => Buffer.from(bytes).toString('base64url');

const published = (name) => unb64(fs.readFileSync(path.join(process.env.SIGNAL_DATA_DIR, name), 'utf8').trim());
const backupParams = new Z.GenericServerPublicParams(published('zkgroup-backup-public-params'));
const serverPublicParams = new Z.ServerPublicParams(published('zkgroup-public-params'));

// A client's backup state: the two request contexts and key pairs (messages, media).
function backupClient(account) {
  const keys = { messages: crypto.getRandomValues(new Uint8Array(32)), media: crypto.getRandomValues(new Uint8Array(32)) };
  return {
    account,
    contexts: {
      messages: Z.BackupAuthCredentialRequestContext.create(keys.messages, account.aci),
      media: Z.BackupAuthCredentialRequestContext.create(keys.media, account.aci),
    },
    pairs: { messages: S.PrivateKey.generate(), media: S.PrivateKey.generate() },
  };
}

async function commit(client) {
  return call('PUT', '/v1/archives/backupid', {
    auth: client.account.auth,
    body: {
      messagesBackupAuthCredentialRequest: b64(client.contexts.messages.getRequest().serialize()),
      mediaBackupAuthCredentialRequest: b64(client.contexts.media.getRequest().serialize()),
    },
  });
}

// Today's credentials of both types, received with libsignal.
async function credentials(client) {
  const start = today();
  const r = await call('GET', `/v1/archives/auth?redemptionStartSeconds=${start}&redemptionEndSeconds=${start + DAY}`,
    { auth: client.account.auth });
  assert.equal(r.status, 200, r.text);
  const out = {};
  for (const type of ['messages', 'media']) {
    assert.equal(r.json.credentials[type].length, 2);
    const [c] = r.json.credentials[type];
    assert.equal(c.redemptionTime, start);
    out[type] = client.contexts[type].receive(new Z.BackupAuthCredentialResponse(unb64(c.credential)), c.redemptionTime,
      backupParams);
  }
  return out;
}

// ZK headers for a credential, signed with `signer` (default: the type's key pair).
function zkHeaders(client, credential, type, signer = client.pairs[type]) {
  const presentation = credential.present(backupParams).serialize();
  return {
    'x-signal-zk-auth': b64(presentation),
    'x-signal-zk-auth-signature': b64(signer.sign(presentation)),
  };
}

async function setKey(client, credential, type) {
  return call('PUT', '/v1/archives/keys', {
    headers: zkHeaders(client, credential, type),
    // The field Android (ArchiveSetPublicKeyRequest) and Desktop (setBackupSignatureKey) send.
    body: { backupIdPublicKey: b64(client.pairs[type].getPublicKey().serialize()) },
  });
}

// Uploads through an upload form of the built-in CDN (resumable: POST starts, PUT sends).
async function upload(form, bytes) {
  const start = await fetch(form.signedUploadLocation, { method: 'POST', headers: form.headers });
  assert.equal(start.status, 201, await start.text());
  const put = await fetch(start.headers.get('location'), { method: 'PUT', body: bytes });
  assert.equal(put.status, 200, await put.text());
}

async function redeem(client, serialBytes, level = 201n, expiration = today() + 30 * DAY) {
  const ops = new Z.ClientZkReceiptOperations(serverPublicParams);
  const context = ops.createReceiptCredentialRequestContext(new Z.ReceiptSerial(serialBytes));
  const response = new Z.ServerZkReceiptOperations(serverSecretParams)
    .issueReceiptCredential(context.getRequest(), expiration, level);
  const presentation = ops.createReceiptCredentialPresentation(ops.receiveReceiptCredential(context, response));
  return call('POST', '/v1/archives/redeem-receipt', {
    auth: client.account.auth,
    body: { receiptCredentialPresentation: b64(presentation.serialize()) },
  });
}

test('backup credentials, public key and the anonymous backup operations', async () => {
  const alice = backupClient(await register(number(run)));
  let r = await commit(alice);
  assert.equal(r.status, 204, r.text);
  const creds = await credentials(alice);
  assert.equal(creds.messages.getBackupLevel(), Z.BackupLevel.Free);
  assert.equal(creds.messages.getType(), Z.BackupCredentialType.Messages);
  assert.equal(creds.media.getType(), Z.BackupCredentialType.Media);

  // No key yet: 401.
  r = await call('GET', '/v1/archives', { headers: zkHeaders(alice, creds.messages, 'messages') });
  assert.equal(r.status, 401, r.text);
  // The devices' field name is not the archive's: backupIdPublicKey is required (422).
  r = await call('PUT', '/v1/archives/keys', {
    headers: zkHeaders(alice, creds.messages, 'messages'),
    body: { publicKey: b64(alice.pairs.messages.getPublicKey().serialize()) },
  });
  assert.equal(r.status, 422, r.text);
  r = await setKey(alice, creds.messages, 'messages');
  assert.equal(r.status, 204, r.text);
  // Setting the same key again is fine, another key is 401.
  r = await setKey(alice, creds.messages, 'messages');
  assert.equal(r.status, 204, r.text);
  const other = S.PrivateKey.generate();
  r = await call('PUT', '/v1/archives/keys', {
    headers: zkHeaders(alice, creds.messages, 'messages', other),
    body: { backupIdPublicKey: b64(other.getPublicKey().serialize()) },
  });
  assert.equal(r.status, 401, r.text);

  r = await call('GET', '/v1/archives', { headers: zkHeaders(alice, creds.messages, 'messages') });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.backupName, 'backup');
  assert.equal(r.json.usedSpace, 0);
  assert.match(r.json.backupDir, /^[A-Za-z0-9_-]{22}$/);
  assert.match(r.json.mediaDir, /^[A-Za-z0-9_-]{22}$/);
  const info = r.json;

  // A signature by another key, or Basic credentials alongside, are refused.
  r = await call('GET', '/v1/archives', { headers: zkHeaders(alice, creds.messages, 'messages', other) });
  assert.equal(r.status, 401, r.text);
  r = await call('GET', '/v1/archives', { auth: alice.account.auth, headers: zkHeaders(alice, creds.messages, 'messages') });
  assert.equal(r.status, 400, r.text);
  // Invalid Basic credentials are ignored (the request is anonymous): the ZK auth decides.
  r = await call('GET', '/v1/archives', {
    auth: { user: alice.account.auth.user, password: 'wrong password' },
    headers: zkHeaders(alice, creds.messages, 'messages'),
  });
  assert.equal(r.status, 200, r.text);

  r = await call('POST', '/v1/archives', { headers: zkHeaders(alice, creds.messages, 'messages') });
  assert.equal(r.status, 204, r.text);

  // Message backup upload, then reading it back with the read credentials.
  r = await call('GET', '/v1/archives/upload/form', { headers: zkHeaders(alice, creds.messages, 'messages') });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.key, `${info.backupDir}/backup`);
  const backupBytes = crypto.getRandomValues(new Uint8Array(5000));
  await upload(r.json, backupBytes);
  r = await call('GET', `/v1/archives/auth/read?cdn=${info.cdn}`, { headers: zkHeaders(alice, creds.messages, 'messages') });
  assert.equal(r.status, 200, r.text);
  const readHeaders = r.json.headers;
  const url = `${BASE}/cdn/backups/${info.backupDir}/backup`;
  let got = await fetch(url, { headers: readHeaders });
  assert.equal(got.status, 200);
  assert.deepEqual(new Uint8Array(await got.arrayBuffer()), backupBytes);
  got = await fetch(url);
  assert.equal(got.status, 401);
  r = await call('GET', `/v1/archives/auth/read?cdn=${info.cdn + 1}`, { headers: zkHeaders(alice, creds.messages, 'messages') });
  assert.equal(r.status, 400, r.text);

  // Uploading media needs a paid media credential; listing and deleting need only a media
  // credential (a lapsed paid tier can still clean up).
  r = await setKey(alice, creds.media, 'media');
  assert.equal(r.status, 204, r.text);
  r = await call('GET', '/v1/archives/media/upload/form', { headers: zkHeaders(alice, creds.media, 'media') });
  assert.equal(r.status, 403, r.text);
  r = await call('GET', '/v1/archives/media', { headers: zkHeaders(alice, creds.media, 'media') });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(r.json.storedMediaObjects, []);
  r = await call('POST', '/v1/archives/media/delete', {
    headers: zkHeaders(alice, creds.media, 'media'),
    body: { mediaToDelete: [{ cdn: info.cdn, mediaId: b64url(new Uint8Array(15)) }] },
  });
  assert.equal(r.status, 204, r.text);
  r = await call('GET', '/v1/archives/media', { headers: zkHeaders(alice, creds.messages, 'messages') });
  assert.equal(r.status, 401, r.text);
  // The messages credential is the wrong type for the media upload form.
  r = await call('GET', '/v1/archives/media/upload/form', { headers: zkHeaders(alice, creds.messages, 'messages') });
  assert.equal(r.status, 401, r.text);

  // Deleting the backup removes it and its key.
  r = await call('DELETE', '/v1/archives', { headers: zkHeaders(alice, creds.messages, 'messages') });
  assert.equal(r.status, 204, r.text);
  r = await call('GET', '/v1/archives', { headers: zkHeaders(alice, creds.messages, 'messages') });
  assert.equal(r.status, 401, r.text);
  got = await fetch(url, { headers: readHeaders });
  assert.equal(got.status, 404);
});

test('a redeemed receipt buys paid media backups: copy, list, read, delete, quota', async () => {
  const bob = backupClient(await register(number(run + 1)));
  // No media commitment yet: 409.
  const serial = crypto.getRandomValues(new Uint8Array(16));
  let r = await redeem(bob, serial);
  assert.equal(r.status, 409, r.text);
  assert.equal((await commit(bob)).status, 204);
  // Wrong level, expired receipt: 400.
  r = await redeem(bob, crypto.getRandomValues(new Uint8Array(16)), 1n);
  assert.equal(r.status, 400, r.text);
  r = await redeem(bob, crypto.getRandomValues(new Uint8Array(16)), 201n, today() - DAY);
  assert.equal(r.status, 400, r.text);
  r = await redeem(bob, serial);
  assert.equal(r.status, 204, r.text);
  // The same serial again by the same account is fine; by another account it is 400.
  r = await redeem(bob, serial);
  assert.equal(r.status, 204, r.text);
  const carol = backupClient(await register(number(run + 2)));
  assert.equal((await commit(carol)).status, 204);
  r = await redeem(carol, serial);
  assert.equal(r.status, 400, r.text);

  r = await call('GET', '/v1/accounts/whoami', { auth: bob.account.auth });
  assert.equal(r.json.entitlements.backup.backupLevel, 201);

  const creds = await credentials(bob);
  assert.equal(creds.media.getBackupLevel(), Z.BackupLevel.Paid);
  assert.equal(creds.messages.getBackupLevel(), Z.BackupLevel.Paid);
  assert.equal((await setKey(bob, creds.media, 'media')).status, 204);
  const h = () => zkHeaders(bob, creds.media, 'media');

  // Upload a temporary attachment, then copy it into the backup.
  r = await call('GET', '/v1/archives/media/upload/form', { headers: h() });
  assert.equal(r.status, 200, r.text);
  const source = crypto.getRandomValues(new Uint8Array(1000));
  await upload(r.json, source);
  const sourceAttachment = { cdn: r.json.cdn, key: r.json.key };
  const encryptionKey = crypto.getRandomValues(new Uint8Array(32));
  const hmacKey = crypto.getRandomValues(new Uint8Array(32));
  const mediaId = b64url(crypto.getRandomValues(new Uint8Array(15)));
  const item = (over = {}) => ({
    sourceAttachment, objectLength: source.length, mediaId, hmacKey: b64(hmacKey), encryptionKey: b64(encryptionKey), ...over,
  });
  r = await call('PUT', '/v1/archives/media', { headers: h(), body: item({ objectLength: source.length + 1 }) });
  assert.equal(r.status, 400, r.text);
  r = await call('PUT', '/v1/archives/media', { headers: h(), body: item({ sourceAttachment: { ...sourceAttachment, key: 'AAAAAAAAAAAAAAAAAAAA' } }) });
  assert.equal(r.status, 410, r.text);
  r = await call('PUT', '/v1/archives/media', { headers: h(), body: item({ mediaId: 'short' }) });
  assert.equal(r.status, 400, r.text);
  r = await call('PUT', '/v1/archives/media', { headers: h(), body: item() });
  assert.equal(r.status, 200, r.text);
  const cdn = r.json.cdn;

  const stored = 16 + (Math.floor(source.length / 16) + 1) * 16 + 32;
  r = await call('GET', '/v1/archives/media', { headers: h() });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(r.json.storedMediaObjects, [{ cdn, mediaId, objectLength: stored }]);
  const { backupDir, mediaDir } = r.json;
  r = await call('GET', '/v1/archives', { headers: h() });
  assert.equal(r.json.usedSpace, stored);

  // The stored object is IV ‖ AES-256-CBC ‖ HMAC-SHA256 under the client's keys.
  r = await call('GET', `/v1/archives/auth/read?cdn=${cdn}`, { headers: h() });
  const got = await fetch(`${BASE}/cdn/backups/${backupDir}/${mediaDir}/${mediaId}`, { headers: r.json.headers });
  assert.equal(got.status, 200);
  const blob = Buffer.from(await got.arrayBuffer());
  assert.equal(blob.length, stored);
  const mac = nodeCrypto.createHmac('sha256', hmacKey).update(blob.subarray(0, -32)).digest();
  assert.deepEqual(mac, blob.subarray(-32));
  const decipher = nodeCrypto.createDecipheriv('aes-256-cbc', encryptionKey, blob.subarray(0, 16));
  const plain = Buffer.concat([decipher.update(blob.subarray(16, -32)), decipher.final()]);
  assert.deepEqual(new Uint8Array(plain), source);

  // Batch: always 207, with a status per item.
  const second = b64url(crypto.getRandomValues(new Uint8Array(15)));
  r = await call('PUT', '/v1/archives/media/batch', {
    headers: h(),
    body: { items: [item({ mediaId: second }), item({ mediaId: b64url(new Uint8Array(15)), sourceAttachment: { ...sourceAttachment, key: 'BBBBBBBBBBBBBBBBBBBB' } })] },
  });
  assert.equal(r.status, 207, r.text);
  assert.deepEqual(r.json.responses.map((e) => e.status), [200, 410]);
  assert.equal(r.json.responses[0].mediaId, second);

  // Paging.
  r = await call('GET', '/v1/archives/media?limit=1', { headers: h() });
  assert.equal(r.json.storedMediaObjects.length, 1);
  assert.ok(r.json.cursor);
  const rest = await call('GET', `/v1/archives/media?limit=1&cursor=${encodeURIComponent(r.json.cursor)}`, { headers: h() });
  assert.equal(rest.json.storedMediaObjects.length, 1);
  assert.notEqual(rest.json.storedMediaObjects[0].mediaId, r.json.storedMediaObjects[0].mediaId);
  r = await call('GET', '/v1/archives/media?limit=0', { headers: h() });
  assert.equal(r.status, 400, r.text);

  // Delete: wrong cdn 400; then both gone and the usage back to zero.
  r = await call('POST', '/v1/archives/media/delete', { headers: h(), body: { mediaToDelete: [{ cdn: cdn + 1, mediaId }] } });
  assert.equal(r.status, 400, r.text);
  r = await call('POST', '/v1/archives/media/delete', {
    headers: h(), body: { mediaToDelete: [{ cdn, mediaId }, { cdn, mediaId: second }] },
  });
  assert.equal(r.status, 204, r.text);
  r = await call('GET', '/v1/archives/media', { headers: h() });
  assert.deepEqual(r.json.storedMediaObjects, []);
  r = await call('GET', '/v1/archives', { headers: h() });
  assert.equal(r.json.usedSpace, 0);

  // Quota (run.sh configures 1 MB): a 600 kB object fits once, not twice.
  r = await call('GET', '/v1/archives/media/upload/form', { headers: h() });
  const big = crypto.getRandomValues(new Uint8Array(60000));
  const bigSource = new Uint8Array(600000);
  for (let i = 0; i < 10; i++) bigSource.set(big, i * 60000);
  await upload(r.json, bigSource);
  const bigItem = (id) => ({
    sourceAttachment: { cdn: r.json.cdn, key: r.json.key }, objectLength: bigSource.length, mediaId: id,
    hmacKey: b64(hmacKey), encryptionKey: b64(encryptionKey),
  });
  let copy = await call('PUT', '/v1/archives/media', { headers: h(), body: bigItem(b64url(crypto.getRandomValues(new Uint8Array(15)))) });
  assert.equal(copy.status, 200, copy.text);
  copy = await call('PUT', '/v1/archives/media', { headers: h(), body: bigItem(b64url(crypto.getRandomValues(new Uint8Array(15)))) });
  assert.equal(copy.status, 413, copy.text);
});

test('with a paid voucher, changing the media backup-id is limited to 5 a week', async () => {
  const dave = backupClient(await register(number(run + 3)));
  assert.equal((await commit(dave)).status, 204);
  assert.equal((await redeem(dave, crypto.getRandomValues(new Uint8Array(16)))).status, 204);
  const fresh = () => Z.BackupAuthCredentialRequestContext.create(crypto.getRandomValues(new Uint8Array(32)), dave.account.aci);
  let stored;
  for (let i = 0; i < 5; i++) {
    dave.contexts.media = fresh();
    const r = await commit(dave);
    assert.equal(r.status, 204, r.text);
    stored = dave.contexts.media;
  }
  dave.contexts.media = fresh();
  let r = await commit(dave);
  assert.equal(r.status, 429, r.text);
  // Changing only the messages backup-id is not limited by the paid-media limiter.
  dave.contexts.media = stored;
  dave.contexts.messages = fresh();
  r = await commit(dave);
  assert.equal(r.status, 204, r.text);
});
