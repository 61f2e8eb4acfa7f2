/**
 * @workos/authkit-tanstack-start/client — the React layer (`@workos/authkit-session-react`) on
 * TanStack Start server functions: `AuthKitProvider`, `useAuth`, `useAccessToken`,
 * `useTokenClaims`, `useRecentAuth`, `Impersonation` and `getAuthAction`.
 */

export {
  type AuthContextType,
  type AuthKitProviderProps,
  Impersonation,
  type ImpersonationProps,
  type JWTPayload,
  type TokenClaims,
  type UseAccessTokenReturn,
  useAccessToken,
  useAuth,
  useRecentAuth,
  useTokenClaims,
} from '@workos/authkit-session-react';
export { getAuthAction } from '../actions.js';
export type { ClientAuth, ClientSignedInAuth, ClientSignedOutAuth } from '../client-auth.js';
export { AuthKitProvider } from './provider.js';
