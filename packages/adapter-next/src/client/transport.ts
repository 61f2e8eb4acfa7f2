'use client';

import { SessionRefreshError } from '@workos/authkit-session/client';
import type { AuthAnswer, AuthKitTransport } from '@workos/authkit-session-react';
import { isSignedOutActionError } from '../action-guard.js';
import {
  checkSessionAction,
  getAccessTokenAction,
  getAuthAction,
  getOrganizationAction,
  handleSignOutAction,
  refreshAccessTokenAction,
  refreshAuthAction,
  switchToOrganizationAction,
} from '../actions.js';

// The Next.js glue of the React layer: every call is one of the package's server actions (the
// anchor's names, `../actions.ts`), through the proxy. Signed out on a path the proxy protects,
// the proxy answers a server action `401`; each call then answers "signed out".

/** Runs `call`; the proxy's signed-out refusal answers `signedOut()` instead. */
async function orSignedOut<T>(call: () => Promise<T>, signedOut: () => T): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isSignedOutActionError(error)) return signedOut();
    throw error;
  }
}

/**
 * Signed out on a protected page: with `ensureSignedIn`, "sign in" is loading this page again,
 * which the proxy sends to sign-in (its verifier cookie set there).
 */
function signedOutAuth(ensureSignedIn: boolean | undefined): AuthAnswer {
  return ensureSignedIn ? { user: null, signInUrl: window.location.href } : { user: null };
}

/**
 * The URL of a server action's `redirect()`: Next 16 rejects the call with it (and navigates
 * there itself), so the React layer treats it as a sign-in to follow.
 */
function redirectTarget(error: unknown): string | undefined {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT;')) return undefined;
  return digest.split(';').slice(2, -2).join(';') || undefined;
}

export const nextTransport: AuthKitTransport = {
  getAuth: (options) =>
    orSignedOut(
      () => getAuthAction(options),
      () => signedOutAuth(options.ensureSignedIn),
    ),
  refreshAuth: (options) =>
    orSignedOut(
      () => refreshAuthAction(options),
      () => signedOutAuth(options.ensureSignedIn),
    ),
  switchToOrganization: async (organizationId, options) => {
    try {
      return await orSignedOut(
        () =>
          switchToOrganizationAction(organizationId, {
            returnTo: options.returnTo,
            revalidationStrategy: options.revalidationStrategy,
            revalidationTags: options.revalidationTags,
          }),
        () => signedOutAuth(true),
      );
    } catch (error) {
      const signInUrl = redirectTarget(error);
      if (signInUrl) return { user: null, signInUrl };
      throw error;
    }
  },
  signOut: ({ returnTo }) =>
    orSignedOut(
      () => handleSignOutAction({ returnTo }),
      () => undefined,
    ),
  getAccessToken: () =>
    orSignedOut(
      () => getAccessTokenAction(),
      () => undefined,
    ),
  refreshAccessToken: async () => {
    const result = await orSignedOut(
      () => refreshAccessTokenAction(),
      () => ({ accessToken: undefined }),
    );
    if (result.error) throw new SessionRefreshError(result.error, { terminal: false });
    return result.accessToken;
  },
  checkSession: () =>
    orSignedOut(
      () => checkSessionAction(),
      () => false,
    ),
  getOrganization: (organizationId) =>
    orSignedOut(
      () => getOrganizationAction(organizationId),
      () => null,
    ),
};
