import type { AuthenticationResponse } from '@workos-inc/node';
import type { SignedInAuth } from '../types.js';
import type { CallbackSuccess } from './callback.js';

/**
 * What WorkOS's framework adapters hand a callback's `onSuccess` beside {@link CallbackSuccess}:
 * the tokens and what WorkOS said about the sign-in (the Next.js and TanStack Start adapters'
 * `HandleAuthSuccessData`).
 */
export interface SignInSuccessFields {
  accessToken: string;
  refreshToken: string;
  user: SignedInAuth['user'];
  impersonator?: SignedInAuth['impersonator'];
  oauthTokens?: AuthenticationResponse['oauthTokens'];
  organizationId?: string;
  authenticationMethod?: AuthenticationResponse['authenticationMethod'];
  state?: string | undefined;
}

/**
 * A callback success with {@link SignInSuccessFields} added: the session's tokens and user, the
 * impersonator and organization (the token's, else WorkOS's answer), and WorkOS's `oauthTokens`
 * and `authenticationMethod` when it sent them.
 */
export function withSignInFields<TRequest extends Request>(
  success: CallbackSuccess<TRequest>,
): CallbackSuccess<TRequest> & SignInSuccessFields {
  const { auth, authResponse } = success;
  const organizationId = auth.organizationId ?? authResponse.organizationId;
  return {
    ...success,
    accessToken: auth.accessToken,
    refreshToken: auth.refreshToken,
    user: auth.user,
    ...(auth.impersonator && { impersonator: auth.impersonator }),
    ...(authResponse.oauthTokens && { oauthTokens: authResponse.oauthTokens }),
    ...(organizationId && { organizationId }),
    ...(authResponse.authenticationMethod && {
      authenticationMethod: authResponse.authenticationMethod,
    }),
  };
}
