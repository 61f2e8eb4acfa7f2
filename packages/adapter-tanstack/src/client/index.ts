/**
 * @workos/authkit-tanstack-start/client — the React layer (`@workos/authkit-session-react`) on
 * TanStack Start server functions: `AuthKitProvider`, `useAuth`, `useAccessToken`,
 * `useTokenClaims`, `useRecentAuth`, `Impersonation` and `getAuthAction`.
 */

export * from '@workos/authkit-session-react/app';
export { getAuthAction } from '../actions.js';
export type { ClientAuth, ClientSignedInAuth, ClientSignedOutAuth } from '../client-auth.js';
export { AuthKitProvider } from './provider.js';
