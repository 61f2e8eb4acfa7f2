// Ad hoc (not committed): steady-state CPU profile of a fixture server, samples of the measured phase only.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import { EmulatorProcess } from '../emulator-client.js';
import { startFixture } from '../fixtures.js';
import { mintCookies } from '../sessions.js';
const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const PASSWORD = 'bench-cookie-password-at-least-32-characters';
const emulator = await EmulatorProcess.start();
const [cookie] = await mintCookies(emulator, 1, PASSWORD, 'wos-session');
const [fixture, variant, path, out] = process.argv.slice(2) as [string, string, string, string];
const args = fixture === 'next'
  ? ['--cpu-prof', `--cpu-prof-dir=${out}`, nextBin, 'start', '-H', '127.0.0.1', '-p', '{port}']
  : ['--cpu-prof', `--cpu-prof-dir=${out}`, 'server.mjs', `dist-${variant}`];
const server = await startFixture(fixture, args, {
  ...emulator.info.env, WORKOS_COOKIE_PASSWORD: PASSWORD, WORKOS_REDIRECT_URI: 'http://localhost:3000/callback', NEXT_PUBLIC_WORKOS_REDIRECT_URI: 'http://localhost:3000/callback', BENCH_AUTHKIT: variant, BENCH_FIXED_AUTH: '{"user":{"id":"x","email":"y"}}',
});
import { mkdirSync } from "node:fs";
mkdirSync(out, { recursive: true });
const opts = { url: server.origin + path, connections: 32, headers: { cookie: cookie!.cookieHeader } };
await autocannon({ ...opts, duration: 10 });
const t0 = process.hrtime.bigint();
const r = await autocannon({ ...opts, duration: 8 });
const t1 = process.hrtime.bigint();
writeFileSync(`${out}/window.json`, JSON.stringify({ t0: Number(t0 / 1000n), t1: Number(t1 / 1000n), requests: r.requests.total }));
console.log(fixture, variant, path, r.requests.total, r.non2xx);
await server.stop();
await emulator.stop();
