'use client';

import { UsageError } from '@workos/authkit-session/client';
import { createContext, useContext } from 'react';
import type { AuthSession } from './auth-session.js';
import type { AuthKitTransport } from './transport.js';
import type { AuthContextType } from './types.js';

/** What the provider shares with the hooks. */
export interface AuthKitContextValue {
  value: AuthContextType;
  session: AuthSession;
  transport: () => AuthKitTransport;
}

export const AuthKitContext = createContext<AuthKitContextValue | null>(null);

/** The provider's context; throws a `UsageError` outside `<AuthKitProvider>`. */
export function useAuthKitContext(hook: string): AuthKitContextValue {
  const context = useContext(AuthKitContext);
  if (!context) {
    throw new UsageError(
      `${hook} must be used inside <AuthKitProvider>: wrap your app in it (root layout or root route).`,
      'provider_not_mounted',
    );
  }
  return context;
}
