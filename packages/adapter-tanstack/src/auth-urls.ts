import { createServerFn } from '@tanstack/react-start';
import { getRequest } from '@tanstack/react-start/server';
import type { AuthorizationOptions } from '@workos/authkit-session';
import { getAuthService } from './auth-service.js';
import { getRedirectUriFromContext } from './context.js';
import {
  type GetAuthURLOptions,
  parseAuthorizationInput,
  parseSignInUrlInput,
  type SignInUrlInput,
} from './input.js';
import { applyHeaderBag } from './response-headers.js';

/**
 * Starts a sign-in with `options` (the middleware's `redirectUri` when the call gives none):
 * writes this flow's PKCE verifier cookie on the response and returns the WorkOS URL.
 */
export async function startAuthorization(options: GetAuthURLOptions): Promise<string> {
  const authorization: AuthorizationOptions<Request> = { ...options, request: getRequest() };
  const redirectUri = getRedirectUriFromContext();
  if (redirectUri && !authorization.redirectUri) authorization.redirectUri = redirectUri;
  const { url, headers } = await getAuthService().createAuthorization(undefined, authorization);
  applyHeaderBag(headers);
  return url;
}

/**
 * The WorkOS authorization URL with every option you give (`screenHint`, `returnPathname`,
 * `organizationId`, `loginHint`, `domainHint`, `prompt`, `maxAge`, `invitationToken`, `provider`,
 * `connectionId`, `redirectUri`, `state`). An unknown option is an `InvalidArgumentError`.
 * Writes this sign-in's PKCE verifier cookie: call it when the user is about to be redirected
 * (a sign-in route or a click), not to render a link.
 */
export const getAuthorizationUrl = createServerFn({ method: 'GET' })
  .validator((input?: GetAuthURLOptions) => parseAuthorizationInput(input))
  .handler(({ data }) => startAuthorization(data));

/**
 * The WorkOS sign-in URL. Input: a return path, or {@link SignInUrlInput} (every option of
 * `getAuthorizationUrl` but `screenHint`). Writes this sign-in's PKCE verifier cookie, so redirect
 * the same browser to the URL.
 */
export const getSignInUrl = createServerFn({ method: 'GET' })
  .validator((input?: SignInUrlInput | string) => parseSignInUrlInput(input))
  .handler(({ data }) => startAuthorization({ ...data, screenHint: 'sign-in' }));

/** The WorkOS sign-up URL (`screen_hint=sign-up`); otherwise like `getSignInUrl`. */
export const getSignUpUrl = createServerFn({ method: 'GET' })
  .validator((input?: SignInUrlInput | string) => parseSignInUrlInput(input))
  .handler(({ data }) => startAuthorization({ ...data, screenHint: 'sign-up' }));
