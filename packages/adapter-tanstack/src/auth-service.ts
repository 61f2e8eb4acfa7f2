import type { AuthService } from '@workos/authkit-session';
import { lazyFetchAuthService } from '@workos/authkit-session/adapter';

/**
 * The adapter's auth service, created lazily once per process. Its configuration comes from the
 * `WORKOS_*` environment variables and `configure()`, read on first use.
 */
export const getAuthService = lazyFetchAuthService();

/**
 * The anchor's name for {@link getAuthService}, async as there: the process-wide core
 * `AuthService` (over Fetch `Request`s), for what the server functions do not cover.
 */
export async function getAuthkit(): Promise<AuthService<Request, Response>> {
  return getAuthService();
}

export type { AuthService };
