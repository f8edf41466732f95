// Donation receipts with libsignal's client: a receipt credential (issued here with the
// server's params, as the payment side would) is presented to POST /v1/donation/redeem-receipt
// and adds the configured level's badge (run.sh configures level 1 → badge "BOOST").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as Z from '@signalapp/libsignal-client/zkgroup.js';
import { call, register, b64, unb64 } from './client.mjs';
import { serverSecretParams } from './zk-params.mjs';

const number = (n) => `+1555555${String(n).padStart(4, '0')}`;
const run = 700 + (Date.now() % 40) * 2;
const DAY = 86400;
const today = () => Math.floor(Date.now() / 1000 / DAY) * DAY;
const serverPublicParams = new Z.ServerPublicParams(
  unb64(fs.readFileSync(path.join(process.env.SIGNAL_DATA_DIR, 'zkgroup-public-params'), 'utf8').trim()));

function presentation(serial, level, expiration) {
  const ops = new Z.ClientZkReceiptOperations(serverPublicParams);
  const context = ops.createReceiptCredentialRequestContext(new Z.ReceiptSerial(serial));
  const response = new Z.ServerZkReceiptOperations(serverSecretParams)
    .issueReceiptCredential(context.getRequest(), expiration, level);
  return b64(ops.createReceiptCredentialPresentation(ops.receiveReceiptCredential(context, response)).serialize());
}

const redeem = (account, receiptCredentialPresentation, extra = {}) => call('POST', '/v1/donation/redeem-receipt', {
  auth: account?.auth, body: { receiptCredentialPresentation, ...extra },
});

test('a donation receipt adds its level badge once per serial, shown on the profile', async () => {
  const alice = await register(number(run));
  const bob = await register(number(run + 1));
  const serial = crypto.getRandomValues(new Uint8Array(16));
  const expiration = today() + 30 * DAY;
  const receipt = presentation(serial, 1n, expiration);

  assert.equal((await redeem(null, receipt)).status, 401);
  let r = await redeem(alice, receipt, { visible: true, primary: true });
  assert.equal(r.status, 200, r.text);
  r = await call('GET', '/v1/accounts/whoami', { auth: alice.auth });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(r.json.entitlements.badges.map((b) => [b.id, b.visible, b.expirationSeconds]),
    [['BOOST', true, expiration]]);

  // The same receipt again by its owner is fine; by anyone else it is refused.
  assert.equal((await redeem(alice, receipt, { visible: true })).status, 200);
  assert.equal((await redeem(bob, receipt)).status, 400);
  r = await call('GET', '/v1/accounts/whoami', { auth: bob.auth });
  assert.deepEqual(r.json.entitlements.badges, []);

  // Profiles show the badge from the catalog (the configured levels' badges); an invisible
  // badge only to its owner.
  r = await call('GET', `/v1/profile/${alice.aci}`, { auth: bob.auth });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(r.json.badges.map((b) => [b.id, b.name]), [['BOOST', 'Booster']]);
  r = await redeem(bob, presentation(crypto.getRandomValues(new Uint8Array(16)), 1n, expiration), { visible: false });
  assert.equal(r.status, 200, r.text);
  r = await call('GET', `/v1/profile/${bob.aci}`, { auth: alice.auth });
  assert.deepEqual(r.json.badges, []);
  r = await call('GET', `/v1/profile/${bob.aci}`, { auth: bob.auth });
  assert.deepEqual(r.json.badges.map((b) => b.id), ['BOOST']);

  // A level without a configured badge, an expired receipt, and bytes that are no receipt.
  assert.equal((await redeem(bob, presentation(crypto.getRandomValues(new Uint8Array(16)), 2n, expiration))).status, 400);
  assert.equal((await redeem(bob, presentation(crypto.getRandomValues(new Uint8Array(16)), 1n, today() - DAY))).status, 400);
  const tampered = unb64(presentation(crypto.getRandomValues(new Uint8Array(16)), 1n, expiration));
  tampered[5] ^= 1;
  assert.equal((await redeem(bob, b64(tampered))).status, 400);
});
