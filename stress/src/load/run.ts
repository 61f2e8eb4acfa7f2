/**
 * Bounded load test of the built Hono example (examples/hono/dist/server.js) on 127.0.0.1:
 * a mix of valid, expiring, invalid and anonymous browsers at high concurrency against
 * `GET /api/me`, with the emulator in this process. Prints its figures; exits non-zero when a
 * guarantee does not hold.
 */
import { cpus, totalmem } from 'node:os';
import { startEmulator } from '@workos/authkit-emulator';
import { drive } from './drive.js';
import { startExample } from './server.js';
import { mintLoadSessions } from './sessions.js';

const PASSWORD = 'load-test-cookie-password-0123456789abcdef';
const args = new Map(
  process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]),
);
const num = (name: string, fallback: number) => Number(args.get(name) ?? fallback);
const config = {
  valid: num('valid', 8000),
  expiring: num('expiring', 100),
  invalid: num('invalid', 200),
  anonymous: num('anonymous', 100),
  amount: num('amount', 40_000),
  connections: num('connections', 100),
  cacheSize: num('cache-size', 500),
  maxSeconds: num('max-seconds', 90),
  maxRssGrowthMb: num('max-rss-growth-mb', 16),
};

const emulator = await startEmulator({ port: 0 });
const started = Date.now();
const sessions = await mintLoadSessions(emulator, PASSWORD, config);
for (let i = sessions.length - 1; i > 0; i--) {
  const j = (i * 7919) % (i + 1);
  [sessions[i], sessions[j]] = [sessions[j]!, sessions[i]!];
}
const mintedSeconds = (Date.now() - started) / 1000;
const server = await startExample({
  ...emulator.env,
  WORKOS_REDIRECT_URI: 'http://localhost:3001/callback',
  WORKOS_COOKIE_PASSWORD: PASSWORD,
  WORKOS_SESSION_CACHE_SIZE: String(config.cacheSize),
});
emulator.clearCalls();

let failures: string[] = [];
try {
  const { tally, result } = await drive(server.url, sessions, {
    amount: config.amount,
    connections: config.connections,
    maxSeconds: config.maxSeconds,
    rssMb: () => server.rssMb(),
  });
  const refreshCalls = emulator.calls({ grantType: 'refresh_token' }).length;
  const expiringRefreshed = sessions.filter((s) => s.kind === 'expiring' && s.refreshed).length;
  // The heap settles during the first part of the run; compare the last third, where an
  // unbounded verified-session cache keeps growing (new distinct sessions arrive all run long).
  const settled =
    tally.rssSamples.find((s) => s.responses >= (tally.responses * 2) / 3) ?? tally.rssSamples[0]!;
  const last = tally.rssSamples.at(-1)!;
  const peak = Math.max(...tally.rssSamples.map((s) => s.rssMb));
  const growth = last.rssMb - settled.rssMb;

  console.log(
    `\nLoad test: ${server.url}/api/me (examples/hono/dist/server.js), emulator ${emulator.url}`,
  );
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  console.log(
    `browsers: ${config.valid} valid, ${config.expiring} expiring, ${config.invalid} invalid, ${config.anonymous} anonymous (minted in ${mintedSeconds.toFixed(1)} s); session cache bound ${config.cacheSize}`,
  );
  console.log(
    `requests: ${result.requests.total} in ${result.duration.toFixed(1)} s at ${config.connections} connections → ${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(
    `errors: ${result.errors}, timeouts: ${result.timeouts}, non-2xx: ${result.non2xx}, 5xx: ${tally.status5xx}`,
  );
  console.log(
    `signed in as expected: ${tally.signedInOk}; signed out as expected: ${tally.signedOutOk} (invalid cookies cleared: ${tally.invalidCleared}/${tally.invalidSignedOut})`,
  );
  console.log(
    `wrongly signed out: ${tally.wronglySignedOut}; wrongly signed in: ${tally.wronglySignedIn}; unexpected: ${tally.unexpected.length}`,
  );
  console.log(
    `refresh calls to the emulator: ${refreshCalls} for ${config.expiring} expiring sessions (${expiringRefreshed} refreshed; ${tally.cookiesRefreshed} refreshed cookies written)`,
  );
  console.log(
    `example RSS: start ${tally.rssSamples[0]!.rssMb.toFixed(1)} MB, at 2/3 ${settled.rssMb.toFixed(1)} MB, peak ${peak.toFixed(1)} MB, end ${last.rssMb.toFixed(1)} MB (growth over the last third: ${growth.toFixed(1)} MB, limit ${config.maxRssGrowthMb})`,
  );
  const at = (f: number) =>
    (tally.rssSamples.find((x) => x.responses >= tally.responses * f) ?? last).rssMb.toFixed(0);
  console.log(
    `RSS by progress: 10% ${at(0.1)}, 25% ${at(0.25)}, 50% ${at(0.5)}, 75% ${at(0.75)}, 100% ${at(1)} MB`,
  );
  for (const line of tally.unexpected) console.log(`  unexpected: ${line}`);

  const check = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
  };
  check(
    result.requests.total >= config.amount,
    `only ${result.requests.total}/${config.amount} requests completed`,
  );
  check(result.errors === 0 && result.timeouts === 0, 'connection errors or timeouts');
  check(tally.status5xx === 0, '5xx responses');
  check(tally.wronglySignedOut === 0, 'users wrongly signed out');
  check(tally.wronglySignedIn === 0, 'invalid cookies signed in');
  check(tally.unexpected.length === 0, 'unexpected responses');
  check(tally.invalidCleared === tally.invalidSignedOut, 'an invalid cookie was not cleared');
  check(
    refreshCalls === config.expiring && expiringRefreshed === config.expiring,
    'refresh calls ≠ expired sessions',
  );
  check(growth <= config.maxRssGrowthMb, 'memory grew');
} catch (error) {
  failures = [`load run failed: ${(error as Error).stack}`];
} finally {
  await server.stop();
  await emulator.stop();
}
for (const failure of failures) console.log(`✗ ${failure}`);
console.log(
  `load: ${failures.length === 0 ? 1 : 0} passed, ${failures.length === 0 ? 0 : 1} failed`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
