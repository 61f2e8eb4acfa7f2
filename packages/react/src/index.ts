/**
 * @workos/authkit-session-react — the React layer of WorkOS AuthKit sessions, shared by the
 * Next.js and TanStack Start adapters: provider, hooks and the impersonation banner. Apps import
 * these from their adapter's `/client` entry; adapters plug in their transport.
 */
export type { AuthError, AuthSnapshot } from './auth-session.js';
export {
  type Impersonator,
  type InitialAuth,
  type PickedAuth,
  pickClientAuth,
  type User,
} from './client-auth.js';
export { Impersonation, type ImpersonationProps } from './impersonation.js';
export { AuthKitCoreProvider, type AuthKitCoreProviderProps } from './provider.js';
export { type RecentAuthState, useRecentAuth } from './recent-auth.js';
export {
  type JWTPayload,
  readTokenClaims,
  type TokenClaims,
  useTokenClaims,
} from './token-claims.js';
export type {
  AuthAnswer,
  AuthFailure,
  AuthKitTransport,
  OrganizationInfo,
  SignInRequired,
  SwitchToOrganizationOptions,
} from './transport.js';
export type { AuthContextType, AuthKitProviderProps, UseAccessTokenReturn } from './types.js';
export { useAccessToken } from './use-access-token.js';
export { useAuth } from './use-auth.js';
