import { lazyFetchAuthService } from '@workos/authkit-session/adapter';

/** The process-wide AuthKit service the Next helpers share (lazy: config is read on first use). */
export const getAuthService = lazyFetchAuthService();
