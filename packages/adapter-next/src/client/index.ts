'use client';

export type {
  ClientAccessToken,
  ClientAuth,
  SignedInClientAuth,
  SignedOutClientAuth,
} from '@workos/authkit-session/client';
export { Impersonation, type ImpersonationProps } from './impersonation.js';
export {
  type AuthContextValue,
  AuthKitProvider,
  type AuthKitProviderProps,
  useAuth,
} from './provider.js';
export { type UseAccessTokenResult, useAccessToken } from './use-access-token.js';
