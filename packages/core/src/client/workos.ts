import { WorkOS } from '@workos-inc/node';
import { getConfigurationProvider } from '../config/provider.js';
import type { ResolvedAuthKitConfig } from '../config/types.js';

const clients = new WeakMap<ResolvedAuthKitConfig, WorkOS>();

/**
 * Builds a WorkOS client for a resolved config (host, port and scheme honoured; per-call timeout
 * `apiTimeoutMs` and `apiMaxRetries` SDK retries).
 */
export function createWorkOSClient(config: ResolvedAuthKitConfig): WorkOS {
  const timeout = config.apiTimeoutMs ?? 10_000;
  return new WorkOS(config.apiKey, {
    clientId: config.clientId,
    apiHostname: config.apiHostname,
    https: config.apiHttps,
    ...(config.apiPort ? { port: config.apiPort } : {}),
    timeout,
    // The SDK's worker build (workerd, edge-light) ignores `timeout` but spreads `config` into its
    // HTTP client options, so the timeout rides there too.
    config: { timeout } as RequestInit,
    maxRetries: config.apiMaxRetries ?? 1,
  });
}

/** The WorkOS client for `config`, created on first use and reused for that config. */
export function workOSFor(config: ResolvedAuthKitConfig): WorkOS {
  let client = clients.get(config);
  if (!client) {
    client = createWorkOSClient(config);
    clients.set(config, client);
  }
  return client;
}

/** The WorkOS client for the global configuration (see `configure()`). */
export function getWorkOS(): WorkOS {
  return workOSFor(getConfigurationProvider().getConfig());
}
