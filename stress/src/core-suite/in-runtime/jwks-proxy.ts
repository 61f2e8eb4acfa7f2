/**
 * What the core's `test-support/jwks-server.js` resolves to inside the runtime matrix's bundles:
 * the JWKS server runs in the Node parent (the core's own helper), driven from here.
 */
import type { JwksServer } from '../../../../packages/core/test-support/jwks-server.js';
import { control, enqueue, mirrorOf, setLive, sync } from './control-client.js';

/** A JWKS endpoint in the parent whose document and status the test can change. */
export type { JwksServer };

/** Serves `jwks` at `/sso/jwks/<clientId>` from the parent on 127.0.0.1. */
export async function startJwksServer(
  jwks: unknown,
  clientId = 'client_test',
): Promise<JwksServer> {
  await sync();
  const info = (await control('/jwks', { jwks, clientId })) as {
    id: string;
    url: string;
    origin: string;
  };
  setLive(info.id, true);
  await sync();
  return {
    url: info.url,
    origin: info.origin,
    get hits() {
      return Number(mirrorOf(info.id).hits ?? 0);
    },
    setKeys: (next) => enqueue({ target: info.id, method: 'setKeys', args: [next] }),
    setStatus: (next) => enqueue({ target: info.id, method: 'setStatus', args: [next] }),
    async stop() {
      await sync();
      await control('/call', { target: info.id, method: 'stop', args: [] });
      setLive(info.id, false);
    },
  };
}
