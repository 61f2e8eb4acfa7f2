import { lazyFetchAuthService } from '@workos/authkit-session/adapter';

/** The process-wide AuthKit service the Next helpers share (lazy: config is read on first use). */
export const getAuthService = lazyFetchAuthService();

/** Request header through which the proxy tells server components the path being rendered. */
export const PATHNAME_HEADER = 'x-authkit-pathname';
