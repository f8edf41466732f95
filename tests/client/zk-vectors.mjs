// Generates zkgroup test vectors with libsignal's deterministic (`...WithRandom`) entry points
// into tests/vectors/zkgroup.json; the Rust tests (tests/zkgroup_vectors.rs) recompute every
// server-side value from the same inputs and compare bytes.
//
//   cd tests/client && npm ci && node zk-vectors.mjs
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import * as S from '@signalapp/libsignal-client';
import * as Z from '@signalapp/libsignal-client/zkgroup.js';

let counter = 0;
// Deterministic "random" bytes: SHA-256 of a counter (so the file is reproducible).
const rnd = (n = 32) => {
  const out = Buffer.alloc(n);
  for (let off = 0; off < n; off += 32) {
    createHash('sha256').update(`zk-vectors-${counter++}`).digest().copy(out, off);
  }
  return new Uint8Array(out.buffer, out.byteOffset, n);
};
const hex = (b) => Buffer.from(b).toString('hex');
const uuid = () => {
  const b = Buffer.from(rnd(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const DAY = 86400;
const BASE_DAY = 20000 * DAY; // 2024-10-04

const out = { params: [], authWithPni: [], callLinkAuth: [], createCallLink: [], groupSend: [],
  profile: [], receipt: [], backup: [] };

const serverSets = [];
for (let i = 0; i < 3; i++) {
  const r = rnd();
  const secret = Z.ServerSecretParams.generateWithRandom(r);
  const gr = rnd();
  const generic = Z.GenericServerSecretParams.generateWithRandom(gr);
  out.params.push({
    random: hex(r), secret: hex(secret.serialize()), public: hex(secret.getPublicParams().serialize()),
    genericRandom: hex(gr), genericSecret: hex(generic.serialize()),
    genericPublic: hex(generic.getPublicParams().serialize()),
  });
  serverSets.push({ secret, generic });
}

for (let i = 0; i < 6; i++) {
  const p = i % 3;
  const { secret, generic } = serverSets[p];
  const aci = uuid(), pni = uuid();
  const day = BASE_DAY + i * DAY;
  const r = rnd();
  const resp = new Z.ServerZkAuthOperations(secret)
    .issueAuthCredentialWithPniZkcWithRandom(r, S.Aci.fromUuid(aci), S.Pni.fromUuid(pni), day);
  out.authWithPni.push({ params: p, aci, pni, redemptionTime: day, random: hex(r), response: hex(resp.serialize()) });

  const r2 = rnd();
  const cl = Z.CallLinkAuthCredentialResponse.issueCredentialWithRandom(S.Aci.fromUuid(aci), day, generic, r2);
  out.callLinkAuth.push({ params: p, aci, redemptionTime: day, random: hex(r2), response: hex(cl.serialize()) });

  const ctx = Z.CreateCallLinkCredentialRequestContext.forRoomIdWithRandom(rnd(), rnd());
  const req = ctx.getRequest();
  const r3 = rnd();
  const ccl = req.issueCredentialWithRandom(S.Aci.fromUuid(aci), day, generic, r3);
  out.createCallLink.push({ params: p, aci, timestamp: day, request: hex(req.serialize()), random: hex(r3),
    response: hex(ccl.serialize()) });
}

// Group send: endorsements issued for a 4-member group, tokens for subsets.
for (let i = 0; i < 3; i++) {
  const { secret } = serverSets[i];
  const members = [S.Aci.fromUuid(uuid()), S.Aci.fromUuid(uuid()), S.Pni.fromUuid(uuid()), S.Aci.fromUuid(uuid())];
  const groupParams = Z.GroupSecretParams.generateWithRandom(rnd());
  const cipher = new Z.ClientZkGroupCipher(groupParams);
  const now = new Date((BASE_DAY + 3600 * 5) * 1000);
  const expiration = new Date((BASE_DAY + 2 * DAY) * 1000);
  const keyPair = Z.GroupSendDerivedKeyPair.forExpiration(expiration, secret);
  const response = Z.GroupSendEndorsementsResponse.issueWithRandom(
    members.map((m) => cipher.encryptServiceId(m)), keyPair, rnd());
  const received = response.receiveWithServiceIds(members, members[0], groupParams,
    secret.getPublicParams(), now);
  // The combined endorsement covers everyone but the local user (members[0]).
  const token = received.combinedEndorsement.toFullToken(groupParams, expiration);
  const recipients = members.slice(1);
  token.verify(recipients, keyPair, now);
  const nowSecs = BASE_DAY + 3600 * 5;
  out.groupSend.push({ params: i, token: hex(token.serialize()),
    recipients: recipients.map((m) => m.getServiceIdString()), now: nowSecs, valid: true });
  out.groupSend.push({ params: i, token: hex(token.serialize()),
    recipients: members.slice(2).map((m) => m.getServiceIdString()), now: nowSecs, valid: false });
  // Single-recipient token.
  const single = received.endorsements[2].toFullToken(groupParams, expiration);
  out.groupSend.push({ params: i, token: hex(single.serialize()),
    recipients: [members[2].getServiceIdString()], now: nowSecs, valid: true });
  out.groupSend.push({ params: i, token: hex(single.serialize()),
    recipients: [members[2].getServiceIdString()], now: BASE_DAY + 2 * DAY + 1, valid: false });
}

// Expiring profile key credentials.
for (let i = 0; i < 3; i++) {
  const { secret } = serverSets[i];
  const aci = S.Aci.fromUuid(uuid());
  const profileKey = new Z.ProfileKey(rnd());
  const commitment = profileKey.getCommitment(aci);
  const client = new Z.ClientZkProfileOperations(secret.getPublicParams());
  const ctx = client.createProfileKeyCredentialRequestContextWithRandom(rnd(), aci, profileKey);
  const request = ctx.getRequest();
  const expiration = BASE_DAY + 7 * DAY;
  const r = rnd();
  const resp = new Z.ServerZkProfileOperations(secret)
    .issueExpiringProfileKeyCredentialWithRandom(r, request, aci, commitment, expiration);
  client.receiveExpiringProfileKeyCredential(ctx, resp, new Date((BASE_DAY + 3600) * 1000));
  const otherCommitment = new Z.ProfileKey(rnd()).getCommitment(aci);
  out.profile.push({ params: i, aci: aci.getServiceIdString(), commitment: hex(commitment.serialize()),
    otherCommitment: hex(otherCommitment.serialize()), request: hex(request.serialize()),
    expiration, random: hex(r), response: hex(resp.serialize()),
    version: profileKey.getProfileKeyVersion(aci).toString() });
}

// Receipt credentials.
for (let i = 0; i < 3; i++) {
  const { secret } = serverSets[i];
  const client = new Z.ClientZkReceiptOperations(secret.getPublicParams());
  const ctx = client.createReceiptCredentialRequestContextWithRandom(rnd(), new Z.ReceiptSerial(rnd(16)));
  const request = ctx.getRequest();
  const expiration = BASE_DAY + (30 + i) * DAY;
  const level = BigInt(1 + i * 100);
  const r = rnd();
  const resp = new Z.ServerZkReceiptOperations(secret).issueReceiptCredentialWithRandom(r, request, expiration, level);
  const cred = client.receiveReceiptCredential(ctx, resp);
  const presentation = client.createReceiptCredentialPresentationWithRandom(rnd(), cred);
  new Z.ServerZkReceiptOperations(secret).verifyReceiptCredentialPresentation(presentation);
  out.receipt.push({ params: i, request: hex(request.serialize()), expiration, level: Number(level),
    random: hex(r), response: hex(resp.serialize()), presentation: hex(presentation.serialize()),
    serial: hex(presentation.getReceiptSerialBytes().serialize()) });
}

// Backup auth credentials.
for (let i = 0; i < 4; i++) {
  const { generic } = serverSets[i % 3];
  const aci = uuid();
  const ctx = Z.BackupAuthCredentialRequestContext.create(rnd(), aci);
  const request = ctx.getRequest();
  const day = BASE_DAY + i * DAY;
  const level = i % 2 ? Z.BackupLevel.Paid : Z.BackupLevel.Free;
  const type = i < 2 ? Z.BackupCredentialType.Messages : Z.BackupCredentialType.Media;
  const r = rnd();
  const resp = request.issueCredentialWithRandom(day, level, type, generic, r);
  const cred = ctx.receive(resp, day, generic.getPublicParams());
  const presentation = cred.presentWithRandom(generic.getPublicParams(), rnd());
  presentation.verify(generic, new Date((day + 3600) * 1000));
  out.backup.push({ params: i % 3, request: hex(request.serialize()), redemptionTime: day, level, type,
    random: hex(r), response: hex(resp.serialize()), presentation: hex(presentation.serialize()),
    backupId: hex(cred.getBackupId()) });
}

const path = new URL('../vectors/zkgroup.json', import.meta.url);
writeFileSync(path, JSON.stringify(out, null, 1) + '\n');
console.log('wrote', path.pathname);
