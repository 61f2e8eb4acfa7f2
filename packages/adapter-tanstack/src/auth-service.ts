import { type AuthService, createAuthService } from '@workos/authkit-session';
import { TanStackStartSessionStorage } from './storage.js';

let service: AuthService<Request, Response> | undefined;

/**
 * The adapter's auth service, created lazily once per process. Its configuration comes from the
 * `WORKOS_*` environment variables and `configure()`, read on first use.
 */
export function getAuthService(): AuthService<Request, Response> {
  service ??= createAuthService<Request, Response>({
    sessionStorageFactory: (config) => new TanStackStartSessionStorage(config),
  });
  return service;
}
