'use client';

import { useEffect } from 'react';
import type { User } from './client-auth.js';
import { useAuthKitContext } from './context.js';
import type { AuthContextType } from './types.js';

/**
 * The current auth in a client component (inside `<AuthKitProvider>`). With
 * `{ ensureSignedIn: true }`, a signed-out visitor is sent to sign-in (and back to this page);
 * until then `loading` stays true, so `loading === false` means `user` is set.
 */
export function useAuth(options: {
  ensureSignedIn: true;
}): AuthContextType & ({ loading: true; user: User | null } | { loading: false; user: User });
export function useAuth(options?: { ensureSignedIn?: false }): AuthContextType;
export function useAuth({ ensureSignedIn = false }: { ensureSignedIn?: boolean } = {}) {
  const { value } = useAuthKitContext('useAuth()');
  const mustSignIn = ensureSignedIn && !value.loading && !value.user;
  const { getAuth } = value;
  useEffect(() => {
    if (mustSignIn) void getAuth({ ensureSignedIn: true });
  }, [mustSignIn, getAuth]);
  return mustSignIn ? { ...value, loading: true } : value;
}
