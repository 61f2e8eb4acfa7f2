/**
 * `pnpm profile:fixture [next|tanstack]`: where a framework fixture's server CPU goes, AuthKit's
 * build against the build whose proxy / middleware does no session work (scenarios 4n0, 4t0).
 * Serves each build under `node --cpu-prof`, loads it for 10 s (warm-up), then 8 s, and prints
 * the self time per request of the last 8 s only, by source file (through the builds' source
 * maps) and by function. Run the scenario once first (`bench --only=http-next` or
 * `--only=http-tanstack`) so the builds exist. The profiler adds about half again to every figure.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { EmulatorProcess } from '../emulator-client.js';
import { startFixture } from '../fixtures.js';
import { mintCookies } from '../sessions.js';

const PASSWORD = 'bench-cookie-password-at-least-32-characters';
const fixture = process.argv[2] === 'tanstack' ? 'tanstack' : 'next';
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const builds =
  fixture === 'next'
    ? [
        {
          label: 'ours',
          path: '/api/proxy',
          args: [nextBin, 'start', '-H', '127.0.0.1', '-p', '{port}'],
        },
        {
          label: 'noop',
          path: '/api/proxy',
          args: [nextBin, 'start', '-H', '127.0.0.1', '-p', '{port}'],
        },
      ]
    : [
        { label: 'auth', path: '/api/me', args: ['server.mjs', 'dist-auth'] },
        { label: 'noop', path: '/api/me', args: ['server.mjs', 'dist-noop'] },
      ];

interface Profile {
  startTime: number;
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

const maps = new Map<string, SourceMap | null>();
/** The original source of a position in a built file, when the build has a source map. */
function originalSource(url: string, line: number, column: number): string | null {
  if (!url.startsWith('file://')) return null;
  if (!maps.has(url)) {
    try {
      const payload = JSON.parse(readFileSync(`${url.slice(7)}.map`, 'utf8'));
      maps.set(url, payload.sections ? null : new SourceMap(payload));
    } catch {
      maps.set(url, null);
    }
  }
  const entry = maps.get(url)?.findEntry(line, column);
  return entry && 'originalSource' in entry ? entry.originalSource : null;
}

const shortName = (path: string) =>
  path
    .replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '')
    .replace(/^.*?\/(packages|bench)\//, '$1/')
    .replace(/^file:\/\//, '');

function summarize(
  label: string,
  dir: string,
  window: { from: number; to: number },
  requests: number,
) {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile')) as string;
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, k) => {
    const delta = profile.timeDeltas[k] ?? 0;
    at += delta;
    if (at >= window.from && at <= window.to) self.set(id, (self.get(id) ?? 0) + delta);
  });
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    if (!t) continue;
    total += t;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const source = url ? shortName(originalSource(url, lineNumber, columnNumber) ?? url) : '';
    const where = source || functionName;
    byFile.set(where, (byFile.get(where) ?? 0) + t);
    const fn = `${functionName || '(anonymous)'} ${source}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${(v / requests).toFixed(1).padStart(6)} µs  ${k}`)
      .join('\n');
  console.log(
    `\n== ${fixture} ${label}: ${requests} requests, ${(total / requests).toFixed(0)} µs sampled per request`,
  );
  console.log(`-- by source file\n${top(byFile, 20)}\n-- by function\n${top(byFunction, 30)}`);
}

const emulator = await EmulatorProcess.start();
try {
  const [cookie] = await mintCookies(emulator, 1, PASSWORD, 'wos-session');
  for (const build of builds) {
    const dir = mkdtempSync(join(tmpdir(), `fixture-profile-${build.label}-`));
    mkdirSync(dir, { recursive: true });
    const server = await startFixture(
      fixture,
      ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...build.args],
      {
        ...emulator.info.env,
        WORKOS_COOKIE_PASSWORD: PASSWORD,
        WORKOS_REDIRECT_URI: 'http://localhost:3000/callback',
        NEXT_PUBLIC_WORKOS_REDIRECT_URI: 'http://localhost:3000/callback',
        BENCH_AUTHKIT: build.label,
        BENCH_FIXED_AUTH: JSON.stringify({ user: { id: 'user', email: 'user@example.com' } }),
      },
    );
    const load = { url: `${server.origin}${build.path}`, connections: 32 };
    const headers = { cookie: cookie?.cookieHeader ?? '' };
    await autocannon({ ...load, headers, duration: 10 });
    const from = Number(process.hrtime.bigint() / 1000n);
    const result = await autocannon({ ...load, headers, duration: 8 });
    const to = Number(process.hrtime.bigint() / 1000n);
    await server.stop(); // SIGTERM: the server exits and writes its profile
    summarize(build.label, dir, { from, to }, result.requests.total);
  }
} finally {
  await emulator.stop();
}
