import { WorkOS } from '@workos-inc/node';
import { getConfigurationProvider } from '../config/provider.js';
import type { ResolvedAuthKitConfig } from '../config/types.js';
import { clientFor, provideWorkOSClass, workOSOptions } from './sdk.js';

// This module imports the SDK statically (the root entry's synchronous `getWorkOS()` needs it), so
// services can hand out their client synchronously from here on. Listed in `sideEffects`.
provideWorkOSClass(WorkOS);

/**
 * Builds a WorkOS client for a resolved config (host, port and scheme honoured; per-call timeout
 * `apiTimeoutMs` and `apiMaxRetries` SDK retries).
 */
export function createWorkOSClient(config: ResolvedAuthKitConfig): WorkOS {
  return new WorkOS(config.apiKey, workOSOptions(config));
}

/** The WorkOS client for the global configuration (see `configure()`). */
export function getWorkOS(): WorkOS {
  return clientFor(getConfigurationProvider().getConfig(), WorkOS);
}
