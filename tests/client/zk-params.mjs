// The zkgroup secrets run.sh gives the server (SIGNAL_ZKGROUP), so the tests can act as the
// group-storage service (issuing group-send endorsements) and check credentials.
// `node zk-params.mjs` prints the TOML inline table for SIGNAL_ZKGROUP.
import * as Z from '@signalapp/libsignal-client/zkgroup.js';

export const serverSecretParams = Z.ServerSecretParams.generateWithRandom(new Uint8Array(32).fill(0x5a));
export const genericSecretParams = Z.GenericServerSecretParams.generateWithRandom(new Uint8Array(32).fill(0x5b));

if (import.meta.url === `file://${process.argv[1]}`) {
  const b64 = (b) => Buffer.from(b).toString('base64');
  console.log(`{server_secret_params = "${b64(serverSecretParams.serialize())}", ` +
    `generic_server_secret_params = "${b64(genericSecretParams.serialize())}"}`);
}
