// Usernames with libsignal's client and the requests exactly as Signal-Desktop makes them
// (ts/textsecure/WebAPI.ts): every hash, proof and encrypted username in URL-safe base64
// without padding (Desktop's toWebSafeBase64; Android's Base64.encodeUrlSafeWithoutPadding is
// the same text). Reserve, confirm, look up by hash, set and read the username link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as S from '@signalapp/libsignal-client';
import { call, register, b64 } from './client.mjs';

const number = (n) => `+1555555${String(n).padStart(4, '0')}`;
const run = 700 + (Date.now() % 40) * 2;
// Desktop: Bytes.toBase64(bytes) with '+' -> '-', '/' -> '_' and the '=' padding removed.
const toWebSafeBase64 = (bytes) => Buffer.from(bytes).toString('base64')
  .replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
const fromWebSafeBase64 = (text) => new Uint8Array(Buffer.from(text, 'base64url'));

test('the username flow as Desktop sends it: reserve, confirm, lookup, link', async () => {
  const alice = await register(number(run));
  const candidates = S.usernames.generateCandidates(`wire${run}`, 3, 32);
  const hashes = candidates.map((u) => S.usernames.hash(u));

  let r = await call('PUT', '/v1/accounts/username_hash/reserve', {
    auth: alice.auth, body: { usernameHashes: hashes.map(toWebSafeBase64) },
  });
  assert.equal(r.status, 200, r.text);
  const reserved = fromWebSafeBase64(r.json.usernameHash);
  assert.doesNotMatch(r.json.usernameHash, /[+/=]/, 'the server writes URL-safe base64 without padding');
  const index = hashes.findIndex((h) => Buffer.from(h).equals(Buffer.from(reserved)));
  assert.ok(index >= 0, 'the reserved hash is one of those offered');
  const username = candidates[index];

  const proof = S.usernames.generateProof(username);
  assert.equal(proof.length, 128);
  const link = S.usernames.createUsernameLink(username);
  const confirm = {
    usernameHash: toWebSafeBase64(reserved),
    zkProof: toWebSafeBase64(proof),
    encryptedUsername: toWebSafeBase64(link.encryptedUsername),
  };
  assert.equal(confirm.zkProof.length, 171, 'a 128-byte proof is 171 unpadded characters');
  r = await call('PUT', '/v1/accounts/username_hash/confirm', { auth: alice.auth, body: confirm });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.usernameHash, confirm.usernameHash);
  const handle = r.json.usernameLinkHandle;
  assert.match(handle, /^[0-9a-f-]{36}$/);

  // whoami carries the hash, URL-safe and unpadded.
  r = await call('GET', '/v1/accounts/whoami', { auth: alice.auth });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.usernameHash, confirm.usernameHash);

  // Lookup by hash: unauthenticated, the hash in the path as Desktop writes it.
  r = await call('GET', `/v1/accounts/username_hash/${toWebSafeBase64(reserved)}`);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.uuid, alice.aci);

  // The link set at confirmation reads back and decrypts to the username.
  r = await call('GET', `/v1/accounts/username_link/${handle}`);
  assert.equal(r.status, 200, r.text);
  assert.equal(S.usernames.decryptUsernameLink({
    entropy: link.entropy, encryptedUsername: fromWebSafeBase64(r.json.usernameLinkEncryptedValue),
  }), username);

  // A new link (Desktop's replaceUsernameLink), keeping the handle.
  const relink = S.usernames.createUsernameLink(username, link.entropy);
  r = await call('PUT', '/v1/accounts/username_link', {
    auth: alice.auth,
    body: { usernameLinkEncryptedValue: toWebSafeBase64(relink.encryptedUsername), keepLinkHandle: true },
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.usernameLinkHandle, handle);
  r = await call('GET', `/v1/accounts/username_link/${handle}`);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.usernameLinkEncryptedValue, toWebSafeBase64(relink.encryptedUsername));
  assert.equal(S.usernames.decryptUsernameLink({
    entropy: relink.entropy, encryptedUsername: fromWebSafeBase64(r.json.usernameLinkEncryptedValue),
  }), username);
});

test('username fields in the standard alphabet are refused, as the reference URL decoder refuses them', async () => {
  const bob = await register(number(run + 1));
  // A hash whose base64 has '+' or '/': only the URL-safe spelling is accepted.
  let username; let hash;
  for (const candidate of S.usernames.generateCandidates(`std${run}`, 3, 32)) {
    const h = S.usernames.hash(candidate);
    if (/[+/]/.test(b64(h))) { username = candidate; hash = h; break; }
  }
  if (!hash) return; // all candidates happened to avoid '+' and '/': nothing to compare
  let r = await call('PUT', '/v1/accounts/username_hash/reserve', { auth: bob.auth, body: { usernameHashes: [b64(hash)] } });
  assert.equal(r.status, 422, r.text);
  r = await call('PUT', '/v1/accounts/username_hash/reserve', {
    auth: bob.auth, body: { usernameHashes: [Buffer.from(hash).toString('base64url') + '='] },
  });
  assert.equal(r.status, 200, `URL-safe with padding is accepted too: ${r.text}`);
  assert.ok(username);
});
