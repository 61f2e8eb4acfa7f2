import type { AuthenticationResponse } from '@workos-inc/node';
import { type HeaderBag, mergeHeaderBags } from '../cookies/header-bag.js';
import type { RefreshedSession } from '../core/auth-kit-core.js';
import { describeWorkOSError } from '../core/refresh-errors.js';
import { AuthCallbackError, AuthKitError, MissingAuthorizationCodeError } from '../errors.js';
import { cookieNamePrefix, type PendingSignIn } from '../pkce/flow.js';
import { verifierCookieForState, verifyPendingSignIn } from '../pkce/verify-state.js';
import type { ServiceRuntime } from './runtime.js';

/** A completed sign-in, before headers are applied to a response. */
export interface CompletedCallback {
  refreshed: RefreshedSession;
  headers: HeaderBag;
  returnPathname: string;
  customState?: string;
}

async function readPendingSignIn<TRequest>(
  runtime: ServiceRuntime<TRequest, unknown>,
  request: TRequest,
  state: string | null | undefined,
): Promise<{ pending: PendingSignIn; cookieName: string }> {
  // Verifier cookies carry the session cookie's __Host-/__Secure- prefix.
  const cookieName = verifierCookieForState(state, cookieNamePrefix(runtime.storage.cookieName));
  const sealed = await runtime.storage.getCookie(request, cookieName);
  const { encryption } = runtime.core;
  const pending = await verifyPendingSignIn(
    encryption,
    runtime.config.cookiePasswords,
    state,
    sealed,
  );
  return { pending, cookieName };
}

async function exchangeCode<TRequest>(
  runtime: ServiceRuntime<TRequest, unknown>,
  code: string,
  codeVerifier: string,
): Promise<AuthenticationResponse> {
  try {
    const client = await runtime.workos.load();
    return await client.userManagement.authenticateWithCode({
      clientId: runtime.config.clientId,
      code,
      codeVerifier,
    });
  } catch (error) {
    throw new AuthCallbackError(
      `WorkOS rejected the sign-in code (${describeWorkOSError(error)}). Codes are single-use and expire after 10 minutes; start the sign-in again.`,
      error,
    );
  }
}

/** The callback's query parameters (`error`/`errorDescription`: WorkOS's `error`, `error_description`). */
export interface CallbackParams {
  code: string | null | undefined;
  state: string | null | undefined;
  error?: string | null | undefined;
  errorDescription?: string | null | undefined;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Our own words for the OAuth / WorkOS error codes a user meets; WorkOS's text is never shown. */
const SENTENCES: Record<string, string> = {
  access_denied: 'The sign-in was cancelled or not allowed.',
  organization_membership_not_found: 'The user is not a member of the requested organization.',
  login_required: 'The user must sign in again.',
  invalid_request: 'The sign-in request was not valid.',
  server_error: 'WorkOS could not complete the sign-in.',
  temporarily_unavailable: 'WorkOS is temporarily unavailable.',
};

/**
 * The error for a callback WorkOS ended with `?error=…` (the user cancelled, access denied, …).
 * Anyone can craft a callback URL, so the message is our own sentence naming the error code
 * (reduced to `[A-Za-z0-9_.-]`, at most 64 characters, else `unknown_error`); WorkOS's
 * `error_description` is kept in `oauthErrorDescription` for logs and never put in the message.
 */
export function workOSCallbackError(error: string, description?: string | null): AuthCallbackError {
  const oauthError = /^[A-Za-z0-9_.-]{1,64}$/.test(error) ? error : 'unknown_error';
  const oauthErrorDescription = description ? clip(description, 500) : undefined;
  const sentence = SENTENCES[oauthError] ?? 'The sign-in did not complete.';
  return new AuthCallbackError(
    `WorkOS ended the sign-in with error code "${oauthError}". ${sentence} Start the sign-in again.`,
    undefined,
    oauthErrorDescription ? { oauthError, oauthErrorDescription } : { oauthError },
  );
}

/** Validates the callback, exchanges the code and prepares the session + verifier-clear headers. */
export async function completeCallback<TRequest>(
  runtime: ServiceRuntime<TRequest, unknown>,
  request: TRequest,
  params: CallbackParams,
): Promise<CompletedCallback> {
  if (params.error) throw workOSCallbackError(params.error, params.errorDescription);
  if (!params.code) throw new MissingAuthorizationCodeError();
  const { pending, cookieName } = await readPendingSignIn(runtime, request, params.state);
  const authResponse = await exchangeCode(runtime, params.code, pending.codeVerifier);
  let refreshed: RefreshedSession;
  try {
    refreshed = await runtime.core.sessionFromAuthentication(authResponse);
  } catch (error) {
    if (error instanceof AuthKitError) throw error;
    throw new AuthCallbackError('The signed-in session could not be created.', error);
  }
  const existing = await runtime.storage.getCookieNames(request);
  const verifierOptions = runtime.operations.verifierCookieOptions(pending.redirectUri);
  const headers = mergeHeaderBags(
    runtime.storage.sessionCookieHeaders(refreshed.encryptedSession, existing),
    runtime.storage.clearCookieHeaders([cookieName], verifierOptions),
  );
  const done: CompletedCallback = {
    refreshed,
    headers,
    returnPathname: pending.returnPathname ?? '/',
  };
  if (pending.customState !== undefined) done.customState = pending.customState;
  return done;
}
