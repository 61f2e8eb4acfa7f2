import { handleAuth } from '@workos/authkit-next';
import { callbackErrorResponse } from '../../shared/error-page';

/**
 * The redirect URI (`WORKOS_REDIRECT_URI`): code exchange, session cookie, back to the return path.
 * A failed sign-in answers 400 with a page saying what happened and offering a retry.
 */
export const GET = handleAuth({ onError: ({ error }) => callbackErrorResponse(error) });
