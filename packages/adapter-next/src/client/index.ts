'use client';

export { Impersonation, type ImpersonationProps } from './impersonation.js';
export {
  type AuthContextValue,
  AuthKitProvider,
  type AuthKitProviderProps,
  useAuth,
} from './provider.js';
export type { ClientAccessToken, ClientAuth, SignedInClientAuth } from './types.js';
export { type UseAccessTokenResult, useAccessToken } from './use-access-token.js';
