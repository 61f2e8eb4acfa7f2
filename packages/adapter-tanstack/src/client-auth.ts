import type { AuthResult, Impersonator, User } from '@workos/authkit-session';

/** The signed-in user as the browser may see it: no refresh token, no raw claims. */
export interface ClientSignedInAuth {
  user: User;
  sessionId: string;
  accessToken: string;
  organizationId?: string;
  role?: string;
  roles?: string[];
  permissions?: string[];
  entitlements?: string[];
  featureFlags?: string[];
  impersonator?: Impersonator;
}

/** Signed out, as the browser sees it. */
export interface ClientSignedOutAuth {
  user: null;
}

/** What `getAuth()` returns and `useAuth()` exposes. */
export type ClientAuth = ClientSignedInAuth | ClientSignedOutAuth;

/** Projects a core auth result onto what may leave the server. */
export function toClientAuth(auth: AuthResult): ClientAuth {
  if (!auth.user) return { user: null };
  const { user, sessionId, accessToken, organizationId, role, roles, permissions } = auth;
  const { entitlements, featureFlags, impersonator } = auth;
  return {
    user,
    sessionId,
    accessToken,
    ...(organizationId !== undefined && { organizationId }),
    ...(role !== undefined && { role }),
    ...(roles !== undefined && { roles }),
    ...(permissions !== undefined && { permissions }),
    ...(entitlements !== undefined && { entitlements }),
    ...(featureFlags !== undefined && { featureFlags }),
    ...(impersonator !== undefined && { impersonator }),
  };
}
