import { EmulatorProcess } from '../emulator-client.js';
import { mintCookies } from '../sessions.js';
import { benchConfig, ourSubject, cryptoFloor } from '../subjects.js';
const PASSWORD = 'bench-cookie-password-at-least-32-characters';
for (const key of Object.keys(process.env)) if (key.startsWith('WORKOS_')) delete process.env[key];
const emulator = await EmulatorProcess.start();
const pool = await mintCookies(emulator, 3000, PASSWORD, 'wos-session');
const config = benchConfig(emulator.info, PASSWORD);
const ours = ourSubject(config, { sessionCacheSize: 10 });
const floor = await cryptoFloor(emulator.info, PASSWORD);
const which = process.argv[2] ?? 'ours';
for (let i = 0; i < 200; i++) { await ours(new Request('http://l/', { headers: { cookie: pool[i].cookieHeader } })); await floor(pool[i].sealed); }
const t0 = performance.now();
for (let i = 200; i < 3000; i++) {
  if (which === 'ours') await ours(new Request('http://l/', { headers: { cookie: pool[i].cookieHeader } }));
  else await floor(pool[i].sealed);
}
console.log(which, ((performance.now() - t0) / 2800 * 1000).toFixed(1), 'µs/op');
await emulator.stop?.();
process.exit(0);
