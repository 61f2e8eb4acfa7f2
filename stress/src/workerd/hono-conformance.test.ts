import { fileURLToPath } from 'node:url';
import { runAdapterConformance } from '@authkit-internal/conformance';
import { startEmulator } from '@workos/authkit-emulator';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { describe, expect, it } from 'vitest';
// The Hono adapter's own test app and bindings, run as a Worker: kept here with the other
// workerd lanes so the adapter (and `npm run demo`) needs no workerd.
import { bindingsFor } from '../../../packages/adapter-hono/src/test-support/env.js';

let bundled: Promise<string> | undefined;

/** Bundles the test app as a Worker module (once), resolving packages the way wrangler does. */
function bundleWorker(): Promise<string> {
  bundled ??= buildWorker();
  return bundled;
}

async function buildWorker(): Promise<string> {
  const result = await build({
    entryPoints: [
      fileURLToPath(
        new URL('../../../packages/adapter-hono/src/test-support/worker.ts', import.meta.url),
      ),
    ],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser', 'import'],
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no worker bundle');
  return output.text;
}

async function startWorker(bindings: Record<string, string>): Promise<Miniflare> {
  const mf = new Miniflare({
    modules: true,
    script: await bundleWorker(),
    compatibilityDate: '2025-09-01',
    bindings,
  });
  await mf.ready;
  return mf;
}

describe('the worker bundle', () => {
  it('runs inside workerd, not Node', async () => {
    const mf = await startWorker({});
    try {
      const response = await mf.dispatchFetch('http://localhost/__runtime');
      expect(await response.text()).toBe('workerd Cloudflare-Workers');
    } finally {
      await mf.dispose();
    }
  });

  it('imports no Node built-in modules', async () => {
    expect(await bundleWorker()).not.toMatch(/from\s*["']node:|require\(["']node:/);
  });
});

runAdapterConformance(
  'hono (Cloudflare workerd via Miniflare)',
  async () => {
    const emulator = await startEmulator({ port: 0 });
    const origin = 'http://localhost:3902';
    const mf = await startWorker(bindingsFor(emulator, origin));
    return {
      origin,
      emulator,
      fetch: async (request) => {
        const body =
          request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
        const response = await mf.dispatchFetch(request.url, {
          method: request.method,
          headers: Object.fromEntries(request.headers),
          body,
          redirect: 'manual',
        });
        const headers = new Headers();
        for (const [key, value] of response.headers) {
          if (key !== 'set-cookie') headers.append(key, value);
        }
        for (const line of response.headers.getSetCookie()) headers.append('set-cookie', line);
        return new Response(await response.arrayBuffer(), { status: response.status, headers });
      },
      teardown: async () => {
        await mf.dispose();
        await emulator.stop();
      },
    };
  },
  { adapterKit: true },
);
