'use server';

import { AuthKitError } from '@workos/authkit-session';
import { toClientAuth } from '@workos/authkit-session/adapter';
import type { ClientAuth } from '@workos/authkit-session/client';
import { getSignInUrl, getSignOutUrl, refreshSession, withAuth } from './auth.js';
import { getAuthService } from './service.js';
import { moveSession } from './switch-organization.js';
import type { SwitchToOrganizationOptions } from './types.js';

// The server actions of `@workos-inc/authkit-nextjs` 4.3 (its `actions` module), one each, behind
// the React layer's transport (`./client/transport.ts`). Their inputs come from the browser: every
// field is checked. Refusals answer data (`{ error }`, `{ user: null, signInUrl }`), because Next
// hides a thrown message from the browser and an action's redirect to another origin is only
// followed by Next itself. No token other than the access token leaves through them.

/** An auth for the browser: no tokens; `signInUrl` when a sign-in must come first. */
export type ClientAuthAnswer = ClientAuth | { user: null; signInUrl: string } | { error: string };

/** Options of {@link getAuthAction} and {@link refreshAuthAction}. */
export interface AuthActionOptions {
  /** Signed out: answer `{ user: null, signInUrl }` (the sign-in's verifier cookie set). */
  ensureSignedIn?: boolean;
  /** Where that sign-in comes back to (a path on this app). */
  returnPathname?: string;
  /** `refreshAuthAction`: refresh into this organization. */
  organizationId?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

const fields = (input: unknown): Record<string, unknown> =>
  typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};

function read(input: unknown): AuthActionOptions {
  const record = fields(input);
  return {
    ensureSignedIn: record.ensureSignedIn === true,
    returnPathname: text(record.returnPathname),
    organizationId: text(record.organizationId),
  };
}

async function signedOut(options: AuthActionOptions): Promise<ClientAuthAnswer> {
  if (!options.ensureSignedIn) return { user: null };
  return { user: null, signInUrl: await getSignInUrl({ returnPathname: options.returnPathname }) };
}

function failure(error: unknown): { error: string } {
  if (error instanceof AuthKitError) return { error: error.message };
  throw error;
}

/** Whether the browser still has a session (refreshed here when due). */
export async function checkSessionAction(): Promise<boolean> {
  return (await withAuth()).user !== null;
}

/**
 * Signs out: clears the session cookie and answers the WorkOS logout URL that ends the session
 * (`returnTo`, default `/`, when there was none). The browser is sent there by the caller.
 */
export async function handleSignOutAction(input?: { returnTo?: string }): Promise<string> {
  return getSignOutUrl({ returnTo: text(fields(input).returnTo) });
}

/** The name of the caller's own organization (`<Impersonation>`); `null` for any other. */
export async function getOrganizationAction(
  organizationId: unknown,
): Promise<{ id: string; name: string } | null> {
  const auth = await withAuth();
  const id = text(organizationId);
  if (!auth.user || !id || auth.organizationId !== id) return null;
  try {
    const organization = await getAuthService().getWorkOS().organizations.getOrganization(id);
    return { id: organization.id, name: organization.name };
  } catch {
    return null;
  }
}

/** The current auth without tokens; signed out with `ensureSignedIn`, a sign-in URL too. */
export async function getAuthAction(input?: AuthActionOptions): Promise<ClientAuthAnswer> {
  const options = read(input);
  const auth = await withAuth();
  return auth.user ? toClientAuth(auth) : signedOut(options);
}

/** Refreshes the session now (the one refresh path, `refreshSession`), optionally into another organization. */
export async function refreshAuthAction(input?: AuthActionOptions): Promise<ClientAuthAnswer> {
  const options = read(input);
  try {
    const auth = await refreshSession({ organizationId: options.organizationId });
    return auth.user ? toClientAuth(auth) : signedOut(options);
  } catch (error) {
    return failure(error);
  }
}

/**
 * Switches the session to another organization (the one switch path, `switchToOrganization`'s),
 * revalidating as asked (default `'none'`) and answering the new auth instead of redirecting.
 * Signed out, or when the organization demands a fresh sign-in (SSO, MFA enrolment),
 * `{ user: null, signInUrl }` coming back to `returnTo` (default: the current page).
 */
export async function switchToOrganizationAction(
  organizationId: unknown,
  input?: SwitchToOrganizationOptions,
): Promise<ClientAuthAnswer> {
  const id = text(organizationId);
  if (!id) return { error: 'switchToOrganization() needs an organization id.' };
  const record = fields(input);
  const strategy = record.revalidationStrategy;
  const options: SwitchToOrganizationOptions = {
    returnTo: text(record.returnTo),
    revalidationStrategy: strategy === 'path' || strategy === 'tag' ? strategy : 'none',
    revalidationTags: Array.isArray(record.revalidationTags)
      ? record.revalidationTags.filter((tag): tag is string => typeof tag === 'string')
      : [],
  };
  try {
    const move = await moveSession(id, options);
    if (move.kind === 'switched') return toClientAuth(move.auth);
    if (move.kind === 'sign_in_required') return { user: null, signInUrl: move.url };
    return signedOut({ ensureSignedIn: true, returnPathname: move.returnTo });
  } catch (error) {
    return failure(error);
  }
}

/** The current access token (refreshed first when due); `undefined` when signed out. */
export async function getAccessTokenAction(): Promise<string | undefined> {
  const auth = await withAuth();
  return auth.user ? auth.accessToken : undefined;
}

/** What {@link refreshAccessTokenAction} answers. */
export interface RefreshAccessTokenActionResult {
  accessToken: string | undefined;
  error?: string;
}

/**
 * Forces a refresh and answers the new access token (`undefined` when signed out); a refusal is
 * answered as `{ accessToken: undefined, error }` rather than thrown.
 */
export async function refreshAccessTokenAction(): Promise<RefreshAccessTokenActionResult> {
  try {
    const auth = await refreshSession();
    return { accessToken: auth.user ? auth.accessToken : undefined };
  } catch (error) {
    return { accessToken: undefined, ...failure(error) };
  }
}
