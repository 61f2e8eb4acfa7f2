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
export * from '@workos/authkit-session-react/app';
export { AuthKitProvider } from './provider.js';
