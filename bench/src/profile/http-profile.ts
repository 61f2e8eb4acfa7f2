/**
 * `pnpm profile:http [hono|express]`: where the server's CPU per request goes, with and without
 * AuthKit. Serves both apps (src/http-server.ts) under `node --cpu-prof`, loads one port at a
 * time with autocannon, and prints self time per request by package and by function. Start-up
 * work (module loading) is in the profile too; compare the two apps' lists, not the totals.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { EmulatorProcess } from '../emulator-client.js';
import { mintCookies } from '../sessions.js';

const PASSWORD = 'bench-cookie-password-at-least-32-characters';
const framework = process.argv[2] ?? 'hono';
const SECONDS = 6;

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function where(url: string): string {
  const path = url.replace(/^file:\/\/\/.*?\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '');
  const local = path.match(/\/(packages\/[^/]+|examples\/[^/]+|bench)\//);
  if (local) return local[1] as string;
  if (path.startsWith('node:')) return path;
  return path
    .split('/')
    .slice(0, path.startsWith('@') ? 2 : 1)
    .join('/');
}

function summarize(label: string, dir: string, requests: number): void {
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile')) as string;
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const time = new Map<number, number>();
  profile.samples.forEach((id, k) => {
    time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0));
  });
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const t = time.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg = url ? where(url) : functionName;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t);
    const fn = `${functionName || '(anonymous)'} ${url ? `${where(url)}:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${(v / requests).toFixed(2)} µs  ${k}`);
  console.log(`\n== ${label}: ${requests} requests; self time per request\n-- by package`);
  console.log(top(byPackage, 16).join('\n'));
  console.log('-- by function');
  console.log(top(byFunction, 30).join('\n'));
}

const emulator = await EmulatorProcess.start();
try {
  const [cookie] = await mintCookies(emulator, 1, PASSWORD, 'wos-session');
  for (const which of ['withAuth', 'plain'] as const) {
    const dir = mkdtempSync(join(tmpdir(), `http-profile-${which}-`));
    const child = fork(fileURLToPath(new URL('../http-server.ts', import.meta.url)), [framework], {
      execArgv: ['--import', 'tsx', '--cpu-prof', `--cpu-prof-dir=${dir}`],
      env: {
        ...process.env,
        ...emulator.info.env,
        WORKOS_COOKIE_PASSWORD: PASSWORD,
        WORKOS_REDIRECT_URI: 'http://localhost:3001/callback',
        BENCH_FIXED_AUTH: '{}',
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const ports = await new Promise<Record<string, number>>((resolve) =>
      child.once('message', (m: { ports: Record<string, number> }) => resolve(m.ports)),
    );
    const result = await autocannon({
      url: `http://127.0.0.1:${ports[which]}/api/me`,
      connections: 32,
      duration: SECONDS,
      headers: { cookie: cookie?.cookieHeader ?? '', accept: 'application/json' },
    });
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.disconnect();
    });
    summarize(`${framework} ${which}`, dir, result.requests.total);
  }
} finally {
  await emulator.stop();
}
