import type { ClientAuth, SignedInClientAuth } from '@workos/authkit-session/client';

/** The signed-in user, as WorkOS returns it. */
export type User = SignedInClientAuth['user'];
/** Who is impersonating the user (email and reason). */
export type Impersonator = NonNullable<SignedInClientAuth['impersonator']>;

/**
 * What `<AuthKitProvider initialAuth>` accepts: any auth-shaped object, including a whole
 * server-side auth result (`withAuth()`, `getAuth()` or a `...rest` spread of one). Only the
 * fields of {@link ClientAuth} (and, where allowed, the access token) are ever kept.
 */
export type InitialAuth = ClientAuth | (ClientAuth & { accessToken?: string });

/** {@link ClientAuth}, optionally with the current access token. */
export type PickedAuth = ClientAuth & { accessToken?: string };

const LIST_FIELDS = ['roles', 'permissions', 'entitlements', 'featureFlags'] as const;
const TEXT_FIELDS = ['sessionId', 'organizationId', 'role'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
    ? [...value]
    : undefined;
}

/**
 * Copies the browser-safe fields of an auth-shaped object into a new object: the user, session
 * and organization ids, role, roles, permissions, entitlements, feature flags and impersonator,
 * plus the access token when `options.accessToken` is true. Everything else (the refresh token,
 * the sealed session, raw claims, unknown fields) is left behind, so the result is safe to put
 * in a client payload. Anything without a user object reads as signed out.
 */
export function pickClientAuth(
  input: unknown,
  options: { accessToken?: boolean } = {},
): PickedAuth {
  if (!isRecord(input) || !isRecord(input.user)) return { user: null };
  const picked: Record<string, unknown> = { user: input.user };
  for (const field of TEXT_FIELDS) {
    if (typeof input[field] === 'string') picked[field] = input[field];
  }
  for (const field of LIST_FIELDS) {
    const list = stringList(input[field]);
    if (list) picked[field] = list;
  }
  const impersonator = input.impersonator;
  if (isRecord(impersonator) && typeof impersonator.email === 'string') {
    picked.impersonator = {
      email: impersonator.email,
      reason: typeof impersonator.reason === 'string' ? impersonator.reason : null,
    };
  }
  if (options.accessToken && typeof input.accessToken === 'string') {
    picked.accessToken = input.accessToken;
  }
  return picked as unknown as PickedAuth;
}
