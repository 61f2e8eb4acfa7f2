import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external.js';
import { AppRouteRouteModule } from 'next/dist/server/route-modules/app-route/module.js';
import { NextRequest } from 'next/server';

type Handler = (request: NextRequest) => unknown;

/** Runs route handlers through Next's own App Router route module, so `cookies()`, `headers()` and `redirect()` behave as under `next start`. */
export function createRouteRunner(page: string, handlers: { get?: Handler; post?: Handler }) {
  const module = new AppRouteRouteModule({
    userland: () =>
      ({
        ...(handlers.get && { GET: handlers.get }),
        ...(handlers.post && { POST: handlers.post }),
      }) as never,
    definition: {
      kind: 'APP_ROUTE',
      page,
      pathname: page,
      filename: 'route',
      bundlePath: page,
    } as never,
    distDir: '.next',
    relativeProjectDir: '',
    resolvedPagePath: `app${page}/route.ts`,
    nextConfigOutput: undefined,
  });
  return async (request: Request): Promise<Response> => {
    const nextRequest = request instanceof NextRequest ? request : new NextRequest(request);
    const fetchBefore = globalThis.fetch;
    try {
      return await module.handle(nextRequest, {
        renderOpts: {
          cacheLifeProfiles: {},
          staticPageGenerationTimeout: 60,
          cacheComponents: false,
          validationLevel: 'warning',
          experimental: {
            isRoutePPREnabled: false,
            authInterrupts: false,
            useCacheTimeout: 60,
            durableUseCacheEntries: false,
          },
          supportsDynamicResponse: true,
        },
        previewProps: {
          previewModeId: 'x',
          previewModeEncryptionKey: 'x',
          previewModeSigningKey: 'x',
        },
        sharedContext: { buildId: 'test', deploymentId: '' },
        prerenderManifest: {
          version: 4,
          routes: {},
          dynamicRoutes: {},
          notFoundRoutes: [],
          preview: {
            previewModeId: 'x',
            previewModeEncryptionKey: 'x',
            previewModeSigningKey: 'x',
          },
        },
      } as never);
    } finally {
      // Next patches the global fetch for its data cache; the test's own HTTP client must not see that.
      globalThis.fetch = fetchBefore;
    }
  };
}

/**
 * Runs `fn` as if during a server component render: Next's request store is switched to the
 * `render` phase, where `cookies()` is read-only (Next itself mutates the phase the same way).
 */
export async function asServerComponent<T>(fn: () => Promise<T>): Promise<T> {
  const store = workUnitAsyncStorage.getStore() as { phase?: string } | undefined;
  if (!store) throw new Error('asServerComponent() must run inside a route runner');
  store.phase = 'render';
  return fn();
}
