/**
 * `@workos/authkit-session-react/app` — what apps import from their adapter's `/client` entry (the
 * hooks, the impersonation banner and their types), re-exported there as is:
 * `export * from '@workos/authkit-session-react/app'` beside the adapter's own `AuthKitProvider`.
 */
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
} from './index.js';
