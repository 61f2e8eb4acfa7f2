'use server';

import { AuthKitError, NoSessionError } from '@workos/authkit-session';
import { toClientAuth } from '@workos/authkit-session/adapter';
import type { ClientAuth } from '@workos/authkit-session/client';
import { revalidatePath, revalidateTag } from 'next/cache';
import { getSignInUrl, refreshSession, withAuth } from '../auth.js';
import { getAuthService } from '../service.js';
import { switchToOrganization } from '../switch-organization.js';

// Server actions behind the React layer's transport (`./transport.ts`). Their inputs come from
// the browser: every field is checked, and failures answer `{ error }` (Next hides thrown messages).

/** An auth answer for the browser: no tokens; `signInUrl` when `ensureSignedIn` found no session. */
export type ClientAuthAnswer = ClientAuth | { user: null; signInUrl: string } | { error: string };

interface AuthOptions {
  ensureSignedIn?: boolean;
  returnPathname?: string;
  organizationId?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

function read(input: unknown): AuthOptions {
  const record =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  return {
    ensureSignedIn: record.ensureSignedIn === true,
    returnPathname: text(record.returnPathname),
    organizationId: text(record.organizationId),
  };
}

async function signedOut(options: AuthOptions): Promise<ClientAuthAnswer> {
  if (!options.ensureSignedIn) return { user: null };
  return { user: null, signInUrl: await getSignInUrl({ returnPathname: options.returnPathname }) };
}

function failure(error: unknown): { error: string } {
  if (error instanceof AuthKitError) return { error: error.message };
  throw error;
}

/** `useAuth().getAuth()`: the current auth; with `ensureSignedIn`, a sign-in URL when signed out. */
export async function getClientAuthAction(input?: AuthOptions): Promise<ClientAuthAnswer> {
  const options = read(input);
  const auth = await withAuth();
  return auth.user ? toClientAuth(auth) : signedOut(options);
}

/** `useAuth().refreshAuth()`: refreshes the session now, optionally into another organization. */
export async function refreshClientAuthAction(input?: AuthOptions): Promise<ClientAuthAnswer> {
  const options = read(input);
  try {
    const auth = await refreshSession({ organizationId: options.organizationId });
    return auth.user ? toClientAuth(auth) : signedOut(options);
  } catch (error) {
    if (error instanceof NoSessionError) return signedOut(options);
    return failure(error);
  }
}

/** `useAuth().switchToOrganization()`: moves the session and revalidates as asked. */
export async function switchOrganizationAction(
  organizationId: unknown,
  input?: { revalidationStrategy?: unknown; revalidationTags?: unknown },
): Promise<ClientAuthAnswer> {
  const id = text(organizationId);
  if (!id) return { error: 'switchToOrganization() needs an organization id.' };
  try {
    const auth = toClientAuth(await switchToOrganization(id, { revalidationStrategy: 'none' }));
    if (input?.revalidationStrategy === 'path') revalidatePath('/', 'layout');
    if (input?.revalidationStrategy === 'tag' && Array.isArray(input.revalidationTags)) {
      for (const tag of input.revalidationTags)
        if (typeof tag === 'string') revalidateTag(tag, 'max');
    }
    return auth;
  } catch (error) {
    if (error instanceof NoSessionError) {
      return signedOut({ ensureSignedIn: true, organizationId: id });
    }
    return failure(error);
  }
}

/** `onSessionExpired`: whether the browser still has a session (refreshed here when due). */
export async function checkSessionAction(): Promise<boolean> {
  return (await withAuth()).user !== null;
}

/** `<Impersonation>`: the name of the session's own organization (no other organization). */
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
