/**
 * @workos/authkit-next/client — the React layer (`@workos/authkit-session-react`) on Next.js
 * server actions: `AuthKitProvider`, `useAuth`, `useAccessToken`, `useTokenClaims`,
 * `useRecentAuth` and `Impersonation`.
 */
export type {
  ClientAccessToken,
  ClientAuth,
  SignedInClientAuth,
  SignedOutClientAuth,
} from '@workos/authkit-session/client';
export {
  type AuthContextType,
  type AuthKitProviderProps,
  Impersonation,
  type ImpersonationProps,
  type JWTPayload,
  type SwitchToOrganizationOptions,
  type TokenClaims,
  type UseAccessTokenReturn,
  useAccessToken,
  useAuth,
  useRecentAuth,
  useTokenClaims,
} from '@workos/authkit-session-react';
export { AuthKitProvider } from './provider.js';
