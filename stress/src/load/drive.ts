import autocannon from 'autocannon';
import type { LoadSession } from './sessions.js';

/** What the load run observed, per expectation. */
export interface LoadTally {
  responses: number;
  status5xx: number;
  signedInOk: number;
  wronglySignedOut: number;
  wronglySignedIn: number;
  signedOutOk: number;
  invalidSignedOut: number;
  invalidCleared: number;
  cookiesRefreshed: number;
  unexpected: string[];
  rssSamples: Array<{ responses: number; rssMb: number }>;
}

type Context = { session?: LoadSession };

/**
 * The order browsers visit in: per 20 requests 17 signed-in, 1 expiring, 1 invalid, 1 anonymous.
 * Signed-in and expiring browsers arrive in blocks (each visits a few times, then leaves), so new
 * distinct sessions keep arriving for the whole run, as on a real site; that is what would make
 * an unbounded verified-session cache grow.
 */
function scheduler(sessions: LoadSession[], amount: number): () => LoadSession {
  const of = (kind: LoadSession['kind']) => sessions.filter((s) => s.kind === kind);
  const groups = {
    valid: of('valid'),
    expiring: of('expiring'),
    invalid: of('invalid'),
    anonymous: of('anonymous'),
  };
  const seen = { valid: 0, expiring: 0, invalid: 0, anonymous: 0 };
  const visitsPer = (kind: 'valid' | 'expiring', share: number) =>
    Math.max(1, Math.floor((amount * share) / Math.max(1, groups[kind].length)));
  const blocks = { valid: visitsPer('valid', 17 / 20), expiring: visitsPer('expiring', 1 / 20) };
  let n = 0;
  return () => {
    const slot = n++ % 20;
    const kind =
      slot < 17 ? 'valid' : slot === 17 ? 'expiring' : slot === 18 ? 'invalid' : 'anonymous';
    const group = groups[kind].length ? groups[kind] : groups.valid;
    const i = seen[kind]++;
    const index = kind === 'valid' || kind === 'expiring' ? Math.floor(i / blocks[kind]) : i;
    return group[index % group.length]!;
  };
}

function sessionCookieFrom(setCookie: unknown): string | null {
  const lines = Array.isArray(setCookie)
    ? setCookie
    : typeof setCookie === 'string'
      ? [setCookie]
      : [];
  const line = lines.find((l: string) => /^wos-session=[^;]/.test(l));
  return line ? line.split(';')[0]! : null;
}

/**
 * Drives `GET /api/me` with autocannon: each request takes the next browser from `sessions`
 * (round robin), and each response is checked against what that browser should see. Browsers
 * keep refreshed cookies, as real ones do.
 */
export async function drive(
  url: string,
  sessions: LoadSession[],
  options: { amount: number; connections: number; maxSeconds: number; rssMb: () => number },
): Promise<{ tally: LoadTally; result: autocannon.Result }> {
  const tally: LoadTally = {
    responses: 0,
    status5xx: 0,
    signedInOk: 0,
    wronglySignedOut: 0,
    wronglySignedIn: 0,
    signedOutOk: 0,
    invalidSignedOut: 0,
    invalidCleared: 0,
    cookiesRefreshed: 0,
    unexpected: [],
    rssSamples: [{ responses: 0, rssMb: options.rssMb() }],
  };
  const pick = scheduler(sessions, options.amount);
  const sampler = setInterval(
    () => tally.rssSamples.push({ responses: tally.responses, rssMb: options.rssMb() }),
    250,
  );
  const instance = autocannon({
    url,
    amount: options.amount,
    connections: options.connections,
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        method: 'GET',
        path: '/api/me',
        setupRequest: (request: autocannon.Request, raw: object) => {
          const context = raw as Context;
          const session = pick();
          context.session = session;
          return { ...request, headers: session.cookie ? { cookie: session.cookie } : {} };
        },
        onResponse: (status: number, body: string, raw: object, headers = {}) => {
          const session = (raw as Context).session;
          tally.responses += 1;
          if (status >= 500) tally.status5xx += 1;
          if (!session) return;
          const cookie = sessionCookieFrom(headers['set-cookie']);
          if (session.kind === 'valid' || session.kind === 'expiring') {
            if (status === 200 && body.includes(`"email":"${session.email}"`))
              tally.signedInOk += 1;
            else if (status === 401) tally.wronglySignedOut += 1;
            else if (tally.unexpected.length < 10)
              tally.unexpected.push(`${session.kind} → ${status} ${body.slice(0, 120)}`);
            if (cookie) {
              session.cookie = cookie;
              session.refreshed = true;
              tally.cookiesRefreshed += 1;
            }
          } else if (status === 401) {
            tally.signedOutOk += 1;
            const lines = [headers['set-cookie'] ?? []].flat() as string[];
            if (session.kind === 'invalid') tally.invalidSignedOut += 1;
            if (
              session.kind === 'invalid' &&
              lines.some((l) => /^wos-session=;.*Max-Age=0/i.test(l))
            )
              tally.invalidCleared += 1;
          } else if (status === 200) {
            tally.wronglySignedIn += 1;
          } else if (tally.unexpected.length < 10) {
            tally.unexpected.push(`${session.kind} → ${status} ${body.slice(0, 120)}`);
          }
        },
      },
    ],
  });
  const guard = setTimeout(
    () => (instance as unknown as { stop(): void }).stop(),
    options.maxSeconds * 1000,
  );
  const result = await instance;
  clearTimeout(guard);
  clearInterval(sampler);
  tally.rssSamples.push({ responses: tally.responses, rssMb: options.rssMb() });
  return { tally, result };
}
