import { handleAuth } from '@workos/authkit-next';

/** The redirect URI (`WORKOS_REDIRECT_URI`): code exchange, session cookie, back to the return path. */
export const GET = handleAuth();
