/**
 * The parent side of the control channel: starts emulators and JWKS servers on 127.0.0.1 for the
 * core test files running in other runtimes, applies their queued controls, and answers with a
 * snapshot of the state those files read synchronously (call log, sessions, `kid`, JWKS hits).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Emulator, startEmulator } from '@workos/authkit-emulator';
import {
  type JwksServer,
  startJwksServer,
} from '../../../../packages/core/test-support/jwks-server.js';
import { QUEUED_EMULATOR_METHODS } from '../in-runtime/marker.js';

type Helper = { kind: 'emulator'; value: Emulator } | { kind: 'jwks'; value: JwksServer };

const SYNC_METHODS: Record<Helper['kind'], Set<string>> = {
  emulator: new Set([
    ...QUEUED_EMULATOR_METHODS,
    'clearCalls',
    'reset',
    'revokeSession',
    'rotateSigningKey',
    'createAuthorizationCode',
  ]),
  jwks: new Set(['setKeys', 'setStatus']),
};
const ASYNC_METHODS = new Set(['signIn', 'impersonate', 'stop']);

/** The running control server. */
export interface ControlServer {
  url: string;
  /** Stops every helper a file left running; answers how many there were. */
  cleanup(): Promise<number>;
  stop(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const settle = () => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

/** Starts the control server on 127.0.0.1 (random port). */
export async function startControlServer(): Promise<ControlServer> {
  const helpers = new Map<string, Helper>();
  let next = 0;

  const snapshot = () =>
    Object.fromEntries(
      [...helpers].map(([id, h]) => [
        id,
        h.kind === 'emulator'
          ? {
              calls: h.value.calls(),
              sessions: h.value.sessions(),
              users: h.value.users(),
              kid: h.value.kid,
            }
          : { hits: h.value.hits },
      ]),
    );

  const method = (id: string, name: string, allowed: Set<string>) => {
    const helper = helpers.get(id);
    if (!helper) throw new Error(`no live helper ${id}`);
    if (!allowed.has(name) && !SYNC_METHODS[helper.kind].has(name)) {
      throw new Error(`${name} is not forwarded`);
    }
    const target = helper.value as unknown as Record<string, (...args: unknown[]) => unknown>;
    return { helper, call: (args: unknown[]) => target[name]?.apply(helper.value, args) };
  };

  const routes: Record<string, (body: any) => Promise<unknown>> = {
    '/emulators': async ({ options }) => {
      const emulator = await startEmulator({ ...options, port: 0, host: '127.0.0.1' });
      const id = `emulator-${next++}`;
      helpers.set(id, { kind: 'emulator', value: emulator });
      const { url, port, host, clientId, apiKey, issuer, jwksUrl, env } = emulator;
      return { id, url, port, host, clientId, apiKey, issuer, jwksUrl, env };
    },
    '/jwks': async ({ jwks, clientId }) => {
      const server = await startJwksServer(jwks, clientId);
      const id = `jwks-${next++}`;
      helpers.set(id, { kind: 'jwks', value: server });
      return { id, url: server.url, origin: server.origin };
    },
    '/sync': async ({ ops }) => {
      const results = (ops as { target: string; method: string; args: unknown[] }[]).map((op) => {
        try {
          return { ok: true, value: method(op.target, op.method, new Set()).call(op.args) };
        } catch (error) {
          return { ok: false, error: (error as Error).message };
        }
      });
      await settle();
      return { results, snapshot: snapshot() };
    },
    '/call': async ({ target, method: name, args }) => {
      const { call } = method(target, name, ASYNC_METHODS);
      const value = await call(args);
      if (name === 'stop') helpers.delete(target);
      return { value };
    },
  };

  const cleanup = async () => {
    const left = [...helpers.values()];
    helpers.clear();
    await Promise.all(left.map((h) => h.value.stop()));
    return left.length;
  };
  routes['/cleanup'] = async () => ({ stopped: await cleanup() });

  const server = createServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (req.method !== 'POST' || !route) return send(res, 404, { error: `no route ${req.url}` });
    readJson(req)
      .then(route)
      .then(
        (body) => send(res, 200, body),
        (error: Error) => send(res, 400, { error: error.message }),
      );
  });
  // Runtimes pool connections to this server for the whole run; never close them while idle
  // (a pooled connection closed by the server just as it is reused reads as ECONNRESET).
  server.keepAliveTimeout = 10 * 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    cleanup,
    async stop() {
      await cleanup();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
