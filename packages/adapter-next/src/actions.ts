'use server';

import { NoSessionError } from '@workos/authkit-session';
import { toClientAuth, toClientToken } from '@workos/authkit-session/adapter';
import type { ClientAccessToken, ClientAuth } from '@workos/authkit-session/client';
import { getSignOutUrl, refreshSession, withAuth } from './auth.js';

/** Server action behind `useAuth()`: the current auth, without tokens. */
export async function getAuthAction(): Promise<ClientAuth> {
  return toClientAuth(await withAuth());
}

/** Server action behind `useAuth().refreshAuth()`: refreshes (optionally switching organization). */
export async function refreshAuthAction(organizationId?: string): Promise<ClientAuth> {
  return toClientAuth(await refreshSession({ organizationId }));
}

/** Server action behind `useAccessToken()`: the current access token (refreshed by the core when due). */
export async function getAccessTokenAction(): Promise<ClientAccessToken | null> {
  return toClientToken(await withAuth());
}

/** Server action behind `useAccessToken().refresh()`: forces a refresh and returns the new token. */
export async function refreshAccessTokenAction(): Promise<ClientAccessToken | null> {
  try {
    return toClientToken(await refreshSession());
  } catch (error) {
    if (error instanceof NoSessionError) return null;
    throw error;
  }
}

/** Server action behind `useAuth().signOut()`: clears the cookie; returns the logout URL to visit. */
export async function signOutAction(returnTo?: string): Promise<string> {
  return getSignOutUrl({ returnTo });
}
