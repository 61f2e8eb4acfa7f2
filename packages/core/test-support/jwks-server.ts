// Test-only: a local JWKS endpoint for the verifier tests. Kept outside src/, which never imports node:.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local JWKS endpoint whose document and status a test can change. */
export interface JwksServer {
  url: string;
  origin: string;
  /** How many times the key set was fetched. */
  hits: number;
  setKeys(jwks: unknown): void;
  setStatus(status: number): void;
  stop(): Promise<void>;
}

/** Serves `jwks` at `/sso/jwks/<clientId>` on 127.0.0.1 (random port). */
export async function startJwksServer(
  jwks: unknown,
  clientId = 'client_test',
): Promise<JwksServer> {
  let document = jwks;
  let status = 200;
  const path = `/sso/jwks/${clientId}`;
  const state = { hits: 0 };
  const server: Server = createServer((req, res) => {
    if (req.url !== path) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not found"}');
      return;
    }
    state.hits++;
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(document));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${path}`,
    origin,
    get hits() {
      return state.hits;
    },
    setKeys(next) {
      document = next;
    },
    setStatus(next) {
      status = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
