/**
 * `pnpm profile:hono-breakdown`: where the Hono example's CPU per request goes, without the
 * network and the load generator. Requests go through @hono/node-server's real request listener
 * (its lightweight Request and Response, its header checks and its header writing) in this
 * process, with a Node `IncomingMessage` and a `ServerResponse` that buffers instead of writing
 * to a socket. Apps, each on `GET /api/me` answering the same JSON:
 *
 * - `plain`: csrf() and the JSON (the twin of the HTTP scenario);
 * - `+cookie`: plain, plus reading the 2.2 KB `Cookie` header (`c.req.header('cookie')`);
 * - `+headers`: plain, plus `Vary: Cookie` and `Cache-Control: private, no-store`;
 * - `+var`: plain, plus reading a variable through `c.var` (as the example's handler does);
 * - `authkit`: the example app (csrf, authkit(), requireAuth(), the handler).
 *
 * Batches of 400 requests alternate between the apps, 300 rounds; the figure is each app's
 * fastest batch (CPU time per request), the one least disturbed by other work on the machine.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { EmulatorProcess } from '../emulator-client.js';
import { mintCookies } from '../sessions.js';

const PASSWORD = 'bench-cookie-password-at-least-32-characters';
const BATCH = 400;
const ROUNDS = 300;
const FIXED = {
  user: { id: 'user_01ALICE0000000000000000000', email: 'alice@example.com' },
  organizationId: 'org_01ACME00000000000000000000',
  role: 'admin',
  permissions: ['widgets:read', 'widgets:write', 'members:manage'],
};

type Listener = ReturnType<typeof getRequestListener>;

function twin(extra?: (c: Parameters<Parameters<Hono['use']>[1]>[0]) => void): Listener {
  const app = new Hono();
  app.use(csrf());
  if (extra) {
    app.use(async (c, next) => {
      extra(c);
      await next();
    });
  }
  app.get('/api/me', (c) => c.json(FIXED));
  return getRequestListener(app.fetch);
}

const emulator = await EmulatorProcess.start();
try {
  const [cookie] = await mintCookies(emulator, 1, PASSWORD, 'wos-session');
  if (!cookie) throw new Error('no session minted');
  Object.assign(process.env, emulator.info.env, {
    WORKOS_COOKIE_PASSWORD: PASSWORD,
    WORKOS_REDIRECT_URI: 'http://localhost:3001/callback',
  });
  const { createApp } = await import('example-hono/dist/app.js');
  const apps: [string, Listener][] = [
    ['plain', twin()],
    ['+cookie', twin((c) => void c.req.header('cookie'))],
    [
      '+headers',
      twin((c) => {
        c.header('Vary', 'Cookie');
        c.header('Cache-Control', 'private, no-store');
      }),
    ],
    ['+var', twin((c) => void (c.var as Record<string, unknown>).none)],
    ['authkit', getRequestListener(createApp().fetch)],
  ];

  const socket = new Socket();
  const raw = [
    'Host',
    '127.0.0.1:3000',
    'Cookie',
    cookie.cookieHeader,
    'Accept',
    'application/json',
  ];
  const send = (listener: Listener) =>
    new Promise<string>((resolve) => {
      const req = new IncomingMessage(socket);
      req.method = 'GET';
      req.url = '/api/me';
      req.rawHeaders = raw.slice();
      req.headers = { host: raw[1], cookie: raw[3], accept: raw[5] };
      req.complete = true;
      req.push(null);
      const res = new ServerResponse(req);
      const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
      res.end = ((...args: unknown[]) => {
        const result = end(...args);
        const output = (res as unknown as { outputData: { data: unknown }[] }).outputData;
        resolve(output.map((chunk) => String(chunk.data)).join(''));
        return result;
      }) as typeof res.end;
      void listener(req, res);
    });

  const bodies = await Promise.all(apps.map(([, listener]) => send(listener)));
  const body = (text: string) => text.slice(text.indexOf('\r\n\r\n'));
  for (const [k, text] of bodies.entries()) {
    if (body(text) !== body(bodies[0] as string))
      throw new Error(`${apps[k]?.[0]} answers differently`);
  }
  console.log(`authkit answer:\n${(bodies.at(-1) as string).split('\r\n\r\n')[0]}\n`);

  const best = new Map<string, number>(apps.map(([name]) => [name, Number.POSITIVE_INFINITY]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 ? [...apps].reverse() : apps;
    for (const [name, listener] of order) {
      const start = process.cpuUsage();
      for (let i = 0; i < BATCH; i++) await send(listener);
      const used = process.cpuUsage(start);
      best.set(name, Math.min(best.get(name) as number, (used.user + used.system) / BATCH));
    }
  }
  const plain = best.get('plain') as number;
  console.log('CPU per request (fastest batch of 400, 300 rounds):');
  for (const [name, us] of best) {
    console.log(`  ${name.padEnd(9)} ${us.toFixed(2)} µs  (${(us - plain).toFixed(2)} over plain)`);
  }
} finally {
  await emulator.stop();
}
