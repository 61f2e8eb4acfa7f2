import { type CookieHeaderSource, lazyFetchAuthService } from '@workos/authkit-session/adapter';

/**
 * The process-wide AuthKit service the Next helpers share (lazy: config is read on first use). It
 * takes a Fetch `Request` (a `NextRequest` in the proxy) or anything else whose
 * `headers.get('cookie')` gives the `Cookie` header (what `withAuth()` hands it).
 */
export const getAuthService = lazyFetchAuthService<CookieHeaderSource>();
