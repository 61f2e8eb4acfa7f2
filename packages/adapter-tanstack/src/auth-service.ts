import { lazyFetchAuthService } from '@workos/authkit-session/adapter';

/**
 * The adapter's auth service, created lazily once per process. Its configuration comes from the
 * `WORKOS_*` environment variables and `configure()`, read on first use.
 */
export const getAuthService = lazyFetchAuthService();
