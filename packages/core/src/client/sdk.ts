import type { WorkOS } from '@workos-inc/node';
import type { ResolvedAuthKitConfig } from '../config/types.js';

/** The SDK's `WorkOS` class. */
export type WorkOSClass = typeof import('@workos-inc/node').WorkOS;

let workOSClass: WorkOSClass | undefined;
let loading: Promise<WorkOSClass> | undefined;

/**
 * Records the SDK's class when a module imports it statically (the root entry's `getWorkOS()`),
 * so synchronous accessors work from then on without a dynamic import.
 */
export function provideWorkOSClass(value: WorkOSClass): void {
  workOSClass ??= value;
}

/** The SDK's class if it is loaded already, else `undefined`. */
export function loadedWorkOSClass(): WorkOSClass | undefined {
  return workOSClass;
}

/** Loads `@workos-inc/node` on first call (one dynamic import per process). */
export function loadWorkOSClass(): Promise<WorkOSClass> {
  if (workOSClass) return Promise.resolve(workOSClass);
  loading ??= import('@workos-inc/node').then((sdk) => {
    workOSClass ??= sdk.WorkOS;
    return workOSClass;
  });
  return loading;
}

/** The SDK options for a resolved config: host, port, scheme, timeout and retries. */
export function workOSOptions(config: ResolvedAuthKitConfig) {
  const timeout = config.apiTimeoutMs ?? 10_000;
  return {
    clientId: config.clientId,
    apiHostname: config.apiHostname,
    https: config.apiHttps,
    ...(config.apiPort ? { port: config.apiPort } : {}),
    timeout,
    // The SDK's worker build (workerd, edge-light) ignores `timeout` but spreads `config` into its
    // HTTP client options, so the timeout rides there too.
    config: { timeout } as RequestInit,
    maxRetries: config.apiMaxRetries ?? 1,
  };
}

const clients = new WeakMap<ResolvedAuthKitConfig, WorkOS>();

/** The one client per resolved config, created on first use with `WorkOSClass`. */
export function clientFor(config: ResolvedAuthKitConfig, WorkOSClass: WorkOSClass): WorkOS {
  let client = clients.get(config);
  if (!client) {
    client = new WorkOSClass(config.apiKey, workOSOptions(config));
    clients.set(config, client);
  }
  return client;
}

/** The SDK's `baseURL` for a config, without the SDK: `https://api.workos.com`, `http://127.0.0.1:4100`. */
export function apiBaseUrl(config: ResolvedAuthKitConfig): string {
  const port = config.apiPort ? `:${config.apiPort}` : '';
  return `${config.apiHttps === false ? 'http' : 'https'}://${config.apiHostname}${port}`;
}
