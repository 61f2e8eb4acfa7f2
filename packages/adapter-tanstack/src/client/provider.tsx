import { AuthKitCoreProvider, type AuthKitProviderProps } from '@workos/authkit-session-react';
import type { ReactElement } from 'react';
import { tanstackTransport } from './transport.js';

/**
 * Provides the auth to `useAuth()`, `useAccessToken()` and `<Impersonation>`; place it in the
 * root route. `initialAuth` is the result of `getAuth()` (or `getAuthAction()`) from
 * `beforeLoad`/a loader, so the first render already knows the user. Whatever object is passed,
 * only its browser-safe fields are kept (never a refresh token or sealed session).
 */
export function AuthKitProvider(props: AuthKitProviderProps): ReactElement {
  return <AuthKitCoreProvider {...props} transport={tanstackTransport} />;
}
