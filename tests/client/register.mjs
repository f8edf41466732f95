// Registers one account through the HTTP flow and prints `ACI.1 password` (for the contract tests).
import { register } from './client.mjs';

const account = await register(process.argv[2] ?? '+15555550999');
console.log(`${account.aci}.1 ${account.password}`);
